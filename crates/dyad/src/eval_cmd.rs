//! `dyad eval petrarch` and `dyad eval gold`: the coder scored against PETRARCH's validation
//! records and against dyad's own gold set.

use crate::cli::{EvalGoldArgs, EvalPetrarchArgs};
use anyhow::Context;
use dyad_code::{Coder, CoderOptions, SentenceEvent};
use dyad_dict::Severity;
use dyad_eval::{Predicted, Record, Triple, petrarch};
use dyad_segment::Span;
use std::process::ExitCode;
use std::sync::Arc;

pub fn petrarch(args: &EvalPetrarchArgs) -> anyhow::Result<ExitCode> {
    let (env, records, warnings) = petrarch::read_records(&args.records)
        .with_context(|| format!("reading validation records {}", args.records.display()))?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let (dicts, problems) = petrarch::load_dictionaries(&env).context("loading the records' dictionaries")?;
    for p in problems.iter().filter(|p| p.severity == Severity::Error) {
        eprintln!("{p}");
    }
    let dicts = Arc::new(dicts);
    // PETRARCH codes "will abandon" as the act, so intentions are not recoded here.
    let coder_for = |require_dyad: bool| {
        Coder::new(
            Arc::clone(&dicts),
            CoderOptions {
                require_dyad,
                ..CoderOptions::petrarch()
            },
        )
    };
    // The dyad requirement and the length of new (uncoded) actors follow the file's <Config>
    // options, with PETRARCH's defaults (require_dyad true, new actors not reported).
    let coder = coder_for(false);
    quiet_panics();
    let report = petrarch::score(&records, |record: &Record| {
        let settings = Settings {
            require_dyad: record
                .config
                .get("require_dyad")
                .or(env.config.get("require_dyad"))
                .is_none_or(|v| v.eq_ignore_ascii_case("true")),
            new_actor_length: record
                .config
                .get("new_actor_length")
                .or(env.config.get("new_actor_length"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0),
        };
        code_record(&coder, record, settings)
    });
    println!("{report}");
    if args.verbose_failures {
        eprintln!("{}", report.failures_text());
    }
    Ok(verdict(report.percent(), args.min))
}

/// PETRARCH options that change which events a record expects.
#[derive(Debug, Clone, Copy)]
struct Settings {
    require_dyad: bool,
    /// Longest uncoded name (in words) reported as a new actor; 0: none.
    new_actor_length: usize,
}

fn code_record(coder: &Coder, record: &Record, settings: Settings) -> Vec<Triple> {
    // A record whose optional parse is malformed is bad input: PETRARCH codes nothing.
    if record.parse.as_deref().is_some_and(|p| !balanced(p)) {
        return Vec::new();
    }
    let text = record.text.as_str();
    let events = coder.code_sentence(text, Span::new(0, text.len()), record.date);
    events
        .iter()
        .filter(|e| !e.negated)
        .filter_map(|e: &SentenceEvent| {
            let (s, t, c) = e.petrarch_triple(text);
            let s = new_actor(s, settings);
            let t = new_actor(t, settings);
            let missing = |a: &str| a == "---";
            if (settings.require_dyad && (missing(&s) || missing(&t))) || (missing(&s) && missing(&t)) {
                return None;
            }
            Some(Triple::new(s, t, c))
        })
        .collect()
}

/// An uncoded name counts as an actor only up to `new_actor_length` words.
fn new_actor(actor: String, settings: Settings) -> String {
    if actor.starts_with('"') && actor.split_whitespace().count() > settings.new_actor_length {
        "---".to_string()
    } else {
        actor
    }
}

fn balanced(parse: &str) -> bool {
    let mut depth = 0i64;
    for c in parse.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    depth == 0
}

pub fn gold(args: &EvalGoldArgs) -> anyhow::Result<ExitCode> {
    let head = std::fs::read(&args.file).with_context(|| format!("reading gold set {}", args.file.display()))?;
    if dyad_eval::articles::is_article_file(&String::from_utf8_lossy(&head)) {
        return gold_articles(args);
    }
    let (sentences, warnings) =
        dyad_eval::read_gold(&args.file).with_context(|| format!("reading gold set {}", args.file.display()))?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let coder = gold_coder(args)?;
    // The whole article pipeline (coreference, places as targets), as `dyad code` runs it.
    let report = dyad_eval::score_gold(&sentences, |s| {
        coder
            .code_text(&s.text, s.date)
            .into_iter()
            .map(|e| Predicted {
                source: e.source.and_then(|a| a.code),
                target: e.target.and_then(|a| a.code),
                cameo: e.cameo.code,
                negated: e.negated,
            })
            .collect()
    });
    println!("{report}");
    if args.verbose_failures {
        eprintln!("{}", report.failures_text());
    }
    Ok(verdict(100.0 * report.type_dyad.f1(), args.min))
}

/// The coder the gold sets are scored with: default options, the bundled dictionaries or
/// `--dictionaries`; a panic while coding one item is that item's failure, printed quietly.
fn gold_coder(args: &EvalGoldArgs) -> anyhow::Result<Coder> {
    let (dicts, problems) = crate::dict_cmd::load(&args.dictionaries)?;
    for p in problems.iter().filter(|p| p.severity == Severity::Error) {
        eprintln!("{p}");
    }
    quiet_panics();
    Ok(Coder::new(Arc::new(dicts), CoderOptions::default()))
}

/// The article-level gold set: event F1, then date, place and attribution accuracy over the
/// events matched.
fn gold_articles(args: &EvalGoldArgs) -> anyhow::Result<ExitCode> {
    let (articles, warnings) = dyad_eval::articles::read_articles(&args.file)
        .with_context(|| format!("reading article gold set {}", args.file.display()))?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let coder = gold_coder(args)?;
    let report = dyad_eval::articles::score_articles(&articles, |a| {
        coder
            .code_text(&a.text, a.published)
            .into_iter()
            .map(|e| dyad_eval::articles::ArticleEvent {
                source: e.source.and_then(|a| a.code),
                target: e.target.and_then(|a| a.code),
                cameo: e.cameo.code,
                negated: e.negated,
                date: e.date,
                place: e.location.map(|l| dyad_eval::articles::Place {
                    name: l.name,
                    country: l.country,
                }),
                reported_by: e.attribution.reported_by,
                hedged: e.attribution.hedged,
                disputed: e.attribution.disputed,
                evidence: Some(e.verb.text),
            })
            .collect()
    });
    println!("{report}");
    if args.verbose_failures {
        eprintln!("{}", report.failures.join("\n"));
    }
    Ok(verdict(100.0 * report.events.f1(), args.min))
}

/// Exit 0 when the evaluation ran, unless `--min` asks for a score it did not reach.
fn verdict(score: f64, min: Option<f64>) -> ExitCode {
    match min {
        Some(min) if score < min => {
            eprintln!("dyad eval: score {score:.1} is below --min {min}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// A crash in one record is reported as that record's failure; the panic message is not
/// printed a second time.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        tracing::debug!("coder panic: {info}");
    }));
}
