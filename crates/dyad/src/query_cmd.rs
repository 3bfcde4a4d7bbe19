//! The store's read side: `dyad events`, `timeline`, `dyads`, `actors`, `export`, and
//! `recluster` (which rewrites events from stored mentions).

use crate::code_cmd::{CSV_COLUMNS, TABLE_HEADER, csv_field, table_row};
use crate::output::Output;
use crate::store_cli::{
    ActorsArgs, CheckArgs, DbArgs, DyadsArgs, EventsArgs, ExportArgs, ExportFormat, FilterArgs, ListFormat, PeriodArg,
    ReclusterArgs, SortArg, TimelineArgs,
};
use anyhow::Context;
use dyad_store::query::{EventFilter, Period, Sort, StoredEvent};
use dyad_store::{DedupOptions, Store, export};
use serde_json::Value;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::ops::ControlFlow;
use std::process::ExitCode;

/// Columns added to the `dyad code` CSV columns for stored events.
const COUNT_COLUMNS: [&str; 5] = ["num_mentions", "num_articles", "num_sources", "first_seen", "last_seen"];

/// Opens an existing store: a query never creates an empty one by mistake.
fn open(db: &DbArgs) -> anyhow::Result<Store> {
    anyhow::ensure!(
        db.db.exists(),
        "no store at {} (create one with `dyad ingest PATH --db {}`)",
        db.db.display(),
        db.db.display()
    );
    Store::open(&db.db).with_context(|| format!("cannot open the store {}", db.db.display()))
}

fn filter(args: &FilterArgs) -> EventFilter {
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    EventFilter {
        actor: args.actor.clone(),
        source: args.source.clone(),
        target: args.target.clone(),
        cameo: args.cameo.clone(),
        plover: args.plover.clone(),
        from: day(args.from),
        to: day(args.to),
        country: args.country.clone(),
        text: args.text.clone(),
        min_sources: args.min_sources,
        include_negated: args.negated,
        ..EventFilter::default()
    }
}

pub fn events(args: &EventsArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let mut f = filter(&args.filter);
    f.sort = match args.sort {
        SortArg::Date => Sort::Date,
        SortArg::Recent => Sort::DateDesc,
        SortArg::Mentions => Sort::Mentions,
        SortArg::Sources => Sort::Sources,
        SortArg::Goldstein => Sort::Goldstein,
    };
    f.limit = args.limit;
    write_events(&store, &f, args.format, args.mentions)
}

pub fn timeline(args: &TimelineArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let f = filter(&FilterArgs {
        actor: Some(args.actor.clone()),
        from: args.from,
        to: args.to,
        ..FilterArgs::default()
    });
    write_events(&store, &EventFilter { limit: args.limit, ..f }, args.format, false)
}

/// Streams events in a list format to stdout.
fn write_events(store: &Store, f: &EventFilter, format: ListFormat, with_mentions: bool) -> anyhow::Result<ExitCode> {
    let mut out = Output::stdout();
    match format {
        ListFormat::Jsonl => {}
        ListFormat::Csv => out.line(&csv_header())?,
        ListFormat::Table => out.line(&table_row(TABLE_HEADER))?,
    }
    let mut failure = None;
    store.for_each_event(f, |e| {
        let result = match format {
            ListFormat::Jsonl => event_json(store, &e, with_mentions).and_then(|v| out.json_line(&v)),
            ListFormat::Csv => out.line(&csv_event(&e)),
            ListFormat::Table => out.line(&table_event(&e)),
        };
        if let Err(err) = result {
            failure = Some(err);
        }
        // A closed pipe or a write error ends the listing.
        if out.closed || failure.is_some() {
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    })?;
    if let Some(e) = failure {
        return Err(e);
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn event_json(store: &Store, e: &StoredEvent, with_mentions: bool) -> anyhow::Result<Value> {
    let mut v = e.to_json();
    if with_mentions && let Value::Object(map) = &mut v {
        map.insert("mentions".into(), Value::Array(store.mentions(e.event)?));
    }
    Ok(v)
}

fn csv_header() -> String {
    CSV_COLUMNS
        .iter()
        .chain(COUNT_COLUMNS.iter())
        .copied()
        .collect::<Vec<_>>()
        .join(",")
}

/// Where a `dyad code` CSV column lives in the event record.
fn pointer(column: &str) -> String {
    let p = match column {
        "source_code" => "/source/code",
        "source_text" => "/source/text",
        "target_code" => "/target/code",
        "target_text" => "/target/text",
        "cameo_code" => "/cameo/code",
        "cameo_root" => "/cameo/root",
        "goldstein" => "/cameo/goldstein",
        "quad_class" => "/cameo/quad_class",
        "plover_type" => "/plover/type",
        "plover_mode" => "/plover/mode",
        "verb" => "/verb/text",
        "reported_by" => "/attribution/reported_by",
        other => return format!("/{other}"),
    };
    p.to_string()
}

/// A JSON value as a CSV/table cell: strings bare, null empty.
fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

fn csv_event(e: &StoredEvent) -> String {
    let v = e.to_json();
    CSV_COLUMNS
        .iter()
        .chain(COUNT_COLUMNS.iter())
        .map(|c| csv_field(&cell(v.pointer(&pointer(c)))))
        .collect::<Vec<_>>()
        .join(",")
}

fn table_event(e: &StoredEvent) -> String {
    let r = &e.record;
    let actor = |side: &str| match (r.pointer(&format!("/{side}/code")), r.pointer(&format!("/{side}/text"))) {
        (Some(Value::String(code)), _) => code.clone(),
        (_, Some(Value::String(text))) => format!("\"{text}\""),
        _ => "-".to_string(),
    };
    let verb = cell(r.pointer("/verb/text"));
    let verb = if r.get("negated") == Some(&Value::Bool(true)) {
        format!("not {verb}")
    } else {
        verb
    };
    let cameo = match r.pointer("/cameo/name") {
        Some(Value::String(name)) => format!("{} {name}", cell(r.pointer("/cameo/code"))),
        _ => cell(r.pointer("/cameo/code")),
    };
    let plover = match cell(r.pointer("/plover/type")) {
        s if s.is_empty() => "-".to_string(),
        s => s,
    };
    let sentence = cell(r.get("sentence")).split_whitespace().collect::<Vec<_>>().join(" ");
    let sentence = format!("[{}×, {} src] {sentence}", e.num_mentions, e.num_sources);
    let date = match cell(r.get("date")) {
        s if s.is_empty() => "-".to_string(),
        s => s,
    };
    table_row([
        &date,
        &actor("source"),
        &verb,
        &actor("target"),
        &cameo,
        &plover,
        &sentence,
    ])
}

pub fn dyads(args: &DyadsArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let period = match args.period {
        PeriodArg::Day => Period::Day,
        PeriodArg::Week => Period::Week,
        PeriodArg::Month => Period::Month,
    };
    let rows = store.dyads(period, &filter(&args.filter))?;
    const HEADER: [&str; 11] = [
        "period",
        "source",
        "target",
        "events",
        "goldstein_sum",
        "goldstein_mean",
        "quad1",
        "quad2",
        "quad3",
        "quad4",
        "mentions",
    ];
    write_list(args.format, &HEADER, &rows, |r| {
        vec![
            r.period.clone(),
            r.source.clone(),
            r.target.clone(),
            r.events.to_string(),
            format!("{:.1}", r.goldstein_sum),
            r.goldstein_mean.map(|m| format!("{m:.2}")).unwrap_or_default(),
            r.quad_class[0].to_string(),
            r.quad_class[1].to_string(),
            r.quad_class[2].to_string(),
            r.quad_class[3].to_string(),
            r.mentions.to_string(),
        ]
    })
}

/// Prints rows as JSON Lines (each row as it serialises), CSV or a table, with `header` for
/// the last two and `cells` giving a row's values in the header's order.
fn write_list<T: serde::Serialize>(
    format: ListFormat,
    header: &[&str],
    rows: &[T],
    cells: impl Fn(&T) -> Vec<String>,
) -> anyhow::Result<ExitCode> {
    let mut out = Output::stdout();
    match format {
        ListFormat::Jsonl => {}
        ListFormat::Csv => out.line(&header.join(","))?,
        ListFormat::Table => out.line(&fixed(header))?,
    }
    for r in rows {
        match format {
            ListFormat::Jsonl => out.json_line(r)?,
            ListFormat::Csv => out.line(&cells(r).iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(","))?,
            ListFormat::Table => out.line(&fixed(&cells(r)))?,
        }
        if out.closed {
            break;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Cells in columns of 14 and a space (the period and codes fit; long names are not cut).
fn fixed<S: AsRef<str>>(cells: &[S]) -> String {
    cells
        .iter()
        .map(|c| format!("{:<14} ", c.as_ref()))
        .collect::<String>()
        .trim_end()
        .to_string()
}

pub fn actors(args: &ActorsArgs) -> anyhow::Result<ExitCode> {
    let store = open(&args.db)?;
    let rows = store.actors()?;
    const HEADER: [&str; 5] = ["code", "country", "as_source", "as_target", "name"];
    write_list(args.format, &HEADER, &rows, |r| {
        vec![
            r.code.clone(),
            r.country.clone().unwrap_or_default(),
            r.as_source.to_string(),
            r.as_target.to_string(),
            r.name.clone().unwrap_or_default(),
        ]
    })
}

pub fn export(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    if args.format == ExportFormat::Parquet {
        return export_parquet(args);
    }
    let store = open(&args.db)?;
    let mut sink: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    if args.format == ExportFormat::Csv {
        writeln!(sink, "{}", csv_header())?;
    }
    let (mut written, mut skipped) = (0usize, 0usize);
    let mut failure: Option<anyhow::Error> = None;
    let result = store.for_each_event(&filter(&args.filter), |e| {
        let line = match args.format {
            ExportFormat::Jsonl => Some(e.to_json().to_string()),
            ExportFormat::Csv => Some(csv_event(&e)),
            ExportFormat::Gdelt => Some(export::gdelt_row(&e)),
            ExportFormat::Plover => export::plover_event(&e).map(|v| v.to_string()),
            // Written by export_parquet.
            ExportFormat::Parquet => None,
        };
        let Some(line) = line else {
            skipped += 1;
            return ControlFlow::Continue(());
        };
        if let Err(err) = writeln!(sink, "{line}") {
            failure = Some(err.into());
            return ControlFlow::Break(());
        }
        written += 1;
        ControlFlow::Continue(())
    });
    if let Some(e) = failure {
        // A reader that went away (a closed pipe) is not an error.
        if e.downcast_ref::<std::io::Error>().map(|io| io.kind()) == Some(std::io::ErrorKind::BrokenPipe) {
            return Ok(ExitCode::SUCCESS);
        }
        return Err(e.context("cannot write the export"));
    }
    result?;
    sink.flush()?;
    let skipped_note = if skipped > 0 {
        format!(" ({skipped} without a PLOVER type left out)")
    } else {
        String::new()
    };
    eprintln!("dyad export: {written} events{skipped_note}");
    Ok(ExitCode::SUCCESS)
}

/// Parquet is binary and written whole: to a file, never to a terminal or pipe.
fn export_parquet(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let Some(path) = &args.output else {
        eprintln!("dyad export: --format parquet needs --output FILE");
        return Ok(ExitCode::from(2));
    };
    let store = open(&args.db)?;
    let file = File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let written = store
        .write_parquet(&filter(&args.filter), BufWriter::new(file))
        .with_context(|| format!("cannot write {}", path.display()))?;
    eprintln!("dyad export: {written} events to {}", path.display());
    Ok(ExitCode::SUCCESS)
}

pub fn recluster(args: &ReclusterArgs) -> anyhow::Result<ExitCode> {
    let mut store = open(&args.db)?;
    let current = store.dedup_options();
    let options = DedupOptions {
        window_days: args.window_days.unwrap_or(current.window_days),
        max_km: args.max_km.unwrap_or(current.max_km),
        exact_actors: args
            .actors
            .map_or(current.exact_actors, |a| a == crate::store_cli::ActorMatch::Exact),
    };
    let summary = store.recluster(options)?;
    eprintln!(
        "dyad recluster: {} mentions into {} events (was {}); window {} days, {} km, {} actors",
        summary.mentions,
        summary.events_after,
        summary.events_before,
        options.window_days,
        options.max_km,
        if options.exact_actors { "exact" } else { "nested" }
    );
    Ok(ExitCode::SUCCESS)
}

pub fn check(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let mut store = open(&args.db)?;
    let problems: Vec<String> = store
        .integrity_check()
        .with_context(|| format!("cannot check {}", args.db.db.display()))?
        .into_iter()
        .filter(|line| line != "ok")
        .collect();
    if !problems.is_empty() {
        for line in &problems {
            eprintln!("dyad check: {line}");
        }
        eprintln!("dyad check: {}: {} problems", args.db.db.display(), problems.len());
        return Ok(ExitCode::FAILURE);
    }
    if args.vacuum {
        store
            .vacuum()
            .with_context(|| format!("cannot vacuum {}", args.db.db.display()))?;
    }
    eprintln!(
        "dyad check: {}: ok{}",
        args.db.db.display(),
        if args.vacuum { ", vacuumed" } else { "" }
    );
    Ok(ExitCode::SUCCESS)
}
