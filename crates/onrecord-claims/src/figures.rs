//! Figure checks: a quoted figure set beside the article's other figures about the same thing.

use onrecord_quotes::Span;

use crate::classify::quantities;
use crate::lex::Lexicons;
use crate::{Claim, FigureCheck, Quantity, Relation};

/// Words for people counted, and for deaths: figures about them are comparable.
const PEOPLE: &[&str] = &[
    "people", "person", "persons", "individual", "individuals", "resident", "residents", "citizen", "citizens", "adult", "adults", "child",
    "children", "men", "women", "patient", "patients", "victim", "victims", "death", "deaths", "dead", "fatality", "fatalities", "life", "lives",
    "overdose", "overdoses", "casualty", "casualties", "killed", "died", "body", "bodies",
];

/// Units that do not name a thing counted: figures in them are not cross-checked.
const SKIP_UNITS: &[&str] = &[
    "percent", "percentage points", "basis points", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries",
    "times", "points",
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

/// The comparison key of a quantity: what it counts, folded to a class for people.
fn key(q: &Quantity) -> Option<String> {
    if q.currency.is_some() {
        return None;
    }
    let raw = q.unit.as_deref().or(q.about.as_deref())?;
    if SKIP_UNITS.contains(&raw.to_lowercase().as_str()) {
        // a percent or duration: compare only by what it is about
        return None;
    }
    let head = raw.split_whitespace().last()?;
    let s = singular(head);
    let demonym = head.chars().next().is_some_and(char::is_uppercase) && (s.ends_with("an") || s.ends_with("ese") || s.ends_with("ian"));
    if demonym || PEOPLE.contains(&head.to_lowercase().as_str()) || PEOPLE.contains(&s.as_str()) {
        return Some("people".to_string());
    }
    Some(s)
}

fn value_of(q: &Quantity) -> Option<f64> {
    q.value.or(q.range.map(|r| r.0))
}

/// Fills `figure_checks` of every claim in `quote_claims`.
pub(crate) fn check(lex: &Lexicons, text: &str, quote_claims: &mut [Vec<Claim>]) {
    if quote_claims.iter().all(|c| c.iter().all(|c| c.quantities.is_empty())) {
        return;
    }
    let (article, _) = quantities(lex, text, Span::new(0, text.len()), None);
    let keyed: Vec<(String, &Quantity)> = article.iter().filter_map(|q| key(q).map(|k| (k, q))).collect();
    for claims in quote_claims.iter_mut() {
        for claim in claims.iter_mut() {
            let mut checks = Vec::new();
            for q in &claim.quantities {
                let (Some(k), Some(v)) = (key(q), value_of(q)) else { continue };
                for (ok, other) in &keyed {
                    if *ok != k || other.span.overlaps(claim.span) || other.span.overlaps(q.span) {
                        continue;
                    }
                    let Some(ov) = value_of(other) else { continue };
                    let m = v.abs().max(ov.abs());
                    let agrees = m == 0.0 || (v - ov).abs() / m <= 0.02;
                    checks.push(FigureCheck {
                        quantity: q.span,
                        other: other.span,
                        value: ov,
                        relation: if agrees { Relation::Agrees } else { Relation::Differs },
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
