//! Lexicons compiled in from `data/*.txt`, and a whole-word phrase matcher over tokens.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::tok::{norm_key, Tok};

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
    pub numbers: HashMap<String, (f64, NumClass)>,
    pub ordinals: HashMap<String, f64>,
    /// key → (ISO code, position)
    pub currencies: HashMap<String, (String, CurPos)>,
    pub max_currency_len: usize,
    /// key → canonical unit
    pub units: HashMap<String, String>,
    pub max_unit_len: usize,
    /// key → normalised rate ("" = not a rate)
    pub rates: HashMap<String, String>,
    pub max_rate_len: usize,
    /// key → modifier kind
    pub modifiers: HashMap<String, String>,
    pub max_modifier_len: usize,
    pub labels: HashSet<String>,
    pub stopwords: HashSet<String>,
    pub action_verbs: HashSet<String>,
    pub policy_terms: HashSet<String>,
    pub stance_terms: HashSet<String>,
    pub past_verbs: HashSet<String>,
    pub concrete: HashSet<String>,
    pub vague: HashSet<String>,
    /// word → (kind, value)
    pub time_words: HashMap<String, (String, i64)>,
    cue_ac: Option<AhoCorasick>,
    cue_kinds: Vec<Cue>,
}

fn keyed<F: FnMut(String, Vec<&'static str>)>(data: &'static str, mut f: F) -> usize {
    let mut max = 0;
    for l in lines(data) {
        let c = cols(l);
        let key = norm_key(c[0]);
        if key.is_empty() {
            continue;
        }
        max = max.max(key.split(' ').count());
        f(key, c);
    }
    max
}

impl Lexicons {
    pub fn english() -> Lexicons {
        let mut numbers = HashMap::new();
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
        let mut ordinals = HashMap::new();
        for l in lines(include_str!("../data/ordinals.txt")) {
            let c = cols(l);
            if let Some(Ok(v)) = c.get(1).map(|v| v.parse::<f64>()) {
                ordinals.insert(c[0].to_string(), v);
            }
        }
        let mut currencies = HashMap::new();
        let max_currency_len = keyed(include_str!("../data/currencies.txt"), |k, c| {
            let pos = match c.get(2).copied() {
                Some("pre") => CurPos::Pre,
                Some("post") => CurPos::Post,
                _ => CurPos::Both,
            };
            currencies.insert(k, (c.get(1).copied().unwrap_or("").to_string(), pos));
        });
        let mut units = HashMap::new();
        let max_unit_len = keyed(include_str!("../data/units.txt"), |k, c| {
            let canon = c.get(1).copied().unwrap_or(c[0]).to_string();
            units.insert(k, canon);
        });
        let mut rates = HashMap::new();
        let max_rate_len = keyed(include_str!("../data/rates.txt"), |k, c| {
            rates.insert(k, c.get(1).copied().unwrap_or("").to_string());
        });
        let mut modifiers = HashMap::new();
        let max_modifier_len = keyed(include_str!("../data/modifiers.txt"), |k, c| {
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
        let set = |data: &'static str| -> HashSet<String> {
            lines(data).map(|l| l.trim().to_string()).collect()
        };
        let policy_terms = set(include_str!("../data/policy_terms.txt"));
        let stance_terms = set(include_str!("../data/stance_terms.txt"));
        let past_verbs = set(include_str!("../data/past_verbs.txt"));
        let concrete = set(include_str!("../data/concrete.txt"));
        let vague = set(include_str!("../data/vague.txt"));
        let mut time_words = HashMap::new();
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
        // The patterns are fixed data; building does not fail for them (if it did, no cue
        // would be found rather than a panic).
        let cue_ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&pats)
            .ok();
        Lexicons {
            numbers,
            ordinals,
            currencies,
            max_currency_len,
            units,
            max_unit_len,
            rates,
            max_rate_len,
            modifiers,
            max_modifier_len,
            labels,
            stopwords,
            action_verbs,
            policy_terms,
            stance_terms,
            past_verbs,
            concrete,
            vague,
            time_words,
            cue_ac,
            cue_kinds,
        }
    }

    /// All cue phrases in `toks` (overlapping), as token ranges.
    pub fn cues(&self, toks: &[Tok]) -> Vec<CueHit> {
        let mut norm = String::with_capacity(toks.len() * 6 + 2);
        let mut starts = Vec::with_capacity(toks.len());
        norm.push(' ');
        for t in toks {
            starts.push(norm.len());
            norm.push_str(&t.lower);
            norm.push(' ');
        }
        let mut out = Vec::new();
        let Some(ac) = &self.cue_ac else {
            return out;
        };
        for m in ac.find_overlapping_iter(&norm) {
            let s = starts.partition_point(|&p| p < m.start() + 1);
            let e = starts.partition_point(|&p| p < m.end() - 1);
            if s < e {
                if let Some(&cue) = self.cue_kinds.get(m.pattern().as_usize()) {
                    out.push(CueHit {
                        cue,
                        start: s,
                        end: e,
                    });
                }
            }
        }
        out
    }

    /// Whether `w` is a form of a word in `set` (s, es, ed, d, ing, ation endings).
    pub fn stem_in(set: &HashSet<String>, w: &str) -> bool {
        if set.contains(w) {
            return true;
        }
        for suf in [
            "s", "es", "ed", "d", "ing", "ment", "ments", "ation", "ations", "ion", "ions",
        ] {
            if let Some(b) = w.strip_suffix(suf) {
                if b.len() >= 3 && (set.contains(b) || set.contains(&format!("{b}e"))) {
                    return true;
                }
            }
        }
        false
    }

    pub fn is_stop(&self, w: &str) -> bool {
        self.stopwords.contains(w)
    }
}
