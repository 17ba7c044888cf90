//! The claim tagger on arbitrary text and on an arbitrary sub-span of it (the first four
//! bytes pick the span; they are also part of the text, so seeds stay readable).
#![no_main]

use libfuzzer_sys::fuzz_target;
use onrecord::claims::report::ClaimReport;
use onrecord::{CharIndex, OffsetUnit, Span};
use onrecord_fuzz::{check_claims, clamped_bounds, span_from, tagger, text_of};

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    let t = tagger();
    let whole = Span::new(0, text.len());
    let mut claims = t.tag_text(&text);
    check_claims(&text, &claims, whole);

    let (a, b) = match data {
        [a0, a1, b0, b1, ..] => (
            u16::from_le_bytes([*a0, *a1]),
            u16::from_le_bytes([*b0, *b1]),
        ),
        _ => (0, u16::MAX),
    };
    let span = span_from(&text, a, b);
    let sub = t.tag(&text, span);
    check_claims(&text, &sub, clamped_bounds(&text, span));
    for q in t.quantities(&text, span) {
        onrecord_fuzz::check_span(&text, q.span, "quantity");
        onrecord_fuzz::check_inside(q.span, clamped_bounds(&text, span), "quantity");
    }

    // Figure checks across two "quotes" and the report in every unit.
    let mut groups = vec![std::mem::take(&mut claims), sub];
    t.check_figures(&text, &mut groups);
    check_claims(&text, &groups[0], whole);
    let index = CharIndex::new(&text);
    let chars: Vec<char> = text.chars().collect();
    for c in groups.iter().flatten() {
        let r: ClaimReport = c.report(&text, &index, OffsetUnit::Chars);
        assert!(
            r.span.end <= chars.len(),
            "claim char offsets inside the text"
        );
        let got: String = chars[r.span.start..r.span.end].iter().collect();
        assert_eq!(got, r.text, "claim chars slice to its text");
        for q in &r.quantities {
            let got: String = chars[q.span.start..q.span.end].iter().collect();
            assert_eq!(got, q.text, "quantity chars slice to its text");
        }
        let u = c.report(&text, &index, OffsetUnit::Utf16);
        assert!(u.span.end <= text.encode_utf16().count());
    }
});
