//! `parties.toml`: named political parties, whose code follows their status on the date.
//!
//! A party in government (coalition partners included) is its country's `PTY`, a party in
//! opposition its country's `OPP`: "the ruling Georgian Dream" is GEOPTY, "the opposition
//! Progressive Slovakia" SVKOPP. Status changes with elections, so a party lists dated
//! statuses like a person's roles; on a date no status covers (or with no date), a party is
//! just a party of its country: `PTY`. Entries are [`ActorKind::Party`]: "it", never "he".

use serde::Deserialize;

use super::doc::{Doc, valid_code};
use super::entries::{RawRole, actor, role};
use crate::error::Problem;
use crate::model::{ActorDictionary, ActorKind, DatedCode};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParty {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    country: String,
    #[serde(default)]
    roles: Vec<RawRole>,
}

/// The sectors a status may take: governing (or any party) and opposition.
const STATUSES: [&str; 2] = ["PTY", "OPP"];

/// Parses `parties.toml` text into party entries whose codes are their dated statuses.
pub fn parse_parties(text: &str, file: &str) -> (ActorDictionary, Vec<Problem>) {
    let mut doc = Doc::parse(text, file, &["party"]);
    let mut dict = ActorDictionary::default();
    for (line, raw) in doc.entries::<RawParty>("party") {
        let RawParty {
            name,
            aliases,
            country,
            roles,
        } = raw;
        let codes = match statuses(&country, roles) {
            Ok(codes) => codes,
            Err(message) => {
                doc.error(line, format!("{name}: {message}"));
                continue;
            }
        };
        if let Some(overlap) = overlap(&codes) {
            doc.warning(line, format!("{name}: {overlap}"));
        }
        let names = std::iter::once(&name).chain(&aliases);
        match actor(names, codes, ActorKind::Party, &doc.file, line) {
            Some(mut entry) => {
                entry.notes.country = Some(country);
                dict.insert(entry);
            }
            None => doc.error(line, "expected a party's name"),
        }
    }
    (dict, doc.problems)
}

/// The party's dated statuses, then its undated default (`COUNTRY` + `PTY`).
fn statuses(country: &str, roles: Vec<RawRole>) -> Result<Vec<DatedCode>, String> {
    if country.len() != 3 || !valid_code(country) {
        return Err(format!("expected a three-letter country code, found '{country}'"));
    }
    let mut codes = Vec::with_capacity(roles.len() + 1);
    for status in roles {
        let code = role(status)?;
        let sector = code.code.strip_prefix(country);
        if !sector.is_some_and(|s| STATUSES.contains(&s)) {
            return Err(format!(
                "status {} is neither {country}PTY (governing) nor {country}OPP (opposition)",
                code.code
            ));
        }
        codes.push(code);
    }
    codes.push(DatedCode::undated(format!("{country}PTY")));
    Ok(codes)
}

/// Two dated statuses that share a day, described; the first listed would win on it.
fn overlap(codes: &[DatedCode]) -> Option<String> {
    let dated: Vec<&DatedCode> = codes.iter().filter(|c| c.is_dated()).collect();
    for (i, a) in dated.iter().enumerate() {
        for b in &dated[i + 1..] {
            let starts_before_b_ends = match (a.from, b.to) {
                (Some(from), Some(to)) => from <= to,
                _ => true,
            };
            let ends_after_b_starts = match (a.to, b.from) {
                (Some(to), Some(from)) => to >= from,
                _ => true,
            };
            if starts_before_b_ends && ends_after_b_starts {
                return Some(format!("statuses {} and {} overlap", a.code, b.code));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::Severity;

    const SAMPLE: &str = r#"as_of = "2026-01-01"
[[party]]
name = "Blue Dawn"
aliases = ["BD"]
country = "ATL"
roles = [
  { code = "ATLOPP", from = "2001-01-01", to = "2012-10-24" },
  { code = "ATLPTY", from = "2012-10-25" },
]
[[party]]
name = "Wrong Sector"
country = "ATL"
roles = [{ code = "ATLGOV", from = "2001-01-01" }]
[[party]]
name = "Wrong Country"
country = "ATL"
roles = [{ code = "XYZOPP", from = "2001-01-01" }]
[[party]]
name = "Twice"
country = "ATL"
roles = [
  { code = "ATLOPP", from = "2001-01-01", to = "2010-01-01" },
  { code = "ATLPTY", from = "2010-01-01" },
]
"#;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    #[test]
    fn a_party_is_governing_or_in_opposition_on_the_date() {
        let (dict, _) = parse_parties(SAMPLE, "parties.toml");
        let party = dict.find("bd").expect("alias");
        assert_eq!(party.kind, ActorKind::Party);
        assert_eq!(party.notes.country.as_deref(), Some("ATL"));
        assert_eq!(party.code_on(ymd(2012, 10, 24)), Some("ATLOPP"));
        assert_eq!(party.code_on(ymd(2012, 10, 25)), Some("ATLPTY"));
        // Before any status it is a party of its country, as it is with no date.
        assert_eq!(party.code_on(ymd(1990, 1, 1)), Some("ATLPTY"));
        assert_eq!(party.default_code().map(|c| c.code.as_str()), Some("ATLPTY"));
    }

    #[test]
    fn statuses_other_than_governing_or_opposition_are_errors() {
        let (dict, problems) = parse_parties(SAMPLE, "parties.toml");
        assert!(dict.find("wrong sector").is_none());
        assert!(dict.find("wrong country").is_none());
        let got: Vec<_> = problems.iter().map(|p| (p.line, p.severity)).collect();
        assert_eq!(
            got,
            [(10, Severity::Error), (14, Severity::Error), (18, Severity::Warning)],
            "{problems:?}"
        );
        assert!(dict.find("twice").is_some(), "an overlap warns and keeps the entry");
    }

    #[test]
    fn a_bad_country_is_an_error() {
        let text = "as_of = \"2026-01-01\"\n[[party]]\nname = \"Nowhere\"\ncountry = \"atl\"\n";
        let (dict, problems) = parse_parties(text, "parties.toml");
        assert!(dict.find("nowhere").is_none());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].line, problems[0].file.as_str()), (2, "parties.toml"));
    }
}
