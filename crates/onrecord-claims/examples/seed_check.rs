//! Local check on an article: tags every paragraph as if it were a quote, runs the figure
//! checks, and prints the claims as JSON lines. `cargo run --example seed_check -- FILE.txt`

use onrecord_claims::{CharIndex, OffsetUnit, Span, Tagger};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: seed_check FILE.txt")?;
    let text = std::fs::read_to_string(path)?;
    let tagger = Tagger::english();
    println!("dateline: {:?}", tagger.dateline(&text));
    let mut groups = Vec::new();
    let mut start = 0;
    for para in text.split('\n') {
        let span = Span::new(start, start + para.len());
        start += para.len() + 1;
        groups.push(tagger.tag(&text, span));
    }
    tagger.check_figures(&text, &mut groups);
    let index = CharIndex::new(&text);
    for claims in &groups {
        for c in claims {
            println!(
                "{}",
                serde_json::to_string(&c.report(&text, &index, OffsetUnit::Chars))?
            );
        }
    }
    Ok(())
}
