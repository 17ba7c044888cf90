//! Properties that hold on any input: no panic, every span on char boundaries and inside
//! the text, content inside span, nesting proper, CharIndex round trips.

use onrecord_quotes::{CharIndex, Extractor, OffsetUnit, Span};
use proptest::prelude::*;

/// Text built from news-like pieces and every quote mark, so generated inputs hit the
/// interesting paths far more often than uniform random strings.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("''".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("‚".to_string()),
        Just("‹".to_string()),
        Just("›".to_string()),
        Just("「".to_string()),
        Just("」".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just(" said ".to_string()),
        Just(" told reporters".to_string()),
        Just("according to ".to_string()),
        Just("Mr. ".to_string()),
        Just("Sen. Ada Reyes".to_string()),
        Just(" he ".to_string()),
        Just("it".to_string()),
        Just(" — Jo Park (@jopark) May 1, 2024".to_string()),
        Just("TRUMP: ".to_string()),
        Just("don't".to_string()),
        Just("’90s".to_string()),
        Just("é\u{301}".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just("שלום".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{2028}".to_string()),
        "[a-zA-Z]{1,8}".prop_map(|s| s),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|v| v.concat())
}

fn check_span(text: &str, s: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} {s:?} outside text of {} bytes",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} off a char boundary"
    );
    Ok(())
}

/// One extractor per language, built once; each case takes the language its length
/// picks, so every language's rules meet arbitrary text without running each case four
/// times.
fn extractor_for(text: &str) -> &'static Extractor {
    static EXTRACTORS: std::sync::OnceLock<Vec<Extractor>> = std::sync::OnceLock::new();
    let all = EXTRACTORS.get_or_init(|| {
        ["en", "de", "fr", "es", "auto"]
            .iter()
            .filter_map(|code| Extractor::for_language(code).ok())
            .collect()
    });
    &all[text.len() % all.len()]
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let a = extractor_for(text).analyze(text);
    for (i, q) in a.quotes.iter().enumerate() {
        check_span(text, q.span, "span")?;
        check_span(text, q.content, "content")?;
        prop_assert!(
            q.span.contains(q.content),
            "content {:?} outside span {:?}",
            q.content,
            q.span
        );
        prop_assert_eq!(q.id.0 as usize, i);
        if let Some(m) = q.mention {
            check_span(text, m, "mention")?;
        }
        if let Some(c) = &q.cue {
            check_span(text, c.span, "cue")?;
        }
        if let Some(s) = q.speaker {
            prop_assert!((s.0 as usize) < a.speakers.len());
        }
        if let Some(p) = q.parent {
            let parent = &a.quotes[p.0 as usize];
            prop_assert!(
                parent.span.contains(q.span),
                "nested quote outside its parent"
            );
        }
    }
    // sorted by start
    prop_assert!(a
        .quotes
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start));
    // marked quotes nest properly: two marked quotes either nest or do not overlap
    let marked: Vec<Span> = a
        .quotes
        .iter()
        .filter(|q| q.kind != onrecord_quotes::QuoteKind::Indirect)
        .map(|q| q.span)
        .collect();
    for x in &marked {
        for y in &marked {
            prop_assert!(
                !x.overlaps(*y) || x.contains(*y) || y.contains(*x),
                "{x:?} and {y:?} cross"
            );
        }
    }
    for s in &a.speakers {
        for m in &s.mentions {
            check_span(text, *m, "speaker mention")?;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn analysis_is_well_formed_on_newsy_text(text in newsy()) {
        check(&text)?;
    }

    #[test]
    fn analysis_is_well_formed_on_any_text(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn char_index_round_trips(text in any::<String>()) {
        let idx = CharIndex::new(&text);
        for (ci, (b, _)) in text.char_indices().enumerate() {
            prop_assert_eq!(idx.char_of(b), ci);
            prop_assert_eq!(idx.byte_of_char(ci), b);
            prop_assert_eq!(idx.convert(b, OffsetUnit::Utf16), text[..b].encode_utf16().count());
            prop_assert_eq!(idx.convert(b, OffsetUnit::Bytes), b);
        }
        prop_assert_eq!(idx.char_of(text.len()), text.chars().count());
    }
}
