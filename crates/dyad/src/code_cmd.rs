//! `dyad code`: articles in, coded events out — JSON Lines (the contract), CSV or a table.

use crate::cli::{CodeArgs, CodeFormat};
use crate::output::Output;
use crate::pipeline::{self, Done};
use crate::stats;
use crate::{dict_cmd, read_cmd};
use anyhow::Context;
use dyad_code::Coder;
use dyad_code::record::{ActorRecord, EventRecord};
use dyad_dict::Severity;
use dyad_read::{Article, Reader};
use std::ops::ControlFlow;
use std::process::ExitCode;
use std::sync::Arc;

/// Dictionary errors printed before the rest are only counted (`dyad dict check` lists all).
const MAX_DICTIONARY_ERRORS_SHOWN: usize = 20;

pub fn run(args: &CodeArgs) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let Some(inputs) = read_cmd::inputs(&args.paths) else {
        eprintln!("dyad code: no input: give files or directories, or pipe articles on stdin (see --help)");
        return Ok(ExitCode::from(2));
    };
    let (dicts, problems) = match dict_cmd::load(&args.coding.dictionaries) {
        Ok(loaded) => loaded,
        Err(e) => {
            // The load error repeats its cause in its own message: print context and cause once.
            eprintln!("dyad code: {e}: {}", e.root_cause());
            return Ok(ExitCode::from(2));
        }
    };
    report_dictionary_errors(&problems);
    let coder = Coder::new(Arc::new(dicts), args.coding.coder_options());
    let load = started.elapsed();
    let threads = pipeline::threads(args.coding.threads);
    let mut reader = Reader::new(args.coding.read_options());
    let mut out = EventWriter::new(args.format);
    out.header()?;
    let mut counts = Counts::default();
    let mut error = None;
    let format = args.format;
    let skip_negated = args.skip_negated;
    // Workers code and format; this thread writes, in input order.
    let work = |article: &Article| render(&coder, article, format, skip_negated);
    pipeline::run(&mut reader, &inputs, threads, work, |done| match done {
        Done::Diagnostic(d) => {
            eprintln!("{d}");
            ControlFlow::Continue(())
        }
        Done::Article(article, None) => {
            counts.failed += 1;
            eprintln!(
                "{}: error: article {} not coded: the coder failed",
                origin(&article),
                article.id
            );
            ControlFlow::Continue(())
        }
        Done::Article(article, Some(coded)) => {
            counts.coded.add(&article);
            counts.events += coded.events;
            counts.negated += coded.negated;
            if coded.lines.is_empty() {
                return ControlFlow::Continue(());
            }
            if let Err(e) = out.lines(&coded.lines) {
                error = Some(e);
                return ControlFlow::Break(());
            }
            if out.closed() {
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        }
    })
    .context("cannot start the coding threads")?;
    if let Some(e) = error {
        return Err(e);
    }
    out.flush()?;
    if out.closed() {
        return Ok(ExitCode::SUCCESS);
    }
    let summary = reader.summary();
    eprintln!(
        "dyad code: {} articles, {} sentences, {} events ({} negated) from {} files; {} failed; {} warnings; \
         {} skipped as not English",
        counts.coded.articles,
        counts.coded.sentences,
        counts.events,
        counts.negated,
        summary.inputs,
        summary.failed,
        summary.warnings,
        summary.skipped_non_english
    );
    if counts.failed > 0 {
        eprintln!("dyad code: {} articles not coded (the coder failed)", counts.failed);
    }
    if args.coding.stats {
        let run = stats::RunStats {
            volume: counts.coded,
            threads,
            load,
        };
        stats::report("dyad code", started, &run);
    }
    Ok(if summary.failed > 0 || counts.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Default)]
struct Counts {
    /// The articles coded.
    coded: stats::Volume,
    events: usize,
    negated: usize,
    failed: usize,
}

/// One article's events, formatted by a worker.
struct Coded {
    /// The output lines, joined by newlines (no final newline); empty for no events.
    lines: String,
    events: usize,
    negated: usize,
}

fn render(coder: &Coder, article: &Article, format: CodeFormat, skip_negated: bool) -> Coded {
    let mut coded = Coded {
        lines: String::new(),
        events: 0,
        negated: 0,
    };
    for record in coder.code_article(article) {
        if skip_negated && record.negated {
            continue;
        }
        coded.events += 1;
        coded.negated += usize::from(record.negated);
        if !coded.lines.is_empty() {
            coded.lines.push('\n');
        }
        match format {
            // serde_json cannot fail on a record (string keys, no maps with other keys).
            CodeFormat::Jsonl => coded
                .lines
                .push_str(&serde_json::to_string(&record).unwrap_or_default()),
            CodeFormat::Csv => coded.lines.push_str(&csv_row(&record)),
            CodeFormat::Table => coded.lines.push_str(&table_line(&record)),
        }
    }
    coded
}

fn origin(article: &Article) -> String {
    match article.origin.line {
        Some(line) => format!("{}:{line}", article.origin.path),
        None => article.origin.path.clone(),
    }
}

/// Dictionary errors are warnings here: the entry is skipped and coding goes on.
pub(crate) fn report_dictionary_errors(problems: &[dyad_dict::Problem]) {
    let errors: Vec<_> = problems.iter().filter(|p| p.severity == Severity::Error).collect();
    for problem in errors.iter().take(MAX_DICTIONARY_ERRORS_SHOWN) {
        eprintln!("warning: dictionary entry skipped: {problem}");
    }
    if errors.len() > MAX_DICTIONARY_ERRORS_SHOWN {
        eprintln!(
            "warning: {} more dictionary entries skipped (`dyad dict check` lists them all)",
            errors.len() - MAX_DICTIONARY_ERRORS_SHOWN
        );
    }
}

/// Events to stdout in the chosen format.
struct EventWriter {
    format: CodeFormat,
    out: Output,
}

impl EventWriter {
    fn new(format: CodeFormat) -> Self {
        EventWriter {
            format,
            out: Output::stdout(),
        }
    }

    fn closed(&self) -> bool {
        self.out.closed
    }

    fn header(&mut self) -> anyhow::Result<()> {
        match self.format {
            CodeFormat::Jsonl => Ok(()),
            CodeFormat::Csv => self.out.line(&CSV_COLUMNS.join(",")),
            CodeFormat::Table => self.out.line(&table_row(TABLE_HEADER)),
        }
    }

    /// Lines formatted by [`render`].
    fn lines(&mut self, lines: &str) -> anyhow::Result<()> {
        self.out.line(lines)
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        self.out.flush()
    }
}

pub(crate) const CSV_COLUMNS: [&str; 20] = [
    "id",
    "article_id",
    "sentence_index",
    "date",
    "source_code",
    "source_text",
    "target_code",
    "target_text",
    "cameo_code",
    "cameo_root",
    "goldstein",
    "quad_class",
    "plover_type",
    "plover_mode",
    "negated",
    "intent",
    "verb",
    "reported_by",
    "rule",
    "sentence",
];

/// One CSV row in [`CSV_COLUMNS`] order; null values are empty fields.
fn csv_row(r: &EventRecord) -> String {
    let actor_code = |a: &Option<ActorRecord>| a.as_ref().and_then(|a| a.code.clone()).unwrap_or_default();
    let actor_text = |a: &Option<ActorRecord>| a.as_ref().map(|a| a.text.clone()).unwrap_or_default();
    let fields: [String; 20] = [
        r.id.clone(),
        r.article_id.clone(),
        r.sentence_index.to_string(),
        r.date.clone().unwrap_or_default(),
        actor_code(&r.source),
        actor_text(&r.source),
        actor_code(&r.target),
        actor_text(&r.target),
        r.cameo.code.clone(),
        r.cameo.root.clone(),
        r.cameo.goldstein.map(|g| g.to_string()).unwrap_or_default(),
        r.cameo.quad_class.map(|q| q.to_string()).unwrap_or_default(),
        r.plover.as_ref().map(|p| p.event_type.clone()).unwrap_or_default(),
        r.plover.as_ref().and_then(|p| p.mode.clone()).unwrap_or_default(),
        r.negated.to_string(),
        r.intent.to_string(),
        r.verb.text.clone(),
        r.attribution.reported_by.clone().unwrap_or_default(),
        r.rule.clone(),
        r.sentence.clone(),
    ];
    fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(",")
}

/// RFC 4180: a field with a comma, quote, line break or edge space is quoted, quotes doubled.
pub(crate) fn csv_field(field: &str) -> String {
    let needs_quotes = field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// Column widths of the table (characters); the sentence takes the rest of ~160 columns.
const TABLE_WIDTHS: [usize; 7] = [10, 16, 14, 16, 28, 10, 62];
pub(crate) const TABLE_HEADER: [&str; 7] = ["date", "source", "verb", "target", "cameo", "plover", "sentence"];

fn table_line(r: &EventRecord) -> String {
    let actor = |a: &Option<ActorRecord>| match a {
        None => "-".to_string(),
        Some(ActorRecord { code: Some(code), .. }) => code.clone(),
        Some(a) => format!("\"{}\"", a.text),
    };
    let verb = if r.negated {
        format!("not {}", r.verb.text)
    } else {
        r.verb.text.clone()
    };
    let cameo = match &r.cameo.name {
        Some(name) => format!("{} {name}", r.cameo.code),
        None => r.cameo.code.clone(),
    };
    let sentence = r.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    table_row([
        r.date.as_deref().unwrap_or("-"),
        &actor(&r.source),
        &verb,
        &actor(&r.target),
        &cameo,
        r.plover.as_ref().map_or("-", |p| p.event_type.as_str()),
        &sentence,
    ])
}

/// Cells padded or cut (with `…`) to [`TABLE_WIDTHS`]; the last cell is not padded.
pub(crate) fn table_row(cells: [&str; 7]) -> String {
    let mut line = String::new();
    for (i, (cell, width)) in cells.iter().zip(TABLE_WIDTHS).enumerate() {
        let cell = cell.replace(['\n', '\r', '\t'], " ");
        let count = cell.chars().count();
        let fitted = if count > width {
            let mut cut: String = cell.chars().take(width - 1).collect();
            cut.push('…');
            cut
        } else {
            cell
        };
        if i + 1 == cells.len() {
            line.push_str(&fitted);
        } else {
            let pad = width.saturating_sub(fitted.chars().count());
            line.push_str(&fitted);
            line.extend(std::iter::repeat_n(' ', pad + 1));
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field(""), "");
    }

    #[test]
    fn csv_row_has_every_column() {
        let text = "Egypt said \"no, never\" to Israel.";
        let context = dyad_code::SentenceContext {
            article_id: "a",
            text,
            sentence_index: 0,
            sentence: dyad_segment::Span::new(0, text.len()),
            published: None,
        };
        let event = dyad_code::SentenceEvent {
            source: None,
            target: None,
            code: "010".to_string(),
            verb: dyad_segment::Span::new(6, 10),
            negated: true,
            intent: false,
            reported_by: None,
            hedged: false,
            disputed_by: None,
            rule: "r".to_string(),
            dated_at: None,
        };
        let row = csv_row(&context.record(&event));
        assert!(row.ends_with(",\"Egypt said \"\"no, never\"\" to Israel.\""), "{row}");
        assert!(row.contains(",010,01,0,1,,,true,false,said,,r,"), "{row}");
        let line = table_line(&context.record(&event));
        assert!(line.contains("not said"), "{line}");
    }

    #[test]
    fn table_cells_fit() {
        let row = table_row([
            "2026-04-27",
            "TURGOV",
            "met",
            "CHNGOV",
            "042 Make a visit",
            "CONSULT",
            "s",
        ]);
        assert!(row.starts_with("2026-04-27 TURGOV "));
        let long = "x".repeat(40);
        let row = table_row(["d", &long, "v", "t", "c", "p", &long]);
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cells[1].chars().count(), 16);
        assert!(cells[1].ends_with('…'));
        assert!(row.chars().count() <= TABLE_WIDTHS.iter().sum::<usize>() + TABLE_WIDTHS.len());
    }
}
