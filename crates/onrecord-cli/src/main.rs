//! The `onrecord` command: quotes, speakers and claims from articles or a corpus.
//!
//! ```text
//! onrecord article.txt                       # a readable report
//! onrecord --format json article.txt         # the JSON contract
//! onrecord --input jsonl --format jsonl corpus.jsonl > out.jsonl
//! onrecord claims --input jsonl --format jsonl sentences.jsonl
//! ```
//!
//! Records are read in chunks, analysed on all cores (rayon) and written in input order,
//! so memory stays bounded by the chunk size whatever the corpus size. A record that
//! cannot be read (not JSON, no text field, not UTF-8) becomes an error record carrying
//! its line number; nothing else is lost.

mod input;
mod output;

use clap::{Parser, Subcommand, ValueEnum};
use input::{Reader, Record};
use onrecord::{OffsetUnit, Pipeline};
use output::Writer;
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Find what was quoted in news text, who said it, and what claims the quotes make.
#[derive(Parser, Debug)]
#[command(name = "onrecord", version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    opts: Opts,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Tag claims in each input's whole text (a transcript, a sentence), not only in quotes.
    Claims(Opts),
}

#[derive(clap::Args, Debug, Clone)]
struct Opts {
    /// Input files; `-` (or none) reads standard input.
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum)]
    format: Option<Format>,
    /// How inputs are read: each file one article (`text`), or one JSON document a line
    /// (`jsonl`).
    #[arg(long, value_enum, default_value_t = InputKind::Text)]
    input: InputKind,
    /// Field holding the text in JSONL input.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// Field holding the document id in JSONL input (the line number when absent).
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Unit of offsets in JSON and CSV output.
    #[arg(long, value_enum, default_value_t = Offsets::Chars)]
    offsets: Offsets,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Stop at the first bad record instead of writing an error record.
    #[arg(long)]
    strict: bool,
    /// Language of the texts.
    #[arg(long, default_value = "en")]
    lang: String,
}

/// Output formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// A readable report: quotes marked inline, then quotes and speakers.
    Text,
    /// The JSON contract, pretty-printed (an array when there are several documents).
    Json,
    /// The JSON contract, one document a line.
    Jsonl,
    /// One row per quote (or per claim with `claims`), with speaker columns.
    Csv,
}

/// Input kinds.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum InputKind {
    /// Each file is one article.
    Text,
    /// One JSON document a line.
    Jsonl,
}

/// Offset units.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Offsets {
    /// Unicode code points (Python `str` indices).
    Chars,
    /// UTF-8 bytes.
    Bytes,
    /// UTF-16 code units (JavaScript, Java).
    Utf16,
}

impl From<Offsets> for OffsetUnit {
    fn from(o: Offsets) -> OffsetUnit {
        match o {
            Offsets::Chars => OffsetUnit::Chars,
            Offsets::Bytes => OffsetUnit::Bytes,
            Offsets::Utf16 => OffsetUnit::Utf16,
        }
    }
}

/// Records analysed per parallel batch: bounds memory, keeps all cores busy.
const CHUNK: usize = 512;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (claims_mode, opts) = match cli.command {
        Some(Command::Claims(o)) => (true, o),
        None => (false, cli.opts),
    };
    match run(claims_mode, &opts) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) => {
            eprintln!("onrecord: {e}");
            ExitCode::from(2)
        }
    }
}

/// Runs the command; returns the number of records that failed.
fn run(claims_mode: bool, opts: &Opts) -> Result<usize, String> {
    let pipeline = Pipeline::builder()
        .language(&opts.lang)
        .claims(true)
        .build()
        .map_err(|e| e.to_string())?;
    let format = opts.format.unwrap_or(match opts.input {
        InputKind::Text => Format::Text,
        InputKind::Jsonl => Format::Jsonl,
    });
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.unwrap_or(0))
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    if opts.threads == Some(0) {
        return Err("--threads must be at least 1".to_string());
    }
    let unit: OffsetUnit = opts.offsets.into();
    let mut reader = Reader::new(&opts.files, opts.input, &opts.text_field, &opts.id_field)?;
    let stdout = std::io::stdout();
    let mut writer = Writer::new(stdout.lock(), format, claims_mode, reader.single_document());
    let mut failed = 0usize;
    loop {
        let chunk = reader.next_chunk(CHUNK)?;
        if chunk.is_empty() {
            break;
        }
        if opts.strict {
            if let Some(Record::Bad { line, source, reason, .. }) = chunk.iter().find(|r| matches!(r, Record::Bad { .. })) {
                return Err(format!("{source}:{line}: {reason}"));
            }
        }
        let outputs: Vec<String> = pool.install(|| {
            chunk
                .par_iter()
                .map(|rec| output::render(&pipeline, rec, format, claims_mode, unit))
                .collect()
        });
        failed += chunk.iter().filter(|r| matches!(r, Record::Bad { .. })).count();
        for o in outputs {
            writer.write(&o).map_err(|e| format!("cannot write output: {e}"))?;
        }
    }
    writer.finish().map_err(|e| format!("cannot write output: {e}"))?;
    std::io::stderr().flush().ok();
    Ok(failed)
}
