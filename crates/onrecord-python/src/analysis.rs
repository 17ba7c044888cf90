//! `Analysis`: one article's quotes, speakers and claims, with the article itself.
//!
//! The Rust analysis is kept as computed (byte spans); Python objects and the JSON report
//! are built on first access, once, so that `analyze_many` over a corpus costs little
//! more than the Rust pipeline when only some results are inspected.

use std::sync::OnceLock;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};

use crate::errors::{parse_unit, unit_name};
use crate::json::Fields;
use crate::values::{Quote, Speaker};
use onrecord::render::MarkKind;
use onrecord::{CharIndex, OffsetUnit};

/// A highlighted range in code points: (kind, id, start, end).
type Mark = (String, u32, usize, usize);

enum Source {
    /// Straight from the pipeline.
    Live(onrecord::Analysis),
    /// From a pickle: the rendered text and highlight marks travel with the report.
    Restored { rendered: String, marks: Vec<Mark> },
}

struct Built {
    json: String,
    quotes: Vec<Quote>,
    speakers: Vec<Speaker>,
}

impl Built {
    fn from_json(json: String) -> Built {
        let mut doc = Fields::new(serde_json::from_str(&json).unwrap_or(serde_json::Value::Null));
        let speakers: Vec<Speaker> = doc
            .list("speakers")
            .into_iter()
            .map(|v| Speaker::read(Fields::new(v)))
            .collect();
        let quotes = doc
            .list("quotes")
            .into_iter()
            .map(|v| Quote::read(Fields::new(v), &speakers))
            .collect();
        Built {
            json,
            quotes,
            speakers,
        }
    }
}

/// The quotes, speakers and claims found in one article.
///
/// Spans are offsets into `analysis.text` in the unit given by `analysis.offsets`
/// (characters, i.e. Python `str` indices, unless `offsets=` asked otherwise).
///
/// Examples:
///     >>> import onrecord
///     >>> a = onrecord.analyze("“We will win,” Mayor Ada Reyes said.")
///     >>> a
///     Analysis(quotes=1, speakers=1, claims=0)
///     >>> q = a.quotes[0]
///     >>> a.text[q.content.start:q.content.end] == q.text
///     True
///     >>> q.speaker.name, q.speaker.title
///     ('Ada Reyes', 'Mayor')
#[pyclass(module = "onrecord", name = "Analysis", frozen)]
pub struct Analysis {
    text: Py<PyString>,
    unit: OffsetUnit,
    source: Source,
    built: OnceLock<Built>,
}

impl Analysis {
    /// Wraps a pipeline result.
    pub fn live(text: Py<PyString>, unit: OffsetUnit, analysis: onrecord::Analysis) -> Analysis {
        Analysis {
            text,
            unit,
            source: Source::Live(analysis),
            built: OnceLock::new(),
        }
    }

    fn built(&self, py: Python<'_>) -> PyResult<&Built> {
        if let Some(b) = self.built.get() {
            return Ok(b);
        }
        let built = match &self.source {
            Source::Live(a) => {
                let text = self.text.bind(py).to_cow()?;
                let json = a.report(&text, None, self.unit).to_json();
                Built::from_json(json)
            }
            // Restored analyses are built when unpickled; this arm is not reached.
            Source::Restored { .. } => Built::from_json("{}".to_string()),
        };
        Ok(self.built.get_or_init(|| built))
    }

    fn marks(&self, py: Python<'_>) -> PyResult<Vec<Mark>> {
        let a = match &self.source {
            Source::Restored { marks, .. } => return Ok(marks.clone()),
            Source::Live(a) => a,
        };
        let text = self.text.bind(py).to_cow()?;
        let index = CharIndex::new(&text);
        let conv = |s: onrecord::Span| {
            let c = s.to_units(&index, OffsetUnit::Chars);
            (c.start, c.end)
        };
        let mut out: Vec<Mark> = onrecord::render::marks(a)
            .into_iter()
            .map(|m| {
                let kind = match m.kind {
                    MarkKind::Quote => "quote",
                    MarkKind::Mention => "speaker",
                    MarkKind::Cue => "cue",
                    #[allow(unreachable_patterns)]
                    _ => "other",
                };
                let (s, e) = conv(m.span);
                (kind.to_string(), m.id, s, e)
            })
            .collect();
        for (q, c) in a.claims() {
            let (s, e) = conv(c.span);
            out.push(("claim".to_string(), q.id.0, s, e));
        }
        out.sort_by_key(|x| (x.2, std::cmp::Reverse(x.3)));
        Ok(out)
    }

    fn rendered(&self, py: Python<'_>) -> PyResult<String> {
        match &self.source {
            Source::Live(a) => {
                let text = self.text.bind(py).to_cow()?;
                Ok(onrecord::render::annotated(a, &text))
            }
            Source::Restored { rendered, .. } => Ok(rendered.clone()),
        }
    }

    fn frame<'py>(slf: &Bound<'py, Self>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("onrecord.pandas")?
            .call_method1(name, (slf,))
    }
}

#[pymethods]
impl Analysis {
    /// The article text the offsets point into.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The offset unit of every span: `chars`, `utf16` or `bytes`.
    #[getter]
    fn offsets(&self) -> &'static str {
        unit_name(self.unit)
    }

    /// Quotes, ordered by position.
    #[getter]
    fn quotes(&self, py: Python<'_>) -> PyResult<Vec<Quote>> {
        Ok(self.built(py)?.quotes.clone())
    }

    /// Speakers, in order of first mention.
    #[getter]
    fn speakers(&self, py: Python<'_>) -> PyResult<Vec<Speaker>> {
        Ok(self.built(py)?.speakers.clone())
    }

    /// Every claim of every quote, in quote order.
    #[getter]
    fn claims(&self, py: Python<'_>) -> PyResult<Vec<crate::values::Claim>> {
        Ok(self
            .built(py)?
            .quotes
            .iter()
            .flat_map(|q| q.claims.iter().cloned())
            .collect())
    }

    /// The analysis as the JSON contract's dict (the CLI's `--format json`, `id` None).
    ///
    /// Returns:
    ///     dict: `{"id": None, "quotes": [...], "speakers": [...]}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = &self.built(py)?.json;
        py.import("json")?.call_method1("loads", (json,))
    }

    /// The analysis as JSON, byte for byte what the CLI prints for one document.
    ///
    /// Args:
    ///     indent: Indent nested levels by this many spaces; one line when None.
    ///
    /// Returns:
    ///     str: The JSON text.
    #[pyo3(signature = (*, indent=None))]
    fn to_json(&self, py: Python<'_>, indent: Option<usize>) -> PyResult<String> {
        let json = &self.built(py)?.json;
        match indent {
            None => Ok(json.clone()),
            Some(n) => {
                let value = self.to_dict(py)?;
                let kwargs = PyDict::new(py);
                kwargs.set_item("indent", n)?;
                kwargs.set_item("ensure_ascii", false)?;
                py.import("json")?
                    .call_method("dumps", (value,), Some(&kwargs))?
                    .extract()
            }
        }
    }

    /// The readable annotated text the Rust renderer gives (`onrecord::render::annotated`):
    /// each paragraph with `[[q0 …]]` around quotes, `<<s0 …>>` around speaker mentions and
    /// `{…}` around cues, then one line per quote and per speaker. The format is stable;
    /// use it for snapshot tests of your own articles.
    ///
    /// Examples:
    ///     >>> import onrecord
    ///     >>> print(onrecord.analyze("“We will win,” Mayor Ada Reyes said.").render())
    ///     ¶0 [[q0 “We will win,”]] <<s0 Mayor Ada Reyes>> {said}.
    ///     <BLANKLINE>
    ///     quotes:
    ///       q0 direct ¶0.0 speaker=s0 Ada Reyes rule=quote-cue-speaker conf=0.95 cue="said"/say
    ///     speakers:
    ///       s0 Ada Reyes (person, title=Mayor) mentions: Mayor Ada Reyes
    ///     <BLANKLINE>
    fn render(&self, py: Python<'_>) -> PyResult<String> {
        self.rendered(py)
    }

    /// Highlight ranges in code points, `(kind, id, start, end)`, for the HTML view.
    fn _marks(&self, py: Python<'_>) -> PyResult<Vec<Mark>> {
        self.marks(py)
    }

    /// One row per quote with the speaker's columns (`pandas.DataFrame`).
    ///
    /// Raises:
    ///     ImportError: pandas is not installed (`pip install onrecord[pandas]`).
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Analysis::frame(slf, "_quotes_of")
    }

    /// One row per claim with its quote's speaker (`pandas.DataFrame`).
    ///
    /// Raises:
    ///     ImportError: pandas is not installed (`pip install onrecord[pandas]`).
    fn claims_frame<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Analysis::frame(slf, "_claims_of")
    }

    /// One row per speaker with the number of quotes attributed (`pandas.DataFrame`).
    ///
    /// Raises:
    ///     ImportError: pandas is not installed (`pip install onrecord[pandas]`).
    fn speakers_frame<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        Analysis::frame(slf, "_speakers_of")
    }

    /// The article with quotes, speakers, cues and claims highlighted, for Jupyter.
    fn _repr_html_(slf: &Bound<'_, Self>) -> PyResult<String> {
        let py = slf.py();
        py.import("onrecord._html")?
            .call_method1("analysis_html", (slf,))?
            .extract()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let b = self.built(py)?;
        let claims: usize = b.quotes.iter().map(|q| q.claims.len()).sum();
        Ok(format!(
            "Analysis(quotes={}, speakers={}, claims={})",
            b.quotes.len(),
            b.speakers.len(),
            claims
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Analysis>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(self.unit == other.unit
            && self.text.bind(py).as_any().eq(other.text.bind(py))?
            && self.built(py)?.json == other.built(py)?.json)
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        let json = &self.built(py)?.json;
        PyTuple::new(
            py,
            [
                self.text.bind(py).as_any(),
                PyString::new(py, json).as_any(),
            ],
        )?
        .hash()
    }

    /// Pickles as the text, the report and what the text renderer and HTML view need.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        let args = (
            this.text.clone_ref(py),
            unit_name(this.unit),
            this.built(py)?.json.clone(),
            this.rendered(py)?,
            this.marks(py)?,
        );
        let ctor = slf.get_type().getattr("_from_state")?;
        PyTuple::new(py, [ctor, args.into_pyobject(py)?.into_any()])
    }

    /// Rebuilds a pickled analysis.
    #[staticmethod]
    fn _from_state(
        text: Bound<'_, PyString>,
        offsets: &str,
        json: String,
        rendered: String,
        marks: Vec<Mark>,
    ) -> PyResult<Analysis> {
        let unit = parse_unit(offsets)?;
        let built = OnceLock::new();
        let _ = built.set(Built::from_json(json));
        Ok(Analysis {
            text: text.unbind(),
            unit,
            source: Source::Restored { rendered, marks },
            built,
        })
    }
}
