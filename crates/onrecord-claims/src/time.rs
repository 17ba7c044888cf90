//! Time references (last year, since 2015, on Tuesday, February 1st, every year, the 1990s)
//! and their resolution against an article's dateline.

use std::fmt;

use onrecord_quotes::Span;
use serde::{Serialize, Serializer};

use crate::lex::{Lexicons, STOP, TIME_START};
use crate::tok::{tokenize_in, Tok};

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: i32,
    /// Month 1..=12.
    pub month: u8,
    /// Day 1..=31.
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        _ => 28,
    }
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && (1..=9999).contains(&year))
        .then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01.
    pub fn days(&self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (y + i64::from(m <= 2)).clamp(1, 9999) as i32;
        Date {
            year: y,
            month: m,
            day: d,
        }
    }

    /// Day of the week, Monday = 0.
    pub fn weekday(&self) -> u8 {
        ((self.days() + 3).rem_euclid(7)) as u8
    }

    fn add_days(&self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }
}

/// A closed interval of dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Interval {
    /// First day.
    pub start: Date,
    /// Last day (inclusive).
    pub end: Date,
}

impl Interval {
    fn day(d: Date) -> Interval {
        Interval { start: d, end: d }
    }
    fn year(y: i32) -> Option<Interval> {
        Some(Interval {
            start: Date::new(y, 1, 1)?,
            end: Date::new(y, 12, 31)?,
        })
    }
    fn month(y: i32, m: u8) -> Option<Interval> {
        Some(Interval {
            start: Date::new(y, m, 1)?,
            end: Date::new(y, m, days_in_month(y, m))?,
        })
    }
}

/// What a time reference names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeKind {
    /// A calendar day (February 1st, 2025-01-23, yesterday).
    Date,
    /// A month (June 2018, in May).
    Month,
    /// A year (2015, last year).
    Year,
    /// A decade (the 1990s).
    Decade,
    /// A day of the week (on Tuesday).
    Weekday,
    /// A relative period (last week, three years ago, this month).
    Relative,
    /// A span between two points (since 2015, between 2018 and 2021).
    Interval,
    /// A repeating period (every year).
    Recurring,
    /// A clock time (9:35 p.m.).
    Clock,
}

/// A time reference in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeRef {
    /// Byte span in the document.
    pub span: Span,
    /// What it names.
    pub kind: TimeKind,
    /// The dates it covers, when they can be told (from the words alone or the dateline).
    pub resolved: Option<Interval>,
}

const FULL_MONTHS: &[&str] = &[
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The dateline a [`TimeFinder`] resolves against: given, or found in the document the
/// first time a reference needs it (most quotes hold none that does, so most articles
/// are never searched for one).
#[derive(Clone, Copy)]
pub(crate) enum Dateline<'a> {
    /// Known beforehand (or known to be none).
    Known(Option<Date>),
    /// Found by [`find_dateline`] on first use and kept in the cell.
    Lazy(&'a std::cell::OnceCell<Option<Date>>),
}

pub(crate) struct TimeFinder<'a> {
    pub lex: &'a Lexicons,
    pub text: &'a str,
    pub toks: &'a [Tok<'a>],
    pub dateline: Dateline<'a>,
}

impl<'a> TimeFinder<'a> {
    /// The dateline, found now if it is looked for lazily and not yet found.
    fn dl(&self) -> Option<Date> {
        match self.dateline {
            Dateline::Known(d) => d,
            Dateline::Lazy(cell) => *cell.get_or_init(|| find_dateline(self.lex, self.text)),
        }
    }

    fn lower(&self, i: usize) -> &'a str {
        self.toks.get(i).map(|t| t.low()).unwrap_or("")
    }

    fn month_at(&self, i: usize) -> Option<u8> {
        let t = self.toks.get(i)?;
        let (kind, v) = self.lex.time_words.get(t.low())?;
        if kind != "month" {
            return None;
        }
        // "may", "march", abbreviations: only capitalised
        if !t.is_cap(self.text) && !FULL_MONTHS.contains(&t.low()) {
            return None;
        }
        if t.lower == "may" || t.lower == "march" {
            // the modal / the verb: need a day, a year, or a time preposition
            let next_num = self.toks.get(i + 1).is_some_and(Tok::is_num);
            let prev = if i > 0 { self.lower(i - 1) } else { "" };
            let prev_num = i > 0 && self.toks[i - 1].is_num();
            if !next_num
                && !prev_num
                && !matches!(
                    prev,
                    "in" | "since"
                        | "until"
                        | "last"
                        | "next"
                        | "this"
                        | "early"
                        | "late"
                        | "mid"
                        | "of"
                        | "from"
                        | "through"
                        | "till"
                        | "by"
                        | "during"
                )
            {
                return None;
            }
            if (i == 0
                || self
                    .toks
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_punct(".")))
                && !next_num
            {
                return None;
            }
        }
        u8::try_from(*v).ok()
    }

    fn weekday_at(&self, i: usize) -> Option<u8> {
        let t = self.toks.get(i)?;
        let (kind, v) = self.lex.time_words.get(t.low())?;
        (kind == "weekday" && t.is_cap(self.text))
            .then(|| u8::try_from(*v).ok())
            .flatten()
    }

    /// A day-of-month number at `i` (1..31, optional st/nd/rd/th); returns (day, next).
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.toks.get(i)?;
        if !t.is_num() || t.lower.len() > 2 {
            return None;
        }
        let d: u8 = t.lower.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut e = i + 1;
        if self
            .toks
            .get(e)
            .is_some_and(|n| !n.space && matches!(n.low(), "st" | "nd" | "rd" | "th"))
        {
            e += 1;
        }
        // "5,000" is not a day; "5." then digits neither
        Some((d, e))
    }

    /// A four-digit year at `i`.
    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.toks.get(i)?;
        if !t.is_num() || t.lower.len() != 4 || !t.lower.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = t.lower.parse().ok()?;
        if !(1600..=2200).contains(&y) {
            return None;
        }
        let prev = if i > 0 { self.lower(i - 1) } else { "" };
        // "about 2000 - 2500 calories", "an average of 1500"
        if i > 0
            && (self.lex.modifiers.contains_key(prev)
                || matches!(prev, "than" | "of")
                    && i > 1
                    && matches!(
                        self.lower(i - 2),
                        "average"
                            | "total"
                            | "sum"
                            | "maximum"
                            | "minimum"
                            | "cost"
                            | "price"
                            | "value"
                            | "score"
                            | "tally"
                            | "count"
                            | "population"
                            | "least"
                            | "most"
                            | "more"
                            | "less"
                    ))
        {
            return None;
        }
        // attached to letters or currency: not a year (S2018, $2000)
        if i > 0 && !t.space {
            let p = &self.toks[i - 1];
            if p.is_word() || p.lower == "$" || p.lower == "£" || p.lower == "€" || p.lower == "#"
            {
                return None;
            }
        }
        if i > 0 && self.toks[i - 1].space && matches!(self.toks[i - 1].low(), "$" | "£" | "€") {
            return None;
        }
        // followed by a unit, percent, scale, or a plural noun that is counted
        if let Some(n) = self.toks.get(i + 1) {
            if n.lower == "%" || (!n.space && n.is_word()) && n.lower != "s" {
                return None;
            }
            if n.is_word() {
                let prev = if i > 0 { self.lower(i - 1) } else { "" };
                let yearish_prev = matches!(
                    prev,
                    "in" | "since"
                        | "of"
                        | "by"
                        | "from"
                        | "until"
                        | "till"
                        | "to"
                        | "before"
                        | "after"
                        | "during"
                        | "early"
                        | "late"
                        | "mid"
                        | "and"
                        | "between"
                        | "through"
                        | "the"
                        | "for"
                        | "around"
                        | "circa"
                        | "c"
                        | "spring"
                        | "summer"
                        | "autumn"
                        | "fall"
                        | "winter"
                        | "year"
                        | "season"
                        | "fiscal"
                        | "election"
                        | "census"
                ) || self.month_at(i.wrapping_sub(1)).is_some()
                    || prev == ",";
                let unit_next = self.lex.units.longest_upto(self.toks, i + 1, 3).is_some();
                let counted = unit_next
                    || self.lex.numbers.contains_key(n.low())
                    || self.lex.currencies.contains_key(n.low())
                    || (n.lower.ends_with('s')
                        && n.cls & STOP == 0
                        && !n.is_cap(self.text)
                        && n.lower.len() > 3);
                if counted && !yearish_prev {
                    return None;
                }
                if i > 0 && self.lex.modifiers.contains_key(self.lower(i - 1)) && !yearish_prev {
                    return None;
                }
            }
        }
        Some(y)
    }

    fn span(&self, s: usize, e: usize) -> Span {
        Span::new(self.toks[s].start, self.toks[e - 1].end)
    }

    /// Parses a time reference starting at `i`; returns it with the token end.
    fn parse_at(&self, i: usize) -> Option<(TimeRef, usize, bool)> {
        let dl = || self.dl();
        let w = self.lower(i);
        // ISO date 2025-01-23
        if let Some(y) = self
            .toks
            .get(i)
            .filter(|t| t.is_num() && t.lower.len() == 4)
            .and_then(|t| t.lower.parse::<i32>().ok())
        {
            if self.lower(i + 1) == "-"
                && self.lower(i + 3) == "-"
                && self.toks.get(i + 4).is_some_and(|t| !t.space)
            {
                let m = self.lower(i + 2).parse::<u8>().ok();
                let d = self.lower(i + 4).parse::<u8>().ok();
                if let (Some(m), Some(d)) = (m, d) {
                    if let Some(date) = Date::new(y, m, d) {
                        return Some((
                            TimeRef {
                                span: self.span(i, i + 5),
                                kind: TimeKind::Date,
                                resolved: Some(Interval::day(date)),
                            },
                            i + 5,
                            true,
                        ));
                    }
                }
            }
        }
        // numeric date 5/17/2018 or 17/5/2018
        if self.toks.get(i).is_some_and(Tok::is_num)
            && self.lower(i + 1) == "/"
            && self.lower(i + 3) == "/"
            && self.toks.get(i + 4).is_some_and(|t| t.is_num() && !t.space)
        {
            let a = self.lower(i).parse::<u8>().ok();
            let b = self.lower(i + 2).parse::<u8>().ok();
            let y = self
                .lower(i + 4)
                .parse::<i32>()
                .ok()
                .map(|y| if y < 100 { 2000 + y } else { y });
            if let (Some(a), Some(b), Some(y)) = (a, b, y) {
                let date = Date::new(y, a, b).or_else(|| Date::new(y, b, a));
                return Some((
                    TimeRef {
                        span: self.span(i, i + 5),
                        kind: TimeKind::Date,
                        resolved: date.map(Interval::day),
                    },
                    i + 5,
                    true,
                ));
            }
        }
        // Month [.] day[st] [, year] | Month year
        if let Some(m) = self.month_at(i) {
            let mut j = i + 1;
            if self.lower(j) == "." {
                j += 1;
            }
            if let Some((d, e)) = self.day_at(j) {
                let mut end = e;
                let mut year = None;
                let mut k = e;
                if self.lower(k) == "," {
                    k += 1;
                }
                if let Some(y) = self.year_at(k) {
                    year = Some(y);
                    end = k + 1;
                }
                let resolved = match year {
                    Some(y) => Date::new(y, m, d),
                    None => dl().and_then(|dl| near_dateline(dl, m, d)),
                };
                return Some((
                    TimeRef {
                        span: self.span(i, end),
                        kind: TimeKind::Date,
                        resolved: resolved.map(Interval::day),
                    },
                    end,
                    true,
                ));
            }
            if let Some(y) = self.year_at(j) {
                return Some((
                    TimeRef {
                        span: self.span(i, j + 1),
                        kind: TimeKind::Month,
                        resolved: Interval::month(y, m),
                    },
                    j + 1,
                    true,
                ));
            }
            let resolved = dl().and_then(|d| Interval::month(d.year, m));
            return Some((
                TimeRef {
                    span: self.span(i, i + 1),
                    kind: TimeKind::Month,
                    resolved,
                },
                i + 1,
                true,
            ));
        }
        // day [of] Month [year]
        if let Some((d, e)) = self.day_at(i) {
            let k = if self.lower(e) == "of" { e + 1 } else { e };
            if let Some(m) = self.month_at(k) {
                let mut end = k + 1;
                let mut year = None;
                if let Some(y) = self.year_at(end) {
                    year = Some(y);
                    end += 1;
                }
                let resolved = match year {
                    Some(y) => Date::new(y, m, d),
                    None => dl().and_then(|dl| near_dateline(dl, m, d)),
                }
                .map(Interval::day);
                return Some((
                    TimeRef {
                        span: self.span(i, end),
                        kind: TimeKind::Date,
                        resolved,
                    },
                    end,
                    true,
                ));
            }
        }
        // weekdays
        if let Some(wd) = self.weekday_at(i) {
            let prev = if i > 0 { self.lower(i - 1) } else { "" };
            let s = if matches!(
                prev,
                "on" | "last" | "next" | "this" | "since" | "until" | "by"
            ) {
                i - 1
            } else {
                i
            };
            let resolved = dl().map(|d| {
                let cur = i64::from(d.weekday());
                let delta = if prev == "next" {
                    (i64::from(wd) - cur).rem_euclid(7).max(1)
                } else {
                    -((cur - i64::from(wd)).rem_euclid(7))
                };
                Interval::day(d.add_days(delta))
            });
            return Some((
                TimeRef {
                    span: self.span(s, i + 1),
                    kind: TimeKind::Weekday,
                    resolved,
                },
                i + 1,
                false,
            ));
        }
        // decades: 1990s, the '90s
        if let Some(t) = self.toks.get(i).filter(|t| t.is_num()) {
            if self
                .toks
                .get(i + 1)
                .is_some_and(|n| !n.space && n.lower == "s")
            {
                let v: i32 = t.lower.parse().unwrap_or(-1);
                let y = match t.lower.len() {
                    4 if v % 10 == 0 => Some(v),
                    2 if v % 10 == 0 && i > 0 && matches!(self.lower(i - 1), "'" | "’") => {
                        Some(1900 + v)
                    }
                    _ => None,
                };
                if let Some(y) = y {
                    let s = if y < 1000 || t.lower.len() == 2 {
                        i - 1
                    } else {
                        i
                    };
                    let resolved = Date::new(y, 1, 1)
                        .zip(Date::new(y + 9, 12, 31))
                        .map(|(a, b)| Interval { start: a, end: b });
                    return Some((
                        TimeRef {
                            span: self.span(s, i + 2),
                            kind: TimeKind::Decade,
                            resolved,
                        },
                        i + 2,
                        true,
                    ));
                }
            }
        }
        // since/between/from YEAR [and/to YEAR]
        if matches!(w, "since" | "between" | "from") {
            if let Some(y1) = self.year_at(i + 1) {
                if matches!(
                    self.lower(i + 2),
                    "and" | "to" | "-" | "–" | "until" | "through"
                ) {
                    if let Some(y2) = self
                        .year_at(i + 3)
                        .or_else(|| short_year(self.lower(i + 3), y1))
                    {
                        let resolved = Date::new(y1, 1, 1)
                            .zip(Date::new(y2, 12, 31))
                            .map(|(a, b)| Interval { start: a, end: b });
                        return Some((
                            TimeRef {
                                span: self.span(i, i + 4),
                                kind: TimeKind::Interval,
                                resolved,
                            },
                            i + 4,
                            true,
                        ));
                    }
                }
                if w == "since" {
                    let resolved = dl()
                        .zip(Date::new(y1, 1, 1))
                        .filter(|(d, a)| d >= a)
                        .map(|(d, a)| Interval { start: a, end: d });
                    return Some((
                        TimeRef {
                            span: self.span(i, i + 2),
                            kind: TimeKind::Interval,
                            resolved,
                        },
                        i + 2,
                        true,
                    ));
                }
            }
        }
        // YEAR[-–]YEAR
        if let Some(y1) = self.year_at(i) {
            if matches!(self.lower(i + 1), "-" | "–")
                && !self.toks.get(i + 1).is_some_and(|t| t.space)
            {
                if let Some(y2) = self
                    .year_at(i + 2)
                    .or_else(|| short_year(self.lower(i + 2), y1))
                {
                    if y2 > y1 {
                        let resolved = Date::new(y1, 1, 1)
                            .zip(Date::new(y2, 12, 31))
                            .map(|(a, b)| Interval { start: a, end: b });
                        return Some((
                            TimeRef {
                                span: self.span(i, i + 3),
                                kind: TimeKind::Interval,
                                resolved,
                            },
                            i + 3,
                            true,
                        ));
                    }
                }
            }
            return Some((
                TimeRef {
                    span: self.span(i, i + 1),
                    kind: TimeKind::Year,
                    resolved: Interval::year(y1),
                },
                i + 1,
                true,
            ));
        }
        // today, yesterday, tomorrow, tonight
        if let Some((kind, v)) = self.lex.time_words.get(w) {
            if kind == "rel" {
                let resolved = dl().map(|d| Interval::day(d.add_days(*v)));
                return Some((
                    TimeRef {
                        span: self.span(i, i + 1),
                        kind: TimeKind::Date,
                        resolved,
                    },
                    i + 1,
                    false,
                ));
            }
        }
        // last/this/next/past/coming [N] unit(s); every unit; N units ago; earlier this year
        if matches!(
            w,
            "last"
                | "this"
                | "next"
                | "past"
                | "coming"
                | "previous"
                | "every"
                | "each"
                | "current"
        ) {
            let mut j = i + 1;
            let mut n: i64 = 1;
            if let Some(t) = self.toks.get(j) {
                if t.is_num() {
                    n = t.lower.parse().unwrap_or(1);
                    j += 1;
                } else if let Some((v, _)) = self.lex.numbers.get(t.low()) {
                    if *v >= 1.0 && *v < 100.0 {
                        n = *v as i64;
                        j += 1;
                    }
                }
            }
            let u = self.lower(j);
            let unit = u.strip_suffix('s').unwrap_or(u);
            if let Some((kind, days)) = self.lex.time_words.get(unit) {
                if kind == "unit" && (j == i + 1 || u.ends_with('s')) {
                    let s = if i > 0
                        && matches!(
                            self.lower(i - 1),
                            "earlier" | "later" | "over" | "in" | "during" | "for" | "within"
                        )
                        && w != "every"
                    {
                        i - 1
                    } else {
                        i
                    };
                    if matches!(w, "every" | "each") {
                        return Some((
                            TimeRef {
                                span: self.span(s, j + 1),
                                kind: TimeKind::Recurring,
                                resolved: None,
                            },
                            j + 1,
                            j == i + 1,
                        ));
                    }
                    let resolved = dl().and_then(|d| relative(d, w, unit, n, *days));
                    let kind = if unit == "year" && n == 1 {
                        TimeKind::Year
                    } else {
                        TimeKind::Relative
                    };
                    // the number in "last three years" stays a quantity
                    return Some((
                        TimeRef {
                            span: self.span(s, j + 1),
                            kind,
                            resolved,
                        },
                        j + 1,
                        j == i + 1,
                    ));
                }
            }
        }
        // N units ago
        if let Some(t) = self.toks.get(i) {
            let n = if t.is_num() {
                t.lower.parse::<i64>().ok()
            } else {
                self.lex.numbers.get(t.low()).map(|(v, _)| *v as i64)
            };
            let u = self.lower(i + 1);
            let unit = u.strip_suffix('s').unwrap_or(u);
            if let (Some(n), Some((kind, days))) = (n, self.lex.time_words.get(unit)) {
                if kind == "unit" && self.lower(i + 2) == "ago" {
                    let resolved = dl().map(|d| Interval::day(d.add_days(-n * days)));
                    return Some((
                        TimeRef {
                            span: self.span(i, i + 3),
                            kind: TimeKind::Relative,
                            resolved,
                        },
                        i + 3,
                        false,
                    ));
                }
            }
        }
        None
    }

    /// All time references, and a mask of tokens that are time, not quantities.
    pub fn run(&self) -> (Vec<TimeRef>, Vec<bool>) {
        let mut mask = Vec::new();
        let out = self.run_into(&mut mask);
        (out, mask)
    }

    /// [`TimeFinder::run`] with the mask written into `mask` (room kept from earlier use).
    pub fn run_into(&self, mask: &mut Vec<bool>) -> Vec<TimeRef> {
        let mut out = Vec::new();
        mask.clear();
        crate::tok::room(mask, self.toks.len());
        mask.resize(self.toks.len(), false);
        let mut i = 0;
        while i < self.toks.len() {
            // a time reference starts at digits or at a word of the time lexicons
            let t = &self.toks[i];
            if !t.is_num() && t.cls & TIME_START == 0 {
                i += 1;
                continue;
            }
            // clock times: 9:35, 9:35 p.m., 10 am
            if let Some(e) = self.clock_at(i) {
                for m in mask.iter_mut().take(e).skip(i) {
                    *m = true;
                }
                out.push(TimeRef {
                    span: self.span(i, e),
                    kind: TimeKind::Clock,
                    resolved: None,
                });
                i = e;
                continue;
            }
            match self.parse_at(i) {
                Some((t, e, mask_nums)) if e > i => {
                    if mask_nums {
                        for m in mask.iter_mut().take(e).skip(i) {
                            *m = true;
                        }
                    }
                    out.push(t);
                    i = e;
                }
                _ => i += 1,
            }
        }
        out
    }

    fn clock_at(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if !t.is_num() || t.lower.len() > 2 {
            return None;
        }
        let mut e = i + 1;
        if self.lower(e) == ":"
            && self
                .toks
                .get(e + 1)
                .is_some_and(|n| n.is_num() && !n.space && n.lower.len() == 2)
            && !self.toks[e].space
        {
            e += 2;
        }
        let ampm = matches!(self.lower(e), "am" | "pm" | "a" | "p")
            && (self.lower(e) == "am" || self.lower(e) == "pm" || self.lower(e + 1) == ".");
        if ampm {
            e += 1;
            if self.lower(e) == "." && matches!(self.lower(e + 1), "m") {
                e += 2;
                if self.lower(e) == "." {
                    e += 1;
                }
            }
            return Some(e);
        }
        (e > i + 1).then_some(e)
    }
}

/// A month and day without a year, read in the dateline's year, or the year before when
/// that would put it more than two months after the dateline (news reports look back).
fn near_dateline(dl: Date, m: u8, d: u8) -> Option<Date> {
    let same = Date::new(dl.year, m, d)?;
    if same.days() - dl.days() > 60 {
        return Date::new(dl.year - 1, m, d);
    }
    Some(same)
}

fn short_year(s: &str, y1: i32) -> Option<i32> {
    if s.len() == 2 {
        let v: i32 = s.parse().ok()?;
        let y = y1 - y1 % 100 + v;
        return (y > y1).then_some(y);
    }
    None
}

/// last/this/next N units, relative to the dateline.
fn relative(d: Date, w: &str, unit: &str, n: i64, days: i64) -> Option<Interval> {
    match (w, unit) {
        ("this" | "current", "year") => Interval::year(d.year),
        ("last" | "previous", "year") if n == 1 => Interval::year(d.year - 1),
        ("next" | "coming", "year") if n == 1 => Interval::year(d.year + 1),
        ("this" | "current", "month") => Interval::month(d.year, d.month),
        ("last" | "previous", "month") if n == 1 => {
            let (y, m) = if d.month == 1 {
                (d.year - 1, 12)
            } else {
                (d.year, d.month - 1)
            };
            Interval::month(y, m)
        }
        ("next" | "coming", "month") if n == 1 => {
            let (y, m) = if d.month == 12 {
                (d.year + 1, 1)
            } else {
                (d.year, d.month + 1)
            };
            Interval::month(y, m)
        }
        ("this", "week") => {
            let s = d.add_days(-i64::from(d.weekday()));
            Some(Interval {
                start: s,
                end: s.add_days(6),
            })
        }
        ("last" | "previous", "week") if n == 1 => {
            let s = d.add_days(-i64::from(d.weekday()) - 7);
            Some(Interval {
                start: s,
                end: s.add_days(6),
            })
        }
        ("next" | "coming", "week") if n == 1 => {
            let s = d.add_days(-i64::from(d.weekday()) + 7);
            Some(Interval {
                start: s,
                end: s.add_days(6),
            })
        }
        ("last" | "past" | "previous", _) => Some(Interval {
            start: d.add_days(-n * days),
            end: d,
        }),
        ("next" | "coming", _) => Some(Interval {
            start: d,
            end: d.add_days(n * days),
        }),
        _ => None,
    }
}

/// The dateline of an article: the first full date near its start (" date 2025-01-23 ",
/// "WASHINGTON, Jan. 5, 2024 —", "January 5, 2024").
pub(crate) fn find_dateline(lex: &Lexicons, text: &str) -> Option<Date> {
    let mut end = text.len().min(400);
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut arena = String::new();
    let mut toks = tokenize_in(text, 0, end, &mut arena);
    lex.annotate(&mut toks);
    let f = TimeFinder {
        lex,
        text,
        toks: &toks,
        dateline: Dateline::Known(None),
    };
    let (refs, _) = f.run();
    refs.into_iter()
        .filter(|r| r.kind == TimeKind::Date && r.span.end <= end)
        .find_map(|r| r.resolved.map(|i| i.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_days_roundtrip() {
        for d in [
            Date {
                year: 2025,
                month: 1,
                day: 23,
            },
            Date {
                year: 2000,
                month: 2,
                day: 29,
            },
            Date {
                year: 1970,
                month: 1,
                day: 1,
            },
        ] {
            assert_eq!(Date::from_days(d.days()), d);
        }
        // 2025-01-23 was a Thursday
        assert_eq!(
            Date {
                year: 2025,
                month: 1,
                day: 23
            }
            .weekday(),
            3
        );
    }
}
