//! Rendering records in each output format, and writing them in order.
//!
//! Rendering runs on the worker threads (one record at a time, into bytes); the
//! [`Writer`] runs on the main thread and adds what goes between records (the JSON
//! array's brackets and commas, a table's header, a blank line between reports).

use crate::input::{Bad, Record};
use crate::{Format, Table};
use onrecord::report::{ClaimsDocument, Document};
use onrecord::{OffsetUnit, Pipeline};
use serde_json::Value;
use std::io::Write;

/// What one record gave: its rendering, its counts, and its failure if any.
pub struct Rendered {
    /// The record in the output format, without separators.
    pub bytes: Vec<u8>,
    /// Quotes found.
    pub quotes: u64,
    /// Speakers found.
    pub speakers: u64,
    /// Claims found.
    pub claims: u64,
    /// Why the record failed, when it did.
    pub failure: Option<Bad>,
}

/// How records are rendered: everything the workers need besides the pipeline.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Output format.
    pub format: Format,
    /// Table of `--format csv|tsv`.
    pub table: Table,
    /// The `claims` subcommand: claims of the whole text, not of quotes.
    pub claims_mode: bool,
    /// Offset unit.
    pub unit: OffsetUnit,
}

/// Renders one record.
pub fn render(pipeline: &Pipeline, rec: Record, style: Style) -> Rendered {
    match rec {
        Record::Bad(bad) => Rendered {
            bytes: render_bad(&bad, style),
            quotes: 0,
            speakers: 0,
            claims: 0,
            failure: Some(bad),
        },
        Record::Doc { id, text } => {
            if style.claims_mode {
                render_claims(pipeline, id, &text, style)
            } else {
                render_quotes(pipeline, id, &text, style)
            }
        }
    }
}

fn render_bad(bad: &Bad, style: Style) -> Vec<u8> {
    match style.format {
        Format::Json | Format::Jsonl => bad.to_json().into_bytes(),
        Format::Text => format!("== {}: error: {}\n", bad.place(), bad.reason).into_bytes(),
        Format::Csv | Format::Tsv => {
            let columns = style.table.columns(style.claims_mode);
            let mut cells = vec![String::new(); columns.len()];
            cells[0] = bad.id.as_ref().map(id_text).unwrap_or_default();
            if let Some(last) = cells.last_mut() {
                *last = format!("{}: {}", bad.place(), bad.reason);
            }
            table_rows(style.format, &[cells])
        }
    }
}

fn render_quotes(pipeline: &Pipeline, id: Value, text: &str, style: Style) -> Rendered {
    let analysis = pipeline.analyze(text);
    let quotes = analysis.quotes().len() as u64;
    let speakers = analysis.speakers().len() as u64;
    let claims = analysis.claims().count() as u64;
    let bytes = match style.format {
        Format::Text => format!(
            "== {}\n{}",
            id_text(&id),
            onrecord::render::annotated(&analysis, text)
        )
        .into_bytes(),
        Format::Jsonl => analysis
            .report(text, Some(id), style.unit)
            .to_json()
            .into_bytes(),
        Format::Json => to_pretty(&analysis.report(text, Some(id), style.unit)),
        Format::Csv | Format::Tsv => {
            let doc = analysis.report(text, Some(id.clone()), style.unit);
            let rows = match style.table {
                Table::Quotes => quote_rows(&id, &doc),
                Table::Claims => quote_claim_rows(&id, &doc),
                Table::Speakers => speaker_rows(&id, &doc),
            };
            table_rows(style.format, &rows)
        }
    };
    Rendered {
        bytes,
        quotes,
        speakers,
        claims,
        failure: None,
    }
}

fn render_claims(pipeline: &Pipeline, id: Value, text: &str, style: Style) -> Rendered {
    let claims = pipeline.tag_claims(text);
    let count = claims.len() as u64;
    let bytes = match style.format {
        Format::Text => {
            let mut s = format!("== {}\n", id_text(&id));
            for c in &claims {
                s.push_str(&format!(
                    "  claim {}\n",
                    onrecord::render::claim_line(c, text)
                ));
            }
            s.into_bytes()
        }
        Format::Jsonl => {
            serde_json::to_vec(&ClaimsDocument::new(&claims, text, Some(id), style.unit))
                .unwrap_or_default()
        }
        Format::Json => to_pretty(&ClaimsDocument::new(&claims, text, Some(id), style.unit)),
        Format::Csv | Format::Tsv => {
            let doc = ClaimsDocument::new(&claims, text, Some(id.clone()), style.unit);
            let rows: Vec<Vec<String>> = doc
                .claims
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    claim_row(
                        &id,
                        None,
                        None,
                        i,
                        &serde_json::to_value(c).unwrap_or_default(),
                    )
                })
                .collect();
            table_rows(style.format, &rows)
        }
    };
    Rendered {
        bytes,
        quotes: 0,
        speakers: 0,
        claims: count,
        failure: None,
    }
}

fn to_pretty<T: serde::Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec_pretty(v).unwrap_or_default()
}

fn id_text(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Columns of `--table quotes`: one row per quote, with its speaker.
pub const QUOTE_COLUMNS: &[&str] = &[
    "doc_id",
    "quote_id",
    "kind",
    "start",
    "end",
    "text",
    "speaker_id",
    "speaker",
    "speaker_kind",
    "speaker_title",
    "speaker_gender",
    "mention",
    "cue",
    "rule",
    "confidence",
    "paragraph",
    "sentence",
    "claims",
    "error",
];

/// Columns of `--table claims` and of the `claims` subcommand: one row per claim, with
/// the quote and speaker it belongs to (empty for claims of plain text).
pub const CLAIM_COLUMNS: &[&str] = &[
    "doc_id",
    "quote_id",
    "speaker_id",
    "speaker",
    "claim_id",
    "start",
    "end",
    "text",
    "types",
    "causal",
    "score",
    "checkworthy",
    "quantities",
    "time",
    "figure_checks",
    "error",
];

/// Columns of `--table speakers`: one row per speaker, with their number of quotes.
pub const SPEAKER_COLUMNS: &[&str] = &[
    "doc_id",
    "speaker_id",
    "name",
    "kind",
    "title",
    "gender",
    "mentions",
    "quotes",
    "error",
];

impl Table {
    /// The columns of this table.
    pub fn columns(self, claims_mode: bool) -> &'static [&'static str] {
        if claims_mode {
            return CLAIM_COLUMNS;
        }
        match self {
            Table::Quotes => QUOTE_COLUMNS,
            Table::Claims => CLAIM_COLUMNS,
            Table::Speakers => SPEAKER_COLUMNS,
        }
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn quote_rows(id: &Value, doc: &Document) -> Vec<Vec<String>> {
    doc.quotes
        .iter()
        .map(|q| {
            let sp = q.speaker.and_then(|s| doc.speakers.get(s as usize));
            vec![
                id_text(id),
                q.id.to_string(),
                q.kind.to_string(),
                q.content.start.to_string(),
                q.content.end.to_string(),
                q.text.clone(),
                opt(q.speaker),
                opt(sp.map(|s| &s.name)),
                opt(sp.map(|s| s.kind)),
                opt(sp.and_then(|s| s.title.as_ref())),
                opt(sp.and_then(|s| s.gender)),
                opt(q.mention.as_ref().map(|m| &m.text)),
                opt(q.cue.as_ref().map(|c| &c.lemma)),
                opt(q.rule),
                q.confidence.to_string(),
                q.paragraph.to_string(),
                q.sentence.to_string(),
                q.claims.len().to_string(),
                String::new(),
            ]
        })
        .collect()
}

fn quote_claim_rows(id: &Value, doc: &Document) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut n = 0;
    for q in &doc.quotes {
        let sp = q.speaker.and_then(|s| doc.speakers.get(s as usize));
        for c in &q.claims {
            let v = serde_json::to_value(c).unwrap_or_default();
            rows.push(claim_row(
                id,
                Some(q.id),
                sp.map(|s| (s.id, s.name.as_str())),
                n,
                &v,
            ));
            n += 1;
        }
    }
    rows
}

fn speaker_rows(id: &Value, doc: &Document) -> Vec<Vec<String>> {
    doc.speakers
        .iter()
        .map(|s| {
            let quotes = doc
                .quotes
                .iter()
                .filter(|q| q.speaker == Some(s.id))
                .count();
            vec![
                id_text(id),
                s.id.to_string(),
                s.name.clone(),
                s.kind.to_string(),
                opt(s.title.as_ref()),
                opt(s.gender),
                s.mentions.len().to_string(),
                quotes.to_string(),
                String::new(),
            ]
        })
        .collect()
}

/// A JSON scalar as a cell: strings bare, null empty.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) => match n.as_f64() {
            // 80000.0 → 80000
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
            _ => n.to_string(),
        },
        other => other.to_string(),
    }
}

/// One quantity as `value unit` (or `low-high unit`), e.g. `300000 Americans`.
fn quantity_text(q: &Value) -> String {
    let value = match q.get("range").and_then(Value::as_array) {
        Some(r) if r.len() == 2 => format!("{}-{}", cell(&r[0]), cell(&r[1])),
        _ => cell(q.get("value").unwrap_or(&Value::Null)),
    };
    match q.get("unit").map(cell).filter(|u| !u.is_empty()) {
        Some(unit) => format!("{value} {unit}"),
        None => value,
    }
}

fn list(v: &Value, key: &str, f: impl Fn(&Value) -> String) -> String {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().map(f).collect::<Vec<_>>().join("; "))
        .unwrap_or_default()
}

fn claim_row(
    id: &Value,
    quote: Option<u32>,
    speaker: Option<(u32, &str)>,
    n: usize,
    c: &Value,
) -> Vec<String> {
    let null = Value::Null;
    let get = |k: &str| c.get(k).unwrap_or(&null);
    let span = get("span");
    vec![
        id_text(id),
        opt(quote),
        opt(speaker.map(|s| s.0)),
        opt(speaker.map(|s| s.1)),
        n.to_string(),
        cell(span.get("start").unwrap_or(&null)),
        cell(span.get("end").unwrap_or(&null)),
        cell(get("text")),
        list(c, "types", cell),
        cell(get("causal")),
        cell(get("score")),
        cell(get("checkworthy")),
        list(c, "quantities", quantity_text),
        list(c, "time", |t| cell(t.get("text").unwrap_or(&Value::Null))),
        list(c, "figure_checks", |f| {
            format!(
                "{} vs {}",
                cell(f.get("relation").unwrap_or(&Value::Null)),
                cell(
                    f.get("other")
                        .and_then(|o| o.get("text"))
                        .unwrap_or(&Value::Null)
                )
            )
        }),
        String::new(),
    ]
}

fn delimiter(format: Format) -> u8 {
    if format == Format::Tsv {
        b'\t'
    } else {
        b','
    }
}

/// Rows as CSV or TSV bytes (quoted as RFC 4180 wants: fields holding the delimiter,
/// quotes or newlines are quoted).
pub fn table_rows(format: Format, rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter(format))
        .has_headers(false)
        .flexible(true)
        .from_writer(Vec::new());
    for r in rows {
        // Writing into a Vec cannot fail.
        let _ = w.write_record(r);
    }
    w.into_inner().unwrap_or_default()
}

/// Writes rendered records with the separators each format needs.
pub struct Writer<W: Write> {
    out: std::io::BufWriter<W>,
    style: Style,
    single: bool,
    count: usize,
}

impl<W: Write> Writer<W> {
    /// A writer for `style`; `single` when exactly one document will come (plain JSON
    /// is then an object, not an array).
    pub fn new(out: W, style: Style, single: bool) -> Self {
        Writer {
            out: std::io::BufWriter::with_capacity(1 << 18, out),
            style,
            single,
            count: 0,
        }
    }

    /// Writes the table header, when the format has one; call once before any record.
    pub fn start(&mut self) -> std::io::Result<()> {
        if matches!(self.style.format, Format::Csv | Format::Tsv) {
            let cols: Vec<String> = self
                .style
                .table
                .columns(self.style.claims_mode)
                .iter()
                .map(|c| c.to_string())
                .collect();
            self.out
                .write_all(&table_rows(self.style.format, &[cols]))?;
        }
        Ok(())
    }

    /// Writes one record.
    pub fn write(&mut self, s: &[u8]) -> std::io::Result<()> {
        match self.style.format {
            Format::Jsonl => {
                self.out.write_all(s)?;
                self.out.write_all(b"\n")?;
            }
            Format::Json => {
                if !self.single {
                    self.out
                        .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
                }
                self.out.write_all(s)?;
            }
            Format::Csv | Format::Tsv => self.out.write_all(s)?,
            Format::Text => {
                if self.count > 0 {
                    self.out.write_all(b"\n")?;
                }
                self.out.write_all(s)?;
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Closes the output (the JSON array's bracket), flushes, and hands back the
    /// underlying writer.
    pub fn finish(mut self) -> std::io::Result<W> {
        if self.style.format == Format::Json {
            if !self.single {
                self.out
                    .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
            } else if self.count > 0 {
                self.out.write_all(b"\n")?;
            }
        }
        self.out.flush()?;
        self.out.into_inner().map_err(|e| e.into_error())
    }
}
