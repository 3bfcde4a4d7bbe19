//! `dyad ingest`: read, code and store articles — batched, idempotent, safe to kill and re-run.

use crate::pipeline::{self, Done};
use crate::stats;
use crate::store_cli::IngestArgs;
use crate::{code_cmd, dict_cmd, read_cmd};
use anyhow::Context;
use dyad_code::Coder;
use dyad_read::{Article, Reader};
use dyad_store::{ArticleStatus, NewArticle, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::ops::ControlFlow;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

/// What the summary line reports.
#[derive(Debug, Default)]
struct Counts {
    new: usize,
    versions: usize,
    unchanged: usize,
    failed: usize,
    mentions: usize,
    new_events: usize,
    merged: usize,
    /// Articles read (for `--stats`).
    read: stats::Volume,
    /// Time the writer spent in the store (for `--stats`).
    store_time: std::time::Duration,
}

pub fn run(args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let Some(inputs) = read_cmd::inputs(&args.paths) else {
        eprintln!("dyad ingest: no input: give files or directories, or pipe articles on stdin (see --help)");
        return Ok(ExitCode::from(2));
    };
    // The store first: a database dyad cannot use is refused before the slow dictionary load.
    let mut store =
        Store::open(&args.db.db).with_context(|| format!("cannot open the store {}", args.db.db.display()))?;
    store.bulk_load();
    // A second connection for the workers' "already stored?" check (WAL: reading does not wait
    // for the writer). It sees committed batches; a repeat within the open batch is coded and
    // then found unchanged by the writer, as before.
    let checker = Mutex::new(
        Store::open_lookup(&args.db.db).with_context(|| format!("cannot open the store {}", args.db.db.display()))?,
    );
    // The coder's own tables (gazetteer, country codes) are built on another core while this
    // thread loads the dictionaries, not by the first article's worker while the other waits.
    std::thread::spawn(dyad_code::build_tables);
    let coder = match coder(args) {
        Ok(coder) => coder,
        Err(e) => {
            eprintln!("dyad ingest: {e}: {}", e.root_cause());
            return Ok(ExitCode::from(2));
        }
    };
    let load = started.elapsed();
    let threads = pipeline::threads(args.coding.threads);
    let mut reader = Reader::new(args.coding.read_options());
    let progress = progress_bar();
    let mut counts = Counts::default();
    let mut in_batch = 0usize;
    let mut fatal = None;
    // Workers check and code; this thread stores, in input order (SQLite has one writer).
    let work = |article: &Article| -> Result<Coded, dyad_store::Error> {
        let stored = checker
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .contains(&new_article(article, &origin(article), published(article).as_deref()))?;
        // Already stored: skip coding, which is the expensive part of a re-run.
        if stored {
            return Ok(Coded::Stored);
        }
        let records = coder.code_article(article);
        // Prepared here, on a coding thread, and the records dropped here too: the writer
        // thread only writes, and what waits for it is the compact form.
        Ok(Coded::Records(dyad_store::prepare(&records)?))
    };
    pipeline::run(&mut reader, &inputs, threads, work, |done| match done {
        Done::Diagnostic(d) => {
            progress.suspend(|| eprintln!("{d}"));
            ControlFlow::Continue(())
        }
        Done::Article(article, coded) => {
            counts.read.add(&article);
            // A storage error is not the article's fault: the batch was rolled back and the
            // run stops (a re-run completes it), as if the process had been killed.
            let result = match coded {
                Some(Ok(coded)) => {
                    let writing = std::time::Instant::now();
                    let stored = ingest_one(&mut store, &article, coded, &mut counts);
                    counts.store_time += writing.elapsed();
                    stored
                }
                Some(Err(e)) => Err(e),
                None => {
                    counts.failed += 1;
                    let origin = origin(&article);
                    progress.suspend(|| {
                        eprintln!("{origin}: error: article {} not stored: the coder failed", article.id);
                    });
                    Ok(())
                }
            };
            if let Err(e) = result {
                fatal = Some(e);
                return ControlFlow::Break(());
            }
            in_batch += 1;
            if in_batch >= args.batch_size as usize {
                in_batch = 0;
                let writing = std::time::Instant::now();
                let committed = store.commit();
                counts.store_time += writing.elapsed();
                if let Err(e) = committed {
                    fatal = Some(e);
                    return ControlFlow::Break(());
                }
            }
            progress.set_message(format!(
                "{} new, {} unchanged, {} events",
                counts.new + counts.versions,
                counts.unchanged,
                counts.mentions
            ));
            progress.inc(1);
            ControlFlow::Continue(())
        }
    })
    .context("cannot start the coding threads")?;
    if let Some(e) = fatal {
        progress.finish_and_clear();
        return Err(e).context(format!(
            "cannot write to the store {} (re-run the same command to complete the ingest)",
            args.db.db.display()
        ));
    }
    // The last batch, then the query indexes a large load set aside.
    let writing = std::time::Instant::now();
    store.finish().context("cannot commit to the store")?;
    counts.store_time += writing.elapsed();
    progress.finish_and_clear();
    let summary = reader.summary();
    eprintln!(
        "dyad ingest: {} articles: {} new, {} new versions, {} unchanged, {} failed; {} events: {} new, {} merged \
         into existing events; into {}",
        counts.new + counts.versions + counts.unchanged + counts.failed,
        counts.new,
        counts.versions,
        counts.unchanged,
        counts.failed + summary.failed,
        counts.mentions,
        counts.new_events,
        counts.merged,
        args.db.db.display()
    );
    if args.coding.stats {
        let run = stats::RunStats {
            volume: counts.read,
            threads,
            load,
        };
        stats::report("dyad ingest", started, &run);
        eprintln!(
            "dyad ingest: stats: store_seconds={:.3} (the writer thread in SQLite)",
            counts.store_time.as_secs_f64()
        );
    }
    Ok(if summary.failed > 0 || counts.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A worker's result for one article.
enum Coded {
    /// Already in the store (same content): not coded.
    Stored,
    /// The article's event records, prepared for the store.
    Records(Vec<dyad_store::Prepared>),
}

fn coder(args: &IngestArgs) -> anyhow::Result<Coder> {
    let (dicts, problems) = dict_cmd::load(&args.coding.dictionaries)?;
    code_cmd::report_dictionary_errors(&problems);
    Ok(Coder::new(Arc::new(dicts), args.coding.coder_options()))
}

/// A spinner with counts, only when stderr is a terminal (logs and pipes stay clean).
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} articles ({per_sec}) {msg}") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// Stores one coded article. An error of the store is returned (the batch in progress was
/// rolled back).
fn ingest_one(
    store: &mut Store,
    article: &Article,
    coded: Coded,
    counts: &mut Counts,
) -> Result<(), dyad_store::Error> {
    let records = match coded {
        Coded::Stored => {
            counts.unchanged += 1;
            return Ok(());
        }
        Coded::Records(records) => records,
    };
    let published = published(article);
    let origin = origin(article);
    let new = new_article(article, &origin, published.as_deref());
    let outcome = store.ingest_prepared(&new, &records)?;
    match outcome.status {
        ArticleStatus::New => counts.new += 1,
        ArticleStatus::NewVersion => counts.versions += 1,
        ArticleStatus::Unchanged => counts.unchanged += 1,
    }
    counts.mentions += outcome.mentions;
    counts.new_events += outcome.new_events;
    counts.merged += outcome.merged;
    Ok(())
}

fn published(article: &Article) -> Option<String> {
    article.published.map(|d| d.format("%Y-%m-%d").to_string())
}

fn origin(article: &Article) -> String {
    match article.origin.line {
        Some(line) => format!("{}:{line}", article.origin.path),
        None => article.origin.path.clone(),
    }
}

fn new_article<'a>(article: &'a Article, origin: &'a str, published: Option<&'a str>) -> NewArticle<'a> {
    NewArticle {
        id: &article.id,
        url: article.url.as_deref(),
        source: article.source.as_deref(),
        title: article.title.as_deref(),
        published,
        published_original: article.published_original.as_deref(),
        byline: article.byline.as_deref(),
        language: article.language.as_deref(),
        origin: Some(origin),
        raw: &article.raw,
        text: &article.text,
        sentences: &article.sentences,
    }
}
