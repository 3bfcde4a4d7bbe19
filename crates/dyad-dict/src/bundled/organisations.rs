//! `organisations.toml`: international organisations and their organs.

use std::collections::HashSet;

use serde::Deserialize;

use super::doc::{Doc, valid_code};
use super::entries::actor;
use crate::error::Problem;
use crate::model::{ActorDictionary, ActorKind, DatedCode};

/// The categories `kind` may name.
const CATEGORIES: [&str; 6] = ["global", "regional", "financial", "military", "judicial", "other"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganisation {
    code: String,
    names: Vec<String>,
    kind: Option<String>,
    parent: Option<String>,
}

/// Parses `organisations.toml` text into actor entries.
pub fn parse_organisations(text: &str, file: &str) -> (ActorDictionary, Vec<Problem>) {
    let mut doc = Doc::parse(text, file, &["organisation"]);
    let mut dict = ActorDictionary::default();
    let raws = doc.entries::<RawOrganisation>("organisation");
    let codes: HashSet<&str> = raws.iter().map(|(_, r)| r.code.as_str()).collect();
    for (line, raw) in &raws {
        if let Some(parent) = &raw.parent
            && !codes.contains(parent.as_str())
        {
            doc.warning(
                *line,
                format!("parent {parent} of {} is not defined in this file", raw.code),
            );
        }
    }
    for (line, raw) in raws {
        add(&mut doc, &mut dict, line, raw);
    }
    (dict, doc.problems)
}

fn add(doc: &mut Doc<'_>, dict: &mut ActorDictionary, line: usize, raw: RawOrganisation) {
    if !valid_code(&raw.code) {
        doc.error(
            line,
            format!("expected an upper-case organisation code, found '{}'", raw.code),
        );
        return;
    }
    if let Some(kind) = &raw.kind
        && !CATEGORIES.contains(&kind.as_str())
    {
        doc.warning(
            line,
            format!("unknown kind '{kind}'; expected one of {}", CATEGORIES.join(", ")),
        );
    }
    let codes = vec![DatedCode::undated(raw.code.clone())];
    let Some(mut entry) = actor(&raw.names, codes, ActorKind::Organisation, &doc.file, line) else {
        doc.error(
            line,
            format!("expected at least one name for organisation {}", raw.code),
        );
        return;
    };
    entry.notes.category = raw.kind;
    entry.notes.parent = raw.parent;
    dict.insert(entry);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    const SAMPLE: &str = r#"as_of = "2026-01-01"
[[organisation]]
code = "IGOUNO"
names = ["United Nations", "UN", "U.N."]
kind = "global"
[[organisation]]
code = "IGOUNOSEC"
parent = "IGOUNO"
names = ["UN Security Council", "UNSC"]
[[organisation]]
code = "IGOXYZ"
parent = "IGONONE"
kind = "galactic"
names = ["Galactic Senate"]
"#;

    #[test]
    fn organisations_and_organs() {
        let (dict, problems) = parse_organisations(SAMPLE, "organisations.toml");
        let un = dict.find("u.n.").expect("UN");
        assert_eq!(
            (un.codes[0].code.as_str(), un.kind),
            ("IGOUNO", ActorKind::Organisation)
        );
        assert_eq!(un.notes.category.as_deref(), Some("global"));
        let unsc = dict.find("unsc").expect("organ");
        assert_eq!(unsc.notes.parent.as_deref(), Some("IGOUNO"));
        let got: Vec<_> = problems.iter().map(|p| (p.line, p.severity)).collect();
        assert_eq!(got, [(10, Severity::Warning), (10, Severity::Warning)], "{problems:?}");
        assert!(dict.find("galactic senate").is_some(), "warnings do not drop the entry");
    }
}
