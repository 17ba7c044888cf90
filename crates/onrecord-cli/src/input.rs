//! Reading inputs as records: whole text files, folders of them, JSONL lines and CSV/TSV
//! rows, plain or gzip/zstd-compressed, from files or standard input.
//!
//! A reader thread ([`read_all`]) splits the inputs into [`Item`]s and sends them in
//! bounded [`Chunk`]s; the workers turn each item into a [`Record`] ([`Item::parse`]:
//! UTF-8 and JSON decoding happen there, on all cores). Every input record yields one
//! item; a record that cannot be read becomes a [`Bad`] one, never nothing.

use crate::InputKind;
use globset::GlobSet;
use serde_json::Value;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::Arc;

/// Records per chunk, at most.
pub const CHUNK_RECORDS: usize = 512;
/// Input bytes per chunk, at most (a chunk closes once it holds this much).
pub const CHUNK_BYTES: usize = 4 << 20;

/// A record that could not be read, with where it was and why.
#[derive(Clone, Debug)]
pub struct Bad {
    /// Its id, when it could be read.
    pub id: Option<Value>,
    /// The file it came from (`<stdin>` for standard input).
    pub source: Arc<str>,
    /// 1-based line where the record starts; `None` when the whole file is concerned.
    pub line: Option<usize>,
    /// Why it failed.
    pub reason: String,
    /// Whether the input itself could not be read (unreadable or truncated file), as
    /// opposed to one bad record in a readable input.
    pub input: bool,
}

impl Bad {
    /// The error record of the JSON outputs: `{"id", "error", "source", "line"}`.
    pub fn to_json(&self) -> String {
        /// The error record, in the contract's field order.
        #[derive(serde::Serialize)]
        struct ErrorRecord<'a> {
            id: &'a Option<Value>,
            error: &'a str,
            source: &'a str,
            line: Option<usize>,
        }
        let rec = ErrorRecord {
            id: &self.id,
            error: &self.reason,
            source: &self.source,
            line: self.line,
        };
        serde_json::to_string(&rec).unwrap_or_default()
    }

    /// `source:line` (or `source`).
    pub fn place(&self) -> String {
        match self.line {
            Some(l) => format!("{}:{l}", self.source),
            None => self.source.to_string(),
        }
    }
}

/// One record as read, not yet decoded.
#[derive(Debug)]
pub enum Item {
    /// A whole text file.
    File {
        /// Its name.
        source: Arc<str>,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// A JSONL line.
    Line {
        /// The file.
        source: Arc<str>,
        /// 1-based line number.
        line: usize,
        /// The line without its end.
        bytes: Vec<u8>,
    },
    /// A CSV or TSV row.
    Row {
        /// The file.
        source: Arc<str>,
        /// 1-based line where the row starts.
        line: usize,
        /// The text cell.
        text: Vec<u8>,
        /// The id cell, when the table has an id column.
        id: Option<Vec<u8>>,
    },
    /// Already known to be bad.
    Bad(Bad),
}

/// A decoded record.
#[derive(Debug)]
pub enum Record {
    /// A document to analyse.
    Doc {
        /// The caller's id (a file name, the id field, or the line number).
        id: Value,
        /// The text.
        text: String,
    },
    /// A record that could not be read.
    Bad(Bad),
}

/// Field (column) names of JSONL and CSV input.
#[derive(Clone, Debug)]
pub struct Fields {
    /// Field holding the text.
    pub text: String,
    /// Field holding the id.
    pub id: String,
}

fn strip_bom(b: &[u8]) -> &[u8] {
    b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b)
}

impl Item {
    /// Decodes the item (UTF-8, JSON); runs on the workers.
    pub fn parse(self, fields: &Fields) -> Record {
        match self {
            Item::Bad(b) => Record::Bad(b),
            Item::File { source, bytes } => {
                let id = Value::String(source.to_string());
                match String::from_utf8(bytes) {
                    Ok(mut text) => {
                        if text.starts_with('\u{feff}') {
                            text.drain(..3);
                        }
                        Record::Doc { id, text }
                    }
                    Err(e) => Record::Bad(Bad {
                        id: Some(id),
                        source,
                        line: Some(line_of(e.as_bytes(), e.utf8_error().valid_up_to())),
                        reason: format!("not UTF-8: {}", e.utf8_error()),
                        input: false,
                    }),
                }
            }
            Item::Line {
                source,
                line,
                bytes,
            } => {
                let bad = |id, reason: String| {
                    Record::Bad(Bad {
                        id,
                        source: source.clone(),
                        line: Some(line),
                        reason,
                        input: false,
                    })
                };
                let s = match std::str::from_utf8(&bytes) {
                    Ok(s) => s,
                    Err(e) => return bad(None, format!("not UTF-8: {e}")),
                };
                let v: Value = match serde_json::from_str(s) {
                    Ok(v) => v,
                    Err(e) => return bad(None, format!("not JSON: {e}")),
                };
                let Value::Object(mut map) = v else {
                    return bad(None, "not a JSON object".to_string());
                };
                let id = map.remove(&fields.id).unwrap_or(Value::from(line));
                match map.remove(&fields.text) {
                    Some(Value::String(text)) => Record::Doc { id, text },
                    Some(_) => bad(Some(id), format!("field `{}` is not a string", fields.text)),
                    None => bad(Some(id), format!("no field `{}`", fields.text)),
                }
            }
            Item::Row {
                source,
                line,
                text,
                id,
            } => {
                let id = match id.map(String::from_utf8) {
                    Some(Ok(s)) if !s.is_empty() => Value::String(s),
                    Some(Err(e)) => {
                        return Record::Bad(Bad {
                            id: None,
                            source,
                            line: Some(line),
                            reason: format!("id column not UTF-8: {}", e.utf8_error()),
                            input: false,
                        })
                    }
                    _ => Value::from(line),
                };
                match String::from_utf8(text) {
                    Ok(text) => Record::Doc { id, text },
                    Err(e) => Record::Bad(Bad {
                        id: Some(id),
                        source,
                        line: Some(line),
                        reason: format!("column `{}` not UTF-8: {}", fields.text, e.utf8_error()),
                        input: false,
                    }),
                }
            }
        }
    }
}

/// 1-based line of byte `at` in `b`.
fn line_of(b: &[u8], at: usize) -> usize {
    1 + b[..at.min(b.len())].iter().filter(|&&c| c == b'\n').count()
}

/// One input source: a file (explicit or found in a folder) or standard input.
#[derive(Clone, Debug)]
pub struct Source {
    /// The path; `None` for standard input.
    pub path: Option<PathBuf>,
    /// How it is read (never `Auto`).
    pub kind: InputKind,
}

impl Source {
    /// Its name in ids and error records.
    pub fn name(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => "<stdin>".to_string(),
        }
    }
}

/// The compression suffixes understood.
const COMPRESSED: &[&str] = &["gz", "gzip", "zst", "zstd"];

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
}

/// The input kind `auto` means for `path`, by its extension once a compression suffix
/// is removed: `.jsonl`/`.ndjson` JSONL, `.csv` CSV, `.tsv`/`.tab` TSV, anything else text.
pub fn detect_kind(path: &Path) -> InputKind {
    let mut p = path.to_path_buf();
    if extension(&p).is_some_and(|e| COMPRESSED.contains(&e.as_str())) {
        p.set_extension("");
    }
    match extension(&p).as_deref() {
        Some("jsonl" | "ndjson") => InputKind::Jsonl,
        Some("csv") => InputKind::Csv,
        Some("tsv" | "tab") => InputKind::Tsv,
        _ => InputKind::Text,
    }
}

/// The inputs named on the command line.
#[derive(Clone)]
pub struct Inputs {
    paths: Vec<PathBuf>,
    kind: InputKind,
    globs: Option<GlobSet>,
}

impl Inputs {
    /// Checks that every named path exists (`-` is standard input; no paths means
    /// standard input).
    pub fn new(
        paths: &[PathBuf],
        kind: InputKind,
        globs: Option<GlobSet>,
    ) -> Result<Inputs, String> {
        let paths = if paths.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            paths.to_vec()
        };
        for p in &paths {
            if p.as_os_str() != "-" && std::fs::metadata(p).is_err() {
                return Err(format!("{}: no such file or directory", p.display()));
            }
        }
        Ok(Inputs { paths, kind, globs })
    }

    fn kind_of(&self, path: &Path) -> InputKind {
        if self.kind == InputKind::Auto {
            detect_kind(path)
        } else {
            self.kind
        }
    }

    /// Whether exactly one document will be read (one text file or text on stdin).
    pub fn single_document(&self) -> bool {
        match self.paths.as_slice() {
            [p] if p.as_os_str() == "-" => matches!(self.kind, InputKind::Text | InputKind::Auto),
            [p] => !p.is_dir() && self.kind_of(p) == InputKind::Text,
            _ => false,
        }
    }

    /// Whether every input is read as text files (the readable report is then the
    /// default output); false when a folder or a record format is among them.
    pub fn all_text_files(&self) -> bool {
        self.paths.iter().all(|p| {
            if p.as_os_str() == "-" {
                matches!(self.kind, InputKind::Text | InputKind::Auto)
            } else {
                !p.is_dir() && self.kind_of(p) == InputKind::Text
            }
        })
    }

    /// Total size on disk, when no input is standard input (folders are walked).
    pub fn total_size(&self) -> Option<u64> {
        let mut total = 0;
        for p in &self.paths {
            if p.as_os_str() == "-" {
                return None;
            }
            if p.is_dir() {
                for s in self.walk(p).flatten() {
                    if let Some(path) = &s.path {
                        total += std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
                    }
                }
            } else {
                total += std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
            }
        }
        Some(total)
    }

    /// The files of a folder, recursively, sorted by name, hidden ones skipped,
    /// filtered by the globs (matched against the path below the folder).
    fn walk<'a>(&'a self, root: &'a Path) -> impl Iterator<Item = Result<Source, Bad>> + 'a {
        walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
            .filter_map(move |e| match e {
                Err(err) => Some(Err(Bad {
                    id: None,
                    source: Arc::from(err.path().unwrap_or(root).display().to_string().as_str()),
                    line: None,
                    reason: format!("cannot read: {err}"),
                    input: true,
                })),
                Ok(e) if !e.file_type().is_file() => None,
                Ok(e) => {
                    let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                    let keep = match &self.globs {
                        Some(g) => g.is_match(rel) || g.is_match(e.file_name()),
                        None => true,
                    };
                    keep.then(|| {
                        Ok(Source {
                            path: Some(e.path().to_path_buf()),
                            kind: self.kind_of(e.path()),
                        })
                    })
                }
            })
    }

    /// Every source in order: named files, and the files of named folders.
    pub fn sources(&self) -> impl Iterator<Item = Result<Source, Bad>> + '_ {
        self.paths.iter().flat_map(
            move |p| -> Box<dyn Iterator<Item = Result<Source, Bad>> + '_> {
                if p.as_os_str() == "-" {
                    let kind = if self.kind == InputKind::Auto {
                        InputKind::Text
                    } else {
                        self.kind
                    };
                    Box::new(std::iter::once(Ok(Source { path: None, kind })))
                } else if p.is_dir() {
                    Box::new(self.walk(p))
                } else {
                    Box::new(std::iter::once(Ok(Source {
                        path: Some(p.clone()),
                        kind: self.kind_of(p),
                    })))
                }
            },
        )
    }
}

/// Shared counters the reader updates and the progress bar reads.
#[derive(Default, Debug)]
pub struct Counters {
    /// Bytes read from disk or stdin (compressed size for compressed input).
    pub raw: AtomicU64,
    /// Bytes of records read (after decompression).
    pub text: AtomicU64,
}

/// A reader that counts the bytes it reads.
struct Counting<R> {
    inner: R,
    counters: Arc<Counters>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counters.raw.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// Opens a source, decompressing gzip or zstd as its magic bytes (or, for an empty
/// or unrecognisable file, its extension) say.
fn open(src: &Source, counters: &Arc<Counters>) -> Result<Box<dyn BufRead + Send>, String> {
    let raw: Box<dyn Read + Send> = match &src.path {
        None => Box::new(std::io::stdin()),
        Some(p) => Box::new(File::open(p).map_err(|e| format!("cannot open: {e}"))?),
    };
    let mut br = BufReader::with_capacity(
        1 << 18,
        Counting {
            inner: raw,
            counters: counters.clone(),
        },
    );
    let head = br.fill_buf().map_err(|e| format!("cannot read: {e}"))?;
    let ext = src.path.as_deref().and_then(extension).unwrap_or_default();
    if head.starts_with(GZIP_MAGIC) {
        Ok(Box::new(BufReader::with_capacity(
            1 << 18,
            flate2::bufread::MultiGzDecoder::new(br),
        )))
    } else if head.starts_with(ZSTD_MAGIC) {
        let d = zstd::stream::read::Decoder::with_buffer(br)
            .map_err(|e| format!("cannot start zstd: {e}"))?;
        Ok(Box::new(BufReader::with_capacity(1 << 18, d)))
    } else if COMPRESSED.contains(&ext.as_str()) {
        let what = if ext.starts_with('g') { "gzip" } else { "zstd" };
        if head.is_empty() {
            Err(format!("empty {what} file (truncated?)"))
        } else {
            Err(format!("not {what} data (bad magic bytes)"))
        }
    } else {
        Ok(Box::new(br))
    }
}

/// Why reading stopped early, for an error record.
fn read_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => {
            format!("input ends early (truncated compressed file?): {e}")
        }
        std::io::ErrorKind::InvalidData | std::io::ErrorKind::InvalidInput => {
            format!("corrupt input (truncated or damaged compressed file?): {e}")
        }
        _ => format!("cannot read: {e}"),
    }
}

/// A bounded batch of items, in input order.
pub struct Chunk {
    /// The items.
    pub items: Vec<Item>,
}

/// Collects items into chunks and sends them; `false` once the receiver is gone.
struct Batcher {
    tx: SyncSender<Chunk>,
    items: Vec<Item>,
    bytes: usize,
    counters: Arc<Counters>,
}

impl Batcher {
    fn push(&mut self, item: Item, bytes: usize) -> bool {
        self.counters
            .text
            .fetch_add(bytes as u64, Ordering::Relaxed);
        self.items.push(item);
        self.bytes += bytes;
        if self.items.len() >= CHUNK_RECORDS || self.bytes >= CHUNK_BYTES {
            return self.flush();
        }
        true
    }

    fn flush(&mut self) -> bool {
        if self.items.is_empty() {
            return true;
        }
        self.bytes = 0;
        let items = std::mem::replace(&mut self.items, Vec::with_capacity(CHUNK_RECORDS));
        self.tx.send(Chunk { items }).is_ok()
    }

    fn bad(
        &mut self,
        source: &Arc<str>,
        id: Option<Value>,
        line: Option<usize>,
        reason: String,
        input: bool,
    ) -> bool {
        self.push(
            Item::Bad(Bad {
                id,
                source: source.clone(),
                line,
                reason,
                input,
            }),
            0,
        )
    }
}

/// Reads `bytes` as one input of `kind` exactly as a file of that kind is read (JSONL
/// lines, or a CSV/TSV table with its header; anything else is one text document) and
/// decodes every record, in order. The reader's own path, for tests and the fuzz target.
pub fn parse_bytes(kind: InputKind, bytes: &[u8], fields: &Fields) -> Vec<Record> {
    // every chunk holds at least one record and there is at most one record per byte
    // (plus one), so the channel never fills and reading never blocks
    let (tx, rx) = std::sync::mpsc::sync_channel(bytes.len() + 2);
    let counters = Arc::new(Counters::default());
    let mut b = Batcher {
        tx,
        items: Vec::new(),
        bytes: 0,
        counters,
    };
    let name: Arc<str> = Arc::from("<bytes>");
    let reader: Box<dyn BufRead + Send> = Box::new(std::io::Cursor::new(bytes.to_vec()));
    match kind {
        InputKind::Jsonl => {
            read_lines(&name, reader, &mut b);
        }
        InputKind::Csv | InputKind::Tsv => {
            read_table(&name, reader, kind == InputKind::Tsv, fields, &mut b);
        }
        InputKind::Text | InputKind::Auto => {
            b.push(
                Item::File {
                    source: name,
                    bytes: bytes.to_vec(),
                },
                bytes.len(),
            );
        }
    }
    b.flush();
    drop(b);
    rx.into_iter()
        .flat_map(|chunk| chunk.items)
        .map(|item| item.parse(fields))
        .collect()
}

/// Reads every source in order and sends the records in chunks; returns when done or
/// when the receiving side hung up.
pub fn read_all(inputs: &Inputs, fields: &Fields, tx: SyncSender<Chunk>, counters: Arc<Counters>) {
    let mut b = Batcher {
        tx,
        items: Vec::with_capacity(CHUNK_RECORDS),
        bytes: 0,
        counters: counters.clone(),
    };
    for src in inputs.sources() {
        let go_on = match src {
            Err(bad) => b.push(Item::Bad(bad), 0),
            Ok(src) => read_source(&src, fields, &mut b, &counters),
        };
        if !go_on {
            return;
        }
    }
    b.flush();
}

fn read_source(src: &Source, fields: &Fields, b: &mut Batcher, counters: &Arc<Counters>) -> bool {
    let name: Arc<str> = Arc::from(src.name().as_str());
    let file_id = || Some(Value::String(name.to_string()));
    let mut r = match open(src, counters) {
        Ok(r) => r,
        Err(e) => {
            let id = if src.kind == InputKind::Text {
                file_id()
            } else {
                None
            };
            return b.bad(&name, id, None, e, true);
        }
    };
    match src.kind {
        InputKind::Text | InputKind::Auto => {
            let mut bytes = Vec::new();
            match r.read_to_end(&mut bytes) {
                Ok(n) => b.push(
                    Item::File {
                        source: name,
                        bytes,
                    },
                    n,
                ),
                Err(e) => b.bad(&name, file_id(), None, read_error(&e), true),
            }
        }
        InputKind::Jsonl => read_lines(&name, r, b),
        InputKind::Csv | InputKind::Tsv => {
            read_table(&name, r, src.kind == InputKind::Tsv, fields, b)
        }
    }
}

fn read_lines(name: &Arc<str>, mut r: Box<dyn BufRead + Send>, b: &mut Batcher) -> bool {
    let mut line = 0usize;
    loop {
        let mut buf = Vec::new();
        match r.read_until(b'\n', &mut buf) {
            Ok(0) => return true,
            Ok(n) => {
                line += 1;
                while buf.last().is_some_and(|c| *c == b'\n' || *c == b'\r') {
                    buf.pop();
                }
                if line == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
                    buf.drain(..3);
                }
                if buf.iter().all(u8::is_ascii_whitespace) {
                    b.counters.text.fetch_add(n as u64, Ordering::Relaxed);
                    continue;
                }
                if !b.push(
                    Item::Line {
                        source: name.clone(),
                        line,
                        bytes: buf,
                    },
                    n,
                ) {
                    return false;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return b.bad(name, None, Some(line + 1), read_error(&e), true),
        }
    }
}

fn read_table(
    name: &Arc<str>,
    r: Box<dyn BufRead + Send>,
    tsv: bool,
    fields: &Fields,
    b: &mut Batcher,
) -> bool {
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(if tsv { b'\t' } else { b',' })
        .has_headers(true)
        .flexible(false)
        .from_reader(r);
    let header = match rdr.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return b.bad(
                name,
                None,
                Some(1),
                format!("cannot read the header: {e}"),
                true,
            )
        }
    };
    let column = |want: &str| header.iter().position(|h| strip_bom(h) == want.as_bytes());
    let Some(text_col) = column(&fields.text) else {
        let names: Vec<String> = header
            .iter()
            .map(|h| String::from_utf8_lossy(strip_bom(h)).into_owned())
            .collect();
        let reason = format!(
            "no column `{}` in the header (columns: {})",
            fields.text,
            names.join(", ")
        );
        return b.bad(name, None, Some(1), reason, true);
    };
    let id_col = column(&fields.id);
    let mut rec = csv::ByteRecord::new();
    let mut last_byte = rdr.position().byte();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => return true,
            Ok(true) => {
                let line = rec.position().map(|p| p.line() as usize).unwrap_or(0);
                let pos = rdr.position().byte();
                let n = (pos - last_byte.min(pos)) as usize;
                last_byte = pos;
                let text = rec.get(text_col).unwrap_or_default().to_vec();
                let id = id_col.and_then(|c| rec.get(c)).map(<[u8]>::to_vec);
                if !b.push(
                    Item::Row {
                        source: name.clone(),
                        line,
                        text,
                        id,
                    },
                    n,
                ) {
                    return false;
                }
            }
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                match e.into_kind() {
                    csv::ErrorKind::Io(io) => {
                        return b.bad(name, None, line, read_error(&io), true)
                    }
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => {
                        last_byte = rdr.position().byte();
                        let reason = format!(
                            "bad CSV row: {len} fields where the header has {expected_len}"
                        );
                        if !b.bad(name, None, line, reason, false) {
                            return false;
                        }
                    }
                    other => {
                        let reason = format!("bad CSV row: {other:?}");
                        let before = last_byte;
                        last_byte = rdr.position().byte();
                        if !b.bad(name, None, line, reason, false) {
                            return false;
                        }
                        if last_byte == before {
                            // No progress: the reader cannot go on in this file.
                            return true;
                        }
                    }
                }
            }
        }
    }
}
