//! Invariants shared by the fuzz targets. Every check panics on violation, which is what
//! libFuzzer reports as a crash (with the input saved under `fuzz/artifacts/<target>/`).
//!
//! The invariants are the ones DESIGN.md promises for any input:
//! - no panic (the calls themselves);
//! - every span inside the text, on char boundaries, `start <= end`;
//! - a quote's content inside its span; a nested quote inside its parent;
//! - claim spans inside the tagged span (the quote's content); quantity and time spans
//!   inside their claim;
//! - report offsets consistent: code-point offsets no greater than the char count,
//!   UTF-16 offsets no greater than the UTF-16 length, and slicing the text by them gives
//!   the reported text.

use onrecord::claims::Claim;
use onrecord::quotes::QuoteAnalysis;
use onrecord::{Analysis, OffsetUnit, Pipeline, QuoteKind, Span, Tagger};
use std::sync::OnceLock;

/// One pipeline per process (building it parses the lexicons).
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(Pipeline::english)
}

/// One pipeline per language per process: English, German, French, Spanish, detected;
/// `pick` chooses one.
pub fn pipeline_for(pick: u8) -> &'static Pipeline {
    static P: OnceLock<Vec<Pipeline>> = OnceLock::new();
    let all = P.get_or_init(|| {
        ["en", "de", "fr", "es", "auto"]
            .iter()
            .filter_map(|code| Pipeline::for_language(code).ok())
            .collect()
    });
    &all[pick as usize % all.len()]
}

/// One claim tagger per process.
pub fn tagger() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(Tagger::english)
}

/// One quote extractor per process.
pub fn extractor() -> &'static onrecord::quotes::Extractor {
    static E: OnceLock<onrecord::quotes::Extractor> = OnceLock::new();
    E.get_or_init(onrecord::quotes::Extractor::english)
}

/// The fuzz input as text: valid UTF-8 as is, otherwise lossily decoded (so every input
/// reaches the library; `&str` cannot hold invalid UTF-8).
pub fn text_of(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// `s` lies inside `text`, on char boundaries, with `start <= end`.
pub fn check_span(text: &str, s: Span, what: &str) {
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

/// `inner` lies inside `outer`.
pub fn check_inside(inner: Span, outer: Span, what: &str) {
    assert!(outer.contains(inner), "{what} {inner:?} outside {outer:?}");
}

/// A confidence or score is a number in 0..=1.
pub fn check_unit_interval(x: f64, what: &str) {
    assert!((0.0..=1.0).contains(&x), "{what} {x} outside 0..1");
}

/// Invariants of the quote layer.
pub fn check_quotes(text: &str, a: &QuoteAnalysis) {
    let quotes = &a.quotes;
    for (i, q) in quotes.iter().enumerate() {
        assert_eq!(q.id.0 as usize, i, "quote ids are positions");
        check_span(text, q.span, "quote span");
        check_span(text, q.content, "quote content");
        check_inside(q.content, q.span, "quote content");
        check_unit_interval(f64::from(q.confidence), "quote confidence");
        if let Some(m) = q.mention {
            check_span(text, m, "mention");
        }
        if let Some(c) = &q.cue {
            check_span(text, c.span, "cue");
        }
        if let Some(s) = q.speaker {
            assert!(
                (s.0 as usize) < a.speakers.len(),
                "speaker id {s:?} out of range"
            );
            assert!(q.mention.is_some(), "a speaker comes with its mention");
        }
        if q.kind == QuoteKind::Scare {
            assert!(q.speaker.is_none(), "scare quotes are never attributed");
        }
        if let Some(p) = q.parent {
            let parent = quotes.get(p.0 as usize).expect("parent id in range");
            check_inside(q.span, parent.span, "nested quote");
            assert_ne!(p.0 as usize, i, "a quote is not its own parent");
        }
        if let Some(p) = q.continues {
            assert!((p.0 as usize) < i, "a continuation points back");
        }
    }
    assert!(
        quotes
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "quotes ordered by start"
    );
    // Marked quotes nest or stay apart; they never cross. Sorted by start, a quote can
    // only cross one that is still open on a stack of enclosing quotes.
    let mut open: Vec<Span> = Vec::new();
    for q in quotes.iter().filter(|q| q.kind != QuoteKind::Indirect) {
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
    for (i, s) in a.speakers.iter().enumerate() {
        assert_eq!(s.id.0 as usize, i, "speaker ids are positions");
        for m in &s.mentions {
            check_span(text, *m, "speaker mention");
        }
    }
}

/// Invariants of claims tagged inside `within`.
pub fn check_claims(text: &str, claims: &[Claim], within: Span) {
    for c in claims {
        check_span(text, c.span, "claim");
        check_inside(c.span, within, "claim");
        check_unit_interval(f64::from(c.score), "claim score");
        assert_eq!(c.checkworthy, c.score >= 0.5, "checkworthy is score >= 0.5");
        assert!(
            c.types.windows(2).all(|w| w[0] < w[1]),
            "types sorted without repeats"
        );
        for q in &c.quantities {
            check_span(text, q.span, "quantity");
            check_inside(q.span, c.span, "quantity");
            if let Some(v) = q.value {
                assert!(!v.is_nan(), "quantity value is NaN");
            }
            if let Some((lo, hi)) = q.range {
                assert!(!lo.is_nan() && !hi.is_nan(), "range is NaN");
            }
        }
        for t in &c.time {
            check_span(text, t.span, "time");
            check_inside(t.span, c.span, "time");
        }
        for f in &c.figure_checks {
            check_span(text, f.other, "figure check other");
            check_span(text, f.quantity, "figure check quantity");
            check_inside(f.quantity, c.span, "figure check quantity");
        }
    }
}

/// Invariants of a whole analysis.
pub fn check_analysis(text: &str, a: &Analysis) {
    let qa = QuoteAnalysis {
        quotes: a.quotes().to_vec(),
        speakers: a.speakers().to_vec(),
    };
    check_quotes(text, &qa);
    for q in a.quotes() {
        check_claims(text, a.claims_of(q.id), q.content);
        if q.kind == QuoteKind::Scare || q.parent.is_some() {
            assert!(
                a.claims_of(q.id).is_empty(),
                "no claims in scare or nested quotes"
            );
        }
    }
}

/// Slices `units` by `start..end` if in range.
fn slice<T: Clone>(units: &[T], start: usize, end: usize, what: &str) -> Vec<T> {
    assert!(
        start <= end && end <= units.len(),
        "{what} {start}..{end} outside {} units",
        units.len()
    );
    units[start..end].to_vec()
}

/// The report in code points and UTF-16 units is consistent with the text.
pub fn check_report(text: &str, a: &Analysis) {
    let chars: Vec<char> = text.chars().collect();
    let u16s: Vec<u16> = text.encode_utf16().collect();
    let by_chars = |s: usize, e: usize, what: &str| -> String {
        slice(&chars, s, e, what).into_iter().collect()
    };
    let by_u16 = |s: usize, e: usize, what: &str| -> String {
        String::from_utf16(&slice(&u16s, s, e, what))
            .unwrap_or_else(|_| panic!("{what} {s}..{e} splits a surrogate pair"))
    };
    for (unit, cut) in [
        (
            OffsetUnit::Chars,
            &by_chars as &dyn Fn(usize, usize, &str) -> String,
        ),
        (OffsetUnit::Utf16, &by_u16),
    ] {
        let doc = a.report(text, Some(serde_json::json!("fuzz")), unit);
        assert_eq!(doc.quotes.len(), a.quotes().len());
        for (qr, q) in doc.quotes.iter().zip(a.quotes()) {
            assert_eq!(
                cut(qr.content.start, qr.content.end, "report content"),
                qr.text
            );
            assert_eq!(qr.text, q.content.slice(text), "report text is the content");
            let _ = cut(qr.span.start, qr.span.end, "report span");
            assert!(qr.span.start <= qr.content.start && qr.content.end <= qr.span.end);
            if let Some(m) = &qr.mention {
                assert_eq!(cut(m.start, m.end, "report mention"), m.text);
            }
            if let Some(c) = &qr.cue {
                assert_eq!(cut(c.start, c.end, "report cue"), c.text);
            }
            for c in &qr.claims {
                assert_eq!(cut(c.span.start, c.span.end, "report claim"), c.text);
                for x in &c.quantities {
                    assert_eq!(cut(x.span.start, x.span.end, "report quantity"), x.text);
                }
                for t in &c.time {
                    assert_eq!(cut(t.span.start, t.span.end, "report time"), t.text);
                }
                for f in &c.figure_checks {
                    assert_eq!(
                        cut(f.other.start, f.other.end, "report figure"),
                        f.other.text
                    );
                    assert_eq!(
                        cut(f.quantity.start, f.quantity.end, "report figure"),
                        f.quantity.text
                    );
                }
            }
        }
        for s in &doc.speakers {
            for m in &s.mentions {
                assert_eq!(cut(m.start, m.end, "report speaker mention"), m.text);
            }
        }
        let json = doc.to_json();
        let back: serde_json::Value =
            serde_json::from_str(&json).expect("the report is valid JSON");
        assert!(
            back.get("quotes").is_some_and(serde_json::Value::is_array),
            "report has quotes"
        );
    }
    // Byte offsets are the Rust spans themselves.
    let doc = a.report(text, None, OffsetUnit::Bytes);
    for (qr, q) in doc.quotes.iter().zip(a.quotes()) {
        assert_eq!((qr.span.start, qr.span.end), (q.span.start, q.span.end));
        assert_eq!(
            (qr.content.start, qr.content.end),
            (q.content.start, q.content.end)
        );
    }
}

/// A sub-span of `text` chosen by two numbers: deliberately not always on char
/// boundaries (the tagger clamps), sometimes past the end.
pub fn span_from(text: &str, a: u16, b: u16) -> Span {
    let n = text.len() + 4;
    let (x, y) = (a as usize % n, b as usize % n);
    Span::new(x.min(y), x.max(y))
}

/// The clamped form of `span` per the tagger's contract: inside the text and `span`.
pub fn clamped_bounds(text: &str, span: Span) -> Span {
    Span::new(span.start.min(text.len()), span.end.min(text.len()))
}
