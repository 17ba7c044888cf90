//! Attribution: cues, speaker mentions, the rules that link quotes to them, and reported
//! speech without marks.
//!
//! Everything works on the tokens of one sentence at a time. Tokens inside quote marks
//! are masked out, so a cue word inside a quotation never attributes it; what is left
//! (the frame) is searched for a reporting verb or phrase, and the noun phrase next to it
//! (before: "Smith said"; after: "said Smith") becomes the mention.

use crate::lexicon::{
    CueInfo, Lexicon, PronounKind, WordFlags, FLAGGED, IN_CUES, IN_PHRASES, IN_POST_PHRASES,
    IN_STANCE, IN_STANCE_PREP, IN_UNSOURCED,
};
use crate::model::{Gender, Rule, SpeakerKind};
use crate::span::Span;
use crate::text;
use std::borrow::Cow;

/// A token of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Tok<'a> {
    pub span: Span,
    /// Lowercased text.
    pub lower: Lower<'a>,
    /// Starts with an uppercase letter.
    pub cap: bool,
    /// A word (letters or digits), not punctuation.
    pub word: bool,
    /// Inside quote marks (or a mark itself).
    pub quoted: bool,
    /// `lexicon::FLAGGED` and the `IN_*` bits of the word, once looked up (0 until then).
    pub lex: u8,
}

/// A token's lowercased text, borrowed from the document when the token is lowercase
/// already (most tokens are), so that tokenizing allocates only for the others.
#[derive(Clone, Debug)]
pub(crate) struct Lower<'a>(Cow<'a, str>);

impl Lower<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Tokens of `sent`, each flagged when it lies inside one of `quotes` (top-level quote
/// spans, sorted by start and not overlapping), in one linear sweep. `lower` is the whole
/// text ASCII-lowercased (the same byte offsets), which ASCII tokens borrow from.
pub(crate) fn tokenize<'a>(
    text: &'a str,
    lower: &'a str,
    sent: Span,
    quotes: &[Span],
) -> Vec<Tok<'a>> {
    let mut out = Vec::new();
    tokenize_into(text, lower, sent, quotes, None, &mut out);
    out
}

/// [`tokenize`] into `out` (cleared first), so a caller can reuse one buffer. With `flags`,
/// every token outside quotes also gets its `IN_*` bits (and `FLAGGED`) as it is made, so
/// that the reported-speech scan asks each table only about the words that are its keys.
pub(crate) fn tokenize_into<'a>(
    text: &'a str,
    lower: &'a str,
    sent: Span,
    quotes: &[Span],
    flags: Option<&WordFlags>,
    out: &mut Vec<Tok<'a>>,
) {
    out.clear();
    // (news runs at a token per five bytes or so: room for them at once, not by doubling)
    out.reserve(sent.len() / 4 + 1);
    let mut qi = quotes.partition_point(|q| q.end <= sent.start);
    // the quote at `qi` (none: an empty span past every token), held apart so that most
    // tokens test it without indexing
    let past = Span::new(usize::MAX, usize::MAX);
    let mut q = quotes.get(qi).copied().unwrap_or(past);
    let lower_bytes = lower.as_bytes();
    text::each_word_ascii(text, sent, |span, ascii, first, word| {
        while q.end < span.end {
            qi += 1;
            q = quotes.get(qi).copied().unwrap_or(past);
        }
        // (an ASCII token is its ASCII-lowercased text: no need to look at it)
        let low = match lower.get(span.start..span.end) {
            Some(l) if ascii || ascii_lowercase_suffices(span.slice(text)) => Cow::Borrowed(l),
            _ => Cow::Owned(span.slice(text).to_lowercase()),
        };
        let cap = if first.is_ascii() {
            first.is_ascii_uppercase()
        } else {
            text::is_uppercase(first)
        };
        let quoted = q.contains(span);
        let lex = match flags {
            Some(flags) if !quoted => {
                // a short borrowed token's key read from the lowercased text at once (the
                // bytes after it masked off), as `fx::packed_word` makes it
                let n = span.len();
                let word8 = lower_bytes
                    .get(span.start..span.start + 8)
                    .and_then(|w| <[u8; 8]>::try_from(w).ok());
                FLAGGED
                    | match (&low, word8) {
                        (Cow::Borrowed(_), Some(w)) if (1..=7).contains(&n) => {
                            let bytes = u64::from_le_bytes(w) & ((1u64 << (8 * n)) - 1);
                            flags.get_packed(bytes | (n as u64) << 56)
                        }
                        _ => flags.get(&low),
                    }
            }
            _ => 0,
        };
        out.push(Tok {
            span,
            lower: Lower(low),
            cap,
            word,
            quoted,
            lex,
        });
    });
}

/// Whether `s.to_lowercase()` is `s` ASCII-lowercased: every other character is its own
/// lowercase (curly apostrophes and quotes, dashes, lowercase accented letters).
fn ascii_lowercase_suffices(s: &str) -> bool {
    // one General Punctuation character (a curly quote or dash: U+2000..U+206F), the
    // commonest non-ASCII token, without decoding
    // and one Latin-1 punctuation character (« »: U+00A0..U+00BF) or CJK one (「 」:
    // U+3000..U+303F)
    match *s.as_bytes() {
        [0xE2, b1 @ (0x80 | 0x81), b2] if b1 == 0x80 || b2 <= 0xAF => return true,
        [0xC2, 0xA0..=0xBF] | [0xE3, 0x80, _] => return true,
        _ => {}
    }
    s.is_ascii()
        || s.chars().all(|c| {
            // (General Punctuation, curly quotes and dashes, Latin-1 punctuation such as
            // « », and CJK punctuation such as 「 」 are their own lowercase: tested)
            if c.is_ascii()
                || matches!(c, '\u{2000}'..='\u{206F}' | '\u{00A0}'..='\u{00BF}' | '\u{3000}'..='\u{303F}')
            {
                return true;
            }
            let mut l = c.to_lowercase();
            l.next() == Some(c) && l.next().is_none()
        })
}

/// A speaker mention found next to a cue.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub span: Span,
    /// The name without determiner and title ("Marc Miller", "report", "he").
    pub name: String,
    pub kind: SpeakerKind,
    pub title: Option<String>,
    pub gender: Option<Gender>,
    /// Set for pronouns: what they may refer to.
    pub pronoun: Option<(PronounKind, Option<Gender>)>,
}

impl Mention {
    /// A word that stands for a person the way a pronoun does (a possessive in "seiner
    /// Meinung nach", a Spanish verb whose subject is dropped), resolved like "he"/"she".
    fn standing_for_person(text: &str, span: Span, gender: Option<Gender>) -> Mention {
        Mention {
            span,
            name: span.slice(text).to_string(),
            kind: SpeakerKind::Unknown,
            title: None,
            gender,
            pronoun: Some((PronounKind::Person, gender)),
        }
    }

    /// Index one past the last token of this mention, searching from `from`.
    fn span_end_index(&self, toks: &[Tok], from: usize) -> usize {
        (from..toks.len())
            .find(|&k| toks[k].span.end >= self.span.end)
            .map_or(toks.len(), |k| k + 1)
    }
}

/// A cue with its mention.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub mention: Mention,
    pub cue: Span,
    /// The cue's lemma: borrowed from the lexicon (or a literal) when it is one, so that a
    /// copy of a `Found` copies no string for it.
    pub lemma: Cow<'static, str>,
    pub rule: Rule,
    pub confidence: f32,
}

/// Passives of judgment or knowledge that report with no source named ("is known for",
/// "was seen as", "is said to"): the participle, the cue's lemma, and the words that may
/// open its complement.
const PASSIVE_JUDGMENTS: &[(&str, &str, &[&str])] = &[
    ("known", "be known", &["as", "for"]),
    ("seen", "be seen", &["as"]),
    ("viewed", "be viewed", &["as"]),
    ("regarded", "be regarded", &["as"]),
    ("described", "be described", &["as"]),
    ("criticized", "be criticized", &["for", "as"]),
    ("criticised", "be criticised", &["for", "as"]),
    ("praised", "be praised", &["for", "as"]),
    ("recognized", "be recognized", &["for", "as"]),
    ("credited", "be credited", &["for", "with"]),
    ("blamed", "be blamed", &["for"]),
    ("accused", "be accused", &["of"]),
    ("suspected", "be suspected", &["of"]),
    ("attributed", "be attributed", &["to"]),
    ("said", "be said", &["to"]),
    ("reported", "be reported", &["to"]),
    ("believed", "be believed", &["to"]),
    ("thought", "be thought", &["to"]),
    ("rumored", "be rumored", &["to"]),
    ("alleged", "be alleged", &["to"]),
    ("projected", "be projected", &["to"]),
    ("estimated", "be estimated", &["to"]),
    ("considered", "be considered", &["to"]),
];

/// An attribution with no source named: the cue ("seems", "is expected"), what the
/// impression or expectation is about (its subject) and what it holds (the complement).
#[derive(Clone, Debug)]
pub(crate) struct Unsourced {
    pub subject: Option<Span>,
    pub complement: Span,
    pub cue: Span,
    pub lemma: &'static str,
}

/// `w.trim_end_matches("'s").trim_end_matches("’s")`, by suffix tests (a `&str` pattern
/// makes `trim_end_matches` build a substring searcher each time).
fn trim_possessive(w: &str) -> &str {
    let mut w = w;
    while let Some(r) = w.strip_suffix("'s") {
        w = r;
    }
    while let Some(r) = w.strip_suffix("’s") {
        w = r;
    }
    w
}

/// Whether token `t` may be a key of the table of `bit` (`lexicon::IN_*`): it is, or its
/// flags were not looked up.
fn may_be(t: &Tok, bit: u8) -> bool {
    t.lex & FLAGGED == 0 || t.lex & bit != 0
}

/// The phrase of `phrases` (indexed by first word) that starts at token `i`, with the index
/// after it.
fn match_phrase(
    phrases: &crate::fx::FxHashMap<&'static str, Vec<(&'static str, Vec<&'static str>)>>,
    toks: &[Tok],
    i: usize,
) -> Option<(&'static str, usize)> {
    let first = toks.get(i).filter(|t| !t.quoted)?;
    let candidates = phrases.get(first.lower.as_str())?;
    candidates
        .iter()
        .find(|(_, words)| {
            words
                .iter()
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| !t.quoted && t.lower == *w))
        })
        .map(|(p, words)| (*p, i + words.len()))
}

/// An English modal ("would endorse", "will say"): it stands between a subject and its
/// verb, and after a reporting verb it shows a clause of its own has begun.
/// A form of "be" (the copula of a passive or of an adjective), with its contractions.
fn is_be(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "'s" | "’s" | "'re" | "’re"
    )
}

fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must"
    )
}

/// An English token that shows a clause of its own has begun after a reporting verb, so a
/// later "that" does not open the report: a subject pronoun, an auxiliary or modal, a
/// coordinator or a relative ("said she liked it and that …", "said it would resemble that
/// of …"). Time, place, addressee and medium may stand there ("said in an interview with
/// CNN last week that").
fn opens_clause(t: &Tok) -> bool {
    t.word
        && !t.quoted
        && (is_modal(&t.lower)
            || matches!(
                t.lower.as_str(),
                "i" | "we"
                    | "you"
                    | "he"
                    | "she"
                    | "it"
                    | "they"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "has"
                    | "have"
                    | "had"
                    | "do"
                    | "does"
                    | "did"
                    | "and"
                    | "but"
                    | "or"
                    | "who"
                    | "which"
                    | "what"
                    | "whether"
                    | "if"
            ))
}

/// Whether a cue phrase names a circumstance ("in a statement", "dans un communiqué")
/// rather than introducing its source ("according to", "selon").
fn is_circumstance(phrase: &str) -> bool {
    matches!(phrase.split(' ').next(), Some("in" | "dans" | "en" | "im"))
}

pub(crate) struct Attributor<'a> {
    pub text: &'a str,
    /// `text` ASCII-lowercased (the same byte offsets): tokens borrow their lowercase
    /// text from it.
    pub lower: &'a str,
    pub lex: &'a Lexicon,
}

/// German determiners that can open a subject (nominative forms).
const DE_NOMINATIVE: &[&str] = &[
    "der",
    "die",
    "das",
    "ein",
    "eine",
    "dieser",
    "diese",
    "dieses",
    "sein",
    "seine",
    "ihr",
    "ihre",
    "kein",
    "keine",
    "unser",
    "unsere",
    "mein",
    "meine",
    "jeder",
    "jede",
    "beide",
    "viele",
    "alle",
    "zahlreiche",
    "mehrere",
    "einige",
    "andere",
];

impl Attributor<'_> {
    /// A lowercase past-tense verb: listed, or (English) a regular -ed form ("pressed").
    fn is_past_verb(&self, t: &Tok) -> bool {
        t.word
            && !t.cap
            && !t.quoted
            && (self.lex.past_verbs.contains(t.lower.as_str())
                || (self.lex.english && t.lower.len() > 4 && t.lower.ends_with("ed")))
    }

    /// An adverb or auxiliary between subject and verb: listed, or (English) a lowercase
    /// -ly word.
    fn is_adverb(&self, t: &Tok) -> bool {
        self.lex.adverbs.contains(t.lower.as_str())
            || (self.lex.english
                && !t.cap
                && t.word
                && t.lower.len() > 4
                && t.lower.ends_with("ly"))
    }

    pub(crate) fn cue_at(&self, toks: &[Tok], i: usize) -> Option<(CueInfo, usize)> {
        let t = toks.get(i)?;
        if !t.word || t.quoted || (t.cap && i > 0 && toks[i - 1].word && !self.title_case(toks)) {
            // a capitalised word mid-sentence is a name ("the Washington Post"), but not
            // in a headline that capitalises every word ("Trump Says He Will …")
            return None;
        }
        if !may_be(t, IN_CUES) {
            return None;
        }
        let info = *self.lex.cues.get(t.lower.as_str())?;
        // "state" and "states" are nouns far more often than verbs ("state Rep. Hoover",
        // "state lawmakers", "the early states that voted"); the verb is followed by its
        // report or a circumstance ("the Saudis state in the paper", "it states: …")
        if self.lex.english
            && info.lemma == "state"
            && matches!(t.lower.as_str(), "state" | "states")
        {
            let next = toks.get(i + 1);
            let verb_like = next.is_some_and(|n| {
                n.quoted
                    || matches!(
                        n.lower.as_str(),
                        ":" | ","
                            | "in"
                            | "on"
                            | "at"
                            | "the"
                            | "a"
                            | "an"
                            | "this"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                    )
                    || (n.lower == "that"
                        && i > 0
                        && (toks[i - 1].cap
                            || self.lex.pronouns.contains_key(toks[i - 1].lower.as_str())))
                    // closing a clause after its subject ("“…,” a voice-over in the ad
                    // states.")
                    || (matches!(n.lower.as_str(), "." | ",")
                        && i > 0
                        && toks[i - 1].word
                        && !toks[i - 1].quoted
                        && !toks[i - 1].lower.bytes().all(|b| b.is_ascii_digit())
                        && !self.lex.determiners.contains(toks[i - 1].lower.as_str())
                        && !crate::lexicon::is_preposition("en", &toks[i - 1].lower))
            });
            if !verb_like {
                return None;
            }
        }
        // "Trump said, and I quote, “…”": the writer's aside, not a cue
        if self.lex.english && info.lemma == "quote" && i > 0 && toks[i - 1].lower == "i" {
            return None;
        }
        // "a group called Citizens for Trump": naming, not speech
        if self.lex.english
            && t.lower == "called"
            && i > 0
            && toks[i - 1].word
            && !toks[i - 1].cap
            && !self.lex.pronouns.contains_key(toks[i - 1].lower.as_str())
            && !matches!(
                toks[i - 1].lower.as_str(),
                "has" | "have" | "had" | "also" | "was"
            )
            && toks[i + 1..]
                .iter()
                .position(|t| t.word)
                .filter(|&k| k <= 1)
                .is_some_and(|k| {
                    // a name, or a short title in marks ("a class called “Perception”")
                    let n = &toks[i + 1 + k];
                    n.cap
                        && (!n.quoted
                            || toks[i + 1 + k..]
                                .iter()
                                .take_while(|t| t.quoted)
                                .filter(|t| t.word)
                                .count()
                                <= 4)
                })
        {
            return None;
        }
        if self.lex.english {
            let next = toks.get(i + 1).map(|n| n.lower.as_str());
            // "put" reports as "put it" (the cue is both words: "as Cruz put it, …"
            // reads on after "it", "put it this way: …" after "way"), or as an estimate
            // putting a figure somewhere ("Census estimates put the share higher",
            // "Forbes put his worth at $4 billion"); "put pressure on", "put the others
            // on notice" are no speech
            if info.lemma == "put" {
                let this_way = toks.get(i + 2).is_some_and(|w| w.lower == "this")
                    && toks.get(i + 3).is_some_and(|w| w.lower == "way");
                if next == Some("it") {
                    return Some((info, if this_way { i + 4 } else { i + 2 }));
                }
                let estimate = toks
                    .iter()
                    .skip(i + 2)
                    .take(8)
                    .take_while(|w| w.word && !w.quoted)
                    .any(|w| matches!(w.lower.as_str(), "at" | "higher" | "lower" | "closer"));
                if !estimate {
                    return None;
                }
            }
            // "remarks" and "comments" are nouns far more often than verbs ("his latest
            // remarks will …"): a verb after a name or a pronoun, or before its report
            if matches!(t.lower.as_str(), "remarks" | "comments") {
                let verb = i.checked_sub(1).is_some_and(|k| {
                    toks[k].cap && toks[k].word && !toks[k].quoted
                        || self.lex.pronouns.contains_key(toks[k].lower.as_str())
                }) || toks
                    .get(i + 1)
                    .is_some_and(|n| n.quoted || matches!(n.lower.as_str(), "that" | "," | ":"));
                if !verb {
                    return None;
                }
            }
            // "show" is a verb after a plural subject ("polls show", "the data show"),
            // a pronoun or an auxiliary; after a singular word it is a noun ("a talk
            // show", "his reality TV show")
            if t.lower == "show" {
                let verb = i.checked_sub(1).is_none_or(|k| {
                    let p = &toks[k];
                    !p.word
                        || p.lower == "data"
                        || (p.lower.ends_with('s') && !p.lower.ends_with("ss"))
                        || self.lex.pronouns.contains_key(p.lower.as_str())
                        || is_modal(&p.lower)
                        || self.is_adverb(p)
                        || matches!(p.lower.as_str(), "to" | "not" | "do" | "did" | "n't")
                });
                if !verb {
                    return None;
                }
            }
            // "found himself", "find a way", "was found guilty": no finding reported
            if info.lemma == "find"
                && (next.is_some_and(|n| {
                    matches!(
                        n,
                        "a" | "an"
                            | "himself"
                            | "herself"
                            | "themselves"
                            | "itself"
                            | "myself"
                            | "ourselves"
                            | "yourself"
                    )
                }) || (i.checked_sub(1).is_some_and(|k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "was" | "were" | "been" | "be" | "is"
                    )
                }) && next != Some("that")))
            {
                return None;
            }
        }
        // "point out", "go on" style particles are not needed; "pointed" alone is weak.
        if info.lemma == "point" {
            let next = toks.get(i + 1)?;
            if next.lower != "out" {
                return None;
            }
            return Some((info, i + 2));
        }
        // nouns that look like verbs: "the report", "a post", "the claims", "the order"
        if let Some(p) = i.checked_sub(1).and_then(|k| toks.get(k)) {
            // (people counted are a subject: "the two write", "both said"; "the two
            // reports" is a noun)
            let counted = self.lex.english
                && (matches!(p.lower.as_str(), "two" | "three" | "four" | "five" | "both")
                    && (p.lower == "both" || i >= 2 && toks[i - 2].lower == "the")
                    && !t.lower.ends_with('s')
                    // "Another said …": a past form is no noun
                    || matches!(p.lower.as_str(), "another" | "one")
                        && matches!(
                            t.lower.as_str(),
                            "said" | "told" | "wrote" | "added" | "asked" | "replied" | "explained"
                        )
                    // "some say", "many think": a share of people as the subject (a noun
                    // after them would be plural: "some reports")
                    || matches!(p.lower.as_str(), "some" | "many" | "most" | "several")
                        && (i == 1 || !toks[i - 2].word || toks[i - 2].lower == "and")
                        && !t.lower.ends_with('s')
                    // "one in five say", "nine out of ten say"
                    || i >= 3
                        && matches!(toks[i - 2].lower.as_str(), "in" | "of")
                        && !t.lower.ends_with('s'));
            if self.lex.determiners.contains(&p.lower.as_str()) && p.lower != "that" && !counted {
                return None;
            }
            if p.lower == "to" && !matches!(info.lemma, "say" | "tell" | "add") {
                // "refused to comment", "wants to see"
                return None;
            }
        }
        // after a possessive it is a noun: "Editor's note", "the mayor's statement"
        // ("he’s said" is "he has said")
        if i > 0 && (toks[i - 1].lower.ends_with("'s") || toks[i - 1].lower.ends_with("’s")) {
            let bare = toks[i - 1]
                .lower
                .split(['\'', '’'])
                .next()
                .unwrap_or_default();
            let has = matches!(bare, "he" | "she") && !matches!(t.lower.as_str(), "say" | "says");
            if !has {
                return None;
            }
        }
        // a noun followed by the real verb: "the Fentanyl report furthered"
        if toks.get(i + 1).is_some_and(|n| {
            n.word && !n.cap && self.lex.cues.contains_key(n.lower.as_str()) && n.lower != "that"
        }) {
            return None;
        }
        Some((info, i + 1))
    }

    /// Whether the sentence is an English headline in title case: four words or more,
    /// nearly all capitalised, none in marks.
    fn title_case(&self, toks: &[Tok]) -> bool {
        // (a headline is short: a long sentence is never read whole here, once per
        // capitalised word)
        if !self.lex.english || toks.len() > 48 {
            return false;
        }
        let (mut words, mut caps) = (0, 0);
        for t in toks.iter().filter(|t| t.word) {
            if t.quoted {
                return false;
            }
            words += 1;
            caps += usize::from(t.cap);
        }
        words >= 4 && caps * 10 >= words * 8
    }

    /// A multi-word cue phrase starting at token i ("according to").
    fn phrase_at(&self, toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
        if !may_be(toks.get(i)?, IN_PHRASES) {
            return None;
        }
        match_phrase(&self.lex.phrases, toks, i)
    }

    /// A cue phrase whose source stands before it ("zufolge") at token i.
    fn post_phrase_at(&self, toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
        if !may_be(toks.get(i)?, IN_POST_PHRASES) {
            return None;
        }
        match_phrase(&self.lex.post_phrases, toks, i)
    }

    /// A mention named by its own text (no title, gender or pronoun): a share of people
    /// ("a third"), a plain phrase after "according to", a document.
    fn as_named(&self, span: Span, kind: SpeakerKind) -> Mention {
        Mention {
            span,
            name: span.slice(self.text).to_string(),
            kind,
            title: None,
            gender: None,
            pronoun: None,
        }
    }

    /// The text of `toks[a..b]`; an empty span where that range is empty (two commas in
    /// a row leave an empty apposition), never a reversed one.
    fn span_of(toks: &[Tok], a: usize, b: usize) -> Span {
        let first = toks.get(a);
        let last = b.checked_sub(1).and_then(|k| toks.get(k));
        match (first, last) {
            (Some(x), Some(y)) if a < b => Span::new(x.span.start, y.span.end),
            (Some(x), _) => Span::new(x.span.start, x.span.start),
            (None, Some(y)) => Span::new(y.span.end, y.span.end),
            (None, None) => Span::new(0, 0),
        }
    }

    /// Classifies the noun phrase `toks[a..b]` as a mention.
    fn mention(&self, toks: &[Tok], a: usize, b: usize) -> Option<Mention> {
        if a >= b {
            return None;
        }
        let span = Self::span_of(toks, a, b);
        if b - a == 1 {
            // "I've", "she's", "they'll": the pronoun before a contraction
            let bare = toks[a].lower.split(['\'', '’']).next().unwrap_or_default();
            if let Some(&(kind, gender)) = self.lex.pronouns.get(bare) {
                return Some(Mention {
                    span,
                    name: toks[a].span.slice(self.text).to_string(),
                    kind: SpeakerKind::Unknown,
                    title: None,
                    gender,
                    pronoun: Some((kind, gender)),
                });
            }
        }
        // Strip determiners and titles from the left.
        let mut k = a;
        let mut title_words: Vec<&str> = Vec::new();
        let mut gender = None;
        while k < b && self.lex.determiners.contains(&toks[k].lower.as_str()) {
            k += 1;
        }
        let has_det = k > a;
        let det_end = k;
        // determiners alone stand for the people counted ("the two write", "tweeted
        // another", "both said")
        if k == b && self.lex.english {
            let kind = match toks[b - 1].lower.as_str() {
                "two" | "three" | "four" | "five" | "both" | "some" | "many" | "most"
                | "several" => SpeakerKind::Group,
                "another" | "one" => SpeakerKind::Person,
                _ => return None,
            };
            return Some(self.as_named(span, kind));
        }
        while k + 1 < b {
            let w = toks[k].lower.trim_end_matches('.');
            // a lowercase role before a name is its title too ("his friend Omar Saleh")
            let role = !toks[k].cap
                && self.lex.person_nouns.contains(w)
                && toks[k + 1].cap
                && toks[k + 1].word;
            if (self.lex.titles.contains(w) || role) && toks[k + 1].word {
                if let Some(g) = crate::lexicon::honorific_gender(w) {
                    gender = Some(g);
                }
                if !crate::lexicon::is_honorific(w) {
                    title_words.push(toks[k].span.slice(self.text));
                }
                k += 1;
            } else {
                break;
            }
        }
        // A capitalised role before the name: "Senate Minority Leader Harry Reid",
        // "New Jersey Gov. Chris Christie", "Secretary of State John Kerry": everything up
        // to the last title word that a capitalised non-title word follows.
        // (not when the name after the title is an organisation's or a document's: "the
        // Senate Judiciary Committee report"; an organisation before the title is the
        // role's: "Superior Court Judge Harriet Vell")
        let org_like = |from: usize| {
            toks[from..b].iter().any(|t| {
                self.lex.organisations.contains(t.lower.as_str())
                    || self.lex.documents.contains(t.lower.as_str())
            })
        };
        if let Some(t) = (k..b.saturating_sub(1))
            .rev()
            .find(|&t| {
                let w = toks[t].lower.trim_end_matches('.');
                // (a lowercase role too: "Republican strategist Al Cardenas")
                (self.lex.titles.contains(w)
                    || (self.lex.english && !toks[t].cap && self.lex.person_nouns.contains(w)))
                    && toks[t + 1].cap
                    && !self
                        .lex
                        .titles
                        .contains(toks[t + 1].lower.trim_end_matches('.'))
            })
            .filter(|&t| !org_like(t + 1))
        {
            // (English: before a lowercase role, any words of its description, "council
            // member Al Ruiz", "Republican strategist Al Cardenas")
            let role = self.lex.english && self.lex.person_nouns.contains(toks[t].lower.as_str());
            if toks[k..=t].iter().all(|x| {
                x.word
                    && (x.cap
                        || role
                        || matches!(x.lower.as_str(), "of" | "for" | "the" | "and")
                        || self.lex.titles.contains(x.lower.trim_end_matches('.')))
            }) {
                for x in &toks[k..=t] {
                    let w = x.lower.trim_end_matches('.');
                    match w {
                        "mr" => gender = Some(Gender::Male),
                        "mrs" | "ms" | "miss" => gender = Some(Gender::Female),
                        _ => title_words.push(x.span.slice(self.text)),
                    }
                }
                k = t + 1;
            }
        }
        // "the spokeswoman for the ministry", "le président du conseil": a person whose
        // role is followed by the organisation.
        let role_of_org = {
            let first = toks[det_end.min(b - 1)].lower.trim_end_matches('.');
            (self.lex.titles.contains(first) || self.lex.person_nouns.contains(first))
                && toks[det_end.min(b - 1)..b].iter().any(|t| {
                    matches!(
                        t.lower.as_str(),
                        "of" | "for" | "du" | "de" | "des" | "der" | "del" | "at"
                    )
                })
        };
        // A title alone ("the president") stays the name; a role of an organisation
        // ("the spokeswoman for the ministry") is named whole.
        let (name_a, title) = if role_of_org {
            (det_end.min(b - 1), None)
        } else if k < b && toks[k..b].iter().any(|t| t.cap) {
            (k, (!title_words.is_empty()).then(|| title_words.join(" ")))
        } else {
            (if has_det { a + (k - a).min(1) } else { a }, None)
        };
        let name_a = if toks[name_a..b].iter().any(|t| t.cap) {
            name_a
        } else {
            a.max(if has_det { a + 1 } else { a })
        };
        let name_toks = &toks[name_a..b];
        if name_toks.is_empty() || !name_toks.iter().any(|t| t.word) {
            return None;
        }
        let head: &str = name_toks
            .iter()
            .rev()
            .find(|t| t.word)
            .map(|t| trim_possessive(&t.lower))
            .unwrap_or_default();
        // French elision: "l’éleveur" is an article and a noun
        let elision = |w: &str| -> usize {
            if self.lex.english {
                return 0;
            }
            ["l’", "l'", "d’", "d'"]
                .iter()
                .find(|p| w.starts_with(*p))
                .map_or(0, |p| p.len())
        };
        let elided = name_toks.first().map_or(0, |t| elision(t.lower.as_str()));
        let has_det = has_det || elided > 0;
        // (the possessive may have taken the elided word's letters: "D's" is "d")
        let head = if name_toks.len() == 1 && elided > 0 {
            head.get(elided..).filter(|h| !h.is_empty()).unwrap_or(head)
        } else {
            head
        };
        let all_caps_acronym = name_toks.len() == 1 && {
            let s = name_toks[0].span.slice(self.text);
            s.len() >= 2 && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
        };
        let cap_words = name_toks.iter().filter(|t| t.cap).count();
        let any_org_word = name_toks
            .iter()
            .any(|t| t.cap && self.lex.organisations.contains(t.lower.as_str()));
        // German compounds end in their head noun: "Wirtschaftsrat", "Landtagsfraktion",
        // "Positionspapier"
        let is = |set: &crate::lexicon::WordSet| {
            set.contains(head)
                || (self.lex.code == "de" && name_toks.len() == 1 && {
                    let h = head;
                    set.iter().any(|w| {
                        h.len() > w.len() + 2
                            && h.ends_with(w)
                            && (w.len() >= 4 || (*w == "rat" && h.ends_with("srat")))
                    })
                })
        };
        let kind = if role_of_org {
            SpeakerKind::Person
        } else if is(&self.lex.documents) {
            SpeakerKind::Document
        } else if is(&self.lex.organisations) || any_org_word || all_caps_acronym {
            SpeakerKind::Organisation
        } else if is(&self.lex.groups) {
            SpeakerKind::Group
        } else if has_det
            && toks[a].lower == "the"
            && cap_words > 0
            && title.is_none()
            && name_toks.first().is_some_and(|t| t.cap)
            && !self.lex.person_nouns.contains(head)
        {
            SpeakerKind::Organisation
        } else if cap_words > 0 || self.lex.person_nouns.contains(head) || title.is_some() {
            SpeakerKind::Person
        } else if has_det && head.len() > 2 {
            // "a friend", "some fans": a description with a plain head noun
            if head.ends_with('s') && !head.ends_with("ss") {
                SpeakerKind::Group
            } else {
                SpeakerKind::Person
            }
        } else {
            return None;
        };
        let mut name_span = Self::span_of(toks, name_a, b);
        name_span.start += elided.min(name_span.len());
        let name = trim_possessive(name_span.slice(self.text)).to_string();
        Some(Mention {
            span,
            name,
            kind,
            title,
            gender,
            pronoun: None,
        })
    }

    /// Is token i part of a name or description when reading a noun phrase?
    fn np_word(&self, t: &Tok) -> bool {
        !t.quoted && t.word
    }

    /// The noun phrase ending just before `end` (exclusive), read backwards, skipping
    /// adverbs and auxiliaries. Returns the mention and the start index.
    fn np_backward(&self, toks: &[Tok], end: usize, limit: usize) -> Option<(Mention, usize)> {
        if !self.lex.english || end <= limit {
            return self.np_backward_clause(toks, end, limit);
        }
        // "Jo Pardo, who said …", "voters who say …": the phrase the relative clause
        // describes
        if toks[end - 1].lower == "who" && !toks[end - 1].quoted && end > limit + 1 {
            let e = if toks[end - 2].lower == "," {
                end - 2
            } else {
                end - 1
            };
            if let Some((mut m, s)) = self.np_backward_clause(toks, e, limit) {
                if m.pronoun.is_none() && m.kind != SpeakerKind::Document {
                    // the mention is the relative pronoun, standing for the phrase (its
                    // name, kind and title)
                    m.span = toks[end - 1].span;
                    return Some((m, s));
                }
            }
            return None;
        }
        // "a video that said": the phrase before the relative pronoun
        let relative = matches!(toks[end - 1].lower.as_str(), "that" | "which")
            && !toks[end - 1].quoted
            && end > limit + 1;
        let found = if relative {
            self.np_backward_clause(toks, end - 1, limit)
                .filter(|(m, _)| m.kind == SpeakerKind::Document)
        } else {
            self.np_backward_clause(toks, end, limit)
        };
        // "Opponents of the ordinance say", "the head of the agency said": the people
        // the phrase is of are the source, not the thing after "of"
        let found = found.map(|(m, s)| {
            let of = s > limit + 1 && toks[s - 1].lower == "of" && !toks[s - 1].quoted;
            let head = of
                .then(|| self.np_backward_clause(toks, s - 1, limit))
                .flatten()
                .filter(|(h, _)| {
                    let w = toks[s - 2].lower.as_str();
                    let people = self.lex.person_nouns.contains(w)
                        || self.lex.groups.contains(w)
                        || w.strip_suffix('s').is_some_and(|x| {
                            self.lex.person_nouns.contains(x) || self.lex.groups.contains(x)
                        })
                        || matches!(w, "some" | "many" | "most" | "members" | "several");
                    h.pronoun.is_none()
                        && (!toks[s - 2].cap || s - 2 == limit)
                        // (a name after "of" needs a word for people before it: not
                        // "the city of Calder Springs")
                        && (people
                            || (!toks[s - 2].cap
                                && !toks[s].cap
                                && matches!(h.kind, SpeakerKind::Person | SpeakerKind::Group)))
                });
            match head {
                Some((mut h, hs)) => {
                    h.span = Span::new(h.span.start, m.span.end);
                    h.name = h.span.slice(self.text).to_string();
                    (h, hs)
                }
                None => (m, s),
            }
        });
        // A document that is the object of someone's verb and "says" in a participle or
        // a relative clause is their medium, not the source: "she released a statement
        // saying …", "the campaign sent a text message to supporters saying …", "Trump
        // released a video that said …" are hers, the campaign's, Trump's. (A document
        // after a preposition stays the source: "under a headline that said".)
        if let Some((m, s)) = &found {
            // (the document may head a longer phrase: "a text message to supporters")
            let document = m.kind == SpeakerKind::Document
                || toks[*s..end]
                    .iter()
                    .take_while(|t| t.span.end <= m.span.end && t.lower != "to")
                    .any(|t| self.lex.documents.contains(t.lower.as_str()));
            let medium = document
                && (relative || toks.get(end).is_some_and(|t| t.lower.ends_with("ing")))
                && *s > limit
                && toks[*s - 1].word
                && !toks[*s - 1].cap
                && !toks[*s - 1].quoted
                && !crate::lexicon::is_preposition("en", &toks[*s - 1].lower)
                && !matches!(toks[*s - 1].lower.as_str(), "to" | "and" | "or" | "that");
            if medium {
                // the subject right before the verb (and its particle: "sent out")
                let mut v = *s - 1;
                if matches!(toks[v].lower.as_str(), "out" | "up" | "off") && v > limit + 1 {
                    v -= 1;
                }
                let issuer = self.np_backward_clause(toks, v, limit).filter(|(i, _)| {
                    i.span.end <= toks[v].span.start
                        && (matches!(
                            i.kind,
                            SpeakerKind::Person | SpeakerKind::Organisation | SpeakerKind::Group
                        ) || i.pronoun.is_some())
                });
                if issuer.is_some() {
                    return issuer;
                }
            }
        }
        found
    }

    /// The subject phrase ending before token `end` (see `np_backward`).
    fn np_backward_clause(
        &self,
        toks: &[Tok],
        end: usize,
        limit: usize,
    ) -> Option<(Mention, usize)> {
        let mut e = end;
        while e > limit && e + 4 > end && self.is_adverb(&toks[e - 1]) {
            e -= 1;
        }
        // "X was prompted to say", "X wants to tell": a control verb and "to"
        if e >= limit + 2
            && toks[e - 1].lower == "to"
            && self.lex.control.contains(&toks[e - 2].lower.as_str())
        {
            e -= 2;
            while e > limit && e + 8 > end && self.is_adverb(&toks[e - 1]) {
                e -= 1;
            }
        }
        // a German relative clause before the verb: "Miroslav Klose, der wegen
        // wiederholter Fouls Gelb-Rot sah, nannte …"
        if self.lex.code == "de" && e > limit + 1 && toks[e - 1].lower == "," {
            if let Some(c1) = (limit..e - 1)
                .rev()
                .take(25)
                .find(|&k| toks[k].lower == ",")
            {
                let relative = toks.get(c1 + 1).is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "der" | "die" | "das" | "dem" | "den" | "denen" | "deren" | "dessen"
                    )
                }) && toks[c1 + 1..e - 1].iter().all(|t| !t.quoted)
                    // a relative clause ends with its verb
                    && toks[e - 2].word
                    && !toks[e - 2].cap;
                if relative {
                    e = c1;
                }
            }
        }
        // an aside between dashes before the verb: "Murphy — after a knock on wood —
        // told me"
        if self.lex.english && e > limit + 2 && matches!(toks[e - 1].lower.as_str(), "—" | "–")
        {
            if let Some(open) = (limit..e - 1)
                .rev()
                .take(15)
                .find(|&k| matches!(toks[k].lower.as_str(), "—" | "–"))
            {
                if open > limit && toks[open + 1..e - 1].iter().all(|t| !t.quoted) {
                    e = open;
                }
            }
        }
        // a parenthetical before the verb: "Rep. Jo Diaz (D-Md.) said"
        if e > limit && toks[e - 1].lower == ")" {
            if let Some(open) = (limit..e - 1).rev().take(8).find(|&k| toks[k].lower == "(") {
                e = open;
            }
        }
        // a name with its party tag, then a comma: "…, Gov. John Kasich (R-OH), said"
        if self.lex.english && e > limit + 2 && toks[e - 1].lower == "," && toks[e - 2].lower == ")"
        {
            if let Some(open) = (limit..e - 2).rev().take(8).find(|&k| toks[k].lower == "(") {
                if open > limit && toks[open - 1].cap {
                    if let Some((m, s)) = self.np_backward_plain(toks, open, limit) {
                        let opens_clause =
                            s == limit || matches!(toks[s - 1].lower.as_str(), "," | ";");
                        if m.kind == SpeakerKind::Person && m.pronoun.is_none() && opens_clause {
                            return Some((m, s));
                        }
                    }
                }
            }
        }
        // Apposition: "Smith, a lawyer for the firm, said"
        if e > limit && toks[e - 1].lower == "," {
            let comma2 = e - 1;
            // (an apposition holds no dash: "FERRIS CREEK, March 4 — The mayor, citing
            // …" is a dateline and a subject)
            if let Some(mut c1) = (limit..comma2)
                .rev()
                .take(20)
                .find(|&k| toks[k].lower == ",")
                .filter(|&c1| {
                    !toks[c1..comma2]
                        .iter()
                        .any(|t| matches!(t.lower.as_str(), "—" | "–"))
                })
                // (nor a clause: "Even as it moves to New York, the race will be tight,
                // said …"; a relative clause is an apposition: "Barkley, who has …,")
                .filter(|&c1| {
                    !self.lex.english
                        || toks[c1 + 1..comma2]
                            .iter()
                            .any(|t| matches!(t.lower.as_str(), "who" | "whose" | "which" | "and"))
                        || !toks[c1 + 1..comma2].iter().any(|t| {
                            !t.quoted
                                && (is_modal(&t.lower)
                                    || matches!(t.lower.as_str(), "is" | "are" | "was" | "were"))
                        })
                })
            {
                // an age before the description: "Yin May, 60, a doctor, said"
                if self.lex.english
                    && c1 >= limit + 3
                    && toks[c1 - 2].lower == ","
                    && toks[c1 - 1].lower.bytes().all(|b| b.is_ascii_digit())
                {
                    c1 -= 2;
                }
                let appos_from =
                    if c1 < comma2 && toks[c1 + 1].lower.bytes().all(|b| b.is_ascii_digit()) {
                        c1 + 3
                    } else {
                        c1 + 1
                    };
                if let Some((m, s)) = self.np_backward_plain(toks, c1, limit) {
                    // a description first and the name after it ("Die Oberbürgermeisterin
                    // von Lauterfeld, Sabine Kranich-Loos, zeigte sich …"): the name speaks
                    let appos_toks = &toks[c1 + 1..comma2];
                    let name_like = !appos_toks.is_empty()
                        && appos_toks.len() <= 4
                        && appos_toks.iter().all(|t| t.word && t.cap && !t.quoted);
                    let described = toks[s..c1].first().is_some_and(|t| {
                        self.lex.determiners.contains(t.lower.as_str())
                            || self.lex.titles.contains(t.lower.as_str())
                    });
                    if m.pronoun.is_none() && name_like && described {
                        if let Some(mut named) = self.mention(toks, c1 + 1, comma2) {
                            if named.kind == SpeakerKind::Person {
                                // the role without its article ("Die Oberbürgermeisterin
                                // von Lauterfeld" -> "Oberbürgermeisterin von Lauterfeld")
                                let d0 = if c1 > s + 1
                                    && self.lex.determiners.contains(toks[s].lower.as_str())
                                {
                                    s + 1
                                } else {
                                    s
                                };
                                let desc = Self::span_of(toks, d0, c1).slice(self.text).trim();
                                named.title = Some(desc.to_string());
                                named.span = Self::span_of(toks, s, comma2);
                                return Some((named, s));
                            }
                        }
                    }
                    if m.pronoun.is_none() {
                        let mut m = m;
                        let appos = Self::span_of(toks, appos_from, comma2)
                            .slice(self.text)
                            .trim()
                            .to_string();
                        if m.title.is_none() && m.kind == SpeakerKind::Person && !appos.is_empty() {
                            m.title = Some(
                                appos
                                    .trim_start_matches("the ")
                                    .trim_start_matches("a ")
                                    .trim_start_matches("an ")
                                    .to_string(),
                            );
                        }
                        return Some((m, s));
                    }
                }
            }
            return None;
        }
        let (m, s) = self.np_backward_plain(toks, e, limit)?;
        // German, French, Spanish: a noun phrase after a preposition is no subject ("mit
        // den Worten zitiert", "in einer Rede verkündet", "über das Geschehen, sagte …");
        // in English one that opens with an article right after a reporting verb is the
        // verb's circumstance, and the word after it a noun ("said on a media call set up
        // by …"); elsewhere such a phrase often ends a longer subject ("a report in a
        // local paper said")
        if s > limit
            && !toks[s - 1].quoted
            && crate::lexicon::is_preposition(self.lex.code, &toks[s - 1].lower)
            && (!self.lex.english || self.lex.determiners.contains(toks[s].lower.as_str()))
        {
            if !self.lex.english {
                return None;
            }
            // (a past form: "report" and "notes" are nouns as often as verbs)
            let past = |w: &str| w.ends_with("ed") || matches!(w, "said" | "told" | "wrote");
            // a preposition opening the clause takes its object ("In a conference call
            // last week, …"; not "about" before a number, not "with" before a participle)
            let opens = (s - 1 == limit || matches!(toks[s - 2].lower.as_str(), ";" | ":"))
                && !matches!(toks[s - 1].lower.as_str(), "about" | "with");
            if opens
                || s >= limit + 2 && past(&toks[s - 2].lower) && self.cue_at(toks, s - 2).is_some()
            {
                return None;
            }
        }
        Some((m, s))
    }

    /// An English word a description read backwards does not run past: a subordinator,
    /// a conjunction or a relative word ("The ban takes effect as | doctors say").
    fn ends_description(&self, t: &Tok) -> bool {
        self.lex.english
            && !t.quoted
            && matches!(
                t.lower.as_str(),
                "as" | "while"
                    | "when"
                    | "if"
                    | "because"
                    | "since"
                    | "although"
                    | "though"
                    | "and"
                    | "or"
                    | "but"
                    | "than"
                    | "that"
                    | "who"
                    | "which"
                    | "where"
            )
    }

    fn np_backward_plain(&self, toks: &[Tok], e: usize, limit: usize) -> Option<(Mention, usize)> {
        if e <= limit {
            return None;
        }

        let last = &toks[e - 1];
        if !self.np_word(last) {
            return None;
        }
        if self.lex.pronouns.contains_key(last.lower.as_str()) {
            // "he", "she", "it" as subject
            return self.mention(toks, e - 1, e).map(|m| (m, e - 1));
        }
        let mut s = e - 1;
        if last.cap {
            // capitalised run, with connectors and lowercase titles before it
            while s > limit {
                let p = &toks[s - 1];
                if p.quoted {
                    break;
                }
                let connector = (matches!(
                    p.lower.as_str(),
                    "of" | "for"
                        | "and"
                        | "&"
                        | "de"
                        | "van"
                        | "von"
                        | "al"
                        | "la"
                        | "le"
                        | "du"
                        | "the"
                        | "des"
                        | "der"
                        | "del"
                ) || (!self.lex.english
                    && self.lex.determiners.contains(p.lower.as_str())))
                    && s > limit + 1
                    && (toks[s].cap || toks[s].lower == "the")
                    && !toks[s - 2].quoted;
                let lw = p.lower.trim_end_matches('.');
                let role =
                    p.word && (self.lex.titles.contains(lw) || self.lex.person_nouns.contains(lw));
                if p.word && p.cap || connector || role {
                    s -= 1;
                } else {
                    break;
                }
            }
            // drop leading non-names ("But Smith said") and connectors
            while s < e - 1
                && (self.lex.not_names.contains(&toks[s].lower.as_str())
                    || matches!(toks[s].lower.as_str(), "of" | "for" | "and" | "&" | "-"))
            {
                s += 1;
            }
            if self.lex.not_names.contains(&toks[s].lower.as_str()) {
                return None;
            }
            // "the" before an organisation ("the Bureau"), an article or "one" before a
            // description ("one senior Democrat")
            if s > limit
                && matches!(
                    toks[s - 1].lower.as_str(),
                    "the" | "a" | "an" | "one" | "another"
                )
            {
                s -= 1;
            }
        } else {
            // a description: determiner + modifiers + head noun
            let head = last.lower.as_str();
            let known = self.lex.person_nouns.contains(head)
                || self.lex.groups.contains(head)
                || self.lex.documents.contains(head)
                || self.lex.organisations.contains(head);
            // "the two said", "both said": the people counted
            if self.lex.english
                && matches!(head, "two" | "three" | "four" | "five" | "both")
                && !(e >= limit + 2 && matches!(toks[e - 2].lower.as_str(), "in" | "of"))
            {
                let s = if e >= limit + 2 && toks[e - 2].lower == "the" {
                    e - 2
                } else {
                    e - 1
                };
                if head == "both" || s + 2 == e {
                    return self.mention(toks, s, e).map(|m| (m, s));
                }
                return None;
            }
            // "some say", "many think", "most said": the people of an unnamed share
            if self.lex.english
                && matches!(head, "some" | "many" | "most" | "several")
                && (e - 1 == limit || !toks[e - 2].word || toks[e - 2].lower == "and")
            {
                return self.mention(toks, e - 1, e).map(|m| (m, e - 1));
            }
            // "a third say", "one in five say", "nine out of 10 say", "the majority
            // said": a share of those asked
            if self.lex.english {
                let number = |t: &Tok| {
                    t.lower.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(
                            t.lower.as_str(),
                            "one"
                                | "two"
                                | "three"
                                | "four"
                                | "five"
                                | "six"
                                | "seven"
                                | "eight"
                                | "nine"
                                | "ten"
                        )
                };
                let share = matches!(
                    head,
                    "third"
                        | "thirds"
                        | "quarter"
                        | "quarters"
                        | "half"
                        | "majority"
                        | "fifth"
                        | "fifths"
                        | "tenth"
                        | "tenths"
                );
                // (people answering: "a third showed signs of fatigue" may count beams)
                let answers = toks.get(e).is_some_and(|c| {
                    self.lex.cues.get(c.lower.as_str()).is_some_and(|i| {
                        matches!(
                            i.lemma,
                            "say"
                                | "tell"
                                | "think"
                                | "believe"
                                | "feel"
                                | "agree"
                                | "expect"
                                | "want"
                                | "support"
                                | "oppose"
                                | "prefer"
                                | "worry"
                                | "fear"
                        )
                    })
                });
                let start = if !answers {
                    None
                } else if share && e >= limit + 2 {
                    let p = &toks[e - 2];
                    (matches!(
                        p.lower.as_str(),
                        "a" | "the" | "one" | "two" | "three" | "four"
                    ) && !p.quoted)
                        .then_some(e - 2)
                } else if number(last) && e >= limit + 3 && !last.quoted {
                    // "one in five", "nine out of 10"
                    let mut k = e - 2;
                    if toks[k].lower == "of" && k > limit && toks[k - 1].lower == "out" {
                        k -= 1;
                    }
                    (matches!(toks[k].lower.as_str(), "in" | "out")
                        && k > limit
                        && number(&toks[k - 1]))
                    .then_some(k - 1)
                } else {
                    None
                };
                if let Some(s) = start {
                    let span = Self::span_of(toks, s, e);
                    let m = self.as_named(span, SpeakerKind::Group);
                    return Some((m, s));
                }
            }
            // "21 percent said": the share of those asked
            if self.lex.english
                && matches!(head, "percent" | "%")
                && e >= limit + 2
                && toks[e - 2].lower.starts_with(|c: char| c.is_ascii_digit())
            {
                let s = e - 2;
                let span = Self::span_of(toks, s, e);
                let m = self.as_named(span, SpeakerKind::Group);
                return Some((m, s));
            }
            if !known {
                // "Some Millikin fans": a determiner within four words before a plain noun
                let det = (e.saturating_sub(5).max(limit)..e - 1).rev().find(|&k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "some"
                            | "many"
                            | "several"
                            | "most"
                            | "other"
                            | "these"
                            | "those"
                            | "two"
                            | "three"
                            | "both"
                            | "another"
                            | "one"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                    )
                });
                // (a subordinator or a conjunction ends the phrase: not "The ban takes
                // effect as doctors")
                let plain = |t: &Tok| {
                    t.word
                        && !t.quoted
                        && !self.lex.adverbs.contains(&t.lower.as_str())
                        && !self.lex.cues.contains_key(t.lower.as_str())
                        && !self.lex.not_names.contains(&t.lower.as_str())
                        && !self.ends_description(t)
                };
                let d = det?;
                // (the head right before the cue may have a verb's form: "the reports
                // show", "his remarks suggested")
                let head_ok = plain(last)
                    || (self.lex.english
                        && last.word
                        && !last.quoted
                        && last.lower.ends_with('s')
                        && self.lex.cues.contains_key(last.lower.as_str())
                        && toks
                            .get(e)
                            .is_some_and(|c| self.lex.cues.contains_key(c.lower.as_str())));
                if !toks[d + 1..e - 1].iter().all(plain)
                    || !head_ok
                    || head.ends_with("ly")
                    || head.len() < 3
                {
                    return None;
                }
                return self.mention(toks, d, e).map(|m| (m, d));
            }
            let mut k = e - 1;
            let mut found_det = false;
            while k > limit && e - k < 7 {
                let p = &toks[k - 1];
                if p.quoted || !p.word {
                    // allow possessive 's tokens and hyphens inside words only
                    break;
                }
                if self.lex.determiners.contains(&p.lower.as_str()) {
                    k -= 1;
                    found_det = true;
                    // determiners in a row ("his top aide", "a senior official")
                    while k > limit
                        && !toks[k - 1].quoted
                        && self.lex.determiners.contains(&toks[k - 1].lower.as_str())
                    {
                        k -= 1;
                    }
                    break;
                }
                if self.lex.adverbs.contains(&p.lower.as_str()) && !p.cap {
                    break;
                }
                if self.lex.cues.contains_key(p.lower.as_str()) && !p.cap {
                    break;
                }
                if self.ends_description(p) {
                    break;
                }
                k -= 1;
            }
            // no determiner: only bare plurals ("analysts") or capitalised modifiers, or
            // a compound that opens its clause ("…, election officials said")
            let opens = k == limit || (!toks[k - 1].word && !toks[k - 1].quoted);
            let compound = self.lex.english
                && opens
                && toks[k..e - 1].iter().all(|t| {
                    !opens_clause(t)
                        && !crate::lexicon::is_preposition("en", &t.lower)
                        && !matches!(
                            t.lower.as_str(),
                            "where" | "when" | "how" | "why" | "as" | "than" | "so" | "then"
                        )
                });
            if !(found_det || k == e - 1 || toks[k].cap || compound) {
                k = e - 1;
            }
            s = k;
        }
        self.mention(toks, s, e).map(|m| (m, s))
    }

    /// The noun phrase starting at `start`, read forwards ("said Smith", "said the
    /// spokesman for the ministry"). Returns the mention and its end index.
    pub(crate) fn np_forward(
        &self,
        toks: &[Tok],
        start: usize,
        limit: usize,
    ) -> Option<(Mention, usize)> {
        let first = toks.get(start)?;
        if start >= limit || !self.np_word(first) {
            return None;
        }
        // outside English no noun phrase opens with a preposition ("über das Geschehen")
        if !self.lex.english && crate::lexicon::is_preposition(self.lex.code, &first.lower) {
            return None;
        }
        if self.lex.pronouns.contains_key(first.lower.as_str()) {
            return self.mention(toks, start, start + 1).map(|m| (m, start + 1));
        }
        let mut e = start;
        let mut saw_head = false;
        while e < limit && e - start < 9 {
            let t = &toks[e];
            if t.quoted || !t.word {
                break;
            }
            let l = t.lower.as_str();
            if matches!(
                l,
                "who"
                    | "which"
                    | "that"
                    | "in"
                    | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "to"
                    | "when"
                    | "while"
                    | "as"
                    | "about"
                    | "with"
                    | "from"
                    | "last"
                    | "this"
                    | "earlier"
                    | "told"
                    | "adding"
                    | "noting"
                    | "because"
                    | "and"
                    | "but"
            ) && e > start
            {
                // "of"/"for"/"and" inside capitalised names are kept below
                if !(matches!(l, "and")
                    && toks.get(e + 1).is_some_and(|n| n.cap)
                    && toks[e - 1].cap)
                {
                    break;
                }
            }
            // a day ends an English phrase ("said the spokesman Tuesday", "said Jo Lund
            // June 3"; not "Theresa May")
            if self.lex.english
                && e > start
                && t.cap
                && crate::text::is_time_word(l)
                && (l.ends_with("day")
                    || toks
                        .get(e + 1)
                        .is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit())))
            {
                break;
            }
            // in French and Spanish a preposition other than a genitive ends the phrase
            // ("un producteur depuis le fond de la salle")
            if matches!(self.lex.code, "fr" | "es")
                && e > start
                && crate::lexicon::is_preposition(self.lex.code, l)
                && !matches!(l, "de" | "du" | "des" | "del")
            {
                break;
            }
            let noun = self.lex.person_nouns.contains(l)
                || self.lex.groups.contains(l)
                || self.lex.documents.contains(l)
                || self.lex.organisations.contains(l);
            if self.lex.cues.contains_key(l)
                && e > start
                && !t.cap
                && !noun
                && !self.lex.titles.contains(l)
            {
                break;
            }
            // after a name, circumstance words end the phrase ("dijo Juan Ortiz este lunes")
            if saw_head && !t.cap && self.lex.adverbs.contains(l) {
                break;
            }
            // a determiner after the head opens the next phrase ("nannte der Vorstand
            // die »…«"), except a genitive one ("die Anwältin der Frau", "le président
            // du conseil", "el presidente del Gobierno")
            if saw_head && !t.cap && self.lex.determiners.contains(&l) {
                let genitive = matches!(l, "der" | "des" | "de" | "du" | "del" | "d'" | "d’")
                    && toks.get(e + 1).is_some_and(|n| {
                        !n.quoted
                            && (n.cap
                                || self.lex.determiners.contains(n.lower.as_str())
                                // a role's complement: "le président du conseil"
                                || (!toks[e - 1].cap
                                    && self.lex.titles.contains(toks[e - 1].lower.as_str())))
                    });
                if !genitive {
                    break;
                }
            }
            if t.cap
                || self.lex.determiners.contains(&l)
                || self.lex.titles.contains(l.trim_end_matches('.'))
            {
                // a lowercase role is a head too: "a déclaré le ministre", "dijo la ministra"
                saw_head |= t.cap
                    || (!self.lex.english
                        && self.lex.titles.contains(l.trim_end_matches('.'))
                        && !self.lex.determiners.contains(&l));
                e += 1;
                continue;
            }
            let connector = matches!(
                l,
                "of" | "for" | "de" | "van" | "von" | "del" | "des" | "der" | "du"
            ) || (!self.lex.english && self.lex.determiners.contains(&l));
            if connector
                && toks.get(e + 1).is_some_and(|n| {
                    n.cap || n.lower == "the" || self.lex.determiners.contains(n.lower.as_str())
                })
            {
                e += 1;
                continue;
            }
            // after a name, a plain lowercase word ends the phrase ("Hannity pressed");
            // numbers continue it ("a June 17 memo")
            if saw_head && !noun && !t.lower.starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            // lowercase words in a description
            e += 1;
            if self.lex.person_nouns.contains(l)
                || self.lex.groups.contains(l)
                || self.lex.documents.contains(l)
                || self.lex.organisations.contains(l)
            {
                saw_head = true;
                // continue only into "for/of X", or a compound's head ("a former office
                // manager")
                let compound = toks.get(e).is_some_and(|n| {
                    n.word
                        && !n.cap
                        && !n.quoted
                        && (self.lex.person_nouns.contains(n.lower.as_str())
                            || self.lex.groups.contains(n.lower.as_str()))
                });
                // (or into the name the description comes before: "said Republican
                // strategist Al Cardenas", not a day: "said the spokesman Tuesday")
                let name_after = self.lex.english
                    && toks.get(e).is_some_and(|n| {
                        n.cap && n.word && !n.quoted && !crate::text::is_time_word(&n.lower)
                    });
                if !compound
                    && !name_after
                    && !toks
                        .get(e)
                        .is_some_and(|n| matches!(n.lower.as_str(), "for" | "of"))
                {
                    break;
                }
            }
        }
        if !saw_head {
            // "said the designer, who …": a short description led by a determiner and
            // closed by punctuation or a relative clause.
            // (or by the cue that ends the search: "“…,” the two write")
            let closed = e == limit
                || toks.get(e).is_none_or(|t| {
                    !t.word
                        || matches!(t.lower.as_str(), "who" | "in" | "at" | "on")
                        || (self.lex.english && t.cap && crate::text::is_time_word(&t.lower))
                        || (!self.lex.english
                            && crate::lexicon::is_preposition(self.lex.code, &t.lower))
                });
            // French elision: "l’éleveur" is an article and a noun
            let elided = !self.lex.english
                && (first.lower.starts_with("l’") || first.lower.starts_with("l'"));
            // "“…,” tweeted another."
            let lone = self.lex.english
                && e == start + 1
                && matches!(first.lower.as_str(), "another" | "one")
                && toks
                    .get(e)
                    .is_some_and(|t| matches!(t.lower.as_str(), "." | ","));
            if lone {
                return self.mention(toks, start, e).map(|m| (m, e));
            }
            if !((matches!(first.lower.as_str(), "the" | "a" | "an" | "one")
                || elided
                || (!self.lex.english && self.lex.determiners.contains(first.lower.as_str())))
                && (e - start >= 2 || elided)
                && e - start <= 5
                && closed)
            {
                return None;
            }
        }
        // trim trailing connectors
        while e > start + 1
            && matches!(
                toks[e - 1].lower.as_str(),
                "of" | "for" | "the" | "and" | "de"
            )
        {
            e -= 1;
        }
        let mut m = self.mention(toks, start, e)?;
        // apposition after a comma: "said Smith, a lawyer for the firm."
        if toks.get(e).is_some_and(|t| t.lower == ",")
            && m.kind == SpeakerKind::Person
            && m.title.is_none()
        {
            let a = e + 1;
            let mut z = a;
            while z < limit
                && z - a < 12
                && toks[z].lower != ","
                && toks[z].lower != "."
                && !toks[z].quoted
            {
                z += 1;
            }
            let appos_end = z.max(a + 2).min(toks.len());
            if z > a && a + 1 < appos_end && self.lex.determiners.contains(&toks[a].lower.as_str())
            {
                let appos = Self::span_of(toks, a + 1, appos_end).slice(self.text);
                m.title = Some(appos.to_string());
            } else if z > a + 1
                && toks[a..z].iter().all(|t| t.cap && t.word)
                && (!toks[start].cap || self.lex.determiners.contains(toks[start].lower.as_str()))
            {
                // "the minister, Ada Reyes, said": the name in apposition is the speaker
                let role = m.name.clone();
                if let Some(mut named) = self.mention(toks, a, z) {
                    if named.pronoun.is_none() && named.kind == SpeakerKind::Person {
                        named.title = Some(role);
                        named.span = m.span.cover(named.span);
                        return Some((named, z));
                    }
                }
            }
        }
        Some((m, e))
    }

    /// Looks for an attribution of the quote occupying tokens `qa..qb` in the sentence
    /// tokens `toks` (tokens of other quotes are masked).
    pub fn attribute_marked(&self, toks: &[Tok], qa: usize, qb: usize) -> Option<Found> {
        if self.lex.code == "de" {
            if let Some(f) = self
                .de_impersonal(toks, qa, qb)
                .or_else(|| self.de_possessive_view(toks, qa))
            {
                return Some(f);
            }
        }
        // After the quote: ", said Smith" / ", Smith said" / ", the report furthered."
        let mut i = qb;
        let lim_after = (qb..toks.len())
            .find(|&k| toks[k].quoted)
            .unwrap_or(toks.len());
        while i < lim_after && matches!(toks[i].lower.as_str(), "," | "—" | "–" | "-") {
            i += 1;
        }
        if i < lim_after {
            // inverted: said Smith / a déclaré la ministre (after an auxiliary)
            let mut v = i;
            while v + 1 < lim_after && v < i + 2 && self.is_adverb(&toks[v]) && !toks[v].cap {
                v += 1;
            }
            let i_inv = if self.cue_at(toks, i).is_some() { i } else { v };
            // a participle after a quote introduces content, not a speaker ("…,” saying …)
            let cue_inv = self
                .cue_at(toks, i_inv)
                .filter(|_| !(self.lex.english && toks[i_inv].lower.ends_with("ing")));
            if let Some((info, after)) = cue_inv {
                let i = i_inv;
                if let Some((m, _)) = self.np_forward(toks, after, lim_after) {
                    return Some(self.found(
                        m,
                        toks,
                        i,
                        after,
                        info.lemma,
                        Rule::QuoteSpeakerInverted,
                        0.93,
                    ));
                }
                // Spanish drops the subject pronoun: "«…», resume mientras señala …" —
                // the verb stands for it, resolved like "ella" to the person before
                if self.lex.code == "es" && toks[i].word && !toks[i].cap {
                    let m = Mention::standing_for_person(self.text, toks[i].span, None);
                    return Some(self.found(
                        m,
                        toks,
                        i,
                        after,
                        info.lemma,
                        Rule::QuoteSpeakerInverted,
                        0.6,
                    ));
                }
            }
            // "„…“, hatte VW-Chef Winterkorn in einem Interview erklärt": an auxiliary,
            // the subject, and the participle closing the clause
            if self.lex.code == "de"
                && matches!(
                    toks[i].lower.as_str(),
                    "hatte" | "hat" | "habe" | "hätte" | "hatten" | "haben" | "ist" | "war" | "sei"
                )
            {
                if let Some((m, e)) = self.np_forward(toks, i + 1, lim_after) {
                    let end = toks[e..lim_after]
                        .iter()
                        .position(|t| !t.word || t.quoted)
                        .map_or(lim_after, |k| e + k);
                    if let Some(c) = (e..end).rev().find(|&k| self.cue_at(toks, k).is_some()) {
                        if let Some((info, after)) = self.cue_at(toks, c) {
                            return Some(self.found(
                                m,
                                toks,
                                c,
                                after,
                                info.lemma,
                                Rule::QuoteSpeakerInverted,
                                0.85,
                            ));
                        }
                    }
                }
            }
            // "“…”, dem Bericht zufolge": a source before a post-positioned cue
            for j in i + 1..(i + 8).min(lim_after) {
                if let Some((p, after)) = self.post_phrase_at(toks, j) {
                    if let Some((m, s)) = self.np_backward_plain(toks, j, i) {
                        if s == i
                            || (s > i
                                && toks[i..s]
                                    .iter()
                                    .all(|t| self.lex.determiners.contains(t.lower.as_str())))
                        {
                            return Some(self.found(m, toks, j, after, p, Rule::AccordingTo, 0.85));
                        }
                    }
                }
            }
            // Smith said / he told reporters / Jo Diaz, a lawyer in Ohio, said
            // (a subordinate clause after the quote is the writer's: "“…,” when Clinton
            // blasted him")
            let subordinate = self.lex.english
                && matches!(
                    toks[i].lower.as_str(),
                    "when"
                        | "while"
                        | "because"
                        | "if"
                        | "although"
                        | "though"
                        | "since"
                        | "until"
                        | "unless"
                        | "whereas"
                );
            for j in i + 1..(i + 30).min(lim_after + 1) {
                if subordinate {
                    break;
                }
                if j >= toks.len() || toks[j].quoted {
                    break;
                }
                let stop = match toks[j].lower.as_str() {
                    "?" | "!" | ";" => true,
                    // a full stop ends the clause, one inside "(D-Md.)" does not
                    "." => toks
                        .get(j + 1)
                        .is_none_or(|n| n.lower != ")" && (n.cap || n.quoted)),
                    _ => false,
                };
                if stop {
                    break;
                }
                if let Some((info, after)) = self.cue_at(toks, j) {
                    if let Some((m, s)) = self.np_backward(toks, j, i) {
                        if s == i {
                            return Some(self.found(
                                m,
                                toks,
                                j,
                                after,
                                info.lemma,
                                Rule::QuoteCueSpeaker,
                                0.95,
                            ));
                        }
                        // modifiers before the name: "Trump senior adviser Paul Manafort",
                        // "his friend Mahamat Saleh Oumar" (an article or possessive first)
                        let lead = usize::from(
                            s > i
                                && self.lex.english
                                && matches!(
                                    toks[i].lower.as_str(),
                                    "his" | "her" | "their" | "its" | "a" | "an" | "another"
                                ),
                        );
                        if s > i
                            && s >= i + lead
                            && s - i <= 4 + lead
                            && toks[i + lead..s].iter().all(|t| {
                                t.word
                                    && !t.quoted
                                    && !self.lex.not_names.contains(t.lower.as_str())
                                    && !self.lex.determiners.contains(t.lower.as_str())
                                    && !self.lex.complementizers.contains(t.lower.as_str())
                                    && !self.is_adverb(t)
                                    && !matches!(
                                        t.lower.as_str(),
                                        "which" | "who" | "whom" | "as" | "while" | "if" | "than"
                                    )
                            })
                        {
                            if let Some(m2) = self.mention(toks, i, m.span_end_index(toks, s)) {
                                return Some(self.found(
                                    m2,
                                    toks,
                                    j,
                                    after,
                                    info.lemma,
                                    Rule::QuoteCueSpeaker,
                                    0.9,
                                ));
                            }
                        }
                        // a short description, a comma and the name: "“…,” another friend,
                        // Mariam Emara told CNN"
                        let described = self.lex.english
                            && m.kind == SpeakerKind::Person
                            && m.pronoun.is_none()
                            && s >= i + 3
                            && s - i <= 5
                            && toks[s - 1].lower == ","
                            && matches!(
                                toks[i].lower.as_str(),
                                "a" | "an" | "another" | "one" | "his" | "her" | "their" | "the"
                            )
                            && toks[i + 1..s - 1].iter().all(|t| t.word && !t.quoted);
                        if described {
                            return Some(self.found(
                                m,
                                toks,
                                j,
                                after,
                                info.lemma,
                                Rule::QuoteCueSpeaker,
                                0.85,
                            ));
                        }
                    }
                    // "“…,” NAME, long apposition, said": the name right after the quote;
                    // "“…?” a narrator in the ad asks": a description and a short
                    // prepositional phrase
                    if let Some((m, e2)) = self.np_forward(toks, i, j) {
                        // (after a quote closed by a comma, question or exclamation
                        // mark, and a description that is no prepositional phrase)
                        let open = toks[qb.saturating_sub(2)..qb]
                            .iter()
                            .any(|t| matches!(t.lower.as_str(), "," | "?" | "!"));
                        let short_pp = self.lex.english
                            && open
                            && matches!(toks[i].lower.as_str(), "a" | "an" | "the" | "one")
                            && toks.get(e2).is_some_and(|t| {
                                matches!(t.lower.as_str(), "in" | "at" | "from" | "on" | "with")
                            })
                            && j > e2 + 1
                            && j - e2 <= 5
                            && toks[e2..j].iter().all(|t| t.word && !t.quoted);
                        if (toks.get(e2).is_some_and(|t| t.lower == ",") || short_pp)
                            && m.pronoun.is_none()
                        {
                            return Some(self.found(
                                m,
                                toks,
                                j,
                                after,
                                info.lemma,
                                Rule::QuoteCueSpeaker,
                                0.85,
                            ));
                        }
                    }
                    // "“…” for the rest of the writer's clause, reads a memo."
                    if toks[j - 1].lower == ","
                        && !(self.lex.english && toks[j].lower.ends_with("ing"))
                    {
                        if let Some((m, _)) = self.np_forward(toks, after, lim_after) {
                            return Some(self.found(
                                m,
                                toks,
                                j,
                                after,
                                info.lemma,
                                Rule::QuoteSpeakerInverted,
                                0.8,
                            ));
                        }
                    }
                    break;
                }
                if let Some((p, after)) = self.phrase_at(toks, j) {
                    if is_circumstance(p) {
                        if let Some((m, s)) = self.np_backward(toks, j, i) {
                            if s == i {
                                return Some(self.found(
                                    m,
                                    toks,
                                    j,
                                    after,
                                    p,
                                    Rule::QuoteCueSpeaker,
                                    0.9,
                                ));
                            }
                        }
                    }
                }
            }
            // An unlisted verb right after the quote that ends in a comma, question or
            // exclamation mark: "“…,” Hannity pressed." / "“…!” beamed Jo Diaz."
            let ends_open = qb > 0
                && toks[qb.saturating_sub(2)..qb]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "," | "?" | "!" | "—" | "–"));
            if ends_open && !subordinate {
                if let Some((m, e2)) = self.np_forward(toks, i, lim_after) {
                    if (m.pronoun.is_some() || m.kind == SpeakerKind::Person)
                        && toks.get(e2).is_some_and(|t| self.is_past_verb(t))
                    {
                        let lemma = toks[e2].lower.as_str().to_string();
                        return Some(self.found(
                            m,
                            toks,
                            e2,
                            e2 + 1,
                            lemma,
                            Rule::QuoteCueSpeaker,
                            0.8,
                        ));
                    }
                }
                if self.is_past_verb(&toks[i]) {
                    if let Some((m, _)) = self.np_forward(toks, i + 1, lim_after) {
                        if m.kind == SpeakerKind::Person && m.pronoun.is_none() {
                            let lemma = toks[i].lower.as_str().to_string();
                            return Some(self.found(
                                m,
                                toks,
                                i,
                                i + 1,
                                lemma,
                                Rule::QuoteSpeakerInverted,
                                0.75,
                            ));
                        }
                    }
                }
            }
            // ", according to Smith"
            if let Some((p, after)) = self.phrase_at(toks, i) {
                if !is_circumstance(p) {
                    if let Some((m, _)) = self.np_forward(toks, after, lim_after) {
                        return Some(self.found(m, toks, i, after, p, Rule::AccordingTo, 0.9));
                    }
                }
            }
        }
        // Before the quote: "Smith said: “…”", "Smith acknowledged that “…”".
        let lim_before = (0..qa).rev().find(|&k| toks[k].quoted).map_or(0, |k| k + 1);
        // a credit right before the colon wins over a verb before it ("Pollsters agree -
        // Ann Lutz: “…”")
        if qa > lim_before + 1 && toks[qa - 1].lower == ":" {
            if let Some(f) = self.colon_name(toks, lim_before, qa - 1) {
                if f.mention.span.start > toks[lim_before].span.start {
                    return Some(f);
                }
            }
        }
        for j in (lim_before..qa).rev() {
            if let Some((p, after)) = self.phrase_at(toks, j) {
                if !is_circumstance(p) {
                    if let Some((m, _)) = self.np_forward(toks, after, qa) {
                        return Some(self.found(m, toks, j, after, p, Rule::AccordingTo, 0.9));
                    }
                }
            }
            if let Some((info, after)) = self.cue_at(toks, j) {
                // (the comma may stand inside the marks of a term before: "needled the
                // CNN “reporter,” saying, “…”")
                let comma_in_marks =
                    j == lim_before && j >= 2 && toks[j - 1].quoted && toks[j - 2].lower == ",";
                if toks[j].lower.ends_with("ing")
                    && (comma_in_marks
                        || j > lim_before
                            && matches!(
                                toks[j - 1].lower.as_str(),
                                "," | "before" | "after" | "by" | "while" | "when"
                            ))
                {
                    // (a title in marks earlier in the sentence is no boundary: "Carson
                    // shared a syllabus for a class called “Perception”, writing “…”";
                    // "…, Nefzi said, adding, “…”": the subject of the cue just before)
                    let cue_before = (j >= lim_before + 3 && toks[j - 1].lower == ",")
                        .then(|| {
                            let c = j - 2;
                            self.cue_at(toks, c)
                                .and_then(|_| self.np_backward(toks, c, lim_before))
                        })
                        .flatten();
                    let subject = cue_before
                        .or_else(|| self.sentence_subject(toks, lim_before, j))
                        .or_else(|| self.sentence_subject(toks, 0, j));
                    if let Some((m, _)) = subject {
                        return Some(self.found(
                            m,
                            toks,
                            j,
                            after,
                            info.lemma,
                            Rule::SpeakerCueQuote,
                            0.8,
                        ));
                    }
                }
                // "Wie der Minister am Dienstag erklärte, …" / "comme l'a dit X": the subject
                // follows the conjunction in a verb-final clause.
                if !self.lex.english {
                    if let Some(w) = (lim_before..j)
                        .rev()
                        .take(12)
                        .find(|&k| matches!(toks[k].lower.as_str(), "wie" | "comme" | "como"))
                    {
                        if let Some((m, _)) = self.np_forward(toks, w + 1, j) {
                            return Some(self.found(
                                m,
                                toks,
                                j,
                                after,
                                info.lemma,
                                Rule::SpeakerCueQuote,
                                0.8,
                            ));
                        }
                    }
                }
                // a German verb coordinated with the clause's first verb shares its
                // subject: "Netanyahu befand den Angriff als gerechtfertigt und nannte
                // den Auftrag „…“"
                if self.lex.code == "de"
                    && j > lim_before
                    && matches!(toks[j - 1].lower.as_str(), "und" | "oder" | "sowie")
                {
                    if let Some((m, _)) = self.de_subject(toks, lim_before, j) {
                        return Some(self.found(
                            m,
                            toks,
                            j,
                            after,
                            info.lemma,
                            Rule::SpeakerCueQuote,
                            0.8,
                        ));
                    }
                }
                // Verb-second languages put the subject after the verb when anything else
                // opens the clause: "Gegenüber der Zeitung sagte der Minister: „…“".
                if let Some(m) = self.v2_subject(toks, j, after, qa) {
                    return Some(self.found(
                        m,
                        toks,
                        j,
                        after,
                        info.lemma,
                        Rule::QuoteSpeakerInverted,
                        0.85,
                    ));
                }
                if let Some((m, _)) = self.np_backward(toks, j, lim_before) {
                    return Some(self.found(
                        m,
                        toks,
                        j,
                        after,
                        info.lemma,
                        Rule::SpeakerCueQuote,
                        0.9,
                    ));
                }
                // a verb coordinated with an earlier one shares its subject: "he laughed
                // and said, “…”", "Massie backed Paul, but now said …"
                if let Some((m, _)) = self.coordinated_subject(toks, j, lim_before) {
                    return Some(self.found(
                        m,
                        toks,
                        j,
                        after,
                        info.lemma,
                        Rule::SpeakerCueQuote,
                        0.8,
                    ));
                }
                // "…, said Smith, “…”" inverted before: the cue must open its clause
                let opens =
                    j == lim_before || matches!(toks[j - 1].lower.as_str(), "," | ";" | "—" | "–");
                // in French and Spanish only right after a quote: "La oposición, en
                // cambio, calificó las cuentas de “…”" has its subject first
                let inverted_here = !matches!(self.lex.code, "fr" | "es")
                    || j == lim_before
                    || (j >= 2 && toks[j - 2].quoted);
                if opens && inverted_here {
                    if let Some((m, _)) = self.np_forward(toks, after, qa) {
                        if m.pronoun.is_none_or(|(k, _)| k != PronounKind::Thing) {
                            return Some(self.found(
                                m,
                                toks,
                                j,
                                after,
                                info.lemma,
                                Rule::QuoteSpeakerInverted,
                                0.85,
                            ));
                        }
                    }
                }
            }
        }
        // "Smith took to Twitter, writing: “…”" — a colon introducing the quote, with the
        // sentence's subject as the speaker.
        if qa > lim_before && toks[qa - 1].lower == ":" {
            return self.colon_intro(toks, lim_before, qa - 1);
        }
        None
    }

    /// An incise inside the marks (French and Spanish style): "« Nous ne céderons pas, a
    /// déclaré la ministre, sur ce point. »" — a cue and its subject between commas.
    pub fn incise(&self, content: Span) -> Option<Found> {
        if self.lex.english {
            return None;
        }
        let toks = tokenize(self.text, self.lower, content, &[]);
        for j in 1..toks.len() {
            let mut k = j - 1;
            while k > 0 && self.is_adverb(&toks[k]) && !toks[k].cap {
                k -= 1;
            }
            if toks[k].lower != "," {
                continue;
            }
            let Some((info, after)) = self.cue_at(&toks, j) else {
                continue;
            };
            // "a-t-il ajouté": the pronoun sits in the auxiliary token
            if k + 1 < j && self.lex.pronouns.contains_key(toks[k + 1].lower.as_str()) {
                if let Some(m) = self.mention(&toks, k + 1, k + 2) {
                    return Some(self.found(
                        m,
                        &toks,
                        j,
                        after,
                        info.lemma,
                        Rule::QuoteSpeakerInverted,
                        0.85,
                    ));
                }
            }
            if let Some((m, e)) = self.np_forward(&toks, after, toks.len()) {
                if toks
                    .get(e)
                    .is_none_or(|t| matches!(t.lower.as_str(), "," | "." | ";"))
                {
                    return Some(self.found(
                        m,
                        &toks,
                        j,
                        after,
                        info.lemma,
                        Rule::QuoteSpeakerInverted,
                        0.85,
                    ));
                }
            }
        }
        None
    }

    /// English: the subject of a verb coordinated with the cue at `j` ("he laughed and
    /// said"; after a comma, the clause's subject: "Massie backed Paul, but now said").
    fn coordinated_subject(&self, toks: &[Tok], j: usize, from: usize) -> Option<(Mention, usize)> {
        if !self.lex.english {
            return None;
        }
        let mut c = j;
        while c > from && self.is_adverb(&toks[c - 1]) {
            c -= 1;
        }
        if c < from + 2 || !matches!(toks[c - 1].lower.as_str(), "and" | "but") {
            return None;
        }
        let conj = c - 1;
        let before = &toks[conj - 1];
        let subject = if self.is_past_verb(before) {
            // the verb before the conjunction, and the phrase before it
            self.np_backward(toks, conj - 1, from)
        } else {
            // the clause's subject ("Massie backed Paul, but now said", "voted against
            // the final version and called it …")
            self.sentence_subject(toks, from, conj)
        };
        subject.filter(|(m, _)| m.kind != SpeakerKind::Document || m.pronoun.is_some())
    }

    /// A name right before a colon that opens its clause or follows a dash or "from":
    /// "… - Michael P. McDonald: “…”", "Pollsters agree - Ann Lutz: “…”", "More from
    /// Jones: “…”". It credits the quote whatever verb came before the dash.
    fn colon_name(&self, toks: &[Tok], from: usize, colon: usize) -> Option<Found> {
        if colon <= from || !toks[colon - 1].cap || !toks[colon - 1].word {
            return None;
        }
        let (m, s) = self.np_backward_plain(toks, colon, from)?;
        let credit = s > from
            && (matches!(toks[s - 1].lower.as_str(), "-" | "—" | "–")
                || (self.lex.english && toks[s - 1].lower == "from"));
        (m.pronoun.is_none() && (s == from || credit)).then(|| Found {
            mention: m,
            cue: toks[colon].span,
            lemma: Cow::Borrowed(":"),
            rule: Rule::Colon,
            confidence: 0.8,
        })
    }

    /// The subject of a sentence whose frame ends in a colon introducing a quote.
    pub fn colon_intro(&self, toks: &[Tok], from: usize, colon: usize) -> Option<Found> {
        if let Some(f) = self.colon_name(toks, from, colon) {
            return Some(f);
        }
        // a cue before the colon with its subject
        for j in (from..colon).rev() {
            if let Some((info, after)) = self.cue_at(toks, j) {
                // German puts a participle last ("Bereits im Dezember hatte die
                // Kanzlerin in einer Rede verkündet:"): the clause's subject
                // (a phrase that opens the clause right before the verb is its subject)
                let back = self.np_backward(toks, j, from);
                let opens = back.as_ref().is_some_and(|(_, s)| {
                    (from..*s).all(|k| {
                        let l = toks[k].lower.as_str();
                        // a determiner and its adjectives: "Der wohnungspolitische …"
                        !toks[k].word
                            || DE_NOMINATIVE.contains(&l)
                            || (k > from && !toks[k].cap && (l.ends_with('e') || l.ends_with("en")))
                    })
                });
                let german = (self.lex.code == "de" && !opens)
                    .then(|| self.de_subject(toks, from, j))
                    .flatten();
                if let Some((m, _)) = german.or(back) {
                    return Some(self.found(
                        m,
                        toks,
                        j,
                        after,
                        info.lemma,
                        Rule::SpeakerCueQuote,
                        0.8,
                    ));
                }
            }
        }
        let (m, _) = self.sentence_subject(toks, from, colon)?;
        Some(Found {
            mention: m,
            cue: toks[colon].span,
            lemma: Cow::Borrowed(":"),
            rule: Rule::Colon,
            confidence: 0.7,
        })
    }

    /// The subject of the clause in `toks[from..to]`: the first name, pronoun or
    /// description after any introductory words ("But", "Here in Ohio,").
    pub fn sentence_subject(
        &self,
        toks: &[Tok],
        from: usize,
        to: usize,
    ) -> Option<(Mention, usize)> {
        if self.lex.code == "de" {
            return self.de_subject(toks, from, to);
        }
        let mut k = from;
        // English: a dateline ends at its dash ("CALDER SPRINGS, Jan. 14 (AP) —
        // Bramblegate said …"): a place in capitals first
        if self.lex.english {
            let caps = toks.get(k).is_some_and(|t| {
                t.word
                    && !t.quoted
                    && t.lower.len() >= 3
                    && t.span.slice(self.text).chars().all(|c| !c.is_lowercase())
                    && t.span.slice(self.text).chars().any(char::is_alphabetic)
            });
            if caps {
                // (capitalised words, numbers and punctuation up to the dash: not "NATO
                // officials said the plan — …")
                if let Some(d) =
                    (k + 1..to.min(k + 16)).find(|&d| matches!(toks[d].lower.as_str(), "—" | "–"))
                {
                    let dateline = toks[k..d]
                        .iter()
                        .all(|t| !t.word || t.cap || t.lower.bytes().all(|b| b.is_ascii_digit()));
                    if dateline {
                        k = d + 1;
                    }
                }
            }
        }
        // English: an opening participle phrase runs to its comma ("Appearing before
        // cheering supporters Monday, Suu Kyi said …")
        if self.lex.english {
            let first = toks
                .get(k..to)
                .and_then(|r| r.iter().position(|t| t.word))
                .map(|p| k + p);
            if let Some(first) = first {
                let t = &toks[first];
                if t.cap && !t.quoted && t.lower.len() > 5 && t.lower.ends_with("ing") {
                    if let Some(c) = (first + 1..to.min(first + 15)).find(|&c| toks[c].lower == ",")
                    {
                        k = c + 1;
                    }
                }
            }
        }
        // French and Spanish: an opening participle or prepositional phrase runs to its
        // comma ("Interrogée sur un éventuel report, Mme Vasseur-Delmas …", "Según el
        // informe, …")
        if matches!(self.lex.code, "fr" | "es") {
            if let Some(first) = toks
                .get(k..to)
                .and_then(|r| r.iter().position(|t| t.word))
                .map(|p| k + p)
            {
                let l = toks[first].lower.as_str();
                let participle = [
                    "é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida",
                ]
                .iter()
                .any(|s| l.ends_with(s))
                    // a participle is followed by a lowercase word ("Interrogée sur"), a
                    // name is not ("Inés Carbajo")
                    && toks.get(first + 1).is_some_and(|n| n.word && !n.cap);
                if participle || crate::lexicon::is_preposition(self.lex.code, l) {
                    if let Some(c) = (first..to.min(first + 12)).find(|&c| toks[c].lower == ",") {
                        k = c + 1;
                    }
                }
            }
        }
        while k < to && (!toks[k].word || self.lex.not_names.contains(&toks[k].lower.as_str())) {
            // an introductory prepositional phrase runs to its comma
            if matches!(
                toks[k].lower.as_str(),
                "in" | "at"
                    | "on"
                    | "during"
                    | "after"
                    | "before"
                    | "here"
                    | "there"
                    | "later"
                    | "earlier"
                    | "speaking"
                    | "asked"
                    | "when"
                    | "while"
            ) {
                if let Some(c) = (k..to.min(k + 10)).find(|&c| toks[c].lower == ",") {
                    k = c + 1;
                    continue;
                }
            }
            k += 1;
        }
        let t = toks.get(k)?;
        if k >= to
            || !(t.cap
                || self.lex.pronouns.contains_key(t.lower.as_str())
                || self.lex.determiners.contains(&t.lower.as_str()))
        {
            return None;
        }
        self.np_forward(toks, k, to)
    }

    /// The source of an "according to" phrase in `toks[from..to]` ("Nach Ansicht von
    /// Ministerpräsident Christian Wulff ist …"), when the clause has one.
    pub(crate) fn according_in(&self, toks: &[Tok], from: usize, to: usize) -> Option<Found> {
        (from..to).find_map(|k| {
            let (p, after) = self.phrase_at(toks, k)?;
            if is_circumstance(p) {
                return None;
            }
            let (m, _) = self.np_forward(toks, after, to)?;
            Some(self.found(m, toks, k, after, p, Rule::AccordingTo, 0.6))
        })
    }

    /// "Seiner Ansicht nach „…“" / "bei dem es sich seiner Meinung nach um einen „…“
    /// handle": a possessive before a noun of opinion and "nach" names the source, a
    /// pronoun resolved like "er" or "sie".
    fn de_possessive_view(&self, toks: &[Tok], qa: usize) -> Option<Found> {
        let a = (0..qa)
            .rev()
            .find(|&k| toks[k].quoted || matches!(toks[k].lower.as_str(), "." | "!" | "?"))
            .map_or(0, |k| k + 1);
        (a..qa.saturating_sub(2)).find_map(|k| {
            let gender = match toks[k].lower.as_str() {
                "seiner" => Some(Gender::Male),
                "ihrer" => Some(Gender::Female),
                _ => return None,
            };
            let view = matches!(
                toks[k + 1].lower.as_str(),
                "ansicht" | "meinung" | "auffassung" | "einschätzung" | "überzeugung"
            );
            if !view || toks[k + 2].lower != "nach" {
                return None;
            }
            let m = Mention::standing_for_person(self.text, toks[k].span, gender);
            let lemma = format!("nach {}", toks[k + 1].lower.as_str());
            Some(self.found(m, toks, k, k + 3, lemma, Rule::AccordingTo, 0.75))
        })
    }

    /// The source of a German impersonal report in the sentence `toks[..end]` ("In
    /// einem Positionspapier heißt es, …"), for the sentences that continue it.
    pub(crate) fn impersonal_source(&self, toks: &[Tok], end: usize) -> Option<Found> {
        if self.lex.code != "de" {
            return None;
        }
        let mut e = end.min(toks.len());
        while e > 0 && !toks[e - 1].word {
            e -= 1;
        }
        self.de_impersonal(toks, e, e)
    }

    /// German impersonal reports name a document or an institution as the source:
    /// "„…“, heißt es in einer Pressemitteilung des Vereins", "In dem Schreiben heißt es:
    /// „…“", "In einem internen Schreiben war von einem „…“ die Rede", "Derzeit steht in
    /// dem Gesetzentwurf der Passus: „…“", "Zunächst war seitens der Polizei von „…“ die
    /// Rede". The clause around the quote needs the impersonal verb and the source.
    fn de_impersonal(&self, toks: &[Tok], qa: usize, qb: usize) -> Option<Found> {
        let stop = |t: &Tok| t.quoted || matches!(t.lower.as_str(), "." | "!" | "?" | ";");
        let a = (0..qa).rev().find(|&k| stop(&toks[k])).map_or(0, |k| k + 1);
        let b = (qb..toks.len())
            .find(|&k| stop(&toks[k]))
            .unwrap_or(toks.len());
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let trigger = (a..qa).chain(qb..b).find(|&k| match word(k) {
            "heißt" | "hieß" | "geheißen" => {
                word(k + 1) == "es" || (k > 0 && word(k - 1) == "es")
            }
            "steht" | "stand" => true,
            "rede" => k > 0 && word(k - 1) == "die",
            _ => false,
        })?;
        let lemma = match word(trigger) {
            "heißt" | "hieß" | "geheißen" => "heißen",
            "steht" | "stand" => "stehen",
            _ => "die Rede sein",
        };
        let is_doc = |m: &Mention| {
            m.span.slice(self.text).split_whitespace().any(|w| {
                let w = w.to_lowercase();
                self.lex.documents.contains(w.as_str())
                    || self
                        .lex
                        .documents
                        .iter()
                        .any(|d| d.chars().count() >= 5 && w.ends_with(d))
            })
        };
        for (from, to, rule) in [
            (a, qa, Rule::SpeakerCueQuote),
            (qb, b, Rule::QuoteCueSpeaker),
        ] {
            for k in from..to {
                let institution = matches!(word(k), "seitens" | "bei" | "beim");
                if !(institution || matches!(word(k), "in" | "im" | "auf")) {
                    continue;
                }
                let Some((mut m, _)) = self.np_forward(toks, k + 1, to) else {
                    continue;
                };
                if is_doc(&m) {
                    m.kind = SpeakerKind::Document;
                } else if !(institution
                    && matches!(m.kind, SpeakerKind::Organisation | SpeakerKind::Group))
                {
                    continue;
                }
                return Some(self.found(m, toks, trigger, trigger + 1, lemma, rule, 0.8));
            }
        }
        // "Darin steht: „…“": the document of the sentence before
        let here = (a..qa)
            .chain(qb..b)
            .any(|k| matches!(word(k), "darin" | "hierin" | "darauf" | "dort"));
        let start = toks.get(a)?.span.start;
        if !here || start == 0 {
            return None;
        }
        let mut from = start.saturating_sub(300);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = &self.text[from..start];
        let mut words = Vec::new();
        let mut w0 = None;
        for (i, c) in before.char_indices() {
            match (c.is_alphanumeric() || c == '-', w0) {
                (true, None) => w0 = Some(i),
                (false, Some(s)) => {
                    words.push((s, i));
                    w0 = None;
                }
                _ => {}
            }
        }
        if let Some(s) = w0 {
            words.push((s, before.len()));
        }
        let (s, e) = words.into_iter().rev().find(|&(s, e)| {
            let w = &before[s..e];
            w.starts_with(char::is_uppercase)
                && self.lex.documents.contains(w.to_lowercase().as_str())
        })?;
        let span = Span::new(from + s, from + e);
        let m = self.as_named(span, SpeakerKind::Document);
        let rule = if trigger < qa {
            Rule::SpeakerCueQuote
        } else {
            Rule::QuoteCueSpeaker
        };
        Some(self.found(m, toks, trigger, trigger + 1, lemma, rule, 0.7))
    }

    /// The subject of a German clause: a nominative noun phrase, name or pronoun opening
    /// it, or — when a subordinate clause, a prepositional phrase, an object or an adverb
    /// opens it (verb-second order) — the first one after the finite verb ("Einen Tag
    /// später spielte er …", "Als ihn ein Reporter ansprach, reagierte er …", "Bereits im
    /// Dezember hatte Bundeskanzlerin Angela Merkel verkündet: …").
    fn de_subject(&self, toks: &[Tok], from: usize, to: usize) -> Option<(Mention, usize)> {
        let first = (from..to).find(|&k| toks[k].word)?;
        let l = toks[first].lower.as_str();
        if matches!(
            l,
            "als"
                | "wenn"
                | "nachdem"
                | "weil"
                | "obwohl"
                | "während"
                | "da"
                | "bevor"
                | "sobald"
                | "seitdem"
                | "indem"
                | "falls"
        ) {
            // the main clause's verb follows the subordinate clause's comma
            // (the comma between two verbs, the subordinate clause's last and the main
            // clause's first, not one around an apposition)
            let c = (first + 1..to).find(|&c| {
                toks[c].lower == ","
                    && toks[c - 1].word
                    && !toks[c - 1].cap
                    && toks.get(c + 1).is_some_and(|v| {
                        v.word
                            && !v.cap
                            && !self.lex.determiners.contains(v.lower.as_str())
                            && !crate::lexicon::is_preposition("de", v.lower.as_str())
                    })
            })?;
            return self.de_after_verb(toks, c + 1, to);
        }
        // "Auch der Außenminister attackierte …": a conjunction or focus adverb before
        // the subject does not take the first position
        let first = if self.lex.not_names.contains(l)
            && !crate::lexicon::is_preposition("de", l)
            && toks.get(first + 1).is_some_and(|n| {
                DE_NOMINATIVE.contains(&n.lower.as_str())
                    || (n.cap && !self.lex.not_names.contains(n.lower.as_str()))
            }) {
            first + 1
        } else {
            first
        };
        let l = toks[first].lower.as_str();
        let opens_subject = DE_NOMINATIVE.contains(&l)
            || matches!(l, "er" | "sie" | "ich" | "wir")
            || (toks[first].cap
                && !self.lex.not_names.contains(l)
                && !self.lex.determiners.contains(l)
                && !self.lex.adverbs.contains(l)
                && !crate::lexicon::is_preposition("de", l));
        // a capitalised adverb then the verb and a pronoun ("Ursprünglich wollte er …")
        let adverb_first = !DE_NOMINATIVE.contains(&l)
            && toks.get(first + 1).is_some_and(|v| v.word && !v.cap)
            && toks
                .get(first + 2)
                .is_some_and(|p| !p.cap && matches!(p.lower.as_str(), "er" | "ich" | "wir"));
        if opens_subject && !adverb_first {
            return self.de_np(toks, first, to);
        }
        self.de_after_verb(toks, first + 1, to)
    }

    /// A German noun phrase at `j`; when a determiner and lowercase adjectives open it
    /// ("die deutsche Ministerin Heidemarie Wieczorek-Zeul"), the phrase from its first
    /// capitalised word.
    fn de_np(&self, toks: &[Tok], j: usize, to: usize) -> Option<(Mention, usize)> {
        self.np_forward(toks, j, to).or_else(|| {
            if !self.lex.determiners.contains(toks.get(j)?.lower.as_str()) {
                return None;
            }
            let k = (j + 1..to.min(j + 4)).find(|&k| !toks[k].word || toks[k].cap)?;
            (k > j + 1 && toks[k].word).then(|| self.np_forward(toks, k, to))?
        })
    }

    /// The first subject-like phrase after a finite verb in `toks[from..to]`: a personal
    /// pronoun, a nominative determiner before a noun, or a capitalised name, right after
    /// a lowercase word that is no preposition or determiner. Stops at a clause boundary.
    fn de_after_verb(&self, toks: &[Tok], from: usize, to: usize) -> Option<(Mention, usize)> {
        let lim = to.min(from + 14);
        for j in from..lim {
            let t = &toks[j];
            if t.quoted || matches!(t.lower.as_str(), "," | ":" | ";" | "(" | "—" | "–") {
                return None;
            }
            if j == from || !t.word {
                continue;
            }
            let prev = &toks[j - 1];
            let l = t.lower.as_str();
            if !prev.word
                || prev.cap
                || self.lex.determiners.contains(prev.lower.as_str())
                || crate::lexicon::is_preposition("de", prev.lower.as_str())
                || matches!(
                    prev.lower.as_str(),
                    "und" | "oder" | "als" | "wie" | "dass" | "ob" | "seitens" | "laut"
                )
            {
                continue;
            }
            // an adjective inside a noun phrase ("auf der firmeneigenen Seite")
            if j >= 2 && {
                let pp = toks[j - 2].lower.as_str();
                self.lex.determiners.contains(pp) || crate::lexicon::is_preposition("de", pp)
            } {
                continue;
            }
            // a verb in the subjunctive reports someone else's words: its subject is
            // inside the report ("Außerdem halte die Fraktion den Schritt für „…“")
            let p = prev.lower.as_str();
            // (the second subjunctive too, right before the subject: "hätten die Beamten")
            let subjunctive = crate::lexicon::de_subjunctive(p)
                || matches!(p, "hätte" | "hätten" | "würden")
                || (p.ends_with('e') && !p.ends_with("te") && p.chars().count() >= 4);
            let pronoun = !t.cap && matches!(l, "er" | "sie" | "ich" | "wir");
            let det = DE_NOMINATIVE.contains(&l) && toks.get(j + 1).is_some_and(|n| n.cap);
            let name = t.cap
                && !self.lex.not_names.contains(l)
                && !self.lex.determiners.contains(l)
                && !self.lex.adverbs.contains(l);
            // (a person may report on themselves: "habe Celebi die Verhandlung …")
            if subjunctive && !pronoun && !name {
                return None;
            }
            if pronoun || det || name {
                return self.de_np(toks, j, to);
            }
        }
        None
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn found(
        &self,
        mention: Mention,
        toks: &[Tok],
        a: usize,
        b: usize,
        lemma: impl Into<Cow<'static, str>>,
        rule: Rule,
        confidence: f32,
    ) -> Found {
        Found {
            mention,
            cue: Self::span_of(toks, a, b),
            lemma: lemma.into(),
            rule,
            confidence,
        }
    }

    /// "NAME: …" at the start of a paragraph: the name (1–4 capitalised words) and the
    /// colon.
    pub fn colon_speaker(&self, toks: &[Tok]) -> Option<Found> {
        let colon = toks.iter().take(6).position(|t| t.lower == ":")?;
        if colon == 0 || toks[..colon].iter().any(|t| !t.word || !t.cap || t.quoted) {
            return None;
        }
        if toks[..colon]
            .iter()
            .any(|t| self.lex.colon_labels.contains(&t.lower.as_str()))
        {
            return None;
        }
        if colon == 1 && toks[0].span.len() < 2 {
            return None;
        }
        // the colon must be followed by text
        toks.get(colon + 1)?;
        let mut m = self.mention(toks, 0, colon)?;
        if m.pronoun.is_some() {
            return None;
        }
        // An all-caps headline name is a person unless the lexicon says otherwise.
        if m.kind == SpeakerKind::Organisation
            && colon == 1
            && !self.lex.organisations.contains(toks[0].lower.as_str())
        {
            m.kind = SpeakerKind::Person;
        }
        Some(Found {
            cue: toks[colon].span,
            mention: m,
            lemma: Cow::Borrowed(":"),
            rule: Rule::Colon,
            confidence: 0.85,
        })
    }

    /// Attributions whose source goes unnamed (English): an impression or an expectation
    /// the writer reports without saying whose it is ("Sanders appears to be spending
    /// more", "The Fed is widely expected to hold rates", "It seems the party has too many
    /// delegates"). Returns one `Unsourced` per cue: its subject phrase (none for an
    /// expletive "it"), the complement up to the clause's end, the cue and its lemma.
    pub(crate) fn unsourced(&self, toks: &[Tok]) -> Vec<Unsourced> {
        let mut out = Vec::new();
        // (one flag test per token rejects nearly every sentence: see
        // `lexicon::UNSOURCED_WORDS`)
        if !self.lex.english || !toks.iter().any(|t| !t.quoted && may_be(t, IN_UNSOURCED)) {
            return out;
        }
        let mut end = toks.len();
        while end > 0 && !toks[end - 1].word && !toks[end - 1].quoted {
            end -= 1;
        }
        let word = |k: usize| {
            toks.get(k)
                .filter(|t| !t.quoted)
                .map_or("", |t| t.lower.as_str())
        };
        for j in 0..end {
            let t = &toks[j];
            if t.quoted || !may_be(t, IN_UNSOURCED) {
                continue;
            }
            // "Asked if he was ever bullied, the candidate said no", "When asked by a
            // host about the attacks, …": a question put by no one named
            // ("Reagan was once asked how the war would end": a passive question)
            let passive_ask = j >= 1
                && (j.saturating_sub(3)..j)
                    .any(|k| matches!(word(k), "was" | "were" | "is" | "are" | "been"));
            // "I was told that the team did not want …": what the one addressed heard
            // (a circumstance may come first: "had been told just before the vote that")
            let that = (j + 1..(j + 8).min(end))
                .take_while(|&k| toks[k].word && !toks[k].quoted)
                .find(|&k| word(k) == "that");
            if let Some(that) = that.filter(|_| t.lower == "told" && passive_ask) {
                let a = that + 1;
                let b = (a + 1..end)
                    .find(|&k| !toks[k].quoted && matches!(word(k), ";" | ":"))
                    .unwrap_or(end);
                if b > a + 2 {
                    out.push(Unsourced {
                        subject: None,
                        complement: Self::span_of(toks, a, b),
                        cue: Self::span_of(toks, j, j + 1),
                        lemma: "tell",
                    });
                }
                continue;
            }
            if t.lower == "asked"
                && (j == 0
                    || passive_ask
                    || (matches!(word(j - 1), "when" | "after" | "once" | "while")
                        && (j == 1 || !toks[j - 2].word)))
            {
                let open = (j + 1..(j + 10).min(end))
                    .take_while(|&k| toks[k].word && !toks[k].quoted)
                    .find(|&k| {
                        matches!(
                            word(k),
                            "if" | "whether"
                                | "what"
                                | "why"
                                | "how"
                                | "who"
                                | "which"
                                | "where"
                                | "about"
                        )
                    });
                if let Some(a) = open {
                    let b = (a + 1..end)
                        .find(|&k| !toks[k].quoted && matches!(word(k), "," | ";" | ":"))
                        .unwrap_or(end);
                    if b > a + 1 {
                        out.push(Unsourced {
                            subject: None,
                            complement: Self::span_of(toks, a, b),
                            // (with "When" or the passive's "was": "was once asked")
                            cue: Self::span_of(
                                toks,
                                if passive_ask {
                                    (j.saturating_sub(3)..j)
                                        .find(|&k| {
                                            matches!(
                                                word(k),
                                                "was" | "were" | "is" | "are" | "been"
                                            )
                                        })
                                        .unwrap_or(j)
                                } else {
                                    j.saturating_sub(usize::from(j > 0))
                                },
                                j + 1,
                            ),
                            lemma: "ask",
                        });
                    }
                }
                continue;
            }
            if j == 0 || t.cap {
                continue;
            }
            // a passive of judgment or knowledge and the word that opens its complement
            // ("is known for", "was seen as", "is said to"): the prepositions belong to
            // the cue, "to" to the complement
            let passive = PASSIVE_JUDGMENTS
                .iter()
                .find(|(form, _, _)| *form == t.lower.as_str());
            let lemma = match (t.lower.as_str(), passive) {
                ("seem" | "seems" | "seemed", _) => "seem",
                ("appear" | "appears" | "appeared", _) => "appear",
                ("expected", _) => "be expected",
                (_, Some(&(_, lemma, _))) => lemma,
                _ => continue,
            };
            // the cue's first word: back over adverbs, negation, modals and auxiliaries
            // ("may once have seemed", "doesn't appear", "is widely expected")
            let mut c = j;
            while c > 0
                && !toks[c - 1].quoted
                && (self.is_adverb(&toks[c - 1])
                    || is_modal(&toks[c - 1].lower)
                    || matches!(
                        toks[c - 1].lower.as_str(),
                        "not"
                            | "n't"
                            | "also"
                            | "still"
                            | "now"
                            | "once"
                            | "originally"
                            | "widely"
                            | "just"
                            | "even"
                            | "can't"
                            | "can’t"
                            | "cannot"
                            | "sometimes"
                            | "often"
                            | "long"
                            | "been"
                            | "best"
                            | "well"
                            | "perhaps"
                            | "generally"
                            | "does"
                            | "do"
                            | "did"
                            | "doesn't"
                            | "doesn’t"
                            | "don't"
                            | "don’t"
                            | "didn't"
                            | "didn’t"
                            | "has"
                            | "have"
                            | "had"
                    ))
            {
                c -= 1;
            }
            let next = word(j + 1);
            // the complement's first word past the cue
            let mut a = j + 1;
            if lemma == "be expected" || passive.is_some() {
                // passive, then "to" and a verb ("is expected to announce") or the
                // passive's own word ("is known for")
                let be = (c.saturating_sub(1)..j)
                    .find(|&k| matches!(word(k), "is" | "are" | "was" | "were" | "be" | "been"));
                let opens = match passive {
                    Some(&(_, _, preps)) => preps.contains(&next),
                    None => next == "to",
                };
                match be {
                    Some(k) if opens => c = c.min(k),
                    _ => continue,
                }
                // the preposition is the cue's ("is known for | speaking her mind",
                // "is attributed to | a teacher"); an infinitive's "to" is the
                // complement's ("is said | to have …")
                let verb_after = toks.get(j + 2).is_some_and(|n| {
                    n.word
                        && !n.cap
                        && !n.quoted
                        && !self.lex.determiners.contains(n.lower.as_str())
                });
                if next != "to" || !verb_after || t.lower == "attributed" {
                    a = j + 2;
                }
            }
            // what the impression is of: an infinitive ("seemed to know"), a likeness
            // ("may seem like"), or a predicate ("appears closer", "seemed impervious");
            // not a place or a medium ("appeared on television", "appeared in court")
            let infinitive = next == "to"
                && toks.get(j + 2).is_some_and(|n| {
                    n.word
                        && !n.cap
                        && !n.quoted
                        && !self.lex.determiners.contains(n.lower.as_str())
                        && !self.lex.pronouns.contains_key(n.lower.as_str())
                });
            // (an "it" before a passive is the thing judged: "it is seen as …")
            let expletive = matches!(lemma, "seem" | "appear") && c >= 1 && word(c - 1) == "it";
            let predicate = !infinitive
                && toks.get(j + 1).is_some_and(|n| {
                    n.word
                        && !n.cap
                        && !n.quoted
                        && (matches!(n.lower.as_str(), "like" | "that")
                            || (!crate::lexicon::is_preposition("en", &n.lower)
                                && !self.lex.determiners.contains(n.lower.as_str())
                                && !self.lex.pronouns.contains_key(n.lower.as_str())
                                && !self.lex.complementizers.contains(n.lower.as_str())
                                && !self.lex.cues.contains_key(n.lower.as_str())
                                && !matches!(n.lower.as_str(), "and" | "or" | "but" | "as" | "so")))
                });
            // "it seems (that) the party …": the clause itself, with no subject
            let clause = expletive
                && !infinitive
                && toks.get(j + 1).is_some_and(|n| {
                    n.word
                        && !n.quoted
                        && (n.cap
                            || self.lex.determiners.contains(n.lower.as_str())
                            || self.lex.pronouns.contains_key(n.lower.as_str()))
                });
            if !(infinitive || predicate || clause || a > j + 1) {
                continue;
            }
            let cue_end = a;
            // (the complement opens with a word: not "is being accused of, legal …")
            if !toks.get(a).is_some_and(|t| t.word || t.quoted) {
                continue;
            }
            // the complement: after "like"/"that", to the clause's end
            if matches!(next, "like" | "that") && passive.is_none() {
                a += 1;
            }
            if a >= end {
                continue;
            }
            let mut b = a;
            while b < end {
                let w = word(b);
                let stop = match w {
                    ";" | ":" | "(" | "—" | "–" | "-" | "--" => true,
                    // "…, and aides say", "…, with some polls", "which is expected to
                    // come on Dec. 16, presents …": an impression ends at its comma
                    "," => true,
                    "and" | "but" => matches!(word(b + 1), "who" | "which"),
                    _ => false,
                };
                if stop && b > a {
                    break;
                }
                b += 1;
            }
            let b = self.clause_end(toks, Self::span_of(toks, a, b), b);
            let complement = {
                let s = Self::span_of(toks, a, end);
                Span::new(s.start, b.max(s.start))
            };
            if complement.is_empty() {
                continue;
            }
            // the subject: the words before the cue back to a clause boundary, without a
            // leading conjunction or adverb ("…, and Clinton was expected"); a relative
            // pronoun stands for its phrase ("voters who are expected to …")
            // (a verb coordinated with another, "has money and seems to think", has its
            // subject further back: none is taken)
            // (an infinitive, "loath to be seen as", has its subject further back)
            let relative = (c.saturating_sub(4)..c).rev().find(|&k| {
                matches!(word(k), "who" | "which" | "what" | "whom")
                        // ("that" opens a clause of its own unless the verb follows it)
                        || (k + 1 == c && word(k) == "that")
            });
            let subject = if (expletive && !infinitive)
                || (c >= 1 && matches!(word(c - 1), "and" | "but" | "or" | "to"))
            {
                None
            } else if let Some(k) = relative {
                // the relative pronoun stands for its phrase, an adverb may follow it
                // ("who for years has been criticized as …")
                Some(toks[k].span)
            } else {
                // "The new government, headed by Justin Trudeau, seems ready": the subject
                // is before the apposition
                let c = if c >= 2 && word(c - 1) == "," {
                    (c.saturating_sub(14)..c - 1)
                        .rev()
                        .find(|&k| word(k) == ",")
                        .filter(|&k| k >= 1 && toks[k - 1].word)
                        .unwrap_or(c)
                } else {
                    c
                };
                let mut s = c;
                while s > 0 {
                    let p = &toks[s - 1];
                    if p.quoted
                        || (!p.word && !matches!(p.lower.as_str(), "'s" | "’s" | "'" | "’" | "-"))
                        || matches!(
                            p.lower.as_str(),
                            "while"
                                | "if"
                                | "although"
                                | "though"
                                | "because"
                                | "when"
                                | "since"
                                | "as"
                                | "that"
                                | "whether"
                                | "unless"
                                | "after"
                                | "before"
                                | "until"
                                | "where"
                                | "whereas"
                        )
                        || c - s >= 12
                    {
                        break;
                    }
                    s -= 1;
                }
                while s < c
                    && (matches!(
                        word(s),
                        "and" | "but" | "or" | "so" | "yet" | "now" | "then"
                    ) || self.is_adverb(&toks[s]))
                {
                    s += 1;
                }
                (s < c && c - s < 12 && toks[s..c].iter().any(|t| t.word))
                    .then(|| Self::span_of(toks, s, c))
            };
            out.push(Unsourced {
                subject,
                complement,
                cue: Self::span_of(toks, c, cue_end),
                lemma,
            });
        }
        out
    }

    /// Reported speech in a sentence: every cue with a clause. Returns (content span,
    /// attribution).
    pub fn indirect(&self, toks: &[Tok]) -> Vec<(Span, Found)> {
        let mut out = Vec::new();
        let n = toks.len();
        // end of sentence content: drop final punctuation
        let mut end = n;
        while end > 0 && !toks[end - 1].word && !toks[end - 1].quoted {
            end -= 1;
        }
        // "In a poll released Monday, 50 percent chose Clinton": a study or poll that
        // opens the sentence is the source of its clause
        if let Some(r) = self.findings_in(toks, end) {
            out.push(r);
            return out;
        }
        let mut j = 0;
        while j < end {
            // A token inside marks, or one looked up and found in none of the tables below,
            // starts no report: every rule of this loop is keyed by a word of those tables.
            if toks[j].quoted || toks[j].lex == FLAGGED {
                j += 1;
                continue;
            }
            // According to X, CLAUSE / CLAUSE, according to X.
            // Dem Bericht zufolge, CLAUSE
            if let Some((p, after)) = self.post_phrase_at(toks, j) {
                if let Some((m, s)) = self.np_backward_plain(toks, j, 0) {
                    if s <= 1 && end > after + 3 {
                        let f = self.found(m, toks, j, after, p, Rule::AccordingTo, 0.8);
                        out.push((Self::span_of(toks, after, end), f));
                        j = end;
                        continue;
                    }
                }
            }
            if let Some((p, after)) = self.phrase_at(toks, j) {
                if !is_circumstance(p) {
                    let source = self
                        .np_forward(toks, after, end)
                        .or_else(|| self.loose_source(toks, after, end));
                    if let Some((mut m, me)) = source {
                        // the comma that closes the source, which may run on past the
                        // phrase read ("an EB-5 fund-raising document,", "the Real Clear
                        // Politics polling average,")
                        // (a name may hold a slash or an ampersand: "a Reuters/Ipsos poll")
                        let close = (me..end.min(me + 10))
                            .take_while(|&k| {
                                toks[k].lower == ","
                                    || (!toks[k].quoted
                                        && (toks[k].word
                                            || matches!(
                                                toks[k].lower.as_str(),
                                                "/" | "&" | "-" | "'s" | "’s"
                                            )))
                            })
                            .find(|&k| toks[k].lower == ",")
                            .filter(|_| !self.lex.english || me > after)
                            .or_else(|| (me < end && toks[me].lower == ",").then_some(me));
                        if let Some(k) = close.filter(|&k| self.lex.english && k > me) {
                            let words = &toks[me..k];
                            // (a run-on of plain words, not a clause: "…, according to
                            // officials who spoke")
                            // ("and" inside a name: "the Office of Budget and Management")
                            let clause = words.iter().enumerate().any(|(i, t)| {
                                opens_clause(t)
                                    && !(t.lower == "and"
                                        && words.get(i + 1).is_some_and(|n| n.cap))
                            });
                            if !clause {
                                if let Some(whole) = self.mention(toks, after, k) {
                                    m = whole;
                                }
                            }
                        }
                        let f = self.found(m, toks, j, after, p, Rule::AccordingTo, 0.85);
                        let mut c = close.map_or(end, |c| c + 1);
                        while c < end && !toks[c].word {
                            c += 1;
                        }
                        let clause_after = close.is_some() && c < end && end - c >= 3;
                        // (a connective or an adverb may open the clause: "But according
                        // to …", "Now, according to …"; a colon before it ends another
                        // clause: "It has not gone unnoticed: according to …")
                        let clause_start = toks[..j]
                            .iter()
                            .rposition(|t| !t.quoted && matches!(t.lower.as_str(), ":" | ";"))
                            .map_or(0, |k| k + 1)
                            .min(if self.lex.english { j } else { 0 });
                        let opener = toks[clause_start..j].iter().all(|t| {
                            !t.word
                                || (self.lex.english
                                    && !t.quoted
                                    && (self.is_adverb(t)
                                        || matches!(
                                            t.lower.as_str(),
                                            "but"
                                                | "and"
                                                | "so"
                                                | "yet"
                                                | "still"
                                                | "however"
                                                | "now"
                                                | "meanwhile"
                                                | "instead"
                                                | "again"
                                                | "then"
                                        )))
                        });
                        if opener {
                            // According to X, CLAUSE
                            if clause_after {
                                out.push((Self::span_of(toks, c, end), f));
                            }
                        } else if j >= 3 && toks[j - 1].lower == "," {
                            // CLAUSE, according to X(, CLAUSE)
                            out.push((Self::span_of(toks, 0, j - 1), f.clone()));
                            // (not a phrase that describes the source or the figure: "…,
                            // according to John Weaver, a Republican strategist", "…,
                            // including one from …", "…, compared with …")
                            let described = toks.get(c).is_some_and(|t| {
                                matches!(
                                    t.lower.as_str(),
                                    "a" | "an" | "including" | "compared" | "excluding"
                                )
                            });
                            if self.lex.english && clause_after && !described {
                                out.push((Self::span_of(toks, c, end), f));
                            }
                        }
                        j = me;
                        continue;
                    }
                }
            }
            if let Some((info, after)) = self.cue_at(toks, j) {
                let negated = toks[j.saturating_sub(3)..j]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "not" | "n't" | "never" | "no"));
                if info.clause && !negated {
                    if let Some((span, f)) = self.indirect_at(toks, j, after, end, info, &mut out) {
                        // The clause ends where another report begins ("…, adding …",
                        // "… and warned …"); that one is its own quote.
                        let mut cut = self.clause_end(toks, span, end);
                        // "While Ramos said that X, he appears …": a report inside a
                        // subordinate clause ends at that clause's comma
                        if self.lex.english && span.start > toks[j].span.start {
                            let first = toks.iter().position(|t| t.word);
                            let subordinate = first.is_some_and(|f| {
                                f < j
                                    && matches!(
                                        toks[f].lower.as_str(),
                                        "while"
                                            | "although"
                                            | "though"
                                            | "whereas"
                                            | "if"
                                            | "because"
                                            | "since"
                                            | "when"
                                            | "as"
                                            | "after"
                                            | "before"
                                            | "unless"
                                            | "until"
                                    )
                                    && !toks[f..j].iter().any(|t| t.lower == ",")
                            });
                            if subordinate {
                                if let Some(c) = toks.iter().find(|t| {
                                    t.lower == ","
                                        && !t.quoted
                                        && t.span.start > span.start
                                        && t.span.start < cut
                                }) {
                                    cut = c.span.start;
                                }
                            }
                        }
                        // "Barkley, who said he votes democratic, said …": a report in a
                        // relative clause between commas ends at the clause's comma
                        if self.lex.english
                            && f.mention.span.slice(self.text) == "who"
                            && j >= 2
                            && toks[j - 2].lower == ","
                            // (the phrase it describes opens the sentence, so the
                            // sentence's own verb follows: not "…, said Harvey, who
                            // acknowledged …")
                            && !toks[..j - 2]
                                .iter()
                                .any(|t| t.quoted || matches!(t.lower.as_str(), "," | ";"))
                            && (0..j - 2).all(|k| self.cue_at(toks, k).is_none())
                        {
                            if let Some(c) = toks.iter().find(|t| {
                                t.lower == ","
                                    && !t.quoted
                                    && t.span.start > span.start
                                    && t.span.start < cut
                            }) {
                                cut = c.span.start;
                            }
                        }
                        let content = Span::new(span.start, cut.max(span.start));
                        let next = if span.start > toks[j].span.start {
                            toks.iter().position(|t| t.span.start >= cut).unwrap_or(end)
                        } else {
                            j + 1
                        };
                        out.push((content, f));
                        j = next.max(j + 1);
                        continue;
                    }
                }
            }
            // NAME criticized/endorsed/praised OBJECT
            if let Some((info, skip)) = self.stance_at(toks, j) {
                if let Some((content, f, next)) = self.stance_report(toks, j, skip, end, info) {
                    out.push((content, f));
                    j = next.max(j + 1);
                    continue;
                }
            }
            j += 1;
        }
        out
    }

    /// Whether the word is a stance verb ("criticized", "called for"), by its form alone.
    /// (Verbs taking an infinitive are left out: "it had identified 143 victims and
    /// expected to call 30" continues the report.)
    fn is_stance_word(&self, t: &Tok) -> bool {
        self.lex.stance.contains_key(t.lower.as_str())
            || self
                .lex
                .stance_prep
                .get(t.lower.as_str())
                .is_some_and(|(_, preps)| preps.iter().all(|p| !p.starts_with(['^', '@'])))
    }

    /// A stance verb at token i ("criticized", "endorses"): active, finite, not a noun.
    /// Returns the verb and the tokens it takes (2 with its preposition: "called for").
    fn stance_at(&self, toks: &[Tok], i: usize) -> Option<(CueInfo, usize)> {
        let t = toks.get(i)?;
        if !t.word || t.quoted || t.cap || i == 0 {
            return None;
        }
        // `skip`: tokens of the cue before the report; an infinitive keeps its "to"
        // ("vowed to repeal it")
        let stance = may_be(t, IN_STANCE)
            .then(|| self.lex.stance.get(t.lower.as_str()))
            .flatten();
        let (info, skip, infinitive) = match stance {
            Some(info) => (*info, 1, false),
            None => {
                if !may_be(t, IN_STANCE_PREP) {
                    return None;
                }
                let (info, preps) = self.lex.stance_prep.get(t.lower.as_str())?;
                let next = toks.get(i + 1)?;
                // an adjective of attitude (its preposition marked `@`) stands after a form
                // of "be", adverbs between: "was sharply critical of the plan"
                let be = |t: &Tok| {
                    is_be(&t.lower) || matches!(t.lower.as_str(), "remain" | "remains" | "remained")
                };
                let mut k = i;
                while k > 0
                    && i - k < 3
                    && !toks[k - 1].quoted
                    && !be(&toks[k - 1])
                    && (self.is_adverb(&toks[k - 1])
                        || matches!(toks[k - 1].lower.as_str(), "very" | "so" | "more"))
                {
                    k -= 1;
                }
                // (a participle after "be" is a verb: "is calling for")
                let after_be = k > 0 && be(&toks[k - 1]) && !t.lower.ends_with("ing");
                let prep = preps.iter().find(|p| {
                    !next.quoted
                        && next.lower == p.trim_start_matches(['^', '@'])
                        && p.starts_with('@') == after_be
                })?;
                if prep.starts_with('@') {
                    return Some((*info, 2));
                }
                // "spoke on condition of anonymity", "spoke on behalf of the campaign":
                // set phrases, not what was spoken about
                let set_phrase = |k: usize| {
                    toks.get(k)
                        .is_some_and(|w| matches!(w.lower.as_str(), "condition" | "behalf"))
                };
                if self.lex.english
                    && next.lower == "on"
                    && (set_phrase(i + 2)
                        || toks.get(i + 2).is_some_and(|w| w.lower == "the") && set_phrase(i + 3))
                {
                    return None;
                }
                if prep.starts_with('^') {
                    (*info, 1, true)
                } else if self.lex.english
                    && !crate::lexicon::is_preposition("en", prep)
                    && toks.get(i + 2).is_some_and(|p| {
                        !p.quoted
                            && matches!(
                                p.lower.as_str(),
                                "about" | "over" | "with" | "at" | "regarding" | "for" | "on"
                            )
                    })
                {
                    // a noun and its preposition: "expressed concerns about the plan"
                    (*info, 3, false)
                } else {
                    (*info, 2, false)
                }
            }
        };
        let p = &toks[i - 1];
        let be = is_be(&p.lower);
        if infinitive && p.word && !p.quoted && !t.lower.ends_with("ing") {
            // a passive ("is expected to rise", "was asked to leave") names no source
            let noun = self.lex.determiners.contains(&p.lower.as_str())
                || p.lower.ends_with("'s")
                || p.lower.ends_with("’s");
            return (!noun && !be && p.lower != "to").then_some((info, skip));
        }
        // "is criticizing": a participle only after a form of "be" ("a group
        // supporting …" modifies a noun), or after a comma, where it belongs to the
        // sentence's subject ("…, referring to the plan")
        if t.lower.ends_with("ing") {
            return ((be && !self.lex.stance_prep.contains_key(p.lower.as_str()))
                || p.lower == ",")
                .then_some((info, skip));
        }
        // a base form only after a pronoun, modal or "do" ("they support", "would
        // endorse"; "Trump support" is a noun)
        if t.lower == info.lemma
            && !is_modal(&p.lower)
            && !matches!(
                p.lower.as_str(),
                "i" | "we"
                    | "you"
                    | "they"
                    | "not"
                    | "never"
                    | "also"
                    | "do"
                    | "does"
                    | "did"
                    | "don't"
                    | "don’t"
                    | "'ll"
                    | "’ll"
                    | "'d"
                    | "’d"
            )
            && !self.is_adverb(p)
            // (or after a plural subject: "the candidates oppose", "Democrats support",
            // "most oppose", "those who oppose")
            && !(self.lex.english
                && p.word
                && !p.quoted
                // ("groups backed by Ankara": a participle)
                && !t.lower.ends_with("ed")
                && ((p.lower.len() > 3
                    && p.lower.ends_with('s')
                    && !p.lower.ends_with("ss")
                    && !p.lower.ends_with("'s")
                    && !p.lower.ends_with("’s")
                    && !p.lower.ends_with("ous")
                    && !p.lower.ends_with("ics")
                    && !p.lower.ends_with("ings"))
                    || matches!(
                        p.lower.as_str(),
                        "most" | "many" | "some" | "all" | "both" | "who" | "those"
                    )))
        {
            return None;
        }
        // "terrorist attacks and …", "political attacks from …": a plural noun, not a
        // verb, when what follows is no object
        if stance.is_some()
            && t.lower.ends_with('s')
            && t.lower != info.lemma
            && toks.get(i + 1).is_none_or(|n| {
                !n.quoted
                    && matches!(
                        n.lower.as_str(),
                        "and"
                            | "or"
                            | ","
                            | "."
                            | "from"
                            | "on"
                            | "against"
                            | "in"
                            | "of"
                            | "by"
                            | "were"
                            | "are"
                            | "have"
                            | "had"
                            | "that"
                            | "which"
                    )
            })
        {
            return None;
        }
        let noun_or_passive = self.lex.determiners.contains(&p.lower.as_str())
            || p.lower.ends_with("'s")
            || p.lower.ends_with("’s")
            || matches!(
                p.lower.as_str(),
                "to" | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "being"
                    | "of"
                    | "for"
                    | "in"
                    | "on"
                    | "with"
                    | "by"
            );
        (!noun_or_passive).then_some((info, skip))
    }

    /// "NAME criticized OBJECT": the subject is the source, the object (to the end of its
    /// phrase, without trailing time words) the content. Returns the content, the
    /// attribution and the token to go on from.
    fn stance_report(
        &self,
        toks: &[Tok],
        j: usize,
        skip: usize,
        end: usize,
        info: CueInfo,
    ) -> Option<(Span, Found, usize)> {
        // the subject, before auxiliaries and adverbs ("has repeatedly criticized")
        let mut e = j;
        while e > 0
            && (self.is_adverb(&toks[e - 1])
                || is_modal(&toks[e - 1].lower)
                || matches!(
                    toks[e - 1].lower.as_str(),
                    "has"
                        | "have"
                        | "had"
                        | "not"
                        | "never"
                        | "do"
                        | "does"
                        | "did"
                        | "don't"
                        | "don’t"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "been"
                ))
            && !toks[e - 1].quoted
        {
            e -= 1;
        }
        // "Voters who are expected to back …": an expectation no one is named for (see
        // `unsourced`), not the voters' own
        if toks[j].lower == "expected"
            && toks[e..j].iter().any(|t| {
                matches!(
                    t.lower.as_str(),
                    "is" | "are" | "was" | "were" | "been" | "be"
                )
            })
        {
            return None;
        }
        // "The union, which endorsed …": the antecedent of the relative
        if e >= 3
            && matches!(toks[e - 1].lower.as_str(), "who" | "which")
            && toks[e - 2].lower == ","
        {
            e -= 2;
        }
        // "did not respond to", "never endorsed", "Nobody disputes": nothing was said
        let negated = toks[e.saturating_sub(1)..j].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "not"
                    | "n't"
                    | "never"
                    | "didn't"
                    | "didn’t"
                    | "don't"
                    | "don’t"
                    | "doesn't"
                    | "doesn’t"
                    | "won't"
                    | "won’t"
                    | "wouldn't"
                    | "wouldn’t"
            )
        });
        let (m, _) = if toks[j].lower.ends_with("ing") && toks[j - 1].lower == "," {
            // the subject of the sentence the participle hangs on; a quotation before
            // it ("“…,” she said, adding …") leaves the subject after the quote
            let from = toks[..j]
                .iter()
                .rposition(|t| t.quoted)
                .map_or(0, |k| k + 1);
            // (an inverted cue before it names the source after itself: "…, said Al
            // Cardenas, referring to Trump")
            match self.sentence_subject(toks, from, j - 1) {
                Some(found) => found,
                None => (self.participle_subject(toks, j)?, j),
            }
        } else {
            // a verb coordinated with an earlier one: "… and boycotted the debate"
            self.np_backward(toks, e, 0)
                .or_else(|| self.coordinated_subject(toks, e, 0))?
        };
        if negated
            || matches!(
                m.name.to_lowercase().as_str(),
                "nobody" | "no one" | "none" | "nothing" | "no-one"
            )
        {
            return None;
        }
        let a = j + skip;
        let first = toks.get(a)?;
        if a >= end || !(first.word || first.quoted) {
            return None;
        }
        // a verb with its particle is another verb ("put out the welcome mat", "find out
        // about", "showing up on television")
        if self.lex.english
            && !first.quoted
            && matches!(
                first.lower.as_str(),
                "out" | "up" | "down" | "off" | "together" | "away" | "back"
            )
        {
            return None;
        }
        // the object phrase ends at a clause boundary
        let mut b = a;
        while b < end {
            let t = &toks[b];
            if !t.quoted {
                let stop = match t.lower.as_str() {
                    ";" | ":" | "—" | "–" | "(" => true,
                    // a list or an apposition runs on ("applauded A, B and C"); a comma
                    // before a relative, a subordinate or a participle ends the object
                    "," => toks.get(b + 1).is_none_or(|n| {
                        // ("…, and it is clear that …": a clause of its own)
                        (matches!(n.lower.as_str(), "and" | "but" | "or")
                            && toks.get(b + 2).is_some_and(|p| {
                                self.lex.pronouns.contains_key(p.lower.as_str())
                                    || matches!(p.lower.as_str(), "there" | "this" | "that")
                            }))
                        // a list goes on to its "and"/"or" within a few words
                        || !toks[b + 1..(b + 9).min(end)]
                            .iter()
                            .take_while(|t| {
                                !t.quoted
                                    && !matches!(t.lower.as_str(), ";" | ":" | "(" | "—" | "–")
                            })
                            .any(|t| matches!(t.lower.as_str(), "and" | "or"))
                            || n.quoted
                            || !n.word
                            || n.lower.ends_with("ing")
                            || matches!(
                                n.lower.as_str(),
                                "which"
                                    | "who"
                                    | "whose"
                                    | "whom"
                                    | "where"
                                    | "when"
                                    | "while"
                                    | "whereas"
                                    | "as"
                                    | "even"
                                    | "just"
                                    | "but"
                                    | "yet"
                                    | "so"
                                    | "although"
                                    | "though"
                                    | "despite"
                                    | "because"
                                    | "after"
                                    | "before"
                                    | "since"
                                    | "until"
                                    | "unless"
                                    | "if"
                                    | "according"
                                    | "said"
                                    | "says"
                                    | "saying"
                                    | "he"
                                    | "she"
                                    | "they"
                                    | "it"
                                    | "we"
                                    | "i"
                                    | "then"
                                    | "however"
                                    | "instead"
                                    | "not"
                            )
                    }),
                    "because" | "after" | "when" | "while" | "since" | "although" | "though"
                    | "despite" | "until" | "unless" | "before" | "whereas" => true,
                    "and" | "but" => toks.get(b + 1).is_some_and(|n| {
                        n.word
                            && !n.cap
                            && !n.quoted
                            && (n.lower.ends_with("ed")
                                // "touting her record and pounding him on guns"
                                || (toks[j].lower.ends_with("ing")
                                    && n.lower.len() > 4
                                    && n.lower.ends_with("ing"))
                                || self.lex.cues.contains_key(n.lower.as_str())
                                || self.lex.stance.contains_key(n.lower.as_str())
                                || matches!(
                                    n.lower.as_str(),
                                    "has" | "have" | "had" | "is" | "was" | "will" | "would"
                                ))
                    }),
                    _ => false,
                };
                if stop && b > a {
                    break;
                }
            }
            b += 1;
        }
        let b = self.trim_time_tail(toks, a, b);
        if b <= a || !toks[a..b].iter().any(|t| t.word) {
            return None;
        }
        let f = self.found(m, toks, j, j + skip, info.lemma, Rule::IndirectCue, 0.6);
        Some((Self::span_of(toks, a, b), f, b))
    }

    /// The end of `toks[a..b]` without trailing time and manner words ("… last week",
    /// "… on Tuesday", "… in 2009", "… two years ago", "… at the time").
    fn trim_time_tail(&self, toks: &[Tok], a: usize, mut b: usize) -> usize {
        let unit = |t: &Tok| {
            t.cap
                || matches!(
                    t.lower.as_str(),
                    "week"
                        | "weeks"
                        | "weekend"
                        | "month"
                        | "months"
                        | "year"
                        | "years"
                        | "decade"
                        | "decades"
                        | "day"
                        | "days"
                        | "night"
                        | "time"
                        | "fall"
                        | "spring"
                        | "summer"
                        | "winter"
                        | "morning"
                        | "afternoon"
                        | "evening"
                )
        };
        loop {
            while b > a && !toks[b - 1].word && !toks[b - 1].quoted {
                b -= 1;
            }
            if b <= a + 1 {
                return b;
            }
            let last = &toks[b - 1];
            if last.quoted {
                return b;
            }
            let l = last.lower.as_str();
            if matches!(
                l,
                "today"
                    | "yesterday"
                    | "tonight"
                    | "earlier"
                    | "later"
                    | "again"
                    | "too"
                    | "already"
                    | "instead"
                    | "now"
                    | "then"
                    | "recently"
                    | "previously"
                    | "repeatedly"
                    | "publicly"
                    | "privately"
                    | "also"
            ) || (self.is_adverb(last) && !last.cap)
            {
                b -= 1;
                continue;
            }
            let prev = toks[b - 2].lower.as_str();
            if unit(last)
                && matches!(prev, "last" | "this" | "next" | "that" | "each" | "every")
                && b >= a + 3
            {
                b -= 2;
                continue;
            }
            if matches!(prev, "for" | "in" | "over")
                && matches!(l, "years" | "decades" | "months" | "weeks" | "days")
            {
                b -= 2;
                continue;
            }
            if l == "ago" && b >= a + 4 {
                b -= 3;
                continue;
            }
            // on Tuesday, in December, in 2009, on June 5, in November 2015
            if let Some(k) = (b.saturating_sub(4).max(a + 1)..b).rev().find(|&k| {
                matches!(
                    toks[k].lower.as_str(),
                    "on" | "in" | "since" | "during" | "until"
                )
            }) {
                let tail = &toks[k + 1..b];
                if !tail.is_empty()
                    && tail.iter().all(|t| {
                        !t.quoted
                            && (!t.word
                                || t.lower.bytes().all(|c| c.is_ascii_digit())
                                || (t.cap && crate::text::is_time_word(&t.lower)))
                    })
                {
                    b = k;
                    continue;
                }
            }
            if b >= a + 4 && toks[b - 3].lower == "at" && prev == "the" && l == "time" {
                b -= 3;
                continue;
            }
            return b;
        }
    }

    /// Where reported content starting in `span` stops: before ", adding/saying/citing …",
    /// "and said …", ", according to …" or a semicolon; else the span's end.
    fn clause_end(&self, toks: &[Tok], span: Span, end: usize) -> usize {
        let a = toks
            .iter()
            .position(|t| t.span.start >= span.start)
            .unwrap_or(end);
        for k in a + 1..end {
            let t = &toks[k];
            if t.span.start >= span.end {
                break;
            }
            if t.quoted {
                // a quotation introduced by ":" or "," is direct speech, not part of
                // the reported clause; drop a cue and subject just before it too
                let prev = &toks[k - 1];
                if !prev.quoted && matches!(prev.lower.as_str(), ":" | ",") {
                    let mut e = k - 1;
                    if let Some(j) = (a + 1..e)
                        .rev()
                        .take(3)
                        .find(|&j| self.lex.cues.contains_key(toks[j].lower.as_str()))
                    {
                        if let Some((_, s)) = self.np_backward(toks, j, a + 1) {
                            e = s;
                        }
                    }
                    while e > a + 1 && !toks[e - 1].word {
                        e -= 1;
                    }
                    return e
                        .checked_sub(1)
                        .and_then(|i| toks.get(i))
                        .map_or(span.start, |t| t.span.end);
                }
                continue;
            }
            let next = toks.get(k + 1);
            // "…represents “New York values,” stating …": a participle cue after a quote
            // that closes on a comma is a report of its own
            // ("…were “in the seven figures,” described the impact as …": so is a past
            // one, the subject's next predicate)
            if self.lex.english
                && k >= 2
                && t.word
                && !t.cap
                && t.lower.len() > 4
                && (t.lower.ends_with("ing")
                    || t.lower.ends_with("ed")
                    || self.lex.past_verbs.contains(t.lower.as_str()))
                && (self.lex.cues.contains_key(t.lower.as_str())
                    || self.lex.stance.contains_key(t.lower.as_str()))
                && toks[k - 1].quoted
                && !toks[k - 1].word
                && toks[k - 2].quoted
                && toks[k - 2].lower == ","
            {
                return toks[k - 1].span.end;
            }
            let cut = match t.lower.as_str() {
                ";" => true,
                // "… was a hate crime, while the host sought …": a contrast that is the
                // writer's, not the source's
                "while" | "whereas" if self.lex.english => true,
                // "…, and other leaders said …", "…, but he said …", "…, while another
                // says …": a coordinated clause with a subject of its own
                "," if self.lex.english
                    && next.is_some_and(|n| {
                        !n.quoted && matches!(n.lower.as_str(), "and" | "but" | "while" | "whereas" | "yet")
                    })
                    && toks.get(k + 2).is_some_and(|s| {
                        !s.quoted
                            && (s.cap
                                || matches!(
                                    self.lex.pronouns.get(s.lower.as_str()),
                                    Some((PronounKind::Person | PronounKind::Group, _))
                                )
                                || matches!(s.lower.as_str(), "another" | "other" | "others" | "some"))
                    }) =>
                {
                    true
                }
                // "…, though she did not discuss their terms": the writer's concession
                "," if self.lex.english
                    && next.is_some_and(|n| {
                        !n.quoted && matches!(n.lower.as_str(), "though" | "although")
                    })
                    // (a clause with a subject, not "though not necessarily likely")
                    && toks.get(k + 2).is_some_and(|s| {
                        !s.quoted
                            && (s.cap
                                || self.lex.pronouns.contains_key(s.lower.as_str())
                                || self.lex.determiners.contains(s.lower.as_str()))
                    }) =>
                {
                    true
                }
                // "…, they also say …": a new report of its own
                "," if self.lex.english
                    && next.is_some_and(|n| {
                        !n.quoted
                            && self.lex.pronouns.contains_key(n.lower.as_str())
                            && toks[k + 2..(k + 4).min(toks.len())]
                                .iter()
                                .any(|v| self.lex.cues.contains_key(v.lower.as_str()))
                    }) =>
                {
                    true
                }
                "," => next.is_some_and(|n| {
                    !n.quoted
                        && ((n.lower.ends_with("ing")
                            && (self.lex.cues.contains_key(n.lower.as_str())
                                || (self.lex.english && self.is_stance_word(n))))
                            || matches!(n.lower.as_str(), "echoing" | "citing" | "according"))
                }),
                "and" | "but" => next.is_some_and(|n| {
                    !n.quoted
                        && !n.cap
                        && (self
                            .lex
                            .cues
                            .get(n.lower.as_str())
                            .is_some_and(|c| !c.belief)
                            // "… and boycotted the debate": another predicate of the source
                            || (self.lex.english
                                && self.is_stance_word(n)
                                && (n.lower.ends_with("ed") || self.lex.past_verbs.contains(n.lower.as_str())))
                            // "… and has expressed support": the subject's next predicate
                            || (self.lex.english
                                && matches!(n.lower.as_str(), "has" | "have" | "had" | "was" | "is" | "will" | "would")
                                && toks.get(k + 2).is_some_and(|v| v.word && !v.cap && (v.lower.ends_with("ed") || self.lex.cues.contains_key(v.lower.as_str())))))
                }),
                _ => false,
            };
            if cut {
                // trim trailing punctuation before the cut
                let mut e = k;
                while e > a + 1 && !toks[e - 1].word && !toks[e - 1].quoted {
                    e -= 1;
                }
                return e
                    .checked_sub(1)
                    .and_then(|i| toks.get(i))
                    .map_or(span.start, |t| t.span.end);
            }
        }
        span.end
    }

    /// The subject after a verb in verb-second order (not English): the verb is not the
    /// clause's first word and a name, pronoun or description follows it directly, closed
    /// by ":", "," or a complementizer.
    fn v2_subject(&self, toks: &[Tok], j: usize, after: usize, limit: usize) -> Option<Mention> {
        if self.lex.english || j == 0 || !toks[j - 1].word {
            return None;
        }
        // Subject first: "Modder nannte die Absage einen „…“" — a noun phrase that opens
        // the clause right before the verb is its subject; what follows is the object.
        let clause_start = toks[..j]
            .iter()
            .rposition(|t| {
                t.quoted || matches!(t.lower.as_str(), "," | ":" | ";" | "(" | "—" | "–")
            })
            .map_or(0, |k| k + 1);
        // French and Spanish put the subject after the verb only after a quote ("«…»,
        // a déclaré la ministre", "“…”, afirmó el portavoz"): elsewhere the subject comes
        // first ("La oposición, en cambio, calificó las cuentas de …")
        if matches!(self.lex.code, "fr" | "es") {
            let after_quote = (0..clause_start)
                .rev()
                .find(|&k| toks[k].word || toks[k].quoted)
                .is_none_or(|k| toks[k].quoted);
            if !after_quote {
                return None;
            }
        }
        if let Some((m, s)) = self.np_backward(toks, j, clause_start) {
            // the phrase spans the clause's start, or the clause opens with a nominative
            // determiner ("Der österreichische Bundeskanzler Wolfgang Schüssel würdigte …")
            let opens_np = s == clause_start
                || matches!(
                    toks[clause_start].lower.as_str(),
                    "der"
                        | "die"
                        | "das"
                        | "ein"
                        | "eine"
                        | "sein"
                        | "seine"
                        | "ihr"
                        | "ihre"
                        | "dieser"
                        | "diese"
                        | "dieses"
                        | "kein"
                        | "keine"
                        | "le"
                        | "la"
                        | "les"
                        | "un"
                        | "une"
                        | "el"
                        | "los"
                        | "las"
                        | "una"
                );
            if opens_np && m.pronoun.is_none_or(|(k, _)| k != PronounKind::Thing) {
                return None;
            }
        }
        // a reflexive pronoun sits between verb and subject: "äußerte sich der Präsident"
        let after = if toks.get(after).is_some_and(|t| t.lower == "sich") && after + 1 < limit {
            after + 1
        } else {
            after
        };
        let (m, _) = self.np_forward(toks, after, limit)?;
        let named = m.pronoun.is_some()
            || toks[after].cap
            || self.lex.determiners.contains(toks[after].lower.as_str());
        (named && m.pronoun.is_none_or(|(k, _)| k != PronounKind::Thing)).then_some(m)
    }

    /// The comma closing a short circumstance right after a cue ("said in the video,",
    /// "told reporters Thursday,"): at most six plain words that open with a preposition,
    /// a capitalised word (a day, a place) or the addressee of "told".
    fn circumstance_comma(&self, toks: &[Tok], after: usize, end: usize) -> Option<usize> {
        let first = toks.get(after).filter(|t| t.word && !t.quoted)?;
        let opens = crate::lexicon::is_preposition("en", &first.lower)
            || first.cap
            || matches!(
                first.lower.as_str(),
                "reporters" | "recently" | "later" | "earlier" | "last" | "this" | "yesterday"
            );
        if !opens {
            return None;
        }
        (after + 1..(after + 7).min(end))
            .take_while(|&k| toks[k].lower == "," || (toks[k].word && !toks[k].quoted))
            .find(|&k| toks[k].lower == ",")
    }

    /// The words of a sentence before a parenthetical cue, up to the comma `comma`, as the
    /// report's first part; none when they are all a marked quote (direct speech, credited
    /// by the quote rules), hold another clause's punctuation, or are one connective
    /// ("But, he said, …").
    fn report_head(&self, toks: &[Tok], comma: usize) -> Option<Span> {
        let a = toks[..comma].iter().position(|t| t.word || t.quoted)?;
        let words: Vec<&Tok> = toks[a..comma].iter().filter(|t| t.word).collect();
        if words.is_empty() || words.iter().all(|t| t.quoted) {
            return None;
        }
        if toks[a..comma]
            .iter()
            .any(|t| !t.quoted && matches!(t.lower.as_str(), ";" | ":" | "." | "?" | "!"))
        {
            return None;
        }
        if words.len() == 1
            && (self.is_adverb(words[0])
                || matches!(
                    words[0].lower.as_str(),
                    "but" | "and" | "or" | "so" | "yet" | "now" | "still" | "instead" | "otherwise"
                ))
        {
            return None;
        }
        Some(Self::span_of(toks, a, comma))
    }

    /// The report after a cue whose source is known: "Smith said (on Tuesday) (that)
    /// CLAUSE", "told reporters that CLAUSE", "urged him to resign".
    #[allow(clippy::too_many_arguments)]
    fn report_after(
        &self,
        toks: &[Tok],
        j: usize,
        after: usize,
        end: usize,
        info: CueInfo,
        m: Mention,
        confidence: f32,
    ) -> Option<(Span, Found)> {
        // "Smith said (on Tuesday) (that) CLAUSE"
        let mut c = after;
        let addressee_at = c;
        if matches!(
            info.lemma,
            "tell" | "remind" | "inform" | "assure" | "warn" | "advise" | "urge" | "ask"
        ) {
            // skip the addressee
            if self.lex.english
                && toks.get(c).is_some_and(|t| {
                    matches!(t.lower.as_str(), "me" | "him" | "her" | "us" | "them")
                })
                && toks.get(c + 1).is_some_and(|t| {
                    (t.word || t.quoted) && !crate::lexicon::is_preposition("en", &t.lower)
                })
            {
                c += 1;
            } else if let Some((_, e2)) = self.np_forward(toks, c, end) {
                c = e2;
            } else if toks
                .get(c)
                .is_some_and(|t| t.word && !t.cap && !matches!(t.lower.as_str(), "that"))
                && self.lex.groups.contains(toks[c].lower.as_str())
            {
                c += 1;
            }
        }
        // a few tokens of time, place or addressee before "that" ("said on Tuesday
        // that", "told reporters in Ohio that"); in English a "that" after a clause of
        // its own ("said she liked it and that …", "said it would resemble that of …")
        // does not open the report
        let mut opened = false;
        if let Some(k) = (c..(c + 12).min(end))
            .find(|&k| self.lex.complementizers.contains(toks[k].lower.as_str()) && !toks[k].quoted)
            // ("say at least $4.1 million of that money was moved": after a preposition
            // "that" is a determiner)
            .filter(|&k| {
                !self.lex.english
                    || k == c
                    || !crate::lexicon::is_preposition("en", &toks[k - 1].lower)
            })
            .filter(|&k| {
                !self.lex.english
                    || !toks[c..k].iter().any(|t| {
                        opens_clause(t)
                            // "said the plan failed, adding that …": that "that" is
                            // the next cue's
                            || t.lower == ","
                                && toks[c..k].iter().any(|w| {
                                    !w.quoted && w.lower.len() > 4 && w.lower.ends_with("ing")
                                })
                    })
            })
        {
            c = k + 1;
            opened = true;
        } else if toks
            .get(c)
            .is_some_and(|t| matches!(t.lower.as_str(), "," | ":"))
        {
            c += 1;
        }
        while c < end && !toks[c].word && !toks[c].quoted {
            c += 1;
        }
        // "said in a statement Thursday they would appeal": a circumstance, then the
        // report from its subject pronoun on
        if self.lex.english
            && toks
                .get(c)
                .is_some_and(|t| matches!(t.lower.as_str(), "in" | "on" | "at" | "during"))
        {
            if let Some(k) = (c + 1..(c + 9).min(end))
                .take_while(|&k| toks[k].word && !toks[k].quoted)
                .find(|&k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "he" | "she" | "they" | "it" | "we" | "i"
                    )
                })
            {
                c = k;
            } else if let Some(k) = (c + 1..(c + 10).min(end))
                .find(|&k| !toks[k].word || toks[k].quoted)
                // ("comments on building a wall to keep out “rapists”": "on" may be
                // the cue's own preposition)
                .filter(|&k| toks[k].quoted && toks[c].lower != "on")
            {
                // ("acknowledged in a forum Monday “it will be very hard” if …": the
                // report opens with the marked words)
                c = k;
            }
        }
        // "urged him to resign", "warned residents to expect delays": the addressee
        // and the infinitive are the report
        // (a place or time may follow the addressee: "urging black voters in North
        // Carolina to vote early")
        let infinitive = |k: usize| {
            toks.get(k).is_some_and(|t| t.lower == "to" && !t.quoted)
                && toks
                    .get(k + 1)
                    .is_some_and(|t| t.word && !t.cap && !t.quoted)
        };
        if self.lex.english && c > addressee_at {
            let to = if infinitive(c) {
                Some(c)
            } else if toks
                .get(c)
                .is_some_and(|t| crate::lexicon::is_preposition("en", &t.lower))
            {
                (c + 1..(c + 6).min(end))
                    .take_while(|&k| toks[k].word && !toks[k].quoted)
                    .find(|&k| infinitive(k))
            } else {
                None
            };
            if to.is_some() {
                c = addressee_at;
            }
        }
        if c >= end || end - c < 3 {
            return None;
        }
        let first = &toks[c];
        if self.lex.english
            && matches!(
                first.lower.as_str(),
                "to" | "for"
                    | "by"
                    | "about"
                    | "of"
                    | "with"
                    | "in"
                    | "on"
                    | "at"
                    | "from"
                    | "so"
                    | "as"
                    | "and"
                    | "but"
                    | "who"
                    | "whom"
                    | "whose"
                    | "which"
                    | "nothing"
                    | "no"
                    | "yes"
                    | "goodbye"
                    | "hello"
                    | "sorry"
                    // a verb with its particle is another verb ("put out", "find out")
                    | "out"
                    | "up"
                    | "down"
                    | "off"
                    | "together"
                    | "away"
                    | "back"
            )
            // ("asked Rubio which states he could win": a question's wh-word opens it)
            && !(info.lemma == "ask" && matches!(first.lower.as_str(), "who" | "whom" | "whose" | "which"))
            // ("calls out companies", "shouted out an insult": "out" with a verb of
            // voice is the report's)
            && !(first.lower == "out"
                && matches!(
                    info.lemma,
                    "call" | "shout" | "cry" | "speak" | "blast" | "lash" | "point" | "spell"
                ))
            // ("said no", but "acknowledged that no such request had been approved")
            && !(matches!(first.lower.as_str(), "no" | "nothing")
                && toks.get(c + 1).is_some_and(|n| n.word && !n.quoted)
                && c > 0
                && self.lex.complementizers.contains(toks[c - 1].lower.as_str()))
            // ("say at least $4 million was moved": a quantity, not a place)
            && !(first.lower == "at"
                && toks
                    .get(c + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "least" | "most")))
            // ("said about half of the losses were …", "said about 40 percent …")
            && !(first.lower == "about"
                && toks.get(c + 1).is_some_and(|n| {
                    n.lower == "half" || n.lower.starts_with(|ch: char| ch.is_ascii_digit())
                }))
            // ("added that, in Wisconsin, the coalition …": after "that" a phrase of
            // time or place opens the clause, up to its comma)
            && !(opened
                && !matches!(first.lower.as_str(), "to" | "and" | "but" | "so")
                && toks[c + 1..(c + 8).min(end)]
                    .iter()
                    .position(|t| t.lower == "," && !t.quoted)
                    .is_some_and(|k| toks.get(c + 2 + k).is_some_and(|t| t.word && !t.quoted)))
        {
            return None;
        }
        // (the particle kept above is the cue's: "calls out | companies")
        if self.lex.english && first.lower == "out" && !first.quoted {
            c += 1;
            if c >= end || end - c < 2 {
                return None;
            }
        }
        let first = &toks[c];
        // "said during a break", "told reporters only:": a circumstance, not content
        // (after "that" these open a report: "said that during his term …")
        if self.lex.english
            && !opened
            && matches!(
                first.lower.as_str(),
                "during"
                    | "after"
                    | "before"
                    | "only"
                    | "later"
                    | "earlier"
                    | "again"
                    | "afterward"
                    | "afterwards"
                    | "outside"
                    | "while"
                    | "today"
                    | "yesterday"
                    | "tonight"
            )
            && toks[c..end].iter().filter(|t| t.word).count() <= 4
        {
            return None;
        }
        // "Reyes said, before insisting …": the participle is a cue of its own
        if self.lex.english
            && matches!(
                first.lower.as_str(),
                "before" | "while" | "after" | "without" | "by"
            )
            && toks
                .get(c + 1)
                .is_some_and(|t| !t.quoted && t.lower.len() > 4 && t.lower.ends_with("ing"))
        {
            return None;
        }
        // "Quill said, standing in a kitchen": a participle clause, not content
        if self.lex.english
            && toks[c - 1].lower == ","
            && first.lower.ends_with("ing")
            && !first.cap
        {
            return None;
        }
        // content that is all one marked quote is a direct quote, not reported speech
        if toks[c..end].iter().filter(|t| t.word).all(|t| t.quoted) {
            return None;
        }
        let f = self.found(
            m,
            toks,
            j,
            after,
            info.lemma,
            Rule::IndirectCue,
            if info.belief { 0.6 } else { confidence },
        );
        Some((Self::span_of(toks, c, end), f))
    }

    /// The source of a participle cue after a comma or "by" ("Clinton reprimanded
    /// Trump, saying that …", "distanced himself by saying he …"): the subject of the
    /// sentence before it.
    fn participle_subject(&self, toks: &[Tok], j: usize) -> Option<Mention> {
        if !self.lex.english || j < 2 || !toks[j].lower.ends_with("ing") {
            return None;
        }
        // (or after a comma and a conjunction: "…,” Trump said, before insisting …")
        let lead = match toks[j - 1].lower.as_str() {
            "," | "by" => j - 1,
            "before" | "while" | "after" | "without" if toks[j - 2].lower == "," => j - 2,
            _ => return None,
        };
        // the source of a cue earlier in the sentence ("“…,” Clinton said, while
        // arguing …")
        if let Some(k) = (0..lead)
            .rev()
            .take(12)
            .find(|&k| !toks[k].quoted && self.cue_at(toks, k).is_some())
        {
            if let Some((m, _)) = self.np_backward(toks, k, 0) {
                return Some(m);
            }
            if let Some((m, _)) = self.np_forward(toks, k + 1, lead) {
                return Some(m);
            }
        }
        let (m, e) = self.sentence_subject(toks, 0, lead)?;
        // the subject stands before its own verb, not right before the participle
        (e + 1 < j).then_some(m)
    }

    /// "In a new poll released Monday, CLAUSE" (English): a sentence that opens with "in"
    /// and a poll, survey, study or report, has no cue of its own, and states what the
    /// finding is. Returns the clause and its source.
    fn findings_in(&self, toks: &[Tok], end: usize) -> Option<(Span, Found)> {
        if !self.lex.english {
            return None;
        }
        let a = toks.iter().position(|t| t.word)?;
        if toks[a].lower != "in" || toks[a].quoted {
            return None;
        }
        let c = (a + 1..end.min(a + 16)).find(|&k| toks[k].lower == ",")?;
        if toks[a + 1..c]
            .iter()
            .any(|t| t.quoted || matches!(t.lower.as_str(), ";" | ":" | "." | "(" | ")"))
        {
            return None;
        }
        let head = (a + 1..c).find(|&k| {
            matches!(
                toks[k].lower.as_str(),
                "poll" | "polls" | "survey" | "surveys" | "study" | "studies" | "analysis"
            )
        })?;
        if end < c + 4 || (c + 1..end).any(|k| self.cue_at(toks, k).is_some()) {
            return None;
        }
        let m = self.mention(toks, a + 1, head + 1).unwrap_or_else(|| {
            let span = Self::span_of(toks, a + 1, head + 1);
            self.as_named(span, SpeakerKind::Document)
        });
        let f = self.found(m, toks, a, a + 1, "in", Rule::AccordingTo, 0.6);
        Some((Self::span_of(toks, c + 1, end), f))
    }

    /// The source after "according to" when it is no phrase `np_forward` reads: an
    /// object pronoun ("according to him") or a plain phrase up to the punctuation
    /// ("according to early returns", "according to three recent polls"). English.
    fn loose_source(&self, toks: &[Tok], from: usize, to: usize) -> Option<(Mention, usize)> {
        if !self.lex.english {
            return None;
        }
        let first = toks.get(from).filter(|t| t.word && !t.quoted)?;
        let subject = match first.lower.as_str() {
            "him" => Some("he"),
            "her" => Some("she"),
            "them" => Some("they"),
            "us" => Some("we"),
            "me" => Some("i"),
            _ => None,
        };
        if let Some(&(kind, gender)) = subject.and_then(|w| self.lex.pronouns.get(w)) {
            let e = from + 1;
            if toks.get(e).is_some_and(|t| t.word) {
                return None;
            }
            let span = first.span;
            let m = Mention {
                span,
                name: span.slice(self.text).to_string(),
                kind: SpeakerKind::Unknown,
                title: None,
                gender,
                pronoun: Some((kind, gender)),
            };
            return Some((m, e));
        }
        let e = (from..to.min(from + 8))
            .find(|&k| !toks[k].word || toks[k].quoted)
            .unwrap_or(to.min(from + 8));
        // the phrase ends at punctuation, not mid-clause
        if e == from || toks.get(e).is_some_and(|t| t.word) {
            return None;
        }
        let head = toks[e - 1].lower.as_str();
        if head.len() < 3
            || head.ends_with("ly")
            || self.lex.adverbs.contains(head)
            || is_modal(head)
            || toks[from..e].iter().any(opens_clause)
        {
            return None;
        }
        let kind = if self.lex.documents.contains(head) {
            SpeakerKind::Document
        } else if self.lex.organisations.contains(head) {
            SpeakerKind::Organisation
        } else if self.lex.groups.contains(head) || (head.ends_with('s') && !head.ends_with("ss")) {
            SpeakerKind::Group
        } else if self.lex.person_nouns.contains(head) {
            SpeakerKind::Person
        } else {
            SpeakerKind::Unknown
        };
        let span = Self::span_of(toks, from, e);
        let m = self.as_named(span, kind);
        Some((m, e))
    }

    /// The subject of a cue at `j` read loosely (English): the words from the sentence's
    /// start (after a connective) to the cue, when they hold no verb, clause word or quote
    /// and open with a capital or a determiner. The mention is their first phrase, up to a
    /// comma, a parenthesis or a preposition.
    fn loose_subject(&self, toks: &[Tok], j: usize) -> Option<Mention> {
        let mut s = 0;
        while s < j
            && (!toks[s].word
                || matches!(
                    toks[s].lower.as_str(),
                    "but" | "and" | "yet" | "so" | "still" | "meanwhile" | "however" | "now"
                ))
        {
            s += 1;
        }
        if s >= j || j - s > 25 {
            return None;
        }
        let first = &toks[s];
        if !(first.cap || self.lex.determiners.contains(first.lower.as_str()))
            || crate::lexicon::is_preposition("en", &first.lower)
            || matches!(
                first.lower.as_str(),
                "if" | "when" | "while" | "although" | "though" | "as" | "because" | "since"
            )
        {
            return None;
        }
        // (a finite verb: a cue word in the phrase may be a noun or a participle,
        // "secretary of state", "a superdelegate supporting Clinton")
        let finite = |t: &Tok| {
            !t.cap
                && (t.lower.ends_with("ed")
                    || self.lex.past_verbs.contains(t.lower.as_str())
                    || (t.lower.ends_with('s') && !t.lower.ends_with("ss")))
        };
        let plain = toks[s..j].iter().all(|t| {
            !t.quoted
                && !matches!(
                    t.lower.as_str(),
                    ";" | ":"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "do"
                        | "does"
                        | "did"
                        | "that"
                        | "which"
                        | "who"
                        | "whom"
                        | "whose"
                        | "because"
                        | "if"
                        | "when"
                        | "while"
                        | "although"
                        | "though"
                        | "since"
                        | "as"
                )
                && !is_modal(&t.lower)
                && !((self.lex.cues.contains_key(t.lower.as_str())
                    || self.lex.stance.contains_key(t.lower.as_str()))
                    && finite(t))
                && !self.lex.pronouns.contains_key(t.lower.as_str())
        });
        if !plain {
            return None;
        }
        let e = (s + 1..j)
            .find(|&k| {
                matches!(toks[k].lower.as_str(), "," | "(")
                    || (!toks[k].cap && crate::lexicon::is_preposition("en", &toks[k].lower))
            })
            .unwrap_or(j);
        let span = Self::span_of(toks, s, e);
        Some(
            self.mention(toks, s, e)
                .unwrap_or_else(|| self.as_named(span, SpeakerKind::Unknown)),
        )
    }

    fn indirect_at(
        &self,
        toks: &[Tok],
        j: usize,
        after: usize,
        end: usize,
        info: CueInfo,
        out: &mut Vec<(Span, Found)>,
    ) -> Option<(Span, Found)> {
        // Verb-second: "Gegenüber der Zeitung erklärte der Minister, dass …"
        if let Some(m) = self.v2_subject(toks, j, after, end) {
            if let Some(e) = (after..end).find(|&k| toks[k].span.start >= m.span.end) {
                let mut c = e;
                while c < end
                    && (!toks[c].word || self.lex.complementizers.contains(toks[c].lower.as_str()))
                    && !toks[c].quoted
                {
                    c += 1;
                }
                if end > c + 2 {
                    let f = self.found(m, toks, j, after, info.lemma, Rule::IndirectCue, 0.75);
                    return Some((Self::span_of(toks, c, end), f));
                }
            }
        }
        // "Reyes was once asked how …", "I was told that …": in the passive the subject
        // is the one addressed, not the source (see `unsourced`)
        if self.lex.english
            && matches!(toks[j].lower.as_str(), "asked" | "told")
            && (j.saturating_sub(3)..j).any(|k| {
                !toks[k].quoted
                    && matches!(
                        toks[k].lower.as_str(),
                        "was" | "were" | "is" | "are" | "been" | "being"
                    )
            })
        {
            return None;
        }
        // Cue at the end: "CLAUSE, Smith said." / "CLAUSE, said Smith."
        // What follows "…, Smith said" may only be circumstance (in a statement, on
        // Tuesday) or an apposition after a comma, never more content.
        let tail_is_attr = |k: usize| {
            k >= end
                || (toks[k].lower == "," && !toks.get(k + 1).is_some_and(|t| t.quoted))
                || toks[k..end].iter().all(|t| {
                    !t.word
                        || (!t.quoted
                            && (self.lex.adverbs.contains(&t.lower.as_str())
                                || t.cap
                                || t.lower.chars().all(|c| c.is_ascii_digit())
                                || matches!(
                                    t.lower.as_str(),
                                    "reporters"
                                        | "in"
                                        | "a"
                                        | "an"
                                        | "statement"
                                        | "interview"
                                        | "the"
                                        | "on"
                                        | "at"
                                        | "to"
                                        | "told"
                                        | "during"
                                        | "after"
                                        | "before"
                                        | "news"
                                        | "conference"
                                        | "email"
                                        | "e-mail"
                                        | "phone"
                                        | "telephone"
                                        | "speech"
                                        | "rally"
                                        | "with"
                                        | "by"
                                        | "of"
                                        | "recently"
                                        | "afterward"
                                        | "afterwards"
                                        | "later"
                                        | "morning"
                                        | "evening"
                                        | "night"
                                        | "year"
                                        | "ago"
                                )))
                })
        };
        // "Clinton reprimanded Trump, saying that …": the sentence's subject
        if let Some(m) = self.participle_subject(toks, j) {
            return self.report_after(toks, j, after, end, info, m, 0.7);
        }
        if let Some((m, s)) = self.np_backward(toks, j, 0) {
            // (the attribution by this cue, a belief less sure than speech)
            let cued = |m: Mention, rule: Rule| {
                self.found(
                    m,
                    toks,
                    j,
                    after,
                    info.lemma,
                    rule,
                    if info.belief { 0.6 } else { 0.75 },
                )
            };
            // A parenthetical cue: "Now, she said, the two communities don't mix." The
            // report is what follows the second comma.
            // (English: the cue may keep its circumstance, "she said in the video,")
            let close = if toks.get(after).is_some_and(|t| t.lower == ",") {
                Some(after)
            } else if self.lex.english
                && (toks[j].lower.ends_with("ed")
                    || matches!(
                        toks[j].lower.as_str(),
                        "said" | "says" | "told" | "tells" | "wrote" | "writes" | "thinks"
                    ))
            {
                // (a verb by its form: "a sold-out show by the band, is set for …" is
                // no cue)
                self.circumstance_comma(toks, after, end)
            } else {
                None
            };
            // (the source stands right before its cue: not "In selling the courses, Ada
            // Reyes released a video that said, …", nor "…, Gov. Jo Kasman (R-OH), said,")
            // (at most a few adverbs between them: read no further back than six tokens)
            let adjacent = j
                .checked_sub(6)
                .is_none_or(|k| toks[k].span.start < m.span.end)
                && toks[..j]
                    .iter()
                    .rev()
                    .take_while(|t| t.span.start >= m.span.end)
                    .all(|t| {
                        self.is_adverb(t) || matches!(t.lower.as_str(), "has" | "had" | "also")
                    });
            let parenthetical = adjacent
                && s >= 1
                && toks[s - 1].lower == ","
                && close.is_some_and(|c| {
                    // (the comma may close the sentence's words: "…, he said,")
                    toks.get(c + 1..end)
                        .is_some_and(|r| r.iter().filter(|t| t.word).count() >= 2)
                        && !toks.get(c + 1).is_some_and(|t| t.quoted)
                });
            // "If Clinton is elected, he said, “we will …”": the marked quote is direct
            // speech, the words before the cue are reported
            if self.lex.english
                && adjacent
                && s >= 1
                && toks[s - 1].lower == ","
                && close.is_some_and(|c| toks.get(c + 1).is_some_and(|t| t.quoted))
            {
                if let Some(pre) = self.report_head(toks, s - 1) {
                    let f = cued(m.clone(), Rule::IndirectCue);
                    return Some((pre, f));
                }
            }
            // "As Reyes said last week, the levy is fair": the clause after the comma
            // is the report
            let as_clause = self.lex.english
                && adjacent
                && s >= 1
                && toks[s - 1].lower == "as"
                && (s == 1
                    || !toks[s - 2].word
                    || toks[s - 2].lower == "and"
                    || toks[s - 2].lower == "but");
            if let Some(c) = close.filter(|&c| {
                as_clause
                    && toks
                        .get(c + 1..end)
                        .is_some_and(|r| r.iter().filter(|t| t.word).count() >= 3)
            }) {
                let f = cued(m, Rule::IndirectCue);
                return Some((Self::span_of(toks, c + 1, end), f));
            }
            if let Some(c) = close.filter(|_| parenthetical) {
                let f = cued(m, Rule::IndirectCue);
                // The words before the cue are the report's first part ("This campaign,
                // he says, is different"): the report reads around its cue.
                if self.lex.english {
                    if let Some(pre) = self.report_head(toks, s - 1) {
                        out.push((pre, f.clone()));
                    }
                }
                return Some((Self::span_of(toks, c + 1, end), f));
            }
            // "The bill's failure was “heartbreaking,” she said.": a partial quote closes
            // the clause before the cue, its comma inside the marks; the clause is
            // reported when words (not a comma or colon) lead into the quote
            let mark_comma = self.clause_into_quote_before(toks, s);
            if mark_comma && tail_is_attr(after) {
                let f = cued(m, Rule::IndirectCueAfter);
                // (through the closing mark, so the report's marks are balanced)
                return Some((Self::span_of(toks, 0, s), f));
            }
            if s >= 2 && toks[s - 1].lower == "," && tail_is_attr(after) {
                let c = Self::span_of(toks, 0, s - 1);
                if s > 3 && !toks[..s - 1].iter().all(|t| t.quoted || !t.word) {
                    let f = cued(m, Rule::IndirectCueAfter);
                    return Some((c, f));
                }
                return None;
            }
            // "everything he said", "which even critics say.": the cue has no clause of
            // its own, the word its report stands for is before the source
            if self.lex.english && toks.get(after).is_none_or(|t| !t.word && !t.quoted) {
                let mut k = s;
                while k > 0 && self.is_adverb(&toks[k - 1]) && !toks[k - 1].quoted {
                    k -= 1;
                }
                if let Some(w) = k.checked_sub(1).map(|k| &toks[k]).filter(|w| {
                    !w.quoted
                        && matches!(
                            w.lower.as_str(),
                            "which" | "what" | "whatever" | "everything" | "anything" | "something"
                        )
                }) {
                    let f = self.found(m, toks, j, after, info.lemma, Rule::IndirectCue, 0.6);
                    return Some((w.span, f));
                }
            }
            return self.report_after(toks, j, after, end, info, m, 0.8);
        }
        // "X did not say which … but revealed that CLAUSE": the sentence's subject
        // (auxiliaries and adverbs may stand between: "… and has long said that …")
        // (an auxiliary among them, not a form of "be": "… and racially charged
        // dismissal" is no cue, "… and was seen sobbing" a passive)
        let mut v = j;
        while v > 0 && j - v < 3 && !toks[v - 1].quoted && self.is_adverb(&toks[v - 1]) {
            v -= 1;
        }
        let aux = v == j
            || toks[v..j].iter().any(|t| {
                is_modal(&t.lower)
                    || matches!(t.lower.as_str(), "has" | "have" | "had" | "did" | "does")
            });
        if aux && v >= 2 && matches!(toks[v - 1].lower.as_str(), "but" | "and") {
            if let Some((m, _)) = self.sentence_subject(toks, 0, v - 1) {
                let mut c = after;
                if toks
                    .get(c)
                    .is_some_and(|t| self.lex.complementizers.contains(t.lower.as_str()))
                {
                    c += 1;
                }
                // (a preposition is a stance's: "… and has called for X" reads below)
                let preposition = self.lex.english
                    && v < j
                    && toks
                        .get(c)
                        .is_some_and(|t| crate::lexicon::is_preposition("en", &t.lower));
                if end > c + 3 && !preposition {
                    let f = self.found(m, toks, j, after, info.lemma, Rule::IndirectCue, 0.7);
                    return Some((Self::span_of(toks, c, end), f));
                }
            }
        }
        // "Experts on North Korea and nuclear nonproliferation said …", "Rep. Jo Levin
        // (Mich.), a superdelegate, said …": a subject the phrase reader does not take
        // whole runs from the sentence's start to the cue; its first phrase is the mention
        // (the plain speech verbs in a finite form: "pledged delegates", "the continuing
        // weakness" are no cues)
        if self.lex.english
            && matches!(info.lemma, "say" | "tell" | "add" | "write")
            && !toks[j].lower.ends_with("ing")
            && j >= 1
            && toks[j - 1].word
            && !toks[j - 1].quoted
        {
            if let Some(m) = self.loose_subject(toks, j) {
                return self.report_after(toks, j, after, end, info, m, 0.6);
            }
        }
        // "Jo Lund, a leader of Germany's liberal Pirate Party, argued that …": a name
        // and its apposition, the comma closing it right before a clause cue
        if self.lex.english
            && info.clause
            && !info.belief
            && !toks[j].lower.ends_with("ing")
            && j >= 3
            && toks[j - 1].lower == ","
            && !toks[j - 1].quoted
            && toks[..j - 1].iter().filter(|t| t.lower == "," && !t.quoted).count() <= 3
            // (not "…, said Rita Katz, the director": the source after its cue)
            && !toks.get(j + 1).is_some_and(|t| t.cap)
        {
            if let Some(m) = self.loose_subject(toks, j - 1).filter(|m| {
                // (the mention is the name before the apposition: capitalised)
                m.span.slice(self.text).starts_with(char::is_uppercase)
                    && m.span.end < toks[j - 1].span.start
            }) {
                return self.report_after(toks, j, after, end, info, m, 0.6);
            }
        }
        // "CLAUSE, said Smith." (not a participle: "The mayor, citing the budget, …");
        // "This is a “raw time,” said Smith.": the clause runs through the closing mark
        let into_quote = self.clause_into_quote_before(toks, j);
        if j >= 3
            && (toks[j - 1].lower == "," || into_quote)
            && !(self.lex.english && toks[j].lower.ends_with("ing"))
        {
            if let Some((m, e2)) = self.np_forward(toks, after, end) {
                if tail_is_attr(e2) && !toks[..j - 1].iter().filter(|t| t.word).all(|t| t.quoted) {
                    let f = self.found(m, toks, j, after, info.lemma, Rule::IndirectCueAfter, 0.75);
                    let e = if into_quote { j } else { j - 1 };
                    return Some((Self::span_of(toks, 0, e), f));
                }
            }
        }
        None
    }

    /// Whether the tokens before `k` are a clause that runs into a partial quote whose
    /// closing mark stands right before `k`, its comma inside the marks ("The bill's
    /// failure was “heartbreaking,”"): plain words lead into the quote (not a comma or a
    /// colon, not markup), English only.
    fn clause_into_quote_before(&self, toks: &[Tok], k: usize) -> bool {
        self.lex.english
            && k >= 3
            && toks[k - 1].quoted
            && !toks[k - 1].word
            && toks[k - 2].quoted
            && toks[k - 2].lower == ","
            && toks[..k - 2]
                .iter()
                .position(|t| t.quoted)
                .is_some_and(|qa| {
                    qa >= 3
                        && toks[qa - 1].word
                        && toks[..qa].iter().filter(|t| t.word).count() >= 3
                        && toks[..qa]
                            .iter()
                            .all(|t| t.word || matches!(t.lower.as_str(), "," | "'s" | "’s"))
                })
    }

    /// An embedded social post credit: "— Name (@handle) date". Returns the mention and
    /// the byte where the credit starts.
    pub fn social_credit(&self, para: Span) -> Option<(Mention, Span, usize)> {
        let p = para.slice(self.text);
        // the last "(@": the last '@' (rare, found by memrchr) right after a '('
        let b = p.as_bytes();
        let at = memchr::memrchr_iter(b'@', b).find(|&j| j > 0 && b[j - 1] == b'(')? - 1;
        let dash = p[..at].rfind(['—', '–'])?;
        let name = p[dash..at].trim_start_matches(['—', '–']).trim();
        if name.is_empty() || name.split_whitespace().count() > 6 {
            return None;
        }
        let close = p[at..].find(')')? + at;
        let name_start = para.start + dash + p[dash..].find(name)?;
        let span = Span::new(name_start, name_start + name.len());
        let handle = Span::new(para.start + at + 1, para.start + close);
        Some((
            Mention {
                span,
                name: name.to_string(),
                kind: SpeakerKind::SocialAccount,
                title: None,
                gender: None,
                pronoun: None,
            },
            handle,
            para.start + dash,
        ))
    }
}

#[cfg(test)]
mod lowercase_fast_path_tests {
    use super::*;

    /// The one-character fast path answers as the character test does: every character
    /// from U+1F00 to U+20FF alone, and beside a letter.
    #[test]
    fn general_punctuation_is_its_own_lowercase() {
        for c in ('\u{80}'..='\u{20FF}').chain('\u{2F00}'..='\u{30FF}') {
            let one = c.to_string();
            let want = one.chars().all(|c| c.to_lowercase().eq([c]));
            assert_eq!(ascii_lowercase_suffices(&one), want, "{c:?}");
            let two = format!("{c}A");
            assert_eq!(ascii_lowercase_suffices(&two), want, "{c:?}");
        }
    }
}

#[cfg(test)]
mod unsourced_words_tests {
    use super::*;

    /// Every word `unsourced` keys on carries the flag that lets a token reach it.
    #[test]
    fn every_word_of_an_unsourced_report_is_flagged() {
        let words = crate::lexicon::UNSOURCED_WORDS;
        for (form, _, _) in PASSIVE_JUDGMENTS {
            assert!(words.contains(form), "{form}");
        }
        for w in [
            "seem", "seems", "seemed", "appear", "appears", "appeared", "expected", "asked",
        ] {
            assert!(words.contains(&w), "{w}");
        }
    }
}
