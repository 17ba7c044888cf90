//! Tuning aid: prints the check-worthiness features of each line's `text` of a JSONL file
//! as `{"id", "x": [...]}` lines.

use std::io::{BufRead, BufWriter, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: features_jsonl FILE.jsonl")?;
    let tagger = onrecord_claims::Tagger::english();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let line = line?;
        let doc: serde_json::Value = serde_json::from_str(&line)?;
        let text = doc.get("text").and_then(|t| t.as_str()).unwrap_or("");
        let x = tagger.checkworthy_features(text);
        writeln!(out, "{}", serde_json::json!({"id": doc.get("id"), "x": x}))?;
    }
    Ok(())
}
