//! Figure checks: a quoted figure set beside the article's other figures about the same thing.

use crate::classify::quantities_of_spans;
use crate::lex::FxHashMap;
use crate::lex::Lexicons;
use crate::tok::letters8;
use crate::{Claim, FigureCheck, Quantity, Relation};

/// Words for people counted: figures about them are comparable.
const PEOPLE: &[&str] = &[
    "people",
    "person",
    "persons",
    "individual",
    "individuals",
    "resident",
    "residents",
    "citizen",
    "citizens",
    "adult",
    "adults",
    "child",
    "children",
    "men",
    "women",
    "patient",
    "patients",
    "victim",
    "victims",
    "casualty",
    "casualties",
];

/// Words for deaths, in the figure's unit or next to it.
const DEATHS: &[&str] = &[
    "death",
    "deaths",
    "dead",
    "die",
    "dies",
    "died",
    "dying",
    "killed",
    "kill",
    "kills",
    "fatality",
    "fatalities",
    "lives",
    "overdose",
    "overdoses",
    "murdered",
    "homicides",
    "body",
    "bodies",
];

/// Units that do not name a thing counted: figures in them are not cross-checked.
const SKIP_UNITS: &[&str] = &[
    "percent",
    "percentage points",
    "basis points",
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
    "times",
    "points",
];

/// Whether `w.to_lowercase()` is in `list` (of lowercase entries), without building the
/// lowercase form for an ASCII word.
fn in_lower(words: &Words, w: &str) -> bool {
    let list = words.list;
    if w.is_ascii() {
        // (an ASCII word of a length no entry has is in none, nor one whose first letter
        // starts none; no entry has 32 bytes)
        w.len() < 32
            && words.lens & (1 << w.len()) != 0
            && w.as_bytes().first().is_some_and(|&f| {
                let f = f.to_ascii_lowercase();
                f.is_ascii_lowercase() && words.firsts & (1 << (f - b'a')) != 0
            })
            && list.iter().any(|d| d.eq_ignore_ascii_case(w))
    } else {
        list.contains(&w.to_lowercase().as_str())
    }
}

/// A constant list of lowercase ASCII words, with bit `n` of `lens` set when an entry has
/// `n` bytes (an entry of 32 bytes or more sets none) and bit `k` of `firsts` when one
/// starts with the `k`th letter (every entry starts with a lowercase letter).
struct Words {
    list: &'static [&'static str],
    lens: u32,
    firsts: u32,
}

impl Words {
    const fn new(list: &'static [&'static str]) -> Words {
        let mut lens = 0u32;
        let mut firsts = 0u32;
        let mut i = 0;
        while i < list.len() {
            let w = list[i].as_bytes();
            if w.len() < 32 {
                lens |= 1 << w.len();
            }
            assert!(!w.is_empty() && w[0].is_ascii_lowercase());
            firsts |= 1 << (w[0] - b'a');
            i += 1;
        }
        Words { list, lens, firsts }
    }
}

const DEATH_WORDS: Words = Words::new(DEATHS);
const PEOPLE_WORDS: Words = Words::new(PEOPLE);
const SKIP_WORDS: Words = Words::new(SKIP_UNITS);

fn singular(w: &str) -> String {
    let w = w.to_lowercase();
    if w.len() > 3 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        return w[..w.len() - 1].to_string();
    }
    w
}

/// What a quantity counts: its unit's head folded to a class ("people" for demonyms and
/// people, "deaths" for deaths), its subject, and "deaths" when a death word stands near it.
fn keys(q: &Quantity, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if q.currency.is_some() {
        return out;
    }
    for raw in [q.unit.as_deref(), q.about.as_deref()]
        .into_iter()
        .flatten()
    {
        if in_lower(&SKIP_WORDS, raw) {
            return Vec::new();
        }
        let Some(head) = raw.split(['/', ' ']).rfind(|w| !w.is_empty()) else {
            continue;
        };
        let s = singular(head);
        let demonym = head.chars().next().is_some_and(char::is_uppercase)
            && (s.ends_with("an") || s.ends_with("ese") || s.ends_with("ian"));
        if in_lower(&DEATH_WORDS, head) {
            out.push("deaths".to_string());
        } else if demonym || in_lower(&PEOPLE_WORDS, head) {
            out.push("people".to_string());
        } else {
            out.push(s);
        }
    }
    // a death word within a few words after the figure: "300,000 Americans have been killed"
    let mut end = (q.span.end + 60).min(text.len());
    while end > q.span.end && !text.is_char_boundary(end) {
        end -= 1;
    }
    let after = text.get(q.span.end..end).unwrap_or("");
    // (up to the first full stop, semicolon or line break: ASCII, so found byte by byte)
    let stop = |c: &u8| matches!(c, b'.' | b';' | b'\n');
    let sentence = match after.as_bytes().iter().position(stop) {
        Some(k) => after.get(..k).unwrap_or(""),
        None => after,
    };
    if sentence
        .split(|c: char| !c.is_alphanumeric())
        .take(6)
        .any(|w| in_lower(&DEATH_WORDS, w))
    {
        out.push("deaths".to_string());
    }
    // or just before it in the same sentence: "deaths number 80,000"
    let mut start = q.span.start.saturating_sub(40);
    while start < q.span.start && !text.is_char_boundary(start) {
        start += 1;
    }
    let before = text.get(start..q.span.start).unwrap_or("");
    let sentence = match before.as_bytes().iter().rposition(stop) {
        Some(k) => before.get(k + 1..).unwrap_or(""),
        None => before,
    };
    if sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .any(|w| in_lower(&DEATH_WORDS, w))
    {
        out.push("deaths".to_string());
    }
    out.sort();
    out.dedup();
    out
}

fn value_of(q: &Quantity) -> Option<f64> {
    q.value.or(q.range.map(|r| r.0))
}

/// Bytes of context kept on each side of a place where a figure can be: more than the
/// parsers look back (modifiers, change verbs, the subject of a figure) or ahead (units,
/// things counted, ranges, rates).
const MARGIN: usize = 256;

/// At most this many of the article's figures (the nearest to it) are checked against one
/// quoted figure, so the output stays linear in the input whatever the text. (News rarely
/// has more than a few figures counting the same thing near a quoted one: none of the dev
/// sets' or sample articles' checks change between 16 and 32; a text that repeats its
/// figures, as a long test corpus of repeated articles does, keeps half the checks.)
const MAX_CANDIDATES: usize = 16;

fn is_ws_char(c: char) -> bool {
    c.is_whitespace()
}

/// Adds the window around the figure place `p..q` to `out` (windows in order, merged):
/// `MARGIN` bytes on either side, widened to whitespace, starting at the start of a
/// whitespace run and never before the last window's end.
fn add_window(text: &str, p: usize, q: usize, out: &mut Vec<(usize, usize)>) {
    let n = text.len();
    let prev_end = out.last().map_or(0, |w| w.1);
    // start: back to whitespace, then to the start of that whitespace run
    let mut s = p.saturating_sub(MARGIN).max(prev_end);
    while s > prev_end && !text.is_char_boundary(s) {
        s -= 1;
    }
    while s > prev_end && !text[s..].starts_with(is_ws_char) {
        s -= 1;
        while s > prev_end && !text.is_char_boundary(s) {
            s -= 1;
        }
    }
    while s > prev_end {
        let Some(c) = text[..s].chars().next_back() else {
            break;
        };
        if !c.is_whitespace() {
            break;
        }
        s -= c.len_utf8();
    }
    // end: on to whitespace
    let mut e = (q + MARGIN).min(n).max(prev_end);
    while e < n && !text.is_char_boundary(e) {
        e += 1;
    }
    while e < n && !text[e..].starts_with(is_ws_char) {
        e += 1;
        while e < n && !text.is_char_boundary(e) {
            e += 1;
        }
    }
    match out.last_mut() {
        Some(w) if s <= w.1 => w.1 = w.1.max(e),
        _ => out.push((s, e)),
    }
}

/// Byte ranges of `text` that hold every place a figure can be (digits, number words,
/// ordinals), each with `MARGIN` bytes of context, widened to whitespace and merged; in
/// order, not overlapping. Each range starts at the start of a whitespace run (or at 0), so
/// it tokenizes as it would in the whole text.
pub(crate) fn figure_windows(lex: &Lexicons, text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let add = |p: usize, q: usize, out: &mut Vec<(usize, usize)>| add_window(text, p, q, out);
    // (the end of the last window, 0 before the first: a place ending `MARGIN` bytes or
    // more before it adds nothing, since its window lies inside)
    let mut reach = 0usize;
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c.is_ascii_alphabetic() {
            let s = i;
            i += 1;
            // the rest of the word eight letters at a time, the last few one by one
            while let Some(chunk) = b[i..].first_chunk::<8>() {
                let (run, _) = letters8(chunk);
                i += run;
                if run < 8 {
                    break;
                }
            }
            if n - i < 8 {
                while i < n && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
            }
            if i + MARGIN > reach && lex.figure_letters(&b[s..i]) {
                add(s, i, &mut out);
                reach = out.last().map_or(0, |w| w.1);
            }
            // (a word is mostly followed by one space, then the next word)
            if b.get(i) == Some(&b' ') {
                i += 1;
            }
        } else if c.is_ascii_digit() {
            let s = i;
            i += 1;
            while i < n && b[i].is_ascii_digit() {
                i += 1;
            }
            if i + MARGIN > reach {
                add(s, i, &mut out);
                reach = out.last().map_or(0, |w| w.1);
            }
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
/// [`figure_windows`] as it was first written (the reference of a test): byte ranges of
/// `text` that hold every place a figure can be (digits, number words,
/// ordinals), each with `MARGIN` bytes of context, widened to whitespace and merged; in
/// order, not overlapping. Each range starts at the start of a whitespace run (or at 0), so
/// it tokenizes as it would in the whole text.
fn figure_windows_bytewise(lex: &Lexicons, text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let add = |p: usize, q: usize, out: &mut Vec<(usize, usize)>| add_window(text, p, q, out);
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c.is_ascii_digit() {
            let s = i;
            while i < n && b[i].is_ascii_digit() {
                i += 1;
            }
            if out.last().is_none_or(|w| i + MARGIN > w.1) {
                add(s, i, &mut out);
            }
        } else if c.is_ascii_alphabetic() {
            let s = i;
            // (one byte at a time: the reference shares no scan with the code it checks)
            while i < n && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            if out.last().is_none_or(|w| i + MARGIN > w.1) && lex.figure_word(&b[s..i]) {
                add(s, i, &mut out);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The article's figures, read only where figures can be (see [`figure_windows`]).
#[cfg(test)]
pub(crate) fn article_quantities(lex: &Lexicons, text: &str) -> Vec<Quantity> {
    let mut out = Vec::new();
    quantities_of_spans(lex, text, &figure_windows(lex, text), &mut out);
    out
}

/// Fills `figure_checks` of every claim in `quote_claims`. `article` is room for the
/// article's figures (emptied first; the caller may keep it for the next article).
pub(crate) fn check(
    lex: &Lexicons,
    text: &str,
    quote_claims: &mut [Vec<Claim>],
    article: &mut Vec<Quantity>,
) {
    article.clear();
    if quote_claims
        .iter()
        .all(|c| c.iter().all(|c| c.quantities.is_empty()))
    {
        return;
    }
    // Only a quoted figure with a value and something it counts is compared (see below):
    // when there is none, no check can be found and the article is not read for figures.
    // (the keys of the quoted figures with a value, in order, worked out once)
    let quoted_keys: Vec<Vec<String>> = quote_claims
        .iter()
        .flatten()
        .flat_map(|c| &c.quantities)
        .filter(|q| value_of(q).is_some())
        .map(|q| keys(q, text))
        .collect();
    let comparable = quoted_keys.iter().any(|k| !k.is_empty());
    if !comparable {
        for claim in quote_claims.iter_mut().flatten() {
            claim.figure_checks = Vec::new();
        }
        return;
    }
    quantities_of_spans(lex, text, &figure_windows(lex, text), article);
    let article: &[Quantity] = article;
    // the article's figures by what they count, each list in document order
    let mut by_key: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (idx, q) in article.iter().enumerate() {
        for k in keys(q, text) {
            by_key.entry(k).or_default().push(idx);
        }
    }
    let mut cands: Vec<usize> = Vec::new();
    // (a claim's checks are gathered here, then moved to a vector of their number: they
    // are kept with the claims, and a vector grown by doubling holds up to twice the room)
    let mut checks: Vec<FigureCheck> = Vec::new();
    let mut quoted_keys = quoted_keys.iter();
    for claims in quote_claims.iter_mut() {
        for claim in claims.iter_mut() {
            checks.clear();
            for q in &claim.quantities {
                // (a figure without a value is not compared: it has no keys above)
                let Some(v) = value_of(q) else { continue };
                let Some(k) = quoted_keys.next() else {
                    continue;
                };
                if k.is_empty() {
                    continue;
                }
                cands.clear();
                for key in k {
                    if let Some(list) = by_key.get(key) {
                        // Only the MAX_CANDIDATES figures on either side of the quoted one
                        // can be among the nearest chosen below (a list is a part of the
                        // merged one, in the same order), so a long article's list is not
                        // copied whole for every quoted figure: the cost stays linear.
                        let at = list.partition_point(|&c| article[c].span.start < q.span.start);
                        let lo = at.saturating_sub(MAX_CANDIDATES);
                        let hi = (at + MAX_CANDIDATES).min(list.len());
                        cands.extend_from_slice(&list[lo..hi]);
                    }
                }
                cands.sort_unstable();
                cands.dedup();
                if cands.len() > MAX_CANDIDATES {
                    // the nearest to the quoted figure
                    let at = cands.partition_point(|&c| article[c].span.start < q.span.start);
                    let lo = at.saturating_sub(MAX_CANDIDATES / 2);
                    let hi = (lo + MAX_CANDIDATES).min(cands.len());
                    let lo = hi.saturating_sub(MAX_CANDIDATES);
                    cands.truncate(hi);
                    cands.drain(..lo);
                }
                for &c in &cands {
                    let other = &article[c];
                    if other.span.overlaps(claim.span) || other.span.overlaps(q.span) {
                        continue;
                    }
                    let Some(ov) = value_of(other) else { continue };
                    // figures about the same thing lie within an order of magnitude
                    let m = v.abs().max(ov.abs());
                    let lo = v.abs().min(ov.abs());
                    if m == 0.0 || lo * 10.0 < m {
                        continue;
                    }
                    let agrees = (v - ov).abs() / m <= 0.02;
                    checks.push(FigureCheck {
                        quantity: q.span,
                        other: other.span,
                        value: ov,
                        relation: if agrees {
                            Relation::Agrees
                        } else {
                            Relation::Differs
                        },
                        difference: v - ov,
                        ratio: (ov != 0.0).then(|| ((v / ov) * 1000.0).round() / 1000.0),
                        unit: other.unit.clone().or_else(|| other.about.clone()),
                    });
                }
            }
            checks.sort_by_key(|c| (c.quantity.start, c.other.start));
            checks.dedup_by_key(|c| (c.quantity, c.other));
            let mut kept = Vec::with_capacity(checks.len());
            kept.append(&mut checks);
            claim.figure_checks = kept;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan finds the windows the scan as first written found.
    fn windows_as_first(text: &str) {
        let lex = Lexicons::english();
        assert_eq!(
            figure_windows(&lex, text),
            figure_windows_bytewise(&lex, text),
            "{:?}",
            &text[..text.len().min(80)]
        );
    }

    #[test]
    fn windows_as_first_written() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .collect()
            })
            .unwrap_or_default();
        assert!(!texts.is_empty());
        let joined = texts.join("\n\n");
        texts.push(joined.replace([' ', '\n'], ""));
        texts.push(joined.replace('\n', " "));
        texts.push(joined.to_uppercase());
        texts.push(joined);
        texts.push("a1".repeat(3000));
        texts.push("1234567890".repeat(500));
        texts.push("seven".repeat(100) + " seven " + &"x".repeat(600) + "seven");
        texts.push(("x".repeat(300) + "5" + &"ten".repeat(90) + " ").repeat(20));
        texts.push("one hundred and twenty-five thousand ".repeat(200));
        texts.push("a third\u{a0}\n 5 more thané\n\n\u{2029}six".repeat(100));
        for text in &texts {
            windows_as_first(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn windows_as_first_written_any(text in "([a-zA-Z@\\[`{é0-9 ,.\n]{0,40}(ten|Third|MILLION|5| )?){0,200}") {
            windows_as_first(&text);
        }
    }

    /// `in_lower` answers as `list.contains(&w.to_lowercase())` does, for ASCII and other
    /// words (the Kelvin sign lowercases to an ASCII k).
    #[test]
    fn in_lower_is_contains_lowercase() {
        let words = [
            "",
            "dead",
            "DEAD",
            "Dead",
            "deaths",
            "Killed",
            "KILLED",
            "kill ",
            "\u{212A}illed",
            "Überlebende",
            "DÉATHS",
            "percent",
            "Percent",
            "PERCENTAGE POINTS",
            "basis points",
            "people",
            "PEOPLE",
            "Persons",
            "x",
            "bodies",
            "Bodies's",
            "İ",
        ];
        for (list, lists) in [
            (DEATHS, &DEATH_WORDS),
            (PEOPLE, &PEOPLE_WORDS),
            (SKIP_UNITS, &SKIP_WORDS),
        ] {
            // (the lists are lowercase ASCII, as the length test of `in_lower` needs)
            assert!(list.iter().all(|d| d.is_ascii() && d.to_lowercase() == *d));
            let long = ["deaths".repeat(6), "x".repeat(31), "KILLED".repeat(5)];
            let long = long.iter().map(String::as_str);
            for w in words
                .iter()
                .copied()
                .chain(list.iter().copied())
                .chain(long)
            {
                assert_eq!(
                    in_lower(lists, w),
                    list.contains(&w.to_lowercase().as_str()),
                    "{w:?}"
                );
                let up = w.to_uppercase();
                assert_eq!(
                    in_lower(lists, &up),
                    list.contains(&up.to_lowercase().as_str()),
                    "{up:?}"
                );
            }
        }
    }
}
