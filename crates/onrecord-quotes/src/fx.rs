//! A fast non-cryptographic hasher for string keys (the Fx hash of rustc), shared by the
//! quotes and claims crates. The keys are fixed data, not attacker-chosen, so SipHash's
//! flood resistance buys nothing, and it was a large item in profiles.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The Fx hash: one multiply per eight bytes.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

/// The bytes of `rest` (at most seven) as a little-endian word, zero-padded: read as four,
/// two and one bytes, not copied into a buffer (a `memcpy` call of a variable length for
/// every short key hashed).
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let mut v = 0u64;
    let mut k = 0;
    if n & 4 != 0 {
        v = rest
            .get(..4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)));
        k = 4;
    }
    if n & 2 != 0 {
        v |= rest
            .get(k..k + 2)
            .and_then(|b| <[u8; 2]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u16::from_le_bytes(b)))
            << (8 * k);
        k += 2;
    }
    if n & 1 != 0 {
        v |= rest.get(k).map_or(0, |&b| u64::from(b)) << (8 * k);
    }
    v
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = HashMap<K, V, FxBuild>;
pub type FxHashSet<K> = HashSet<K, FxBuild>;

/// A word of at most seven bytes as one integer: its bytes, lowest first, and its length in
/// the top byte (so that no two words share a key). Word sets of both crates look short
/// words up by this key instead of hashing the string.
#[inline]
pub fn packed_word(w: &[u8]) -> Option<u64> {
    if w.len() > 7 {
        return None;
    }
    // (the bytes read as four, two and one at once, not shifted in one by one)
    Some(tail_word(w) | (w.len() as u64) << 56)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash of the zero-padded buffer the tail reading replaced.
    fn padded_hash(bytes: &[u8]) -> u64 {
        let mut h = FxHasher::default();
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            h.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
        h.finish()
    }

    proptest::proptest! {
        /// The key of a short word is its bytes, lowest first, and its length on top.
        #[test]
        fn packed_word_is_the_bytes_and_the_length(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..10)) {
            let folded = (bytes.len() <= 7).then(|| {
                bytes
                    .iter()
                    .enumerate()
                    .fold((bytes.len() as u64) << 56, |k, (j, &b)| k | u64::from(b) << (8 * j))
            });
            proptest::prop_assert_eq!(packed_word(&bytes), folded);
        }

        /// The same hashes as before (so maps keep their iteration order).
        #[test]
        fn tail_reading_hashes_as_the_padded_buffer(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            let mut h = FxHasher::default();
            h.write(&bytes);
            proptest::prop_assert_eq!(h.finish(), padded_hash(&bytes));
        }
    }
}
