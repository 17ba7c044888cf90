//! Snapshots of every sample article, rendered for reading: quotes, speakers and cues
//! marked inline, then one line per quote and per speaker. Read every `.snap.new`
//! before accepting it (`cargo insta review`).

#[test]
fn sample_articles() {
    let pipeline = onrecord::Pipeline::for_language("auto").expect("auto is a language");
    insta::glob!("../examples/articles", "*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let analysis = pipeline.analyze(&text);
        insta::assert_snapshot!(onrecord::render::annotated(&analysis, &text));
    });
}

/// The JSON contract's field order and shape, pinned on two articles.
#[test]
fn json_contract() {
    let pipeline = onrecord::Pipeline::for_language("auto").expect("auto is a language");
    for name in ["courtroom-nested.txt", "business-partial.txt"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/articles")
            .join(name);
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let report = pipeline.analyze(&text).report(
            &text,
            Some(serde_json::json!(name)),
            onrecord::OffsetUnit::Chars,
        );
        insta::assert_json_snapshot!(name, report);
    }
}

/// Every span of the report slices the text to the reported text, in code points.
#[test]
fn report_offsets_slice_the_text() {
    let pipeline = onrecord::Pipeline::for_language("auto").expect("auto is a language");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("examples/articles exists") {
        let path = entry.expect("readable entry").path();
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let chars: Vec<char> = text.chars().collect();
        let doc = pipeline
            .analyze(&text)
            .report(&text, None, onrecord::OffsetUnit::Chars);
        for q in &doc.quotes {
            let got: String = chars[q.content.start..q.content.end].iter().collect();
            assert_eq!(got, q.text, "{}: quote {}", path.display(), q.id);
            assert!(q.span.start <= q.content.start && q.content.end <= q.span.end);
            if let Some(m) = &q.mention {
                let got: String = chars[m.start..m.end].iter().collect();
                assert_eq!(got, m.text);
            }
            n += 1;
        }
    }
    assert!(n > 100, "the sample articles hold many quotes, found {n}");
}
