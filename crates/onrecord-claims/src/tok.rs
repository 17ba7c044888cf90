//! A small tokenizer for claim tagging: words, numbers and single punctuation marks, each
//! with its byte span in the document and whether whitespace (or a newline) precedes it.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner apostrophes (don't, Canada's).
    Word,
    /// ASCII digits with inner `.` or `,` groups (1,234.5), or a leading `.5`.
    Num,
    /// Any other single non-space character.
    Punct,
}

/// One token.
#[derive(Clone, Debug)]
pub(crate) struct Tok<'t> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace before the token (or the token starts the range).
    pub space: bool,
    /// A line break before the token.
    pub nl: bool,
    /// Lowercased text (’ folded to '): the document's text when it already is, else the
    /// form written into the tokenization's buffer (see [`tokenize_in`]).
    pub lower: &'t str,
    /// Class bits from the lexicons (see `Lexicons::annotate`); 0 until annotated.
    pub cls: u16,
    /// The cue phrases starting with the token, as a group index + 1 (see
    /// `Lexicons::cues`); 0 for none or until annotated.
    pub cue: u16,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }
    pub fn is_punct(&self, c: &str) -> bool {
        self.kind == Kind::Punct && self.lower == c
    }
    /// The lowercased text.
    pub fn low(&self) -> &str {
        self.lower
    }
    /// The original text of the token.
    pub fn raw<'s>(&self, text: &'s str) -> &'s str {
        text.get(self.start..self.end).unwrap_or("")
    }
    /// Whether the original starts with an uppercase letter.
    #[inline]
    pub fn is_cap(&self, text: &str) -> bool {
        match text.as_bytes().get(self.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self
                .raw(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
        }
    }
}

/// [`ASCII_LETTER`] of a lowercase ASCII letter.
const LOWER: u8 = 1;
/// [`ASCII_LETTER`] of an uppercase ASCII letter.
const UPPER: u8 = 2;
/// [`LOWER`] or [`UPPER`] for an ASCII letter, 0 for any other byte.
const ASCII_LETTER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_lowercase() {
            LOWER
        } else if b.is_ascii_uppercase() {
            UPPER
        } else {
            0
        };
        c += 1;
    }
    t
};

/// The high bit of each byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// How many of the eight bytes of `chunk` are ASCII letters before the first that is not,
/// and whether one of those is uppercase: what the byte loop of [`scan`] over a word finds
/// in them, read as one `u64` instead of byte by byte.
#[inline]
pub(crate) fn letters8(chunk: &[u8; 8]) -> (usize, bool) {
    let w = u64::from_le_bytes(*chunk);
    // each byte with 0x20 set and the high bit cleared: a letter's lowercase form
    let x = (w | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F;
    // (no carry crosses a byte: x + 0x1F <= 0x9E)
    let ge_a = x.wrapping_add(0x1F1F_1F1F_1F1F_1F1F) & HIGH; // x >= b'a'
    let gt_z = x.wrapping_add(0x0505_0505_0505_0505) & HIGH; // x > b'z'
    let letters = ge_a & !gt_z & !w & HIGH; // and the byte is ASCII
    let stop = !letters & HIGH;
    let run = (stop.trailing_zeros() / 8) as usize;
    // an uppercase letter has bit 0x20 clear (moved to the high bit by the shift); only
    // those below the first other byte count (all of them when there is none)
    let upper = letters & !(w << 2) & HIGH;
    (run, upper & (stop ^ stop.wrapping_sub(1)) != 0)
}

fn is_apos(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whitespace as `char::is_whitespace` tells it, for an ASCII byte.
#[inline]
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// The char starting at byte `i` of `s` (a char boundary), with its length.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// `char::is_alphabetic`, with ASCII and the General Punctuation block (curly quotes,
/// dashes: no letters, tested) answered without std's table search.
#[inline]
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphabetic()
    }
}

/// Tokenizes `text[start..end]`; `start` and `end` must be char boundaries. The lowercase
/// forms that are not in the text are written one after another into `arena` (cleared
/// first) and borrowed from it: one buffer, reused by the caller, instead of a `String` per
/// capitalised word.
pub(crate) fn tokenize_in<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    arena: &'t mut String,
) -> Vec<Tok<'t>> {
    let mut out = Vec::new();
    tokenize_into(text, start, end, arena, &mut Vec::new(), &mut out);
    out
}

/// [`tokenize_in`] into `out` (cleared first), with `pending` as the room for the words
/// whose lowercase forms go into `arena`: buffers a caller keeps from one span to the next.
pub(crate) fn tokenize_into<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    arena: &'t mut String,
    pending: &mut Vec<(usize, usize, usize)>,
    out: &mut Vec<Tok<'t>>,
) {
    arena.clear();
    pending.clear();
    out.clear();
    scan(text, start, end, arena, pending, out);
    let arena: &'t String = arena;
    for &(k, a, b) in pending.iter() {
        if let Some(t) = out.get_mut(k) {
            t.lower = arena.get(a..b).unwrap_or("");
        }
    }
}

/// Room for `n` items in the empty vector `v`: a new vector when it has less (at least
/// twice the old room, so that spans of growing sizes replace it a few times only),
/// instead of growing it (a reallocation copies its whole old room, though nothing is in
/// it).
#[inline]
pub(crate) fn room<T>(v: &mut Vec<T>, n: usize) {
    if v.capacity() < n {
        *v = Vec::with_capacity(n.max(v.capacity() * 2));
    }
}

/// An emptied vector of tokens turned into one of another lifetime with the same room: a
/// `collect` from a vector's own iterator into items of the same layout reuses its
/// allocation, so a buffer of tokens can outlive the text and forms they borrowed.
pub(crate) fn recycle<'b>(mut v: Vec<Tok<'_>>) -> Vec<Tok<'b>> {
    v.clear();
    // (no token is left to map: the map only names the new type)
    v.into_iter()
        .map(|t| Tok {
            start: t.start,
            end: t.end,
            kind: t.kind,
            space: t.space,
            nl: t.nl,
            lower: "",
            cls: t.cls,
            cue: t.cue,
        })
        .collect()
}

/// Whether a link starts `rest` (one opaque token up to the next whitespace).
#[inline]
fn is_link(rest: &[u8]) -> bool {
    rest.starts_with(b"http://")
        || rest.starts_with(b"https://")
        || rest.starts_with(b"www.")
        || rest.starts_with(b"pic.twitter.com")
}

/// The end of a word of `slice` whose first char ends at byte `i`: letters, combining
/// marks, and apostrophes between letters. Sets `upper` when an ASCII capital follows
/// and `non_ascii` when a char of more than one byte does.
#[inline(always)]
fn word_end(slice: &str, mut i: usize, upper: &mut bool, non_ascii: &mut bool) -> usize {
    let bytes = slice.as_bytes();
    let n = bytes.len();
    while i < n {
        // ASCII letters, the bulk of a word: eight at a time while eight are left
        if let Some(chunk) = bytes[i..].first_chunk::<8>() {
            let (run, up) = letters8(chunk);
            *upper |= up;
            i += run;
            if run == 8 {
                continue;
            }
        }
        let b2 = bytes[i];
        // then one table lookup each, the capitals noted by their bit
        let k = ASCII_LETTER[usize::from(b2)];
        if k != 0 {
            *upper |= k == UPPER;
            i += 1;
            continue;
        }
        if b2.is_ascii() && b2 != b'\'' {
            // no letter, combining mark or apostrophe
            break;
        }
        let Some((c2, l2)) = char_at(slice, i) else {
            break;
        };
        if is_alpha(c2) || c2.is_mark() {
            *non_ascii |= l2 > 1;
            i += l2;
        } else if let Some((c3, l3)) =
            char_at(slice, i + l2).filter(|&(c3, _)| is_apos(c2) && is_alpha(c3))
        {
            *non_ascii |= l2 > 1 || l3 > 1;
            *upper |= c3.is_ascii_uppercase();
            i += l2 + l3;
        } else {
            break;
        }
    }
    i
}

/// The tokens of `text[start..end]`, pushed to `out`. A word whose lowercase form differs
/// from its text gets an empty `lower` here: the form is appended to `arena` and
/// `(token index, start, end)` of it in `arena` to `pending`, for the caller to fill in.
fn scan<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    arena: &mut String,
    pending: &mut Vec<(usize, usize, usize)>,
    out: &mut Vec<Tok<'t>>,
) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let bytes = slice.as_bytes();
    let n = bytes.len();
    // (news runs at a token per 4-5 bytes, a capitalised word per 20 or so: no
    // reallocation on the way)
    // (the buffers are empty here: one too small is replaced, not grown, since growing
    // copies all its old room)
    room(out, n / 3 + 1);
    if arena.capacity() < n / 2 + 16 {
        *arena = String::with_capacity((n / 2 + 16).max(arena.capacity() * 2));
    }
    room(pending, n / 16 + 4);
    let mut i = 0;
    let mut space = true;
    let mut nl = false;
    // whether the char before `i` is an ASCII letter or digit
    let mut prev_alnum = false;
    while i < n {
        let b = bytes[i];
        if b == b' ' {
            // the commonest byte, as the whitespace case below treats it
            space = true;
            i += 1;
            prev_alnum = false;
            continue;
        }
        let kind;
        let mut word_case = (false, false);
        let s = i;
        let letter = ASCII_LETTER[usize::from(b)];
        if letter != 0 && !(matches!(b, b'h' | b'w' | b'p') && is_link(&bytes[i..])) {
            // an ASCII letter opens a word (the commonest token): no char to decode, no
            // whitespace to test
            kind = Kind::Word;
            let mut upper = letter == UPPER;
            let mut non_ascii = false;
            i = word_end(slice, i + 1, &mut upper, &mut non_ascii);
            word_case = (upper, non_ascii);
        } else {
            let Some((c, clen)) = char_at(slice, i) else {
                break;
            };
            if if b.is_ascii() {
                ascii_space(b)
            } else {
                c.is_whitespace()
            } {
                space = true;
                if c == '\n' || c == '\r' || c == '\u{2029}' {
                    nl = true;
                }
                i += clen;
                prev_alnum = false;
                continue;
            }
            if matches!(b, b'h' | b'w' | b'p') && is_link(&bytes[i..]) {
                // a link is one opaque token: no figures or words inside
                kind = Kind::Punct;
                while i < n {
                    let Some((c2, l2)) = char_at(slice, i) else {
                        break;
                    };
                    if if c2.is_ascii() {
                        ascii_space(bytes[i])
                    } else {
                        c2.is_whitespace()
                    } {
                        break;
                    }
                    i += l2;
                }
            } else if is_alpha(c) {
                kind = Kind::Word;
                // whether the word holds an ASCII capital or any non-ASCII byte, noted
                // while it is scanned (its lowercase form follows from them)
                let mut upper = b.is_ascii_uppercase();
                let mut non_ascii = !b.is_ascii();
                i = word_end(slice, i + clen, &mut upper, &mut non_ascii);
                word_case = (upper, non_ascii);
            } else if b.is_ascii_digit()
                || (b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && !prev_alnum)
            {
                kind = Kind::Num;
                i += 1;
                while i < n {
                    let b2 = bytes[i];
                    if b2.is_ascii_digit() {
                        i += 1;
                    } else if (b2 == b'.' || b2 == b',')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else {
                kind = Kind::Punct;
                i += clen;
            }
        }
        let e = i;
        let raw = &slice[s..e];
        let lower: &str = match kind {
            Kind::Word => match word_case {
                // ASCII lowercase letters and apostrophes
                (false, false) => raw,
                (true, false) => {
                    let a = arena.len();
                    arena.push_str(raw);
                    if let Some(tail) = arena.get_mut(a..) {
                        tail.make_ascii_lowercase();
                    }
                    pending.push((out.len(), a, arena.len()));
                    ""
                }
                _ => {
                    let a = arena.len();
                    if raw.chars().all(|c| c.is_ascii() || c == '’') {
                        // ASCII letters and curly apostrophes (don’t, Canada’s): no new
                        // strings for the lowercase form
                        arena.extend(raw.chars().map(|c| {
                            if c == '’' {
                                '\''
                            } else {
                                c.to_ascii_lowercase()
                            }
                        }));
                    } else {
                        arena.push_str(&raw.to_lowercase().replace('’', "'"));
                    }
                    pending.push((out.len(), a, arena.len()));
                    ""
                }
            },
            Kind::Punct if e - s > 1 && raw.chars().nth(1).is_some() => "<url>",
            _ => raw,
        };
        out.push(Tok {
            start: start + s,
            end: start + e,
            kind,
            space,
            nl,
            lower,
            cls: 0,
            cue: 0,
        });
        space = false;
        nl = false;
        prev_alnum = bytes
            .get(e.wrapping_sub(1))
            .is_some_and(u8::is_ascii_alphanumeric);
    }
}

/// Lowercased tokens of a lexicon phrase joined by single spaces (the lookup key).
pub(crate) fn norm_key(phrase: &str) -> String {
    let mut arena = String::new();
    let toks = tokenize_in(phrase, 0, phrase.len(), &mut arena);
    let mut s = String::new();
    for t in &toks {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(t.low());
    }
    s
}

/// Key of tokens `i..j` (see [`norm_key`]).
pub(crate) fn key_of(toks: &[Tok], i: usize, j: usize) -> String {
    let mut s = String::new();
    for t in toks.get(i..j).unwrap_or(&[]) {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(t.low());
    }
    s
}

trait IsMark {
    fn is_mark(&self) -> bool;
}
impl IsMark for char {
    /// Combining diacritics (kept inside words).
    fn is_mark(&self) -> bool {
        matches!(*self as u32, 0x0300..=0x036F)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `letters8` finds what the byte loop finds: the letters before the first other byte
    /// and whether one of them is uppercase.
    fn letters8_is_bytewise(chunk: [u8; 8]) {
        let run = chunk
            .iter()
            .position(|&b| ASCII_LETTER[usize::from(b)] == 0)
            .unwrap_or(8);
        let upper = chunk[..run]
            .iter()
            .any(|&b| ASCII_LETTER[usize::from(b)] == UPPER);
        assert_eq!(letters8(&chunk), (run, upper), "{chunk:?}");
    }

    #[test]
    fn letters8_every_byte_everywhere() {
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [b'a', b'Z', b' ', 0x80, b'@', b'['] {
                    let mut chunk = [fill; 8];
                    chunk[at] = b;
                    letters8_is_bytewise(chunk);
                    let mut chunk = *b"abcdefgh";
                    chunk[at] = b;
                    letters8_is_bytewise(chunk);
                    chunk[(at + 3) % 8] = fill;
                    letters8_is_bytewise(chunk);
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn letters8_anywhere(chunk in proptest::array::uniform8(proptest::num::u8::ANY)) {
            letters8_is_bytewise(chunk);
        }
        #[test]
        fn letters8_letters(chunk in "[a-zA-Z@\\[`{ '’é0-9]{8}") {
            if let Some(c) = chunk.as_bytes().first_chunk::<8>() {
                letters8_is_bytewise(*c);
            }
        }
    }

    #[test]
    fn is_alpha_is_is_alphabetic() {
        for c in ('\u{0}'..='\u{2100}').chain(['“', '’', '—', '…']) {
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
        }
    }

    /// Each word's lowercase form (in the text or in the buffer) is what
    /// `str::to_lowercase` (’ folded to ') makes of it, every other token's is its text
    /// (or `<url>`), whatever the buffer held before.
    fn lowercase_forms(s: &str) {
        let mut arena = String::from("stale");
        let toks = tokenize_in(s, 0, s.len(), &mut arena);
        for t in &toks {
            let raw = t.raw(s);
            let want = if t.is_word() {
                raw.to_lowercase().replace('’', "'")
            } else if t.lower == "<url>" {
                "<url>".to_string()
            } else {
                raw.to_string()
            };
            assert_eq!(t.low(), want, "{s:?}");
        }
    }

    #[test]
    fn lowercase_forms_of_words() {
        for s in [
            "",
            "The Quick brown FOX’s Don't ΣΟΦΟΣ Straße İstanbul ÉTÉ a1B2 x",
            "WASHINGTON, Jan. 5, 2024 — Officials said 1,000 people died.",
            "“Hello,” said Ms. O’Brien https://x.co/A a\u{301}B ÀÉÎ 3.5m",
        ] {
            lowercase_forms(s);
        }
    }

    proptest::proptest! {
        #[test]
        fn lowercase_forms_anywhere(s in "[a-zA-Z’' .,ÉéΣσİß0-9\n“”-]{0,80}") {
            lowercase_forms(&s);
        }
    }

    /// A recycled buffer keeps its room, and tokenizing into it finds what a fresh
    /// tokenization finds.
    #[test]
    fn recycled_buffers_tokenize_alike() {
        let texts = ["The Quick FOX’s 3.5m", "", "WASHINGTON — Officials said"];
        let mut toks: Vec<Tok<'static>> = Vec::new();
        let mut pending = Vec::new();
        for s in texts {
            let mut arena = String::from("stale");
            let mut out = recycle(std::mem::take(&mut toks));
            tokenize_into(s, 0, s.len(), &mut arena, &mut pending, &mut out);
            let mut arena2 = String::new();
            let fresh = tokenize_in(s, 0, s.len(), &mut arena2);
            let key = |t: &[Tok]| -> Vec<(usize, usize, String, bool, bool)> {
                t.iter()
                    .map(|t| (t.start, t.end, t.lower.to_string(), t.space, t.nl))
                    .collect()
            };
            assert_eq!(key(&out), key(&fresh), "{s:?}");
            let room = out.capacity();
            toks = recycle(out);
            assert_eq!(toks.capacity(), room);
        }
    }

    #[test]
    fn splits_words_numbers_punct() {
        let s = "I’ve seen $1,234.5m—ok https://x.co/3a";
        let mut arena = String::new();
        let t = tokenize_in(s, 0, s.len(), &mut arena);
        let lows: Vec<&str> = t.iter().map(|t| t.low()).collect();
        assert_eq!(
            lows,
            vec!["i've", "seen", "$", "1,234.5", "m", "—", "ok", "<url>"]
        );
        assert!(!t[4].space);
    }
}
