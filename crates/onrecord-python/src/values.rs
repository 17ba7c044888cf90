//! The result value classes: `Span`, `Mention`, `Cue`, `Quantity`, `TimeRef`,
//! `FigureCheck`, `Claim`, `Speaker` and `Quote`.
//!
//! Each is a frozen pyclass of plain Rust data, built from the JSON contract. Each has a
//! constructor taking its fields (so it pickles and deep-copies through
//! `__getnewargs__`), equality, a short eval-like `__repr__`, and `to_dict()` returning
//! exactly its part of the contract. Fields that the report gains before this binding
//! learns about them are kept in `extra` and returned by `to_dict()`.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use serde_json::Value;

use crate::json::{dict_from_py, map_to_py, to_py, Fields, Map};

/// Python's `repr` of a string.
pub fn repr_str(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .map_or_else(|_| format!("{s:?}"), |r| r.to_string())
}

/// Python's `repr` of a string cut to `max` characters with a visible `…`.
pub fn repr_short(py: Python<'_>, s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        repr_str(py, s)
    } else {
        let cut: String = s.chars().take(max).collect();
        repr_str(py, &format!("{cut}…"))
    }
}

/// Python's `repr` of a float.
fn repr_f64(x: f64) -> String {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e16 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}

fn opt_repr(py: Python<'_>, s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_string(), |s| repr_str(py, s))
}

fn extra_arg<'py>(py: Python<'py>, extra: &Map) -> PyResult<Bound<'py, PyAny>> {
    if extra.is_empty() {
        Ok(py.None().into_bound(py))
    } else {
        Ok(map_to_py(py, extra)?.into_any())
    }
}

fn extra_in(extra: Option<&Bound<'_, PyDict>>) -> PyResult<Map> {
    extra.map_or_else(|| Ok(Map::new()), dict_from_py)
}

fn merge_extra(py: Python<'_>, dict: &Bound<'_, PyDict>, extra: &Map) -> PyResult<()> {
    for (k, v) in extra {
        dict.set_item(k, to_py(py, v)?)?;
    }
    Ok(())
}

fn list_of<'py, T>(py: Python<'py>, items: &[T]) -> PyResult<Bound<'py, PyList>>
where
    T: Clone + for<'a> IntoPyObject<'py>,
{
    PyList::new(py, items.iter().cloned())
}

fn dicts<'py, T>(
    py: Python<'py>,
    items: &[T],
    f: impl Fn(&T, Python<'py>) -> PyResult<Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for item in items {
        list.append(f(item, py)?)?;
    }
    Ok(list)
}

// ---------------------------------------------------------------------------------------

/// A half-open range `start..end` of offsets into the article (characters by default).
///
/// Examples:
///     >>> from onrecord import Span
///     >>> Span(3, 7)
///     Span(3, 7)
///     >>> "The quick fox"[Span(4, 9).start:Span(4, 9).end]
///     'quick'
#[pyclass(module = "onrecord", name = "Span", frozen, eq, hash)]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    /// First offset.
    #[pyo3(get)]
    pub start: usize,
    /// One past the last offset.
    #[pyo3(get)]
    pub end: usize,
}

impl Span {
    fn read(mut f: Fields) -> Span {
        Span {
            start: f.usize("start"),
            end: f.usize("end"),
        }
    }
}

#[pymethods]
impl Span {
    #[new]
    fn new(start: usize, end: usize) -> PyResult<Span> {
        if start > end {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "a span's start must not exceed its end; got Span({start}, {end})"
            )));
        }
        Ok(Span { start, end })
    }

    /// The number of offsets covered.
    fn __len__(&self) -> usize {
        self.end - self.start
    }

    /// The span as a `slice`, so that `text[span.slice()]` is the covered text.
    fn slice<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, pyo3::types::PySlice>> {
        let start = isize::try_from(self.start)?;
        let end = isize::try_from(self.end)?;
        Ok(pyo3::types::PySlice::new(py, start, end, 1))
    }

    /// The span as in the JSON contract: `{"start": …, "end": …}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Span({}, {})", self.start, self.end)
    }

    fn __getnewargs__(&self) -> (usize, usize) {
        (self.start, self.end)
    }
}

// ---------------------------------------------------------------------------------------

/// A stretch of the article with its text: a speaker mention, or a figure elsewhere in
/// the article (in a figure check).
#[pyclass(module = "onrecord", name = "Mention", frozen, eq, hash)]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Mention {
    /// First offset.
    #[pyo3(get)]
    pub start: usize,
    /// One past the last offset.
    #[pyo3(get)]
    pub end: usize,
    /// The covered text.
    #[pyo3(get)]
    pub text: String,
}

impl Mention {
    fn read(mut f: Fields) -> Mention {
        Mention {
            start: f.usize("start"),
            end: f.usize("end"),
            text: f.string("text"),
        }
    }
}

#[pymethods]
impl Mention {
    #[new]
    fn new(start: usize, end: usize, text: String) -> Mention {
        Mention { start, end, text }
    }

    /// The mention's span.
    #[getter]
    fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }

    /// The mention as in the JSON contract.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Mention({}, {}, {})",
            self.start,
            self.end,
            repr_short(py, &self.text, 40)
        )
    }

    fn __getnewargs__(&self) -> (usize, usize, String) {
        (self.start, self.end, self.text.clone())
    }
}

// ---------------------------------------------------------------------------------------

/// The cue that links a quote to its speaker: a reporting verb or phrase, or a colon.
#[pyclass(module = "onrecord", name = "Cue", frozen, eq, hash)]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Cue {
    /// First offset.
    #[pyo3(get)]
    pub start: usize,
    /// One past the last offset.
    #[pyo3(get)]
    pub end: usize,
    /// The cue as written (`told`).
    #[pyo3(get)]
    pub text: String,
    /// Its dictionary form (`tell`).
    #[pyo3(get)]
    pub lemma: String,
}

impl Cue {
    fn read(mut f: Fields) -> Cue {
        Cue {
            start: f.usize("start"),
            end: f.usize("end"),
            text: f.string("text"),
            lemma: f.string("lemma"),
        }
    }
}

#[pymethods]
impl Cue {
    #[new]
    fn new(start: usize, end: usize, text: String, lemma: String) -> Cue {
        Cue {
            start,
            end,
            text,
            lemma,
        }
    }

    /// The cue's span.
    #[getter]
    fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }

    /// The cue as in the JSON contract.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("text", &self.text)?;
        d.set_item("lemma", &self.lemma)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Cue({}, {}, {}, lemma={})",
            self.start,
            self.end,
            repr_str(py, &self.text),
            repr_str(py, &self.lemma)
        )
    }

    fn __getnewargs__(&self) -> (usize, usize, String, String) {
        (self.start, self.end, self.text.clone(), self.lemma.clone())
    }
}

// ---------------------------------------------------------------------------------------

/// A figure inside a claim, parsed and normalised (80,000 → 80000.0; 25% → 25.0 percent).
#[pyclass(module = "onrecord", name = "Quantity", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Where the figure is (approximator and bound words included).
    #[pyo3(get)]
    pub span: Span,
    /// The value, or None for a range.
    #[pyo3(get)]
    pub value: Option<f64>,
    /// `(low, high)` for a range, else None.
    #[pyo3(get)]
    pub range: Option<(f64, f64)>,
    /// The unit or thing counted (`percent`, `Americans`).
    #[pyo3(get)]
    pub unit: Option<String>,
    /// Whether the figure is approximate.
    #[pyo3(get)]
    pub approx: bool,
    /// `more_than`, `at_least`, `less_than`, `at_most`, `exactly`, or None.
    #[pyo3(get)]
    pub bound: Option<String>,
    /// `up`, `down`, `to`, `from`, or None.
    #[pyo3(get)]
    pub change: Option<String>,
    /// The covered text.
    #[pyo3(get)]
    pub text: String,
    /// The approximator or bound words as written (`more than`).
    #[pyo3(get)]
    pub modifier: Option<String>,
    /// ISO 4217 currency code for money.
    #[pyo3(get)]
    pub currency: Option<String>,
    /// A rate (`per year`).
    #[pyo3(get)]
    pub rate: Option<String>,
    /// What the figure is about when no unit follows it.
    #[pyo3(get)]
    pub about: Option<String>,
    extra: Map,
}

impl Quantity {
    fn read(mut f: Fields) -> Quantity {
        let range = match f.take("range") {
            Value::Array(v) if v.len() == 2 => {
                Some((v[0].as_f64().unwrap_or(0.0), v[1].as_f64().unwrap_or(0.0)))
            }
            _ => None,
        };
        Quantity {
            span: Span::read(f.object("span")),
            value: f.opt_f64("value"),
            range,
            unit: f.opt_string("unit"),
            approx: f.bool("approx"),
            bound: f.opt_string("bound"),
            change: f.opt_string("change"),
            text: f.string("text"),
            modifier: f.opt_string("modifier"),
            currency: f.opt_string("currency"),
            rate: f.opt_string("rate"),
            about: f.opt_string("about"),
            extra: f.rest(),
        }
    }
}

#[pymethods]
impl Quantity {
    #[new]
    #[pyo3(signature = (span, value, range, unit, approx, bound, change, text, modifier=None, currency=None, rate=None, about=None, extra=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        span: Span,
        value: Option<f64>,
        range: Option<(f64, f64)>,
        unit: Option<String>,
        approx: bool,
        bound: Option<String>,
        change: Option<String>,
        text: String,
        modifier: Option<String>,
        currency: Option<String>,
        rate: Option<String>,
        about: Option<String>,
        extra: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Quantity> {
        Ok(Quantity {
            span,
            value,
            range,
            unit,
            approx,
            bound,
            change,
            text,
            modifier,
            currency,
            rate,
            about,
            extra: extra_in(extra)?,
        })
    }

    /// The quantity as in the JSON contract.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("span", self.span.to_dict(py)?)?;
        d.set_item("value", self.value)?;
        d.set_item("range", self.range.map(|(a, b)| vec![a, b]))?;
        d.set_item("unit", &self.unit)?;
        d.set_item("approx", self.approx)?;
        d.set_item("bound", &self.bound)?;
        d.set_item("change", &self.change)?;
        d.set_item("text", &self.text)?;
        d.set_item("modifier", &self.modifier)?;
        d.set_item("currency", &self.currency)?;
        d.set_item("rate", &self.rate)?;
        d.set_item("about", &self.about)?;
        merge_extra(py, &d, &self.extra)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let value = match (self.value, self.range) {
            (_, Some((a, b))) => format!("range=({}, {})", repr_f64(a), repr_f64(b)),
            (Some(v), None) => format!("value={}", repr_f64(v)),
            (None, None) => "value=None".to_string(),
        };
        format!(
            "Quantity({value}, unit={}, text={})",
            opt_repr(py, self.unit.as_deref()),
            repr_short(py, &self.text, 40)
        )
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items: Vec<Bound<'py, PyAny>> = vec![
            self.span.clone().into_pyobject(py)?.into_any(),
            self.value.into_pyobject(py)?.into_any(),
            self.range.into_pyobject(py)?.into_any(),
            self.unit.clone().into_pyobject(py)?.into_any(),
            self.approx.into_pyobject(py)?.to_owned().into_any(),
            self.bound.clone().into_pyobject(py)?.into_any(),
            self.change.clone().into_pyobject(py)?.into_any(),
            self.text.clone().into_pyobject(py)?.into_any(),
            self.modifier.clone().into_pyobject(py)?.into_any(),
            self.currency.clone().into_pyobject(py)?.into_any(),
            self.rate.clone().into_pyobject(py)?.into_any(),
            self.about.clone().into_pyobject(py)?.into_any(),
            extra_arg(py, &self.extra)?,
        ];
        PyTuple::new(py, items)
    }
}

// ---------------------------------------------------------------------------------------

/// A time reference inside a claim (`last year`, `since 2015`), resolved to dates when
/// the words or the article's dateline allow.
#[pyclass(module = "onrecord", name = "TimeRef", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct TimeRef {
    /// Where it is.
    #[pyo3(get)]
    pub span: Span,
    /// The covered text.
    #[pyo3(get)]
    pub text: String,
    /// What it names: `date`, `month`, `year`, `decade`, …
    #[pyo3(get)]
    pub kind: String,
    resolved: Value,
    extra: Map,
}

impl TimeRef {
    fn read(mut f: Fields) -> TimeRef {
        TimeRef {
            span: Span::read(f.object("span")),
            text: f.string("text"),
            kind: f.string("kind"),
            resolved: f.take("resolved"),
            extra: f.rest(),
        }
    }
}

#[pymethods]
impl TimeRef {
    #[new]
    #[pyo3(signature = (span, text, kind, resolved=None, extra=None))]
    fn new(
        span: Span,
        text: String,
        kind: String,
        resolved: Option<&Bound<'_, PyAny>>,
        extra: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<TimeRef> {
        let resolved = resolved.map_or(Ok(Value::Null), crate::json::from_py)?;
        Ok(TimeRef {
            span,
            text,
            kind,
            resolved,
            extra: extra_in(extra)?,
        })
    }

    /// The dates covered, `{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}`, or None.
    #[getter]
    fn resolved<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py(py, &self.resolved)
    }

    /// The time reference as in the JSON contract.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("span", self.span.to_dict(py)?)?;
        d.set_item("text", &self.text)?;
        d.set_item("kind", &self.kind)?;
        d.set_item("resolved", to_py(py, &self.resolved)?)?;
        merge_extra(py, &d, &self.extra)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "TimeRef({}, kind={})",
            repr_str(py, &self.text),
            repr_str(py, &self.kind)
        )
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items: Vec<Bound<'py, PyAny>> = vec![
            self.span.clone().into_pyobject(py)?.into_any(),
            self.text.clone().into_pyobject(py)?.into_any(),
            self.kind.clone().into_pyobject(py)?.into_any(),
            to_py(py, &self.resolved)?,
            extra_arg(py, &self.extra)?,
        ];
        PyTuple::new(py, items)
    }
}

// ---------------------------------------------------------------------------------------

/// A quoted figure set beside another figure of the article about the same thing.
#[pyclass(module = "onrecord", name = "FigureCheck", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct FigureCheck {
    /// The article's other figure.
    #[pyo3(get)]
    pub other: Mention,
    /// Its value.
    #[pyo3(get)]
    pub value: f64,
    /// `agrees` or `differs`.
    #[pyo3(get)]
    pub relation: String,
    /// The claim's own figure being checked.
    #[pyo3(get)]
    pub quantity: Mention,
    /// The claim's value minus the other value.
    #[pyo3(get)]
    pub difference: f64,
    /// The claim's value divided by the other value, when defined.
    #[pyo3(get)]
    pub ratio: Option<f64>,
    /// What both figures count.
    #[pyo3(get)]
    pub unit: Option<String>,
    extra: Map,
}

impl FigureCheck {
    fn read(mut f: Fields) -> FigureCheck {
        FigureCheck {
            other: Mention::read(f.object("other")),
            value: f.f64("value"),
            relation: f.string("relation"),
            quantity: Mention::read(f.object("quantity")),
            difference: f.f64("difference"),
            ratio: f.opt_f64("ratio"),
            unit: f.opt_string("unit"),
            extra: f.rest(),
        }
    }
}

#[pymethods]
impl FigureCheck {
    #[new]
    #[pyo3(signature = (other, value, relation, quantity, difference, ratio=None, unit=None, extra=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        other: Mention,
        value: f64,
        relation: String,
        quantity: Mention,
        difference: f64,
        ratio: Option<f64>,
        unit: Option<String>,
        extra: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<FigureCheck> {
        Ok(FigureCheck {
            other,
            value,
            relation,
            quantity,
            difference,
            ratio,
            unit,
            extra: extra_in(extra)?,
        })
    }

    /// The figure check as in the JSON contract.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("other", self.other.to_dict(py)?)?;
        d.set_item("value", self.value)?;
        d.set_item("relation", &self.relation)?;
        d.set_item("quantity", self.quantity.to_dict(py)?)?;
        d.set_item("difference", self.difference)?;
        d.set_item("ratio", self.ratio)?;
        d.set_item("unit", &self.unit)?;
        merge_extra(py, &d, &self.extra)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "FigureCheck({}, quantity={}, other={}, value={})",
            repr_str(py, &self.relation),
            repr_short(py, &self.quantity.text, 30),
            repr_short(py, &self.other.text, 30),
            repr_f64(self.value)
        )
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items: Vec<Bound<'py, PyAny>> = vec![
            self.other.clone().into_pyobject(py)?.into_any(),
            self.value.into_pyobject(py)?.into_any(),
            self.relation.clone().into_pyobject(py)?.into_any(),
            self.quantity.clone().into_pyobject(py)?.into_any(),
            self.difference.into_pyobject(py)?.into_any(),
            self.ratio.into_pyobject(py)?.into_any(),
            self.unit.clone().into_pyobject(py)?.into_any(),
            extra_arg(py, &self.extra)?,
        ];
        PyTuple::new(py, items)
    }
}

// ---------------------------------------------------------------------------------------

/// One checkable clause, inside a quote or in plain text.
#[pyclass(module = "onrecord", name = "Claim", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Where the clause is.
    #[pyo3(get)]
    pub span: Span,
    /// Its types: `quantity`, `comparison`, `trend`, `causal`, `prediction`, `promise`,
    /// `rule`, `experience`, `opinion`.
    #[pyo3(get)]
    pub types: Vec<String>,
    /// Check-worthiness in 0..1.
    #[pyo3(get)]
    pub score: f64,
    /// Whether the claim is worth checking (`score >= 0.5`).
    #[pyo3(get)]
    pub checkworthy: bool,
    /// Figures in the clause.
    #[pyo3(get)]
    pub quantities: Vec<Quantity>,
    /// Time references in the clause.
    #[pyo3(get)]
    pub time: Vec<TimeRef>,
    /// Other figures of the article about the same things.
    #[pyo3(get)]
    pub figure_checks: Vec<FigureCheck>,
    /// The covered text.
    #[pyo3(get)]
    pub text: String,
    /// `direct`, `correlation` or `hedged` for a causal link, else None.
    #[pyo3(get)]
    pub causal: Option<String>,
    extra: Map,
}

impl Claim {
    /// Reads a claim from its contract JSON.
    pub fn read(mut f: Fields) -> Claim {
        Claim {
            span: Span::read(f.object("span")),
            types: f.strings("types"),
            score: f.f64("score"),
            checkworthy: f.bool("checkworthy"),
            quantities: f
                .list("quantities")
                .into_iter()
                .map(|v| Quantity::read(Fields::new(v)))
                .collect(),
            time: f
                .list("time")
                .into_iter()
                .map(|v| TimeRef::read(Fields::new(v)))
                .collect(),
            figure_checks: f
                .list("figure_checks")
                .into_iter()
                .map(|v| FigureCheck::read(Fields::new(v)))
                .collect(),
            text: f.string("text"),
            causal: f.opt_string("causal"),
            extra: f.rest(),
        }
    }
}

#[pymethods]
impl Claim {
    #[new]
    #[pyo3(signature = (span, types, score, checkworthy, quantities, time, figure_checks, text, causal=None, extra=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        span: Span,
        types: Vec<String>,
        score: f64,
        checkworthy: bool,
        quantities: Vec<Quantity>,
        time: Vec<TimeRef>,
        figure_checks: Vec<FigureCheck>,
        text: String,
        causal: Option<String>,
        extra: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Claim> {
        Ok(Claim {
            span,
            types,
            score,
            checkworthy,
            quantities,
            time,
            figure_checks,
            text,
            causal,
            extra: extra_in(extra)?,
        })
    }

    /// The claim as in the JSON contract.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("span", self.span.to_dict(py)?)?;
        d.set_item("types", &self.types)?;
        d.set_item("score", self.score)?;
        d.set_item("checkworthy", self.checkworthy)?;
        d.set_item(
            "quantities",
            dicts(py, &self.quantities, Quantity::to_dict)?,
        )?;
        d.set_item("time", dicts(py, &self.time, TimeRef::to_dict)?)?;
        d.set_item(
            "figure_checks",
            dicts(py, &self.figure_checks, FigureCheck::to_dict)?,
        )?;
        d.set_item("text", &self.text)?;
        d.set_item("causal", &self.causal)?;
        merge_extra(py, &d, &self.extra)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let types: Vec<String> = self.types.iter().map(|t| repr_str(py, t)).collect();
        format!(
            "Claim(types=[{}], score={}, text={})",
            types.join(", "),
            repr_f64(self.score),
            repr_short(py, &self.text, 40)
        )
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items: Vec<Bound<'py, PyAny>> = vec![
            self.span.clone().into_pyobject(py)?.into_any(),
            self.types.clone().into_pyobject(py)?.into_any(),
            self.score.into_pyobject(py)?.into_any(),
            self.checkworthy.into_pyobject(py)?.to_owned().into_any(),
            list_of(py, &self.quantities)?.into_any(),
            list_of(py, &self.time)?.into_any(),
            list_of(py, &self.figure_checks)?.into_any(),
            self.text.clone().into_pyobject(py)?.into_any(),
            self.causal.clone().into_pyobject(py)?.into_any(),
            extra_arg(py, &self.extra)?,
        ];
        PyTuple::new(py, items)
    }
}

// ---------------------------------------------------------------------------------------

/// A source: the mentions of one person, organisation, document or group, clustered.
#[pyclass(module = "onrecord", name = "Speaker", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// Position in `Analysis.speakers`.
    #[pyo3(get)]
    pub id: u32,
    /// Canonical name (the fullest the text gives, without title).
    #[pyo3(get)]
    pub name: String,
    /// `person`, `organisation`, `document`, `group`, `social_account` or `unknown`.
    #[pyo3(get)]
    pub kind: String,
    /// Title or role when the text gives one.
    #[pyo3(get)]
    pub title: Option<String>,
    /// `male` or `female` when the text itself signals it (pronouns, honorifics), else None.
    #[pyo3(get)]
    pub gender: Option<String>,
    /// Mentions used in attributions, in text order.
    #[pyo3(get)]
    pub mentions: Vec<Mention>,
    extra: Map,
}

impl Speaker {
    /// Reads a speaker from its contract JSON.
    pub fn read(mut f: Fields) -> Speaker {
        Speaker {
            id: f.u32("id"),
            name: f.string("name"),
            kind: f.string("kind"),
            title: f.opt_string("title"),
            gender: f.opt_string("gender"),
            mentions: f
                .list("mentions")
                .into_iter()
                .map(|v| Mention::read(Fields::new(v)))
                .collect(),
            extra: f.rest(),
        }
    }
}

#[pymethods]
impl Speaker {
    #[new]
    #[pyo3(signature = (id, name, kind, title=None, gender=None, mentions=Vec::new(), extra=None))]
    fn new(
        id: u32,
        name: String,
        kind: String,
        title: Option<String>,
        gender: Option<String>,
        mentions: Vec<Mention>,
        extra: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Speaker> {
        Ok(Speaker {
            id,
            name,
            kind,
            title,
            gender,
            mentions,
            extra: extra_in(extra)?,
        })
    }

    /// The speaker as in the JSON contract.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("id", self.id)?;
        d.set_item("name", &self.name)?;
        d.set_item("kind", &self.kind)?;
        d.set_item("title", &self.title)?;
        d.set_item("gender", &self.gender)?;
        d.set_item("mentions", dicts(py, &self.mentions, Mention::to_dict)?)?;
        merge_extra(py, &d, &self.extra)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let mut s = format!(
            "Speaker(id={}, name={}, kind={}",
            self.id,
            repr_short(py, &self.name, 40),
            repr_str(py, &self.kind)
        );
        if let Some(t) = &self.title {
            s.push_str(&format!(", title={}", repr_str(py, t)));
        }
        if let Some(g) = &self.gender {
            s.push_str(&format!(", gender={}", repr_str(py, g)));
        }
        s.push(')');
        s
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items: Vec<Bound<'py, PyAny>> = vec![
            self.id.into_pyobject(py)?.into_any(),
            self.name.clone().into_pyobject(py)?.into_any(),
            self.kind.clone().into_pyobject(py)?.into_any(),
            self.title.clone().into_pyobject(py)?.into_any(),
            self.gender.clone().into_pyobject(py)?.into_any(),
            list_of(py, &self.mentions)?.into_any(),
            extra_arg(py, &self.extra)?,
        ];
        PyTuple::new(py, items)
    }
}

// ---------------------------------------------------------------------------------------

/// One quotation: where it is, what it says, who said it (and by which rule), and the
/// claims it makes.
#[pyclass(module = "onrecord", name = "Quote", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Position in `Analysis.quotes`.
    #[pyo3(get)]
    pub id: u32,
    /// `direct`, `partial`, `indirect` or `scare`.
    #[pyo3(get)]
    pub kind: String,
    /// The marks and what they enclose, or the reported clause.
    #[pyo3(get)]
    pub span: Span,
    /// The quoted words without the marks.
    #[pyo3(get)]
    pub content: Span,
    /// The quoted words: `analysis.text[q.content.start:q.content.end]` (char offsets).
    #[pyo3(get)]
    pub text: String,
    /// Who said it, or None.
    #[pyo3(get)]
    pub speaker: Option<Speaker>,
    /// The mention of the speaker the attribution used (may be a pronoun).
    #[pyo3(get)]
    pub mention: Option<Mention>,
    /// The cue linking quote and speaker.
    #[pyo3(get)]
    pub cue: Option<Cue>,
    /// The attribution rule that fired (`quote-cue-speaker`, …), or None.
    #[pyo3(get)]
    pub rule: Option<String>,
    /// Confidence in 0..1.
    #[pyo3(get)]
    pub confidence: f64,
    /// Paragraph index (0-based).
    #[pyo3(get)]
    pub paragraph: u32,
    /// Sentence index within the paragraph (0-based).
    #[pyo3(get)]
    pub sentence: u32,
    /// Claims inside the quote.
    #[pyo3(get)]
    pub claims: Vec<Claim>,
    /// The id of the enclosing quote of a nested quote.
    #[pyo3(get)]
    pub parent: Option<u32>,
    /// The id of the previous segment of a quote running over several paragraphs.
    #[pyo3(get)]
    pub continues: Option<u32>,
    speaker_id: Option<u32>,
    extra: Map,
}

impl Quote {
    /// Reads a quote from its contract JSON, with its speaker looked up in `speakers`.
    pub fn read(mut f: Fields, speakers: &[Speaker]) -> Quote {
        let speaker_id = f.opt_u32("speaker");
        let speaker = speaker_id.and_then(|id| speakers.iter().find(|s| s.id == id).cloned());
        Quote {
            id: f.u32("id"),
            kind: f.string("kind"),
            span: Span::read(f.object("span")),
            content: Span::read(f.object("content")),
            text: f.string("text"),
            speaker,
            mention: f.opt_object("mention").map(Mention::read),
            cue: f.opt_object("cue").map(Cue::read),
            rule: f.opt_string("rule"),
            confidence: f.f64("confidence"),
            paragraph: f.u32("paragraph"),
            sentence: f.u32("sentence"),
            claims: f
                .list("claims")
                .into_iter()
                .map(|v| Claim::read(Fields::new(v)))
                .collect(),
            parent: f.opt_u32("parent"),
            continues: f.opt_u32("continues"),
            speaker_id,
            extra: f.rest(),
        }
    }
}

#[pymethods]
impl Quote {
    #[new]
    #[pyo3(signature = (id, kind, span, content, text, speaker=None, mention=None, cue=None, rule=None, confidence=0.0, paragraph=0, sentence=0, claims=Vec::new(), parent=None, continues=None, extra=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        id: u32,
        kind: String,
        span: Span,
        content: Span,
        text: String,
        speaker: Option<Speaker>,
        mention: Option<Mention>,
        cue: Option<Cue>,
        rule: Option<String>,
        confidence: f64,
        paragraph: u32,
        sentence: u32,
        claims: Vec<Claim>,
        parent: Option<u32>,
        continues: Option<u32>,
        extra: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<Quote> {
        let speaker_id = speaker.as_ref().map(|s| s.id);
        Ok(Quote {
            id,
            kind,
            span,
            content,
            text,
            speaker,
            mention,
            cue,
            rule,
            confidence,
            paragraph,
            sentence,
            claims,
            parent,
            continues,
            speaker_id,
            extra: extra_in(extra)?,
        })
    }

    /// The id of the speaker (`Analysis.speakers[quote.speaker_id]`), or None.
    #[getter]
    fn speaker_id(&self) -> Option<u32> {
        self.speaker_id
    }

    /// The quote as in the JSON contract (`speaker` is the speaker's id there).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("id", self.id)?;
        d.set_item("kind", &self.kind)?;
        d.set_item("span", self.span.to_dict(py)?)?;
        d.set_item("content", self.content.to_dict(py)?)?;
        d.set_item("text", &self.text)?;
        d.set_item("speaker", self.speaker_id)?;
        d.set_item(
            "mention",
            self.mention.as_ref().map(|m| m.to_dict(py)).transpose()?,
        )?;
        d.set_item("cue", self.cue.as_ref().map(|c| c.to_dict(py)).transpose()?)?;
        d.set_item("rule", &self.rule)?;
        d.set_item("confidence", self.confidence)?;
        d.set_item("paragraph", self.paragraph)?;
        d.set_item("sentence", self.sentence)?;
        d.set_item("claims", dicts(py, &self.claims, Claim::to_dict)?)?;
        if let Some(p) = self.parent {
            d.set_item("parent", p)?;
        }
        if let Some(c) = self.continues {
            d.set_item("continues", c)?;
        }
        merge_extra(py, &d, &self.extra)?;
        Ok(d)
    }

    /// A compact HTML view for Jupyter: the quote, its speaker and its claims.
    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        let py = slf.py();
        py.import("onrecord._html")?
            .call_method1("quote_html", (slf,))?
            .extract()
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Quote(kind={}, span={}, speaker={}, text={})",
            repr_str(py, &self.kind),
            self.span.__repr__(),
            opt_repr(py, self.speaker.as_ref().map(|s| s.name.as_str())),
            repr_short(py, &self.text, 40)
        )
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items: Vec<Bound<'py, PyAny>> = vec![
            self.id.into_pyobject(py)?.into_any(),
            self.kind.clone().into_pyobject(py)?.into_any(),
            self.span.clone().into_pyobject(py)?.into_any(),
            self.content.clone().into_pyobject(py)?.into_any(),
            self.text.clone().into_pyobject(py)?.into_any(),
            self.speaker.clone().into_pyobject(py)?.into_any(),
            self.mention.clone().into_pyobject(py)?.into_any(),
            self.cue.clone().into_pyobject(py)?.into_any(),
            self.rule.clone().into_pyobject(py)?.into_any(),
            self.confidence.into_pyobject(py)?.into_any(),
            self.paragraph.into_pyobject(py)?.into_any(),
            self.sentence.into_pyobject(py)?.into_any(),
            list_of(py, &self.claims)?.into_any(),
            self.parent.into_pyobject(py)?.into_any(),
            self.continues.into_pyobject(py)?.into_any(),
            extra_arg(py, &self.extra)?,
        ];
        PyTuple::new(py, items)
    }
}
