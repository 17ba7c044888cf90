//! `Pipeline`: built once, applied to many texts, with the GIL released during the work.
//!
//! `analyze_many` splits its input into chunks of about a megabyte per thread. For each
//! chunk it detaches from the interpreter, runs the chunk on a rayon pool, re-attaches to
//! check for signals (Ctrl-C, "interrupt kernel") and advance the progress bar. Pools are
//! cached by size. After `fork()` (multiprocessing, Spark's Python workers) the child
//! never touches a pool inherited from its parent: it runs sequentially. The fork is
//! noticed by an `os.register_at_fork` hook and, for forks made outside Python, by the
//! process id that created the pools.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyString};
use rayon::prelude::*;

use crate::analysis::Analysis;
use crate::errors::{parse_unit, BindingError};
use crate::json::Fields;
use crate::values::{repr_str, Claim};

/// Bytes of text per thread in one chunk of `analyze_many`.
const CHUNK_BYTES_PER_THREAD: usize = 1 << 20;
/// Upper bound on documents per chunk (bounds the interrupt latency on tiny texts, too).
const CHUNK_DOCS: usize = 4096;

static POOLS: Mutex<Vec<(usize, Arc<rayon::ThreadPool>)>> = Mutex::new(Vec::new());
/// The process that created the pools (0: none yet).
static POOL_OWNER: AtomicU32 = AtomicU32::new(0);
/// Set in a child process forked after pools were created.
static FORKED: AtomicBool = AtomicBool::new(false);

/// Whether this process is a fork of one that started pools; such a child runs sequentially.
fn forked_child() -> bool {
    if FORKED.load(Ordering::Relaxed) {
        return true;
    }
    let owner = POOL_OWNER.load(Ordering::Relaxed);
    owner != 0 && owner != std::process::id()
}

/// Registered with `os.register_at_fork(after_in_child=...)`.
#[pyfunction]
pub fn _after_fork_child() {
    if POOL_OWNER.load(Ordering::Relaxed) != 0 {
        FORKED.store(true, Ordering::Relaxed);
    }
}

/// The number of threads to use: `threads`, else `ONRECORD_NUM_THREADS`, else all cores.
fn thread_count(threads: Option<i64>) -> Result<usize, BindingError> {
    if let Some(n) = threads {
        return usize::try_from(n).ok().filter(|&n| n > 0).ok_or_else(|| {
            BindingError::Value(format!(
                "threads must be a positive integer or None; got {n}"
            ))
        });
    }
    if let Ok(v) = std::env::var("ONRECORD_NUM_THREADS") {
        let v = v.trim();
        if !v.is_empty() {
            return v.parse::<usize>().ok().filter(|&n| n > 0).ok_or_else(|| {
                BindingError::Value(format!(
                    "ONRECORD_NUM_THREADS must be a positive integer; got '{v}'"
                ))
            });
        }
    }
    Ok(std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get))
}

/// A pool of `n` threads, or None to run on the calling thread.
fn pool_for(n: usize) -> Result<Option<Arc<rayon::ThreadPool>>, BindingError> {
    if n <= 1 || forked_child() {
        return Ok(None);
    }
    let mut pools = POOLS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, p)) = pools.iter().find(|(k, _)| *k == n) {
        return Ok(Some(Arc::clone(p)));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("onrecord-{i}"))
        .build()
        .map_err(|e| BindingError::Threads(format!("could not start {n} threads: {e}")))?;
    let pool = Arc::new(pool);
    POOL_OWNER.store(std::process::id(), Ordering::Relaxed);
    pools.push((n, Arc::clone(&pool)));
    Ok(Some(pool))
}

fn run(
    pipeline: &onrecord::Pipeline,
    texts: &[PyBackedStr],
    pool: Option<&rayon::ThreadPool>,
) -> Vec<onrecord::Analysis> {
    match pool {
        Some(pool) if texts.len() > 1 => {
            pool.install(|| texts.par_iter().map(|t| pipeline.analyze(t)).collect())
        }
        _ => texts.iter().map(|t| pipeline.analyze(t)).collect(),
    }
}

/// A `str` argument, or a `TypeError` that says what to do instead.
fn expect_str<'py>(obj: &Bound<'py, PyAny>, what: &str) -> PyResult<Bound<'py, PyString>> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s.clone());
    }
    let ty = obj.get_type().name()?;
    let hint = if obj.is_instance_of::<pyo3::types::PyBytes>() {
        " (decode bytes first, e.g. data.decode('utf-8'))"
    } else {
        ""
    };
    Err(PyTypeError::new_err(format!(
        "{what} must be str, not {ty}{hint}"
    )))
}

/// The text as UTF-8. A `str` with lone surrogates raises `UnicodeEncodeError`.
fn backed(s: &Bound<'_, PyString>) -> PyResult<PyBackedStr> {
    PyBackedStr::try_from(s.clone())
}

/// The analysis pipeline: build it once, then apply it to many texts.
///
/// A pipeline is immutable and thread-safe: share one across threads; every method
/// releases the GIL while it works.
///
/// Args:
///     language: The language of the texts: one of `onrecord.LANGUAGES` (`"en"`, `"de"`,
///         `"fr"`, `"es"`), or `"auto"` (the default, as in the `onrecord` command) to
///         detect it per document from its quote marks and function words.
///     claims: Whether to tag the claims inside quotes.
///
/// Raises:
///     ConfigError: The options are not valid (an unknown language). It is also a
///         `ValueError`.
///     TypeError: An option has the wrong type.
///
/// Examples:
///     >>> import onrecord
///     >>> pipeline = onrecord.Pipeline(language="en")
///     >>> pipeline
///     Pipeline(language='en')
///     >>> [q.text for q in pipeline.analyze("“Go,” she said.").quotes]
///     ['Go,']
///     >>> onrecord.Pipeline(language="xx")
///     Traceback (most recent call last):
///     ...
///     onrecord.errors.ConfigError: unknown language code `xx`; expected one of en, ...
#[pyclass(module = "onrecord", name = "Pipeline", frozen)]
pub struct Pipeline {
    inner: onrecord::Pipeline,
    language: String,
    claims: bool,
}

impl Pipeline {
    fn build(language: &str, claims: bool) -> Result<Pipeline, BindingError> {
        let inner = onrecord::Pipeline::builder()
            .language(language)
            .claims(claims)
            .build()?;
        Ok(Pipeline {
            inner,
            language: language.to_string(),
            claims,
        })
    }
}

#[pymethods]
impl Pipeline {
    #[new]
    #[pyo3(signature = (*, language = "auto", claims = true))]
    fn new(language: &str, claims: bool) -> PyResult<Pipeline> {
        Ok(Pipeline::build(language, claims)?)
    }

    /// The language code the pipeline was built for.
    #[getter]
    fn language(&self) -> &str {
        &self.language
    }

    /// Whether claims are tagged.
    #[getter]
    fn claims(&self) -> bool {
        self.claims
    }

    /// Finds the quotes, speakers and claims of one article.
    ///
    /// Args:
    ///     text: The article.
    ///     offsets: The unit of every span: `"chars"` (Python `str` indices),
    ///         `"utf16"` (JavaScript, Java) or `"bytes"` (UTF-8).
    ///
    /// Returns:
    ///     Analysis: The result.
    ///
    /// Raises:
    ///     TypeError: `text` is not a `str` (decode `bytes` first).
    ///     UnicodeEncodeError: `text` holds lone surrogates, which are not text.
    ///     ValueError: `offsets` is not one of the three units.
    ///
    /// Examples:
    ///     >>> import onrecord
    ///     >>> a = onrecord.Pipeline().analyze("“Ça ira,” dit-il. “Go 🚀,” Ada Reyes said.")
    ///     >>> q = a.quotes[-1]
    ///     >>> q.text, a.text[q.content.start:q.content.end]
    ///     ('Go 🚀,', 'Go 🚀,')
    #[pyo3(signature = (text, *, offsets = "chars"))]
    fn analyze(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        offsets: &str,
    ) -> PyResult<Analysis> {
        let unit = parse_unit(offsets)?;
        let s = expect_str(text, "text")?;
        let b = backed(&s)?;
        let result = py.detach(|| self.inner.analyze(&b));
        Ok(Analysis::live(s.unbind(), unit, result))
    }

    /// Analyses many articles in parallel, in input order.
    ///
    /// The GIL is released while the articles are analysed, in chunks; between chunks
    /// Ctrl-C (or "interrupt kernel") stops the call with `KeyboardInterrupt`. In a
    /// process forked after parallel use (multiprocessing, Spark workers) it runs on one
    /// thread.
    ///
    /// Args:
    ///     texts: An iterable of articles (`str`).
    ///     offsets: The unit of every span, as in `analyze`.
    ///     threads: Threads to use; None means `ONRECORD_NUM_THREADS` if set, else every
    ///         core.
    ///     progress: Show a progress bar (tqdm when installed, else a line on stderr).
    ///
    /// Returns:
    ///     list[Analysis]: One result per text, in order.
    ///
    /// Raises:
    ///     TypeError: `texts` is a `str`, or an item is not a `str`.
    ///     ValueError: `threads` is not positive, or `offsets` is unknown.
    ///
    /// Examples:
    ///     >>> import onrecord
    ///     >>> texts = ["“Yes,” he said.", "No quotes here.", "“No,” she said."]
    ///     >>> [len(a.quotes) for a in onrecord.Pipeline().analyze_many(texts, threads=2)]
    ///     [1, 0, 1]
    #[pyo3(signature = (texts, *, offsets = "chars", threads = None, progress = false))]
    fn analyze_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        offsets: &str,
        threads: Option<i64>,
        progress: bool,
    ) -> PyResult<Vec<Analysis>> {
        let unit = parse_unit(offsets)?;
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be an iterable of str, not a str; use analyze(text) for one article",
            ));
        }
        let mut items: Vec<Bound<'_, PyString>> = Vec::new();
        for (i, item) in texts.try_iter()?.enumerate() {
            items.push(expect_str(&item?, &format!("texts[{i}]"))?);
        }
        let n = thread_count(threads)?;
        let pool = pool_for(n)?;
        let bar = if progress {
            Some(
                py.import("onrecord._progress")?
                    .call_method1("bar", (items.len(),))?,
            )
        } else {
            None
        };
        let result = self.analyze_chunks(py, &items, unit, n, pool.as_deref(), bar.as_ref());
        if let Some(bar) = &bar {
            bar.call_method0("close")?;
        }
        result
    }

    /// Tags the claims in any plain text (a transcript, a sentence), not only in quotes.
    ///
    /// Args:
    ///     text: The text.
    ///     offsets: The unit of every span, as in `analyze`.
    ///
    /// Returns:
    ///     list[Claim]: The claims, by position.
    ///
    /// Examples:
    ///     >>> import onrecord
    ///     >>> [c] = onrecord.Pipeline().tag_claims("Deaths rose by 23% last year.")
    ///     >>> "trend" in c.types, c.quantities[0].value, c.quantities[0].unit
    ///     (True, 23.0, 'percent')
    #[pyo3(signature = (text, *, offsets = "chars"))]
    fn tag_claims(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        offsets: &str,
    ) -> PyResult<Vec<Claim>> {
        let unit = parse_unit(offsets)?;
        let s = expect_str(text, "text")?;
        let b = backed(&s)?;
        let json = py.detach(|| {
            let claims = self.inner.tag_claims(&b);
            let doc = onrecord::report::ClaimsDocument::new(&claims, &b, None, unit);
            serde_json::to_string(&doc).unwrap_or_default()
        });
        let mut doc = Fields::new(serde_json::from_str(&json).unwrap_or(serde_json::Value::Null));
        Ok(doc
            .list("claims")
            .into_iter()
            .map(|v| Claim::read(Fields::new(v)))
            .collect())
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let mut s = format!("Pipeline(language={}", repr_str(py, &self.language));
        if !self.claims {
            s.push_str(", claims=False");
        }
        s.push(')');
        s
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Pipeline>()
            .is_ok_and(|o| o.get().language == self.language && o.get().claims == self.claims)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (&self.language, self.claims).hash(&mut h);
        h.finish() >> 2
    }

    /// The recipe the pipeline was built from: `{"language": …, "claims": …}`.
    fn recipe<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("language", &self.language)?;
        d.set_item("claims", self.claims)?;
        Ok(d)
    }

    /// Pickles as its recipe; unpickling builds the pipeline again.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyDict>,))> {
        let ctor = slf.get_type().getattr("_from_recipe")?;
        Ok((ctor, (slf.get().recipe(slf.py())?,)))
    }

    /// Builds a pipeline from a recipe dict (see `recipe()`).
    #[staticmethod]
    fn _from_recipe(recipe: &Bound<'_, PyDict>) -> PyResult<Pipeline> {
        let language: String = match recipe.get_item("language")? {
            Some(v) => v.extract()?,
            None => "auto".to_string(),
        };
        let claims: bool = match recipe.get_item("claims")? {
            Some(v) => v.extract()?,
            None => true,
        };
        Ok(Pipeline::build(&language, claims)?)
    }
}

impl Pipeline {
    fn analyze_chunks(
        &self,
        py: Python<'_>,
        items: &[Bound<'_, PyString>],
        unit: onrecord::OffsetUnit,
        threads: usize,
        pool: Option<&rayon::ThreadPool>,
        bar: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Analysis>> {
        let budget = CHUNK_BYTES_PER_THREAD.saturating_mul(threads.max(1));
        let mut out = Vec::with_capacity(items.len());
        let mut start = 0;
        while start < items.len() {
            let mut end = start;
            let mut chunk: Vec<PyBackedStr> = Vec::new();
            let mut bytes = 0usize;
            while end < items.len()
                && (chunk.is_empty() || (bytes < budget && chunk.len() < CHUNK_DOCS))
            {
                let b = backed(&items[end])?;
                bytes += b.len();
                chunk.push(b);
                end += 1;
            }
            let done = py.detach(|| run(&self.inner, &chunk, pool));
            drop(chunk);
            for (item, analysis) in items[start..end].iter().zip(done) {
                out.push(Analysis::live(item.clone().unbind(), unit, analysis));
            }
            py.check_signals()?;
            if let Some(bar) = bar {
                bar.call_method1("update", (end - start,))?;
            }
            start = end;
        }
        Ok(out)
    }
}

/// Times the pure-Rust pipeline over `texts` (seconds), for the benchmark's overhead
/// figure: the same chunking, pool and language setting as `analyze_many` of a
/// `Pipeline(language=language)`, without creating Python objects.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = 1, language = "auto"))]
pub fn _bench_rust(
    py: Python<'_>,
    texts: Vec<PyBackedStr>,
    threads: i64,
    language: &str,
) -> PyResult<f64> {
    let n = thread_count(Some(threads))?;
    let pool = pool_for(n)?;
    let pipeline = onrecord::Pipeline::for_language(language)
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    let budget = CHUNK_BYTES_PER_THREAD.saturating_mul(n);
    Ok(py.detach(|| {
        let t0 = Instant::now();
        let mut start = 0;
        let mut found = 0usize;
        while start < texts.len() {
            let mut end = start;
            let mut bytes = 0usize;
            while end < texts.len()
                && (end == start || (bytes < budget && end - start < CHUNK_DOCS))
            {
                bytes += texts[end].len();
                end += 1;
            }
            found += run(&pipeline, &texts[start..end], pool.as_deref())
                .iter()
                .map(|a| a.quotes().len())
                .sum::<usize>();
            start = end;
        }
        std::hint::black_box(found);
        t0.elapsed().as_secs_f64()
    }))
}
