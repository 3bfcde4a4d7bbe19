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
    /// Check dictionaries and look up what phrases resolve to.
    #[command(subcommand)]
    Dict(DictCommand),
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

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}
