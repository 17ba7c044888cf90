//! Compiled-in word lists (`data/<lang>/*.txt`): general language only, never names.

use crate::fx::{packed_word, FxHashMap, FxHashSet};
use crate::model::Gender;

/// A set of words: those of at most seven bytes (most) by one integer key each, so that a
/// lookup hashes and compares no string; the longer ones as strings.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordSet {
    short: PackedTable<()>,
    long: FxHashSet<&'static str>,
    /// Every word, for the scans that look at all of them (suffix tests).
    all: Vec<&'static str>,
}

impl WordSet {
    /// Whether the set holds `w`.
    #[inline]
    pub fn contains<Q: AsRef<str> + ?Sized>(&self, w: &Q) -> bool {
        let w = w.as_ref();
        match packed_word(w.as_bytes()) {
            Some(k) => self.short.get(k).is_some(),
            None => self.long.contains(w),
        }
    }

    /// Whether the set holds the ASCII-lowercased form of `w` (ASCII).
    #[inline]
    pub fn contains_ascii_lowercased(&self, w: &[u8]) -> bool {
        if w.len() > 7 {
            let lower = w.to_ascii_lowercase();
            return std::str::from_utf8(&lower).is_ok_and(|l| self.long.contains(l));
        }
        let Some(k) = packed_word(w) else {
            return false;
        };
        self.short.get(ascii_lowercased_key(k)).is_some()
    }

    /// Every word of the set (in no particular order).
    pub fn iter(&self) -> std::slice::Iter<'_, &'static str> {
        self.all.iter()
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> WordSet {
        let mut set = WordSet::default();
        for w in words {
            let new = match packed_word(w.as_bytes()) {
                Some(k) => set.short.entry(k).1,
                None => set.long.insert(w),
            };
            if new {
                set.all.push(w);
            }
        }
        set
    }
}

/// The packed key `k` (`fx::packed_word`) with its ASCII capitals lowercased, all eight
/// bytes at once (the sums are taken on seven bits and cannot carry; bytes of 0x80 and up
/// are left alone, as `to_ascii_lowercase` leaves them).
#[inline]
fn ascii_lowercased_key(k: u64) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let low = k & !HI;
    let at_least_a = low + LO * (0x80 - u64::from(b'A'));
    let past_z = low + LO * (0x80 - u64::from(b'Z') - 1);
    let capital = at_least_a & !past_z & !k & HI;
    k | (capital >> 2)
}

/// The `IN_*` bits of the words of the reported-speech tables, asked once for every word
/// outside quotes: the words of at most seven bytes (most) in a [`PackedTable`], the longer
/// ones in a hash map of strings.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordFlags {
    short: PackedTable<u8>,
    long: FxHashMap<&'static str, u8>,
}

impl WordFlags {
    /// The bits of every word of `words` (a word listed twice has the union of its bits).
    fn new(words: &[(&'static str, u8)]) -> WordFlags {
        let mut flags = WordFlags::default();
        for &(w, bit) in words {
            match packed_word(w.as_bytes()) {
                Some(k) => *flags.short.entry(k).0 |= bit,
                None => *flags.long.entry(w).or_default() |= bit,
            }
        }
        flags
    }

    /// The bits of `w` (0 for a word of none of the tables).
    #[inline]
    pub fn get(&self, w: &str) -> u8 {
        match packed_word(w.as_bytes()) {
            Some(k) => self.short.get(k),
            None => self.long.get(w).copied(),
        }
        .unwrap_or(0)
    }

    /// The bits of the word whose `fx::packed_word` key is `k` (0 for none).
    #[inline]
    pub fn get_packed(&self, k: u64) -> u8 {
        self.short.get(k).unwrap_or(0)
    }

    /// Every word held, the short ones unpacked.
    #[cfg(test)]
    pub fn words(&self) -> Vec<String> {
        let short = self.short.keys().map(|k| {
            let n = (k >> 56) as usize;
            let bytes: Vec<u8> = (0..n).map(|j| (k >> (8 * j)) as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        });
        short
            .chain(self.long.keys().map(|w| w.to_string()))
            .collect()
    }
}

/// A map from packed words (`fx::packed_word`) to small values: open addressing in a table
/// kept at most a quarter full, so that a lookup is a multiply and one or two compared
/// integers (a word that is not held mostly meets an empty slot at once), with none of the
/// group probing of a general hash map.
#[derive(Clone, Debug)]
pub(crate) struct PackedTable<V> {
    /// (key, value) per slot; `EMPTY_SLOT` where no key is. The length is a power of two.
    slots: Vec<(u64, V)>,
    /// `64 - log2(slots.len())`: the top bits of the multiplied key index the slots.
    shift: u32,
    len: usize,
}

/// No packed word has every bit set (its top byte is its length, at most seven).
const EMPTY_SLOT: u64 = u64::MAX;

impl<V: Copy + Default> Default for PackedTable<V> {
    fn default() -> Self {
        PackedTable::with_slots(16)
    }
}

impl<V: Copy + Default> PackedTable<V> {
    fn with_slots(n: usize) -> PackedTable<V> {
        PackedTable {
            slots: vec![(EMPTY_SLOT, V::default()); n],
            shift: 64 - n.trailing_zeros(),
            len: 0,
        }
    }

    /// The first slot to look at for key `k`.
    #[inline]
    fn home(&self, k: u64) -> usize {
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The slot of `k`, or the empty slot where it would go.
    #[inline]
    fn find(&self, k: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        while let Some(&(key, _)) = self.slots.get(i) {
            if key == k || key == EMPTY_SLOT {
                break;
            }
            i = (i + 1) & mask;
        }
        i
    }

    /// The value of `k`, if held.
    #[inline]
    pub fn get(&self, k: u64) -> Option<V> {
        self.slots
            .get(self.find(k))
            .filter(|&&(key, _)| key == k)
            .map(|&(_, v)| v)
    }

    /// The value of `k` (the default one, inserted, when `k` was not held) and whether it
    /// was inserted.
    pub fn entry(&mut self, k: u64) -> (&mut V, bool) {
        if (self.len + 1) * 4 > self.slots.len() {
            let mut grown = PackedTable::with_slots(self.slots.len() * 2);
            for &(key, v) in self.slots.iter().filter(|s| s.0 != EMPTY_SLOT) {
                let i = grown.find(key);
                grown.slots[i] = (key, v);
            }
            grown.len = self.len;
            *self = grown;
        }
        let i = self.find(k);
        let new = self.slots[i].0 == EMPTY_SLOT;
        if new {
            self.slots[i].0 = k;
            self.len += 1;
        }
        (&mut self.slots[i].1, new)
    }

    /// Every key held.
    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = u64> + '_ {
        self.slots.iter().map(|s| s.0).filter(|&k| k != EMPTY_SLOT)
    }
}

/// Entries of a data file: one per line, `#` comments and blank lines skipped.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The gender an honorific or title signals (Mr., Mme, Frau, Sra., queen), if any.
pub(crate) fn honorific_gender(word: &str) -> Option<Gender> {
    match word {
        "mr" | "sir" | "lord" | "father" | "king" | "prince" | "herr" | "m" | "sr" | "don"
        | "señor" | "monsieur" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "sister" | "queen" | "princess" | "frau"
        | "mme" | "mlle" | "sra" | "srta" | "doña" | "señora" | "madame" => Some(Gender::Female),
        _ => None,
    }
}

/// Honorifics that are no title of their own (Mr., Ms., Herr, Mme, Sra.).
pub(crate) fn is_honorific(word: &str) -> bool {
    matches!(
        word,
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "herr"
            | "frau"
            | "m"
            | "mme"
            | "mlle"
            | "sr"
            | "sra"
            | "srta"
    )
}

/// A common preposition of the language (German, French, Spanish; lowercase): a noun
/// phrase right after one is not a clause's subject.
/// German finite verbs in the first subjunctive (Konjunktiv I), the mood of reported
/// speech ("sei", "habe", "könne"): a sentence built on one reports someone else's words.
pub(crate) fn de_subjunctive(word: &str) -> bool {
    matches!(
        word,
        "sei"
            | "seien"
            | "habe"
            | "werde"
            | "könne"
            | "müsse"
            | "solle"
            | "wolle"
            | "dürfe"
            | "gebe"
    )
}

pub(crate) fn is_preposition(code: &str, word: &str) -> bool {
    match code {
        "de" => matches!(
            word,
            "mit"
                | "in"
                | "im"
                | "von"
                | "vom"
                | "bei"
                | "beim"
                | "nach"
                | "aus"
                | "zu"
                | "zum"
                | "zur"
                | "auf"
                | "an"
                | "am"
                | "über"
                | "unter"
                | "für"
                | "gegen"
                | "ohne"
                | "durch"
                | "um"
                | "vor"
                | "wegen"
                | "seit"
                | "gegenüber"
                | "laut"
        ),
        "fr" => matches!(
            word,
            "avec"
                | "dans"
                | "de"
                | "du"
                | "des"
                | "en"
                | "sur"
                | "sous"
                | "pour"
                | "par"
                | "contre"
                | "sans"
                | "chez"
                | "vers"
                | "depuis"
                | "pendant"
                | "après"
                | "avant"
        ),
        "es" => matches!(
            word,
            "con"
                | "en"
                | "de"
                | "del"
                | "sobre"
                | "bajo"
                | "para"
                | "por"
                | "contra"
                | "sin"
                | "hacia"
                | "desde"
                | "durante"
                | "tras"
                | "ante"
                | "entre"
        ),
        "en" => matches!(
            word,
            "in" | "on"
                | "at"
                | "of"
                | "for"
                | "with"
                | "from"
                | "by"
                | "about"
                | "into"
                | "onto"
                | "over"
                | "under"
                | "during"
                | "through"
                | "across"
                | "against"
                | "among"
                | "between"
                | "without"
                | "within"
                | "via"
                | "toward"
                | "towards"
                | "near"
        ),
        _ => false,
    }
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

/// Bits of [`Lexicon::word_flags`]: the tables of the reported-speech scan a word is a key
/// of, so one lookup per token tells which of them can match it.
pub(crate) const IN_CUES: u8 = 1;
pub(crate) const IN_STANCE: u8 = 2;
pub(crate) const IN_STANCE_PREP: u8 = 4;
pub(crate) const IN_PHRASES: u8 = 8;
pub(crate) const IN_POST_PHRASES: u8 = 16;
/// A word that may open an English report with no source named ("seems", "is known
/// for", "Asked if …"; see `attribute::Attributor::unsourced`).
pub(crate) const IN_UNSOURCED: u8 = 32;

/// The words of [`IN_UNSOURCED`]: impressions, expectations, passives of judgment or
/// knowledge, a question's "asked" and a passive "told".
pub(crate) const UNSOURCED_WORDS: &[&str] = &[
    "seem",
    "seems",
    "seemed",
    "appear",
    "appears",
    "appeared",
    "expected",
    "asked",
    "told",
    "known",
    "seen",
    "viewed",
    "regarded",
    "described",
    "criticized",
    "criticised",
    "praised",
    "recognized",
    "credited",
    "blamed",
    "accused",
    "suspected",
    "attributed",
    "said",
    "reported",
    "believed",
    "thought",
    "rumored",
    "alleged",
    "projected",
    "estimated",
    "considered",
];
/// Set on a token whose bits above were looked up (see `attribute::tokenize_into`).
pub(crate) const FLAGGED: u8 = 128;

/// The word lists of one language.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// English-only heuristics (-ly adverbs, -ed past tenses) apply.
    pub english: bool,
    pub cues: FxHashMap<&'static str, CueInfo>,
    /// Stance verbs whose object is what the source said or wanted ("X criticized the
    /// plan", "X endorsed Cruz"): reported speech only, never a cue for a marked quote.
    pub stance: FxHashMap<&'static str, CueInfo>,
    /// Verbs whose report follows one of the listed prepositions ("called for a ban").
    pub stance_prep: FxHashMap<&'static str, (CueInfo, Vec<&'static str>)>,
    /// Phrases that introduce a source, by first word: (phrase, its words).
    pub phrases: FxHashMap<&'static str, Vec<(&'static str, Vec<&'static str>)>>,
    /// Phrases whose source stands before them ("dem Bericht zufolge"), by first word.
    pub post_phrases: FxHashMap<&'static str, Vec<(&'static str, Vec<&'static str>)>>,
    pub titles: WordSet,
    pub organisations: WordSet,
    pub documents: WordSet,
    pub groups: WordSet,
    pub person_nouns: WordSet,
    pub pronouns: FxHashMap<&'static str, (PronounKind, Option<Gender>)>,
    pub adverbs: WordSet,
    pub not_names: WordSet,
    pub determiners: WordSet,
    pub colon_labels: WordSet,
    pub control: WordSet,
    pub complementizers: WordSet,
    pub past_verbs: WordSet,
    /// Every cue form and phrase opener, for a one-pass scan that tells which paragraphs
    /// may hold reported speech (ASCII case-insensitive).
    pub cue_finder: Option<aho_corasick::AhoCorasick>,
    /// For every key of `cues`, `stance`, `stance_prep`, `phrases` and `post_phrases`, the
    /// `IN_*` bits of the tables it is a key of.
    pub word_flags: WordFlags,
}

/// The data files of one language, compiled in. Adding a language means adding a
/// `data/<code>/` folder with these files and one line in [`Lexicon::for_language`].
struct Files {
    code: &'static str,
    cues: &'static str,
    cue_phrases: &'static str,
    titles: &'static str,
    organisations: &'static str,
    documents: &'static str,
    groups: &'static str,
    person_nouns: &'static str,
    pronouns: &'static str,
    adverbs: &'static str,
    not_names: &'static str,
    determiners: &'static str,
    colon_labels: &'static str,
    control: &'static str,
    complementizers: &'static str,
    past_verbs: &'static str,
}

macro_rules! files {
    ($code:literal) => {
        Files {
            code: $code,
            cues: include_str!(concat!("../data/", $code, "/cues.txt")),
            cue_phrases: include_str!(concat!("../data/", $code, "/cue_phrases.txt")),
            titles: include_str!(concat!("../data/", $code, "/titles.txt")),
            organisations: include_str!(concat!("../data/", $code, "/organisations.txt")),
            documents: include_str!(concat!("../data/", $code, "/documents.txt")),
            groups: include_str!(concat!("../data/", $code, "/groups.txt")),
            person_nouns: include_str!(concat!("../data/", $code, "/person_nouns.txt")),
            pronouns: include_str!(concat!("../data/", $code, "/pronouns.txt")),
            adverbs: include_str!(concat!("../data/", $code, "/adverbs.txt")),
            not_names: include_str!(concat!("../data/", $code, "/not_names.txt")),
            determiners: include_str!(concat!("../data/", $code, "/determiners.txt")),
            colon_labels: include_str!(concat!("../data/", $code, "/colon_labels.txt")),
            control: include_str!(concat!("../data/", $code, "/control.txt")),
            complementizers: include_str!(concat!("../data/", $code, "/complementizers.txt")),
            past_verbs: include_str!(concat!("../data/", $code, "/past_verbs.txt")),
        }
    };
}

/// Groups phrases by their first word so a lookup costs one hash probe per token.
fn by_first_word(
    phrases: impl Iterator<Item = &'static str>,
) -> FxHashMap<&'static str, Vec<(&'static str, Vec<&'static str>)>> {
    let mut map: FxHashMap<&'static str, Vec<(&'static str, Vec<&'static str>)>> =
        FxHashMap::default();
    for p in phrases {
        let words: Vec<&'static str> = p.split_whitespace().collect();
        if let Some(&first) = words.first() {
            map.entry(first).or_default().push((p, words));
        }
    }
    // longest phrases first, so "as reported by" wins over a shorter prefix
    for v in map.values_mut() {
        v.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
    }
    map
}

/// Language codes with compiled-in word lists.
pub const LANGUAGES: &[&str] = &["en", "de", "fr", "es"];

impl Lexicon {
    /// The word lists of `code` (one of [`LANGUAGES`]).
    pub fn for_language(code: &str) -> Option<Lexicon> {
        Some(Lexicon::load(match code {
            "en" => files!("en"),
            "de" => files!("de"),
            "fr" => files!("fr"),
            "es" => files!("es"),
            _ => return None,
        }))
    }

    fn load(f: Files) -> Lexicon {
        let mut cues = FxHashMap::default();
        let mut stance = FxHashMap::default();
        let mut stance_prep = FxHashMap::default();
        for line in entries(f.cues) {
            if let Some(rest) = line.strip_prefix('>') {
                let (verbs, preps) = rest.split_once('|').unwrap_or((rest, ""));
                let mut verbs = verbs.split_whitespace();
                let Some(lemma) = verbs.next() else { continue };
                let info = CueInfo {
                    lemma,
                    clause: true,
                    belief: false,
                };
                let preps: Vec<&'static str> = preps.split_whitespace().collect();
                // (a word listed twice takes both lists: "worried" is a verb, "worried
                // about", and an adjective, "are worried about")
                for w in std::iter::once(lemma).chain(verbs) {
                    stance_prep
                        .entry(w)
                        .and_modify(|(_, p): &mut (CueInfo, Vec<&'static str>)| {
                            p.extend(preps.iter().copied())
                        })
                        .or_insert((info, preps.clone()));
                }
                continue;
            }
            let mut words = line.split_whitespace();
            let Some(first) = words.next() else { continue };
            let (clause, belief, lemma) = match first.as_bytes().first() {
                Some(b'+' | b'=') => (true, false, &first[1..]),
                Some(b'~') => (true, true, &first[1..]),
                _ => (false, false, first),
            };
            let info = CueInfo {
                lemma,
                clause,
                belief,
            };
            let map = if first.starts_with('=') {
                &mut stance
            } else {
                &mut cues
            };
            map.entry(lemma).or_insert(info);
            for w in words {
                map.entry(w).or_insert(info);
            }
        }
        let set = |data: &'static str| entries(data).collect::<WordSet>();
        let mut pronouns = FxHashMap::default();
        for line in entries(f.pronouns) {
            let mut w = line.split_whitespace();
            let (Some(p), Some(kind)) = (w.next(), w.next()) else {
                continue;
            };
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
        let (post, pre): (Vec<&'static str>, Vec<&'static str>) =
            entries(f.cue_phrases).partition(|p| p.starts_with('<'));
        let mut needles: Vec<&'static str> = cues
            .keys()
            .chain(stance.keys())
            .chain(stance_prep.keys())
            .copied()
            .collect();
        needles.extend(
            pre.iter()
                .chain(post.iter())
                .filter_map(|p| p.trim_start_matches('<').split_whitespace().next()),
        );
        // (English reports with no source named: "seems to", "appeared ready")
        if f.code == "en" {
            needles.extend(["seem", "seems", "seemed", "appear", "appears", "appeared"]);
        }
        needles.sort_unstable();
        needles.dedup();
        let cue_finder = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            // a DFA: built once per extractor, it scans every byte of every document
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&needles)
            .ok();
        let phrases = by_first_word(pre.iter().copied());
        let post_phrases = by_first_word(post.iter().map(|p| p.trim_start_matches('<').trim()));
        let mut listed: Vec<(&'static str, u8)> = Vec::new();
        let keys = [
            (cues.keys().copied().collect::<Vec<_>>(), IN_CUES),
            (stance.keys().copied().collect(), IN_STANCE),
            (stance_prep.keys().copied().collect(), IN_STANCE_PREP),
            (phrases.keys().copied().collect(), IN_PHRASES),
            (post_phrases.keys().copied().collect(), IN_POST_PHRASES),
        ];
        for (words, bit) in keys {
            for w in words {
                listed.push((w, bit));
            }
        }
        if f.code == "en" {
            listed.extend(UNSOURCED_WORDS.iter().map(|&w| (w, IN_UNSOURCED)));
        }
        let word_flags = WordFlags::new(&listed);
        Lexicon {
            code: f.code,
            english: f.code == "en",
            cues,
            stance,
            stance_prep,
            phrases,
            post_phrases,
            titles: set(f.titles),
            organisations: set(f.organisations),
            documents: set(f.documents),
            groups: set(f.groups),
            person_nouns: set(f.person_nouns),
            pronouns,
            adverbs: set(f.adverbs),
            not_names: set(f.not_names),
            determiners: set(f.determiners),
            colon_labels: set(f.colon_labels),
            control: set(f.control),
            complementizers: set(f.complementizers),
            past_verbs: set(f.past_verbs),
            cue_finder,
            word_flags,
        }
    }
}

#[cfg(test)]
mod word_set_tests {
    use super::*;

    proptest::proptest! {
        /// The key lowercased at once is the key of the lowercased word.
        #[test]
        fn ascii_lowercased_key_is_the_lowercased_words_key(w in proptest::collection::vec(proptest::num::u8::ANY, 0..8)) {
            let lower = w.to_ascii_lowercase();
            proptest::prop_assert_eq!(
                packed_word(&w).map(ascii_lowercased_key),
                packed_word(&lower)
            );
        }

        /// `WordFlags` gives every word the union of its bits, and 0 to any other word.
        #[test]
        fn word_flags_are_a_map_of_bits(
            words in proptest::collection::vec(("[a-cé ’.-]{0,10}", 0u8..32), 0..60),
            probes in proptest::collection::vec("[a-cA-Cé ’.-]{0,10}", 0..30),
        ) {
            let words: Vec<(&'static str, u8)> = words
                .into_iter()
                .map(|(w, b)| (&*Box::leak(w.into_boxed_str()), b))
                .collect();
            let flags = WordFlags::new(&words);
            let mut plain: FxHashMap<&str, u8> = FxHashMap::default();
            for &(w, b) in &words {
                *plain.entry(w).or_default() |= b;
            }
            for w in words.iter().map(|(w, _)| *w).chain(probes.iter().map(String::as_str)) {
                proptest::prop_assert_eq!(flags.get(w), plain.get(w).copied().unwrap_or(0));
            }
        }

        /// A `WordSet` holds what a set of the same strings holds, short or long, ASCII or not.
        #[test]
        fn word_set_is_a_string_set(
            words in proptest::collection::vec("[a-cé ’.-]{0,10}", 0..30),
            probes in proptest::collection::vec("[a-cA-Cé ’.-]{0,10}", 0..30),
        ) {
            let words: Vec<&'static str> = words.into_iter().map(|w| &*Box::leak(w.into_boxed_str())).collect();
            let set: WordSet = words.iter().copied().collect();
            let plain: FxHashSet<&str> = words.iter().copied().collect();
            for w in words.iter().copied().chain(probes.iter().map(String::as_str)) {
                proptest::prop_assert_eq!(set.contains(w), plain.contains(w));
                proptest::prop_assert_eq!(set.contains(&w), plain.contains(w));
            }
            for w in probes.iter().filter(|w| w.is_ascii()) {
                let lower = w.to_ascii_lowercase();
                proptest::prop_assert_eq!(
                    set.contains_ascii_lowercased(w.as_bytes()),
                    plain.contains(lower.as_str())
                );
                let upper = w.to_ascii_uppercase();
                proptest::prop_assert_eq!(
                    set.contains_ascii_lowercased(upper.as_bytes()),
                    plain.contains(lower.as_str())
                );
            }
            let mut all: Vec<&str> = set.iter().copied().collect();
            all.sort_unstable();
            let mut want: Vec<&str> = plain.into_iter().collect();
            want.sort_unstable();
            proptest::prop_assert_eq!(all, want);
        }
    }
}
