//! The `onrecord` command: quotes, speakers and claims from articles or a corpus.
//!
//! ```text
//! onrecord article.txt                                  # a readable report
//! onrecord --format json article.txt                    # the JSON contract
//! onrecord corpus.jsonl.gz -o quotes.jsonl              # JSONL in, JSONL out (the contract)
//! onrecord --input csv --text-field body --id-field url news.csv --format csv
//! onrecord articles/ --glob '*.txt' --format csv --table speakers
//! onrecord claims --input jsonl --format jsonl sentences.jsonl
//! ```
//!
//! Inputs: text files (one article each), folders of them (recursive, `--glob`), JSONL
//! (one JSON object a line) and CSV/TSV (a header row, one document a row), plain or
//! gzip/zstd-compressed, and standard input (`-`). With `--input auto` (the default) a
//! file's kind comes from its extension (`.jsonl`/`.ndjson`, `.csv`, `.tsv`, else text,
//! under any `.gz`/`.zst`), and compression from its magic bytes.
//!
//! Records are read by one thread in bounded chunks, decoded and analysed on a pool of
//! `--threads` workers, and written in input order by the main thread, so memory stays
//! bounded by the chunk size whatever the corpus size. Every input record yields exactly
//! one output record: a record that cannot be read (not JSON, no text field, not UTF-8,
//! a bad CSV row) becomes an error record `{"id", "error", "source", "line"}`, and the
//! run goes on (`--strict` stops at the first one instead).
//!
//! Exit codes:
//! - 0: every record was analysed (also when the reader of the output closed the pipe);
//! - 1: some records failed (error records were written), or `--strict` stopped at one;
//! - 2: an input could not be read (missing, unreadable, truncated or corrupt compressed
//!   file), a usage error, or the output could not be written.

use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use onrecord::{OffsetUnit, Pipeline};
use onrecord_cli::input::{Bad, Counters, Fields, Inputs};
use onrecord_cli::output::{Style, Writer};
use onrecord_cli::sink::Sink;
use onrecord_cli::{input, output, sink, Format, InputKind, Table};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

const AFTER_HELP: &str = "\
Inputs:
  FILE…            text files (one article each), folders (read recursively, hidden files
                   skipped, filtered by --glob), JSONL, CSV or TSV files, `-` for standard
                   input. Gzip (.gz) and zstd (.zst) files are decompressed (detected by
                   their magic bytes). --input auto picks each file's kind by extension:
                   .jsonl/.ndjson JSONL, .csv CSV, .tsv TSV, anything else text; standard
                   input is text unless --input says otherwise.

Outputs (--format):
  text             a readable report (default for text files)
  jsonl            the JSON contract, one document a line (default otherwise)
  json             the JSON contract, pretty (an array unless there is one document)
  csv, tsv         a table chosen by --table: quotes (one row per quote with its speaker),
                   claims (one row per claim inside a quote, with quote and speaker) or
                   speakers (one row per speaker with their number of quotes); the `claims`
                   subcommand writes the claims table of the whole text

Every input record yields one output record. A record that cannot be read becomes an
error record {\"id\", \"error\", \"source\", \"line\"} (in tables: a row with the `error`
column set) and the run goes on; --strict stops at the first one. With -o FILE the output
is written to a temporary file and renamed over FILE only on success.

A progress bar (rate, ETA) is drawn on stderr when stderr is a terminal and the output is
not; a one-line summary (documents, quotes, speakers, claims, errors, MB/s) ends the run on
a terminal or with --summary. --quiet silences both.

Exit codes:
  0  every record was analysed (also when the output pipe was closed by its reader)
  1  some records failed (error records were written), or --strict stopped at one
  2  an input could not be read (missing, unreadable, truncated or corrupt compressed
     file), a usage error, or the output could not be written

Examples:
  onrecord article.txt
  onrecord corpus.jsonl.gz -o quotes.jsonl
  onrecord --input csv --text-field body --id-field url news.csv --format csv
  onrecord articles/ --glob '*.txt' --format csv --table speakers
  onrecord claims --input jsonl sentences.jsonl";

/// Find what was quoted in news text, who said it, and what claims the quotes make.
#[derive(Parser, Debug)]
#[command(name = "onrecord", version, about, after_help = AFTER_HELP, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    opts: Opts,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Tag claims in each input's whole text (a transcript, a sentence), not only in quotes.
    #[command(after_help = AFTER_HELP)]
    Claims(Opts),
}

#[derive(clap::Args, Debug, Clone)]
struct Opts {
    /// Input files or folders; `-` (or none) reads standard input.
    files: Vec<PathBuf>,
    /// Output format [default: text for text files, jsonl otherwise].
    #[arg(long, short = 'f', value_enum)]
    format: Option<Format>,
    /// Table written by --format csv|tsv.
    #[arg(long, value_enum, default_value_t = Table::Quotes)]
    table: Table,
    /// How inputs are read.
    #[arg(long, short = 'i', value_enum, default_value_t = InputKind::Auto)]
    input: InputKind,
    /// Files to read in folders (repeatable), matched against the path below the folder
    /// or the file name, e.g. '*.txt' or '2020/**/*.jsonl.gz'.
    #[arg(long, value_name = "PATTERN")]
    glob: Vec<String>,
    /// Field (JSONL) or column (CSV/TSV) holding the text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// Field or column holding the document id (the line number when absent).
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Write to FILE (atomically: complete or not at all) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Unit of offsets in JSON and table output.
    #[arg(long, value_enum, default_value_t = Offsets::Chars)]
    offsets: Offsets,
    /// Worker threads [default: all cores].
    #[arg(long, short = 'j')]
    threads: Option<usize>,
    /// Stop at the first bad record (exit 1; 2 for an unreadable input) instead of writing
    /// an error record.
    #[arg(long)]
    strict: bool,
    /// Print the one-line summary on stderr even when it is not a terminal.
    #[arg(long)]
    summary: bool,
    /// No progress bar and no summary.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Language of the texts: en, de, fr, es, or auto (detected per document from its
    /// quote marks and function words).
    #[arg(long, default_value = "auto")]
    lang: String,
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

/// Chunks queued between the reader and the workers.
const QUEUE: usize = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (claims_mode, opts) = match cli.command {
        Some(Command::Claims(o)) => (true, o),
        None => (false, cli.opts),
    };
    sink::install_interrupt_handler();
    match run(claims_mode, &opts) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("onrecord: {e}");
            ExitCode::from(2)
        }
    }
}

/// Counts for the summary.
#[derive(Default)]
struct Totals {
    documents: u64,
    quotes: u64,
    speakers: u64,
    claims: u64,
    errors: u64,
    input_errors: u64,
}

/// How the main loop ended early.
enum Stop {
    /// `--strict` met a bad record.
    Strict(Bad),
    /// Writing failed.
    Write(std::io::Error),
}

/// Runs the command; returns the exit code, or the message of a fatal error (exit 2).
fn run(claims_mode: bool, opts: &Opts) -> Result<u8, String> {
    if opts.threads == Some(0) {
        return Err("--threads must be at least 1".to_string());
    }
    let format = opts.format.unwrap_or(Format::Jsonl);
    if opts.table != Table::Quotes && !matches!(format, Format::Csv | Format::Tsv) {
        return Err("--table applies to --format csv or tsv".to_string());
    }
    if claims_mode && opts.table != Table::Quotes && opts.table != Table::Claims {
        return Err("the claims subcommand writes the claims table only".to_string());
    }
    let globs = if opts.glob.is_empty() {
        None
    } else {
        let mut b = globset::GlobSetBuilder::new();
        for g in &opts.glob {
            b.add(globset::Glob::new(g).map_err(|e| format!("--glob {g}: {e}"))?);
        }
        Some(b.build().map_err(|e| format!("--glob: {e}"))?)
    };
    let inputs = Inputs::new(&opts.files, opts.input, globs)?;
    let format = match opts.format {
        Some(f) => f,
        None if inputs.all_text_files() => Format::Text,
        None => Format::Jsonl,
    };
    let style = Style {
        format,
        table: opts.table,
        claims_mode,
        unit: opts.offsets.into(),
    };
    let pipeline = Pipeline::builder()
        .language(&opts.lang)
        .claims(true)
        .build()
        .map_err(|e| e.to_string())?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.unwrap_or(0))
        .thread_name(|i| format!("onrecord-worker-{i}"))
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    let fields = Fields {
        text: opts.text_field.clone(),
        id: opts.id_field.clone(),
    };

    let sink = Sink::open(opts.output.as_deref())?;
    let out_name = sink.name();
    let stderr_tty = std::io::stderr().is_terminal();
    let output_tty = opts.output.is_none() && std::io::stdout().is_terminal();
    let bar = (!opts.quiet && stderr_tty && !output_tty).then(|| progress_bar(&inputs));
    let show_summary = !opts.quiet && (opts.summary || stderr_tty);

    let start = Instant::now();
    let counters = Arc::new(Counters::default());
    let mut totals = Totals::default();
    let mut writer = Writer::new(sink, style, inputs.single_document());
    let (tx, rx) = std::sync::mpsc::sync_channel(QUEUE);
    let stop = std::thread::scope(|s| {
        let reader_counters = counters.clone();
        let (inputs, fields) = (&inputs, &fields);
        s.spawn(move || input::read_all(inputs, fields, tx, reader_counters));
        if let Err(e) = writer.start() {
            return Some(Stop::Write(e));
        }
        // `rx` lives in this closure: returning early drops it, which stops the reader.
        for chunk in rx {
            let results: Vec<output::Rendered> = pool.install(|| {
                chunk
                    .items
                    .into_par_iter()
                    .map(|item| output::render(&pipeline, item.parse(fields), style))
                    .collect()
            });
            for r in results {
                if let Some(bad) = r.failure {
                    if opts.strict {
                        return Some(Stop::Strict(bad));
                    }
                    totals.errors += 1;
                    totals.input_errors += u64::from(bad.input);
                } else {
                    totals.documents += 1;
                }
                totals.quotes += r.quotes;
                totals.speakers += r.speakers;
                totals.claims += r.claims;
                if let Err(e) = writer.write(&r.bytes) {
                    return Some(Stop::Write(e));
                }
            }
            if let Some(bar) = &bar {
                bar.set_position(counters.raw.load(Ordering::Relaxed));
                bar.set_message(format!(
                    "{} docs, {} quotes, {} errors",
                    totals.documents, totals.quotes, totals.errors
                ));
            }
        }
        None
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    match stop {
        Some(Stop::Write(e)) => return write_failed(&out_name, &e),
        Some(Stop::Strict(bad)) => {
            // Dropping the writer flushes what came before to standard output and
            // removes a temporary `-o` file.
            drop(writer);
            eprintln!(
                "onrecord: {}: {} (stopped by --strict)",
                bad.place(),
                bad.reason
            );
            return Ok(if bad.input { 2 } else { 1 });
        }
        None => {}
    }
    match writer.finish() {
        Ok(sink) => {
            if let Err(e) = sink.commit() {
                return write_failed(&out_name, &e);
            }
        }
        Err(e) => return write_failed(&out_name, &e),
    }
    if show_summary {
        let secs = start.elapsed().as_secs_f64();
        let mb = counters.text.load(Ordering::Relaxed) as f64 / 1e6;
        let n =
            |count: u64, what: &str| format!("{count} {what}{}", if count == 1 { "" } else { "s" });
        eprintln!(
            "onrecord: {}, {}, {}, {}, {}; {mb:.2} MB in {secs:.2} s, {:.1} MB/s",
            n(totals.documents, "document"),
            n(totals.quotes, "quote"),
            n(totals.speakers, "speaker"),
            n(totals.claims, "claim"),
            n(totals.errors, "error"),
            mb / secs.max(1e-3)
        );
    }
    Ok(if totals.input_errors > 0 {
        2
    } else if totals.errors > 0 {
        1
    } else {
        0
    })
}

/// A write error: quiet exit 0 when the reader closed the pipe, else a message and 2.
fn write_failed(name: &str, e: &std::io::Error) -> Result<u8, String> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return Ok(0);
    }
    Err(format!("cannot write {name}: {e}"))
}

/// A progress bar on stderr: bytes read, rate and ETA; the total is found by a
/// background walk of the inputs (a spinner until then, or for standard input).
fn progress_bar(inputs: &Inputs) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(5));
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} {elapsed_precise} {binary_bytes} read, {binary_bytes_per_sec} · {msg}",
    ) {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    let sizing = inputs.clone();
    let b = bar.clone();
    std::thread::spawn(move || {
        if let Some(total) = sizing.total_size() {
            if let Ok(style) = ProgressStyle::with_template(
                "{spinner} {elapsed_precise} [{wide_bar}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta} · {msg}",
            ) {
                b.set_style(style.progress_chars("=> "));
            }
            b.set_length(total);
        }
    });
    bar
}
