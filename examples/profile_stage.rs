//! One stage over the texts of a JSONL file, once each, for a profiler: callgrind counts
//! instructions repeatably on a loaded machine, and `--toggle-collect` keeps the reading
//! of the file out of the count (see benches/README.md, "Profiling").
//!
//! `cargo run --release --example profile_stage -- STAGE FILE.jsonl [DOCS] [PASSES]`, where STAGE is
//! `quotes` (English), `quotes-auto`, `pipeline`, `pipeline-auto`, `claims` or `sentences`
//! (the UAX #29 baseline). Prints the bytes read, a checksum of the results and the wall
//! seconds of the stage alone (the file read and the set-up not counted), which
//! benches/peers/compare.py reads. With PASSES > 1 the stage runs that many times and the
//! median of the passes after the first (a warm-up: first-use tables, cold caches) is given.
use std::io::BufRead;
use unicode_segmentation::UnicodeSegmentation;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: profile_stage STAGE FILE.jsonl [DOCS]";
    let stage = args.next().ok_or(usage)?;
    let path = args.next().ok_or(usage)?;
    let docs: usize = args.next().map_or(Ok(usize::MAX), |n| n.parse())?;
    let passes: usize = args.next().map_or(Ok(1), |n| n.parse())?;
    let mut texts = Vec::new();
    for line in std::io::BufReader::new(std::fs::File::open(path)?)
        .lines()
        .take(docs)
    {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        texts.push(v["text"].as_str().unwrap_or_default().to_string());
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut secs = 0.0;
    let mut run = |f: &dyn Fn(&str) -> usize| {
        let mut times = Vec::new();
        let mut n = 0;
        for _ in 0..passes.max(1) {
            let t0 = std::time::Instant::now();
            n = run(&texts, f);
            times.push(t0.elapsed().as_secs_f64());
        }
        if times.len() > 1 {
            times.remove(0);
        }
        times.sort_by(f64::total_cmp);
        secs = times[times.len() / 2];
        n
    };
    let sum = match stage.as_str() {
        "quotes" | "quotes-auto" => {
            let lang = if stage == "quotes" { "en" } else { "auto" };
            let ex = onrecord::quotes::Extractor::for_language(lang)?;
            run(&|t| ex.analyze(t).quotes.len())
        }
        "pipeline" | "pipeline-auto" => {
            let lang = if stage == "pipeline" { "en" } else { "auto" };
            let p = onrecord::Pipeline::builder().language(lang).build()?;
            run(&|t| p.analyze(t).quotes().len())
        }
        "claims" => {
            let tagger = onrecord::Tagger::english();
            run(&|t| tagger.tag_text(t).len())
        }
        "sentences" => run(&|t| t.split_sentence_bound_indices().count()),
        _ => return Err(usage.into()),
    };
    println!(
        "{} docs, {bytes} bytes, checksum {sum}, {secs:.6} s",
        texts.len()
    );
    Ok(())
}

/// The stage over every text; callgrind collects inside this function only.
#[inline(never)]
fn run(texts: &[String], f: &dyn Fn(&str) -> usize) -> usize {
    texts.iter().map(|t| f(t)).sum()
}
