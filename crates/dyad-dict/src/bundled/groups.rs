//! `groups.toml`: armed, political and other non-state groups.

use serde::Deserialize;

use super::doc::{Doc, valid_code};
use super::entries::actor;
use crate::error::Problem;
use crate::model::{ActorDictionary, ActorKind, DatedCode};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    code: String,
    country: Option<String>,
    names: Vec<String>,
}

/// Parses `groups.toml` text into actor entries.
pub fn parse_groups(text: &str, file: &str) -> (ActorDictionary, Vec<Problem>) {
    let mut doc = Doc::parse(text, file, &["group"]);
    let mut dict = ActorDictionary::default();
    for (line, raw) in doc.entries::<RawGroup>("group") {
        if !valid_code(&raw.code) {
            doc.error(line, format!("expected an upper-case group code, found '{}'", raw.code));
            continue;
        }
        // Transnational groups carry a movement prefix (IMG…) rather than their base's country.
        if let Some(country) = &raw.country
            && !raw.code.starts_with(country.as_str())
            && !raw.code.starts_with("IMG")
        {
            doc.warning(
                line,
                format!("code {} does not start with its country {country}", raw.code),
            );
        }
        let codes = vec![DatedCode::undated(raw.code.clone())];
        let Some(mut entry) = actor(&raw.names, codes, ActorKind::Group, &doc.file, line) else {
            doc.error(line, format!("expected at least one name for group {}", raw.code));
            continue;
        };
        entry.notes.country = raw.country;
        dict.insert(entry);
    }
    (dict, doc.problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_keep_their_country() {
        let text = "as_of = \"2026-01-01\"\n[[group]]\ncode = \"LBNREBHEZ\"\ncountry = \"LBN\"\n\
names = [\"Hezbollah\", \"Hizbollah\"]\n[[group]]\ncode = \"XREB\"\ncountry = \"SYR\"\nnames = [\"Odd\"]\n";
        let (dict, problems) = parse_groups(text, "groups.toml");
        let hez = dict.find("hizbollah").expect("group");
        assert_eq!((hez.codes[0].code.as_str(), hez.kind), ("LBNREBHEZ", ActorKind::Group));
        assert_eq!(hez.notes.country.as_deref(), Some("LBN"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 6);
    }
}
