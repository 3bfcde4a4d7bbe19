//! PETRARCH/TABARI-format dictionaries, read as PETRARCH reads them.
//!
//! [`load_dir`] loads a directory: its `PETR_config.ini` names the files; without one, files
//! are recognised by name ([`config::kind_by_name`]). The per-kind readers take the file's
//! text and a name for problems, so they also serve tests and in-memory sources.
//!
//! Problems use line 0 when they concern a whole file or directory rather than one line.

pub mod actors;
pub mod agents;
mod codes;
pub mod config;
pub mod discards;
pub mod issues;
mod text;
pub mod verbs;

use std::path::Path;

pub use actors::read_actors;
pub use agents::read_agents;
pub use config::{DictionaryFiles, Kind};
pub use discards::read_discards;
pub use issues::read_issues;
pub use text::decode;

use crate::error::{LoadError, Problem};
use crate::model::Dictionaries;

/// The config file PETRARCH looks for in a dictionary directory.
pub const CONFIG_FILE: &str = "PETR_config.ini";

/// Loads every dictionary in `dir`. Fails only when the directory (or its config) cannot be
/// read; problems inside files are returned alongside what loaded.
pub fn load_dir(dir: &Path) -> Result<(Dictionaries, Vec<Problem>), LoadError> {
    let (files, mut problems) = files_in_dir(dir)?;
    warn_missing_kinds(dir, &files, &mut problems);
    let (dicts, file_problems) = load_files(&files);
    problems.extend(file_problems);
    tracing::debug!(dir = %dir.display(), counts = ?dicts.counts(), "loaded PETRARCH dictionaries");
    Ok((dicts, problems))
}

/// Which files of `dir` hold which kind: from its config, else by name.
pub fn files_in_dir(dir: &Path) -> Result<(DictionaryFiles, Vec<Problem>), LoadError> {
    let config = dir.join(CONFIG_FILE);
    if config.is_file() {
        let text = read_text(&config)?;
        let (files, mut problems) = config::read_config(&text, &config.display().to_string(), dir);
        if let Some(files) = files {
            return Ok((files, problems));
        }
        let message = "no [Dictionaries] section; recognising files by name";
        problems.push(Problem::warning(config.display().to_string(), 0, message));
        return Ok((files_by_name(dir)?, problems));
    }
    Ok((files_by_name(dir)?, Vec::new()))
}

/// Recognises the dictionary files of `dir` by name, each kind in file-name order.
pub fn files_by_name(dir: &Path) -> Result<DictionaryFiles, LoadError> {
    let io = |source| LoadError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    let mut files = DictionaryFiles::default();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(kind) = config::kind_by_name(&name).filter(|_| !name.starts_with('.')) {
            files.of_kind(kind).push(path);
        }
    }
    Ok(files)
}

fn warn_missing_kinds(dir: &Path, files: &DictionaryFiles, problems: &mut Vec<Problem>) {
    let kinds = [
        ("verbs", &files.verbs),
        ("actors", &files.actors),
        ("agents", &files.agents),
        ("discards", &files.discards),
        ("issues", &files.issues),
    ];
    for (name, list) in kinds {
        if list.is_empty() {
            problems.push(Problem::warning(
                dir.display().to_string(),
                0,
                format!("no {name} dictionary found"),
            ));
        }
    }
}

/// Loads the given files; a file that cannot be read is an error problem, not a failure.
pub fn load_files(files: &DictionaryFiles) -> (Dictionaries, Vec<Problem>) {
    let mut dicts = Dictionaries::default();
    let mut problems = Vec::new();
    for (kind, list) in [
        (Kind::Verbs, &files.verbs),
        (Kind::Actors, &files.actors),
        (Kind::Agents, &files.agents),
        (Kind::Discards, &files.discards),
        (Kind::Issues, &files.issues),
    ] {
        for path in list {
            let name = path.display().to_string();
            match read_text(path) {
                Ok(text) => problems.extend(load_text(&mut dicts, kind, &text, &name)),
                Err(e) => problems.push(Problem::error(name, 0, format!("cannot read: {e}"))),
            }
        }
    }
    (dicts, problems)
}

/// Reads one file's text into `dicts` as the given kind (later entries win).
pub fn load_text(dicts: &mut Dictionaries, kind: Kind, text: &str, file: &str) -> Vec<Problem> {
    match kind {
        Kind::Verbs => {
            let (verbs, problems) = verbs::read_verbs(text, file);
            dicts.verbs.merge(verbs);
            problems
        }
        Kind::Actors => {
            let (actors, problems) = read_actors(text, file);
            dicts.actors.overlay(actors);
            problems
        }
        Kind::Agents => {
            let (agents, problems) = read_agents(text, file);
            dicts.agents.overlay(agents);
            problems
        }
        Kind::Discards => {
            let (discards, problems) = read_discards(text, file);
            dicts.discards.extend(discards);
            problems
        }
        Kind::Issues => {
            let (issues, problems) = read_issues(text, file);
            dicts.issues.extend(issues);
            problems
        }
    }
}

/// Reads a file as text the way the readers expect it (see [`decode`]).
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.display().to_string(),
        source,
    })?;
    Ok(decode(&bytes))
}
