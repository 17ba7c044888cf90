//! Compiled-in word lists (`data/<lang>/*.txt`): general language only, never names.

use crate::model::Gender;
use std::collections::{HashMap, HashSet};

/// Entries of a data file: one per line, `#` comments and blank lines skipped.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// What a reporting verb can introduce.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CueInfo {
    /// Dictionary form.
    pub lemma: &'static str,
    /// Takes a clause (X said that …): may introduce reported speech.
    pub clause: bool,
    /// A belief or perception verb (think, believe): reported speech, rarely quotes.
    pub belief: bool,
}

/// What a pronoun may refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PronounKind {
    Person,
    Thing,
    Group,
}

/// The word lists of one language.
#[derive(Debug)]
pub(crate) struct Lexicon {
    pub cues: HashMap<&'static str, CueInfo>,
    pub phrases: Vec<&'static str>,
    pub titles: HashSet<&'static str>,
    pub organisations: HashSet<&'static str>,
    pub documents: HashSet<&'static str>,
    pub groups: HashSet<&'static str>,
    pub person_nouns: HashSet<&'static str>,
    pub pronouns: HashMap<&'static str, (PronounKind, Option<Gender>)>,
}

impl Lexicon {
    /// English word lists.
    pub fn english() -> Lexicon {
        let mut cues = HashMap::new();
        for line in entries(include_str!("../data/en/cues.txt")) {
            let mut words = line.split_whitespace();
            let Some(first) = words.next() else { continue };
            let (clause, belief, lemma) = match first.as_bytes().first() {
                Some(b'+') => (true, false, &first[1..]),
                Some(b'~') => (true, true, &first[1..]),
                _ => (false, false, first),
            };
            let info = CueInfo { lemma, clause, belief };
            cues.entry(lemma).or_insert(info);
            for w in words {
                cues.entry(w).or_insert(info);
            }
        }
        let set = |data: &'static str| entries(data).collect::<HashSet<_>>();
        let mut pronouns = HashMap::new();
        for line in entries(include_str!("../data/en/pronouns.txt")) {
            let mut w = line.split_whitespace();
            let (Some(p), Some(kind)) = (w.next(), w.next()) else { continue };
            let kind = match kind {
                "person" => PronounKind::Person,
                "group" => PronounKind::Group,
                _ => PronounKind::Thing,
            };
            let gender = match w.next() {
                Some("male") => Some(Gender::Male),
                Some("female") => Some(Gender::Female),
                _ => None,
            };
            pronouns.insert(p, (kind, gender));
        }
        Lexicon {
            cues,
            phrases: entries(include_str!("../data/en/cue_phrases.txt")).collect(),
            titles: set(include_str!("../data/en/titles.txt")),
            organisations: set(include_str!("../data/en/organisations.txt")),
            documents: set(include_str!("../data/en/documents.txt")),
            groups: set(include_str!("../data/en/groups.txt")),
            person_nouns: set(include_str!("../data/en/person_nouns.txt")),
            pronouns,
        }
    }
}
