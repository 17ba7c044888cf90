//! Lexicons compiled in from `data/*.txt`, and a whole-word phrase matcher over tokens.

use crate::tok::{key_of, norm_key, Kind, Tok};
use onrecord_quotes::fx::packed_word;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher of the claim lexicons: eight bytes at a time, each step a multiply whose
/// 128-bit product has its halves folded together. A table finds a key's slot from the
/// hash's low bits; in a plain 64-bit product (the Fx hash) those depend only on the low
/// bytes of the last word added, so short words sharing their first letters crowded the
/// same slots and a lookup probed several groups. The folded product mixes every byte into
/// every bit.
#[derive(Default, Clone, Copy)]
pub(crate) struct MixHasher {
    hash: u64,
}

impl MixHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        let p = u128::from(self.hash ^ w) * 0x9E37_79B9_7F4A_7C15;
        self.hash = (p as u64) ^ ((p >> 64) as u64);
    }
}

/// The bytes of `rest` (at most seven) as a little-endian word, zero-padded, read as
/// four, two and one bytes.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let mut v = 0u64;
    let mut k = 0;
    if n & 4 != 0 {
        if let Some(b) = rest.first_chunk::<4>() {
            v = u64::from(u32::from_le_bytes(*b));
        }
        k = 4;
    }
    if n & 2 != 0 {
        if let Some(b) = rest.get(k..).and_then(<[u8]>::first_chunk::<2>) {
            v |= u64::from(u16::from_le_bytes(*b)) << (8 * k);
        }
        k += 2;
    }
    if n & 1 != 0 {
        v |= rest.get(k).map_or(0, |&b| u64::from(b)) << (8 * k);
    }
    v
}

impl Hasher for MixHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            if let Some(w) = c.first_chunk::<8>() {
                self.add(u64::from_le_bytes(*w));
            }
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

/// [`packed_word`], with the bytes read as four, two and one at once instead of one by
/// one.
#[inline]
fn pack(w: &[u8]) -> Option<u64> {
    (w.len() <= 7).then(|| tail_word(w) | (w.len() as u64) << 56)
}

/// A table from packed short words (see [`packed_word`]) to non-zero values: open
/// addressing with linear probing in a table at most a quarter full, the slot from the top
/// bits of the key times a constant. A lookup is a multiply and, mostly, one comparison,
/// where a general hash map probes a group of control bytes first.
pub(crate) struct PackedTable {
    /// The keys, 0 in an empty slot (the key of the empty word is kept apart).
    keys: Vec<u64>,
    vals: Vec<u32>,
    /// The value of the empty word's key, 0.
    empty: u32,
    /// 64 minus the number of bits of a slot index.
    shift: u32,
}

impl PackedTable {
    fn new(entries: impl Iterator<Item = (u64, u32)>) -> PackedTable {
        let entries: Vec<(u64, u32)> = entries.collect();
        let bits = (entries.len().max(1) * 4)
            .next_power_of_two()
            .trailing_zeros();
        let size = 1usize << bits;
        let mut t = PackedTable {
            keys: vec![0; size],
            vals: vec![0; size],
            empty: 0,
            shift: 64 - bits,
        };
        for (k, v) in entries {
            if k == 0 {
                t.empty = v;
                continue;
            }
            let mut i = t.slot(k);
            while t.keys[i] != 0 && t.keys[i] != k {
                i = (i + 1) & (size - 1);
            }
            t.keys[i] = k;
            t.vals[i] = v;
        }
        t
    }

    #[inline]
    fn slot(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The value of `k`, 0 when it has none.
    #[inline]
    fn get(&self, k: u64) -> u32 {
        if k == 0 {
            return self.empty;
        }
        let mask = self.keys.len() - 1;
        let mut i = self.slot(k) & mask;
        loop {
            match self.keys.get(i) {
                Some(&x) if x == k => return self.vals.get(i).copied().unwrap_or(0),
                Some(&0) | None => return 0,
                Some(_) => i = (i + 1) & mask,
            }
        }
    }
}

/// A hash map of the claim crate (see [`MixHasher`]).
pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<MixHasher>>;
/// A hash set of the claim crate (see [`MixHasher`]).
pub(crate) type FxHashSet<K> = HashSet<K, BuildHasherDefault<MixHasher>>;
/// A set of packed short words (see [`packed_word`]).
pub(crate) type PackedSet = FxHashSet<u64>;

/// A lexicon of phrases (keys: lowercased tokens joined by single spaces) with, for each
/// first token, the most tokens a key starting with it has: a lookup at a token that starts
/// no key costs one hash probe and no allocation.
pub(crate) struct Phrases<V> {
    map: FxHashMap<String, V>,
    firsts: FxHashMap<String, usize>,
    /// The most tokens in a key.
    pub max: usize,
}

impl<V> Default for Phrases<V> {
    fn default() -> Self {
        Phrases {
            map: FxHashMap::default(),
            firsts: FxHashMap::default(),
            max: 0,
        }
    }
}

impl<V> Phrases<V> {
    fn insert(&mut self, key: String, v: V) {
        let n = key.split(' ').count();
        let first = key.split(' ').next().unwrap_or("").to_string();
        let e = self.firsts.entry(first).or_insert(0);
        *e = (*e).max(n);
        self.max = self.max.max(n);
        self.map.insert(key, v);
    }

    /// The value of a key.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.map.get(key)
    }

    /// Whether the key is in the lexicon.
    pub fn contains_key(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    /// Longest key starting at token `i`: (end token, value).
    pub fn longest(&self, toks: &[Tok<'_>], i: usize) -> Option<(usize, &V)> {
        self.longest_upto(toks, i, usize::MAX)
    }

    /// Longest key of at most `cap` tokens starting at token `i`.
    pub fn longest_upto(&self, toks: &[Tok<'_>], i: usize, cap: usize) -> Option<(usize, &V)> {
        if cap == 0 {
            return None;
        }
        let first = toks.get(i)?.low();
        let max = (*self.firsts.get(first)?).min(toks.len() - i).min(cap);
        for n in (2..=max).rev() {
            if let Some(v) = with_key(&toks[i..i + n], |key| self.map.get(key)) {
                return Some((i + n, v));
            }
        }
        self.map.get(first).map(|v| (i + 1, v))
    }

    /// Longest key ending right before token `end` (at most `self.max` tokens): (start
    /// token, value).
    pub fn longest_before(&self, toks: &[Tok<'_>], end: usize) -> Option<(usize, &V)> {
        for n in (1..=self.max.min(end)).rev() {
            let s = end - n;
            let first = toks[s].low();
            if self.firsts.get(first).is_none_or(|&m| m < n) {
                continue;
            }
            if let Some(v) = with_key(&toks[s..end], |key| self.map.get(key)) {
                return Some((s, v));
            }
        }
        None
    }
}

/// Hands `f` the key of `toks` (their lowercase forms joined by single spaces), built on
/// the stack when it fits in 64 bytes (a phrase of a few words), else in a `String`: no
/// allocation for the lookups of the phrase lexicons.
#[inline]
fn with_key<R>(toks: &[Tok<'_>], f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    let mut len = 0;
    for (k, t) in toks.iter().enumerate() {
        let w = t.low().as_bytes();
        let sep = usize::from(k > 0);
        let Some(room) = buf.get_mut(len..len + sep + w.len()) else {
            return f(&key_of(toks, 0, toks.len()));
        };
        if let Some((first, rest)) = room.split_first_mut().filter(|_| sep == 1) {
            *first = b' ';
            rest.copy_from_slice(w);
        } else {
            room.copy_from_slice(w);
        }
        len += sep + w.len();
    }
    match std::str::from_utf8(&buf[..len]) {
        Ok(key) => f(key),
        Err(_) => f(&key_of(toks, 0, toks.len())),
    }
}

/// Every form of the words of `set` that [`Lexicons::stem_in`] accepts: the word, and the
/// word (or the word without a final e) with an ending, when what precedes the ending has
/// at least three bytes.
fn forms(set: &FxHashSet<String>) -> FxHashSet<String> {
    let mut out = set.clone();
    for w in set {
        for suf in STEM_SUFFIXES {
            if w.len() >= 3 {
                out.insert(format!("{w}{suf}"));
            }
            if let Some(b) = w.strip_suffix('e') {
                if b.len() >= 3 {
                    out.insert(format!("{b}{suf}"));
                }
            }
        }
    }
    out
}

const STEM_SUFFIXES: [&str; 11] = [
    "s", "es", "ed", "d", "ing", "ment", "ments", "ation", "ations", "ion", "ions",
];

/// Lines of a data file without comments and blank lines.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Splits a line at tabs.
fn cols(line: &str) -> Vec<&str> {
    line.split('\t').map(str::trim).collect()
}

/// Category of a cue phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Cue {
    Causal,
    NotCausal,
    Correlation,
    Hedge,
    Prediction,
    Promise,
    Rule,
    Experience,
    Comparison,
    Trend,
    Opinion,
}

/// A cue found in a token sequence: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CueHit {
    pub cue: Cue,
    pub start: usize,
    pub end: usize,
}

/// Class of a number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumClass {
    Unit,
    Tens,
    Hundred,
    Scale,
    /// A scale only when attached to digits (5k, 1.2m).
    Suffix,
}

/// Where a currency form stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CurPos {
    Pre,
    Post,
    Both,
}

/// All lexicons.
pub(crate) struct Lexicons {
    pub numbers: FxHashMap<String, (f64, NumClass)>,
    pub ordinals: FxHashMap<String, f64>,
    /// key → (ISO code, position)
    pub currencies: Phrases<(String, CurPos)>,
    /// key → canonical unit
    pub units: Phrases<String>,
    /// key → normalised rate ("" = not a rate)
    pub rates: Phrases<String>,
    /// key → modifier kind
    pub modifiers: Phrases<String>,
    pub labels: FxHashSet<String>,
    pub stopwords: FxHashSet<String>,
    pub action_verbs: FxHashSet<String>,
    /// Forms of the vague words.
    pub vague_forms: FxHashSet<String>,
    /// Verbs of a specific commitment, as listed (`data/specific.txt`).
    pub specific: FxHashSet<String>,
    /// Forms of the verbs of a specific commitment.
    pub specific_forms: FxHashSet<String>,
    /// word → (kind, value)
    pub time_words: FxHashMap<String, (String, i64)>,
    /// The cue phrases by their first token: for each first token, the indices (into
    /// `cue_kinds` and `cue_rest`) of the phrases that start with it, the phrases of one
    /// token first, then the others by their second token. A token's group is found by
    /// [`Lexicons::annotate`] (`Tok::cue`, the index + 1).
    cue_groups: Vec<Vec<usize>>,
    /// How many phrases of one token each group starts with.
    cue_singles: Vec<usize>,
    /// A number for each word that is the second token of a cue phrase.
    cue_second_ids: FxHashMap<String, u32>,
    /// For each group, the runs of its longer phrases (after the ones of one token) with
    /// the same second token: (its number, first, end) in the longer ones, by number.
    cue_seconds: Vec<Vec<(u32, usize, usize)>>,
    /// The group of each first token's lowercase form (for number tokens, which are not
    /// annotated).
    cue_first: FxHashMap<String, usize>,
    /// The lowercase forms of each cue phrase's tokens after the first.
    cue_rest: Vec<Box<[String]>>,
    /// Whether some cue phrase starts with a number (number tokens carry no class bits).
    cue_num_first: bool,
    cue_kinds: Vec<Cue>,
    /// The cue phrases as the automaton the matcher replaced took them (` key `), for the
    /// test that the two agree.
    #[cfg(test)]
    cue_pats: Vec<String>,
    /// token text → class bits ([`TIME_START`], [`QUANT_START`], [`STOP`]…), for texts
    /// of more than seven bytes
    /// (the class bits in the low 16 bits, the token's cue group + 1 in the high ones)
    classes: FxHashMap<String, u32>,
    /// The same for texts of at most seven bytes (most words), by [`packed_word`]: no
    /// string hashing or comparison per token.
    classes_packed: PackedTable,
    /// Words without which no figure is written in words: number words, ordinals (a
    /// third), half, dozen(s), tens (see [`Lexicons::figure_word`]).
    figure_words: FxHashSet<String>,
    figure_word_max: usize,
    /// Bit `n` of entry `c` is set when a figure word of `n` bytes starts with ASCII letter
    /// `c` (either case): rules out most words before the set is asked.
    figure_first_len: [u64; 26],
    /// Bit `n` of entry `26 * a + b` is set when a figure word of `n` bytes starts with the
    /// ASCII letters `a` and `b` (either case): rules out the words that pass
    /// `figure_first_len` with a common first letter (the, then, for, some).
    figure_first2_len: Vec<u64>,
    /// The figure words of at most seven bytes, packed (see [`packed_word`]).
    figure_packed: PackedSet,
}

/// A time reference may start at the token (besides digits).
pub(crate) const TIME_START: u16 = 1;
/// A quantity may start at the token (besides digits).
pub(crate) const QUANT_START: u16 = 2;
/// A stopword.
pub(crate) const STOP: u16 = 4;
/// A past-tense verb of the lexicon.
pub(crate) const PAST: u16 = 8;
/// A policy term.
pub(crate) const POLICY: u16 = 16;
/// A stance term.
pub(crate) const STANCE: u16 = 32;
/// A form of a concrete word.
pub(crate) const CONCRETE: u16 = 64;
/// A verb linking a subject to a figure (rose, totaled, were).
pub(crate) const LINK_VERB: u16 = 128;
/// A word marking an upward change before a figure.
pub(crate) const CHANGE_UP: u16 = 256;
/// A word marking a downward change before a figure.
pub(crate) const CHANGE_DOWN: u16 = 512;
/// A word that can mark a commitment (will, pledges, committed).
pub(crate) const MARKER: u16 = 1024;
/// A word the passes of `classify` over a clause look for (see `classify::CLAUSE_WORDS`).
pub(crate) const CLAUSE_WORD: u16 = 2048;
/// A word counted by the check-worthiness features (see `classify::FEATURE_WORDS`).
pub(crate) const FEATURE_WORD: u16 = 4096;

fn keyed<F: FnMut(String, Vec<&'static str>)>(data: &'static str, mut f: F) {
    for l in lines(data) {
        let c = cols(l);
        let key = norm_key(c[0]);
        if key.is_empty() {
            continue;
        }
        f(key, c);
    }
}

impl Lexicons {
    pub fn english() -> Lexicons {
        let mut numbers = FxHashMap::default();
        for l in lines(include_str!("../data/number_words.txt")) {
            let c = cols(l);
            if c.len() < 3 {
                continue;
            }
            let class = match c[2] {
                "tens" => NumClass::Tens,
                "hundred" => NumClass::Hundred,
                "scale" => NumClass::Scale,
                "suffix" => NumClass::Suffix,
                _ => NumClass::Unit,
            };
            if let Ok(v) = c[1].parse::<f64>() {
                numbers.insert(c[0].to_string(), (v, class));
            }
        }
        let mut ordinals = FxHashMap::default();
        for l in lines(include_str!("../data/ordinals.txt")) {
            let c = cols(l);
            if let Some(Ok(v)) = c.get(1).map(|v| v.parse::<f64>()) {
                ordinals.insert(c[0].to_string(), v);
            }
        }
        let mut currencies = Phrases::default();
        keyed(include_str!("../data/currencies.txt"), |k, c| {
            let pos = match c.get(2).copied() {
                Some("pre") => CurPos::Pre,
                Some("post") => CurPos::Post,
                _ => CurPos::Both,
            };
            currencies.insert(k, (c.get(1).copied().unwrap_or("").to_string(), pos));
        });
        let mut units = Phrases::default();
        keyed(include_str!("../data/units.txt"), |k, c| {
            let canon = c.get(1).copied().unwrap_or(c[0]).to_string();
            units.insert(k, canon);
        });
        let mut rates = Phrases::default();
        keyed(include_str!("../data/rates.txt"), |k, c| {
            rates.insert(k, c.get(1).copied().unwrap_or("").to_string());
        });
        let mut modifiers = Phrases::default();
        keyed(include_str!("../data/modifiers.txt"), |k, c| {
            modifiers.insert(k, c.get(1).copied().unwrap_or("approx").to_string());
        });
        let labels = lines(include_str!("../data/labels.txt"))
            .map(|l| l.trim().to_string())
            .collect();
        let stopwords = lines(include_str!("../data/stopwords.txt"))
            .map(|l| l.trim().to_string())
            .collect();
        let action_verbs = lines(include_str!("../data/action_verbs.txt"))
            .map(|l| l.trim().to_string())
            .collect();
        let set = |data: &'static str| -> FxHashSet<String> {
            lines(data).map(|l| l.trim().to_string()).collect()
        };
        let policy_terms = set(include_str!("../data/policy_terms.txt"));
        let stance_terms = set(include_str!("../data/stance_terms.txt"));
        let past_verbs = set(include_str!("../data/past_verbs.txt"));
        let concrete = set(include_str!("../data/concrete.txt"));
        let vague = set(include_str!("../data/vague.txt"));
        let specific = set(include_str!("../data/specific.txt"));
        let mut time_words = FxHashMap::default();
        for l in lines(include_str!("../data/time_words.txt")) {
            let c = cols(l);
            if c.len() >= 3 {
                if let Ok(v) = c[2].parse::<i64>() {
                    time_words.insert(c[0].to_string(), (c[1].to_string(), v));
                }
            }
        }
        let mut pats = Vec::new();
        let mut cue_kinds = Vec::new();
        let files: [(Cue, &'static str); 10] = [
            (Cue::Causal, include_str!("../data/causal.txt")),
            (Cue::Correlation, include_str!("../data/correlation.txt")),
            (Cue::Hedge, include_str!("../data/hedges.txt")),
            (Cue::Prediction, include_str!("../data/prediction.txt")),
            (Cue::Promise, include_str!("../data/promise.txt")),
            (Cue::Rule, include_str!("../data/rule.txt")),
            (Cue::Experience, include_str!("../data/experience.txt")),
            (Cue::Comparison, include_str!("../data/comparison.txt")),
            (Cue::Trend, include_str!("../data/trend.txt")),
            (Cue::Opinion, include_str!("../data/opinion.txt")),
        ];
        for (cue, data) in files {
            for l in lines(data) {
                let (cue, phrase) = match l.strip_prefix('!') {
                    Some(p) if cue == Cue::Causal => (Cue::NotCausal, p),
                    Some(p) => (cue, p),
                    None => (cue, l),
                };
                let key = norm_key(phrase);
                if key.is_empty() {
                    continue;
                }
                pats.push(format!(" {key} "));
                cue_kinds.push(cue);
            }
        }
        // each phrase as tokens: the first one to look up, the others to compare
        let mut cue_first: FxHashMap<String, usize> = FxHashMap::default();
        let mut cue_groups: Vec<Vec<usize>> = Vec::new();
        let mut cue_rest = Vec::with_capacity(pats.len());
        let mut cue_num_first = false;
        for (k, p) in pats.iter().enumerate() {
            let mut words = p.split(' ').filter(|w| !w.is_empty());
            let first = words.next().unwrap_or("");
            cue_num_first |= first.starts_with(|c: char| c.is_ascii_digit() || c == '.');
            let g = *cue_first.entry(first.to_string()).or_insert_with(|| {
                cue_groups.push(Vec::new());
                cue_groups.len() - 1
            });
            if let Some(group) = cue_groups.get_mut(g) {
                group.push(k);
            }
            cue_rest.push(words.map(str::to_string).collect::<Box<[String]>>());
        }
        // a group's phrases of one token first, then the others by their second token, so
        // that only those whose second token follows are compared
        let second = |k: usize| cue_rest.get(k).and_then(|r| r.first());
        let mut cue_singles = Vec::with_capacity(cue_groups.len());
        for group in &mut cue_groups {
            group.sort_by(|&a, &b| second(a).cmp(&second(b)).then(a.cmp(&b)));
            cue_singles.push(group.iter().take_while(|&&k| second(k).is_none()).count());
        }
        let mut cue_second_ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut cue_seconds = Vec::with_capacity(cue_groups.len());
        for (group, &singles) in cue_groups.iter().zip(&cue_singles) {
            let longer = group.get(singles..).unwrap_or(&[]);
            let mut runs: Vec<(u32, usize, usize)> = Vec::new();
            let mut from = 0;
            while from < longer.len() {
                let w = second(longer[from]);
                let mut to = from + 1;
                while to < longer.len() && second(longer[to]) == w {
                    to += 1;
                }
                if let Some(w) = w {
                    let n = u32::try_from(cue_second_ids.len()).unwrap_or(u32::MAX);
                    let id = *cue_second_ids.entry(w.clone()).or_insert(n);
                    runs.push((id, from, to));
                }
                from = to;
            }
            runs.sort_unstable();
            cue_seconds.push(runs);
        }
        let mut classes: FxHashMap<String, u32> = FxHashMap::default();
        let mut mark = |k: &str, bit: u16| {
            *classes.entry(k.to_string()).or_insert(0) |= u32::from(bit);
        };
        for k in time_words.keys() {
            mark(k, TIME_START);
        }
        for k in numbers.keys() {
            mark(k, TIME_START | QUANT_START);
        }
        for k in [
            "since", "between", "from", "last", "this", "next", "past", "coming", "previous",
            "every", "each", "current",
        ] {
            mark(k, TIME_START);
        }
        for k in [
            "a", "an", "half", "dozens", "tens", "minus", "negative", "-", "−",
        ] {
            mark(k, QUANT_START);
        }
        for k in currencies.firsts.keys() {
            mark(k, QUANT_START);
        }
        for (list, bit) in [
            (crate::classify::LINK, LINK_VERB),
            (crate::quant::UP, CHANGE_UP),
            (crate::quant::DOWN, CHANGE_DOWN),
            (crate::classify::MARKER_WORDS, MARKER),
            (crate::classify::CLAUSE_WORDS, CLAUSE_WORD),
            (crate::classify::FEATURE_WORDS, FEATURE_WORD),
        ] {
            for k in list {
                mark(k, bit);
            }
        }
        let concrete_forms = forms(&concrete);
        for (set, bit) in [
            (&stopwords, STOP),
            (&past_verbs, PAST),
            (&policy_terms, POLICY),
            (&stance_terms, STANCE),
            (&concrete_forms, CONCRETE),
        ] {
            for k in set {
                mark(k, bit);
            }
        }
        for (k, &g) in &cue_first {
            // (fewer than 65535 groups: the phrase lists are fixed data)
            let g = u32::try_from(g + 1).unwrap_or(0) & 0xFFFF;
            *classes.entry(k.clone()).or_insert(0) |= g << 16;
        }
        let classes_packed = PackedTable::new(
            classes
                .iter()
                .filter_map(|(k, &v)| packed_word(k.as_bytes()).map(|p| (p, v))),
        );
        classes.retain(|k, _| k.len() > 7);
        let mut figure_words: FxHashSet<String> = FxHashSet::default();
        figure_words.extend(numbers.keys().cloned());
        figure_words.extend(ordinals.keys().cloned());
        for w in ["half", "halves", "dozen", "dozens", "doz", "dozs", "tens"] {
            figure_words.insert(w.to_string());
        }
        let figure_word_max = figure_words.iter().map(String::len).max().unwrap_or(0);
        let mut figure_first_len = [0u64; 26];
        for w in &figure_words {
            if let Some(&c) = w.as_bytes().first().filter(|c| c.is_ascii_alphabetic()) {
                if w.len() < 64 {
                    figure_first_len[usize::from(c.to_ascii_lowercase() - b'a')] |= 1 << w.len();
                }
            }
        }
        let mut figure_first2_len = vec![0u64; 26 * 26];
        for w in &figure_words {
            if let [a, b, ..] = w.as_bytes() {
                if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() && w.len() < 64 {
                    let k = 26 * usize::from(a.to_ascii_lowercase() - b'a')
                        + usize::from(b.to_ascii_lowercase() - b'a');
                    if let Some(e) = figure_first2_len.get_mut(k) {
                        *e |= 1 << w.len();
                    }
                }
            }
        }
        let figure_packed = figure_words
            .iter()
            .filter_map(|w| packed_word(w.as_bytes()))
            .collect();
        Lexicons {
            classes,
            classes_packed,
            figure_words,
            figure_word_max,
            figure_first_len,
            figure_first2_len,
            figure_packed,
            numbers,
            ordinals,
            currencies,
            units,
            rates,
            modifiers,
            labels,
            stopwords,
            action_verbs,
            vague_forms: forms(&vague),
            specific_forms: forms(&specific),
            specific,
            time_words,
            cue_groups,
            cue_singles,
            cue_second_ids,
            cue_seconds,
            cue_first,
            cue_rest,
            cue_num_first,
            cue_kinds,
            #[cfg(test)]
            cue_pats: pats,
        }
    }

    /// All cue phrases in `toks` (overlapping), as token ranges. `toks` must have been
    /// annotated (see [`Lexicons::annotate`]): only a token with a cue group (or a number)
    /// is looked at.
    pub fn cues(&self, toks: &[Tok]) -> Vec<CueHit> {
        let mut out = Vec::new();
        self.cues_into(toks, &mut Vec::new(), &mut out);
        out
    }

    /// [`Lexicons::cues`] into `out` (cleared first), with `found` as room for the phrases
    /// before they are sorted.
    pub fn cues_into(
        &self,
        toks: &[Tok],
        found: &mut Vec<(usize, usize, usize)>,
        out: &mut Vec<CueHit>,
    ) {
        // (end, start, phrase) of every occurrence of a phrase: the order in which an
        // Aho-Corasick automaton over the tokens joined by spaces reports them (by end, the
        // longer first, then by phrase), which is the order they had when one found them
        found.clear();
        out.clear();
        for (i, t) in toks.iter().enumerate() {
            let group = if t.cue != 0 {
                usize::from(t.cue) - 1
            } else if self.cue_num_first && t.kind == Kind::Num {
                match self.cue_first.get(t.low()) {
                    Some(&g) => g,
                    None => continue,
                }
            } else {
                continue;
            };
            let Some(phrases) = self.cue_groups.get(group) else {
                continue;
            };
            let singles = self
                .cue_singles
                .get(group)
                .map_or(0, |&n| n.min(phrases.len()));
            let (ones, longer) = phrases.split_at(singles);
            for &k in ones {
                found.push((i + 1, i, k));
            }
            // the longer phrases whose second token is the next one
            let Some(next) = toks.get(i + 1).map(|t| t.low()) else {
                continue;
            };
            let Some(&id) = self.cue_second_ids.get(next) else {
                continue;
            };
            let runs = self.cue_seconds.get(group).map_or(&[][..], |r| &r[..]);
            let Ok(r) = runs.binary_search_by_key(&id, |run| run.0) else {
                continue;
            };
            let (_, from, to) = runs[r];
            for &k in longer.get(from..to).unwrap_or(&[]) {
                let rest = self.cue_rest.get(k).map_or(&[][..], |r| &r[..]);
                let end = i + 1 + rest.len();
                if toks
                    .get(i + 1..end)
                    .is_some_and(|next| next.iter().zip(rest).all(|(t, w)| t.low() == w))
                {
                    found.push((end, i, k));
                }
            }
        }
        found.sort_unstable();
        out.extend(found.iter().filter_map(|&(end, start, k)| {
            self.cue_kinds.get(k).map(|&cue| CueHit { cue, start, end })
        }));
    }

    /// Whether `w` is a form of a word in a set (s, es, ed, d, ing, ation endings), given
    /// the set's forms (see [`forms`]).
    pub fn stem_in(forms: &FxHashSet<String>, w: &str) -> bool {
        forms.contains(w)
    }

    /// [`Lexicons::figure_word`] of a word of ASCII letters only: its first letters are
    /// looked up without testing that they are letters (most words are answered there).
    #[inline]
    pub fn figure_letters(&self, w: &[u8]) -> bool {
        if w.len() > self.figure_word_max || w.len() > 32 {
            return false;
        }
        let bit = 1u64 << w.len();
        // (an ASCII letter with bit 0x20 set is its lowercase form)
        let letter = |c: u8| usize::from((c | 0x20).wrapping_sub(b'a'));
        let known = match w {
            [a, b, ..] => self
                .figure_first2_len
                .get(26 * letter(*a) + letter(*b))
                .is_some_and(|e| e & bit != 0),
            [a] => self
                .figure_first_len
                .get(letter(*a))
                .is_some_and(|e| e & bit != 0),
            [] => true,
        };
        known && self.figure_word(w)
    }

    /// Whether an ASCII word (any case) can carry a figure written in words.
    #[inline]
    pub fn figure_word(&self, w: &[u8]) -> bool {
        if w.len() > self.figure_word_max || w.len() > 32 {
            return false;
        }
        // (a figure word is lowercase; one that starts with a letter is in the table, one
        // that starts with two in the table of two)
        let bit = 1u64 << w.len();
        let known = match w {
            [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                let k = 26 * usize::from(a.to_ascii_lowercase() - b'a')
                    + usize::from(b.to_ascii_lowercase() - b'a');
                self.figure_first2_len.get(k).is_some_and(|e| e & bit != 0)
            }
            [a, ..] if a.is_ascii_alphabetic() => {
                self.figure_first_len[usize::from(a.to_ascii_lowercase() - b'a')] & bit != 0
            }
            _ => true,
        };
        if !known {
            return false;
        }
        if w.len() <= 7 {
            // the packed key of the lowercase word, as `packed_word` makes it, built at once
            let k = w
                .iter()
                .enumerate()
                .fold((w.len() as u64) << 56, |k, (j, &b)| {
                    k | u64::from(b.to_ascii_lowercase()) << (8 * j)
                });
            return self.figure_packed.contains(&k);
        }
        let mut buf = [0u8; 32];
        for (d, s) in buf.iter_mut().zip(w) {
            *d = s.to_ascii_lowercase();
        }
        let lower = &buf[..w.len()];
        if let Some(k) = packed_word(lower) {
            // the same question of the packed short words, without a UTF-8 check
            return self.figure_packed.contains(&k);
        }
        std::str::from_utf8(lower).is_ok_and(|k| self.figure_words.contains(k))
    }

    /// The class bits of a token's lowercased text (0 for a text in no list).
    #[cfg(test)]
    pub fn class_of(&self, low: &str) -> u16 {
        (self.entry_of(low) & 0xFFFF) as u16
    }

    /// The class bits and cue group (+ 1, 0 for none) of a lowercased text, packed.
    fn entry_of(&self, low: &str) -> u32 {
        match pack(low.as_bytes()) {
            Some(k) => self.classes_packed.get(k),
            None => self.classes.get(low).copied().unwrap_or(0),
        }
    }

    /// Sets the class bits and the cue group of every token (not numbers).
    pub fn annotate(&self, toks: &mut [Tok<'_>]) {
        for t in toks {
            if t.kind != Kind::Num {
                let e = self.entry_of(t.low());
                t.cls = (e & 0xFFFF) as u16;
                t.cue = (e >> 16) as u16;
            }
        }
    }

    pub fn is_stop(&self, w: &str) -> bool {
        self.stopwords.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packed table answers as the map it is built from, for its keys and others.
    #[test]
    fn packed_table_is_the_map() {
        let lex = Lexicons::english();
        let map: FxHashMap<u64, u32> = lex
            .classes_packed
            .keys
            .iter()
            .zip(&lex.classes_packed.vals)
            .filter(|(&k, _)| k != 0)
            .map(|(&k, &v)| (k, v))
            .collect();
        assert!(map.len() > 100);
        for w in [
            "the", "rose", "will", "", "zzzzzzz", "percent", "a", "i'm", "’", "x",
        ] {
            if let Some(k) = packed_word(w.as_bytes()) {
                let want = map.get(&k).copied().unwrap_or(if k == 0 {
                    lex.classes_packed.empty
                } else {
                    0
                });
                assert_eq!(lex.classes_packed.get(k), want, "{w:?}");
            }
        }
        for (&k, &v) in &map {
            assert_eq!(lex.classes_packed.get(k), v);
        }
    }

    /// `pack` makes the keys of `packed_word`.
    #[test]
    fn pack_is_packed_word() {
        for w in [
            "", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "é’x",
        ] {
            assert_eq!(pack(w.as_bytes()), packed_word(w.as_bytes()), "{w:?}");
        }
    }

    /// The key built on the stack is the key of `key_of`, for short and long phrases.
    #[test]
    fn with_key_is_key_of() {
        for text in [
            "a",
            "more than",
            "Ünïcode Words here",
            "supercalifragilistic expialidocious antidisestablishmentarianism words",
            "",
        ] {
            let mut arena = String::new();
            let toks = crate::tok::tokenize_in(text, 0, text.len(), &mut arena);
            for n in 0..=toks.len() {
                let want = key_of(&toks, 0, n);
                assert_eq!(with_key(&toks[..n], str::to_string), want, "{text:?}");
            }
        }
    }

    /// The packed table answers for short texts as the string table did for all: every
    /// listed word keeps its bits whatever its length, and other texts (any case, longer,
    /// non-ASCII) have none.
    #[test]
    fn class_of_short_and_long_words() {
        let lex = Lexicons::english();
        let mut short = 0;
        let mut long = 0;
        for w in &lex.stopwords {
            assert_ne!(lex.class_of(w) & STOP, 0, "{w:?}");
        }
        for w in crate::classify::CLAUSE_WORDS {
            assert_ne!(lex.class_of(w) & CLAUSE_WORD, 0, "{w:?}");
        }
        for w in crate::classify::FEATURE_WORDS {
            assert_ne!(lex.class_of(w) & FEATURE_WORD, 0, "{w:?}");
        }
        for w in lex.numbers.keys() {
            assert_ne!(lex.class_of(w) & QUANT_START, 0, "{w:?}");
            if w.len() <= 7 {
                short += 1;
            } else {
                long += 1;
            }
        }
        assert!(short > 0 && long > 0);
        for w in [
            "",
            "x",
            "zzz",
            "Th",
            "The",
            "thequick",
            "éé",
            "“",
            "1",
            "seventeenx",
        ] {
            assert_eq!(lex.class_of(w), 0, "{w:?}");
        }
        assert_ne!(lex.class_of("thousand") & QUANT_START, 0);
        assert_ne!(lex.class_of("between") & TIME_START, 0);
        assert_ne!(lex.class_of("-") & QUANT_START, 0);
    }

    /// `figure_word` is membership of the ASCII-lowercased word in the figure words, for
    /// short (packed) and long words in any case.
    #[test]
    fn figure_word_is_lowercase_membership() {
        let lex = Lexicons::english();
        let mut words: Vec<String> = Vec::new();
        for w in &lex.figure_words {
            words.push(w.clone());
            words.push(w.to_ascii_uppercase());
            words.push(format!("{w}x"));
            words.push(w.chars().skip(1).collect());
        }
        for w in [
            "",
            "a",
            "A",
            "the",
            "The",
            "ten",
            "TEN",
            "Seventeen",
            "thousandsx",
            "zz",
        ] {
            words.push(w.to_string());
        }
        for w in &words {
            let want = lex.figure_words.contains(&w.to_ascii_lowercase());
            assert_eq!(lex.figure_word(w.as_bytes()), want, "{w:?}");
            if w.bytes().all(|b| b.is_ascii_alphabetic()) {
                assert_eq!(lex.figure_letters(w.as_bytes()), want, "{w:?}");
            }
        }
    }

    /// The cues the Aho-Corasick automaton over the tokens joined by spaces found (the
    /// matcher before this one).
    fn cues_by_automaton(lex: &Lexicons, toks: &[Tok]) -> Vec<(Cue, usize, usize)> {
        use aho_corasick::{AhoCorasickBuilder, AhoCorasickKind, MatchKind};
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&lex.cue_pats)
            .expect("automaton");
        let mut norm = String::from(" ");
        let mut starts = Vec::new();
        for t in toks {
            starts.push(norm.len());
            norm.push_str(t.low());
            norm.push(' ');
        }
        let mut out = Vec::new();
        for m in ac.find_overlapping_iter(&norm) {
            let s = starts.partition_point(|&p| p < m.start() + 1);
            let e = starts.partition_point(|&p| p < m.end() - 1);
            if s < e {
                out.push((lex.cue_kinds[m.pattern().as_usize()], s, e));
            }
        }
        out
    }

    fn same_cues(lex: &Lexicons, text: &str) {
        let mut arena = String::new();
        let mut toks = crate::tok::tokenize_in(text, 0, text.len(), &mut arena);
        lex.annotate(&mut toks);
        let fast: Vec<(Cue, usize, usize)> = lex
            .cues(&toks)
            .iter()
            .map(|h| (h.cue, h.start, h.end))
            .collect();
        assert_eq!(fast, cues_by_automaton(lex, &toks), "{text:?}");
    }

    /// The token matcher finds what the automaton found, in the same order: on the example
    /// articles, on every cue phrase alone and all of them run together, and on random
    /// sequences of cue words and numbers.
    #[test]
    fn cues_are_the_automaton_cues() {
        let lex = Lexicons::english();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
        let mut n = 0;
        for e in std::fs::read_dir(dir).expect("examples").flatten() {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                same_cues(&lex, &text);
                n += 1;
            }
        }
        assert!(n > 0);
        let all: Vec<String> = lex.cue_pats.iter().map(|p| p.trim().to_string()).collect();
        for p in &all {
            same_cues(&lex, p);
            same_cues(&lex, &p.to_uppercase());
        }
        same_cues(&lex, &all.join(" "));
        same_cues(&lex, &all.join(". "));
    }

    proptest::proptest! {
        #[test]
        fn cues_are_the_automaton_cues_anywhere(picks in proptest::collection::vec(0usize..4000, 0..40)) {
            static LEX: std::sync::OnceLock<Lexicons> = std::sync::OnceLock::new();
            let lex = LEX.get_or_init(Lexicons::english);
            let words: Vec<&str> = lex.cue_pats.iter().flat_map(|p| p.split(' ')).filter(|w| !w.is_empty()).collect();
            let extra = ["5", "10", "2,000", ",", ".", "the", "not", "More", "RISE", "’s"];
            let text: Vec<&str> = picks
                .iter()
                .map(|&k| if k % 7 == 0 { extra[k / 7 % extra.len()] } else { words[k % words.len()] })
                .collect();
            same_cues(lex, &text.join(" "));
        }
    }
}
