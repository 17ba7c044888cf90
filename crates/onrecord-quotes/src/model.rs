//! The results of an analysis: plain owned values with byte spans.

use crate::span::Span;
use serde::Serialize;

/// Index of a quote in [`QuoteAnalysis::quotes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct QuoteId(pub u32);

/// Index of a speaker in [`QuoteAnalysis::speakers`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct SpeakerId(pub u32);

/// What kind of quotation a [`Quote`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Verbatim words in marks that stand as the speaker's own sentence(s).
    Direct,
    /// A verbatim fragment in marks inside the writer's own sentence.
    Partial,
    /// Reported speech without marks (X said that …, according to X, …).
    Indirect,
    /// A quoted term with no source (a ‘superlab’, titles of works, nicknames).
    Scare,
}

impl QuoteKind {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Scare => "scare",
        }
    }
}

/// The attribution rule that gave a quote its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// “…,” NAME said / NAME told …: cue and speaker after the quote.
    QuoteCueSpeaker,
    /// “…,” said NAME: inverted order after the quote.
    QuoteSpeakerInverted,
    /// NAME said: “…” / NAME said that “…”: cue and speaker before the quote.
    SpeakerCueQuote,
    /// According to NAME, … / as reported by NAME, …
    AccordingTo,
    /// NAME: … (a colon after a name, a headline or a transcript line).
    Colon,
    /// Speaker of a cue elsewhere in the same paragraph.
    SameParagraph,
    /// A quote standing alone, continuing the speaker of the paragraph before.
    Continuation,
    /// A quote running on from the paragraph before (multi-paragraph quote).
    MultiParagraph,
    /// An embedded social post: — Name (@handle) date.
    SocialPost,
    /// A credit line under a quote: a paragraph of a dash and a name ("— Ann Lutz, Toledo.").
    CreditLine,
    /// Reported speech: NAME said (that) …
    IndirectCue,
    /// Reported speech with the cue after: …, NAME said.
    IndirectCueAfter,
    /// An impression or expectation with no source named ("X seems to …", "X is expected
    /// to …"): the quote has a cue and no speaker.
    Unsourced,
}

impl Rule {
    /// The kebab-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::QuoteCueSpeaker => "quote-cue-speaker",
            Rule::QuoteSpeakerInverted => "quote-speaker-inverted",
            Rule::SpeakerCueQuote => "speaker-cue-quote",
            Rule::AccordingTo => "according-to",
            Rule::Colon => "colon",
            Rule::SameParagraph => "same-paragraph",
            Rule::Continuation => "continuation",
            Rule::MultiParagraph => "multi-paragraph",
            Rule::SocialPost => "social-post",
            Rule::CreditLine => "credit-line",
            Rule::IndirectCue => "indirect-cue",
            Rule::IndirectCueAfter => "indirect-cue-after",
            Rule::Unsourced => "unsourced",
        }
    }
}

/// The cue that introduces a quote: a reporting verb or phrase, or a colon.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Cue {
    /// Where the cue stands.
    pub span: Span,
    /// Its dictionary form (say, tell, according to, :).
    pub lemma: String,
}

/// One quotation found in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// Position in the list (ordered by `span.start`).
    pub id: QuoteId,
    /// Direct, partial, indirect or scare.
    pub kind: QuoteKind,
    /// The marks and what they enclose (direct/partial/scare), or the reported clause.
    pub span: Span,
    /// The quoted words without the marks.
    pub content: Span,
    /// Who said it, when known.
    pub speaker: Option<SpeakerId>,
    /// The mention of the speaker that the attribution used (may be a pronoun).
    pub mention: Option<Span>,
    /// The cue that links quote and speaker.
    pub cue: Option<Cue>,
    /// The rule that fired.
    pub rule: Option<Rule>,
    /// Confidence in the attribution (or, unattributed, in the quote itself), in 0..1.
    pub confidence: f32,
    /// Paragraph index (0-based, in the document).
    pub paragraph: u32,
    /// Sentence index (0-based, within its paragraph).
    pub sentence: u32,
    /// The enclosing quote when this one is nested inside another.
    pub parent: Option<QuoteId>,
    /// The previous segment when this quote continues one from the paragraph before.
    pub continues: Option<QuoteId>,
}

/// What kind of source a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    /// A named or described person.
    Person,
    /// A company, agency, government body, newspaper.
    Organisation,
    /// A memo, report, statement, ruling.
    Document,
    /// Several people: analysts, officials, critics.
    Group,
    /// A social media account (— Name (@handle)).
    SocialAccount,
    /// Not known (a bare pronoun with no antecedent, say).
    Unknown,
}

impl SpeakerKind {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Document => "document",
            SpeakerKind::Group => "group",
            SpeakerKind::SocialAccount => "social_account",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

/// Gender as the text itself signals it (pronouns, honorifics); never guessed from names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// he/him/his, Mr.
    Male,
    /// she/her, Ms., Mrs.
    Female,
}

impl Gender {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Male => "male",
            Gender::Female => "female",
        }
    }
}

/// A source: mentions of one person, organisation, document or group, clustered.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Speaker {
    /// Position in the list.
    pub id: SpeakerId,
    /// Canonical name (the fullest name the text gives, without title).
    pub name: String,
    /// Person, organisation, document, group, social account or unknown.
    pub kind: SpeakerKind,
    /// Title or role when the text gives one (Immigration Minister).
    pub title: Option<String>,
    /// Gender when the text signals it.
    pub gender: Option<Gender>,
    /// Every mention of the speaker used in an attribution, in text order.
    pub mentions: Vec<Span>,
}

/// Quotes and speakers of one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct QuoteAnalysis {
    /// Quotes ordered by position.
    pub quotes: Vec<Quote>,
    /// Speakers in order of first mention.
    pub speakers: Vec<Speaker>,
}

impl QuoteAnalysis {
    /// The speaker of a quote, when it has one.
    pub fn speaker_of(&self, quote: &Quote) -> Option<&Speaker> {
        quote
            .speaker
            .and_then(|SpeakerId(i)| self.speakers.get(i as usize))
    }
}
