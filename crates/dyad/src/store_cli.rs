//! Command-line arguments of the store commands: ingest, events, timeline, dyads, actors,
//! export, recluster.

use crate::cli::parse_date;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// The store file.
#[derive(Debug, Args)]
pub struct DbArgs {
    /// The SQLite store (created by `dyad ingest`).
    #[arg(long, value_name = "FILE", default_value = "dyad.db")]
    pub db: PathBuf,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files, directories, or `-` for standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub db: DbArgs,

    /// Articles per transaction: a killed run loses at most the batch in progress, and a re-run
    /// completes it. Fewer, larger commits are faster (each commit writes the WAL frames).
    #[arg(long, value_name = "N", default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch_size: u32,

    #[command(flatten)]
    pub coding: crate::cli::CodingArgs,
}

/// Which events (shared by `events`, `export` and `dyads`). Codes match as prefixes.
#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Events whose source or target code starts with CODE (a country: IRN; an actor: IRNGOV).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,

    /// Events whose source code starts with CODE.
    #[arg(long, value_name = "CODE")]
    pub source: Option<String>,

    /// Events whose target code starts with CODE.
    #[arg(long, value_name = "CODE")]
    pub target: Option<String>,

    /// CAMEO code prefix (04: consult; 042: make a visit).
    #[arg(long, value_name = "PREFIX")]
    pub cameo: Option<String>,

    /// PLOVER event type (CONSULT, ACCUSE, ASSAULT, …).
    #[arg(long, value_name = "TYPE")]
    pub plover: Option<String>,

    /// Events on or after this date.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub from: Option<NaiveDate>,

    /// Events on or before this date.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub to: Option<NaiveDate>,

    /// Events located in this country (ISO 3166-1 alpha-3).
    #[arg(long, value_name = "ISO3")]
    pub country: Option<String>,

    /// Events with a mention whose sentence contains these words (full-text search).
    #[arg(long, value_name = "WORDS")]
    pub text: Option<String>,

    /// Events reported by at least N outlets.
    #[arg(long, value_name = "N")]
    pub min_sources: Option<i64>,

    /// Include negated events ("did not attack"), left out by default.
    #[arg(long)]
    pub negated: bool,
}

/// How event lists are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// One JSON object per line.
    Jsonl,
    /// A header and one row per item (RFC 4180).
    Csv,
    /// Aligned columns for people.
    Table,
}

/// Orders of `dyad events`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Oldest first.
    Date,
    /// Newest first.
    Recent,
    /// Most mentioned first.
    Mentions,
    /// Reported by most outlets first.
    Sources,
    /// Most conflictual (lowest Goldstein) first.
    Goldstein,
}

#[derive(Debug, Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub db: DbArgs,

    #[command(flatten)]
    pub filter: FilterArgs,

    #[arg(long, value_enum, default_value_t = SortArg::Date)]
    pub sort: SortArg,

    /// At most N events.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    #[arg(long, value_enum, default_value_t = ListFormat::Jsonl)]
    pub format: ListFormat,

    /// With every mention's evidence (article, outlet, sentence, spans) in JSON output.
    #[arg(long)]
    pub mentions: bool,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// An actor code or its prefix (a country: IRN).
    #[arg(value_name = "ACTOR")]
    pub actor: String,

    #[command(flatten)]
    pub db: DbArgs,

    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub from: Option<NaiveDate>,

    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub to: Option<NaiveDate>,

    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// Periods of a dyad series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PeriodArg {
    Day,
    /// ISO weeks, named by their Monday.
    Week,
    Month,
}

#[derive(Debug, Args)]
pub struct DyadsArgs {
    #[command(flatten)]
    pub db: DbArgs,

    #[arg(long, value_enum, default_value_t = PeriodArg::Month)]
    pub period: PeriodArg,

    #[command(flatten)]
    pub filter: FilterArgs,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ActorsArgs {
    #[command(flatten)]
    pub db: DbArgs,

    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// Export layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Event records with their counts, one per line.
    Jsonl,
    /// One row per event (the `dyad code` columns plus counts).
    Csv,
    /// The 61 tab-separated columns of the GDELT 2.0 event table.
    Gdelt,
    /// POLECAT-style PLOVER JSON, one event per line (events with a PLOVER type).
    Plover,
    /// A typed Parquet file (DuckDB, pandas, Spark); needs --output.
    Parquet,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DbArgs,

    #[arg(long, value_enum)]
    pub format: ExportFormat,

    /// Write to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub db: DbArgs,

    /// Also rewrite the file without its free pages (VACUUM) after a clean check.
    #[arg(long)]
    pub vacuum: bool,
}

#[derive(Debug, Args)]
pub struct ReclusterArgs {
    #[command(flatten)]
    pub db: DbArgs,

    /// Days of tolerance around each mention's date interval (default: the store's setting, 1).
    #[arg(long, value_name = "N")]
    pub window_days: Option<i64>,

    /// Largest distance between two located mentions of one event, in km (default: the store's
    /// setting, 100).
    #[arg(long, value_name = "KM")]
    pub max_km: Option<f64>,

    /// How actor codes match (default: the store's setting, nested).
    #[arg(long, value_enum)]
    pub actors: Option<ActorMatch>,
}

/// How the deduplication rule compares actor codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ActorMatch {
    /// Codes must be equal.
    Exact,
    /// A code also matches the more specific codes it begins ("IRN" matches "IRNGOV").
    Nested,
}
