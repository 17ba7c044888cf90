//! The command line's record parser (`onrecord_cli::input::parse_bytes`) on arbitrary
//! bytes read as JSONL, CSV, TSV or a text file (the first byte picks which; the rest is
//! the input). Invariants: no panic; JSONL yields exactly one record per non-blank line and
//! a text file exactly one record; every error record of a line-based input names a line
//! inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use onrecord_cli::input::{parse_bytes, Fields, Record};
use onrecord_cli::InputKind;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, input)) = data.split_first() else {
        return;
    };
    let kind = match pick % 4 {
        0 => InputKind::Jsonl,
        1 => InputKind::Csv,
        2 => InputKind::Tsv,
        _ => InputKind::Text,
    };
    let fields = Fields {
        text: "text".to_string(),
        id: "id".to_string(),
    };
    let records = parse_bytes(kind, input, &fields);
    let lines = input.split_inclusive(|&b| b == b'\n').count().max(1);
    match kind {
        InputKind::Jsonl => {
            let expected = input
                .split_inclusive(|&b| b == b'\n')
                .enumerate()
                .filter(|(i, line)| {
                    let mut l: &[u8] = line;
                    while let [rest @ .., b'\n' | b'\r'] = l {
                        l = rest;
                    }
                    if *i == 0 {
                        l = l.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(l);
                    }
                    !l.iter().all(u8::is_ascii_whitespace)
                })
                .count();
            assert_eq!(records.len(), expected, "one record per non-blank line");
        }
        InputKind::Text | InputKind::Auto => assert_eq!(records.len(), 1, "one record per file"),
        InputKind::Csv | InputKind::Tsv => {}
    }
    for r in &records {
        if let Record::Bad(b) = r {
            if let Some(line) = b.line {
                assert!(
                    line >= 1 && line <= lines + 1,
                    "error line {line} outside the input's {lines} lines"
                );
            }
        }
    }
});
