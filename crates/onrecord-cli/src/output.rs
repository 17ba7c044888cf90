//! Rendering records in each output format, and writing them in order.

use crate::input::Record;
use crate::Format;
use onrecord::report::{ClaimsDocument, Document};
use onrecord::{OffsetUnit, Pipeline};
use std::io::Write;

/// Renders one record as the text to write (without the separator between records).
pub fn render(pipeline: &Pipeline, rec: &Record, format: Format, claims_mode: bool, unit: OffsetUnit) -> String {
    match rec {
        Record::Bad { id, source, line, reason } => {
            let v = serde_json::json!({"id": id, "error": reason, "source": source, "line": line});
            match format {
                Format::Json | Format::Jsonl => v.to_string(),
                Format::Csv => String::new(),
                Format::Text => format!("== {source}:{line}: error: {reason}\n"),
            }
        }
        Record::Doc { id, text } => {
            if claims_mode {
                let claims = pipeline.tag_claims(text);
                let doc = ClaimsDocument::new(&claims, text, Some(id.clone()), unit);
                return match format {
                    Format::Jsonl => serde_json::to_string(&doc).unwrap_or_default(),
                    Format::Json => serde_json::to_string_pretty(&doc).unwrap_or_default(),
                    Format::Csv => claims_csv(id, &doc),
                    Format::Text => {
                        let mut s = format!("== {}\n", id_text(id));
                        for c in &claims {
                            s.push_str(&format!("  claim {}\n", onrecord::render::claim_line(c, text)));
                        }
                        s
                    }
                };
            }
            let analysis = pipeline.analyze(text);
            match format {
                Format::Text => format!("== {}\n{}", id_text(id), onrecord::render::annotated(&analysis, text)),
                Format::Jsonl => analysis.report(text, Some(id.clone()), unit).to_json(),
                Format::Json => serde_json::to_string_pretty(&analysis.report(text, Some(id.clone()), unit)).unwrap_or_default(),
                Format::Csv => quotes_csv(id, &analysis.report(text, Some(id.clone()), unit)),
            }
        }
    }
}

fn id_text(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// CSV columns of the quotes table.
pub const QUOTE_COLUMNS: &[&str] = &[
    "doc_id", "quote_id", "kind", "start", "end", "text", "speaker_id", "speaker", "speaker_kind",
    "speaker_title", "speaker_gender", "mention", "cue", "rule", "confidence", "paragraph",
    "sentence", "claims",
];

/// CSV columns of the claims table.
pub const CLAIM_COLUMNS: &[&str] = &["doc_id", "claim", "start", "end", "types", "score", "checkworthy", "values"];

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn row(cells: &[String]) -> String {
    let mut s = cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",");
    s.push('\n');
    s
}

fn quotes_csv(id: &serde_json::Value, doc: &Document) -> String {
    let mut out = String::new();
    for q in &doc.quotes {
        let sp = q.speaker.and_then(|s| doc.speakers.get(s as usize));
        out.push_str(&row(&[
            id_text(id),
            q.id.to_string(),
            q.kind.to_string(),
            q.content.start.to_string(),
            q.content.end.to_string(),
            q.text.clone(),
            q.speaker.map(|s| s.to_string()).unwrap_or_default(),
            sp.map(|s| s.name.clone()).unwrap_or_default(),
            sp.map(|s| s.kind.to_string()).unwrap_or_default(),
            sp.and_then(|s| s.title.clone()).unwrap_or_default(),
            sp.and_then(|s| s.gender.map(str::to_string)).unwrap_or_default(),
            q.mention.as_ref().map(|m| m.text.clone()).unwrap_or_default(),
            q.cue.as_ref().map(|c| c.lemma.clone()).unwrap_or_default(),
            q.rule.unwrap_or_default().to_string(),
            q.confidence.to_string(),
            q.paragraph.to_string(),
            q.sentence.to_string(),
            q.claims.len().to_string(),
        ]));
    }
    out
}

fn claims_csv(id: &serde_json::Value, doc: &ClaimsDocument) -> String {
    let mut out = String::new();
    for (i, c) in doc.claims.iter().enumerate() {
        let v = serde_json::to_value(c).unwrap_or_default();
        let types: Vec<String> = v["types"].as_array().map(|a| a.iter().filter_map(|t| t.as_str().map(str::to_string)).collect()).unwrap_or_default();
        let values: Vec<String> = v["quantities"].as_array().map(|a| a.iter().map(|q| q["value"].to_string()).collect()).unwrap_or_default();
        out.push_str(&row(&[
            id_text(id),
            i.to_string(),
            v["span"]["start"].to_string(),
            v["span"]["end"].to_string(),
            types.join(";"),
            v["score"].to_string(),
            v["checkworthy"].to_string(),
            values.join(";"),
        ]));
    }
    out
}

/// Writes rendered records with the separators each format needs.
pub struct Writer<W: Write> {
    out: std::io::BufWriter<W>,
    format: Format,
    claims_mode: bool,
    single: bool,
    count: usize,
}

impl<W: Write> Writer<W> {
    /// A writer for `format`; `single` when exactly one document will come (plain JSON
    /// is then an object, not an array).
    pub fn new(out: W, format: Format, claims_mode: bool, single: bool) -> Self {
        Writer { out: std::io::BufWriter::with_capacity(1 << 16, out), format, claims_mode, single, count: 0 }
    }

    /// Writes one record.
    pub fn write(&mut self, s: &str) -> std::io::Result<()> {
        match self.format {
            Format::Jsonl => {
                self.out.write_all(s.as_bytes())?;
                self.out.write_all(b"\n")?;
            }
            Format::Json => {
                if !self.single {
                    self.out.write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
                }
                self.out.write_all(s.as_bytes())?;
            }
            Format::Csv => {
                if self.count == 0 {
                    let cols = if self.claims_mode { CLAIM_COLUMNS } else { QUOTE_COLUMNS };
                    self.out.write_all(row(&cols.iter().map(|c| c.to_string()).collect::<Vec<_>>()).as_bytes())?;
                }
                self.out.write_all(s.as_bytes())?;
            }
            Format::Text => {
                if self.count > 0 {
                    self.out.write_all(b"\n")?;
                }
                self.out.write_all(s.as_bytes())?;
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Closes the output (the JSON array's bracket) and flushes.
    pub fn finish(mut self) -> std::io::Result<()> {
        if self.format == Format::Json {
            if !self.single {
                self.out.write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
            } else {
                self.out.write_all(b"\n")?;
            }
        }
        self.out.flush()
    }
}
