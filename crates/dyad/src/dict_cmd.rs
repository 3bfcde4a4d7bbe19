//! `dyad dict check` and `dyad dict lookup`: validating dictionaries and asking what a phrase
//! resolves to.

use crate::cli::{DictCheckArgs, DictLookupArgs, DictionaryArgs};
use anyhow::Context;
use dyad_dict::model::Counts;
use dyad_dict::petrarch::{self, config::kind_by_name};
use dyad_dict::{Dictionaries, Problem, Severity, bundled, lookup};
use std::path::Path;
use std::process::ExitCode;

/// The dictionaries a command works with: `--dictionaries DIR` instead of the bundled set,
/// then each `--extra-dictionaries DIR` overlaid in order (later entries win).
pub fn load(args: &DictionaryArgs) -> anyhow::Result<(Dictionaries, Vec<Problem>)> {
    let (mut dicts, mut problems) = match &args.dictionaries {
        Some(dir) => petrarch::load_dir(dir).with_context(|| format!("loading dictionaries from {}", dir.display()))?,
        None => bundled::load_bundled(),
    };
    for dir in &args.extra_dictionaries {
        let (extra, more) =
            petrarch::load_dir(dir).with_context(|| format!("loading extra dictionaries from {}", dir.display()))?;
        dicts.overlay(extra);
        problems.extend(more);
    }
    Ok((dicts, problems))
}

pub fn check(args: &DictCheckArgs) -> anyhow::Result<ExitCode> {
    let mut errors = 0;
    let targets: Vec<Option<&Path>> = if args.paths.is_empty() {
        vec![None]
    } else {
        args.paths.iter().map(|p| Some(p.as_path())).collect()
    };
    for target in targets {
        let (name, loaded) = match target {
            None => ("bundled dictionaries".to_string(), Ok(bundled::load_bundled())),
            Some(path) => (path.display().to_string(), load_path(path)),
        };
        let (dicts, mut problems) = match loaded {
            Ok(loaded) => loaded,
            Err(e) => {
                eprintln!("error: {name}: {e:#}");
                errors += 1;
                continue;
            }
        };
        problems.extend(dyad_dict::validate::unknown_event_codes(&dicts));
        for problem in &problems {
            eprintln!("{problem}");
        }
        let target_errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
        errors += target_errors;
        println!("{name}: {}", describe(&dicts.counts()));
        println!("  {target_errors} errors, {} warnings", problems.len() - target_errors);
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// A directory (with or without `PETR_config.ini`) or one file recognised by its name.
fn load_path(path: &Path) -> anyhow::Result<(Dictionaries, Vec<Problem>)> {
    if path.is_dir() {
        return Ok(petrarch::load_dir(path)?);
    }
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let kind = kind_by_name(file_name).with_context(|| {
        format!("cannot tell which kind of dictionary {file_name:?} is (names contain verbs, actors, agents, discards or issue)")
    })?;
    let text = petrarch::read_text(path)?;
    let mut dicts = Dictionaries::default();
    let problems = petrarch::load_text(&mut dicts, kind, &text, &path.display().to_string());
    Ok((dicts, problems))
}

fn describe(c: &Counts) -> String {
    format!(
        "{} actors ({} phrases: {} countries, {} people, {} organisations, {} groups, {} parties, {} metonyms, {} other), \
         {} agents ({} phrases), {} verb patterns, {} discards, {} issues",
        c.actors,
        c.actor_phrases,
        c.countries,
        c.people,
        c.organisations,
        c.groups,
        c.parties,
        c.metonyms,
        c.other_actors,
        c.agents,
        c.agent_phrases,
        c.verbs,
        c.discards,
        c.issues
    )
}

pub fn lookup_cmd(args: &DictLookupArgs) -> anyhow::Result<ExitCode> {
    let (dicts, problems) = load(&args.dictionaries)?;
    for problem in problems.iter().filter(|p| p.severity == Severity::Error) {
        tracing::warn!("{problem}");
    }
    let found = lookup(&dicts, &args.text, args.date);
    if found.is_empty() {
        eprintln!(
            "dyad dict lookup: {:?} resolves to nothing in these dictionaries",
            args.text
        );
        return Ok(ExitCode::from(1));
    }
    for r in found {
        let code = r.code.as_deref().unwrap_or("(no code)");
        let kind = r.kind.map(|k| format!(" {k:?}").to_lowercase()).unwrap_or_default();
        let period = match (r.valid_from, r.valid_to) {
            (None, None) => String::new(),
            (from, to) => format!(
                " valid {}..{}",
                from.map(|d| d.to_string()).unwrap_or_default(),
                to.map(|d| d.to_string()).unwrap_or_default()
            ),
        };
        println!("{code}\t{}{kind}\t{}{period}", r.matched, r.rule);
    }
    Ok(ExitCode::SUCCESS)
}
