//! Figure checks: a quoted figure set beside the article's other figures about the same thing.

use onrecord_quotes::Span;

use crate::classify::quantities;
use crate::lex::Lexicons;
use crate::{Claim, FigureCheck, Quantity, Relation};

/// Words for people counted: figures about them are comparable.
const PEOPLE: &[&str] = &[
    "people",
    "person",
    "persons",
    "individual",
    "individuals",
    "resident",
    "residents",
    "citizen",
    "citizens",
    "adult",
    "adults",
    "child",
    "children",
    "men",
    "women",
    "patient",
    "patients",
    "victim",
    "victims",
    "casualty",
    "casualties",
];

/// Words for deaths, in the figure's unit or next to it.
const DEATHS: &[&str] = &[
    "death",
    "deaths",
    "dead",
    "die",
    "dies",
    "died",
    "dying",
    "killed",
    "kill",
    "kills",
    "fatality",
    "fatalities",
    "lives",
    "overdose",
    "overdoses",
    "murdered",
    "homicides",
    "body",
    "bodies",
];

/// Units that do not name a thing counted: figures in them are not cross-checked.
const SKIP_UNITS: &[&str] = &[
    "percent",
    "percentage points",
    "basis points",
    "seconds",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "centuries",
    "times",
    "points",
];

fn singular(w: &str) -> String {
    let w = w.to_lowercase();
    if w.len() > 3 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        return w[..w.len() - 1].to_string();
    }
    w
}

/// What a quantity counts: its unit's head folded to a class ("people" for demonyms and
/// people, "deaths" for deaths), its subject, and "deaths" when a death word stands near it.
fn keys(q: &Quantity, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    if q.currency.is_some() {
        return out;
    }
    for raw in [q.unit.as_deref(), q.about.as_deref()]
        .into_iter()
        .flatten()
    {
        if SKIP_UNITS.contains(&raw.to_lowercase().as_str()) {
            return Vec::new();
        }
        let Some(head) = raw.split(['/', ' ']).rfind(|w| !w.is_empty()) else {
            continue;
        };
        let s = singular(head);
        let lower = head.to_lowercase();
        let demonym = head.chars().next().is_some_and(char::is_uppercase)
            && (s.ends_with("an") || s.ends_with("ese") || s.ends_with("ian"));
        if DEATHS.contains(&lower.as_str()) {
            out.push("deaths".to_string());
        } else if demonym || PEOPLE.contains(&lower.as_str()) {
            out.push("people".to_string());
        } else {
            out.push(s);
        }
    }
    // a death word within a few words after the figure: "300,000 Americans have been killed"
    let mut end = (q.span.end + 60).min(text.len());
    while end > q.span.end && !text.is_char_boundary(end) {
        end -= 1;
    }
    let after = text.get(q.span.end..end).unwrap_or("");
    let sentence = after.split(['.', ';', '\n']).next().unwrap_or("");
    if sentence
        .split(|c: char| !c.is_alphanumeric())
        .take(6)
        .any(|w| DEATHS.contains(&w.to_lowercase().as_str()))
    {
        out.push("deaths".to_string());
    }
    // or just before it in the same sentence: "deaths number 80,000"
    let mut start = q.span.start.saturating_sub(40);
    while start < q.span.start && !text.is_char_boundary(start) {
        start += 1;
    }
    let before = text.get(start..q.span.start).unwrap_or("");
    let sentence = before.rsplit(['.', ';', '\n']).next().unwrap_or("");
    if sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .any(|w| DEATHS.contains(&w.to_lowercase().as_str()))
    {
        out.push("deaths".to_string());
    }
    out.sort();
    out.dedup();
    out
}

fn value_of(q: &Quantity) -> Option<f64> {
    q.value.or(q.range.map(|r| r.0))
}

/// Fills `figure_checks` of every claim in `quote_claims`.
pub(crate) fn check(lex: &Lexicons, text: &str, quote_claims: &mut [Vec<Claim>]) {
    if quote_claims
        .iter()
        .all(|c| c.iter().all(|c| c.quantities.is_empty()))
    {
        return;
    }
    let article = quantities(lex, text, Span::new(0, text.len()), None).quantities;
    let keyed: Vec<(Vec<String>, &Quantity)> = article
        .iter()
        .map(|q| (keys(q, text), q))
        .filter(|(k, _)| !k.is_empty())
        .collect();
    for claims in quote_claims.iter_mut() {
        for claim in claims.iter_mut() {
            let mut checks = Vec::new();
            for q in &claim.quantities {
                let k = keys(q, text);
                let Some(v) = value_of(q) else { continue };
                if k.is_empty() {
                    continue;
                }
                for (ok, other) in &keyed {
                    if !ok.iter().any(|x| k.contains(x))
                        || other.span.overlaps(claim.span)
                        || other.span.overlaps(q.span)
                    {
                        continue;
                    }
                    let Some(ov) = value_of(other) else { continue };
                    // figures about the same thing lie within an order of magnitude
                    let m = v.abs().max(ov.abs());
                    let lo = v.abs().min(ov.abs());
                    if m == 0.0 || lo * 10.0 < m {
                        continue;
                    }
                    let agrees = (v - ov).abs() / m <= 0.02;
                    checks.push(FigureCheck {
                        quantity: q.span,
                        other: other.span,
                        value: ov,
                        relation: if agrees {
                            Relation::Agrees
                        } else {
                            Relation::Differs
                        },
                        difference: v - ov,
                        ratio: (ov != 0.0).then(|| ((v / ov) * 1000.0).round() / 1000.0),
                        unit: other.unit.clone().or_else(|| other.about.clone()),
                    });
                }
            }
            checks.sort_by_key(|c| (c.quantity.start, c.other.start));
            checks.dedup_by_key(|c| (c.quantity, c.other));
            claim.figure_checks = checks;
        }
    }
}
