//! Adversarial inputs through the facade: the whole pipeline (quotes, speakers, claims)
//! and its JSON report in code points, UTF-16 units and bytes. Every report offset slices
//! the text to the reported text; the JSON is valid. The quote layer's own adversarial
//! suite is crates/onrecord-quotes/tests/adversarial.rs, the tagger's is
//! crates/onrecord-claims/tests/adversarial.rs. `&str` cannot hold invalid UTF-8; the
//! CLI and the Python binding decode before calling in.

use onrecord::{Analysis, OffsetUnit, Pipeline, QuoteKind, Span};

fn check_span(text: &str, s: Span, what: &str) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} {s:?} outside {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} off a char boundary"
    );
}

fn analyze(text: &str) -> Analysis {
    let a = Pipeline::english().analyze(text);
    for q in a.quotes() {
        check_span(text, q.span, "span");
        check_span(text, q.content, "content");
        assert!(q.span.contains(q.content));
        if let Some(p) = q.parent {
            assert!(a.quotes()[p.0 as usize].span.contains(q.span));
        }
        for c in a.claims_of(q.id) {
            check_span(text, c.span, "claim");
            assert!(
                q.content.contains(c.span),
                "claim outside its quote's content"
            );
            assert!(c.quantities.iter().all(|x| c.span.contains(x.span)));
            assert!(c.time.iter().all(|t| c.span.contains(t.span)));
        }
        if q.kind == QuoteKind::Scare {
            assert!(q.speaker.is_none() && a.claims_of(q.id).is_empty());
        }
    }
    check_report(text, &a);
    a
}

fn check_report(text: &str, a: &Analysis) {
    let chars: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    for unit in [OffsetUnit::Chars, OffsetUnit::Utf16, OffsetUnit::Bytes] {
        let cut = |s: usize, e: usize| -> String {
            match unit {
                OffsetUnit::Chars => chars[s..e].iter().collect(),
                OffsetUnit::Utf16 => {
                    String::from_utf16(&units[s..e]).expect("no split surrogate pair")
                }
                OffsetUnit::Bytes => text[s..e].to_string(),
            }
        };
        let doc = a.report(text, None, unit);
        for q in &doc.quotes {
            assert_eq!(cut(q.content.start, q.content.end), q.text);
            assert!(q.span.start <= q.content.start && q.content.end <= q.span.end);
            if let Some(m) = &q.mention {
                assert_eq!(cut(m.start, m.end), m.text);
            }
            for c in &q.claims {
                assert_eq!(cut(c.span.start, c.span.end), c.text);
                for x in &c.quantities {
                    assert_eq!(cut(x.span.start, x.span.end), x.text);
                }
            }
        }
        let json: serde_json::Value = serde_json::from_str(&doc.to_json()).expect("valid JSON");
        assert_eq!(
            json["quotes"].as_array().map(Vec::len),
            Some(doc.quotes.len())
        );
    }
}

#[test]
fn empty_and_whitespace() {
    for text in [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "\u{feff}",
        " \u{a0}\u{2028}\u{3000}",
    ] {
        let a = analyze(text);
        assert!(a.quotes().is_empty() && a.speakers().is_empty(), "{text:?}");
        assert!(Pipeline::english().tag_claims(text).is_empty());
    }
}

#[test]
fn offsets_across_scripts_and_planes() {
    // BOM, combining marks, astral emoji with ZWJ, RTL, CRLF: code points and UTF-16
    // units differ from bytes, and every report offset still slices the right text.
    let text = "\u{feff}“Deaths in Zürich rose by 23% to 70,000 last year 👩‍👩‍👧,” Dr. Zoe\u{308} Park said.\r\n\
                «La dette a augmenté de 5 %», a dit le ministre.\r\
                “שלום, prices fell 4% 😀,” she added.";
    let a = analyze(text);
    assert_eq!(
        a.quotes()
            .iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .count(),
        3
    );
    assert!(a.claims().count() >= 1);
    let doc = a.report(text, None, OffsetUnit::Chars);
    let utf16 = a.report(text, None, OffsetUnit::Utf16);
    assert_eq!(
        doc.quotes[0].content.start, 2,
        "BOM and “ are one code point each"
    );
    assert!(
        utf16.quotes[2].content.start > doc.quotes[2].content.start,
        "astral chars are two UTF-16 units"
    );
}

#[test]
fn adversarial_documents_end_to_end() {
    let mut docs: Vec<String> = vec![
        "“".repeat(100_000),
        "\"".repeat(200) + "\n",
        "“” \n".repeat(20_000),
        "\0\u{1}\u{1b}\u{7f}\u{85}".repeat(50_000),
        "e\u{301}\u{302}".repeat(50_000),
        "👩‍👩‍👧‍👦 ".repeat(30_000),
        "\r".repeat(200_000),
        "\n".repeat(500_000),
        "a".repeat(500_000),
    ];
    // A quote opened at the start and never closed, then a long article.
    let mut long = String::from("“This quote never closes and the paragraph ends.\n");
    for i in 0..300 {
        long.push_str(&format!(
            "“Prices rose {i}% last year,” Finance Minister Ada Reyes said.\n"
        ));
    }
    docs.push(long);
    for (i, text) in docs.iter().enumerate() {
        let a = analyze(text);
        if i < docs.len() - 1 {
            assert!(a.speakers().is_empty(), "doc {i}: no speakers");
        } else {
            let later = a
                .quotes()
                .iter()
                .filter(|q| q.paragraph > 0 && q.kind == QuoteKind::Direct)
                .count();
            assert_eq!(later, 300, "later quotes survive an unclosed opener");
            assert!(a
                .quotes()
                .iter()
                .filter(|q| q.paragraph > 0)
                .all(|q| a.speaker_of(q).is_some_and(|s| s.name == "Ada Reyes")));
            assert!(a.claims().count() >= 300, "each later quote makes a claim");
        }
    }
}

#[test]
fn lossy_decoded_invalid_utf8() {
    // Invalid UTF-8 cannot be a `&str`; callers decode first. Lossy decoding gives U+FFFD,
    // and offsets around it stay exact.
    let bytes = b"\xff\xfe\xe2\x80\x9cPrices rose \xc3 12%,\xe2\x80\x9d she said.\xe2\x80";
    let text = String::from_utf8_lossy(bytes);
    let a = analyze(&text);
    assert_eq!(a.quotes().len(), 1);
    assert_eq!(
        a.quotes()[0].content.slice(&text),
        "Prices rose \u{fffd} 12%,"
    );
}

#[test]
fn claims_off_and_tag_claims() {
    let p = Pipeline::builder()
        .claims(false)
        .build()
        .expect("valid options");
    let text = "“Prices rose 12% last year,” she said.".repeat(100);
    let a = p.analyze(&text);
    assert_eq!(a.claims().count(), 0);
    check_report(&text, &a);
    let claims = Pipeline::english().tag_claims(&"9".repeat(100_000));
    assert!(claims.iter().all(|c| c.span.end <= 100_000));
}
