//! Byte spans into the original document, and the one per-document converter from byte
//! offsets to Unicode code points or UTF-16 code units.

use serde::Serialize;

/// A half-open byte range `start..end` into the original article text.
///
/// Both ends lie on `char` boundaries of the text the span came from. Every span onrecord
/// returns is an offset into the whole document, never into a sentence or a quote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes). `start` must not exceed `end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The covered text.
    ///
    /// Panics only if the span did not come from `text` (out of range or off a char
    /// boundary); use [`Span::get`] for a checked slice.
    #[inline]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The covered text, or `None` when the span does not fit `text`.
    #[inline]
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// The span as a `Range<usize>`.
    #[inline]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies wholly inside this span.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// This span converted to other units with a document's [`CharIndex`].
    #[inline]
    pub fn to_units(&self, index: &CharIndex, unit: OffsetUnit) -> Span {
        Span::new(
            index.convert(self.start, unit),
            index.convert(self.end, unit),
        )
    }

    /// This span in Unicode code points (Python `str` indices).
    #[inline]
    pub fn to_chars(&self, index: &CharIndex) -> Span {
        self.to_units(index, OffsetUnit::Chars)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// The unit offsets are reported in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OffsetUnit {
    /// Unicode code points: Python `str` indices, the JSON contract's default.
    #[default]
    Chars,
    /// UTF-8 bytes: the Rust API's native unit.
    Bytes,
    /// UTF-16 code units: JavaScript, Java and C# string indices.
    Utf16,
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "chars" | "char" | "codepoints" => Ok(OffsetUnit::Chars),
            "bytes" | "byte" | "utf8" => Ok(OffsetUnit::Bytes),
            "utf16" | "utf-16" => Ok(OffsetUnit::Utf16),
            other => Err(format!(
                "unknown offset unit `{other}`; expected one of chars, bytes, utf16"
            )),
        }
    }
}

/// Maps byte offsets of one document to code points and UTF-16 units.
///
/// Built once per document in O(n). For ASCII text it stores nothing and every conversion
/// is the identity. Otherwise it keeps, for every multi-byte character, its byte position
/// and the running count of extra bytes (and extra UTF-16 units) before it, so a
/// conversion is one binary search.
#[derive(Clone, Debug, Default)]
pub struct CharIndex {
    /// Byte position of each multi-byte char, ascending.
    pos: Vec<u32>,
    /// Extra UTF-8 bytes (len - 1) of all multi-byte chars before and including entry i.
    extra_bytes: Vec<u32>,
    /// Extra UTF-16 units (1 for chars outside the BMP) up to and including entry i.
    extra_u16: Vec<u32>,
    len: usize,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> CharIndex {
        let mut idx = CharIndex {
            len: text.len(),
            ..CharIndex::default()
        };
        if text.is_ascii() {
            return idx;
        }
        let bytes = text.as_bytes();
        let (mut eb, mut eu) = (0u32, 0u32);
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                continue;
            }
            let w = if b >= 0xF0 {
                4
            } else if b >= 0xE0 {
                3
            } else {
                2
            };
            eb += w as u32 - 1;
            if w == 4 {
                eu += 1;
            }
            idx.pos.push(i as u32);
            idx.extra_bytes.push(eb);
            idx.extra_u16.push(eu);
            i += w;
        }
        idx
    }

    /// Whether the text was pure ASCII (all conversions are the identity).
    pub fn is_ascii(&self) -> bool {
        self.pos.is_empty()
    }

    /// Number of multi-byte chars strictly before byte `byte`.
    #[inline]
    fn before(&self, byte: usize) -> usize {
        self.pos.partition_point(|&p| (p as usize) < byte)
    }

    /// Code-point offset of byte offset `byte` (which should lie on a char boundary).
    #[inline]
    pub fn char_of(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        match self.before(byte) {
            0 => byte,
            k => byte - self.extra_bytes[k - 1] as usize,
        }
    }

    /// UTF-16 offset of byte offset `byte`.
    #[inline]
    pub fn utf16_of(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        match self.before(byte) {
            0 => byte,
            k => byte - self.extra_bytes[k - 1] as usize + self.extra_u16[k - 1] as usize,
        }
    }

    /// Byte offset of code-point offset `ch` (clamped to the text's end).
    pub fn byte_of_char(&self, ch: usize) -> usize {
        // The k-th multi-byte char sits at code point pos[k] - extra_bytes[k-1]; find how
        // many of them start before code point `ch` (a manual binary search, as the key
        // depends on the index).
        let cp = |k: usize| -> usize {
            self.pos[k] as usize
                - if k == 0 {
                    0
                } else {
                    self.extra_bytes[k - 1] as usize
                }
        };
        let (mut lo, mut hi) = (0, self.pos.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if cp(mid) < ch {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let byte = match lo {
            0 => ch,
            k => ch + self.extra_bytes[k - 1] as usize,
        };
        byte.min(self.len)
    }

    /// Converts a byte offset to `unit`.
    #[inline]
    pub fn convert(&self, byte: usize, unit: OffsetUnit) -> usize {
        match unit {
            OffsetUnit::Bytes => byte,
            OffsetUnit::Chars => self.char_of(byte),
            OffsetUnit::Utf16 => self.utf16_of(byte),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let idx = CharIndex::new("plain text");
        assert!(idx.is_ascii());
        assert_eq!(idx.char_of(5), 5);
        assert_eq!(idx.utf16_of(5), 5);
        assert_eq!(idx.byte_of_char(5), 5);
    }

    #[test]
    fn multibyte_offsets() {
        let text = "a“é”😀b";
        let idx = CharIndex::new(text);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (ci, (b, _)) in chars.iter().enumerate() {
            assert_eq!(idx.char_of(*b), ci);
            assert_eq!(idx.byte_of_char(ci), *b);
        }
        assert_eq!(idx.char_of(text.len()), chars.len());
        let b = text.find('b').unwrap_or(0);
        assert_eq!(idx.utf16_of(b), text[..b].encode_utf16().count());
    }

    #[test]
    fn span_helpers() {
        let s = Span::new(2, 5);
        assert_eq!(s.slice("abcdefg"), "cde");
        assert_eq!(s.len(), 3);
        assert!(s.contains(Span::new(3, 4)));
        assert!(s.overlaps(Span::new(4, 9)));
        assert!(!s.overlaps(Span::new(5, 9)));
        assert_eq!(Span::new(9, 99).get("short"), None);
    }
}
