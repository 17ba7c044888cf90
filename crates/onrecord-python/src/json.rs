//! Conversions between `serde_json::Value` and Python objects, and a defensive reader
//! for the report's JSON objects.
//!
//! Result objects are built from the JSON contract (`onrecord::report`) after a JSON
//! round trip, so that they hold exactly what the CLI prints (an `f32` score of 0.9 stays
//! 0.9), and so that fields the facade adds later are kept (in `extra`) rather than lost.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::Value;

/// A JSON object.
pub type Map = serde_json::Map<String, Value>;

/// A JSON value as a Python object (`dict`, `list`, `str`, `int`, `float`, `bool`, `None`).
pub fn to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => map_to_py(py, map)?.into_any(),
    })
}

/// A JSON object as a Python `dict`.
pub fn map_to_py<'py>(py: Python<'py>, map: &Map) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    for (k, v) in map {
        dict.set_item(k, to_py(py, v)?)?;
    }
    Ok(dict)
}

/// A Python object made of JSON types as a JSON value.
///
/// # Errors
/// `TypeError` for anything JSON cannot hold.
pub fn from_py(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return Ok(serde_json::Number::from_f64(f.value()).map_or(Value::Null, Value::Number));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        return Ok(Value::Object(dict_from_py(d)?));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut out = Vec::new();
        for item in obj.try_iter()? {
            out.push(from_py(&item?)?);
        }
        return Ok(Value::Array(out));
    }
    Err(PyTypeError::new_err(format!(
        "expected a JSON value (dict, list, str, int, float, bool or None), got {}",
        obj.get_type().name()?
    )))
}

/// A Python `dict` with `str` keys as a JSON object.
pub fn dict_from_py(d: &Bound<'_, PyDict>) -> PyResult<Map> {
    let mut map = Map::new();
    for (k, v) in d.iter() {
        let key: String = k
            .extract()
            .map_err(|_| PyTypeError::new_err("dict keys must be str"))?;
        map.insert(key, from_py(&v)?);
    }
    Ok(map)
}

/// Reads the fields of one JSON object, each at most once; what is left over is the
/// `extra` of the result object. Missing or mistyped fields read as defaults: the report
/// is produced by Rust code we trust, and this never panics.
pub struct Fields(Map);

impl Fields {
    /// Wraps a JSON value (a non-object reads as an empty object).
    pub fn new(value: Value) -> Fields {
        match value {
            Value::Object(map) => Fields(map),
            _ => Fields(Map::new()),
        }
    }

    /// Removes and returns a field (`null` when missing).
    pub fn take(&mut self, key: &str) -> Value {
        self.0.remove(key).unwrap_or(Value::Null)
    }

    /// An unsigned integer field.
    pub fn usize(&mut self, key: &str) -> usize {
        self.opt_usize(key).unwrap_or(0)
    }

    /// An optional unsigned integer field.
    pub fn opt_usize(&mut self, key: &str) -> Option<usize> {
        self.take(key)
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
    }

    /// A `u32` field.
    pub fn u32(&mut self, key: &str) -> u32 {
        self.opt_u32(key).unwrap_or(0)
    }

    /// An optional `u32` field.
    pub fn opt_u32(&mut self, key: &str) -> Option<u32> {
        self.take(key).as_u64().and_then(|n| u32::try_from(n).ok())
    }

    /// A float field.
    pub fn f64(&mut self, key: &str) -> f64 {
        self.opt_f64(key).unwrap_or(0.0)
    }

    /// An optional float field.
    pub fn opt_f64(&mut self, key: &str) -> Option<f64> {
        self.take(key).as_f64()
    }

    /// A boolean field.
    pub fn bool(&mut self, key: &str) -> bool {
        self.take(key).as_bool().unwrap_or(false)
    }

    /// A string field.
    pub fn string(&mut self, key: &str) -> String {
        self.opt_string(key).unwrap_or_default()
    }

    /// An optional string field.
    pub fn opt_string(&mut self, key: &str) -> Option<String> {
        match self.take(key) {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A list of strings.
    pub fn strings(&mut self, key: &str) -> Vec<String> {
        self.list(key)
            .into_iter()
            .filter_map(|v| match v {
                Value::String(s) => Some(s),
                _ => None,
            })
            .collect()
    }

    /// A list field.
    pub fn list(&mut self, key: &str) -> Vec<Value> {
        match self.take(key) {
            Value::Array(items) => items,
            _ => Vec::new(),
        }
    }

    /// An optional object field, as a reader.
    pub fn opt_object(&mut self, key: &str) -> Option<Fields> {
        match self.take(key) {
            Value::Object(map) => Some(Fields(map)),
            _ => None,
        }
    }

    /// An object field, as a reader (empty when missing).
    pub fn object(&mut self, key: &str) -> Fields {
        self.opt_object(key).unwrap_or(Fields(Map::new()))
    }

    /// The fields not read.
    pub fn rest(self) -> Map {
        self.0
    }
}
