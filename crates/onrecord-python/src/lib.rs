//! Python bindings for onrecord, built by maturin into the package `onrecord` (native
//! module `onrecord._onrecord`, an abi3 wheel for CPython ≥ 3.9).
//!
//! Written against pyo3 0.26: `Python::detach` releases the GIL (older pyo3 called it
//! `allow_threads`), `Bound::cast` downcasts.
//!
//! Layout: [`errors`] maps binding errors to the exception classes declared in
//! `onrecord/errors.py`; [`pipeline`] holds `Pipeline` and the parallel, interruptible,
//! fork-safe `analyze_many`; [`analysis`] the `Analysis` result, built lazily; [`values`]
//! the frozen value classes; [`json`] the conversions from the JSON contract. Offsets are
//! converted once per document by the facade's report (`onrecord::report`), never per
//! span in Python.

use pyo3::prelude::*;
use pyo3::types::PyDict;

pub mod analysis;
pub mod errors;
pub mod json;
pub mod pipeline;
pub mod values;

/// The native module `onrecord._onrecord`.
#[pymodule]
fn _onrecord(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("LANGUAGES", onrecord::LANGUAGES.to_vec())?;
    m.add_class::<pipeline::Pipeline>()?;
    m.add_class::<analysis::Analysis>()?;
    m.add_class::<values::Quote>()?;
    m.add_class::<values::Speaker>()?;
    m.add_class::<values::Mention>()?;
    m.add_class::<values::Cue>()?;
    m.add_class::<values::Claim>()?;
    m.add_class::<values::Quantity>()?;
    m.add_class::<values::TimeRef>()?;
    m.add_class::<values::FigureCheck>()?;
    m.add_class::<values::Span>()?;
    m.add_function(wrap_pyfunction!(pipeline::_bench_rust, m)?)?;
    let hook = wrap_pyfunction!(pipeline::_after_fork_child, m)?;
    m.add_function(hook.clone())?;
    // Fork safety: a child forked after parallel use runs sequentially.
    let os = py.import("os")?;
    if os.hasattr("register_at_fork")? {
        let kwargs = PyDict::new(py);
        kwargs.set_item("after_in_child", hook)?;
        os.call_method("register_at_fork", (), Some(&kwargs))?;
    }
    Ok(())
}
