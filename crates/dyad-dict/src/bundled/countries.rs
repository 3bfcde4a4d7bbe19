//! `countries.toml`: countries (names, adjectives, demonyms → the country code; government
//! metonyms → CODE + GOV; the capital kept for geocoding) and `[[metonym]]` names.

use serde::Deserialize;

use super::doc::{Doc, valid_code};
use super::entries::actor;
use crate::error::Problem;
use crate::model::{ActorDictionary, ActorKind, DatedCode};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    code: String,
    names: Vec<String>,
    #[serde(default)]
    adjectives: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    capital: Option<String>,
    #[serde(default)]
    government: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMetonym {
    name: String,
    code: String,
}

/// Parses `countries.toml` text into actor entries.
pub fn parse_countries(text: &str, file: &str) -> (ActorDictionary, Vec<Problem>) {
    let mut doc = Doc::parse(text, file, &["country", "metonym"]);
    let mut dict = ActorDictionary::default();
    for (line, raw) in doc.entries::<RawCountry>("country") {
        add_country(&mut doc, &mut dict, line, raw);
    }
    for (line, raw) in doc.entries::<RawMetonym>("metonym") {
        if !valid_code(&raw.code) {
            doc.error(
                line,
                format!(
                    "expected an upper-case code for metonym '{}', found '{}'",
                    raw.name, raw.code
                ),
            );
            continue;
        }
        let codes = vec![DatedCode::undated(raw.code)];
        match actor([&raw.name], codes, ActorKind::Metonym, &doc.file, line) {
            Some(entry) => _ = dict.insert(entry),
            None => doc.error(line, "expected a metonym name"),
        }
    }
    (dict, doc.problems)
}

fn add_country(doc: &mut Doc<'_>, dict: &mut ActorDictionary, line: usize, raw: RawCountry) {
    if raw.code.len() != 3 || !raw.code.bytes().all(|b| b.is_ascii_uppercase()) {
        doc.error(
            line,
            format!("expected a three-letter upper-case country code, found '{}'", raw.code),
        );
        return;
    }
    let names = raw.names.iter().chain(&raw.adjectives).chain(&raw.demonyms);
    let codes = vec![DatedCode::undated(raw.code.clone())];
    let Some(mut country) = actor(names, codes, ActorKind::Country, &doc.file, line) else {
        doc.error(line, format!("expected at least one name for country {}", raw.code));
        return;
    };
    country.notes.capital = raw.capital;
    dict.insert(country);
    let government = vec![DatedCode::undated(format!("{}GOV", raw.code))];
    if let Some(metonyms) = actor(&raw.government, government, ActorKind::Metonym, &doc.file, line) {
        dict.insert(metonyms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    const SAMPLE: &str = r#"as_of = "2026-01-01"

[[country]]
code = "TUR"
names = ["Turkey", "Türkiye", "Turkiye"]
adjectives = ["Turkish"]
demonyms = ["Turk", "Turks"]
capital = "Ankara"
government = ["Ankara"]

[[country]]
code = "turkey"
names = ["Nowhere"]

[[country]]
code = "XYZ"
nmes = ["Typo"]

[[metonym]]
name = "the Kremlin"
code = "RUSGOV"
"#;

    #[test]
    fn names_adjectives_demonyms_and_government() {
        let (dict, _) = parse_countries(SAMPLE, "countries.toml");
        for name in ["Turkey", "türkiye", "Turkish", "turks"] {
            let entry = dict.find(name).expect(name);
            assert_eq!(entry.default_code().map(|c| c.code.as_str()), Some("TUR"), "{name}");
            assert_eq!(entry.kind, ActorKind::Country);
            assert_eq!(entry.notes.capital.as_deref(), Some("Ankara"));
            assert_eq!(entry.origin.line, 3);
        }
        let ankara = dict.find("ankara").expect("government metonym");
        assert_eq!(
            (ankara.kind, ankara.codes[0].code.as_str()),
            (ActorKind::Metonym, "TURGOV")
        );
        let kremlin = dict.find("the kremlin").expect("metonym");
        assert_eq!(kremlin.codes[0].code, "RUSGOV");
    }

    #[test]
    fn bad_entries_are_reported_at_their_line() {
        let (dict, problems) = parse_countries(SAMPLE, "countries.toml");
        let mut errors: Vec<_> = problems.iter().map(|p| (p.line, p.severity)).collect();
        errors.sort();
        // The unknown field is reported where it is written, the bad code at its table.
        assert_eq!(errors, [(11, Severity::Error), (17, Severity::Error)], "{problems:?}");
        assert!(problems.iter().any(|p| p.message.contains("nmes")), "{problems:?}");
        assert!(dict.find("nowhere").is_none());
    }

    #[test]
    fn syntax_errors_carry_the_line() {
        let (dict, problems) = parse_countries("as_of = \"2026-01-01\"\n[[country]]\ncode = \"TUR\n", "c.toml");
        assert!(dict.is_empty());
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].severity), (3, Severity::Error));
    }

    #[test]
    fn missing_as_of_and_unknown_keys_warn() {
        let (_, problems) = parse_countries("[[contry]]\ncode = \"TUR\"\n", "c.toml");
        let got: Vec<_> = problems.iter().map(|p| (p.line, p.severity)).collect();
        assert_eq!(got, [(1, Severity::Warning), (1, Severity::Warning)], "{problems:?}");
    }
}
