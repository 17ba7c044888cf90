//! Inputs shared by the benches: the sample articles, a generated corpus, adversarial texts.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A mebibyte.
pub const MB: usize = 1 << 20;

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The sample articles, sorted by file name.
pub fn articles() -> Vec<String> {
    let dir = manifest_dir().join("examples/articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}

/// Paragraphs of the sample articles (blank-line or newline separated, non-empty).
pub fn paragraphs(articles: &[String]) -> Vec<&str> {
    articles
        .iter()
        .flat_map(|a| a.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// A small deterministic generator (xorshift64*), so every run sees the same corpus.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Documents of 6–30 paragraphs drawn from the sample articles until `bytes` are reached.
pub fn generated_corpus(paras: &[&str], bytes: usize) -> Vec<String> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < bytes {
        let n = 6 + rng.below(25);
        let mut doc = String::new();
        for i in 0..n {
            if i > 0 {
                doc.push_str("\n\n");
            }
            doc.push_str(paras[rng.below(paras.len())]);
        }
        total += doc.len();
        docs.push(doc);
    }
    docs
}

/// One text of at least `bytes` bytes: the articles repeated, separated by blank lines.
pub fn repeated_text(articles: &[String], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 64 * 1024);
    'outer: loop {
        for a in articles {
            if text.len() >= bytes {
                break 'outer;
            }
            text.push_str(a.trim_end());
            text.push_str("\n\n");
        }
    }
    text
}

/// Repeats `unit` until the text has at least `bytes` bytes.
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

pub const MARKS: &[&str] = &[
    "“", "”", "‘", "’", "\"", "'", "«", "»", "‹", "›", "„", "‚", "「", "」", "‟", "‛", "`",
];

/// A megabyte of quote marks of every kind, in a scrambled order, no other characters.
pub fn marks_only(bytes: usize) -> String {
    let mut rng = Rng(7);
    let mut s = String::with_capacity(bytes + 8);
    while s.len() < bytes {
        s.push_str(MARKS[rng.below(MARKS.len())]);
    }
    s
}

/// Quote marks of every kind between short words, with cue words and names sprinkled in,
/// and a paragraph break now and then.
pub fn marks_between_words(bytes: usize) -> String {
    const WORDS: &[&str] = &[
        "said",
        "Smith",
        "he",
        "told",
        "the",
        "minister",
        "according",
        "to",
        "we",
        "will",
        "rise",
        "40%",
        "Ms.",
        "Lee",
        "added",
        ":",
        "—",
        "it",
        "don't",
        "’90s",
    ];
    let mut rng = Rng(11);
    let mut s = String::with_capacity(bytes + 64);
    while s.len() < bytes {
        match rng.below(10) {
            0..=3 => s.push_str(MARKS[rng.below(MARKS.len())]),
            4..=8 => s.push_str(WORDS[rng.below(WORDS.len())]),
            _ => s.push('.'),
        }
        s.push_str(if rng.below(40) == 0 { "\n\n" } else { " " });
    }
    s
}

/// Quotes nested `depth` deep (“ ‘ « ‹ „ …), a few words at each level, closed again,
/// repeated to `bytes`.
pub fn deep_nesting(bytes: usize, depth: usize) -> String {
    const PAIRS: &[(&str, &str)] = &[("“", "”"), ("‘", "’"), ("«", "»"), ("‹", "›"), ("„", "“")];
    let mut unit = String::from("The spokesman said ");
    for d in 0..depth {
        unit.push_str(PAIRS[d % PAIRS.len()].0);
        unit.push_str("she told him ");
    }
    unit.push_str("nothing");
    for d in (0..depth).rev() {
        unit.push_str(PAIRS[d % PAIRS.len()].1);
        unit.push_str(" he said");
    }
    unit.push_str(".\n\n");
    repeat_to(&unit, bytes)
}

/// Opening marks that never close, on one long paragraph per 64 KB.
pub fn unclosed(bytes: usize) -> String {
    let unit = "“He said ‘we will « never ‹ stop „ talking „ ";
    let mut s = String::with_capacity(bytes + 128);
    while s.len() < bytes {
        s.push_str(&repeat_to(unit, 64 * 1024));
        s.push_str("\n\n");
    }
    s
}

/// News text as one paragraph: the articles repeated with every line break made a space.
pub fn one_paragraph(articles: &[String], bytes: usize) -> String {
    repeated_text(articles, bytes)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The texts of a JSONL corpus (field `text`), when the file is there.
pub fn jsonl_texts(path: &Path) -> Option<Vec<String>> {
    let data = std::fs::read_to_string(path).ok()?;
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
        .collect();
    (!texts.is_empty()).then_some(texts)
}

pub fn env_mb(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// The adversarial inputs of `bytes` bytes (the 1 MB family), by name, after news text of
/// the same size.
pub fn adversarial_family(articles: &[String], bytes: usize) -> Vec<(&'static str, String)> {
    vec![
        ("news", repeated_text(articles, bytes)),
        ("marks_only", marks_only(bytes)),
        ("marks_between_words", marks_between_words(bytes)),
        ("nesting_depth_64", deep_nesting(bytes, 64)),
        ("nesting_depth_4096", deep_nesting(bytes, 4096)),
        ("unclosed", unclosed(bytes)),
        ("one_paragraph", one_paragraph(articles, bytes)),
        ("credited_quotes", credited_quotes(bytes)),
    ]
}

/// One paragraph of quoted sentences, each credited and followed by a circumstance: every
/// report candidate of the paragraph is checked against the quotes around it (this was
/// quadratic until 2026-12-05).
pub fn credited_quotes(bytes: usize) -> String {
    repeat_to(
        "\u{201c}We will win this fight,\u{201d} Jo Lund said during the rally in town. ",
        bytes,
    )
}
