//! `agents.toml`: role words → sector codes, with dyad's automatic plural rule.

use serde::Deserialize;

use super::doc::{Doc, valid_code};
use crate::english::plural_phrase;
use crate::error::Problem;
use crate::model::{AgentDictionary, AgentEntry, AgentPlacement, Origin, Phrase};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgent {
    sector: String,
    terms: Vec<String>,
    plurals: Option<Vec<String>>,
}

/// Parses `agents.toml` text. Each term gets the regular plural of its last word unless the
/// entry lists its `plurals` (which then replace the automatic ones for the whole entry).
pub fn parse_agents(text: &str, file: &str) -> (AgentDictionary, Vec<Problem>) {
    let mut doc = Doc::parse(text, file, &["agent"]);
    let mut dict = AgentDictionary::default();
    for (line, raw) in doc.entries::<RawAgent>("agent") {
        if !valid_code(&raw.sector) {
            doc.error(
                line,
                format!("expected an upper-case sector code, found '{}'", raw.sector),
            );
            continue;
        }
        let phrases = phrases(&raw);
        if phrases.is_empty() {
            doc.error(line, format!("expected at least one term for sector {}", raw.sector));
            continue;
        }
        let origin = Origin::new(&doc.file, line);
        let placement = AgentPlacement::Suffix;
        dict.insert(AgentEntry {
            phrases,
            code: raw.sector,
            placement,
            loose: false,
            origin,
        });
    }
    (dict, doc.problems)
}

fn phrases(raw: &RawAgent) -> Vec<Phrase> {
    let terms: Vec<Phrase> = raw.terms.iter().filter_map(|t| Phrase::new(t)).collect();
    let plurals: Vec<Phrase> = match &raw.plurals {
        Some(list) => list.iter().filter_map(|p| Phrase::new(p)).collect(),
        None => terms
            .iter()
            .filter_map(|t| plural_phrase(&t.key, true))
            .map(|key| Phrase { text: key.clone(), key })
            .collect(),
    };
    terms.into_iter().chain(plurals).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"as_of = "2026-01-01"
[[agent]]
sector = "GOV"
terms = ["foreign minister", "spokesman", "secretary", "official"]
[[agent]]
sector = "MIL"
terms = ["troops", "army"]
plurals = ["armies"]
[[agent]]
sector = "gov"
terms = ["x"]
"#;

    #[test]
    fn terms_and_plurals() {
        let (dict, problems) = parse_agents(SAMPLE, "agents.toml");
        for (word, code) in [
            ("foreign ministers", "GOV"),
            ("spokesmen", "GOV"),
            ("secretaries", "GOV"),
            ("armies", "MIL"),
        ] {
            assert_eq!(dict.find(word).map(|a| a.code.as_str()), Some(code), "{word}");
        }
        assert!(
            dict.find("troopses").is_none(),
            "a plurals list replaces the automatic rule"
        );
        assert_eq!(
            dict.find("Foreign Minister").map(|a| a.compose(Some("IRN"))).as_deref(),
            Some("IRNGOV")
        );
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 9);
    }
}
