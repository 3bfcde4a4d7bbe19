//! Command-line arguments.

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "dyad",
    version,
    about = "dyad: who did what to whom, when, where, and according to whom — political event data from news",
    long_about = None,
    propagate_version = true
)]
pub struct Cli {
    /// More log output on stderr (-v info, -vv debug); DYAD_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and print each as a JSON line: metadata, clean text and sentences.
    ///
    /// Inputs: .txt, .md, .html/.htm, .jsonl/.ndjson (one article per line), RSS/Atom .xml,
    /// directories (recursively, sorted) and `-` for stdin (the default when stdin is not a
    /// terminal). Every span is a half-open byte range into the article's clean `text`.
    Read(ReadArgs),
    /// Code articles into political events (CAMEO, PLOVER) and print them.
    ///
    /// Inputs as for `read`. Each event is one JSON line by default (the event record of the
    /// contract: ids, actors, codes, verb, spans into the article's clean text); `--format csv`
    /// and `--format table` write the same events as a CSV file or aligned columns for reading.
    /// Negated events are included, marked `"negated": true`.
    Code(CodeArgs),
    /// Check dictionaries and look up what phrases resolve to.
    #[command(subcommand)]
    Dict(DictCommand),
    /// Score the coder: against PETRARCH's validation records or dyad's own gold set.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Code articles and store them, their mentions and deduplicated events in a SQLite store.
    ///
    /// Idempotent: an article already stored (same content) adds nothing; a changed text under a
    /// stored URL is a new version. Killing it loses at most the batch in progress; re-running
    /// the same command completes the job.
    Ingest(crate::store_cli::IngestArgs),
    /// List stored events (deduplicated), filtered and sorted.
    Events(crate::store_cli::EventsArgs),
    /// The events of one actor (code or country prefix), oldest first.
    Timeline(crate::store_cli::TimelineArgs),
    /// Per dyad and period: event count, Goldstein sum and mean, QuadClass mix.
    Dyads(crate::store_cli::DyadsArgs),
    /// Every coded actor in the store, most active first.
    Actors(crate::store_cli::ActorsArgs),
    /// Write stored events as JSON Lines, CSV, GDELT 2.0 event rows or PLOVER JSON.
    Export(crate::store_cli::ExportArgs),
    /// Re-cluster stored mentions into events with other deduplication settings.
    Recluster(crate::store_cli::ReclusterArgs),
    /// Check a store's integrity and, with --vacuum, compact it (its merge index needs dyad's
    /// SQL functions, which the sqlite3 shell lacks).
    Check(crate::store_cli::CheckArgs),
    /// Benchmarks: generate a synthetic corpus; time `code` and `ingest` over one.
    #[command(subcommand)]
    Bench(crate::bench_cmd::BenchCommand),
    /// Serve the store over HTTP: a JSON API (`/api/`, described by `/api/openapi.json`) and a
    /// web console at `/` (event table, evidence, dyad timelines, actor network, map, paste an
    /// article). Listens on loopback unless --addr says otherwise.
    Serve(crate::serve_cmd::ServeArgs),
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Code a PETRARCH validation file (its <Environment> names the dictionaries, relative to
    /// the file) from the sentence text alone and print per-category results, then
    /// `overall: N/M (P%)`. A record passes when the set of (source, target, code) triples
    /// equals the expected set.
    Petrarch(EvalPetrarchArgs),
    /// Score against a gold file in dyad's JSONL format (docs/gold.md): precision, recall and
    /// F1 for event type and for type + source + target.
    Gold(EvalGoldArgs),
}

#[derive(Debug, Args)]
pub struct EvalPetrarchArgs {
    /// The validation records (XML), e.g. PETR.UnitTest.records.xml.
    #[arg(value_name = "RECORDS.xml")]
    pub records: std::path::PathBuf,

    /// Exit 1 when fewer than PERCENT of the records pass.
    #[arg(long, value_name = "PERCENT")]
    pub min: Option<f64>,

    /// List every failing record (expected, produced, missing, extra) on stderr.
    #[arg(long = "failures")]
    pub verbose_failures: bool,
}

#[derive(Debug, Args)]
pub struct EvalGoldArgs {
    /// A gold file: one JSON object per sentence (docs/gold.md).
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,

    /// Exit 1 when the type+dyad F1 (in percent) is below PERCENT.
    #[arg(long, value_name = "PERCENT")]
    pub min: Option<f64>,

    /// List every sentence whose events differ from the gold on stderr.
    #[arg(long = "failures")]
    pub verbose_failures: bool,

    #[command(flatten)]
    pub dictionaries: DictionaryArgs,
}

#[derive(Debug, Subcommand)]
pub enum DictCommand {
    /// Validate dictionaries (the bundled set when no path is given): print counts per kind and
    /// every problem with file:line; exit 1 when any entry has an error.
    ///
    /// A PATH is a PETRARCH/TABARI dictionary directory (its PETR_config.ini names the files;
    /// without one, files are recognised by name) or a single dictionary file.
    Check(DictCheckArgs),
    /// Show what an actor phrase resolves to on a date, and by which dictionary entry.
    ///
    /// Example: dyad dict lookup "Hakan Fidan" --date 2026-04-27
    Lookup(DictLookupArgs),
}

#[derive(Debug, Args)]
pub struct DictCheckArgs {
    /// Dictionary directories or files; none checks the bundled dictionaries.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DictLookupArgs {
    /// The phrase, e.g. "Iranian foreign minister" or "the Kremlin".
    pub text: String,

    /// Resolve date-restricted codes on this date (YYYY-MM-DD); without it, every period is shown.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,

    #[command(flatten)]
    pub dictionaries: DictionaryArgs,
}

/// Which dictionaries to use (shared by every command that codes or looks up).
#[derive(Debug, Args)]
pub struct DictionaryArgs {
    /// Load PETRARCH/TABARI-format dictionaries from DIR instead of the bundled actor, agent and
    /// verb dictionaries (a PETR_config.ini in DIR names the files; else recognised by name).
    #[arg(long, value_name = "DIR")]
    pub dictionaries: Option<PathBuf>,

    /// Overlay the dictionaries in DIR on the others (repeatable; later entries win).
    #[arg(long = "extra-dictionaries", value_name = "DIR")]
    pub extra_dictionaries: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Files, directories, or `-` for standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Publication date for articles whose input gives none (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub published: Option<NaiveDate>,

    /// Largest input file read whole, in bytes (JSON Lines are streamed; this limits each line).
    #[arg(long, value_name = "BYTES", default_value_t = dyad_read::input::DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,

    /// Also output articles detected as not English (they are skipped by default).
    #[arg(long)]
    pub all_languages: bool,

    /// Include the map from clean-text offsets to byte offsets in the original file.
    #[arg(long)]
    pub offsets: bool,
}

#[derive(Debug, Args)]
pub struct CodeArgs {
    /// Files, directories, or `-` for standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format: JSON Lines (the event record), CSV (one row per event) or a table to read.
    #[arg(long, value_enum, default_value_t = CodeFormat::Jsonl)]
    pub format: CodeFormat,

    #[command(flatten)]
    pub coding: CodingArgs,

    /// Leave out negated events ("did not condemn"), which are otherwise printed and marked.
    #[arg(long)]
    pub skip_negated: bool,
}

/// How articles are read and coded (shared by `dyad code` and `dyad ingest`).
#[derive(Debug, Args)]
pub struct CodingArgs {
    /// Publication date for articles whose input gives none (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub published: Option<NaiveDate>,

    #[command(flatten)]
    pub dictionaries: DictionaryArgs,

    /// Keep only events whose source and target are both coded.
    #[arg(long)]
    pub require_dyad: bool,

    /// Code stated intentions ("will visit") as the act itself, as PETRARCH does, instead of
    /// CAMEO's intend-to codes.
    #[arg(long)]
    pub no_intent: bool,

    /// Largest input file read whole, in bytes (JSON Lines are streamed; this limits each line).
    #[arg(long, value_name = "BYTES", default_value_t = dyad_read::input::DEFAULT_MAX_FILE_SIZE)]
    pub max_file_size: u64,

    /// Also code articles detected as not English (they are skipped by default).
    #[arg(long)]
    pub all_languages: bool,

    /// Coding threads (0: one per core). Output is the same, in the same order, for any number.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,

    /// Print throughput (articles/s, MB/s, sentences/s) and peak memory on stderr at the end.
    #[arg(long)]
    pub stats: bool,
}

impl CodingArgs {
    pub fn read_options(&self) -> dyad_read::ReadOptions {
        dyad_read::ReadOptions {
            published: self.published,
            max_file_size: self.max_file_size,
            english_only: !self.all_languages,
            // Coding and storing never read the offset map.
            offsets: false,
        }
    }

    pub fn coder_options(&self) -> dyad_code::CoderOptions {
        dyad_code::CoderOptions {
            require_dyad: self.require_dyad,
            intent: !self.no_intent,
            ..dyad_code::CoderOptions::default()
        }
    }
}

/// How `dyad code` writes events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CodeFormat {
    /// One event record per line.
    Jsonl,
    /// A header and one row per event (RFC 4180).
    Csv,
    /// Aligned columns for people.
    Table,
}

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}
