//! `PETR_config.ini`: which files of a directory hold which dictionary.
//!
//! Only the `[Dictionaries]` section matters here:
//!
//! ```ini
//! [Dictionaries]
//! verbfile_name    = CAMEO.2.0.txt
//! actorfile_list   = Phoenix.Countries.actors.txt, Phoenix.International.actors.txt
//! agentfile_name   = Phoenix.agents.txt
//! discardfile_name = Phoenix.discards.txt
//! issuefile_name   = Phoenix.IssueCoding.txt
//! ```
//!
//! Like Python's configparser (which PETRARCH uses), keys are case-insensitive, `#` and `;`
//! start comment lines, and a later `[Dictionaries]` section's keys override earlier ones.

use std::path::{Path, PathBuf};

use crate::error::Problem;

/// The files of each dictionary kind, in load order (for one phrase, later files win).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DictionaryFiles {
    pub verbs: Vec<PathBuf>,
    pub actors: Vec<PathBuf>,
    pub agents: Vec<PathBuf>,
    pub discards: Vec<PathBuf>,
    pub issues: Vec<PathBuf>,
}

/// Reads a config's `[Dictionaries]` section, naming files relative to `dir`. `None` when the
/// config has no such section.
pub fn read_config(text: &str, file: &str, dir: &Path) -> (Option<DictionaryFiles>, Vec<Problem>) {
    let mut files = DictionaryFiles::default();
    let mut problems = Vec::new();
    let mut section = String::new();
    let mut seen = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with(['#', ';']) {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim().to_string();
            seen |= section == "Dictionaries";
            continue;
        }
        if section != "Dictionaries" {
            continue;
        }
        let Some((key, value)) = line.split_once(['=', ':']) else {
            problems.push(Problem::error(
                file,
                i + 1,
                format!("expected 'key = value', found '{line}'"),
            ));
            continue;
        };
        let names = value
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|n| dir.join(n));
        let Some(slot) = slot(&mut files, &key.trim().to_ascii_lowercase()) else {
            problems.push(Problem::warning(
                file,
                i + 1,
                format!("unknown key '{}' ignored", key.trim()),
            ));
            continue;
        };
        *slot = names.collect();
    }
    (seen.then_some(files), problems)
}

fn slot<'a>(files: &'a mut DictionaryFiles, key: &str) -> Option<&'a mut Vec<PathBuf>> {
    Some(match key {
        "verbfile_name" | "verbfile_list" => &mut files.verbs,
        "actorfile_list" | "actorfile_name" => &mut files.actors,
        "agentfile_name" | "agentfile_list" => &mut files.agents,
        "discardfile_name" | "discardfile_list" => &mut files.discards,
        "issuefile_name" | "issuefile_list" => &mut files.issues,
        _ => return None,
    })
}

/// Recognises a dictionary file by its name, as the command-line contract says:
/// `*verbs*` or `CAMEO*` → verbs, `*actors*`, `*agents*`, `*discards*`, `*Issue*`
/// (case-insensitive). `None` for anything else.
pub fn kind_by_name(name: &str) -> Option<Kind> {
    let lower = name.to_ascii_lowercase();
    if lower.contains("verbs") || lower.starts_with("cameo") {
        Some(Kind::Verbs)
    } else if lower.contains("actors") {
        Some(Kind::Actors)
    } else if lower.contains("agents") {
        Some(Kind::Agents)
    } else if lower.contains("discards") {
        Some(Kind::Discards)
    } else if lower.contains("issue") {
        Some(Kind::Issues)
    } else {
        None
    }
}

/// A dictionary kind, as far as file recognition goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Verbs,
    Actors,
    Agents,
    Discards,
    Issues,
}

impl DictionaryFiles {
    /// The file list of one kind.
    pub fn of_kind(&mut self, kind: Kind) -> &mut Vec<PathBuf> {
        match kind {
            Kind::Verbs => &mut self.verbs,
            Kind::Actors => &mut self.actors,
            Kind::Agents => &mut self.agents,
            Kind::Discards => &mut self.discards,
            Kind::Issues => &mut self.issues,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_dictionaries_section() {
        let text = "# c\n[Dictionaries]\nverbfile_name = CAMEO.2.0.txt\nActorFile_List = a.actors.txt, b.actors.txt\n\
#agentfile_name = no.txt\nagentfile_name = x.agents.txt\nbogus = 1\n[Options]\nverbfile_name = ignored\n";
        let (files, problems) = read_config(text, "PETR_config.ini", Path::new("d"));
        let files = files.expect("section present");
        assert_eq!(files.verbs, [Path::new("d/CAMEO.2.0.txt")]);
        assert_eq!(files.actors, [Path::new("d/a.actors.txt"), Path::new("d/b.actors.txt")]);
        assert_eq!(files.agents, [Path::new("d/x.agents.txt")]);
        assert!(files.discards.is_empty());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 7);
    }

    #[test]
    fn no_section_means_none() {
        let (files, _) = read_config("[Options]\nx = 1\n#[Dictionaries]\n", "c.ini", Path::new("."));
        assert!(files.is_none());
    }

    #[test]
    fn recognises_names() {
        assert_eq!(kind_by_name("CAMEO.2.0.txt"), Some(Kind::Verbs));
        assert_eq!(kind_by_name("PETR.Validate.verbs.txt"), Some(Kind::Verbs));
        assert_eq!(kind_by_name("Phoenix.Countries.actors.txt"), Some(Kind::Actors));
        assert_eq!(kind_by_name("Phoenix.agents.txt"), Some(Kind::Agents));
        assert_eq!(kind_by_name("Phoenix.discards.txt"), Some(Kind::Discards));
        assert_eq!(kind_by_name("Phoenix.IssueCoding.txt"), Some(Kind::Issues));
        assert_eq!(kind_by_name("PETR.UnitTest.records.xml"), None);
    }
}
