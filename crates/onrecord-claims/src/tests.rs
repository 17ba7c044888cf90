//! Unit tests for the tagger as a whole (sentences written for these tests).

use super::*;
use proptest::prelude::*;

fn tagger() -> Tagger {
    Tagger::english()
}

fn quants(text: &str) -> Vec<Quantity> {
    tagger()
        .tag_text(text)
        .into_iter()
        .flat_map(|c| c.quantities)
        .collect()
}

fn types(text: &str) -> Vec<ClaimType> {
    let mut t: Vec<ClaimType> = tagger()
        .tag_text(text)
        .into_iter()
        .flat_map(|c| c.types)
        .collect();
    t.sort();
    t.dedup();
    t
}

/// (sentence, covered text, value, range, unit)
type Row = (
    &'static str,
    &'static str,
    Option<f64>,
    Option<(f64, f64)>,
    Option<&'static str>,
);

#[test]
fn quantity_table() {
    let rows: &[Row] = &[
        (
            "The town has 12,400 residents.",
            "12,400 residents",
            Some(12400.0),
            None,
            Some("residents"),
        ),
        (
            "They shipped 95 million doses abroad.",
            "95 million doses",
            Some(95e6),
            None,
            Some("doses"),
        ),
        (
            "It raised 1.2bn last year.",
            "1.2bn",
            Some(1.2e9),
            None,
            None,
        ),
        (
            "A fine of $3 trillion was floated.",
            "$3 trillion",
            Some(3e12),
            None,
            Some("$"),
        ),
        (
            "Ninety-five people attended.",
            "Ninety-five people",
            Some(95.0),
            None,
            Some("people"),
        ),
        (
            "She bought a dozen eggs.",
            "a dozen eggs",
            Some(12.0),
            None,
            Some("eggs"),
        ),
        (
            "We counted one hundred and twenty boats.",
            "one hundred and twenty boats",
            Some(120.0),
            None,
            Some("boats"),
        ),
        (
            "Two-thirds of voters agreed.",
            "Two-thirds of voters",
            Some(2.0 / 3.0),
            None,
            Some("voters"),
        ),
        (
            "Roughly 1/3 of the budget went there.",
            "Roughly 1/3",
            Some(1.0 / 3.0),
            None,
            None,
        ),
        (
            "Turnout was 25% this time.",
            "25%",
            Some(25.0),
            None,
            Some("percent"),
        ),
        (
            "Turnout was 25 per cent this time.",
            "25 per cent",
            Some(25.0),
            None,
            Some("percent"),
        ),
        (
            "Between 20 and 30 officers came.",
            "Between 20 and 30 officers",
            None,
            Some((20.0, 30.0)),
            Some("officers"),
        ),
        (
            "The estimate is 252-287 seats.",
            "252-287 seats",
            None,
            Some((252.0, 287.0)),
            Some("seats"),
        ),
        (
            "Prices went from 5 to 10 euros.",
            "from 5 to 10 euros",
            None,
            Some((5.0, 10.0)),
            Some("euros"),
        ),
        (
            "Officers seized 54 kilograms of powder.",
            "54 kilograms",
            Some(54.0),
            None,
            Some("kilograms"),
        ),
        (
            "Tickets cost £40 each.",
            "£40 each",
            Some(40.0),
            None,
            Some("£"),
        ),
        (
            "Hundreds of volunteers turned up.",
            "Hundreds of volunteers",
            None,
            Some((100.0, 1000.0)),
            Some("volunteers"),
        ),
        (
            "It is 5 feet 6 inches tall.",
            "5 feet 6 inches",
            Some(5.5),
            None,
            Some("feet"),
        ),
        (
            "The temperature fell to -4 degrees.",
            "-4 degrees",
            Some(-4.0),
            None,
            Some("degrees"),
        ),
        (
            "A half-mile walk, then 3 hundred and 21 steps.",
            "3 hundred and 21 steps",
            Some(321.0),
            None,
            Some("steps"),
        ),
    ];
    for (text, covered, value, range, unit) in rows {
        let qs = quants(text);
        let q = qs
            .iter()
            .find(|q| q.span.slice(text) == *covered)
            .unwrap_or_else(|| panic!("{text}: no quantity {covered:?} in {qs:?}"));
        assert_eq!(q.value, *value, "{text}");
        assert_eq!(q.range, *range, "{text}");
        assert_eq!(q.unit.as_deref(), *unit, "{text}");
    }
}

#[test]
fn modifiers_bounds_changes_rates() {
    let q = &quants("Some 240 small firms closed.")[0];
    assert!(q.approx);
    assert_eq!(q.modifier.as_deref(), Some("Some"));
    assert_eq!(q.unit.as_deref(), Some("small firms"));
    let q = &quants("More than 4,000 homes lost power.")[0];
    assert_eq!(q.bound, Some(Bound::MoreThan));
    let q = &quants("The plant employs up to 700 workers.")[0];
    assert_eq!(q.bound, Some(Bound::AtMost));
    let q = &quants("At least 12 people were hurt.")[0];
    assert_eq!(q.bound, Some(Bound::AtLeast));
    let qs = quants("Sales rose by 14% to 2.1 million.");
    assert_eq!(qs[0].change, Some(Change::Up));
    assert_eq!(qs[1].change, Some(Change::To));
    assert_eq!(qs[1].about.as_deref(), Some("Sales"));
    let q = &quants("The river carries 9,000 tonnes a day.")[0];
    assert_eq!(q.rate.as_deref(), Some("per day"));
    let q = &quants("About 40,000 drivers renew annually.")[0];
    assert_eq!(q.rate.as_deref(), Some("per year"));
    let q = &quants("The fund holds €2.5 billion.")[0];
    assert_eq!(q.currency.as_deref(), Some("EUR"));
    assert_eq!(q.value, Some(2.5e9));
}

#[test]
fn in_between_figures_is_a_proportion_not_inches() {
    // "X in Y": two plain numbers, neither in inches
    for text in [
        "Roughly 1 in 8 renters fell behind on payments.",
        "Three in four nurses plan to stay.",
        "Only 2 in every 100 bids won.",
    ] {
        let qs = quants(text);
        assert!(!qs.is_empty(), "{text}");
        assert!(
            qs.iter().all(|q| q.unit.as_deref() != Some("inches")),
            "{text}: {qs:?}"
        );
    }
    let qs = quants("Roughly 1 in 8 renters fell behind on payments.");
    assert_eq!(qs[0].value, Some(1.0));
    assert!(qs.iter().any(|q| q.value == Some(8.0)), "{qs:?}");
    // a length still reads as inches
    for text in [
        "The saw has a 12-in blade.",
        "Cut a board 5 in. wide.",
        "Snow fell to a depth of 7 in.",
    ] {
        let qs = quants(text);
        assert_eq!(qs[0].unit.as_deref(), Some("inches"), "{text}: {qs:?}");
    }
}

#[test]
fn dates_and_years_are_time_not_quantities() {
    let text = "In 2015 the mill closed, and on February 1st, 2018 it reopened.";
    assert!(quants(text).is_empty(), "{:?}", quants(text));
    let c = tagger().tag_text(text);
    let times: Vec<&str> = c
        .iter()
        .flat_map(|c| c.time.iter().map(|t| t.span.slice(text)))
        .collect();
    assert!(times.contains(&"2015"), "{times:?}");
    assert!(times.contains(&"February 1st, 2018"), "{times:?}");
    // identifiers and ordinals are not figures either
    assert!(quants("Route 66 and the 3rd exit.").is_empty());
}

#[test]
fn time_references_resolve_against_a_dateline() {
    let text = "LONDON, March 4, 2024 — Rents rose last year and fell on Monday, officials said, since 2019 at least.";
    let t = tagger();
    assert_eq!(t.dateline(text), Date::new(2024, 3, 4));
    let claims = t.tag_text(text);
    let times: Vec<&TimeRef> = claims.iter().flat_map(|c| c.time.iter()).collect();
    let find = |s: &str| times.iter().find(|r| r.span.slice(text) == s).copied();
    let last_year = find("last year").expect("last year");
    assert_eq!(last_year.resolved.map(|r| r.start), Date::new(2023, 1, 1));
    let monday = find("on Monday").expect("on Monday");
    assert_eq!(monday.resolved.map(|r| r.start), Date::new(2024, 3, 4));
    let since = find("since 2019").expect("since 2019");
    assert_eq!(
        since.resolved.map(|r| (r.start, r.end)),
        Date::new(2019, 1, 1).zip(Date::new(2024, 3, 4))
    );
    // ISO dateline
    assert_eq!(
        t.dateline(" date 2021-07-09 Something happened."),
        Date::new(2021, 7, 9)
    );
    // every year is recurring, unresolved
    let c = t.tag_text("Floods return every year.");
    assert_eq!(c[0].time[0].kind, TimeKind::Recurring);
}

/// `tag_spans` finds what `tag_with_dateline` finds with the article's dateline, span by
/// span, whether or not a span needs the dateline (it is looked for lazily).
#[test]
fn tag_spans_is_tag_with_the_dateline() {
    let t = tagger();
    for text in [
        "LONDON, March 4, 2024 — “Rents rose 5% last year,” she said. “It fell on Monday.” “No.”",
        "“Deaths rose to 70,000,” he said, “and 80,000 people died in 2019.”",
        "No dateline here. “We will build 300 homes next year,” the mayor said.",
        "",
    ] {
        let dl = t.dateline(text);
        let n = text.len();
        let spans = [
            Some(Span::new(0, n)),
            None,
            Some(Span::new(n / 3, n)),
            Some(Span::new(0, n / 2)),
            Some(Span::new(n, n)),
        ];
        let want: Vec<Vec<Claim>> = spans
            .iter()
            .map(|s| s.map_or_else(Vec::new, |s| t.tag_with_dateline(text, s, dl)))
            .collect();
        assert_eq!(t.tag_spans(text, spans), want, "{text:?}");
        assert_eq!(t.tag(text, Span::new(0, n)), want[0], "{text:?}");
    }
}

#[test]
fn claim_types() {
    assert!(
        types("Our party will build two new bridges within five years.")
            .contains(&ClaimType::Promise)
    );
    assert!(
        types("She said she was going to give every teacher a raise.")
            .contains(&ClaimType::Promise)
    );
    assert!(
        types("I've seen children who never recover from that.").contains(&ClaimType::Experience)
    );
    assert!(types("It is the largest exporter in the region.").contains(&ClaimType::Comparison));
    assert!(types("Unemployment rose by 3% in the spring.").contains(&ClaimType::Trend));
    assert!(types("The floods were caused by heavy rain.").contains(&ClaimType::Causal));
    assert!(types("Prices are expected to climb next year.").contains(&ClaimType::Prediction));
    assert!(types("The council banned fireworks in the park.").contains(&ClaimType::Rule));
    assert_eq!(
        types("What a wonderful, beautiful evening."),
        vec![ClaimType::Opinion]
    );
}

fn is_pledge(text: &str) -> bool {
    let t = types(text);
    t.contains(&ClaimType::Promise) || t.contains(&ClaimType::Prediction)
}

#[test]
fn pledges_by_the_verb_a_commitment_governs() {
    // a specific act after a marker is a pledge without further detail
    for text in [
        "We will set up a national flood agency.",
        "A new tribunal for tenants shall be established.",
        "The party promises to repeal the licence fee.",
        "We are committed to abolishing prescription charges.",
        "We will work to set up a seed bank.",
        "We're going to open a library in the old station.",
        "We will not raise income tax.",
        "Ours is a party that will never privatise the water companies.",
    ] {
        assert!(is_pledge(text), "{text}: {:?}", types(text));
    }
    // a vague effort, a light verb without a figure, a past promise: none
    for text in [
        "We will strive to do better for families.",
        "We will continue to encourage young people to vote.",
        "Steps will be taken to look into the matter.",
        "We will build a fairer country.",
        "The council had promised to open a pool.",
        "We have delivered a new hospital.",
        "There is no political will to act.",
        "The Employment Guarantee Act was a landmark.",
    ] {
        assert!(!is_pledge(text), "{text}: {:?}", types(text));
    }
    // a light verb with a figure, any other verb with concrete detail
    assert!(is_pledge("We will give every pensioner £200 more a year."));
    assert!(is_pledge("We will fix the heating in all schools by 2027."));
}

#[test]
fn pledges_in_manifesto_style() {
    for text in [
        "Scrap the toll on the northern bridge.",
        "Creation of a regional transport fund.",
        "Setting up a helpline for carers in every county.",
        "Our aim is to halve waiting lists.",
        "Ensure clean water for 3 villages.",
    ] {
        assert!(is_pledge(text), "{text}: {:?}", types(text));
    }
    for text in [
        // a gerund subject, not a programme item
        "Launching the scheme was the easy part.",
        // an examining or effort verb leads the item
        "Review the bus timetables.",
        "Study the case for a second runway.",
        "We will assess whether the depot should be moved.",
        "Strengthen ties with our neighbours.",
        // a list item's number is not a figure
        "3 Ensure clean water for the villages.",
        // an infinitive after a noun is no commitment by itself
        "but a way to cut staff turnover, which she put at a third",
        "the county for money to hire two more nurses",
    ] {
        assert!(!is_pledge(text), "{text}: {:?}", types(text));
    }
}

#[test]
fn causal_strength() {
    let c = tagger().tag_text("Smoking is linked to heart disease.");
    assert!(c.iter().all(|c| !c.types.contains(&ClaimType::Causal)));
    assert!(c.iter().any(|c| c.causal == Some(CausalKind::Correlation)));
    let c = tagger().tag_text("The new drug may cause headaches.");
    assert!(c.iter().all(|c| !c.types.contains(&ClaimType::Causal)));
    assert!(c.iter().any(|c| c.causal == Some(CausalKind::Hedged)));
    let c = tagger().tag_text("The crash was caused by ice on the road.");
    assert!(c
        .iter()
        .any(|c| c.causal == Some(CausalKind::Direct) && c.types.contains(&ClaimType::Causal)));
}

#[test]
fn checkworthiness_prefers_figures_to_feelings() {
    let t = tagger();
    let fact = t.tag_text("The deficit grew by $200 billion in 2019.");
    let feel = t.tag_text("I think we all hope for a better future, don't we?");
    let best = |c: &[Claim]| c.iter().map(|c| c.score).fold(0.0f32, f32::max);
    assert!(best(&fact) >= 0.5, "{fact:?}");
    assert!(best(&feel) < 0.5, "{feel:?}");
    assert!(fact
        .iter()
        .all(|c| (0.0..=1.0).contains(&c.score) && c.checkworthy == (c.score >= 0.5)));
}

#[test]
fn figure_checks_relate_figures_about_the_same_thing() {
    let text = "Officials say 12,000 residents lost their homes. \
                “More than 40,000 residents were left homeless,” the mayor said. \
                The storm also flattened 300 barns.";
    let t = tagger();
    let qstart = text.find('“').unwrap_or(0);
    let qend = text.find('”').unwrap_or(text.len());
    let mut groups = vec![t.tag(text, Span::new(qstart, qend))];
    t.check_figures(text, &mut groups);
    let checks: Vec<&FigureCheck> = groups
        .iter()
        .flatten()
        .flat_map(|c| c.figure_checks.iter())
        .collect();
    assert_eq!(checks.len(), 1, "{checks:?}");
    assert_eq!(checks[0].other.slice(text), "12,000 residents");
    assert_eq!(checks[0].value, 12000.0);
    assert_eq!(checks[0].relation, Relation::Differs);
    assert_eq!(checks[0].difference, 28000.0);
}

#[test]
fn tag_stays_inside_the_span_and_reports_chars() {
    let text = "Prélude: «Nous avons 3 000 élèves», dit-il. Then 45 more came.";
    let s = text.find('«').unwrap_or(0);
    let e = text
        .find('»')
        .map(|e| e + '»'.len_utf8())
        .unwrap_or(text.len());
    let claims = tagger().tag(text, Span::new(s, e));
    assert!(!claims.is_empty());
    for c in &claims {
        assert!(Span::new(s, e).contains(c.span));
        for q in &c.quantities {
            assert!(c.span.contains(q.span));
        }
    }
    assert_eq!(claims[0].quantities[0].value, Some(3000.0));
    let index = CharIndex::new(text);
    let r = claims[0].report(text, &index, OffsetUnit::Chars);
    let json = serde_json::to_string(&r).unwrap_or_default();
    assert!(json.starts_with(r#"{"span":{"start":"#), "{json}");
    let order = [
        "\"types\"",
        "\"score\"",
        "\"checkworthy\"",
        "\"quantities\"",
        "\"time\"",
        "\"figure_checks\"",
    ];
    let pos: Vec<usize> = order
        .iter()
        .map(|k| json.find(k).unwrap_or(usize::MAX))
        .collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{json}");
    let chars: Vec<char> = text.chars().collect();
    let covered: String = chars[r.quantities[0].span.start..r.quantities[0].span.end]
        .iter()
        .collect();
    assert_eq!(covered, r.quantities[0].text);
}

#[test]
fn odd_spans_do_not_panic() {
    let t = tagger();
    let text = "«é» 12 €";
    for s in 0..=text.len() + 2 {
        for e in 0..=text.len() + 2 {
            let _ = t.tag(text, Span::new(s, e));
        }
    }
    assert!(t.tag_text("").is_empty());
}

proptest! {
    #[test]
    fn tag_text_never_panics_and_spans_fit(text in "\\PC{0,200}") {
        let t = tagger();
        for c in t.tag_text(&text) {
            prop_assert!(c.span.end <= text.len() && c.span.start <= c.span.end);
            prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
            for q in &c.quantities {
                prop_assert!(c.span.contains(q.span));
                prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            }
            for r in &c.time {
                prop_assert!(c.span.contains(r.span));
                prop_assert!(text.is_char_boundary(r.span.start) && text.is_char_boundary(r.span.end));
            }
        }
    }

    #[test]
    fn numbers_and_words_soup(text in "([0-9]{1,5}|[,.\\-/$%€]|one|half|a|and|million|to|from|between|more than|about|May|2019|years|per|\\s){0,40}") {
        let t = tagger();
        let mut groups = vec![t.tag_text(&text)];
        t.check_figures(&text, &mut groups);
        for c in groups.iter().flatten() {
            prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        }
    }

    #[test]
    fn tag_keeps_claims_within_the_span(text in "\\PC{0,120}", a in 0usize..130, b in 0usize..130) {
        let t = tagger();
        let (s, e) = (a.min(b), a.max(b));
        let claims = t.tag(&text, Span::new(s, e));
        for c in claims {
            prop_assert!(c.span.start >= s.min(text.len()) && c.span.end <= e.min(text.len()).max(c.span.start));
            prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        }
    }
}

/// The article's figures read in windows around digits and number words are the figures
/// read over the whole text.
#[test]
fn figure_windows_find_what_the_whole_text_has() {
    let t = tagger();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    let joined = texts.join("\n\n");
    texts.push(joined.replace('\n', " "));
    texts.push("1234567890".repeat(500));
    texts.push("12 345 678, 9.5 ".repeat(300));
    texts.push("one hundred and twenty-five thousand ".repeat(200));
    texts.push("$5 to $10 million €3bn £ ".repeat(200));
    texts.push(".,;:-%$()".repeat(300));
    texts.push("word ".repeat(200) + "about three-quarters of 5,000 people" + &" x".repeat(300));
    texts.push("a third\u{a0}\n 5 more than\n\n\u{2029}six".repeat(100));
    for text in &texts {
        let whole = t.quantities(text, Span::new(0, text.len()));
        let windowed = figures::article_quantities(&t.lex, text);
        assert_eq!(whole, windowed, "{}", &text[..text.len().min(80)]);
    }
}

#[test]
fn figure_checks_stay_bounded() {
    let t = tagger();
    let text = "Officials said 1,000 people died. ".repeat(5000);
    let mut groups: Vec<Vec<Claim>> = (0..50)
        .map(|k| t.tag(&text, Span::new(k * 34, k * 34 + 33)))
        .collect();
    t.check_figures(&text, &mut groups);
    for c in groups.iter().flatten() {
        assert!(c.figure_checks.len() <= 32);
        assert!(!c.figure_checks.is_empty());
    }
}
