//! The text model: paragraphs, sentences and words, all as byte spans into the document.
//!
//! Paragraphs are cheap (a newline scan) and computed for the whole document. Sentences
//! come from UAX #29 (unicode-segmentation), repaired for news text, and are computed
//! only for the paragraphs that need them (those holding quote marks or cue words), which
//! keeps the pipeline far faster than segmenting every byte. Even there, UAX #29 runs
//! only on the few bytes around each terminator (`sentence_bounds`).

use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// Paragraphs of `text`: maximal runs of text between line breaks (`\n`, `\r`, U+2028,
/// U+2029), trimmed of surrounding whitespace, empty ones dropped. In news text a single
/// newline ends a paragraph as surely as a blank line does.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // The line and paragraph separators are rare, and their first byte (0xE2) is that of
    // every curly quote and dash: a text without them is scanned for `\n` and `\r` alone.
    let separators = memchr::memmem::find(bytes, "\u{2028}".as_bytes()).is_some()
        || memchr::memmem::find(bytes, "\u{2029}".as_bytes()).is_some();
    while i < bytes.len() {
        // jump to the next byte that can break a line
        let next = if separators {
            memchr::memchr3(b'\n', b'\r', 0xE2, &bytes[i..])
        } else {
            memchr::memchr2(b'\n', b'\r', &bytes[i..])
        };
        let Some(k) = next else {
            break;
        };
        i += k;
        let b = bytes[i];
        let brk = match b {
            b'\n' | b'\r' => 1,
            // U+2028 / U+2029: E2 80 A8 / E2 80 A9
            0xE2 if i + 2 < bytes.len()
                && bytes[i + 1] == 0x80
                && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) =>
            {
                3
            }
            _ => 0,
        };
        if brk > 0 {
            push_trimmed(text, start, i, &mut out);
            i += brk;
            start = i;
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start, bytes.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let t = s.trim_start();
    let st = start + (s.len() - t.len());
    let t = t.trim_end();
    if !t.is_empty() {
        out.push(Span::new(st, st + t.len()));
    }
}

/// Words that end in a full stop without ending a sentence: titles, months, common
/// abbreviations. Compared lowercased, without the final stop.
const ABBREVIATIONS: &str = include_str!("../data/en/abbreviations.txt");

pub(crate) fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.is_empty() {
        return false;
    }
    // Single letters and dotted initialisms (J., U.S., B.C., a.m.).
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    if w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    static SET: std::sync::OnceLock<crate::lexicon::WordSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| crate::lexicon::entries(ABBREVIATIONS).collect());
    if w.len() <= 7 && w.is_ascii() {
        // (most words here: lowercased into the set's integer key, no copy)
        return set.contains_ascii_lowercased(w.as_bytes());
    }
    if w.is_ascii() && w.len() <= 16 {
        // lowercased on the stack: most words here are ASCII and short
        let mut buf = [0u8; 16];
        let buf = &mut buf[..w.len()];
        buf.copy_from_slice(w.as_bytes());
        buf.make_ascii_lowercase();
        return std::str::from_utf8(buf).is_ok_and(|l| set.contains(l));
    }
    set.contains(w.to_lowercase().as_str())
}

/// Sentences of one paragraph (`para` is a span of `text`): UAX #29 sentence bounds,
/// then repaired where news text fools them: a break after an abbreviation or initial
/// (Mr. Smith, U.S. officials, J. R. Smith, Jan. 5) is undone, and so is one before a
/// lowercase word or a closing mark.
pub fn sentences(text: &str, para: Span) -> Vec<Span> {
    let mut out = Vec::new();
    sentences_into(text, para, &mut Vec::new(), &mut out);
    out
}

/// [`sentences`] into `out` (cleared first), with `bounds` as room for the bounds, so that a
/// caller segmenting paragraph after paragraph allocates neither for each.
pub(crate) fn sentences_into(text: &str, para: Span, bounds: &mut Vec<usize>, out: &mut Vec<Span>) {
    let p = para.slice(text);
    sentence_bounds_into(p, bounds);
    out.clear();
    out.reserve(bounds.len().saturating_sub(1));
    for w in bounds.windows(2) {
        let s = &p[w[0]..w[1]];
        let start = para.start + w[0];
        let span = Span::new(start, start + s.len());
        if let Some(prev) = out.last_mut() {
            if should_join(prev.slice(text), s) {
                prev.end = span.end;
                continue;
            }
        }
        out.push(span);
    }
    // Trim whitespace on each sentence.
    for s in out.iter_mut() {
        let t = s.slice(text);
        let lead = t.len() - t.trim_start().len();
        let trail = t.len() - t.trim_end().len();
        s.start += lead;
        s.end = (s.end - trail).max(s.start);
    }
    out.retain(|s| !s.is_empty());
}

/// The UAX #29 sentence boundaries of `p` (byte offsets, `0` and `p.len()` included;
/// `[0]` for the empty text),
/// exactly those of `split_sentence_bound_indices`, at a fraction of its cost.
///
/// UAX #29 breaks a sentence only after a terminator (`.`, `!`, `?` and their kin) or a
/// paragraph separator, and decides each such break from the characters around it up to
/// the nearest letter on either side. So the text is cut at *safe points*, an ASCII
/// space right after an ASCII letter, where no rule can look across: no break falls
/// there, and a terminator's context never reaches past one. Only the stretch between the
/// safe points around each terminator is handed to unicode-segmentation; the rest of the
/// text (most of it) cannot hold a break and is skipped by a byte scan.
#[cfg(test)]
pub(crate) fn sentence_bounds(p: &str) -> Vec<usize> {
    let mut bounds = Vec::new();
    sentence_bounds_into(p, &mut bounds);
    bounds
}

/// [`sentence_bounds`] into `bounds` (cleared first).
fn sentence_bounds_into(p: &str, bounds: &mut Vec<usize>) {
    let b = p.as_bytes();
    let safe = |k: usize| k > 0 && b[k] == b' ' && b[k - 1].is_ascii_alphabetic();
    bounds.clear();
    // (a paragraph has a few sentences: room for them at once)
    bounds.reserve(8);
    bounds.push(0);
    // End of the last window handed to UAX #29 (a safe point or 0).
    let mut done = 0;
    let mut i = 0;
    // bytes that may be (or start) a terminator or separator: the others are skipped
    // by a table lookup each
    const MAYBE_HOT: [bool; 256] = {
        let mut t = [false; 256];
        let mut c = 0;
        while c < 256 {
            let b = c as u8;
            t[c] = matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r') || b >= 0xC0;
            c += 1;
        }
        t
    };
    while i < b.len() {
        // eight bytes at a time while none of them may be hot (most of any text)
        if let Some(w) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
            let hot = maybe_hot_bytes(u64::from_le_bytes(w));
            if hot == 0 {
                i += 8;
                continue;
            }
            i += (hot.trailing_zeros() / 8) as usize;
        }
        let c = b[i];
        if !MAYBE_HOT[usize::from(c)] {
            i += 1;
            continue;
        }
        let hot = if c < 0x80 {
            matches!(c, b'.' | b'!' | b'?' | b'\n' | b'\r')
        } else if c >= 0xC0 {
            // a leading byte: decode the character (`i` is on a char boundary here)
            p[i..]
                .chars()
                .next()
                .is_none_or(|ch| !cannot_end_sentence(ch))
        } else {
            false
        };
        if !hot {
            i += 1;
            continue;
        }
        // The window: from the last safe point at or before `i` (not before `done`) to
        // the first one after it (or the end of the text).
        let start = (done..=i).rev().find(|&k| safe(k)).unwrap_or(done);
        let end = (i + 1..b.len()).find(|&k| safe(k)).unwrap_or(b.len());
        let w = &b[start..end];
        match common_window(w) {
            Some(brk) => bounds.extend(brk.map(|k| start + k)),
            // (an ASCII window, the rest of them mostly: "10:30 a.m.", "U.S. officials")
            None if w.is_ascii() => ascii_sentence_breaks(w, |k| bounds.push(start + k)),
            None => bounds.extend(
                p[start..end]
                    .split_sentence_bound_indices()
                    .map(|(off, _)| start + off)
                    .filter(|&k| k > start),
            ),
        }
        done = end;
        i = end;
    }
    if bounds.last() != Some(&b.len()) {
        bounds.push(b.len());
    }
}

/// The high bit of the lowest byte of `w` (eight bytes of text, the first lowest) that is
/// one of `.`, `!`, `?`, `\n`, `\r` or a UTF-8 leading byte of two bytes or more (`0xC0` and
/// up), as `MAYBE_HOT` of [`sentence_bounds`] tells; 0 when there is none. Higher bits may be
/// set wrongly above the lowest one (a borrow of the zero-byte test), so only the lowest
/// counts.
fn maybe_hot_bytes(w: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // the high bit of each byte equal to `t`, exact up to the first such byte
    let eq = |t: u8| {
        let x = w ^ (LO * u64::from(t));
        x.wrapping_sub(LO) & !x & HI
    };
    // bytes with both of their top two bits set
    let lead = w & (w << 1) & HI;
    eq(b'.') | eq(b'!') | eq(b'?') | eq(b'\n') | eq(b'\r') | lead
}

/// UAX #29 sentence classes of the ASCII characters (Extend, Format, OLetter and Sep have
/// none).
mod sb {
    pub const OTHER: u8 = 0;
    pub const CR: u8 = 1;
    pub const LF: u8 = 2;
    pub const SP: u8 = 3;
    pub const LOWER: u8 = 4;
    pub const UPPER: u8 = 5;
    pub const NUMERIC: u8 = 6;
    pub const ATERM: u8 = 7;
    pub const STERM: u8 = 8;
    pub const CLOSE: u8 = 9;
    pub const SCONTINUE: u8 = 10;

    pub const fn class(b: u8) -> u8 {
        match b {
            b'\r' => CR,
            b'\n' => LF,
            b'\t' | 0x0B | 0x0C | b' ' => SP,
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => NUMERIC,
            b'.' => ATERM,
            b'!' | b'?' => STERM,
            b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => CLOSE,
            b',' | b'-' | b':' | b';' => SCONTINUE,
            _ => OTHER,
        }
    }
}

/// The UAX #29 sentence breaks inside the ASCII text `w` (offsets after 0 and before
/// `w.len()`, in order), as unicode-segmentation finds them, by the rules SB3 to SB11 read
/// for the ASCII classes (a test compares the two on random ASCII texts).
fn ascii_sentence_breaks(w: &[u8], mut brk: impl FnMut(usize)) {
    use sb::*;
    let class = |k: usize| w.get(k).map_or(OTHER, |&b| class(b));
    let para_sep = |c: u8| c == CR || c == LF;
    let saterm = |c: u8| c == ATERM || c == STERM;
    for i in 1..w.len() {
        let (prev, next) = (class(i - 1), class(i));
        // SB3, SB4
        if prev == CR && next == LF {
            continue;
        }
        if para_sep(prev) {
            brk(i);
            continue;
        }
        // SB6, SB7
        if prev == ATERM
            && (next == NUMERIC || next == UPPER && i >= 2 && matches!(class(i - 2), UPPER | LOWER))
        {
            continue;
        }
        // the text before the position as SATerm Close* Sp* (`sp`: with spaces after the
        // closing marks), if it is one
        let mut k = i;
        while k > 0 && class(k - 1) == SP {
            k -= 1;
        }
        let sp = k < i;
        while k > 0 && class(k - 1) == CLOSE {
            k -= 1;
        }
        let Some(term) = k.checked_sub(1).map(class).filter(|&c| saterm(c)) else {
            // SB998
            continue;
        };
        // SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
        if term == ATERM {
            let mut j = i;
            while j < w.len() && !matches!(class(j), UPPER | LOWER | CR | LF | ATERM | STERM) {
                j += 1;
            }
            if j < w.len() && class(j) == LOWER {
                continue;
            }
        }
        // SB8a
        if next == SCONTINUE || saterm(next) {
            continue;
        }
        // SB9 (no spaces yet), SB10
        if (!sp && next == CLOSE) || next == SP || para_sep(next) {
            continue;
        }
        // SB11
        brk(i);
    }
}

/// The break inside a window of [`sentence_bounds`] of one of the two commonest shapes,
/// worked out by hand: ` word. Next` (`.`, `!` or `?`, ASCII spaces, a capitalised ASCII
/// word; UAX #29 breaks before `Next`, by its rule SB11) and ` word.` ending the text (no
/// break). `None` for any other shape, which is left to unicode-segmentation.
fn common_window(w: &[u8]) -> Option<Option<usize>> {
    let run = |from: usize, f: fn(&u8) -> bool| w[from..].iter().take_while(|&c| f(c)).count();
    let i = usize::from(w.first() == Some(&b' '));
    let j = i + run(i, u8::is_ascii_alphabetic);
    if j == i || !matches!(w.get(j), Some(b'.' | b'!' | b'?')) {
        return None;
    }
    // closing quotes after the stop (UAX #29's Close: ” ’ " '), as in `said.” Next`
    let mut q = j + 1;
    loop {
        if matches!(w.get(q), Some(b'"' | b'\'')) {
            q += 1;
        } else if w[q.min(w.len())..].starts_with("”".as_bytes())
            || w[q.min(w.len())..].starts_with("’".as_bytes())
        {
            q += 3;
        } else {
            break;
        }
    }
    // a window ends at the text's end or after a letter: a stop at its end ends the text
    if q == w.len() {
        return Some(None);
    }
    let k = q + run(q, |&c| c == b' ');
    // an opening quote before the next word (` word. “Next`): a Close, which UAX #29 skips
    // like the spaces, so the break stays before it (SB11)
    let m = if w[k.min(w.len())..].starts_with("“".as_bytes()) {
        k + 3
    } else if w.get(k) == Some(&b'"') {
        k + 1
    } else {
        k
    };
    // the next word: a capital, then letters and apostrophes (Trump’s), no terminator
    let next_word_ok =
        k > q && w.get(m).is_some_and(u8::is_ascii_uppercase) && word_to_end(&w[m + 1..]);
    next_word_ok.then_some(Some(k))
}

/// Whether `w` is all ASCII letters and apostrophes (' and ’): the rest of a word with no
/// character that can end a sentence.
fn word_to_end(w: &[u8]) -> bool {
    let mut i = 0;
    while i < w.len() {
        if w[i].is_ascii_alphabetic() || w[i] == b'\'' {
            i += 1;
        } else if w[i..].starts_with("’".as_bytes()) {
            i += 3;
        } else {
            return false;
        }
    }
    true
}

/// Characters that are none of UAX #29's sentence terminators (STerm, ATerm) or
/// separators (Sep, CR, LF): Latin letters and signs, dashes, curly quotes, bullets,
/// currency signs, CJK brackets and quote marks (「 」 『 』 〝 〞). A test checks every one
/// against unicode-segmentation.
fn cannot_end_sentence(c: char) -> bool {
    matches!(
        c,
        '\u{A0}'..='\u{24F}'
            | '\u{2010}'..='\u{2023}'
            | '\u{2025}'..='\u{2027}'
            | '\u{202A}'..='\u{203B}'
            | '\u{20A0}'..='\u{20CF}'
            | '\u{3008}'..='\u{301F}'
    )
}

fn should_join(prev: &str, next: &str) -> bool {
    let prev_t = prev.trim_end();
    let next_t = next.trim_start();
    let Some(first) = next_t.chars().next() else {
        return true;
    };
    if first.is_lowercase() || first.is_ascii_digit() && prev_t.ends_with("No.") {
        return true;
    }
    if !prev_t.ends_with('.') {
        return false;
    }
    let last_word = prev_t
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    if !is_abbreviation(last_word) {
        return false;
    }
    // "in the U.S. The next day": an initialism at a real sentence end. Keep the break
    // when the initialism has several letters and the next word starts a clause; titles
    // (Mr., Gov.) and single initials always join.
    let core = last_word.trim_end_matches('.');
    if core.contains('.') {
        let next_word: String = next_t.chars().take_while(|c| c.is_alphabetic()).collect();
        return !SENTENCE_STARTERS.contains(&next_word.as_str());
    }
    true
}

/// Words that almost always begin a sentence; after "U.S." they mean the stop was a
/// sentence end.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "But",
    "And",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "On",
    "At",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "For",
    "So",
    "Yet",
    "Still",
    "Meanwhile",
    "However",
];

/// Words of `span` in `text`: maximal runs of letters, digits and in-word marks
/// (apostrophes, hyphens, dots between letters), plus each other non-space character as a
/// one-character token. ASCII runs take a byte fast path.
pub fn words(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    each_word(text, span, |w| out.push(w));
    out
}

/// Calls `f` with each of the [`words`] of `span`, in order, without collecting them.
pub(crate) fn each_word(text: &str, span: Span, mut f: impl FnMut(Span)) {
    each_word_ascii(text, span, |w, _, _, _| f(w));
}

/// The char at byte `i` of `s` (a char boundary) and its length, ASCII without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let &b = s.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// `char::is_alphanumeric`, answered without std's table search for the characters news
/// text holds between words: ASCII, Latin-1 and Latin Extended (guillemets, accented
/// letters) and the CJK quote brackets from a small bit table filled once from std, and
/// the General Punctuation block (curly quotes, dashes, ellipses), none of which is a
/// letter or digit. Tested against std for every character up to U+3100.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    const LATIN_END: u32 = 0x250;
    const CJK_PUNCT: u32 = 0x3000;
    static TABLE: std::sync::OnceLock<[u64; 11]> = std::sync::OnceLock::new();
    let k = c as u32;
    if k < 0x80 {
        return c.is_ascii_alphanumeric();
    }
    if (0x2000..=0x206F).contains(&k) {
        return false;
    }
    // bits 0..0x250: U+0000..U+024F; bits 0x280..0x2C0: U+3000..U+303F
    let bit = if k < LATIN_END {
        k
    } else if (CJK_PUNCT..CJK_PUNCT + 0x40).contains(&k) {
        k - CJK_PUNCT + 0x280
    } else {
        return c.is_alphanumeric();
    };
    let table = TABLE.get_or_init(|| {
        let mut t = [0u64; 11];
        let chars = (0x80..LATIN_END).chain(CJK_PUNCT..CJK_PUNCT + 0x40);
        for k in chars {
            let Some(c) = char::from_u32(k) else {
                continue;
            };
            let bit = if k < LATIN_END {
                k
            } else {
                k - CJK_PUNCT + 0x280
            } as usize;
            if c.is_alphanumeric() {
                t[bit / 64] |= 1 << (bit % 64);
            }
        }
        t
    });
    let bit = bit as usize;
    table
        .get(bit / 64)
        .is_some_and(|w| w & (1 << (bit % 64)) != 0)
}

/// `char::is_uppercase`, answered at once for the General Punctuation block, Latin-1
/// punctuation (« ») and CJK punctuation (「 」), which hold no uppercase letter (tested).
#[inline]
pub(crate) fn is_uppercase(c: char) -> bool {
    !matches!(c, '\u{2000}'..='\u{206F}' | '\u{00A0}'..='\u{00BF}' | '\u{3000}'..='\u{303F}')
        && c.is_uppercase()
}

/// Whether `s` holds a whitespace character (`char::is_whitespace`), by its bytes: the
/// ASCII ones, and the few UTF-8 sequences of the others (U+0085, U+00A0, U+1680,
/// U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), with no character decoded
/// (tested against std for every character).
pub(crate) fn has_whitespace(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    // (`i` steps from character to character: the length of each is told by its first
    // byte, the text being UTF-8)
    while let Some(&c) = b.get(i) {
        let (hit, len) = match c {
            0x09..=0x0D | b' ' => (true, 1),
            0..=0x7F => (false, 1),
            0xC2 => (matches!(b.get(i + 1), Some(0x85 | 0xA0)), 2),
            0xC0..=0xDF => (false, 2),
            0xE1 => (b.get(i + 1..i + 3) == Some(&[0x9A, 0x80]), 3),
            0xE2 => (
                matches!(
                    (b.get(i + 1), b.get(i + 2)),
                    (Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)) | (Some(0x81), Some(0x9F))
                ),
                3,
            ),
            0xE3 => (b.get(i + 1..i + 3) == Some(&[0x80, 0x80]), 3),
            0xE0..=0xEF => (false, 3),
            _ => (false, 4),
        };
        if hit {
            return true;
        }
        i += len;
    }
    false
}

/// Classes of bytes for [`each_word_ascii`]'s ASCII fast paths.
const OTHER: u8 = 0;
const SPACE: u8 = 1;
const LETTER_OR_DIGIT: u8 = 2;
const PUNCT: u8 = 3;
/// Each byte's class: ASCII whitespace as `char::is_whitespace` tells it (with the
/// vertical tab), ASCII letters and digits, other ASCII characters, and `OTHER` for the
/// bytes of non-ASCII characters.
const ASCII_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
            SPACE
        } else if b.is_ascii_alphanumeric() {
            LETTER_OR_DIGIT
        } else {
            PUNCT
        };
        c += 1;
    }
    t
};

/// The end of the word of `s` that starts at `start` and runs at least to `i` (a char
/// boundary after its first character), and whether it is all ASCII (`ascii`: so far).
fn word_tail(s: &str, start: usize, mut i: usize, mut ascii: bool) -> (usize, bool) {
    let b = s.as_bytes();
    while i < b.len() {
        // ASCII letters and digits, the bulk of any word, without decoding
        if ASCII_CLASS[usize::from(b[i])] == LETTER_OR_DIGIT {
            i += 1;
            continue;
        }
        let Some((c2, c2_len)) = char_at(s, i) else {
            break;
        };
        if is_alphanumeric(c2) {
            ascii &= c2_len == 1;
            i += c2_len;
            continue;
        }
        // in-word joiners: followed by a letter or digit
        if matches!(c2, '\'' | '’' | '-' | '.' | '‐' | ',') {
            let after = char_at(s, i + c2_len).map(|(a, _)| a);
            let ok = match c2 {
                ',' => {
                    // 80,000 but not "said,"
                    s[start..i].bytes().all(|x| x.is_ascii_digit())
                        && after.is_some_and(|a| a.is_ascii_digit())
                }
                '.' => after.is_some_and(is_alphanumeric),
                _ => after.is_some_and(is_alphanumeric),
            };
            if ok {
                ascii &= c2_len == 1;
                i += c2_len;
                continue;
            }
            // keep the final dot of an initialism (U.S.), an initial (J.) or a
            // title (Mr., Gov.) with the word
            if c2 == '.' && (s[start..i].contains('.') || is_abbreviation(&s[start..i])) {
                i += 1;
            }
        }
        break;
    }
    (i, ascii)
}

/// The high bit of every byte of `w` (eight bytes of text) that is no ASCII letter or
/// digit; 0 when all eight are. Exact for every byte: the sums below are taken on the low
/// seven bits of each byte, which cannot carry into the next one.
#[inline]
fn not_ascii_alphanumeric(w: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let low = w & !HI;
    // a byte `x` (below 0x80) is at least `t` when `x + (0x80 - t)` has its high bit set
    let at_least = |x: u64, t: u64| (x + LO * (0x80 - t)) & HI;
    let folded = low | (LO * 0x20);
    let letter = at_least(folded, 0x61) & !at_least(folded, 0x7B);
    let digit = at_least(low, 0x30) & !at_least(low, 0x3A);
    (!(letter | digit) | w) & HI
}

/// [`each_word`], also telling `f` whether the word is all ASCII (known from the scan, so
/// the caller need not look at the word's bytes again).
///
/// `f` also gets the word's first character and whether that is a letter or digit (known
/// from the scan as well).
pub(crate) fn each_word_ascii(text: &str, span: Span, mut f: impl FnMut(Span, bool, char, bool)) {
    let s = span.slice(text);
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        // each pass either skips whitespace or finds one word `start..end` (one call of `f`,
        // so that it can be inlined here)
        let start = i;
        let mut first = (char::from(c), true);
        let (end, ascii) = match ASCII_CLASS[usize::from(c)] {
            SPACE => {
                i += 1;
                continue;
            }
            LETTER_OR_DIGIT => {
                // an ASCII word start: the run of ASCII letters and digits at once, eight
                // bytes at a time while eight are left
                i += 1;
                loop {
                    let Some(w) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) else {
                        while i < b.len() && ASCII_CLASS[usize::from(b[i])] == LETTER_OR_DIGIT {
                            i += 1;
                        }
                        break;
                    };
                    let other = not_ascii_alphanumeric(u64::from_le_bytes(w));
                    if other == 0 {
                        i += 8;
                        continue;
                    }
                    i += (other.trailing_zeros() / 8) as usize;
                    break;
                }
                match b.get(i) {
                    // the word ends at the text's end or at an ASCII byte that is no letter,
                    // digit or in-word joiner (' - . ,), as `word_tail` would find at once
                    None => (i, true),
                    Some(&c) if c.is_ascii() && !matches!(c, b'\'' | b'-' | b'.' | b',') => {
                        (i, true)
                    }
                    _ => word_tail(s, start, i, true),
                }
            }
            PUNCT => {
                first.1 = false;
                (i + 1, true)
            }
            _ => {
                let Some((ch, ch_len)) = char_at(s, i) else {
                    break;
                };
                if ch.is_whitespace() {
                    i += ch_len;
                    continue;
                }
                first = (ch, is_alphanumeric(ch));
                if first.1 {
                    word_tail(s, start, i + ch_len, ch_len == 1)
                } else {
                    (i + ch_len, ch_len == 1)
                }
            }
        };
        f(
            Span::new(span.start + start, span.start + end),
            ascii,
            first.0,
            first.1,
        );
        i = end;
    }
}

/// An English day or month name, lowercase ("tuesday", "december", "sept").
pub(crate) fn is_time_word(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        let para = Span::new(0, t.len());
        sentences(t, para).into_iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn paragraphs_split_on_any_newline() {
        let t = "One.\n\nTwo.\nThree.\r\n  \r\nFour.";
        let p: Vec<&str> = paragraphs(t).into_iter().map(|s| s.slice(t)).collect();
        assert_eq!(p, ["One.", "Two.", "Three.", "Four."]);
        // the Unicode separators, among curly quotes that share their first byte
        let t = "“One.”\u{2028}Two – three.\u{2029}‘Four’";
        let p: Vec<&str> = paragraphs(t).into_iter().map(|s| s.slice(t)).collect();
        assert_eq!(p, ["“One.”", "Two – three.", "‘Four’"]);
    }

    #[test]
    fn sentence_repairs() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Mr. Smith went home. He slept.",
                &["Mr. Smith went home.", "He slept."],
            ),
            (
                "Gov. Ada Reyes spoke on Jan. 5 in Ohio.",
                &["Gov. Ada Reyes spoke on Jan. 5 in Ohio."],
            ),
            (
                "J. R. Smith won. Then he left.",
                &["J. R. Smith won.", "Then he left."],
            ),
            (
                "U.S. officials met. It rained.",
                &["U.S. officials met.", "It rained."],
            ),
            (
                "He moved to the U.S. The next year he won.",
                &["He moved to the U.S.", "The next year he won."],
            ),
            (
                "Rates rose 3.5 percent. Stocks fell.",
                &["Rates rose 3.5 percent.", "Stocks fell."],
            ),
            ("“It is over.” She left.", &["“It is over.”", "She left."]),
            (
                "Wait … what happened next was odd.",
                &["Wait … what happened next was odd."],
            ),
        ];
        for (input, want) in cases {
            assert_eq!(sents(input), *want, "input: {input}");
        }
    }

    /// The reference: every boundary of unicode-segmentation, and the text's end.
    fn uax29_bounds(p: &str) -> Vec<usize> {
        let mut v: Vec<usize> = p.split_sentence_bound_indices().map(|(k, _)| k).collect();
        if v.first() != Some(&0) {
            v.insert(0, 0);
        }
        if !p.is_empty() {
            v.push(p.len());
        }
        v
    }

    #[test]
    fn characters_that_cannot_end_a_sentence_are_neither_terminators_nor_separators() {
        for c in (0xA0..0x2100)
            .chain(0x3000..0x3040)
            .filter_map(char::from_u32)
        {
            if cannot_end_sentence(c) {
                let t = format!("a{c} B");
                assert_eq!(uax29_bounds(&t).len(), 2, "{c:?} ends a sentence");
            }
        }
    }

    #[test]
    fn sentence_bounds_match_uax29() {
        let cases = [
            "",
            " ",
            ".",
            "Mr. Smith went home. He slept.",
            "He said “No.” Then: “Yes!” And? Fine… Ok.",
            "U.S. officials met.  It rained. (So it did.) ‘Quite.’ 3.5 percent.",
            "a. b. C. d.E. f ... g?! H",
            "end with space. ",
            "word.\u{85}next word\u{2028}more. x",
            "é. É. ü? Ü! ‘a.’ «b.» „c.“ — d. ‼ E ⁇ f",
            "Ab. Cd.\u{301} Ef. gh.\u{200d} Ij",
            "1. 2. 3.5. A.B.C. x.y",
            "He left. She stayed. Really? Yes! No.",
            "end.  Two spaces. and lowercase. X. Y",
            "a. B c. D7 e. F-g h. I’m j.",
            "He said no.” Then she left. “Why?” Asked. ‘Yes.’ Fine.\" Ok.' Go",
            "no.”” Two. Three.’ ’ four. end.”",
            "a.'\"’” B c!” d e?” F",
            "He left. “Why?” She said. Trump’s men. O'Neil came. “Ab’c’ d. \"Ef x. “",
            "a. “B’ c. \"D' e. “”F g. “ H i.  “J",
        ];
        for t in cases {
            assert_eq!(sentence_bounds(t), uax29_bounds(t), "text: {t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn sentence_bounds_match_uax29_on_any_text(
            t in "([a-cA-C0-9 .!?,;:()\"'“”‘’«»„—\u{a0}\u{85}\u{301}\u{200d}\u{2024}。「」『』]|ab|Ab|  ){0,40}"
        ) {
            proptest::prop_assert_eq!(sentence_bounds(&t), uax29_bounds(&t));
        }

        /// The ASCII sentence breaks are UAX #29's.
        #[test]
        fn ascii_sentence_breaks_match_uax29(
            t in "([a-cA-C0-9 .!?,;:()\"'\\[\\]{}#\t\r\n-]|ab|Ab|a\\.m\\.|U\\.S\\.|  ){0,40}"
        ) {
            let mut got = vec![0];
            ascii_sentence_breaks(t.as_bytes(), |k| got.push(k));
            if !t.is_empty() {
                got.push(t.len());
            }
            proptest::prop_assert_eq!(got, uax29_bounds(&t));
        }

        /// The shapes `common_window` answers itself: words, stops, closing quotes, spaces.
        #[test]
        fn sentence_bounds_match_uax29_around_closing_quotes(
            t in "([aAbB]{1,3}|[.!?]|[”’\"'“]| |  |,|1|b’s|A’b|“A|\"B){0,30}"
        ) {
            proptest::prop_assert_eq!(sentence_bounds(&t), uax29_bounds(&t));
        }
    }

    /// The words as found before the end-of-word fast path: `word_tail` after every ASCII
    /// run.
    fn words_by_word_tail(s: &str) -> Vec<(usize, usize, bool)> {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let start = i;
            let (end, ascii) = match ASCII_CLASS[usize::from(b[i])] {
                SPACE => {
                    i += 1;
                    continue;
                }
                LETTER_OR_DIGIT => {
                    i += 1;
                    while i < b.len() && ASCII_CLASS[usize::from(b[i])] == LETTER_OR_DIGIT {
                        i += 1;
                    }
                    word_tail(s, start, i, true)
                }
                PUNCT => (i + 1, true),
                _ => {
                    let Some((ch, ch_len)) = char_at(s, i) else {
                        break;
                    };
                    if ch.is_whitespace() {
                        i += ch_len;
                        continue;
                    }
                    if is_alphanumeric(ch) {
                        word_tail(s, start, i + ch_len, ch_len == 1)
                    } else {
                        (i + ch_len, ch_len == 1)
                    }
                }
            };
            out.push((start, end, ascii));
            i = end;
        }
        out
    }

    proptest::proptest! {
        /// The end-of-word fast path finds the words `word_tail` found.
        #[test]
        fn word_ends_match_word_tail(
            t in "([a-cA-C0-9 .,;:!?()'’\"“”\u{2010}é-]|ab|Mr|U|S|  ){0,40}"
        ) {
            let mut got = Vec::new();
            each_word_ascii(&t, Span::new(0, t.len()), |w, ascii, _, _| got.push((w.start, w.end, ascii)));
            proptest::prop_assert_eq!(got, words_by_word_tail(&t));
        }
    }

    proptest::proptest! {
        /// The lowest byte `maybe_hot_bytes` marks is the first byte the byte-at-a-time
        /// test marks.
        #[test]
        fn maybe_hot_bytes_finds_the_first_hot_byte(
            w in proptest::collection::vec(proptest::sample::select(
                vec![b'a', b' ', b'.', b'!', b'?', b'\n', b'\r', 0x80, 0xBF, 0xC0, 0xE2, 0xFF, 0x00, 0x2D, 0x2F]), 8)
        ) {
            let first = w.iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r') || b >= 0xC0);
            let word = u64::from_le_bytes(<[u8; 8]>::try_from(w.as_slice()).expect("eight bytes"));
            let hot = maybe_hot_bytes(word);
            let found = (hot != 0).then(|| (hot.trailing_zeros() / 8) as usize);
            proptest::prop_assert_eq!(found, first);
        }
    }

    #[test]
    fn eight_byte_alphanumeric_test_is_the_byte_test() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut w = [b'a'; 8];
                w[pos] = b;
                let m = not_ascii_alphanumeric(u64::from_le_bytes(w));
                let want = if b.is_ascii_alphanumeric() {
                    0
                } else {
                    0x80u64 << (8 * pos)
                };
                assert_eq!(m, want, "byte {b:#x} at {pos}");
            }
        }
    }

    #[test]
    fn general_punctuation_fast_paths_agree_with_char_methods() {
        for c in ('\u{0}'..='\u{3100}').chain(['a', 'Z', '1', 'é', 'É', '“', '’', '中', '😀'])
        {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
        }
        for c in char::MIN..=char::MAX {
            let one = c.to_string();
            assert_eq!(has_whitespace(&one), c.is_whitespace(), "{c:?}");
            let three = format!("a{c}“");
            assert_eq!(has_whitespace(&three), c.is_whitespace(), "{c:?}");
        }
        // and every character of the block is its own lowercase (attribute.rs relies on it)
        for c in ('\u{2000}'..='\u{206F}')
            .chain('\u{00A0}'..='\u{00BF}')
            .chain('\u{3000}'..='\u{303F}')
        {
            assert!(c.to_lowercase().eq([c]), "{c:?}");
        }
    }

    #[test]
    fn ascii_classes_agree_with_char_methods() {
        for b in 0u8..128 {
            let c = char::from(b);
            let class = ASCII_CLASS[usize::from(b)];
            assert_eq!(class == SPACE, c.is_whitespace(), "{b:#x}");
            assert_eq!(class == LETTER_OR_DIGIT, c.is_alphanumeric(), "{b:#x}");
            assert_eq!(class == PUNCT, !c.is_whitespace() && !c.is_alphanumeric());
        }
        assert!((128..256).all(|b| ASCII_CLASS[b] == OTHER));
    }

    #[test]
    fn words_keep_numbers_and_contractions() {
        let t = "Canada’s 80,000 U.S. don't, said.";
        let w: Vec<&str> = words(t, Span::new(0, t.len()))
            .into_iter()
            .map(|s| s.slice(t))
            .collect();
        assert_eq!(w, ["Canada’s", "80,000", "U.S.", "don't", ",", "said", "."]);
    }
}
