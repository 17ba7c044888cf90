//! Quotes and speakers of every line of a JSONL file (`{"id", "text"}`), as the JSON
//! contract without claims: a quick loop for working on attribution alone.
//!
//! `cargo run --release -p onrecord-quotes --example quotes_jsonl -- FILE.jsonl [LANG]`
use onrecord_quotes::{CharIndex, Extractor};
use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: quotes_jsonl FILE.jsonl")?;
    let lang = std::env::args().nth(2).unwrap_or_else(|| "en".to_string());
    let ex = Extractor::for_language(&lang)?;
    let out = std::io::stdout();
    let mut out = out.lock();
    for line in std::io::BufReader::new(std::fs::File::open(path)?).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        let text = v["text"].as_str().unwrap_or_default();
        let a = ex.analyze(text);
        let idx = CharIndex::new(text);
        let sp = |s: onrecord_quotes::Span| {
            let c = s.to_chars(&idx);
            serde_json::json!({"start": c.start, "end": c.end, "text": s.slice(text)})
        };
        let quotes: Vec<_> = a
            .quotes
            .iter()
            .map(|q| {
                serde_json::json!({"id": q.id, "kind": q.kind, "span": sp(q.span), "content": sp(q.content),
                "speaker": q.speaker, "mention": q.mention.map(sp), "rule": q.rule,
                "cue": q.cue.as_ref().map(|c| c.lemma.clone())})
            })
            .collect();
        let speakers: Vec<_> = a
            .speakers
            .iter()
            .map(|s| serde_json::json!({"id": s.id, "name": s.name, "kind": s.kind, "title": s.title}))
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::json!({"id": v["id"], "quotes": quotes, "speakers": speakers})
        )?;
    }
    Ok(())
}
