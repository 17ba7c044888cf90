//! Unit tests for the tagger as a whole.

use super::*;

fn tagger() -> Tagger {
    Tagger::english()
}

fn quants(text: &str) -> Vec<Quantity> {
    tagger().tag_text(text).into_iter().flat_map(|c| c.quantities).collect()
}

#[test]
fn smoke() {
    let c = tagger().tag_text("Deaths rose by 23% to more than 70,000 last year.");
    assert!(!c.is_empty());
}
