//! Adversarial inputs for the claim tagger: figures and words in the shapes scrapers and
//! transcripts produce. Each has a defined result, asserted with the invariants: every
//! claim inside the tagged span, every quantity and time reference inside its claim, all
//! spans on char boundaries, no NaN values. `&str` input is valid UTF-8 by construction.

use onrecord_claims::{Claim, Span, Tagger};

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

fn check(text: &str, claims: &[Claim], within: Span) {
    for c in claims {
        check_span(text, c.span, "claim");
        assert!(
            within.contains(c.span),
            "claim {:?} outside {within:?}",
            c.span
        );
        assert!((0.0..=1.0).contains(&c.score));
        assert_eq!(c.checkworthy, c.score >= 0.5);
        for q in &c.quantities {
            check_span(text, q.span, "quantity");
            assert!(
                c.span.contains(q.span),
                "quantity {:?} outside claim {:?}",
                q.span,
                c.span
            );
            assert!(q.value.is_none_or(|v| !v.is_nan()), "NaN value");
            assert!(
                q.range.is_none_or(|(a, b)| !a.is_nan() && !b.is_nan()),
                "NaN range"
            );
        }
        for t in &c.time {
            check_span(text, t.span, "time");
            assert!(
                c.span.contains(t.span),
                "time {:?} outside claim {:?}",
                t.span,
                c.span
            );
        }
    }
}

fn tag(text: &str) -> Vec<Claim> {
    let claims = Tagger::english().tag_text(text);
    check(text, &claims, Span::new(0, text.len()));
    claims
}

#[test]
fn empty_and_whitespace() {
    for text in [
        "",
        " ",
        "\n\n",
        "\r\n",
        "\t \u{a0}\u{3000}",
        &" \n".repeat(200_000),
    ] {
        assert!(tag(text).is_empty(), "{text:?}");
    }
}

#[test]
fn only_marks_and_punctuation() {
    for unit in [
        "“", "”", "\"", "'", "«", "»", "%", "$", "€", ".", ",", "-", "—", "/", "(", ")", ":",
    ] {
        let text = unit.repeat(50_000);
        assert!(tag(&text).iter().all(|c| c.quantities.is_empty()), "{unit}");
    }
}

#[test]
fn huge_numbers() {
    // A 100,000-digit number, digit groups, decimals and exponents: values are finite or
    // infinite, never NaN, and the figure is found.
    for text in [
        format!("Deaths rose to {} last year.", "9".repeat(100_000)),
        format!("Deaths rose to {} last year.", "999,".repeat(25_000)),
        format!("Deaths rose to 0.{} percent.", "1".repeat(50_000)),
        "Deaths rose to 1e308 and 1e309 and 10^999999 percent.".to_string(),
    ] {
        let claims = tag(&text);
        assert!(
            claims.iter().any(|c| !c.quantities.is_empty()),
            "{}",
            &text[..40]
        );
    }
    // Dotted runs (versions, addresses) are identifiers, not figures.
    let text = format!("Deaths rose to {} percent.", "1.".repeat(50_000));
    tag(&text);
}

#[test]
fn non_ascii_digits_and_numbers() {
    // Digits of other scripts, superscripts, fractions, fullwidth forms: char::is_numeric
    // is true for all of them, but they are not ASCII digits.
    for text in [
        "Deaths rose by ٥٠٪ to ١٢٣ last year.",
        "Deaths rose by ５０％ to １２３ last year.",
        "It rose by 10² and ½ and ⅔ and ① and Ⅻ percent.",
        "It fell 5\u{301}% and 1\u{0660}2 and 3\u{fe0f}\u{20e3} points.",
    ] {
        tag(text);
    }
}

#[test]
fn many_figures() {
    let text =
        "About 80,000 Americans died, up 5% from 2019; some 300,000 were killed. ".repeat(2_000);
    let claims = tag(&text);
    assert!(claims.len() >= 2_000);
    assert!(claims.iter().map(|c| c.quantities.len()).sum::<usize>() >= 6_000);
}

#[test]
fn long_words_and_number_words() {
    let text = "a".repeat(500_000);
    assert!(tag(&text).iter().all(|c| c.quantities.is_empty()));
    let text = "ninety-".repeat(50_000);
    tag(&text);
    let text = "million ".repeat(50_000);
    tag(&text);
    let text = "one hundred thousand ".repeat(20_000);
    tag(&text);
}

#[test]
fn dates_and_times() {
    for text in [
        "since 99999999999 and in the year 0 and on Feb. 30, 2024 and on 31/31/31.".to_string(),
        "last year ".repeat(50_000),
        "Jan. ".repeat(50_000),
        "WASHINGTON, Jan. 5, 2024 — ".repeat(10_000),
    ] {
        tag(&text);
        Tagger::english().dateline(&text);
    }
}

#[test]
fn control_characters_bom_and_scripts() {
    for text in [
        "\u{feff}Deaths rose by 23% to 70,000 last year.",
        "Deaths\0 rose\u{7} by\u{1b} 23%\u{7f} to 70,000\u{85} last year.",
        "Deaths rose by 23%\r\nto 70,000\rlast year.",
        "👩‍👩‍👧 deaths rose by 23% 🏳️‍🌈 to 70,000 last year.",
        "ارتفعت الوفيات بنسبة 23% إلى 70,000 العام الماضي.",
    ] {
        let claims = tag(text);
        assert!(claims.iter().any(|c| !c.quantities.is_empty()), "{text:?}");
    }
    tag(&"\0".repeat(500_000));
    tag(&"e\u{301}".repeat(100_000));
}

#[test]
fn sub_spans_off_char_boundaries_and_past_the_end() {
    // The tagger clamps any span to the text and its char boundaries, moving inwards.
    let text = "“Deaths rose by 23% to 70,000 in Zürich last year,” she said. 😀";
    let t = Tagger::english();
    for start in 0..=text.len() + 2 {
        for end in (start..=text.len() + 2).step_by(3) {
            let span = Span::new(start, end);
            let within = Span::new(start.min(text.len()), end.min(text.len()));
            check(text, &t.tag(text, span), within);
            for q in t.quantities(text, span) {
                check_span(text, q.span, "quantity");
                assert!(within.contains(q.span));
            }
        }
    }
    // A reversed span tags nothing.
    assert!(t.tag(text, Span { start: 20, end: 10 }).is_empty());
}

#[test]
fn figure_checks_stay_inside_the_text() {
    let text = "“Some 300,000 Americans were killed,” he said. Officials say 80,000 Americans die annually.";
    let t = Tagger::english();
    let mut groups = vec![t.tag(text, Span::new(0, 36))];
    t.check_figures(text, &mut groups);
    for c in groups.iter().flatten() {
        for f in &c.figure_checks {
            check_span(text, f.other, "figure");
            assert!(c.span.contains(f.quantity));
        }
    }
    assert!(
        groups[0].iter().any(|c| !c.figure_checks.is_empty()),
        "the two figures are set side by side"
    );
}
