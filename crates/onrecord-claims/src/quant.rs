//! Quantities: numbers in digits or words, with scale, unit or thing counted, currency,
//! percent, range, rate, approximators, bounds and changes.

use onrecord_quotes::Span;

use crate::lex::{CurPos, Lexicons, NumClass, CHANGE_DOWN, CHANGE_UP, QUANT_START, STOP};
use crate::tok::{key_of, Tok};
use crate::{Bound, Change, Quantity};

/// Short unit forms that also are ordinary words or letters: units only when attached to the
/// number (5m, 10in) or standing before punctuation.
const AMBIGUOUS_UNITS: &[&str] = &[
    "m", "g", "t", "l", "w", "v", "in", "min", "sec", "ms", "mi", "ha", "c", "f", "points",
    "point", "stone", "second", "minute", "day", "week", "month", "year",
];

/// Verbs that mark an upward change when they stand before a figure.
pub(crate) const UP: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "increase",
    "increased",
    "increases",
    "increasing",
    "grew",
    "grow",
    "grows",
    "growing",
    "grown",
    "climbed",
    "climb",
    "climbs",
    "jumped",
    "jump",
    "jumps",
    "surged",
    "surge",
    "soared",
    "gained",
    "gain",
    "gains",
    "up",
    "added",
    "boosted",
    "raised",
    "higher",
    "spiked",
    "advanced",
    "rallied",
];
/// Verbs that mark a downward change.
pub(crate) const DOWN: &[&str] = &[
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "declined",
    "decline",
    "declines",
    "declining",
    "dropped",
    "drop",
    "drops",
    "decreased",
    "decrease",
    "decreases",
    "shrank",
    "shrink",
    "shrunk",
    "slumped",
    "plunged",
    "plummeted",
    "tumbled",
    "sank",
    "slid",
    "slipped",
    "dipped",
    "down",
    "lower",
    "lost",
    "cut",
    "lose",
    "loses",
    "eased",
    "slipped",
    "retreated",
];

/// A parsed number: value, token end (exclusive), whether it came from words, and a vague
/// range ("hundreds of" → 100..1000).
struct Num {
    value: f64,
    end: usize,
    words: bool,
    vague: Option<(f64, f64)>,
    /// A scale was applied by a suffix or word (1.2bn, 95 million).
    scaled: bool,
    /// The scale applied (1 when none).
    scale: f64,
}

/// The far end of a range: value, unit, scale applied.
type RangeEnd = (f64, Option<String>, f64);

pub(crate) struct Extractor<'a> {
    pub lex: &'a Lexicons,
    pub text: &'a str,
    pub toks: &'a [Tok<'a>],
    /// Tokens already taken by time references.
    pub time_mask: &'a [bool],
}

fn parse_digits(raw: &str) -> Option<f64> {
    let s = raw.trim();
    if s.contains(',') {
        let last = s.rsplit(',').next().unwrap_or("");
        let dot_before = s.find('.').is_some_and(|d| d < s.rfind(',').unwrap_or(0));
        if dot_before && !last.contains('.') {
            // 1.111,11 (European)
            let t = s.replace('.', "").replace(',', ".");
            return t.parse().ok();
        }
        if s.matches(',').count() == 1 && !last.contains('.') && last.len() != 3 {
            // 5,00
            return s.replace(',', ".").parse().ok();
        }
        return s.replace(',', "").parse().ok();
    }
    if s.matches('.').count() > 1 {
        // 1.234.567 (dotted thousands)
        let groups: Vec<&str> = s.split('.').collect();
        if groups.iter().skip(1).all(|g| g.len() == 3) {
            return s.replace('.', "").parse().ok();
        }
        return None;
    }
    s.parse().ok()
}

impl<'a> Extractor<'a> {
    fn tok(&self, i: usize) -> Option<&'a Tok<'a>> {
        self.toks.get(i)
    }
    fn lower(&self, i: usize) -> &'a str {
        self.toks.get(i).map(|t| t.low()).unwrap_or("")
    }
    fn cls(&self, i: usize) -> u16 {
        self.toks.get(i).map_or(0, |t| t.cls)
    }
    fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space)
    }
    fn masked(&self, i: usize) -> bool {
        self.time_mask.get(i).copied().unwrap_or(false)
    }

    /// Whether token `i` is a word of four letters, M and three capitals (MAUD, MUSD).
    fn m_code(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            // (the length of the span first: most words are not four bytes long)
            if !t.is_word() || t.end - t.start != 4 {
                return false;
            }
            let r = t.raw(self.text).as_bytes();
            r.len() == 4 && r[0] == b'M' && r[1..].iter().all(u8::is_ascii_uppercase)
        })
    }

    /// Whether a number word stands at `i`.
    fn number_word(&self, i: usize) -> Option<(f64, NumClass)> {
        let t = self.tok(i)?;
        if !t.is_word() {
            return None;
        }
        self.lex
            .numbers
            .get(t.low())
            .copied()
            .filter(|(_, c)| *c != NumClass::Suffix)
    }

    /// Whole number in words at `i` (one hundred and twenty, ninety-five, a dozen, a
    /// million); returns (value, end, largest scale applied).
    fn cardinal(&self, i: usize) -> Option<(f64, usize, f64)> {
        let mut j = i;
        let mut total = 0.0f64;
        let mut current = 0.0f64;
        let mut any = false;
        let mut last: Option<NumClass> = None;
        let mut last_scale = f64::INFINITY;
        let mut implicit_one = false;
        if matches!(self.lower(i), "a" | "an") {
            let ok = matches!(
                self.number_word(i + 1),
                Some((_, NumClass::Hundred | NumClass::Scale))
            ) || matches!(self.lower(i + 1), "dozen" | "doz");
            if !ok || self.lower(i + 1).ends_with('s') {
                return None;
            }
            implicit_one = true;
            j = i + 1;
        } else if matches!(
            self.number_word(i),
            Some((_, NumClass::Hundred | NumClass::Scale))
        ) {
            // "million" alone is not a figure; "hundred thousand" is
            if !(self.lower(i) == "hundred"
                && matches!(self.number_word(i + 1), Some((_, NumClass::Scale))))
            {
                return None;
            }
        }
        loop {
            let w = self.lower(j);
            if any && (w == "-" || w == "‑") {
                if self.number_word(j + 1).is_some() && self.fraction(j + 1).is_none() {
                    j += 1;
                    continue;
                }
                break;
            }
            if any && w == "and" {
                if matches!(last, Some(NumClass::Hundred | NumClass::Scale))
                    && matches!(
                        self.number_word(j + 1),
                        Some((_, NumClass::Unit | NumClass::Tens))
                    )
                    && self.fraction(j + 1).is_none()
                {
                    j += 1;
                    continue;
                }
                break;
            }
            if matches!(w, "dozen" | "dozens" | "doz" | "dozs") {
                if !any && !implicit_one {
                    break;
                }
                current = current.max(1.0) * 12.0;
                any = true;
                last = Some(NumClass::Unit);
                j += 1;
                continue;
            }
            let Some((v, class)) = self.number_word(j) else {
                break;
            };
            if any && self.fraction(j).is_some() && matches!(class, NumClass::Unit | NumClass::Tens)
            {
                // "one million two thousand two hundred three fifths": stop before the fraction
                if matches!(last, Some(NumClass::Scale | NumClass::Hundred)) {
                    break;
                }
            }
            match class {
                NumClass::Unit => {
                    if matches!(last, Some(NumClass::Unit))
                        || (matches!(last, Some(NumClass::Tens)) && v >= 10.0)
                    {
                        break;
                    }
                    current += v;
                }
                NumClass::Tens => {
                    if matches!(last, Some(NumClass::Unit | NumClass::Tens)) {
                        break;
                    }
                    current += v;
                }
                NumClass::Hundred => {
                    if matches!(last, Some(NumClass::Hundred)) || w.ends_with('s') {
                        break;
                    }
                    current = if current == 0.0 { v } else { current * v };
                }
                NumClass::Scale | NumClass::Suffix => {
                    if v >= last_scale || w.ends_with('s') && w != "lakhs" && w != "crores" {
                        break;
                    }
                    let c = if current == 0.0 { 1.0 } else { current };
                    total += c * v;
                    current = 0.0;
                    last_scale = v;
                }
            }
            any = true;
            last = Some(class);
            j += 1;
        }
        if !any {
            return None;
        }
        Some((
            total + current,
            j,
            if last_scale.is_finite() {
                last_scale
            } else {
                1.0
            },
        ))
    }

    /// A fraction at `i`: "three fifths", "a third", "one half", "fifty-four hundredths",
    /// "two-thirds"; returns (value, end).
    fn fraction(&self, i: usize) -> Option<(f64, usize)> {
        let (num, j) = match self.lower(i) {
            "a" | "an" => (1.0, i + 1),
            _ => {
                let (v, mut e) = self.small_cardinal(i)?;
                if matches!(self.lower(e), "-" | "‑") {
                    e += 1;
                }
                (v, e)
            }
        };
        let w = self.lower(j);
        let den = *self.lex.ordinals.get(w)?;
        if matches!(self.lower(j + 1), "-" | "‑") && self.attached(j + 1) {
            return None; // a third-party
        }
        let plural = w.ends_with('s') || w == "halves";
        if (num == 1.0 && plural) || (num > 1.0 && !plural && w != "half") {
            return None;
        }
        Some((num / den, j + 1))
    }

    /// A number in words below 100 (numerators): three, twenty-one, fifty four.
    fn small_cardinal(&self, i: usize) -> Option<(f64, usize)> {
        let (v, c) = self.number_word(i)?;
        match c {
            NumClass::Unit => Some((v, i + 1)),
            NumClass::Tens => {
                let k = if matches!(self.lower(i + 1), "-" | "‑") {
                    i + 2
                } else {
                    i + 1
                };
                match self.number_word(k) {
                    Some((u, NumClass::Unit))
                        if u < 10.0 && self.lex.ordinals.contains_key(self.lower(k + 1)) =>
                    {
                        Some((v + u, k + 1))
                    }
                    _ => Some((v, i + 1)),
                }
            }
            _ => None,
        }
    }

    /// Spelled-out number starting at `i`: cardinals, fractions (two thirds, a half,
    /// three quarters billion), "and a half", "point nought four", "half a million".
    fn parse_words(&self, i: usize) -> Option<Num> {
        let first = self.lower(i);
        // half a million
        if first == "half" {
            if self.lower(i + 1) == "a" {
                if let Some((s, NumClass::Scale | NumClass::Hundred)) = self.number_word(i + 2) {
                    return Some(Num {
                        value: 0.5 * s,
                        end: i + 3,
                        words: true,
                        vague: None,
                        scaled: true,
                        scale: 1.0,
                    });
                }
            }
            let prev = if i > 0 { self.lower(i - 1) } else { "" };
            if matches!(
                prev,
                "the" | "first" | "second" | "other" | "a" | "one" | "and"
            ) || matches!(self.lower(i + 1), "-" | "time" | "century")
            {
                return None;
            }
            return Some(Num {
                value: 0.5,
                end: i + 1,
                words: true,
                vague: None,
                scaled: false,
                scale: 1.0,
            });
        }
        // fractions first: "two thirds", "a quarter million"
        if let Some((f, mut e)) = self.fraction(i) {
            let mut value = f;
            let mut scale = 1.0;
            if let Some((s, NumClass::Scale | NumClass::Hundred)) = self.number_word(e) {
                if !self.lower(e).ends_with('s') {
                    value *= s;
                    e += 1;
                    scale = s;
                }
            }
            return Some(Num {
                value,
                end: e,
                words: true,
                vague: None,
                scaled: scale > 1.0,
                scale,
            });
        }
        let (mut value, mut j, scale) = self.cardinal(i)?;
        // "and a half", "and three fifths", "and a half million"
        if self.lower(j) == "and" {
            if let Some((f, e)) = self.fraction(j + 1) {
                if let Some((s, NumClass::Scale)) = self.number_word(e) {
                    // "five and a half million", "one billion and a half million"
                    value = if scale > 1.0 {
                        value + f * s
                    } else {
                        (value + f) * s
                    };
                    j = e + 1;
                } else {
                    value += f * scale;
                    j = e;
                }
            }
        } else if let Some((f, e)) = self.fraction(j) {
            // "one million two thousand two hundred three fifths"
            if j > i {
                value += f;
                j = e;
            }
        }
        // "nine point nought four"
        if self.lower(j) == "point" && value.fract() == 0.0 {
            let mut digits = String::new();
            let mut k = j + 1;
            while let Some((d, NumClass::Unit)) = self.number_word(k) {
                if d >= 10.0 {
                    break;
                }
                digits.push(char::from(b'0' + d as u8));
                k += 1;
            }
            if let Ok(fr) = format!("0.{digits}").parse::<f64>() {
                if !digits.is_empty() {
                    value += fr;
                    j = k;
                }
            }
        }
        if value == 0.0 && !matches!(first, "zero" | "nought" | "naught" | "nil") {
            return None;
        }
        Some(Num {
            value,
            end: j,
            words: true,
            vague: None,
            scaled: scale > 1.0,
            scale,
        })
    }

    /// Vague quantities: "hundreds of", "tens of thousands of", "dozens of", "millions".
    fn parse_vague(&self, i: usize) -> Option<Num> {
        let w = self.lower(i);
        let mut j = i;
        let mut lo;
        if w == "dozens" {
            lo = 12.0;
            j += 1;
        } else if w == "tens" && self.lower(i + 1) == "of" {
            let (s, c) = self.number_word(i + 2)?;
            if !matches!(c, NumClass::Scale | NumClass::Hundred)
                || !self.lower(i + 2).ends_with('s')
            {
                return None;
            }
            lo = 10.0 * s;
            j = i + 3;
        } else {
            let (s, c) = self.number_word(i)?;
            if !matches!(c, NumClass::Scale | NumClass::Hundred) || !w.ends_with('s') {
                return None;
            }
            lo = s;
            j += 1;
        }
        // "hundreds of thousands"
        if self.lower(j) == "of" {
            if let Some((s, NumClass::Scale)) = self.number_word(j + 1) {
                if self.lower(j + 1).ends_with('s') {
                    lo *= s;
                    j += 2;
                }
            }
        }
        let hi = if w == "dozens" { 144.0 } else { lo * 10.0 };
        let lo = if w == "dozens" { 24.0 } else { lo };
        Some(Num {
            value: lo,
            end: j,
            words: true,
            vague: Some((lo, hi)),
            scaled: true,
            scale: 1.0,
        })
    }

    /// Number in digits at `i`, with a fraction, exponent, space-grouped thousands, and
    /// scale words or suffixes.
    fn parse_digits_at(&self, i: usize, money: bool) -> Option<Num> {
        let t = self.tok(i)?;
        if !t.is_num() {
            return None;
        }
        let mut raw = t.low().to_string();
        let mut j = i + 1;
        // space-grouped thousands: 40 000, 1 414 021 100
        if !raw.contains(['.', ',']) && raw.len() <= 3 {
            while let Some(n) = self.tok(j) {
                let gap = self.text.get(self.toks[j - 1].end..n.start).unwrap_or("");
                if n.is_num()
                    && n.lower.len() == 3
                    && n.lower.bytes().all(|b| b.is_ascii_digit())
                    && gap.chars().count() == 1
                    && gap
                        .chars()
                        .all(|c| c == ' ' || c == '\u{a0}' || c == '\u{202f}')
                    && !self.tok(j + 1).is_some_and(|x| x.is_num() && !x.space)
                {
                    raw.push_str(n.low());
                    j += 1;
                } else {
                    break;
                }
            }
        }
        let mut value = parse_digits(&raw)?;
        // fraction 3/4
        if self.lower(j) == "/" && self.attached(j) && self.attached(j + 1) {
            if let Some(d) = self.tok(j + 1).filter(|d| d.is_num()) {
                if self.lower(j + 2) == "/" {
                    return None; // a date
                }
                let den = parse_digits(d.low())?;
                if den == 0.0 {
                    return None;
                }
                return Some(Num {
                    value: value / den,
                    end: j + 2,
                    words: false,
                    vague: None,
                    scaled: false,
                    scale: 1.0,
                });
            }
        }
        // exponent 12.32e+14
        if self.lower(j) == "e" && self.attached(j) {
            let (sign, k) = match self.lower(j + 1) {
                "+" => (1.0, j + 2),
                "-" => (-1.0, j + 2),
                _ => (1.0, j + 1),
            };
            if let Some(e) = self.tok(k).filter(|e| e.is_num() && !e.space) {
                if let Ok(ev) = e.lower.parse::<f64>() {
                    value *= 10f64.powf(sign * ev);
                    j = k + 1;
                }
            }
        }
        // power 2.5^-1
        if self.lower(j) == "^" && self.attached(j) {
            let mut k = j + 1;
            let mut neg = false;
            while matches!(self.lower(k), "-" | "+") {
                neg ^= self.lower(k) == "-";
                k += 1;
            }
            if let Some(e) = self
                .tok(k)
                .filter(|e| e.is_num())
                .and_then(|e| e.lower.parse::<f64>().ok())
            {
                value = value.powf(if neg { -e } else { e });
                j = k + 1;
            }
        }
        let mut scaled = false;
        let mut scale = 1.0;
        // suffix: 100k, 10M, 1.2bn, 1MM, 2.33 k, 8 B
        if let Some(s) = self.tok(j).filter(|s| s.is_word()) {
            let rawsuf = s.raw(self.text);
            let next_word = self.tok(j + 1).filter(|n| n.is_word()).map(|n| n.low());
            let metre_ctx = next_word.is_none_or(|w| {
                matches!(
                    w,
                    "tall"
                        | "long"
                        | "high"
                        | "wide"
                        | "deep"
                        | "away"
                        | "from"
                        | "above"
                        | "below"
                        | "in"
                        | "on"
                        | "at"
                        | "and"
                        | "or"
                        | "to"
                        | "by"
                        | "x"
                        | "under"
                        | "over"
                        | "sprint"
                        | "race"
                        | "freestyle"
                        | "hurdles"
                        | "dash"
                        | "run"
                        | "relay"
                )
            });
            let spaced_ok =
                !s.space || next_word.is_none() || matches!(rawsuf, "B" | "M" | "bn" | "mn" | "K");
            let suffix = if !spaced_ok {
                None
            } else {
                match rawsuf {
                    "k" | "K" => Some(1e3),
                    "M" | "MM" | "mn" | "mln" | "Mn" => Some(1e6),
                    "m" if !s.space
                        && (money
                            || next_word == Some("of")
                            || next_word.is_some_and(|w| !metre_ctx && !self.lex.is_stop(w))) =>
                    {
                        Some(1e6)
                    }
                    "bn" | "b" | "B" | "Bn" | "bln" | "BN" => Some(1e9),
                    "tn" | "trn" | "tln" => Some(1e12),
                    _ => None,
                }
            };
            if let Some(sc) = suffix {
                value *= sc;
                scale *= sc;
                j += 1;
                scaled = true;
            }
        }
        // scale words: 95 million, 3 hundred and 21, 2.12 hundred, 10 bln
        if !scaled {
            let mut last_scale = f64::INFINITY;
            loop {
                let w = self.lower(j);
                let Some(&(s, c)) = self.lex.numbers.get(w) else {
                    break;
                };
                if !matches!(c, NumClass::Scale | NumClass::Hundred) || s >= last_scale {
                    break;
                }
                if w.ends_with('s') && w != "lakhs" && w != "crores" {
                    break; // "10 thousands of" is rare; "millions" after digits is not a scale
                }
                value *= s;
                scale *= s;
                last_scale = s;
                scaled = true;
                j += 1;
                // "3 hundred and 21"
                if c == NumClass::Hundred && self.lower(j) == "and" {
                    if let Some(n) = self.tok(j + 1).filter(|n| n.is_num()) {
                        let next_scale = self
                            .number_word(j + 2)
                            .is_some_and(|(_, c)| matches!(c, NumClass::Scale | NumClass::Hundred));
                        if let Some(v) = parse_digits(n.low())
                            .filter(|v| *v < 100.0 && v.fract() == 0.0 && !next_scale)
                        {
                            value += v;
                            j += 2;
                        }
                    }
                }
            }
            // "3 million and a half"
            if scaled
                && self.lower(j) == "and"
                && matches!(self.lower(j + 1), "a" | "one")
                && self.lower(j + 2) == "half"
            {
                value += 0.5 * last_scale;
                j += 3;
            }
            // "3 dozens"
            if matches!(self.lower(j), "dozen" | "dozens" | "doz" | "dozs") {
                value *= 12.0;
                j += 1;
            }
        }
        Some(Num {
            value,
            end: j,
            words: false,
            vague: None,
            scaled,
            scale,
        })
    }

    /// Whether the number at `i` is an identifier (Section 4, S23, COVID-19, #1) or an
    /// ordinal (3rd).
    fn is_identifier(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.is_num() {
            // attached letters before: S23, mk5
            if i > 0 && !t.space {
                let p = &self.toks[i - 1];
                if p.is_word() || p.is_punct("#") || p.is_punct("№") {
                    return true;
                }
                if (p.is_punct("-") || p.is_punct("‑"))
                    && !p.space
                    && i > 1
                    && self.toks[i - 2].is_word()
                {
                    return true;
                }
            }
            // ordinal suffix: 1st, 22nd, 10th
            if let Some(n) = self.tok(i + 1).filter(|n| !n.space && n.is_word()) {
                if matches!(n.low(), "st" | "nd" | "rd" | "th" | "s") {
                    return true;
                }
            }
            // clock times 9:35, and version numbers 2.0.1
            if self.lower(i + 1) == ":"
                && self.attached(i + 1)
                && self.tok(i + 2).is_some_and(|n| n.is_num() && !n.space)
            {
                return true;
            }
            if i >= 2
                && self.lower(i - 1) == ":"
                && !t.space
                && self.attached(i - 1)
                && self.toks[i - 2].is_num()
            {
                return true;
            }
            if self.tok(i + 1).is_some_and(|n| {
                n.is_word()
                    && matches!(
                        n.low(),
                        "am" | "pm"
                            | "a.m"
                            | "p.m"
                            | "gmt"
                            | "utc"
                            | "et"
                            | "bst"
                            | "cet"
                            | "pst"
                            | "est"
                    )
            }) {
                return true;
            }
            // an age after a name: "Smith, 45, said"
            if i >= 2
                && self.lower(i - 1) == ","
                && self.lower(i + 1) == ","
                && self.toks[i - 2].is_word()
                && self.toks[i - 2].is_cap(self.text)
                && t.lower.len() <= 3
            {
                return true;
            }
            // a bare number in brackets: "Smith (4)"
            if i >= 1 && self.lower(i - 1) == "(" && self.lower(i + 1) == ")" {
                return true;
            }
        }
        // ID.3
        if i >= 2
            && t.is_num()
            && !t.space
            && self.lower(i - 1) == "."
            && !self.toks[i - 1].space
            && self.toks[i - 2].is_word()
        {
            return true;
        }
        // label word before: Section 427, No. 1, Game 2, COVID -19
        let mut k = i;
        if k > 0 && matches!(self.lower(k - 1), "." | "-") {
            k -= 1;
        }
        if k > 0 {
            let p = &self.toks[k - 1];
            if p.is_word() && p.is_cap(self.text) && self.lex.labels.contains(p.raw(self.text)) {
                return true;
            }
        }
        false
    }

    /// Parses a quantity whose number starts at or after `i`; returns it and the next token.
    fn parse_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let t = self.tok(i)?;
        if self.masked(i) {
            return None;
        }
        let mut start = i;
        let mut currency: Option<(String, String)> = None; // (unit as written, ISO)
        let mut j = i;
        // currency prefix ($, US$, £, EUR, MAUD)
        if !t.is_num() {
            if let Some((e, (iso, pos))) = self.lex.currencies.longest(self.toks, i) {
                if *pos != CurPos::Post && self.starts_number(e) && !self.masked(e) {
                    let written = self
                        .text
                        .get(t.start..self.toks[e - 1].end)
                        .unwrap_or("")
                        .to_string();
                    currency = Some((written, iso.clone()));
                    j = e;
                }
            }
        }
        // MAUD 60, MUSD 5 (millions)
        let mut mult = 1.0;
        if currency.is_none() && t.is_word() {
            let r = t.raw(self.text);
            if r.len() == 4
                && r.starts_with('M')
                && r[1..].bytes().all(|b| b.is_ascii_uppercase())
                && self.starts_number(i + 1)
            {
                if let Some((iso, _)) = self.lex.currencies.get(&r[1..].to_lowercase()) {
                    currency = Some((r[1..].to_string(), iso.clone()));
                    mult = 1e6;
                    j = i + 1;
                }
            }
        }
        // negative numbers: -4/5, minus five
        let mut negative = false;
        if currency.is_none() {
            let w = self.lower(j);
            let prev_num = j > 0 && self.toks[j - 1].is_num();
            let attached_next = self.attached(j + 1);
            let sign = (w == "-" || w == "−")
                && self.tok(j + 1).is_some_and(|n| n.is_num())
                && (j == 0 || self.toks[j].space)
                && (attached_next || (j == 0 && !prev_num))
                && !(j > 0 && self.lex.labels.contains(self.toks[j - 1].raw(self.text)));
            if sign || (w == "minus" || w == "negative") && self.starts_number(j + 1) {
                negative = true;
                j += 1;
            }
        }
        let core_start = j;
        if self.masked(core_start) || (currency.is_none() && self.is_identifier(core_start)) {
            return None;
        }
        let num = if self.tok(j)?.is_num() {
            self.parse_digits_at(j, currency.is_some())?
        } else if let Some(v) = self.parse_vague(j) {
            v
        } else {
            let n = self.parse_words(j)?;
            if self.lower(j) == "one" && !self.one_is_number(j) {
                return None;
            }
            n
        };
        let mut value = mult * if negative { -num.value } else { num.value };
        let mut j = num.end;
        let mut q = Quantity::new(Span::new(0, 0));
        if let Some(v) = num.vague {
            q.range = Some((v.0 * mult, v.1 * mult));
            q.approx = true;
        } else {
            q.value = Some(value);
        }
        // suffixes: percent, currency, unit
        let mut unit: Option<String> = None;
        if let Some((c, iso)) = currency.clone() {
            unit = Some(c);
            q.currency = Some(iso);
        }
        if self.lower(j) == "%" {
            unit = Some("percent".into());
            j += 1;
        }
        if unit.is_none() {
            // 30 MUSD
            if let Some(w) = self.tok(j).filter(|w| w.is_word()) {
                let r = w.raw(self.text);
                if r.len() == 4
                    && r.starts_with('M')
                    && r[1..].bytes().all(|b| b.is_ascii_uppercase())
                {
                    if let Some((iso, _)) = self.lex.currencies.get(&r[1..].to_lowercase()) {
                        value *= 1e6;
                        q.value = Some(value);
                        unit = Some(r[1..].to_string());
                        q.currency = Some(iso.clone());
                        j += 1;
                    }
                }
            }
        }
        if unit.is_none() {
            if let Some((e, (iso, pos))) = self.lex.currencies.longest(self.toks, j) {
                if *pos != CurPos::Pre {
                    unit = Some(key_of(self.toks, j, e));
                    q.currency = Some(iso.clone());
                    j = e;
                    // thirteen dollars and forty-five cents; 15 dollars 50
                    let (k, and) = if self.lower(j) == "and" {
                        (j + 1, true)
                    } else {
                        (j, false)
                    };
                    if q.value.is_some_and(|v| v.fract() == 0.0) && self.tok(k).is_some() {
                        if let Some(c) = self
                            .tok(k)
                            .filter(|c| c.is_num() && c.space)
                            .and_then(|c| parse_digits(c.low()).map(|v| (v, k + 1)))
                            .or_else(|| {
                                self.parse_words(k)
                                    .filter(|n| n.words)
                                    .map(|n| (n.value, n.end))
                            })
                        {
                            let (cv, mut e2) = c;
                            let next_is_cur = self
                                .lex
                                .currencies
                                .longest(self.toks, e2)
                                .is_some_and(|(_, (_, p))| *p != CurPos::Pre)
                                && !matches!(self.lower(e2), "cents" | "cent");
                            let cents_word = matches!(self.lower(e2), "cents" | "cent");
                            let ends = self
                                .tok(e2)
                                .is_none_or(|n| n.kind == crate::tok::Kind::Punct);
                            if cv < 100.0
                                && !next_is_cur
                                && self.lower(k) != "a"
                                && (and || cents_word || ends)
                            {
                                if matches!(self.lower(e2), "cents" | "cent") {
                                    e2 += 1;
                                }
                                value += cv / 100.0;
                                q.value = Some(value);
                                j = e2;
                            }
                        }
                    }
                }
            }
        }
        if unit.is_none() {
            let hyphen = matches!(self.lower(j), "-" | "‑")
                && self.attached(j)
                && self.attached(j + 1)
                && self.tok(j + 1).is_some_and(Tok::is_word);
            let k = if hyphen { j + 1 } else { j };
            if let Some((e, canon)) = self.lex.units.longest(self.toks, k) {
                let key = key_of(self.toks, k, e);
                let attached = !self.toks[k].space;
                // "in" before another figure is a proportion ("1 in 10", "one in five"),
                // never inches
                let before_punct = self.tok(e).is_none_or(|n| !n.is_word() || n.lower == "x")
                    && !(key == "in" && self.starts_number(e));
                let old = matches!(self.lower(e), "-" | "‑") && self.lower(e + 1) == "old";
                if hyphen
                    && !old
                    && matches!(
                        canon.as_str(),
                        "years"
                            | "months"
                            | "weeks"
                            | "days"
                            | "hours"
                            | "minutes"
                            | "seconds"
                            | "decades"
                    )
                {
                    return None; // a five-year plan
                }
                if !AMBIGUOUS_UNITS.contains(&key.as_str()) || attached || before_punct {
                    // "58.24 m" after money is million, handled above
                    unit = Some(canon.clone());
                    j = e;
                }
            } else if hyphen {
                // a one-yen bid: money; six-speed, three-point: a compound adjective, not a figure
                match self.lex.currencies.get(self.lower(k)) {
                    Some((iso, pos)) if *pos != CurPos::Pre => {
                        unit = Some(self.lower(k).to_string());
                        q.currency = Some(iso.clone());
                        j = k + 1;
                    }
                    _ => return None,
                }
            } else if let Some(w) = self.tok(j).filter(|w| w.is_word() && !w.space) {
                // 5G, 640bhp (unknown attached letters)
                let r = w.raw(self.text);
                if r.chars().count() <= 4 {
                    unit = Some(r.to_string());
                    j += 1;
                }
            }
        }
        // 5 feet 2 inches
        if unit.as_deref() == Some("feet") && q.value.is_some() {
            if let Some(((inch, Some(u), _), e)) = self.parse_simple(j, false) {
                if u == "inches" && inch < 12.0 {
                    value += inch / 12.0;
                    q.value = Some(value);
                    j = e;
                }
            }
        }
        // "1 over 3"
        if unit.is_none()
            && self.lower(j) == "over"
            && value.fract() == 0.0
            && (1.0..=10.0).contains(&value)
            && q.value.is_some()
        {
            if let Some(((den, None, _), e)) = self.parse_simple(j + 1, false) {
                if den != 0.0 && self.tok(e).is_none_or(|t| !t.is_word()) {
                    value /= den;
                    q.value = Some(value);
                    j = e;
                }
            }
        }
        // range: 252-287, 20 to 30, between 20 and 30, from 5 to 10, three or four years
        let before = |w: &str| {
            (1..=3).any(|d| {
                start >= d
                    && self.lower(start - d) == w
                    && (start - d + 1..start).all(|m| !self.toks[m].is_num())
            })
        };
        let between = before("between");
        let from = before("from");
        let change_ctx = self.change_before(start);
        let mut sep = self.lower(j);
        if sep == "up" && self.lower(j + 1) == "to" && from {
            sep = "to";
            j += 1;
        }
        let dash_ok = self.tok(j).is_some_and(|d| {
            let after = self.tok(j + 1).is_some_and(|n| n.space);
            d.space == after
        });
        let range_sep = match sep {
            "-" | "–" | "—" | "‑" => {
                dash_ok
                    && !self
                        .tok(j + 1)
                        .is_some_and(|n| n.is_word() && !self.starts_number(j + 1))
            }
            "to" | "through" => from || !change_ctx,
            "and" => between,
            "or" => unit.is_none() && value < 100.0,
            _ => false,
        };
        if range_sep && num.vague.is_none() && q.value.is_some() {
            let mut k = j + 1;
            // "$5 to $10", "from up to 252 miles to 287"
            let mut cur2 = false;
            if let Some((e, (_, pos))) = self.lex.currencies.longest(self.toks, k) {
                if *pos != CurPos::Post && self.starts_number(e) {
                    k = e;
                    cur2 = true;
                }
            }
            let parsed = if self.masked(k) {
                None
            } else {
                self.parse_simple(k, currency.is_some() || cur2)
            };
            if let Some(((hi, unit2, scale2), e2)) = parsed {
                let mut lo = value;
                let compatible = match (&unit, &unit2) {
                    (Some(a), Some(b)) => a == b || currency.is_some() && cur2,
                    (None, Some(_)) => currency.is_none() && !cur2,
                    (Some(_), None) => currency.is_some() == cur2,
                    (None, None) => currency.is_some() == cur2,
                };
                if !num.scaled
                    && scale2 > 1.0
                    && lo.abs() < 1000.0
                    && !self.lower(core_start).contains(',')
                {
                    lo *= scale2; // "5 to 10 million"
                }
                let ordered = lo < hi
                    || (between && lo <= hi)
                    || ((from || matches!(sep, "-" | "–" | "—" | "‑")) && lo != hi);
                let or_ok = sep != "or" || unit2.is_some();
                if compatible && ordered && or_ok {
                    q.range = Some((lo, hi));
                    q.value = None;
                    if unit.is_none() {
                        unit = unit2;
                    }
                    j = e2;
                    if between || from {
                        let d = (1..=3)
                            .find(|&d| matches!(self.lower(start - d), "between" | "from"))
                            .unwrap_or(0);
                        start -= d;
                    }
                }
            }
        }
        // "or more", "or less", "and above", "plus"
        let (w1, w2) = (self.lower(j), self.lower(j + 1));
        let tail_bound = match (w1, w2) {
            ("or", "more" | "greater" | "higher" | "above" | "over")
            | ("and", "above" | "over" | "up") => Some(Bound::AtLeast),
            ("or", "less" | "fewer" | "lower" | "below" | "under") | ("and", "below" | "under") => {
                Some(Bound::AtMost)
            }
            _ => None,
        };
        // "200 or greater than 190": the words belong to the next figure
        let tail_bound =
            tail_bound.filter(|_| !(self.lower(j + 2) == "than" && self.starts_number(j + 3)));
        if let Some(b) = tail_bound {
            q.bound = Some(b);
            j += 2;
            if self.lower(j) == "than" && !self.starts_number(j + 1) {
                j += 1;
            }
        } else if w1 == "+" && self.attached(j) {
            q.bound = Some(Bound::AtLeast);
            j += 1;
        }
        // thing counted: "80,000 Americans", "350 criminal enterprises", "hundreds of people"
        let mut k = j;
        if unit.is_none() || num.vague.is_some() {
            if self.lower(k) == "of"
                && (num.vague.is_some() || num.words && self.lower(core_start) != "one")
            {
                k += 1;
                if matches!(
                    self.lower(k),
                    "the" | "them" | "us" | "these" | "those" | "their" | "our"
                ) {
                    k = j; // "two of the ...": no thing
                }
            }
            if k != j || unit.is_none() {
                if let Some((e, thing)) = self.thing(k) {
                    if unit.is_none() {
                        unit = Some(thing);
                    }
                    j = e;
                }
            }
        }
        // "of age"
        if unit.as_deref() == Some("years") && self.lower(j) == "of" && self.lower(j + 1) == "age" {
            j += 2;
        }
        // rate: a year, per day, annually
        if let Some((e, rate)) = self.lex.rates.longest(self.toks, j) {
            if !rate.is_empty() {
                q.rate = Some(rate.clone());
                j = e;
            }
        } else if let Some(rate) = (j + 1..j + 5)
            .take_while(|&m| {
                self.tok(m).is_some_and(|t| t.is_word())
                    && self.tok(m - 1).is_some_and(|t| t.is_word())
            })
            .find_map(|m| {
                // "who die annually", "renew each year": a rate a few words on, the figure's span unchanged
                self.lex
                    .rates
                    .longest(self.toks, m)
                    .map(|(_, r)| r)
                    .filter(|r| {
                        r.starts_with("per year")
                            || r.starts_with("per month")
                            || r.starts_with("per week")
                            || r.starts_with("per day")
                    })
            })
        {
            q.rate = Some(rate.clone());
        } else if self.lower(j) == "/" && self.attached(j) {
            if let Some(w) = self.tok(j + 1).filter(|w| {
                w.is_word()
                    && !w.space
                    && (self.lex.units.contains_key(w.low())
                        || self.lex.time_words.contains_key(w.low()))
            }) {
                q.rate = Some(format!("per {}", w.lower));
                j += 2;
            }
        }
        // a name before a bare number: S&P 500, iPhone 11, Stoxx 600
        if unit.is_none()
            && q.range.is_none()
            && num.vague.is_none()
            && !num.words
            && core_start > 0
            && core_start == start
        {
            let p = &self.toks[core_start - 1];
            let sentence_start = core_start < 2
                || matches!(
                    self.lower(core_start - 2),
                    "." | "!" | "?" | ":" | "\"" | "“"
                )
                || self.toks[core_start - 1].nl;
            if p.is_word()
                && p.is_cap(self.text)
                && !sentence_start
                && p.cls & STOP == 0
                && !self.lex.modifiers.contains_key(p.low())
                && !self.lex.time_words.contains_key(p.low())
            {
                return None;
            }
        }
        q.unit = unit;
        // modifiers before: about, some, more than, up to, nearly
        let (mstart, modi) = self.modifier_before(start);
        if let Some((kind, words)) = modi {
            match kind.as_str() {
                "approx" => q.approx = true,
                "more_than" => q.bound = Some(Bound::MoreThan),
                "at_least" => q.bound = Some(Bound::AtLeast),
                "less_than" => q.bound = Some(Bound::LessThan),
                "at_most" => q.bound = Some(Bound::AtMost),
                "exactly" => q.bound = q.bound.or(Some(Bound::Exactly)),
                _ => {}
            }
            q.modifier = Some(words);
            start = mstart;
        }
        // change: rose 60%, up 9.4 per cent, increased by $43.6 billion, fell to 5
        q.change = self.change_at(start);
        let end_tok = j.max(core_start + 1).min(self.toks.len());
        let s = self.toks.get(start)?.start;
        let e = self.toks.get(end_tok - 1)?.end;
        q.span = Span::new(s, e);
        Some((q, end_tok))
    }

    /// A plain number (with its unit and scale) for the far end of a range.
    fn parse_simple(&self, k: usize, money: bool) -> Option<(RangeEnd, usize)> {
        let num = if self.tok(k)?.is_num() {
            if !money && self.is_identifier(k) {
                return None;
            }
            self.parse_digits_at(k, money)?
        } else {
            self.parse_words(k)?
        };
        let mut j = num.end;
        let mut unit = None;
        if self.lower(j) == "%" {
            unit = Some("percent".to_string());
            j += 1;
        } else if let Some((e, canon)) = self.lex.units.longest(self.toks, j) {
            let key = key_of(self.toks, j, e);
            if !AMBIGUOUS_UNITS.contains(&key.as_str()) || !self.toks[j].space {
                unit = Some(canon.clone());
                j = e;
            }
        } else if let Some((e, (_, pos))) = self.lex.currencies.longest(self.toks, j) {
            if *pos != CurPos::Pre {
                unit = Some(key_of(self.toks, j, e));
                j = e;
            }
        } else if unit.is_none() && !money {
            if let Some((e, thing)) = self.thing(j) {
                unit = Some(thing);
                j = e;
            }
        }
        Some(((num.value, unit, num.scale), j))
    }

    fn starts_number(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.is_num())
            || self.number_word(i).is_some()
            || (matches!(self.lower(i), "a" | "an") && self.number_word(i + 1).is_some())
    }

    /// "one" as a number, not a pronoun (no one, the one, one another).
    fn one_is_number(&self, i: usize) -> bool {
        let prev = if i > 0 { self.lower(i - 1) } else { "" };
        let next = self.lower(i + 1);
        !matches!(
            prev,
            "no" | "any"
                | "every"
                | "each"
                | "the"
                | "this"
                | "that"
                | "which"
                | "another"
                | "such"
                | "someone"
                | "anyone"
                | "little"
                | "last"
                | "only"
                | "'s"
        ) && !self.tok(i + 1).is_some_and(Tok::is_num)
            && !matches!(
                next,
                "that"
                    | "who"
                    | "which"
                    | "another"
                    | "way"
                    | "thing"
                    | "by"
                    | "point"
                    | "time"
                    | "can"
                    | "could"
                    | "would"
                    | "should"
                    | "must"
                    | "might"
                    | "will"
                    | "does"
                    | "has"
                    | "is"
                    | "was"
            )
    }

    /// A thing counted starting at token `k`: adverbs skipped (potentially lethal doses),
    /// then up to three content words ending at the first plural, or one capitalised
    /// plural (Americans).
    fn thing(&self, k: usize) -> Option<(usize, String)> {
        let ok = |t: &Tok| {
            t.is_word()
                && !t.nl
                && t.cls & STOP == 0
                && !self
                    .lex
                    .time_words
                    .get(t.low())
                    .is_some_and(|(kind, _)| kind == "month" || kind == "weekday")
                && !self.lex.numbers.contains_key(t.low())
                && !self.lex.ordinals.contains_key(t.low())
                && t.cls & (CHANGE_UP | CHANGE_DOWN) == 0
        };
        let mut s = k;
        while s < k + 2
            && self
                .tok(s)
                .is_some_and(|t| ok(t) && t.lower.ends_with("ly") && t.lower.len() > 4)
        {
            s += 1;
        }
        let t = self.tok(s)?;
        if !ok(t) || is_verbish(t.low()) {
            return None;
        }
        if t.is_cap(self.text) && !t.lower.ends_with('s') {
            return None; // a capitalised word is a thing only as a plural (Americans)
        }
        let mut e = s + 1;
        if !t.lower.ends_with('s') || t.lower.ends_with("ss") {
            let mut m = s + 1;
            while m < s + 3 {
                match self.tok(m) {
                    Some(n)
                        if ok(n)
                            && n.space
                            && !is_verbish(n.low())
                            && n.is_cap(self.text) == t.is_cap(self.text) =>
                    {
                        m += 1;
                        if n.lower.ends_with('s') && !n.lower.ends_with("ss") {
                            e = m;
                            break;
                        }
                    }
                    _ => break,
                }
            }
            if e == s + 1 && m == s + 2 {
                e = m; // adjective + noun without a plural: "barrel refinery"
            }
        }
        let st = self.toks[s].start;
        let en = self.toks[e - 1].end;
        Some((e, self.text.get(st..en)?.to_string()))
    }

    /// Approximator or bound words ending right before token `start`.
    fn modifier_before(&self, start: usize) -> (usize, Option<(String, String)>) {
        if let Some((s, kind)) = self.lex.modifiers.longest_before(self.toks, start) {
            // "up to" after a change verb is a change target, not a bound ("rose up to")
            if s + 1 == start
                && self.lower(s) == "over"
                && s > 0
                && matches!(self.lower(s - 1), "years" | "months")
            {
                return (start, None);
            }
            let words = self
                .text
                .get(self.toks[s].start..self.toks[start - 1].end)
                .unwrap_or("")
                .to_string();
            return (s, Some((kind.clone(), words)));
        }
        (start, None)
    }

    /// Whether a change verb stands shortly before token `start` (so "X to Y" is a change).
    fn change_before(&self, start: usize) -> bool {
        let lo = start.saturating_sub(5);
        (lo..start).any(|k| {
            let w = self.lower(k);
            self.cls(k) & (CHANGE_UP | CHANGE_DOWN) != 0 && w != "up" && w != "down"
                || matches!(w, "from" | "by")
                    && k + 1 == start
                    && (lo..k).any(|m| self.cls(m) & (CHANGE_UP | CHANGE_DOWN) != 0)
        })
    }

    /// Change marked before the quantity starting at token `start`.
    fn change_at(&self, start: usize) -> Option<Change> {
        let mut k = start;
        let mut via = None;
        if k > 0 && matches!(self.lower(k - 1), "by" | "to" | "from") {
            via = Some(self.lower(k - 1));
            k -= 1;
        }
        // verb within two tokens before: "rose by", "was up", "increased sharply by"
        let lo = k.saturating_sub(if via == Some("by") || via.is_none() {
            3
        } else {
            7
        });
        let mut dir = None;
        for m in (lo..k).rev() {
            if self.cls(m) & CHANGE_UP != 0 {
                dir = Some(Change::Up);
                break;
            }
            if self.cls(m) & CHANGE_DOWN != 0 {
                dir = Some(Change::Down);
                break;
            }
            if self.toks[m].is_punct(",")
                || self.toks[m].is_punct(".")
                || (via.is_none() && self.toks[m].is_num())
            {
                break;
            }
        }
        match (via, dir) {
            (Some("to"), Some(_)) => Some(Change::To),
            (Some("from"), Some(_)) => Some(Change::From),
            (Some("by"), d) => d,
            (None, d) => d,
            _ => None,
        }
    }

    /// Whether [`Extractor::parse_at`] can find a figure at the article "a" or "an" at
    /// `i`: only as a currency's first token (A$) or before a number word, an ordinal or
    /// "dozen" (a hundred, a third, a dozen). Most articles are none, and are passed over
    /// without the parse.
    fn article_can_start(&self, i: usize) -> bool {
        let next = self.lower(i + 1);
        self.lex.numbers.contains_key(next)
            || self.lex.ordinals.contains_key(next)
            || matches!(next, "dozen" | "doz")
            || self.lex.currencies.longest(self.toks, i).is_some()
    }

    /// All quantities in the tokens, in order.
    pub fn run(&self) -> Vec<Quantity> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            // a quantity starts at digits, a number word, a currency, a sign, or M+ISO code
            let t = &self.toks[i];
            if !t.is_num() && t.cls & QUANT_START == 0 && !self.m_code(i) {
                i += 1;
                continue;
            }
            if t.is_word() && matches!(t.low(), "a" | "an") && !self.article_can_start(i) {
                i += 1;
                continue;
            }
            match self.parse_at(i) {
                Some((q, next)) if next > i => {
                    // a modifier may reach back over the previous quantity's end: keep order
                    if out
                        .last()
                        .is_some_and(|p: &Quantity| p.span.end > q.span.start)
                    {
                        i = next;
                        continue;
                    }
                    out.push(q);
                    i = next;
                }
                _ => i += 1,
            }
        }
        out
    }
}

/// Words that follow a number but are not a thing counted (verbs, adverbs).
fn is_verbish(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "was"
            | "were"
            | "is"
            | "are"
            | "percent"
            | "times"
            | "apiece"
            | "each"
            | "alone"
            | "including"
            | "according"
            | "against"
            | "ahead"
            | "instead"
            | "respectively"
            | "combined"
            | "together"
            | "overall"
            | "total"
            | "altogether"
    ) || (w.ends_with("ly") || w.ends_with("ed")) && w.len() > 4
}
