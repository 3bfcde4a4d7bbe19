//! `dyad ingest`: read, code and store articles — batched, idempotent, safe to kill and re-run.

use crate::store_cli::IngestArgs;
use crate::{code_cmd, dict_cmd, read_cmd};
use anyhow::Context;
use dyad_code::Coder;
use dyad_read::{Article, Item, Reader};
use dyad_store::{ArticleStatus, NewArticle, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::ops::ControlFlow;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::ExitCode;
use std::sync::Arc;

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
}

pub fn run(args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let Some(inputs) = read_cmd::inputs(&args.paths) else {
        eprintln!("dyad ingest: no input: give files or directories, or pipe articles on stdin (see --help)");
        return Ok(ExitCode::from(2));
    };
    // The store first: a database dyad cannot use is refused before the slow dictionary load.
    let mut store =
        Store::open(&args.db.db).with_context(|| format!("cannot open the store {}", args.db.db.display()))?;
    let coder = match coder(args) {
        Ok(coder) => coder,
        Err(e) => {
            eprintln!("dyad ingest: {e}: {}", e.root_cause());
            return Ok(ExitCode::from(2));
        }
    };
    let mut reader = Reader::new(args.coding.read_options());
    let progress = progress_bar();
    let mut counts = Counts::default();
    let mut in_batch = 0usize;
    let mut fatal = None;
    let _ = reader.read_all(&inputs, &mut |item| match item {
        Item::Diagnostic(d) => {
            progress.suspend(|| eprintln!("{d}"));
            ControlFlow::Continue(())
        }
        Item::Article(article) => {
            // A storage error is not the article's fault: the batch was rolled back and the
            // run stops (a re-run completes it), as if the process had been killed.
            if let Err(e) = ingest_one(&mut store, &coder, &article, &mut counts, &progress) {
                fatal = Some(e);
                return ControlFlow::Break(());
            }
            in_batch += 1;
            if in_batch >= args.batch_size as usize {
                in_batch = 0;
                if let Err(e) = store.commit() {
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
    });
    if let Some(e) = fatal {
        progress.finish_and_clear();
        return Err(e).context(format!(
            "cannot write to the store {} (re-run the same command to complete the ingest)",
            args.db.db.display()
        ));
    }
    store.commit().context("cannot commit to the store")?;
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
    Ok(if summary.failed > 0 || counts.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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

/// Codes and stores one article. An article the coder fails on is named on stderr and counted;
/// an error of the store is returned (the batch in progress was rolled back).
fn ingest_one(
    store: &mut Store,
    coder: &Coder,
    article: &Article,
    counts: &mut Counts,
    progress: &ProgressBar,
) -> Result<(), dyad_store::Error> {
    let published = article.published.map(|d| d.format("%Y-%m-%d").to_string());
    let origin = match article.origin.line {
        Some(line) => format!("{}:{line}", article.origin.path),
        None => article.origin.path.clone(),
    };
    let new = NewArticle {
        id: &article.id,
        url: article.url.as_deref(),
        source: article.source.as_deref(),
        title: article.title.as_deref(),
        published: published.as_deref(),
        published_original: article.published_original.as_deref(),
        byline: article.byline.as_deref(),
        language: article.language.as_deref(),
        origin: Some(&origin),
        raw: &article.raw,
        text: &article.text,
        sentences: &article.sentences,
    };
    // Already stored: skip coding, which is the expensive part of a re-run.
    if store.contains(&new)? {
        counts.unchanged += 1;
        return Ok(());
    }
    let records = match code(coder, article) {
        Ok(records) => records,
        Err(e) => {
            counts.failed += 1;
            progress.suspend(|| eprintln!("{origin}: error: article {} not stored: {e:#}", article.id));
            return Ok(());
        }
    };
    let outcome = store.ingest(&new, &records)?;
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

/// The article's event records; a panic in the coder fails this article only.
fn code(coder: &Coder, article: &Article) -> anyhow::Result<Vec<dyad_code::record::EventRecord>> {
    catch_unwind(AssertUnwindSafe(|| coder.code_article(article))).map_err(|_| anyhow::anyhow!("the coder failed"))
}
