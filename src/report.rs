//! The JSON contract, in one place: serde structs in the contract's field order, with
//! spans already converted (code points by default) through one [`CharIndex`] per
//! document. The CLI, the Python binding and snapshot tests all go through here.

use crate::{Analysis, CharIndex, OffsetUnit, Span};
use onrecord_claims::report::ClaimReport;
use serde::Serialize;

/// A span in the report's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SpanReport {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

/// A span with the text it covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The covered text.
    pub text: String,
}

/// A cue with its lemma.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CueReport {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The covered text.
    pub text: String,
    /// Dictionary form.
    pub lemma: String,
}

/// One quote in the contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteReport {
    /// Quote id (its index).
    pub id: u32,
    /// direct, partial, indirect or scare.
    pub kind: &'static str,
    /// Marks and content, or the reported clause.
    pub span: SpanReport,
    /// The quoted words without marks.
    pub content: SpanReport,
    /// The content's text.
    pub text: String,
    /// Speaker id, or null.
    pub speaker: Option<u32>,
    /// The mention the attribution used.
    pub mention: Option<TextSpan>,
    /// The cue.
    pub cue: Option<CueReport>,
    /// The rule that fired.
    pub rule: Option<&'static str>,
    /// Confidence in 0..1.
    pub confidence: f64,
    /// Paragraph index (0-based).
    pub paragraph: u32,
    /// Sentence index within the paragraph (0-based).
    pub sentence: u32,
    /// Claims inside the quote.
    pub claims: Vec<ClaimReport>,
    /// The enclosing quote of a nested quote.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<u32>,
    /// The previous segment of a quote running over several paragraphs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub continues: Option<u32>,
}

/// One speaker in the contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpeakerReport {
    /// Speaker id (its index).
    pub id: u32,
    /// Canonical name.
    pub name: String,
    /// person, organisation, document, group, social_account or unknown.
    pub kind: &'static str,
    /// Title or role.
    pub title: Option<String>,
    /// male or female, when the text signals it.
    pub gender: Option<&'static str>,
    /// Mentions used in attributions.
    pub mentions: Vec<TextSpan>,
}

/// One document in the contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// The caller's document id (null when none was given).
    pub id: Option<serde_json::Value>,
    /// Quotes by position.
    pub quotes: Vec<QuoteReport>,
    /// Speakers by first mention.
    pub speakers: Vec<SpeakerReport>,
}

/// Rounds a confidence for stable, readable output.
pub(crate) fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

struct Conv<'a> {
    text: &'a str,
    index: &'a CharIndex,
    unit: OffsetUnit,
}

impl Conv<'_> {
    fn span(&self, s: Span) -> SpanReport {
        let c = s.to_units(self.index, self.unit);
        SpanReport {
            start: c.start,
            end: c.end,
        }
    }
    fn text_span(&self, s: Span) -> TextSpan {
        let c = s.to_units(self.index, self.unit);
        TextSpan {
            start: c.start,
            end: c.end,
            text: s.get(self.text).unwrap_or_default().to_string(),
        }
    }
}

impl Document {
    /// Builds the report of `analysis` over `text` with offsets in `unit`.
    pub fn new(
        analysis: &Analysis,
        text: &str,
        id: Option<serde_json::Value>,
        unit: OffsetUnit,
    ) -> Document {
        let index = CharIndex::new(text);
        let cv = Conv {
            text,
            index: &index,
            unit,
        };
        let quotes = analysis
            .quotes()
            .iter()
            .map(|q| QuoteReport {
                id: q.id.0,
                kind: q.kind.as_str(),
                span: cv.span(q.span),
                content: cv.span(q.content),
                text: q.content.get(text).unwrap_or_default().to_string(),
                speaker: q.speaker.map(|s| s.0),
                mention: q.mention.map(|m| cv.text_span(m)),
                cue: q.cue.as_ref().map(|c| {
                    let t = cv.text_span(c.span);
                    CueReport {
                        start: t.start,
                        end: t.end,
                        text: t.text,
                        lemma: c.lemma.clone(),
                    }
                }),
                rule: q.rule.map(|r| r.as_str()),
                confidence: round3(q.confidence),
                paragraph: q.paragraph,
                sentence: q.sentence,
                claims: analysis
                    .claims_of(q.id)
                    .iter()
                    .map(|c| c.report(text, &index, unit))
                    .collect(),
                parent: q.parent.map(|p| p.0),
                continues: q.continues.map(|p| p.0),
            })
            .collect();
        let speakers = analysis
            .speakers()
            .iter()
            .map(|s| SpeakerReport {
                id: s.id.0,
                name: s.name.clone(),
                kind: s.kind.as_str(),
                title: s.title.clone(),
                gender: s.gender.map(|g| g.as_str()),
                mentions: s.mentions.iter().map(|&m| cv.text_span(m)).collect(),
            })
            .collect();
        Document {
            id,
            quotes,
            speakers,
        }
    }

    /// The report as one line of JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":{:?}}}", e.to_string()))
    }
}

/// Claims of plain text in the contract: `{"id", "claims": [...]}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimsDocument {
    /// The caller's document id.
    pub id: Option<serde_json::Value>,
    /// Claims in the text.
    pub claims: Vec<ClaimReport>,
}

impl ClaimsDocument {
    /// Builds the claims report of `text`.
    pub fn new(
        claims: &[onrecord_claims::Claim],
        text: &str,
        id: Option<serde_json::Value>,
        unit: OffsetUnit,
    ) -> ClaimsDocument {
        let index = CharIndex::new(text);
        ClaimsDocument {
            id,
            claims: claims
                .iter()
                .map(|c| c.report(text, &index, unit))
                .collect(),
        }
    }
}
