//! Adversarial inputs for the quote extractor: what scrapers really produce (stray marks by
//! the hundred thousand, megabyte paragraphs, control characters, BOMs, odd line ends,
//! combining marks, emoji, right-to-left text). Each input has a defined result, asserted,
//! on top of the universal invariants (spans inside the text, on char boundaries, content
//! inside span, nested quotes inside their parent, marked quotes never crossing).
//!
//! Sizes are chosen so each test runs in about a second or less in a debug build; the
//! issue's "millions" are exercised by the fuzzers and benchmarks in release builds.
//! No test measures time: linear cost is shown by the benchmarks. Inputs with many
//! quotes put at most `PER_PARAGRAPH` of them in one paragraph for now: attribution
//! still costs quadratic time in the quotes of one paragraph (see the robustness notes
//! on issue 8), and a test must not hang.
//!
//! Invalid UTF-8 cannot reach this API: `Extractor::analyze` takes `&str`, which Rust
//! guarantees to be valid UTF-8. Callers holding bytes decode first (the CLI and the Python
//! binding do); `from_utf8_lossy` input is covered below.

use onrecord_quotes::{Extractor, QuoteAnalysis, QuoteKind, Span};

fn check_span(text: &str, s: Span, what: &str) {
    assert!(s.start <= s.end, "{what} {s:?}: start after end");
    assert!(
        s.end <= text.len(),
        "{what} {s:?}: outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?}: off a char boundary"
    );
}

/// Analyzes `text` and checks the universal invariants.
fn analyze(text: &str) -> QuoteAnalysis {
    let a = Extractor::english().analyze(text);
    for (i, q) in a.quotes.iter().enumerate() {
        assert_eq!(q.id.0 as usize, i);
        check_span(text, q.span, "span");
        check_span(text, q.content, "content");
        assert!(
            q.span.contains(q.content),
            "content {:?} outside span {:?}",
            q.content,
            q.span
        );
        assert!((0.0..=1.0).contains(&q.confidence));
        if let Some(m) = q.mention {
            check_span(text, m, "mention");
        }
        if let Some(c) = &q.cue {
            check_span(text, c.span, "cue");
        }
        if let Some(s) = q.speaker {
            assert!((s.0 as usize) < a.speakers.len());
        }
        if let Some(p) = q.parent {
            assert!(
                a.quotes[p.0 as usize].span.contains(q.span),
                "nested quote outside its parent"
            );
        }
    }
    assert!(
        a.quotes
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "ordered by start"
    );
    let mut open: Vec<Span> = Vec::new();
    for q in a.quotes.iter().filter(|q| q.kind != QuoteKind::Indirect) {
        while open.last().is_some_and(|o| o.end <= q.span.start) {
            open.pop();
        }
        if let Some(o) = open.last() {
            assert!(
                o.contains(q.span),
                "marked quotes {o:?} and {:?} cross",
                q.span
            );
        }
        open.push(q.span);
    }
    for s in &a.speakers {
        for m in &s.mentions {
            check_span(text, *m, "speaker mention");
        }
    }
    a
}

/// Quotes per paragraph in the many-quotes inputs (see the module note).
const PER_PARAGRAPH: usize = 20;

fn contents<'t>(text: &'t str, a: &QuoteAnalysis) -> Vec<&'t str> {
    a.quotes.iter().map(|q| q.content.slice(text)).collect()
}

fn speaker(a: &QuoteAnalysis, i: usize) -> Option<&str> {
    a.speaker_of(&a.quotes[i]).map(|s| s.name.as_str())
}

#[test]
fn empty_text() {
    let a = analyze("");
    assert!(a.quotes.is_empty() && a.speakers.is_empty());
}

#[test]
fn only_whitespace() {
    for text in [
        " ",
        "\t\t",
        "\n\n\n",
        "\r\n\r\n",
        "\r",
        " \u{a0}\u{2028}\u{2029}\u{3000}\u{202f} ",
        &" \n\t".repeat(100_000),
    ] {
        let a = analyze(text);
        assert!(a.quotes.is_empty() && a.speakers.is_empty(), "{text:?}");
    }
}

/// Every mark onrecord knows, and a few it does not (which are plain punctuation).
const MARKS: &[&str] = &[
    "“", "”", "‘", "’", "\"", "'", "''", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "‟",
    "‛", "〝", "〞", "＂",
];

/// `total` copies of `unit`, a line break after every `per_paragraph` of them.
fn in_paragraphs(unit: &str, per_paragraph: usize, total: usize) -> String {
    let mut text = String::with_capacity((unit.len() + 1) * total);
    for i in 0..total {
        text.push_str(unit);
        if (i + 1) % per_paragraph == 0 {
            text.push('\n');
        }
    }
    text
}

/// Every quote needs an opening mark and a closing one (or its paragraph's end).
fn assert_marks_only(text: &str, a: &QuoteAnalysis, marks: usize, what: &str) {
    assert!(a.speakers.is_empty(), "{what}: no speakers");
    assert!(
        a.quotes
            .iter()
            .all(|q| q.speaker.is_none() && q.cue.is_none()),
        "{what}: no attribution"
    );
    assert!(
        a.quotes.iter().all(|q| q
            .content
            .slice(text)
            .chars()
            .all(|c| MARKS.iter().any(|m| m.contains(c)) || c.is_whitespace())),
        "{what}: content is only marks"
    );
    assert!(
        a.quotes.iter().all(|q| q.kind != QuoteKind::Indirect),
        "{what}: nothing reported"
    );
    let paragraphs = text.split('\n').filter(|p| !p.trim().is_empty()).count();
    assert!(
        a.quotes.len() <= marks / 2 + paragraphs,
        "{what}: {} quotes from {marks} marks",
        a.quotes.len()
    );
}

#[test]
fn only_quote_marks_of_each_kind() {
    // 200,000 of one mark: no words, so no speaker, no cue, nothing but marks quoted.
    for mark in MARKS {
        let text = in_paragraphs(mark, PER_PARAGRAPH, 50_000);
        assert_marks_only(&text, &analyze(&text), 50_000, mark);
        // and one paragraph of them
        let text = mark.repeat(2 * PER_PARAGRAPH);
        assert_marks_only(&text, &analyze(&text), 2 * PER_PARAGRAPH, mark);
    }
    // Marks that only open: 200,000 in one paragraph make two quotes at most (the
    // recovered outermost, and the deepest opener closed by the last mark), never one
    // per mark.
    for mark in ["“", "„", "‚", "«", "「"] {
        let text = mark.repeat(200_000);
        let a = analyze(&text);
        assert_marks_only(&text, &a, 200_000, mark);
        assert!(a.quotes.len() <= 2, "{mark}: {} quotes", a.quotes.len());
    }
}

#[test]
fn only_quote_marks_separated() {
    // The same marks with spaces and with newlines between them.
    for mark in MARKS {
        let text = in_paragraphs(&format!("{mark} "), PER_PARAGRAPH, 20_000);
        assert_marks_only(&text, &analyze(&text), 20_000, mark);
        let text = format!("{mark}\n").repeat(20_000);
        let a = analyze(&text);
        assert_marks_only(&text, &a, 20_000, mark);
    }
}

#[test]
fn all_marks_mixed() {
    let unit: String = MARKS.concat();
    let text = in_paragraphs(&unit, 1, 5_000);
    let a = analyze(&text);
    assert_marks_only(&text, &a, MARKS.len() * 5_000, "mixed");
    let text = in_paragraphs(&format!("{unit} word "), 1, 5_000);
    let a = analyze(&text);
    assert!(a.speakers.is_empty());
}

#[test]
fn empty_quote_pairs() {
    // “” a hundred thousand times: each pair is an empty quote, with no speaker.
    let text = in_paragraphs("“” ", PER_PARAGRAPH, 50_000);
    let a = analyze(&text);
    assert_eq!(a.quotes.len(), 50_000);
    assert!(a.speakers.is_empty());
    assert!(a
        .quotes
        .iter()
        .all(|q| q.content.is_empty() && q.speaker.is_none()));
}

#[test]
fn many_small_quotes() {
    // 20,000 scare quotes: every one is found, none nested, none attributed.
    let text = in_paragraphs("a “word” ", PER_PARAGRAPH, 20_000);
    let a = analyze(&text);
    assert_eq!(a.quotes.len(), 20_000);
    assert!(a
        .quotes
        .iter()
        .all(|q| q.content.slice(&text) == "word" && q.parent.is_none()));
    assert!(a
        .quotes
        .iter()
        .all(|q| q.kind == QuoteKind::Scare && q.speaker.is_none()));
}

#[test]
fn deep_nesting() {
    // 10,000 levels of alternating “ and ‘ around one word. Pairing keeps a bounded stack
    // (16 levels), so the result is a bounded chain of nested quotes, each inside its parent.
    let depth = 10_000;
    let mut text = String::new();
    for i in 0..depth {
        text.push_str(if i % 2 == 0 { "“" } else { "‘" });
    }
    text.push_str("deep");
    for i in (0..depth).rev() {
        text.push_str(if i % 2 == 0 { "”" } else { "’" });
    }
    let a = analyze(&text);
    assert!(
        !a.quotes.is_empty() && a.quotes.len() <= 16,
        "{} quotes",
        a.quotes.len()
    );
    assert!(
        a.quotes.iter().skip(1).all(|q| q.parent.is_some()),
        "all but the outermost are nested"
    );
    assert!(a
        .quotes
        .iter()
        .all(|q| q.content.slice(&text).contains("deep")));
    assert!(a.speakers.is_empty());

    // The same depth with text at every level.
    let mut text = String::new();
    for i in 0..depth {
        text.push_str(if i % 2 == 0 { "“a " } else { "‘b " });
    }
    for i in (0..depth).rev() {
        text.push_str(if i % 2 == 0 { " c”" } else { " d’" });
    }
    let a = analyze(&text);
    assert!(a.quotes.len() <= 16, "{} quotes", a.quotes.len());
}

fn long_article(paragraphs: usize) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut want = Vec::new();
    for i in 0..paragraphs {
        let q = format!("We counted {i} ballots in the county,");
        text.push_str(&format!("“{q}” Ada Reyes said on Monday.\n\n"));
        want.push(q);
    }
    (text, want)
}

#[test]
fn unclosed_quote_at_start_does_not_swallow_later_paragraphs() {
    for opener in ["“", "\"", "«", "„", "‘", "'", "''"] {
        let (body, want) = long_article(500);
        let text = format!(
            "{opener}This quote opens and never closes, and the paragraph goes on.\n\n{body}"
        );
        let a = analyze(&text);
        for w in &want {
            let q = a
                .quotes
                .iter()
                .find(|q| q.content.slice(&text) == w.as_str());
            let q = q.unwrap_or_else(|| panic!("{opener}: later quote {w:?} lost"));
            assert_eq!(q.kind, QuoteKind::Direct, "{opener}: {w}");
            assert_eq!(
                a.speaker_of(q).map(|s| s.name.as_str()),
                Some("Ada Reyes"),
                "{opener}: {w}"
            );
            assert!(
                q.parent.is_none(),
                "{opener}: {w} nested in the unclosed quote"
            );
        }
        // The unclosed quote never reaches past its paragraph.
        let first_para_end = text.find('\n').unwrap_or(text.len());
        assert!(
            a.quotes
                .iter()
                .filter(|q| q.span.start < first_para_end)
                .all(|q| q.span.end <= first_para_end),
            "{opener}"
        );
    }
}

#[test]
fn unclosed_quote_mid_paragraph_does_not_swallow_later_paragraphs() {
    let (body, want) = long_article(300);
    let text = format!("The mayor said “we will fix it and then stopped.\n{body}");
    let a = analyze(&text);
    let found: Vec<&str> = contents(&text, &a);
    for w in &want {
        assert!(found.contains(&w.as_str()), "later quote {w:?} lost");
    }
}

#[test]
fn one_huge_paragraph() {
    // ~2 MB in one paragraph, with a quoted sentence every ~20 KB: every quote is found
    // and attributed, and nothing spans the plain sentences between them.
    let quote = "“The bridge will reopen within 90 days,” Mayor Lorne Castellano said. ";
    let filler = "Residents packed the hall on Tuesday night for a meeting. ".repeat(350);
    let unit = format!("{quote}{filler}");
    let n = 2_000_000 / unit.len();
    let text = unit.repeat(n);
    let a = analyze(&text);
    let direct: Vec<_> = a
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .collect();
    assert_eq!(direct.len(), n);
    assert!(direct
        .iter()
        .all(|q| q.content.slice(&text) == "The bridge will reopen within 90 days,"));
    assert!(direct.iter().all(|q| a
        .speaker_of(q)
        .is_some_and(|s| s.name == "Lorne Castellano")));
    assert_eq!(a.speakers.len(), 1);
    assert!(a.quotes.iter().all(|q| q.paragraph == 0));
}

#[test]
fn one_huge_paragraph_without_marks() {
    let text = "Residents packed the hall on Tuesday night for a meeting. ".repeat(10_000);
    let a = analyze(&text);
    assert!(a.quotes.is_empty() && a.speakers.is_empty());
}

#[test]
fn very_long_words() {
    // A 1 MB word, alone, inside a quote, and as a would-be speaker name.
    let word = "a".repeat(1_000_000);
    let a = analyze(&word);
    assert!(a.quotes.is_empty());

    let text = format!("“{word},” she said.");
    let a = analyze(&text);
    assert_eq!(contents(&text, &a), [format!("{word},").as_str()]);
    assert_eq!(a.quotes[0].kind, QuoteKind::Direct);

    let name = format!("A{}", "b".repeat(500_000));
    let text = format!("“We will win,” {name} said.");
    let a = analyze(&text);
    assert_eq!(contents(&text, &a), ["We will win,"]);
}

#[test]
fn many_newlines() {
    let text = "\n".repeat(1_000_000);
    let a = analyze(&text);
    assert!(a.quotes.is_empty());
    // Quotes separated by many newlines keep their paragraph numbers.
    let text = "“One,” she said.\n\n\n\n\n\n“Two,” he said.\n\n\n\n\n\n".repeat(1_000);
    let a = analyze(&text);
    assert_eq!(a.quotes.len(), 2_000);
    assert!(a
        .quotes
        .iter()
        .enumerate()
        .all(|(i, q)| q.paragraph as usize == i));
}

#[test]
fn control_characters() {
    // NUL, BEL, ESC, DEL and C1 controls are not words and not paragraph breaks.
    for c in [
        '\0', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}', '\u{b}', '\u{c}',
    ] {
        let text = format!("{c}“We will win,”{c} Ada Reyes said.{c}");
        let a = analyze(&text);
        assert_eq!(contents(&text, &a), ["We will win,"], "{c:?}");
        assert_eq!(a.quotes[0].kind, QuoteKind::Direct, "{c:?}");
        let text = in_paragraphs(
            &format!("“We{c} will{c} win,” she said."),
            PER_PARAGRAPH,
            1_000,
        );
        let a = analyze(&text);
        assert_eq!(a.quotes.len(), 1_000, "{c:?}");
    }
    let text = "\0".repeat(1_000_000);
    assert!(analyze(&text).quotes.is_empty());
    let text: String = (0u8..32).map(char::from).collect::<String>().repeat(30_000);
    assert!(analyze(&text).quotes.is_empty());
}

#[test]
fn byte_order_mark() {
    let text = "\u{feff}“We will win,” Ada Reyes said.";
    let a = analyze(text);
    assert_eq!(contents(text, &a), ["We will win,"]);
    assert_eq!(a.quotes[0].span.start, 3, "the BOM is three bytes");
    assert_eq!(speaker(&a, 0), Some("Ada Reyes"));
    // BOMs in the middle (concatenated files) change nothing either.
    let text = "\u{feff}“One,” she said.\n\u{feff}“Two,” he said.\n".repeat(100);
    let a = analyze(&text);
    assert_eq!(a.quotes.len(), 200);
}

#[test]
fn crlf_and_lone_cr() {
    let lf = "“One,” Ada Reyes said.\n“Two,” she added.\n\nThe meeting ended.";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let base = analyze(lf);
    assert_eq!(base.quotes.len(), 2);
    for text in [crlf.as_str(), cr.as_str()] {
        let a = analyze(text);
        assert_eq!(contents(text, &a), ["One,", "Two,"], "{text:?}");
        let paras: Vec<u32> = a.quotes.iter().map(|q| q.paragraph).collect();
        assert_eq!(paras, [0, 1], "{text:?}");
        assert_eq!(speaker(&a, 0), Some("Ada Reyes"));
        assert_eq!(speaker(&a, 1), Some("Ada Reyes"));
    }
    // A quote with a bare CR inside it is two paragraphs: the quote recovers at the CR.
    let text = "“This runs\ron,” she said.";
    let a = analyze(text);
    assert!(a.quotes.iter().all(|q| !q.span.slice(text).contains('\r')));
}

#[test]
fn combining_marks() {
    let text = "“Le cafe\u{301} est ouvert,” said Zoe\u{308} Park.";
    let a = analyze(text);
    assert_eq!(contents(text, &a), ["Le cafe\u{301} est ouvert,"]);
    // Marks stacked on the quote marks themselves, and a long run of combining marks.
    let text = format!(
        "“\u{301}{}\u{301}”\u{301} he said.",
        "e\u{301}\u{302}\u{303}".repeat(50_000)
    );
    analyze(&text);
    let text = "\u{301}".repeat(300_000);
    assert!(analyze(&text).quotes.is_empty());
}

#[test]
fn zwj_emoji() {
    let text = "“👩‍👩‍👧 and 🏳️‍🌈 are here,” she said. 👍🏽";
    let a = analyze(text);
    assert_eq!(contents(text, &a), ["👩‍👩‍👧 and 🏳️‍🌈 are here,"]);
    let text = "👩‍👩‍👧‍👦".repeat(50_000);
    assert!(analyze(&text).quotes.is_empty());
    let text = in_paragraphs("“👩‍👩‍👧” ", PER_PARAGRAPH, 20_000);
    let a = analyze(&text);
    assert_eq!(a.quotes.len(), 20_000);
}

#[test]
fn right_to_left_text() {
    let text = "«نحن لن نتراجع»، قال الوزير.\n“שלום לכולם,” אמר השר.\n\u{202b}“Mixed \u{202e}direction\u{202c},” she said.";
    let a = analyze(text);
    assert_eq!(
        contents(text, &a),
        [
            "نحن لن نتراجع",
            "שלום לכולם,",
            "Mixed \u{202e}direction\u{202c},"
        ]
    );
    let text = "\u{202e}\u{200f}שלום ".repeat(100_000);
    assert!(analyze(&text).quotes.is_empty());
}

#[test]
fn lossy_decoded_bytes() {
    // What a caller gets from invalid UTF-8 after `from_utf8_lossy`: U+FFFD everywhere.
    let bytes: Vec<u8> = b"\xe2\x80\x9cWe will\xff win,\xe2\x80\x9d she said. \xe2\x80\n"
        .iter()
        .copied()
        .cycle()
        .take(33 * 4_000)
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    let a = analyze(&text);
    assert_eq!(a.quotes.len(), 4_000);
    assert!(a
        .quotes
        .iter()
        .all(|q| q.content.slice(&text) == "We will\u{fffd} win,"));
    assert!(a.quotes.iter().all(|q| a
        .speaker_of(q)
        .is_some_and(|s| s.kind == onrecord_quotes::SpeakerKind::Unknown || s.name == "she")));
    // Truncated marks (a lone E2 80 at the end) become U+FFFD, never half a mark.
    let text = String::from_utf8_lossy(b"\xe2\x80\x9cHello\xe2\x80");
    analyze(&text);
}

#[test]
fn html_leftovers() {
    let text =
        "<p class=\"lead\">“We will win,” Ada Reyes said.</p>\n<tweet author=\"@x\">".repeat(1_000);
    let a = analyze(&text);
    assert_eq!(a.quotes.len(), 1_000, "attribute quotes are not quotations");
    // An unclosed tag: '<' without '>' for a megabyte.
    let text = "<a".repeat(500_000);
    assert!(analyze(&text).quotes.is_empty());
    let text = format!("{}“We will win,” Ada Reyes said.", "<a \"".repeat(100_000));
    analyze(&text);
}
