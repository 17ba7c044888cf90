//! Throughput of the claim tagger, measured in CPU time of this thread where the platform
//! gives it (Linux `/proc/thread-self/stat`), wall time otherwise.
//!
//! `cargo run --release -p onrecord-claims --example throughput -- [ARTICLES_DIR] [MB]`
//!
//! Reports MB/s for `tag_text` over the sample articles concatenated and repeated to about
//! MB megabytes (default 4), for `check_figures` per article (with every paragraph's claims
//! as the quote claims), and for adversarial inputs (a megabyte of digits, one 10 MB
//! paragraph, number words, currency signs).

use std::time::Instant;

use onrecord_claims::{Span, Tagger};

/// CPU seconds of this thread (utime + stime), or wall seconds since `t0`.
fn cpu(t0: Instant) -> f64 {
    if let Ok(s) = std::fs::read_to_string("/proc/thread-self/stat") {
        // fields after the command's closing parenthesis; utime and stime are 14 and 15
        if let Some(rest) = s.rsplit(')').next() {
            let f: Vec<&str> = rest.split_whitespace().collect();
            if let (Some(u), Some(st)) = (f.get(11), f.get(12)) {
                if let (Ok(u), Ok(st)) = (u.parse::<f64>(), st.parse::<f64>()) {
                    return (u + st) / 100.0;
                }
            }
        }
    }
    t0.elapsed().as_secs_f64()
}

/// Runs `f` until at least `min_cpu` CPU seconds have passed; returns MB/s over `bytes`.
fn rate(bytes: usize, min_cpu: f64, mut f: impl FnMut() -> usize) -> (f64, usize) {
    let t0 = Instant::now();
    let c0 = cpu(t0);
    let w0 = Instant::now();
    let mut n = 0usize;
    let mut sink = 0usize;
    loop {
        sink = sink.wrapping_add(f());
        n += 1;
        let c = cpu(t0) - c0;
        if c >= min_cpu && n >= 2 || w0.elapsed().as_secs_f64() > 60.0 {
            let c = c.max(1e-9);
            return ((bytes * n) as f64 / c / 1e6, sink);
        }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/articles".to_string());
    let mb: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(4);
    let only = std::env::args().nth(3).unwrap_or_default();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let arts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let joined = arts.join("\n\n");
    let mut big = String::new();
    while big.len() < mb * 1_000_000 {
        big.push_str(&joined);
        big.push_str("\n\n");
    }
    let tagger = Tagger::english();
    let run = |name: &str| only.is_empty() || only == name;

    if run("tag_text") {
        let (r, s) = rate(big.len(), 3.0, || tagger.tag_text(&big).len());
        println!(
            "tag_text      {:>8.2} MB/s  ({} bytes, {} claims)",
            r,
            big.len(),
            s
        );
    }

    if run("tag_text") || run("tag_docs") {
        // one article at a time, as the criterion bench's corpus input
        let bytes: usize = arts.iter().map(String::len).sum();
        let (r, _) = rate(bytes, 3.0, || {
            arts.iter().map(|a| tagger.tag_text(a).len()).sum()
        });
        println!("tag_text/doc  {r:>8.2} MB/s  (each article alone, {bytes} bytes)");
    }

    if run("check_figures") {
        // per article: every paragraph tagged as a quote, then the figure checks
        let groups: Vec<Vec<Vec<onrecord_claims::Claim>>> = arts
            .iter()
            .map(|text| {
                let dl = tagger.dateline(text);
                let mut start = 0;
                text.split('\n')
                    .map(|p| {
                        let span = Span::new(start, start + p.len());
                        start += p.len() + 1;
                        tagger.tag_with_dateline(text, span, dl)
                    })
                    .collect()
            })
            .collect();
        let bytes: usize = arts.iter().map(String::len).sum();
        let (r, _) = rate(bytes, 3.0, || {
            let mut n = 0;
            for (text, g) in arts.iter().zip(&groups) {
                let mut g = g.clone();
                tagger.check_figures(text, &mut g);
                n += g
                    .iter()
                    .flatten()
                    .map(|c| c.figure_checks.len())
                    .sum::<usize>();
            }
            n
        });
        println!("check_figures {r:>8.2} MB/s  (per article, {bytes} bytes of articles)");
        // the whole claims side of the pipeline: tag every paragraph, then check
        let (r, _) = rate(bytes, 3.0, || {
            let mut n = 0;
            for text in &arts {
                let dl = tagger.dateline(text);
                let mut start = 0;
                let mut g: Vec<_> = text
                    .split('\n')
                    .map(|p| {
                        let span = Span::new(start, start + p.len());
                        start += p.len() + 1;
                        tagger.tag_with_dateline(text, span, dl)
                    })
                    .collect();
                tagger.check_figures(text, &mut g);
                n += g.len();
            }
            n
        });
        println!("paras+check   {r:>8.2} MB/s  (every paragraph as a quote, then check)");
        // check_figures over the big text with one figure-bearing quote
        let q = tagger.tag_text("More than 70,000 Americans died of overdoses last year.");
        let mut text = String::from("More than 70,000 Americans died of overdoses last year.\n");
        text.push_str(&big);
        let (r, _) = rate(text.len(), 3.0, || {
            let mut g = vec![q.clone()];
            tagger.check_figures(&text, &mut g);
            g[0].iter().map(|c| c.figure_checks.len()).sum()
        });
        println!(
            "check_big     {r:>8.2} MB/s  (one quote, {} bytes)",
            text.len()
        );
    }

    if run("adversarial") {
        let mut advs: Vec<(&str, String)> = vec![
            ("digits 1MB", "1234567890".repeat(100_000)),
            ("digits sp 1MB", "12 345 678, 9.5 ".repeat(62_500)),
            (
                "numwords 1MB",
                "one hundred and twenty-five thousand ".repeat(27_000),
            ),
            ("currency 1MB", "$5 to $10 million €3bn £ ".repeat(40_000)),
            ("punct 1MB", ".,;:-%$()".repeat(111_111)),
        ];
        let para = joined.replace('\n', " ");
        let mut p10 = String::new();
        while p10.len() < 10_000_000 {
            p10.push_str(&para);
            p10.push(' ');
        }
        advs.push(("one 10MB para", p10));
        for (name, text) in &advs {
            let (r, s) = rate(text.len(), 2.0, || tagger.tag_text(text).len());
            let q = tagger.tag_text("More than 70,000 Americans died of overdoses last year.");
            let (rc, _) = rate(text.len(), 2.0, || {
                let mut g = vec![q.clone()];
                tagger.check_figures(text, &mut g);
                g[0].iter().map(|c| c.figure_checks.len()).sum()
            });
            println!(
                "{name:<14} tag_text {r:>8.2} MB/s ({s} claims)  check_figures {rc:>8.2} MB/s"
            );
        }
    }
    Ok(())
}
