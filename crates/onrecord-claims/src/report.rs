//! Serializable views of claims for the JSON contract (DESIGN.md, "Output"): spans in the
//! requested offset unit, covered text beside them, fields in the contract's order.

use serde::Serialize;

use crate::{
    Bound, CausalKind, Change, CharIndex, Claim, ClaimType, Interval, OffsetUnit, Relation, Span,
    TimeKind,
};

/// A span in the report's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SpanReport {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

/// A span in the report's unit with the text it covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextSpanReport {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The covered text.
    pub text: String,
}

/// A quantity as reported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuantityReport {
    /// Where it is.
    pub span: SpanReport,
    /// The value, or null for a range.
    pub value: Option<f64>,
    /// `[low, high]` or null.
    pub range: Option<[f64; 2]>,
    /// Unit or thing counted.
    pub unit: Option<String>,
    /// Whether it is approximate.
    pub approx: bool,
    /// Bound, or null.
    pub bound: Option<Bound>,
    /// Change, or null.
    pub change: Option<Change>,
    /// The covered text.
    pub text: String,
    /// The approximator or bound words as written.
    pub modifier: Option<String>,
    /// ISO currency code for money.
    pub currency: Option<String>,
    /// Rate (per year).
    pub rate: Option<String>,
    /// What it is about, from the sentence's subject.
    pub about: Option<String>,
}

/// A time reference as reported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimeReport {
    /// Where it is.
    pub span: SpanReport,
    /// The covered text.
    pub text: String,
    /// What it names.
    pub kind: TimeKind,
    /// Dates covered (`{"start": "YYYY-MM-DD", "end": …}`), or null.
    pub resolved: Option<Interval>,
}

/// A figure check as reported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureCheckReport {
    /// The article's other figure.
    pub other: TextSpanReport,
    /// Its value.
    pub value: f64,
    /// agrees | differs
    pub relation: Relation,
    /// The claim's figure this is checked against.
    pub quantity: TextSpanReport,
    /// Claim value minus the other value.
    pub difference: f64,
    /// Claim value divided by the other value.
    pub ratio: Option<f64>,
    /// What both count.
    pub unit: Option<String>,
}

/// A claim as reported, in the contract's field order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimReport {
    /// Where it is.
    pub span: SpanReport,
    /// Its types.
    pub types: Vec<ClaimType>,
    /// Check-worthiness in 0..1.
    pub score: f32,
    /// score ≥ 0.5
    pub checkworthy: bool,
    /// Figures.
    pub quantities: Vec<QuantityReport>,
    /// Time references.
    pub time: Vec<TimeReport>,
    /// Other figures of the article about the same things.
    pub figure_checks: Vec<FigureCheckReport>,
    /// The covered text.
    pub text: String,
    /// direct | correlation | hedged, or null.
    pub causal: Option<CausalKind>,
}

fn sp(s: Span, index: &CharIndex, unit: OffsetUnit) -> SpanReport {
    let u = s.to_units(index, unit);
    SpanReport {
        start: u.start,
        end: u.end,
    }
}

fn covered(s: Span, text: &str) -> String {
    s.get(text).unwrap_or("").to_string()
}

fn tsp(s: Span, text: &str, index: &CharIndex, unit: OffsetUnit) -> TextSpanReport {
    let u = s.to_units(index, unit);
    TextSpanReport {
        start: u.start,
        end: u.end,
        text: covered(s, text),
    }
}

impl Claim {
    /// The claim as reported: every span converted with `index` to `unit`, texts beside.
    pub fn report(&self, text: &str, index: &CharIndex, unit: OffsetUnit) -> ClaimReport {
        ClaimReport {
            span: sp(self.span, index, unit),
            types: self.types.clone(),
            score: self.score,
            checkworthy: self.checkworthy,
            quantities: self
                .quantities
                .iter()
                .map(|q| QuantityReport {
                    span: sp(q.span, index, unit),
                    value: q.value,
                    range: q.range.map(|(a, b)| [a, b]),
                    unit: q.unit.clone(),
                    approx: q.approx,
                    bound: q.bound,
                    change: q.change,
                    text: covered(q.span, text),
                    modifier: q.modifier.clone(),
                    currency: q.currency.clone(),
                    rate: q.rate.clone(),
                    about: q.about.clone(),
                })
                .collect(),
            time: self
                .time
                .iter()
                .map(|t| TimeReport {
                    span: sp(t.span, index, unit),
                    text: covered(t.span, text),
                    kind: t.kind,
                    resolved: t.resolved,
                })
                .collect(),
            figure_checks: self
                .figure_checks
                .iter()
                .map(|f| FigureCheckReport {
                    other: tsp(f.other, text, index, unit),
                    value: f.value,
                    relation: f.relation,
                    quantity: tsp(f.quantity, text, index, unit),
                    difference: f.difference,
                    ratio: f.ratio,
                    unit: f.unit.clone(),
                })
                .collect(),
            text: covered(self.span, text),
            causal: self.causal,
        }
    }
}
