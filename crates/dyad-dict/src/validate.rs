//! Checks across a loaded dictionary set that no single-file reader can make: every event code a
//! verb pattern uses must be a CAMEO code dyad knows (`dyad-ontology`), or the coder would emit
//! events it cannot score or map to PLOVER.

use crate::error::Problem;
use crate::model::Dictionaries;
use std::collections::HashSet;
use std::sync::Arc;

/// Warnings for verb and pattern codes that are not CAMEO event codes, one per file:line.
pub fn unknown_event_codes(dicts: &Dictionaries) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen_blocks: HashSet<*const Vec<crate::verbs::VerbPattern>> = HashSet::new();
    for entry in &dicts.verbs.verbs {
        for code in [&entry.code, &entry.reverse_code].into_iter().flatten() {
            if !known(code) {
                problems.push(warning(&entry.origin.file, entry.origin.line, code));
            }
        }
        // Verbs of one PETRARCH block share their patterns: check each block once.
        if !seen_blocks.insert(Arc::as_ptr(&entry.patterns)) {
            continue;
        }
        for pattern in entry.patterns.iter() {
            for code in [&pattern.code, &pattern.reverse_code].into_iter().flatten() {
                if !known(code) {
                    problems.push(warning(&entry.origin.file, pattern.line, code));
                }
            }
        }
    }
    problems
}

fn known(code: &str) -> bool {
    dyad_ontology::cameo(code).is_some()
}

fn warning(file: &str, line: usize, code: &str) -> Problem {
    Problem::warning(
        file,
        line,
        format!("event code {code} is not a CAMEO code; events coded with it get no Goldstein value or PLOVER type"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_verbs_use_only_cameo_codes() {
        let (dicts, _) = crate::bundled::load_bundled();
        assert!(dicts.verbs.len() > 1000);
        let problems = unknown_event_codes(&dicts);
        assert!(problems.is_empty(), "{:?}", &problems[..problems.len().min(5)]);
    }

    #[test]
    fn unknown_codes_are_reported_with_their_line() {
        let (verbs, _) = crate::bundled::verbs::read_bundled_verbs("042\tvisit +\n0999\tfrobnicate +\n", "t.txt");
        let dicts = Dictionaries {
            verbs,
            ..Dictionaries::default()
        };
        let problems = unknown_event_codes(&dicts);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].file.as_str(), problems[0].line), ("t.txt", 2));
    }
}
