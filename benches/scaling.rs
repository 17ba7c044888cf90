//! A quick check that cost grows linearly with input, adversarial input included.
//!
//! `cargo bench --bench scaling` times the quote extractor, the claim tagger and the whole
//! pipeline once per input at doubling sizes (16 KB up to `ONRECORD_SCALING_MAX_KB`, default
//! 1024), and stops growing an input once one run takes longer than 2 s. It prints time per
//! byte, its growth from the smallest size (1.0 = linear; 2.0 per doubling = quadratic), and
//! the ratio to news text of the same size. Use it to find a super-linear stage before running
//! the criterion bench, whose adversarial group would otherwise run for a very long time.

mod common;

use common::*;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A named stage to time.
type Stage<'a> = (&'static str, &'a dyn Fn(&str));

fn time_one(f: &dyn Fn(&str), text: &str) -> Duration {
    // The best of 3 runs (1 run when slow).
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let t0 = Instant::now();
        f(black_box(text));
        let dt = t0.elapsed();
        best = best.min(dt);
        if dt > Duration::from_millis(500) {
            break;
        }
    }
    best
}

fn main() {
    let arts = articles();
    let max_kb = env_mb("ONRECORD_SCALING_MAX_KB", 1024);
    let extractor = onrecord::quotes::Extractor::english();
    let tagger = onrecord::Tagger::english();
    let pipeline = onrecord::Pipeline::english();
    let stages: [Stage; 3] = [
        ("quotes", &|t| {
            black_box(extractor.analyze(t));
        }),
        ("claims", &|t| {
            black_box(tagger.tag_text(t));
        }),
        ("pipeline", &|t| {
            black_box(pipeline.analyze(t));
        }),
    ];
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    println!(
        "{:<9} {:<20} {:>7} {:>10} {:>8} {:>9}",
        "stage", "input", "KB", "ns/byte", "growth", "x news"
    );
    for (stage, f) in stages {
        if !filter.is_empty() && !filter.iter().any(|w| stage.contains(w.as_str())) {
            continue;
        }
        let mut news_per_byte = std::collections::HashMap::new();
        let mut first = std::collections::HashMap::new();
        let mut stopped = std::collections::HashSet::new();
        let mut kb = 16;
        while kb <= max_kb {
            for (name, text) in adversarial_family(&arts, kb * 1024) {
                if stopped.contains(name) {
                    continue;
                }
                let dt = time_one(f, &text);
                let per_byte = dt.as_nanos() as f64 / text.len() as f64;
                let base = *first.entry(name).or_insert(per_byte);
                if name == "news" {
                    news_per_byte.insert(kb, per_byte);
                }
                let news = news_per_byte.get(&kb).copied().unwrap_or(per_byte);
                println!(
                    "{stage:<9} {name:<20} {kb:>7} {per_byte:>10.2} {:>8.2} {:>9.2}",
                    per_byte / base,
                    per_byte / news
                );
                if dt > Duration::from_secs(2) {
                    println!(
                        "{stage:<9} {name:<20} stopped: {:.1} s for one run",
                        dt.as_secs_f64()
                    );
                    stopped.insert(name);
                }
            }
            kb *= 4;
        }
    }
}
