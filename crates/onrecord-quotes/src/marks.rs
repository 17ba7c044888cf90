//! Finding quote marks and pairing them into quotations.
//!
//! Design notes. Marks are found by a byte scan (every mark but the two straight ones
//! starts with 0xC2, 0xE2 or 0xE3 in UTF-8, so the text between marks is skipped by
//! memchr3 searches). Each mark's role (opening, closing, apostrophe) is decided from its
//! neighbours, the way Markdown decides emphasis flanking, and from the marks already
//! open: a German „ is closed by “, a French « by », a German » by «. Pairing is a bounded
//! stack per paragraph, so an unbalanced mark never reaches past its paragraph, and
//! adversarial input (a megabyte of marks) stays linear. A paragraph whose outer quote is
//! left open and whose successor begins with an opening mark continues the quote
//! (multi-paragraph quotes).

use crate::span::Span;
use crate::text;

/// Families of marks that close each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// “ ” „ and straight " (leniently mixed).
    Double,
    /// ‘ ’ ‚ and straight '.
    Single,
    /// « » (either direction).
    Guillemet,
    /// ‹ › (either direction).
    SingleGuillemet,
    /// 「 」 and 『 』.
    Corner,
    /// '' used as a double mark (typewriter style).
    TwoApostrophes,
}

impl Family {
    /// Whether a quote of this family can be the outer quote of a multi-paragraph run.
    fn is_outer(self) -> bool {
        !matches!(self, Family::Single | Family::SingleGuillemet)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    pos: usize,
    len: usize,
    fam: Family,
    /// Which glyph opened (for « vs » direction and „ vs “).
    glyph: char,
}

/// A pair of marks (or an opening mark recovered at its paragraph's end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawQuote {
    /// Opening mark to closing mark inclusive.
    pub span: Span,
    /// Between the marks.
    pub content: Span,
    /// Paragraph index.
    pub paragraph: usize,
    /// Number of quotes enclosing this one.
    pub depth: usize,
    /// The mark family.
    pub family: Family,
    /// Whether a closing mark was found (otherwise the quote ends with its paragraph).
    pub closed: bool,
    /// Whether this segment continues a quote left open in the paragraph before.
    pub continues_prev: bool,
}

const MAX_DEPTH: usize = 16;

fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '—'
            | '–'
            | '-'
            | '/'
            | ':'
            | '«'
            | '»'
            | '“'
            | '„'
            | '‘'
            | '‚'
            | '"'
            | '‹'
            | '›'
            | '「'
            | '『'
    )
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

/// Can this mark open? (something follows, and it is preceded by space, start or an
/// opening punctuation)
fn left_flanking(prev: Option<char>, next: Option<char>) -> bool {
    !is_space(next) && (is_space(prev) || prev.is_some_and(is_open_punct))
}

/// Can this mark close? (something precedes, and it is followed by space, end or
/// punctuation)
fn right_flanking(prev: Option<char>, next: Option<char>) -> bool {
    !is_space(prev)
        && (is_space(next) || next.is_some_and(|c| !text::is_alphanumeric(c) && c != '\''))
}

/// Finds the quotations of one document, given its paragraphs.
pub(crate) fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<RawQuote> {
    let mut out = Vec::new();
    // An outer quote left open at the end of the previous paragraph.
    let mut carry: Option<(Family, char)> = None;
    // (mark, index into out reserved): one buffer for all the paragraphs
    let mut stack: Vec<(Mark, usize)> = Vec::new();
    let mut marks: Vec<Mark> = Vec::new();
    for (pi, &para) in paragraphs.iter().enumerate() {
        scan_paragraph(text, para, &mut marks);
        let start_len = out.len();
        stack.clear();
        let mut first_opener_continues = false;
        if let Some((fam, _)) = carry.take() {
            // The paragraph must begin with an opening mark of the same family.
            if let Some(m) = marks.first() {
                if m.pos == para.start && compatible_open(fam, m.fam) {
                    first_opener_continues = true;
                }
            }
        }
        for &m in &marks {
            let prev = text[..m.pos]
                .chars()
                .next_back()
                .filter(|_| m.pos > para.start);
            let next = text[m.pos + m.len..para.end].chars().next();
            let Some(role) = role_of(text, para, m, prev, next, &stack) else {
                continue;
            };
            match role {
                Role::Open => {
                    if stack.len() >= MAX_DEPTH {
                        continue;
                    }
                    stack.push((m, 0));
                }
                Role::Close => {
                    let Some(j) = stack.iter().rposition(|(o, _)| closes(o, &m)) else {
                        continue;
                    };
                    let (o, _) = stack[j];
                    stack.truncate(j);
                    let continues = first_opener_continues && o.pos == para.start;
                    out.push(RawQuote {
                        span: Span::new(o.pos, m.pos + m.len),
                        content: Span::new(o.pos + o.len, m.pos),
                        paragraph: pi,
                        depth: j,
                        family: o.fam,
                        closed: true,
                        continues_prev: continues,
                    });
                }
            }
        }
        // Unclosed openers: the outermost may run on into the next paragraph, or be
        // recovered as ending with this paragraph when it opened the paragraph.
        if let Some(&(o, _)) = stack.first() {
            let next_para = paragraphs.get(pi + 1);
            let next_opens = next_para.is_some_and(|np| {
                let first = np.slice(text).chars().next();
                first.is_some_and(|c| {
                    opener_glyph_family(c).is_some_and(|f| compatible_open(o.fam, f))
                })
            });
            let at_start = o.pos == para.start
                || text[para.start..o.pos]
                    .trim_end()
                    .ends_with([':', '—', '–']);
            // A closed quote of the opener's own family after it means the opener was
            // stray (nested quotes alternate families): it ends before that quote, so
            // it cannot swallow the rest of the paragraph's quotes, and does not run on.
            let cut = out[start_len..]
                .iter()
                .filter(|q| q.closed && q.family == o.fam && q.span.start > o.pos)
                .map(|q| q.span.start)
                .min()
                // and before any quote around that point, so that nothing crosses it
                .map(|c| {
                    out[start_len..]
                        .iter()
                        .filter(|q| q.span.start > o.pos && q.span.start < c && q.span.end > c)
                        .map(|q| q.span.start)
                        .min()
                        .unwrap_or(c)
                });
            if let Some(cut) = cut {
                let body = o.pos + o.len;
                let end = body + text[body..cut].trim_end().len();
                if o.fam.is_outer() && at_start && end > body {
                    out.push(RawQuote {
                        span: Span::new(o.pos, end),
                        content: Span::new(body, end),
                        paragraph: pi,
                        depth: 0,
                        family: o.fam,
                        closed: false,
                        continues_prev: first_opener_continues && o.pos == para.start,
                    });
                }
            } else if o.fam.is_outer() && (next_opens || at_start) {
                let continues = first_opener_continues && o.pos == para.start;
                out.push(RawQuote {
                    span: Span::new(o.pos, para.end),
                    content: Span::new(o.pos + o.len, para.end),
                    paragraph: pi,
                    depth: 0,
                    family: o.fam,
                    closed: false,
                    continues_prev: continues,
                });
                if next_opens {
                    carry = Some((o.fam, o.glyph));
                }
            }
        }
        sort_by_position(&mut out, start_len);
        // Recompute depth by containment (pairs found inner-first). Sorted by start (outer
        // first), the quotes enclosing one are exactly those left on a stack of spans
        // still open at its start: linear, where counting containers pairwise was
        // quadratic in the quotes of a paragraph.
        let mut open: Vec<Span> = Vec::new();
        for q in &mut out[start_len..] {
            while open.last().is_some_and(|o| !o.contains(q.span)) {
                open.pop();
            }
            q.depth = open.len();
            open.push(q.span);
        }
    }
    out
}

/// Sorts `qs[from..]` by start, the longer first at the same start, keeping the order of
/// equal ones: what a stable sort by that key gives, but with the small keys sorted and each
/// quote moved once (a paragraph of thousands of marks holds thousands of quotes).
fn sort_by_position(qs: &mut Vec<RawQuote>, from: usize) {
    let key = |q: &RawQuote| (q.span.start, std::cmp::Reverse(q.span.end));
    let Some(part) = qs.get(from..) else {
        return;
    };
    if part.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    // One integer per quote: start, then end reversed, then the index (which breaks ties,
    // so equal keys keep their order), 32 bits each: compared at once. (A text of 4 GiB or
    // more, or as many quotes, takes the tuples.)
    let order: Vec<usize> = if part.iter().all(|q| q.span.end <= u32::MAX as usize)
        && part.len() <= u32::MAX as usize
    {
        let mut keys: Vec<u128> = part
            .iter()
            .enumerate()
            .map(|(k, q)| {
                (q.span.start as u128) << 64
                    | (u128::from(u32::MAX) - q.span.end as u128) << 32
                    | k as u128
            })
            .collect();
        keys.sort_unstable();
        keys.iter().map(|&x| (x & 0xFFFF_FFFF) as usize).collect()
    } else {
        let mut keys: Vec<(usize, std::cmp::Reverse<usize>, usize)> = part
            .iter()
            .enumerate()
            .map(|(k, q)| (q.span.start, std::cmp::Reverse(q.span.end), k))
            .collect();
        keys.sort_unstable();
        keys.iter().map(|&(_, _, k)| k).collect()
    };
    let sorted: Vec<RawQuote> = order.iter().map(|&k| part[k].clone()).collect();
    qs.truncate(from);
    qs.extend(sorted);
}

fn opener_glyph_family(c: char) -> Option<Family> {
    Some(match c {
        '“' | '„' | '"' | '”' => Family::Double,
        '‘' | '‚' => Family::Single,
        '«' | '»' => Family::Guillemet,
        '‹' | '›' => Family::SingleGuillemet,
        '「' | '『' => Family::Corner,
        '\'' => Family::TwoApostrophes,
        _ => return None,
    })
}

fn compatible_open(a: Family, b: Family) -> bool {
    a == b
}

/// Whether closing mark `c` closes opener `o`.
fn closes(o: &Mark, c: &Mark) -> bool {
    if o.fam != c.fam {
        return false;
    }
    match o.fam {
        Family::Guillemet | Family::SingleGuillemet => o.glyph != c.glyph,
        _ => true,
    }
}

fn role_of(
    text: &str,
    para: Span,
    m: Mark,
    prev: Option<char>,
    next: Option<char>,
    stack: &[(Mark, usize)],
) -> Option<Role> {
    let open_of = |f: Family| stack.iter().any(|(o, _)| o.fam == f);
    let top_glyph = |g: char| stack.iter().rev().any(|(o, _)| o.glyph == g);
    let lf = left_flanking(prev, next);
    let rf = right_flanking(prev, next);
    let alnum = |c: Option<char>| c.is_some_and(text::is_alphanumeric);
    match m.glyph {
        '“' => {
            // closes a German „ … “; otherwise opens (or closes sloppy “…“ when clearly
            // right-flanking after an open “).
            let closes_open =
                open_of(Family::Double) && ((rf && !lf) || (is_space(next) && !is_space(prev)));
            if top_glyph('„') || closes_open {
                Some(Role::Close)
            } else {
                Some(Role::Open)
            }
        }
        '”' => {
            if lf && !rf && !open_of(Family::Double) {
                Some(Role::Open)
            } else {
                Some(Role::Close)
            }
        }
        '„' | '‚' | '「' | '『' => (!is_space(next)).then_some(Role::Open),
        '」' | '』' => Some(Role::Close),
        '‘' => {
            if top_glyph('‚') {
                Some(Role::Close)
            } else if alnum(prev) && alnum(next) {
                None
            } else {
                Some(Role::Open)
            }
        }
        '’' => apostrophe_or_close(text, para, m, prev, next, open_of(Family::Single)),
        '«' | '‹' => {
            let other = if m.glyph == '«' { '»' } else { '›' };
            if top_glyph(other) {
                Some(Role::Close)
            } else if is_space(next) && is_space(prev) && !next_is_text_after_space(text, m) {
                None
            } else {
                Some(Role::Open)
            }
        }
        '»' | '›' => {
            let other = if m.glyph == '»' { '«' } else { '‹' };
            if top_glyph(other) {
                Some(Role::Close)
            } else if lf && !rf {
                Some(Role::Open)
            } else {
                None
            }
        }
        '"' => {
            let open = open_of(Family::Double);
            if lf && !rf {
                Some(Role::Open)
            } else if rf && !lf {
                open.then_some(Role::Close)
            } else if open {
                Some(Role::Close)
            } else if !is_space(next) || is_space(prev) {
                // `said, " we were` : an opener typed with a space after it
                Some(Role::Open)
            } else {
                None
            }
        }
        '\'' if m.len == 2 => {
            // '' as a double mark
            let open = open_of(Family::TwoApostrophes);
            if lf && !rf {
                Some(Role::Open)
            } else if open {
                Some(Role::Close)
            } else {
                None
            }
        }
        '\'' => apostrophe_or_close(text, para, m, prev, next, open_of(Family::Single)),
        _ => None,
    }
}

/// French « text » has a space inside the marks: an opening « is followed by a space and
/// then text.
fn next_is_text_after_space(text: &str, m: Mark) -> bool {
    let rest = &text[m.pos + m.len..];
    let mut it = rest.chars();
    matches!(it.next(), Some(' ' | '\u{a0}' | '\u{202f}'))
        && it.next().is_some_and(text::is_alphanumeric)
}

/// ’ and ' : an apostrophe (don't, Canada’s, ’90s, rock ’n’ roll, Americans’) unless it
/// closes an open single quote, or opens one (straight ' before a word).
fn apostrophe_or_close(
    text: &str,
    para: Span,
    m: Mark,
    prev: Option<char>,
    next: Option<char>,
    single_open: bool,
) -> Option<Role> {
    let alnum = |c: Option<char>| c.is_some_and(text::is_alphanumeric);
    if alnum(prev) && alnum(next) {
        return None; // don't, Canada’s
    }
    if is_space(prev) || prev.is_some_and(is_open_punct) {
        // ’90s, ’em, ’n’: elision. A straight ' before a word may open a quote.
        if m.glyph == '\'' && alnum(next) && !next.is_some_and(|c| c.is_ascii_digit()) {
            let rest = &text[m.pos + 1..para.end];
            let word: String = rest
                .chars()
                .take_while(|c| text::is_alphanumeric(*c))
                .collect();
            let after = rest[word.len()..].chars().next();
            let elision = matches!(word.as_str(), "em" | "n" | "til" | "cause" | "tis" | "twas")
                && (after == Some('\'') || is_space(after));
            if !elision {
                return Some(Role::Open);
            }
        }
        return None;
    }
    // After a letter or punctuation, before space/punctuation/end.
    if !single_open {
        return None; // Americans’ (plural possessive)
    }
    // rock ’n’ roll: the second mark of ’n’
    let before = &text[para.start..m.pos];
    let mut back = before.chars().rev();
    if let (Some(n), Some(a), sp) = (back.next(), back.next(), back.next()) {
        if (n == 'n' || n == 'N') && (a == '’' || a == '\'') && is_space(sp) {
            return None;
        }
    }
    Some(Role::Close)
}

/// The first position at or after `from` (and before `end`) of a byte of `set`, else `end`.
/// A byte of the set right at `from` (marks run together) is answered without a search.
fn next_of(b: &[u8], from: usize, end: usize, [x, y, z]: [u8; 3]) -> usize {
    if from >= end {
        return end;
    }
    match b.get(from) {
        Some(&c) if c == x || c == y || c == z => from,
        _ => b
            .get(from..end)
            .and_then(|rest| memchr::memchr3(x, y, z, rest))
            .map_or(end, |k| from + k),
    }
}

/// Marks in one paragraph, in order, into `out` (cleared first: one buffer for all the
/// paragraphs).
fn scan_paragraph(text: &str, para: Span, out: &mut Vec<Mark>) {
    let b = text.as_bytes();
    out.clear();
    let mut i = para.start;
    // The next '>' at or after `i` (para.end when there is none), cached so that a
    // paragraph of '<' without '>' is scanned once, not once per '<'.
    let mut next_gt: Option<usize> = None;
    // The next byte that can start a mark (" ' < and the lead bytes 0xC2 0xE2 0xE3) at or
    // after `i`: the nearer of two memchr3 searches, each remembered until `i` passes it, so
    // the text between marks is skipped by SIMD scans.
    let (mut ascii_at, mut lead_at): (Option<usize>, Option<usize>) = (None, None);
    let next = |at: &mut Option<usize>, from: usize, set: [u8; 3]| match *at {
        Some(k) if k >= from => k,
        _ => {
            let k = next_of(b, from, para.end, set);
            *at = Some(k);
            k
        }
    };
    while i < para.end {
        i = next(&mut ascii_at, i, [b'"', b'\'', b'<']).min(next(
            &mut lead_at,
            i,
            [0xC2, 0xE2, 0xE3],
        ));
        if i >= para.end {
            break;
        }
        let c = b[i];
        // Skip HTML tags left by scrapers (<tweet author="@x">): their attribute quotes
        // are not quotations. A tag holds no other '<'.
        if c == b'<'
            && b.get(i + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == b'/')
        {
            let gt = match next_gt {
                Some(g) if g > i => g,
                _ => {
                    let g = memchr::memchr(b'>', &b[i..para.end]).map_or(para.end, |k| i + k);
                    next_gt = Some(g);
                    g
                }
            };
            if gt < para.end && !b[i + 1..gt].contains(&b'<') {
                i = gt + 1;
                continue;
            }
        }
        match c {
            b'"' => {
                out.push(Mark {
                    pos: i,
                    len: 1,
                    fam: Family::Double,
                    glyph: '"',
                });
                i += 1;
            }
            b'\'' => {
                if i + 2 < para.end && b[i + 1] == b'\'' && b[i + 2] == b'\'' {
                    // ''' : a single and a double mark together; closing order is
                    // single then double, opening order double then single.
                    let opening = i == para.start || b[i - 1].is_ascii_whitespace();
                    let (a, d) = if opening { (i + 2, i) } else { (i, i + 1) };
                    let single = Mark {
                        pos: a,
                        len: 1,
                        fam: Family::Single,
                        glyph: '\'',
                    };
                    let double = Mark {
                        pos: d,
                        len: 2,
                        fam: Family::TwoApostrophes,
                        glyph: '\'',
                    };
                    if opening {
                        out.push(double);
                        out.push(single);
                    } else {
                        out.push(single);
                        out.push(double);
                    }
                    i += 3;
                } else if i + 1 < para.end && b[i + 1] == b'\'' {
                    out.push(Mark {
                        pos: i,
                        len: 2,
                        fam: Family::TwoApostrophes,
                        glyph: '\'',
                    });
                    i += 2;
                } else {
                    out.push(Mark {
                        pos: i,
                        len: 1,
                        fam: Family::Single,
                        glyph: '\'',
                    });
                    i += 1;
                }
            }
            0xC2 | 0xE2 | 0xE3 => {
                let Some(ch) = text[i..].chars().next() else {
                    break;
                };
                let fam = match ch {
                    '“' | '”' | '„' => Some(Family::Double),
                    '‘' | '’' | '‚' => Some(Family::Single),
                    '«' | '»' => Some(Family::Guillemet),
                    '‹' | '›' => Some(Family::SingleGuillemet),
                    '「' | '」' | '『' | '』' => Some(Family::Corner),
                    _ => None,
                };
                if let Some(fam) = fam {
                    out.push(Mark {
                        pos: i,
                        len: ch.len_utf8(),
                        fam,
                        glyph: ch,
                    });
                }
                i += ch.len_utf8();
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod sort_tests {
    use super::*;

    proptest::proptest! {
        /// `sort_by_position` is the stable sort by (start, longer first) it replaced.
        #[test]
        fn sort_by_position_is_the_stable_sort(
            spans in proptest::collection::vec((0usize..300, 0usize..12), 0..400),
            from in 0usize..8,
        ) {
            let qs: Vec<RawQuote> = spans
                .iter()
                .enumerate()
                .map(|(k, &(a, l))| RawQuote {
                    span: Span::new(a, a + l),
                    content: Span::new(a, a + l),
                    paragraph: k,
                    depth: 0,
                    family: Family::Double,
                    closed: k % 2 == 0,
                    continues_prev: false,
                })
                .collect();
            let from = from.min(qs.len());
            let mut want = qs.clone();
            want[from..].sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
            let mut got = qs;
            sort_by_position(&mut got, from);
            proptest::prop_assert_eq!(got, want);
        }

        /// `next_of` is the first byte of the set at or after `from`, as a plain walk finds it.
        #[test]
        fn next_of_is_the_first_of_the_set(
            b in proptest::collection::vec(proptest::sample::select(vec![b'a', b'"', b'\'', b'<', 0xE2, 0x80]), 0..60),
            from in 0usize..70,
            cut in 0usize..70,
        ) {
            let end = cut.min(b.len());
            for set in [[b'"', b'\'', b'<'], [0xC2, 0xE2, 0xE3]] {
                let want = (from..end).find(|&k| set.contains(&b[k])).unwrap_or(end);
                proptest::prop_assert_eq!(next_of(&b, from, end, set), want);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::paragraphs;

    fn contents(t: &str) -> Vec<&str> {
        let paras = paragraphs(t);
        find_quotes(t, &paras)
            .iter()
            .map(|q| q.content.slice(t))
            .collect()
    }

    #[test]
    fn pairing_table() {
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "curly",
                "He said “we will win,” then left.",
                &["we will win,"],
            ),
            (
                "straight",
                "He said \"we will win,\" then left.",
                &["we will win,"],
            ),
            (
                "nested",
                "“He told me, ‘Don’t go,’ and left,” she said.",
                &["He told me, ‘Don’t go,’ and left,", "Don’t go,"],
            ),
            (
                "apostrophes",
                "Canada’s don’t ’90s Americans’ rock ’n’ roll",
                &[],
            ),
            (
                "straight apostrophes",
                "Canada's don't '90s Americans' rock 'n' roll o'clock",
                &[],
            ),
            (
                "scare single",
                "A B.C. ‘superlab,’ with ties",
                &["superlab,"],
            ),
            (
                "german",
                "Er sagte: „Wir schaffen das.“ Dann ging er.",
                &["Wir schaffen das."],
            ),
            (
                "german nested",
                "„Er rief ‚Halt!‘ und lief“, sagte sie.",
                &["Er rief ‚Halt!‘ und lief", "Halt!"],
            ),
            (
                "german guillemets",
                "»Das ist gut«, sagte er.",
                &["Das ist gut"],
            ),
            (
                "french",
                "« Nous ne céderons pas », a-t-il dit.",
                &[" Nous ne céderons pas "],
            ),
            (
                "spanish",
                "«No vamos a subir los impuestos», dijo.",
                &["No vamos a subir los impuestos"],
            ),
            ("corner", "彼は「はい」と言った。", &["はい"]),
            (
                "two apostrophes",
                "''This is it,'' he said.",
                &["This is it,"],
            ),
            ("mixed", "He called it “a mess\" on Monday.", &["a mess"]),
            (
                "stray close",
                "It ended” and then “this one,” he said.",
                &["this one,"],
            ),
            ("straight inside single", "She said 'no' twice.", &["no"]),
            (
                "possessive in quote",
                "“The Smiths’ house is gone,” he said.",
                &["The Smiths’ house is gone,"],
            ),
            (
                "html attributes",
                "<p class=\"lead\">“We will win,” she said.</p><a href='x'>",
                &["We will win,"],
            ),
        ];
        for (name, input, want) in cases {
            assert_eq!(contents(input), *want, "case {name}: {input}");
        }
    }

    #[test]
    fn unbalanced_recovers_at_paragraph() {
        let t = "“This never closes and goes on\n\nNext paragraph says “hello” here.\n\n“Last,” she said.";
        assert_eq!(
            contents(t),
            ["This never closes and goes on", "hello", "Last,"]
        );
        let t = "Mid paragraph “stray opener here.\n\nThen “a quote” follows.";
        assert_eq!(contents(t), ["a quote"]);
        // A stray opener does not swallow the later quotes of its own paragraph.
        let t = "“Stray opener. “One,” she said. “Two,” he said.";
        assert_eq!(contents(t), ["Stray opener.", "One,", "Two,"]);
        let paras = paragraphs(t);
        assert!(find_quotes(t, &paras).iter().all(|q| q.depth == 0));
        // ... nor crosses a quote of another family around the first one it meets.
        let t = "«, “«»“";
        let paras = paragraphs(t);
        let qs = find_quotes(t, &paras);
        for a in &qs {
            for b in &qs {
                assert!(
                    !a.span.overlaps(b.span) || a.span.contains(b.span) || b.span.contains(a.span)
                );
            }
        }
    }

    #[test]
    fn multi_paragraph() {
        let t = "“First part of it.\n\n“Second part.\n\n“Third part,” he said.";
        let paras = paragraphs(t);
        let qs = find_quotes(t, &paras);
        assert_eq!(qs.len(), 3);
        assert!(!qs[0].closed && !qs[0].continues_prev);
        assert!(!qs[1].closed && qs[1].continues_prev);
        assert!(qs[2].closed && qs[2].continues_prev);
    }
}
