//! Eval runner: reads a JSONL file (fields `id`, `text`) and writes one
//! `{"id", "claims": [...]}` line per input line, offsets in code points.
//!
//! `cargo run --release -p onrecord-claims --example tag_jsonl -- FILE.jsonl`

use std::io::{BufRead, BufWriter, Write};

use onrecord_claims::{CharIndex, OffsetUnit, Tagger};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: tag_jsonl FILE.jsonl")?;
    let tagger = Tagger::english();
    let input = std::io::BufReader::new(std::fs::File::open(path)?);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: serde_json::Value = serde_json::from_str(&line)?;
        let text = doc.get("text").and_then(|t| t.as_str()).unwrap_or("");
        let index = CharIndex::new(text);
        let claims: Vec<_> = tagger
            .tag_text(text)
            .iter()
            .map(|c| c.report(text, &index, OffsetUnit::Chars))
            .collect();
        let rec = serde_json::json!({"id": doc.get("id"), "claims": claims});
        writeln!(out, "{rec}")?;
    }
    out.flush()?;
    Ok(())
}
