//! Throughput of the onrecord pipeline, always beside an in-process baseline.
//!
//! Every group measures onrecord and, on the same text in the same process, UAX #29
//! sentence splitting with unicode-segmentation (`split_sentence_bound_indices`, counting
//! sentences). The machines are shared and noisy, so the figure to read is the ratio of the
//! two, which the bench prints at the end (see benches/README.md).
//!
//! Groups:
//! - `pipeline`: the whole pipeline (`Pipeline::english().analyze`: quotes, speakers, claims);
//! - `quotes`: quotes and speakers alone (`quotes::Extractor::english().analyze`);
//! - `claims`: the claim tagger over whole texts (`Tagger::english().tag_text`);
//!
//!   each over `articles` (examples/articles/*.txt concatenated, one text), `corpus` (about
//!   16 MB of generated documents built from the sample articles' paragraphs, analysed one
//!   document at a time) and, when `../shared/eval/polnear.dev.jsonl` is present, `polnear`
//!   (its texts, one document at a time);
//! - `adversarial`: the whole pipeline on a megabyte of quote marks of every kind, quote marks
//!   between words, deep nesting, unclosed marks, and one 10 MB paragraph, beside news text
//!   of the same size;
//! - `linearity`: the whole pipeline and the baseline on one text of 1 MB and of
//!   `ONRECORD_BENCH_LARGE_MB` MB (default 100).
//!
//! Environment: `ONRECORD_BENCH_CORPUS_MB` (default 16), `ONRECORD_BENCH_LARGE_MB`
//! (default 100; 0 skips the large size), `ONRECORD_BENCH_POLNEAR` (a JSONL path; default
//! `../shared/eval/polnear.dev.jsonl`).

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};
use unicode_segmentation::UnicodeSegmentation;

mod common;
use common::*;

// ---------------------------------------------------------------------------------------
// What is measured

/// The baseline: UAX #29 sentence bounds over the text, counted.
fn sentences(text: &str) -> usize {
    text.split_sentence_bound_indices().count()
}

fn total_bytes(docs: &[String]) -> usize {
    docs.iter().map(String::len).sum()
}

/// One input of a group: a name and its documents (analysed one at a time).
struct Input {
    name: &'static str,
    docs: Vec<String>,
}

fn inputs() -> Vec<Input> {
    let arts = articles();
    let paras = paragraphs(&arts);
    let mut v = vec![
        Input {
            name: "articles",
            docs: vec![arts.join("\n\n")],
        },
        Input {
            name: "corpus",
            docs: generated_corpus(&paras, env_mb("ONRECORD_BENCH_CORPUS_MB", 16) * MB),
        },
    ];
    let polnear = std::env::var_os("ONRECORD_BENCH_POLNEAR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir().join("../shared/eval/polnear.dev.jsonl"));
    if let Some(docs) = jsonl_texts(&polnear) {
        v.push(Input {
            name: "polnear",
            docs,
        });
    }
    v
}

/// Sample counts and times by input size, so the whole run stays within a few minutes.
fn configure(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    bytes: usize,
) {
    if bytes >= MB {
        group
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(4));
    } else {
        group
            .sampling_mode(SamplingMode::Auto)
            .sample_size(30)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(3));
    }
}

/// Benchmarks `f` over each input beside the sentence-splitting baseline.
fn bench_with_baseline<R>(c: &mut Criterion, group: &str, inputs: &[Input], f: impl Fn(&str) -> R) {
    let mut g = c.benchmark_group(group);
    for input in inputs {
        let bytes = total_bytes(&input.docs);
        configure(&mut g, bytes);
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_with_input(
            BenchmarkId::new("uax29_sentences", input.name),
            &input.docs,
            |b, docs| b.iter(|| docs.iter().map(|d| sentences(black_box(d))).sum::<usize>()),
        );
        g.bench_with_input(
            BenchmarkId::new("onrecord", input.name),
            &input.docs,
            |b, docs| {
                b.iter(|| {
                    for d in docs {
                        black_box(f(black_box(d)));
                    }
                })
            },
        );
    }
    g.finish();
}

fn bench_pipeline(c: &mut Criterion) {
    let p = onrecord::Pipeline::english();
    bench_with_baseline(c, "pipeline", &inputs(), |t| p.analyze(t));
}

fn bench_quotes(c: &mut Criterion) {
    let x = onrecord::quotes::Extractor::english();
    bench_with_baseline(c, "quotes", &inputs(), |t| x.analyze(t));
}

fn bench_claims(c: &mut Criterion) {
    let t = onrecord::Tagger::english();
    bench_with_baseline(c, "claims", &inputs(), |s| t.tag_text(s));
}

/// The adversarial inputs, each with the news text it is set beside.
fn adversarial_inputs() -> Vec<(String, String)> {
    let arts = articles();
    let mut v: Vec<(String, String)> = adversarial_family(&arts, MB)
        .into_iter()
        .filter(|(name, _)| *name != "one_paragraph")
        .map(|(name, text)| (format!("{name}_1mb"), text))
        .collect();
    v.push(("news_10mb".into(), repeated_text(&arts, 10 * MB)));
    v.push(("one_paragraph_10mb".into(), one_paragraph(&arts, 10 * MB)));
    v
}

/// Seconds for one run of `f` over `text`.
fn once(f: &dyn Fn(&str), text: &str) -> f64 {
    let t0 = Instant::now();
    f(black_box(text));
    t0.elapsed().as_secs_f64()
}

/// Guards the bench against super-linear inputs: times one run over a prefix of `bytes`
/// (cut at a character boundary); when that predicts more than `limit` seconds per run at
/// the full size, returns the prefix to bench instead, with a warning printed.
fn guard<'t>(f: &dyn Fn(&str), name: &str, text: &'t str, bytes: usize, limit: f64) -> &'t str {
    if text.len() <= bytes {
        return text;
    }
    // Probe a quarter of the prefix first, so that a quadratic input costs seconds, not minutes.
    let mut prefix = text;
    let mut secs = 0.0;
    let mut predicted = 0.0;
    for probe in [bytes / 4, bytes] {
        let mut cut = probe.max(1024);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        prefix = &text[..cut];
        secs = once(f, prefix);
        predicted = secs * text.len() as f64 / prefix.len() as f64;
        if predicted > limit {
            break;
        }
    }
    if predicted <= limit {
        return text;
    }
    // Shrink until one run takes well under a second.
    let mut p = prefix;
    let mut s = secs;
    while s > 0.25 && p.len() > 1024 {
        let mut cut = p.len() / 4;
        while !p.is_char_boundary(cut) {
            cut -= 1;
        }
        p = &p[..cut];
        s = once(f, p);
    }
    println!(
        "WARNING {name}: {:.2} s for {} KB ({:.0} ns/byte), so {:.0}+ s per run at {} MB; \
         benching the first {} KB instead",
        secs,
        prefix.len() / 1024,
        secs * 1e9 / prefix.len() as f64,
        predicted,
        text.len() / MB,
        p.len() / 1024,
    );
    p
}

fn bench_adversarial(c: &mut Criterion) {
    let p = onrecord::Pipeline::english();
    let f = |t: &str| {
        black_box(p.analyze(t));
    };
    let mut g = c.benchmark_group("adversarial");
    for (name, text) in adversarial_inputs() {
        if !c_filter_matches("adversarial/onrecord/", &name) {
            continue;
        }
        // Allow 10 µs/byte (news runs at 0.02–2 µs/byte) before shrinking.
        let t = guard(&f, &name, &text, 64 * 1024, 10e-6 * text.len() as f64);
        configure(&mut g, t.len());
        g.throughput(Throughput::Bytes(t.len() as u64));
        g.bench_with_input(BenchmarkId::new("onrecord", &name), t, |b, t| {
            b.iter(|| black_box(p.analyze(black_box(t))))
        });
    }
    g.finish();
}

/// Whether the command line's filter (the first free argument) could select `prefix` + `name`; used to skip building and guarding inputs.
fn c_filter_matches(prefix: &str, name: &str) -> bool {
    let id = format!("{prefix}{name}");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a.starts_with("--") {
            // criterion's options that take a value
            if matches!(
                a.as_str(),
                "--save-baseline"
                    | "--baseline"
                    | "--load-baseline"
                    | "--profile-time"
                    | "--sample-size"
                    | "--warm-up-time"
                    | "--measurement-time"
                    | "--nresamples"
                    | "--noise-threshold"
                    | "--confidence-level"
                    | "--significance-level"
                    | "--plotting-backend"
                    | "--output-format"
                    | "--color"
                    | "--format"
            ) {
                args.next();
            }
            continue;
        }
        if a.starts_with('-') {
            continue;
        }
        // criterion reads the filter as a regex; alternatives and plain substrings are
        // understood here, anything fancier selects everything.
        if a.chars().any(|c| "()[]{}*+?^$\\.".contains(c)) {
            return true;
        }
        return a.split('|').any(|alt| id.contains(alt));
    }
    true
}

fn bench_linearity(c: &mut Criterion) {
    let arts = articles();
    let p = onrecord::Pipeline::english();
    let f = |t: &str| {
        black_box(p.analyze(t));
    };
    let large = env_mb("ONRECORD_BENCH_LARGE_MB", 100);
    let mut sizes = vec![1];
    if large > 1 {
        sizes.push(large);
    }
    let mut g = c.benchmark_group("linearity");
    for mb in sizes {
        let id = format!("{mb}mb");
        if !c_filter_matches("linearity/onrecord/", &id) {
            continue;
        }
        let text = repeated_text(&arts, mb * MB);
        // The large size may be cut when the cost is super-linear; its id says what ran.
        let t = guard(&f, &format!("linearity {id}"), &text, 4 * MB, 60.0);
        let id = if t.len() == text.len() {
            id
        } else {
            format!("{}mb_cut", t.len().div_ceil(MB))
        };
        if t.len() >= 32 * MB {
            // Criterion's floor is 10 samples; keep the run short at this size.
            g.sampling_mode(SamplingMode::Flat)
                .sample_size(10)
                .warm_up_time(Duration::from_millis(1))
                .measurement_time(Duration::from_secs(1));
        } else {
            configure(&mut g, t.len());
        }
        g.throughput(Throughput::Bytes(t.len() as u64));
        g.bench_with_input(BenchmarkId::new("uax29_sentences", &id), t, |b, t| {
            b.iter(|| sentences(black_box(t)))
        });
        g.bench_with_input(BenchmarkId::new("onrecord", &id), t, |b, t| {
            b.iter(|| black_box(p.analyze(black_box(t))))
        });
    }
    g.finish();
}

/// Runs every group with the command line's options.
fn benches(c: &mut Criterion) {
    bench_pipeline(c);
    bench_quotes(c);
    bench_claims(c);
    bench_adversarial(c);
    bench_linearity(c);
}

// ---------------------------------------------------------------------------------------
// The summary: ratios read back from criterion's estimates of this run

/// Where criterion writes its results (the same rule criterion follows).
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"));
    target.join("criterion")
}

/// Median time in seconds and bytes per iteration of one benchmark, if it ran in this process.
fn estimate(
    dir: &Path,
    group: &str,
    function: &str,
    input: &str,
    since: SystemTime,
) -> Option<(f64, f64)> {
    let base = dir.join(group).join(function).join(input);
    let est = base.join("new/estimates.json");
    if std::fs::metadata(&est).ok()?.modified().ok()? < since {
        return None;
    }
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(est).ok()?).ok()?;
    let ns = v.get("median")?.get("point_estimate")?.as_f64()?;
    let bm: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(base.join("new/benchmark.json")).ok()?)
            .ok()?;
    let bytes = bm.get("throughput")?.get("Bytes")?.as_f64()?;
    Some((ns * 1e-9, bytes))
}

fn mbps(t: (f64, f64)) -> f64 {
    t.1 / t.0 / 1e6
}

/// Prints MB/s and the ratios the targets are stated in.
fn summary(since: SystemTime) {
    let dir = criterion_dir();
    let mut lines = Vec::new();
    for group in ["pipeline", "quotes", "claims"] {
        for input in ["articles", "corpus", "polnear"] {
            let (Some(o), Some(b)) = (
                estimate(&dir, group, "onrecord", input, since),
                estimate(&dir, group, "uax29_sentences", input, since),
            ) else {
                continue;
            };
            lines.push(format!(
                "{group:<9} {input:<9} onrecord {:>7.1} MB/s   uax29 {:>7.1} MB/s   cost ratio {:>5.2}x",
                mbps(o),
                mbps(b),
                (o.0 / o.1) / (b.0 / b.1),
            ));
        }
    }
    let adv = |name: &str| estimate(&dir, "adversarial", "onrecord", name, since);
    for (name, news) in [
        ("marks_only_1mb", "news_1mb"),
        ("marks_between_words_1mb", "news_1mb"),
        ("nesting_depth_64_1mb", "news_1mb"),
        ("nesting_depth_4096_1mb", "news_1mb"),
        ("unclosed_1mb", "news_1mb"),
        ("credited_quotes_1mb", "news_1mb"),
        ("one_paragraph_10mb", "news_10mb"),
    ] {
        if let (Some(a), Some(n)) = (adv(name), adv(news)) {
            lines.push(format!(
                "adversarial {name:<24} {:>7.1} MB/s   {news} {:>7.1} MB/s   cost per byte {:>5.2}x news",
                mbps(a),
                mbps(n),
                (a.0 / a.1) / (n.0 / n.1),
            ));
        }
    }
    let lin = |f: &str, id: &str| estimate(&dir, "linearity", f, id, since);
    // The large size's id: `{N}mb`, or `{N}mb_cut` when the guard cut it.
    let large = std::fs::read_dir(dir.join("linearity/onrecord"))
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n != "1mb" && n.ends_with("mb") || n.ends_with("mb_cut"))
        .find(|n| lin("onrecord", n).is_some())
        .unwrap_or_default();
    if let (Some(o1), Some(ol), Some(b1), Some(bl)) = (
        lin("onrecord", "1mb"),
        lin("onrecord", &large),
        lin("uax29_sentences", "1mb"),
        lin("uax29_sentences", &large),
    ) {
        let per_byte = |t: (f64, f64)| t.0 / t.1;
        lines.push(format!(
            "linearity onrecord {:.1} MB/s at 1mb, {:.1} MB/s at {large}: cost per byte {:.3}x (baseline {:.3}x)",
            mbps(o1),
            mbps(ol),
            per_byte(ol) / per_byte(o1),
            per_byte(bl) / per_byte(b1),
        ));
    }
    if !lines.is_empty() {
        println!(
            "\n== onrecord summary (medians; cost ratio = onrecord time per byte / baseline's) =="
        );
        for l in lines {
            println!("{l}");
        }
    }
}

fn main() {
    let since = SystemTime::now();
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
    c.final_summary();
    summary(since);
}
