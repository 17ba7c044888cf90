//! The one place where binding errors become Python exceptions.
//!
//! The exception classes are declared in Python (`python/onrecord/errors.py`) so that
//! `ConfigError` can be both an `onrecord.Error` and a `ValueError` (multiple inheritance,
//! which `create_exception!` cannot express); they are raised from here through
//! `import_exception!`.

use pyo3::exceptions::PyValueError;
use pyo3::PyErr;

pyo3::import_exception!(onrecord.errors, Error);
pyo3::import_exception!(onrecord.errors, ConfigError);

/// Everything the binding rejects on purpose.
#[derive(Debug)]
pub enum BindingError {
    /// Pipeline options rejected (unknown language …): `onrecord.ConfigError`.
    Config(String),
    /// A bad argument value (`threads=0`, `offsets="x"`): `ValueError`.
    Value(String),
    /// The thread pool could not be started: `onrecord.Error`.
    Threads(String),
}

impl From<BindingError> for PyErr {
    fn from(err: BindingError) -> PyErr {
        match err {
            BindingError::Config(msg) => ConfigError::new_err(msg),
            BindingError::Value(msg) => PyValueError::new_err(msg),
            BindingError::Threads(msg) => Error::new_err(msg),
        }
    }
}

impl From<onrecord::Error> for BindingError {
    fn from(err: onrecord::Error) -> BindingError {
        BindingError::Config(err.to_string())
    }
}

/// Parses an `offsets=` argument.
pub fn parse_unit(offsets: &str) -> Result<onrecord::OffsetUnit, BindingError> {
    match offsets {
        "chars" => Ok(onrecord::OffsetUnit::Chars),
        "utf16" => Ok(onrecord::OffsetUnit::Utf16),
        "bytes" => Ok(onrecord::OffsetUnit::Bytes),
        other => Err(BindingError::Value(format!(
            "offsets must be one of 'chars', 'utf16', 'bytes'; got '{other}'"
        ))),
    }
}

/// The name of an offset unit, as `offsets=` spells it.
pub fn unit_name(unit: onrecord::OffsetUnit) -> &'static str {
    match unit {
        onrecord::OffsetUnit::Chars => "chars",
        onrecord::OffsetUnit::Utf16 => "utf16",
        onrecord::OffsetUnit::Bytes => "bytes",
    }
}
