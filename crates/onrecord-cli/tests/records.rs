//! The record parser on its own (`input::parse_bytes`): one record per input line or row,
//! error records with line numbers, never a panic.

use onrecord_cli::input::{parse_bytes, Fields, Record};
use onrecord_cli::InputKind;

fn fields() -> Fields {
    Fields {
        text: "text".to_string(),
        id: "id".to_string(),
    }
}

/// (doc text or `!reason`, line) of every record.
fn summary(kind: InputKind, bytes: &[u8]) -> Vec<String> {
    parse_bytes(kind, bytes, &fields())
        .into_iter()
        .map(|r| match r {
            Record::Doc { text, .. } => text,
            Record::Bad(b) => format!("!{} @{}", b.reason, b.line.unwrap_or(0)),
        })
        .collect()
}

#[test]
fn jsonl_one_record_per_non_blank_line() {
    let input = b"{\"id\":1,\"text\":\"a\"}\n\n{\"text\":\"b\"}\r\nnot json\n{\"id\":2}\n\xff\xfe\n{\"text\":3}";
    let got = summary(InputKind::Jsonl, input);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(got[0], "a");
    assert_eq!(got[1], "b");
    assert!(
        got[2].starts_with("!not JSON") && got[2].ends_with("@4"),
        "{}",
        got[2]
    );
    assert!(got[3].starts_with("!no field `text`") && got[3].ends_with("@5"));
    assert!(got[4].starts_with("!not UTF-8") && got[4].ends_with("@6"));
    assert!(got[5].starts_with("!field `text` is not a string") && got[5].ends_with("@7"));
}

#[test]
fn csv_rows_and_bad_rows() {
    let input = b"id,text\n1,hello\n2,\"multi\nline\"\n3\n4,bye\n";
    let got = summary(InputKind::Csv, input);
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[0], "hello");
    assert_eq!(got[1], "multi\nline");
    assert!(got[2].starts_with("!bad CSV row"), "{}", got[2]);
    assert_eq!(got[3], "bye");
    let got = summary(InputKind::Tsv, b"title\n");
    assert_eq!(got.len(), 1);
    assert!(got[0].starts_with("!no column `text`"));
}

#[test]
fn arbitrary_bytes_never_panic() {
    // a crude sweep; the fuzz target `records` does this properly
    let samples: [&[u8]; 6] = [
        b"",
        b"\n\n\n",
        b"\xef\xbb\xbf{\"text\":\"bom\"}",
        b"text\n\"unclosed",
        b"{\"text\":\"\\ud800\"}",
        b"\0\0\0,\t\r\n\"",
    ];
    for s in samples {
        for kind in [
            InputKind::Jsonl,
            InputKind::Csv,
            InputKind::Tsv,
            InputKind::Text,
        ] {
            let _ = parse_bytes(kind, s, &fields());
        }
    }
}
