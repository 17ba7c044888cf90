//! **onrecord** reads news text and finds what was quoted, who said it, and what claims
//! those quotes make.
//!
//! Build a [`Pipeline`] once and apply it to many texts; every result owns its data and
//! carries byte [`Span`]s into the text it came from.
//!
//! ```
//! let pipeline = onrecord::Pipeline::english();
//! let text = "“Prices rose 12% last year,” Finance Minister Ada Reyes told reporters.";
//! let analysis = pipeline.analyze(text);
//! let quote = &analysis.quotes()[0];
//! assert_eq!(quote.kind, onrecord::QuoteKind::Direct);
//! assert_eq!(quote.content.slice(text), "Prices rose 12% last year,");
//! let speaker = analysis.speaker_of(quote).expect("attributed");
//! assert_eq!(speaker.name, "Ada Reyes");
//! assert_eq!(speaker.title.as_deref(), Some("Finance Minister"));
//! ```
//!
//! The JSON contract (code-point offsets by default) comes from [`report`], the readable
//! rendering used in snapshot tests from [`render`].

pub mod render;
pub mod report;

pub use onrecord_claims as claims;
pub use onrecord_claims::{Claim, ClaimType, Tagger};
pub use onrecord_quotes as quotes;
pub use onrecord_quotes::{
    CharIndex, Cue, Gender, OffsetUnit, Quote, QuoteId, QuoteKind, Rule, Span, Speaker, SpeakerId,
    SpeakerKind,
};

use std::sync::Arc;

/// Errors from building a pipeline.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The language code is not one onrecord knows.
    #[error("unknown language code `{0}`; expected one of en, de, fr, es, auto")]
    UnknownLanguage(String),
}

impl From<onrecord_quotes::Error> for Error {
    fn from(e: onrecord_quotes::Error) -> Error {
        match e {
            onrecord_quotes::Error::UnknownLanguage(code) => Error::UnknownLanguage(code),
            _ => Error::UnknownLanguage(String::new()),
        }
    }
}

/// Language codes a pipeline accepts; `auto` detects the language of each document.
pub const LANGUAGES: &[&str] = &["en", "de", "fr", "es", "auto"];

#[derive(Debug)]
struct Inner {
    quotes: onrecord_quotes::Extractor,
    tagger: Tagger,
    language: String,
    claims: bool,
}

/// The analysis pipeline: immutable, cheap to clone (an `Arc` inside), `Send + Sync`.
///
/// Its only state is memory: the big buffers of the last document analysed are kept (and
/// shared by clones) for the next, so a corpus of long documents is not analysed in
/// freshly mapped memory each time; see [`quotes::Extractor`] and [`Tagger`] for the bounds.
#[derive(Clone, Debug)]
pub struct Pipeline {
    inner: Arc<Inner>,
}

/// Options for a [`Pipeline`].
#[derive(Clone, Debug)]
pub struct PipelineBuilder {
    language: String,
    claims: bool,
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder {
            language: "auto".to_string(),
            claims: true,
        }
    }
}

impl PipelineBuilder {
    /// The language of the texts (`en`, `de`, `fr`, `es`, or `auto` to detect it per
    /// document from its quote marks and function words).
    pub fn language(mut self, code: &str) -> Self {
        self.language = code.to_string();
        self
    }

    /// Whether to tag claims inside quotes (on by default).
    pub fn claims(mut self, on: bool) -> Self {
        self.claims = on;
        self
    }

    /// Builds the pipeline, checking the options.
    pub fn build(self) -> Result<Pipeline, Error> {
        let quotes = onrecord_quotes::Extractor::for_language(&self.language)?;
        Ok(Pipeline {
            inner: Arc::new(Inner {
                quotes,
                tagger: Tagger::english(),
                language: self.language,
                claims: self.claims,
            }),
        })
    }
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::english()
    }
}

impl Pipeline {
    /// The English pipeline with every stage on.
    pub fn english() -> Pipeline {
        let inner = Inner {
            quotes: onrecord_quotes::Extractor::english(),
            tagger: Tagger::english(),
            language: "en".to_string(),
            claims: true,
        };
        Pipeline {
            inner: Arc::new(inner),
        }
    }

    /// A pipeline for `code` (`en`, `de`, `fr`, `es` or `auto`), every stage on.
    pub fn for_language(code: &str) -> Result<Pipeline, Error> {
        Pipeline::builder().language(code).build()
    }

    /// The language the pipeline uses for `text` (detected when built with `auto`).
    pub fn language_of(&self, text: &str) -> &'static str {
        self.inner.quotes.language_of(text)
    }

    /// A builder for custom options.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The language code this pipeline was built for.
    pub fn language(&self) -> &str {
        &self.inner.language
    }

    /// Whether claims are tagged.
    pub fn claims_enabled(&self) -> bool {
        self.inner.claims
    }

    /// Quotes, speakers and claims of `text`. Infallible on any input.
    pub fn analyze(&self, text: &str) -> Analysis {
        let qa = self.inner.quotes.analyze(text);
        let claims = if self.inner.claims {
            // scare quotes and quotes inside others are not tagged
            let spans = qa
                .quotes
                .iter()
                .map(|q| (q.kind != QuoteKind::Scare && q.parent.is_none()).then_some(q.content));
            let mut claims = self.inner.tagger.tag_spans(text, spans);
            self.inner.tagger.check_figures(text, &mut claims);
            claims
        } else {
            vec![Vec::new(); qa.quotes.len()]
        };
        Analysis {
            quotes: qa.quotes,
            speakers: qa.speakers,
            claims,
        }
    }

    /// Claims in any plain text (a transcript, a sentence), not only in quotes.
    pub fn tag_claims(&self, text: &str) -> Vec<Claim> {
        self.inner.tagger.tag_text(text)
    }
}

/// The result of [`Pipeline::analyze`]: owned values with byte spans into the text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    quotes: Vec<Quote>,
    speakers: Vec<Speaker>,
    claims: Vec<Vec<Claim>>,
}

impl Analysis {
    /// Quotes ordered by position.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// Speakers in order of first mention.
    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }

    /// The speaker of a quote.
    pub fn speaker_of(&self, quote: &Quote) -> Option<&Speaker> {
        quote
            .speaker
            .and_then(|SpeakerId(i)| self.speakers.get(i as usize))
    }

    /// The claims inside a quote.
    pub fn claims_of(&self, id: QuoteId) -> &[Claim] {
        self.claims.get(id.0 as usize).map_or(&[], Vec::as_slice)
    }

    /// Every claim with the quote it belongs to.
    pub fn claims(&self) -> impl Iterator<Item = (&Quote, &Claim)> {
        self.quotes
            .iter()
            .zip(&self.claims)
            .flat_map(|(q, cs)| cs.iter().map(move |c| (q, c)))
    }

    /// The JSON-contract view of this analysis, with offsets in `unit`.
    pub fn report(
        &self,
        text: &str,
        id: Option<serde_json::Value>,
        unit: OffsetUnit,
    ) -> report::Document {
        report::Document::new(self, text, id, unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oibits() {
        fn assert_all<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
        assert_all::<Pipeline>();
        assert_all::<Analysis>();
        assert_all::<Span>();
        assert_all::<report::Document>();
    }

    /// The buffers a pipeline keeps between documents carry nothing over: each analysis
    /// equals a new pipeline's, whatever came before (a long text, shorter ones, from a
    /// clone sharing the buffers).
    #[test]
    fn kept_buffers_carry_nothing_over() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .expect("sample articles")
            .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
            .collect();
        texts.sort();
        let long = texts.join("\n\n");
        for code in ["en", "auto"] {
            let p = Pipeline::for_language(code).expect("pipeline");
            let clone = p.clone();
            let order = std::iter::once(&long).chain(&texts).chain([&long]);
            for (i, t) in order.enumerate() {
                let fresh = Pipeline::for_language(code).expect("pipeline").analyze(t);
                let kept = if i % 2 == 0 { &p } else { &clone };
                assert_eq!(kept.analyze(t), fresh, "{code} text {i}");
            }
        }
    }

    #[test]
    fn unknown_language_is_an_error() {
        let err = Pipeline::builder().language("xx").build().err();
        assert_eq!(
            err.map(|e| e.to_string()).as_deref(),
            Some("unknown language code `xx`; expected one of en, de, fr, es, auto")
        );
    }
}
