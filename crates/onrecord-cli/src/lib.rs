//! The `onrecord` command's input and output layers: reading text files, folders, JSONL
//! and CSV/TSV (plain or compressed) into records, and writing the JSON contract, tables
//! and the readable report. The binary (`src/main.rs`) drives them; they are a library so
//! that tests and the fuzz target (`fuzz/fuzz_targets/records.rs`) reach the record parser.

use clap::ValueEnum;

pub mod input;
pub mod output;
pub mod sink;

/// Output formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A readable report: quotes marked inline, then quotes and speakers.
    Text,
    /// The JSON contract, pretty-printed (an array when there are several documents).
    Json,
    /// The JSON contract, one document a line.
    Jsonl,
    /// A comma-separated table (see --table).
    Csv,
    /// A tab-separated table (see --table).
    Tsv,
}

/// Tables of the CSV/TSV formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// One row per quote, with speaker columns.
    Quotes,
    /// One row per claim inside a quote, with its quote and speaker.
    Claims,
    /// One row per speaker, with their number of quotes.
    Speakers,
}

/// Input kinds.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    /// By extension: .jsonl/.ndjson, .csv, .tsv, else text.
    Auto,
    /// Each file is one article.
    Text,
    /// One JSON object a line.
    Jsonl,
    /// A CSV table with a header row.
    Csv,
    /// A TSV table with a header row.
    Tsv,
}
