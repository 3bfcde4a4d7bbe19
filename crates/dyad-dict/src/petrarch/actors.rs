//! PETRARCH/TABARI actor dictionaries (`*.actors.txt`).
//!
//! An entry is a primary phrase line, optional `+synonym` lines and optional code lines
//! starting with whitespace:
//!
//! ```text
//! AFGHANISTAN_  [AFG]
//! +AFGHAN_
//! MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt
//!     [AFGELI 320101-331108]
//!     [AFGGOV 331108-730717]
//! ```
//!
//! Codes may also follow the phrase on the same line, several to a line
//! (`[IGOUNO 820101-911231] [ELI]`). A code without a date is the default.

use std::sync::Arc;

use super::codes::{Bracket, brackets, parse_code, split_codes};
use super::text::lines;
use crate::error::Problem;
use crate::model::{ActorDictionary, ActorEntry, ActorKind, ActorNotes, DatedCode, Origin, Phrase};

/// Reads an actor dictionary. Bad lines are reported and skipped; the rest loads.
pub fn read_actors(text: &str, file: &str) -> (ActorDictionary, Vec<Problem>) {
    let mut reader = Reader {
        file: Arc::from(file),
        hint: KindHint::from_file(file),
        dict: ActorDictionary::default(),
        problems: Vec::new(),
        current: None,
    };
    for (line, content) in lines(text, &['#', ';']) {
        reader.line(line, content);
    }
    reader.finish_entry();
    (reader.dict, reader.problems)
}

/// What the file name says about entries whose codes do not tell their kind.
#[derive(Clone, Copy)]
enum KindHint {
    Groups,
    Organisations,
    None,
}

impl KindHint {
    fn from_file(file: &str) -> KindHint {
        let lower = file.to_ascii_lowercase();
        if lower.contains("milnonstate") {
            KindHint::Groups
        } else if lower.contains("international") {
            KindHint::Organisations
        } else {
            KindHint::None
        }
    }
}

/// An entry being read: phrases and codes so far, and its first line.
struct Pending {
    phrases: Vec<Phrase>,
    codes: Vec<DatedCode>,
    line: usize,
}

struct Reader {
    file: Arc<str>,
    hint: KindHint,
    dict: ActorDictionary,
    problems: Vec<Problem>,
    current: Option<Pending>,
}

impl Reader {
    fn line(&mut self, line: usize, content: &str) {
        let content = content.trim_start();
        if content.starts_with('[') {
            self.code_line(line, content);
        } else if let Some(synonym) = content.strip_prefix('+') {
            self.synonym_line(line, synonym);
        } else {
            self.primary_line(line, content);
        }
    }

    fn primary_line(&mut self, line: usize, content: &str) {
        self.finish_entry();
        let (text, rest) = split_codes(content);
        let Some(phrase) = Phrase::new(text) else {
            self.error(line, "expected an actor phrase before the code");
            return;
        };
        let mut pending = Pending {
            phrases: vec![phrase],
            codes: Vec::new(),
            line,
        };
        if let Some(rest) = rest
            && !self.read_codes(line, rest, &mut pending.codes)
        {
            return;
        }
        self.current = Some(pending);
    }

    fn synonym_line(&mut self, line: usize, content: &str) {
        let (text, rest) = split_codes(content);
        let Some(phrase) = Phrase::new(text) else {
            self.error(line, "expected a synonym phrase after '+'");
            return;
        };
        let Some(mut pending) = self.current.take() else {
            self.error(line, "expected an actor phrase before this '+' synonym");
            return;
        };
        pending.phrases.push(phrase);
        if let Some(rest) = rest {
            self.read_codes(line, rest, &mut pending.codes);
        }
        self.current = Some(pending);
    }

    fn code_line(&mut self, line: usize, content: &str) {
        let Some(mut pending) = self.current.take() else {
            self.error(line, "expected an actor phrase before this code line");
            return;
        };
        self.read_codes(line, content, &mut pending.codes);
        self.current = Some(pending);
    }

    /// Reads the bracket groups of a line into `codes`; false when the line was unreadable.
    fn read_codes(&mut self, line: usize, rest: &str, codes: &mut Vec<DatedCode>) -> bool {
        match brackets(rest) {
            Ok((groups, tail)) => {
                for group in groups {
                    self.read_code(line, &group, codes);
                }
                if !tail.is_empty() {
                    self.warning(line, &format!("text after the codes ignored: '{tail}'"));
                }
                true
            }
            Err(message) => {
                self.error(line, &message);
                false
            }
        }
    }

    fn read_code(&mut self, line: usize, group: &Bracket<'_>, codes: &mut Vec<DatedCode>) {
        if group.brace_closed {
            self.warning(line, "code closed with '}' instead of ']'");
        }
        match parse_code(group.content) {
            Ok(parsed) => {
                if let Some(note) = parsed.note {
                    self.warning(line, &note);
                }
                codes.push(parsed.code);
            }
            // One unreadable code does not make the entry unusable: drop just that code.
            Err(message) => self.warning(line, &format!("{message}; this code is ignored")),
        }
    }

    fn finish_entry(&mut self) {
        let Some(pending) = self.current.take() else { return };
        let kind = guess_kind(&pending.codes, self.hint);
        self.dict.insert(ActorEntry {
            phrases: pending.phrases,
            codes: pending.codes,
            kind,
            notes: ActorNotes::default(),
            origin: Origin::new(&self.file, pending.line),
        });
    }

    fn error(&mut self, line: usize, message: &str) {
        self.problems.push(Problem::error(&*self.file, line, message));
    }

    fn warning(&mut self, line: usize, message: &str) {
        self.problems.push(Problem::warning(&*self.file, line, message));
    }
}

/// PETRARCH files do not say what an actor is; guess from its codes:
/// date-restricted codes belong to people (office holders), a bare three-letter code is a
/// country, IGO/NGO/MNC codes are organisations; otherwise the file name decides.
fn guess_kind(codes: &[DatedCode], hint: KindHint) -> ActorKind {
    if codes.iter().any(DatedCode::is_dated) {
        return ActorKind::Person;
    }
    let code = codes.iter().find(|c| !c.is_null()).map_or("", |c| c.code.as_str());
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        return ActorKind::Country;
    }
    if ["IGO", "NGO", "NGM", "MNC"].iter().any(|p| code.starts_with(p)) {
        return ActorKind::Organisation;
    }
    match hint {
        KindHint::Groups => ActorKind::Group,
        KindHint::Organisations => ActorKind::Organisation,
        KindHint::None => ActorKind::Other,
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::error::Severity;

    const SAMPLE: &str = "# header\n\
AFGHANISTAN_  [AFG]\n\
+AFGHAN_ \n\
+KABUL_ # capital\n\
\n\
MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt\n\
\t[AFGELI 320101-331108]\n\
\t[AFGGOV 331108-730717]\n\
\t[AFGELI]\n\
JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\n\
KOFI_ANNAN_\t\n\
+K._ANNAN_\n\
\t[IGOUNO 970101-061231] \n";

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    #[test]
    fn reads_entries_synonyms_and_codes() {
        let (dict, problems) = read_actors(SAMPLE, "sample.actors.txt");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(dict.len(), 4);
        let afg = dict.find("Kabul").expect("synonym indexed");
        assert_eq!(afg.root().map(|p| p.key.as_str()), Some("afghanistan"));
        assert_eq!(afg.kind, ActorKind::Country);
        assert_eq!(afg.origin.line, 2);
        let shah = dict.find("mohammad zahir shah").expect("person");
        assert_eq!(shah.kind, ActorKind::Person);
        assert_eq!(shah.code_on(ymd(1950, 1, 1)), Some("AFGGOV"));
        assert_eq!(shah.code_on(ymd(1990, 1, 1)), Some("AFGELI"));
        let cuellar = dict.find("JAVIER DE CUELLAR").expect("same-line codes");
        assert_eq!(cuellar.codes.len(), 2);
        assert_eq!(
            dict.find("k. annan").and_then(|e| e.code_on(ymd(2000, 1, 1))),
            Some("IGOUNO")
        );
    }

    #[test]
    fn bad_lines_are_reported_and_skipped() {
        let text = "\t[ORPHAN]\nGOOD [GOO]\nBROKEN [BRO\nDATED [DAT 2013]\n+ \nNEXT [NXT] junk";
        let (dict, problems) = read_actors(text, "bad.actors.txt");
        let errors: Vec<_> = problems.iter().filter(|p| p.severity == Severity::Error).collect();
        let lines: Vec<_> = errors.iter().map(|p| p.line).collect();
        assert_eq!(lines, [1, 3, 5], "{problems:?}");
        let warnings: Vec<_> = problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .map(|p| p.line)
            .collect();
        assert_eq!(warnings, [4, 6], "a bad date drops its code, trailing text is ignored");
        assert!(errors[0].to_string().starts_with("bad.actors.txt:1: error: expected"));
        assert!(dict.find("broken").is_none());
        assert_eq!(dict.find("dated").map(|e| e.codes.len()), Some(0));
        assert_eq!(
            dict.find("next")
                .and_then(|e| e.default_code())
                .map(|c| c.code.as_str()),
            Some("NXT")
        );
    }

    #[test]
    fn later_entry_wins_for_the_same_phrase() {
        let (dict, _) = read_actors("GEORGIA [GEO]\nGEORGIA [USAGEO]\n", "x");
        assert_eq!(dict.len(), 2);
        assert_eq!(dict.find("georgia").map(|e| e.origin.line), Some(2));
    }
}
