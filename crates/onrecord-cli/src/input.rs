//! Reading inputs as records: whole files, or JSONL lines, in bounded chunks.

use crate::InputKind;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;

/// One input record.
#[derive(Debug)]
pub enum Record {
    /// A document to analyse.
    Doc {
        /// The caller's id (a file name, the id field, or the line number).
        id: serde_json::Value,
        /// The text.
        text: String,
    },
    /// A record that could not be read.
    Bad {
        /// Id when it could be read.
        id: Option<serde_json::Value>,
        /// The file it came from.
        source: String,
        /// 1-based line number.
        line: usize,
        /// Why it failed.
        reason: String,
    },
}

/// A source of records over several files.
pub struct Reader {
    files: Vec<PathBuf>,
    kind: InputKind,
    text_field: String,
    id_field: String,
    current: Option<(String, Box<dyn BufRead>, usize)>,
    next_file: usize,
}

impl Reader {
    /// Opens nothing yet; files are opened in turn as records are read.
    pub fn new(files: &[PathBuf], kind: InputKind, text_field: &str, id_field: &str) -> Result<Reader, String> {
        let files = if files.is_empty() { vec![PathBuf::from("-")] } else { files.to_vec() };
        for f in &files {
            if f.as_os_str() != "-" && !f.exists() {
                return Err(format!("{}: no such file", f.display()));
            }
        }
        Ok(Reader {
            files,
            kind,
            text_field: text_field.to_string(),
            id_field: id_field.to_string(),
            current: None,
            next_file: 0,
        })
    }

    /// Whether exactly one document will be read (one text file).
    pub fn single_document(&self) -> bool {
        self.kind == InputKind::Text && self.files.len() == 1
    }

    fn open(path: &PathBuf) -> Result<Box<dyn BufRead>, String> {
        if path.as_os_str() == "-" {
            return Ok(Box::new(BufReader::new(std::io::stdin())));
        }
        let f = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Box::new(BufReader::with_capacity(1 << 16, f)))
    }

    /// Up to `n` records, in input order; empty at the end.
    pub fn next_chunk(&mut self, n: usize) -> Result<Vec<Record>, String> {
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            if self.current.is_none() {
                let Some(path) = self.files.get(self.next_file).cloned() else {
                    break;
                };
                self.next_file += 1;
                let name = if path.as_os_str() == "-" { "<stdin>".to_string() } else { path.display().to_string() };
                let mut r = Self::open(&path)?;
                if self.kind == InputKind::Text {
                    let mut bytes = Vec::new();
                    r.read_to_end(&mut bytes).map_err(|e| format!("{name}: {e}"))?;
                    out.push(match String::from_utf8(bytes) {
                        Ok(text) => Record::Doc { id: serde_json::Value::String(name), text },
                        Err(e) => Record::Bad {
                            id: Some(serde_json::Value::String(name.clone())),
                            source: name,
                            line: 1,
                            reason: format!("not UTF-8: {e}"),
                        },
                    });
                    continue;
                }
                self.current = Some((name, r, 0));
            }
            let Some((name, r, line)) = self.current.as_mut() else {
                break;
            };
            let mut buf = Vec::new();
            let got = r.read_until(b'\n', &mut buf).map_err(|e| format!("{name}: {e}"))?;
            if got == 0 {
                self.current = None;
                continue;
            }
            *line += 1;
            while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                buf.pop();
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let (name, line) = (name.clone(), *line);
            out.push(self.parse_line(name, line, buf));
        }
        Ok(out)
    }

    fn parse_line(&self, source: String, line: usize, buf: Vec<u8>) -> Record {
        let bad = |id, reason: String| Record::Bad { id, source: source.clone(), line, reason };
        let s = match String::from_utf8(buf) {
            Ok(s) => s,
            Err(e) => return bad(None, format!("not UTF-8: {e}")),
        };
        let v: serde_json::Value = match serde_json::from_str(&s) {
            Ok(v) => v,
            Err(e) => return bad(None, format!("not JSON: {e}")),
        };
        let id = v.get(&self.id_field).cloned().unwrap_or(serde_json::Value::from(line));
        match v.get(&self.text_field) {
            Some(serde_json::Value::String(t)) => Record::Doc { id, text: t.clone() },
            Some(_) => bad(Some(id), format!("field `{}` is not a string", self.text_field)),
            None => bad(Some(id), format!("no field `{}`", self.text_field)),
        }
    }
}
