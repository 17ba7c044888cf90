//! onrecord's claim tagger: which parts of a quote (or any text) make checkable claims,
//! what kind of check each needs, the exact figures with their hedges, the time references,
//! and where the article itself gives a different figure.
//!
//! ```
//! use onrecord_claims::{ClaimType, Tagger};
//! let tagger = Tagger::english();
//! let claims = tagger.tag_text("Deaths rose by 23% to more than 70,000 last year.");
//! assert!(claims[0].types.contains(&ClaimType::Trend));
//! assert_eq!(claims[0].quantities[0].value, Some(23.0));
//! ```

use std::sync::Arc;

pub use onrecord_quotes::{CharIndex, OffsetUnit, Span};
use serde::Serialize;

mod classify;
mod figures;
mod lex;
mod quant;
pub mod report;
mod time;
mod tok;

pub use time::{Date, Interval, TimeKind, TimeRef};

/// The kind of claim a clause makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimType {
    /// A figure about the world (80,000 Americans).
    Quantity,
    /// A comparison (more than, largest, hundreds of times as much).
    Comparison,
    /// A change over time (rose by 23%, increasing, shifted from … to …).
    Trend,
    /// A cause and its effect (killed by, resulting in, leads to, because).
    Causal,
    /// A forecast (will rise, is set to, expected to).
    Prediction,
    /// A commitment to act (we will build, he was going to give, pledge to).
    Promise,
    /// A rule: laws, orders, mandates, penalties, designations, bans.
    Rule,
    /// First-hand experience (I have seen, I've met).
    Experience,
    /// An evaluation with nothing to check.
    Opinion,
}

/// How strong a causal link is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CausalKind {
    /// A stated cause (because, led to, killed by): the claim has type `causal`.
    Direct,
    /// A correlation only (linked to, associated with): not typed `causal`.
    Correlation,
    /// A hedged link (may cause, could lead to): not typed `causal`.
    Hedged,
}

/// A bound on a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// more than, over, above, exceeding
    MoreThan,
    /// at least, no less than, or more
    AtLeast,
    /// less than, fewer than, under, below
    LessThan,
    /// up to, at most, no more than, as many as, or less
    AtMost,
    /// exactly, only, just
    Exactly,
}

/// A change a figure describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    /// The figure is a rise (rose by 23%, up 4%).
    Up,
    /// The figure is a fall (fell 5%, down 2 points).
    Down,
    /// The figure is the level reached (rose to 70,000, fell to 5%).
    To,
    /// The figure is the level left (up from 2.4 million).
    From,
}

/// A figure in the text.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Quantity {
    /// Byte span in the document, including approximator or bound words before it.
    pub span: Span,
    /// The value (80,000 → 80000; 95 million → 95000000; 25% → 25). `None` for ranges.
    pub value: Option<f64>,
    /// A range as (low, high): between 20 and 30, 252-287, hundreds of.
    pub range: Option<(f64, f64)>,
    /// The unit or thing counted as written (percent, kilograms, Americans, $).
    pub unit: Option<String>,
    /// Whether an approximator (about, some, nearly, an estimated) or a vague number word
    /// (hundreds of) makes the figure approximate.
    pub approx: bool,
    /// A bound (more than, at least, up to, less than).
    pub bound: Option<Bound>,
    /// A change (rose by → up; fell → down; rose to → to).
    pub change: Option<Change>,
    /// The approximator or bound words as written ("some", "more than").
    pub modifier: Option<String>,
    /// ISO 4217 currency code for money (USD, EUR, GBP…).
    pub currency: Option<String>,
    /// A rate (per year, per day, per share).
    pub rate: Option<String>,
    /// What the figure is about when no unit follows it, from the sentence's subject
    /// ("fentanyl deaths rose to 70,000" → "deaths").
    pub about: Option<String>,
}

impl Quantity {
    pub(crate) fn new(span: Span) -> Quantity {
        Quantity {
            span,
            ..Quantity::default()
        }
    }
}

/// How a quoted figure relates to another figure in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// Within 2% of each other (or consistent with the other's bound).
    Agrees,
    /// Different figures about the same thing.
    Differs,
}

/// A quoted figure set beside another figure of the article about the same thing.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureCheck {
    /// Span of the claim's own quantity being checked.
    pub quantity: Span,
    /// Span of the article's other figure.
    pub other: Span,
    /// The other figure's value (the low end for a range).
    pub value: f64,
    /// Agrees or differs.
    pub relation: Relation,
    /// The claim's value minus the other value.
    pub difference: f64,
    /// The claim's value divided by the other value, when that is defined.
    pub ratio: Option<f64>,
    /// The unit or thing both figures count.
    pub unit: Option<String>,
}

/// One checkable clause.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Byte span of the clause in the document.
    pub span: Span,
    /// Its types, sorted, without repeats.
    pub types: Vec<ClaimType>,
    /// Check-worthiness in 0..1.
    pub score: f32,
    /// `score >= 0.5`.
    pub checkworthy: bool,
    /// Figures in the clause.
    pub quantities: Vec<Quantity>,
    /// Time references in the clause.
    pub time: Vec<TimeRef>,
    /// Other figures of the article about the same things (filled by
    /// [`Tagger::check_figures`]).
    pub figure_checks: Vec<FigureCheck>,
    /// The strength of a causal link, when the clause states one (direct, or a
    /// correlation or hedged link that is not typed `causal`).
    pub causal: Option<CausalKind>,
}

/// The claim tagger. Built once, immutable, cheap to clone and share across threads.
///
/// Its only state is memory: the room [`Tagger::check_figures`] reads an article's figures
/// into is kept for the next article, one vector shared by a tagger and its clones, up to
/// 512 MB of room.
#[derive(Clone)]
pub struct Tagger {
    lex: Arc<lex::Lexicons>,
    /// Room for an article's figures, kept between articles (shared by clones).
    article: Arc<ArticlePool>,
}

/// The room [`Tagger::check_figures`] read the last article's figures into, emptied, lent
/// to the next article instead of allocating anew.
///
/// The figures of a long article take more room than the allocator keeps in its heap
/// (glibc's malloc maps a block of 32 MB or more fresh from the kernel and unmaps it when
/// freed): without it, each check of a 100 MB article would touch some 150 MB of new,
/// zeroed pages, a cost per byte that short articles do not pay. Retained memory is
/// bounded: one vector per tagger (with its clones), the largest put back, and none with
/// room above [`ArticlePool::MAX_ROOM`] bytes. A concurrent check that finds the pool empty
/// allocates its own.
#[derive(Default)]
struct ArticlePool(std::sync::Mutex<Vec<Quantity>>);

impl ArticlePool {
    /// The most room kept between articles, in bytes.
    const MAX_ROOM: usize = 1 << 29;

    /// The pooled vector (empty), or a new one.
    fn lend(&self) -> Vec<Quantity> {
        let mut v = self
            .0
            .lock()
            .map(|mut kept| std::mem::take(&mut *kept))
            .unwrap_or_default();
        v.clear();
        v
    }

    /// Keeps `v` (emptied) for the next article when its room is at most
    /// [`ArticlePool::MAX_ROOM`] and more than that of the vector kept.
    fn put_back(&self, mut v: Vec<Quantity>) {
        v.clear();
        if v.capacity() * std::mem::size_of::<Quantity>() > ArticlePool::MAX_ROOM {
            return;
        }
        // (the vector given up is freed once the lock is released)
        let _given_up = match self.0.lock() {
            Ok(mut kept) if kept.capacity() < v.capacity() => std::mem::replace(&mut *kept, v),
            _ => v,
        };
    }
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tagger(english)")
    }
}

impl Default for Tagger {
    fn default() -> Self {
        Tagger::english()
    }
}

/// Shrinks `span` to `text`'s length and char boundaries.
fn clamp_span(text: &str, span: Span) -> Span {
    let mut s = span.start.min(text.len());
    let mut e = span.end.min(text.len()).max(s);
    while s > 0 && !text.is_char_boundary(s) {
        s -= 1;
    }
    while e < text.len() && !text.is_char_boundary(e) {
        e += 1;
    }
    // a span inside the input: move inwards instead when the outward move leaves it
    if s < span.start.min(text.len()) {
        s = span.start.min(text.len());
        while s < e && !text.is_char_boundary(s) {
            s += 1;
        }
    }
    if e > span.end {
        e = span.end.min(text.len());
        while e > s && !text.is_char_boundary(e) {
            e -= 1;
        }
    }
    Span::new(s, e.max(s))
}

impl Tagger {
    /// The English tagger with the compiled-in lexicons.
    pub fn english() -> Tagger {
        Tagger {
            lex: Arc::new(lex::Lexicons::english()),
            article: Arc::default(),
        }
    }

    /// The article's dateline: the first full date near its start (" date 2025-01-23 ",
    /// "WASHINGTON, Jan. 5, 2024 —", "January 5, 2024"), used to resolve time references.
    pub fn dateline(&self, text: &str) -> Option<Date> {
        time::find_dateline(&self.lex, text)
    }

    /// Claims inside `span` of `text`. `span` is in document byte offsets; the returned
    /// spans are document byte offsets inside `span`. Time references are resolved against
    /// the dateline found at the start of `text`.
    pub fn tag(&self, text: &str, span: Span) -> Vec<Claim> {
        // (the dateline is looked for only when a time reference needs it)
        let dl = std::cell::OnceCell::new();
        self.tag_in(
            text,
            span,
            time::Dateline::Lazy(&dl),
            &mut classify::Scratch::default(),
        )
    }

    /// Like [`Tagger::tag`], with the dateline given (or none).
    pub fn tag_with_dateline(&self, text: &str, span: Span, dateline: Option<Date>) -> Vec<Claim> {
        self.tag_in(
            text,
            span,
            time::Dateline::Known(dateline),
            &mut classify::Scratch::default(),
        )
    }

    /// The claims of each span of `text`, as [`Tagger::tag`] finds them (none for a `None`):
    /// the dateline of `text` is looked for once, and only when a time reference needs it.
    pub fn tag_spans<I>(&self, text: &str, spans: I) -> Vec<Vec<Claim>>
    where
        I: IntoIterator<Item = Option<Span>>,
    {
        let dl = std::cell::OnceCell::new();
        // one set of buffers for all the spans
        let mut scratch = classify::Scratch::default();
        spans
            .into_iter()
            .map(|span| match span {
                Some(span) => self.tag_in(text, span, time::Dateline::Lazy(&dl), &mut scratch),
                None => Vec::new(),
            })
            .collect()
    }

    fn tag_in(
        &self,
        text: &str,
        span: Span,
        dateline: time::Dateline<'_>,
        scratch: &mut classify::Scratch,
    ) -> Vec<Claim> {
        let span = clamp_span(text, span);
        if span.is_empty() {
            return Vec::new();
        }
        classify::tag(&self.lex, text, span, dateline, scratch)
    }

    /// Claims in the whole text (the same as [`Tagger::tag`] over `0..text.len()`).
    pub fn tag_text(&self, text: &str) -> Vec<Claim> {
        self.tag(text, Span::new(0, text.len()))
    }

    /// Check-worthiness features of `text` as one clause: a tuning aid, not a stable API.
    #[doc(hidden)]
    pub fn checkworthy_features(&self, text: &str) -> Vec<f32> {
        classify::text_features(&self.lex, text)
    }

    /// All figures in `span` of `text` (with no claim structure).
    pub fn quantities(&self, text: &str, span: Span) -> Vec<Quantity> {
        let span = clamp_span(text, span);
        let mut arena = String::new();
        classify::quantities(
            &self.lex,
            text,
            span,
            time::Dateline::Known(None),
            &mut arena,
        )
        .quantities
    }

    /// Article-level figure checks: for each claim in `quote_claims` (the claims of the
    /// quotes, grouped per quote), sets `figure_checks` by comparing its quantities with the
    /// article's other figures about the same thing found anywhere in `text` outside that
    /// claim's span.
    pub fn check_figures(&self, text: &str, quote_claims: &mut [Vec<Claim>]) {
        let mut article = self.article.lend();
        figures::check(&self.lex, text, quote_claims, &mut article);
        self.article.put_back(article);
    }
}

#[cfg(test)]
mod tests;
