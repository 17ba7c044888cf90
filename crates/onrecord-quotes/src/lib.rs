//! onrecord's core: the text model, the quote finder, attribution and speaker
//! clustering.
//!
//! ```
//! use onrecord_quotes::{Extractor, QuoteKind};
//!
//! let text = "“We will not back down,” Mayor Ada Reyes said on Monday.";
//! let analysis = Extractor::english().analyze(text);
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.kind, QuoteKind::Direct);
//! assert_eq!(quote.content.slice(text), "We will not back down,");
//! assert_eq!(analysis.speaker_of(quote).map(|s| s.name.as_str()), Some("Ada Reyes"));
//! ```
mod attribute;
#[doc(hidden)]
pub mod fx;
mod lexicon;
mod marks;
mod model;
mod pipeline;
mod span;
pub mod text;

pub use model::*;
pub use pipeline::{Error, Extractor, LANGUAGES};
pub use span::{CharIndex, OffsetUnit, Span};
