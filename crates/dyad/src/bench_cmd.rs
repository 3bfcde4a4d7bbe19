//! `dyad bench`: generate a synthetic corpus, and measure `dyad code` and `dyad ingest` on one.

use crate::stats;
use anyhow::Context;
use clap::{Args, Subcommand};
use dyad_corpus::{CorpusOptions, Format};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Write a synthetic news corpus, the same for the same seed: articles of 300–1,500 words
    /// built from the bundled dictionaries' actors, agents and verbs and the gazetteer's places,
    /// with datelines, date phrases, quotes and attributions.
    ///
    /// Layout: a folder per 1,000 articles; one file per article (txt, md, html), one
    /// wire.jsonl per folder, RSS feeds of 25 items; corpus.json records the totals.
    Corpus(CorpusArgs),
    /// Time `dyad code` and `dyad ingest` (this binary, as child processes) over a corpus and
    /// print articles/s, MB/s, sentences/s and peak memory.
    Run(RunArgs),
}

#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// How many articles.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub articles: u64,

    /// The seed: the same seed gives the same corpus, byte for byte.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,

    /// The directory to write (created; existing files of the same names are replaced).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,

    /// txt, md, html, jsonl (many articles per file), rss (25 per feed) or mixed.
    #[arg(long, value_name = "FORMAT", default_value = "mixed", value_parser = parse_format)]
    pub format: Format,

    /// Threads generating (0: one per core); the corpus does not depend on it.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// A corpus directory (from `dyad bench corpus`) or any articles dyad reads.
    #[arg(long, value_name = "DIR")]
    pub corpus: PathBuf,

    /// PETRARCH/TABARI dictionaries to code with (default: the bundled ones).
    #[arg(long, value_name = "DIR")]
    pub dictionaries: Option<PathBuf>,

    /// Coding threads for both commands (0: one per core).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub threads: usize,

    /// Only `dyad code`.
    #[arg(long)]
    pub skip_ingest: bool,

    /// Where `dyad ingest` writes (default: a fresh store in a temporary directory, removed).
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

pub fn run(command: &BenchCommand) -> anyhow::Result<ExitCode> {
    match command {
        BenchCommand::Corpus(args) => corpus(args),
        BenchCommand::Run(args) => run_benchmarks(args),
    }
}

fn corpus(args: &CorpusArgs) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let options = CorpusOptions {
        articles: args.articles,
        seed: args.seed,
        format: args.format,
        threads: crate::pipeline::threads(args.threads),
    };
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(args.articles), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} articles ({per_sec}, {eta})") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    let stats = dyad_corpus::write_corpus(&options, &args.out, &|done| bar.set_position(done))?;
    bar.finish_and_clear();
    eprintln!(
        "dyad bench corpus: {} articles ({} format, seed {}) in {} files, {:.1} MB, {} words, {} sentences, \
         into {} in {:.1} s",
        stats.articles,
        args.format,
        args.seed,
        stats.files,
        stats.bytes as f64 / 1e6,
        stats.words,
        stats.sentences,
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// One measured child run.
struct Measured {
    command: &'static str,
    line: String,
}

fn run_benchmarks(args: &RunArgs) -> anyhow::Result<ExitCode> {
    let exe = std::env::current_exe().context("cannot find the dyad binary")?;
    let mut common: Vec<String> = vec!["--stats".into(), "--threads".into(), args.threads.to_string()];
    if let Some(dir) = &args.dictionaries {
        common.push("--dictionaries".into());
        common.push(dir.display().to_string());
    }
    let corpus = args.corpus.display().to_string();
    let mut results = Vec::new();
    let mut code_args = vec!["code".to_string(), corpus.clone()];
    code_args.extend(common.iter().cloned());
    results.push(measure(&exe, "code", &code_args)?);
    let temp;
    if !args.skip_ingest {
        let db = match &args.db {
            Some(db) => db.clone(),
            None => {
                temp = tempfile_dir()?;
                temp.join("bench.db")
            }
        };
        let mut ingest_args = vec![
            "ingest".to_string(),
            corpus,
            "--db".to_string(),
            db.display().to_string(),
        ];
        ingest_args.extend(common.iter().cloned());
        results.push(measure(&exe, "ingest", &ingest_args)?);
        if args.db.is_none()
            && let Some(dir) = db.parent()
        {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
    println!(
        "| command | articles | seconds | articles/s | MB/s | sentences/s | load ms | threads | peak RSS MB | CPU s |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for m in &results {
        let f = |key| stats::field(&m.line, key).unwrap_or("?");
        println!(
            "| dyad {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            m.command,
            f("articles"),
            f("seconds"),
            f("articles_per_s"),
            f("mb_per_s"),
            f("sentences_per_s"),
            f("load_ms"),
            f("threads"),
            f("peak_rss_mb"),
            f("cpu_seconds")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `dyad ARGS`, output discarded, and returns its `--stats` line.
fn measure(exe: &std::path::Path, command: &'static str, args: &[String]) -> anyhow::Result<Measured> {
    tracing::info!("running {} {}", exe.display(), args.join(" "));
    let mut child = Command::new(exe)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot run {}", exe.display()))?;
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        pipe.read_to_string(&mut stderr)
            .with_context(|| format!("cannot read the output of dyad {command}"))?;
    }
    let status = child.wait()?;
    let marker = format!("dyad {command}: stats:");
    let Some(line) = stderr.lines().find(|l| l.starts_with(&marker)) else {
        anyhow::bail!("dyad {command} printed no stats ({status}):\n{stderr}");
    };
    eprintln!("{line}");
    Ok(Measured {
        command,
        line: line.to_string(),
    })
}

/// A new empty directory under the system's temporary directory.
fn tempfile_dir() -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("dyad-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}
