//! `people.toml`: named people and the offices (codes) they held, with inclusive dates.

use serde::Deserialize;

use super::doc::{Doc, parse_date, valid_code};
use super::entries::actor;
use crate::error::Problem;
use crate::model::{ActorDictionary, ActorKind, DatedCode};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    roles: Vec<RawRole>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    code: String,
    title: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

/// Parses `people.toml` text into actor entries whose codes are their roles.
pub fn parse_people(text: &str, file: &str) -> (ActorDictionary, Vec<Problem>) {
    let mut doc = Doc::parse(text, file, &["person"]);
    let mut dict = ActorDictionary::default();
    for (line, raw) in doc.entries::<RawPerson>("person") {
        let codes = match raw.roles.into_iter().map(role).collect::<Result<Vec<_>, _>>() {
            Ok(codes) => codes,
            Err(message) => {
                doc.error(line, format!("{}: {message}", raw.name));
                continue;
            }
        };
        if codes.is_empty() {
            doc.warning(line, format!("{} has no roles, so no code", raw.name));
        }
        let names = std::iter::once(&raw.name).chain(&raw.aliases);
        match actor(names, codes, ActorKind::Person, &doc.file, line) {
            Some(entry) => _ = dict.insert(entry),
            None => doc.error(line, "expected a person's name"),
        }
    }
    (dict, doc.problems)
}

fn role(raw: RawRole) -> Result<DatedCode, String> {
    if !valid_code(&raw.code) {
        return Err(format!("expected an upper-case role code, found '{}'", raw.code));
    }
    let from = raw.from.as_deref().map(parse_date).transpose()?;
    let to = raw.to.as_deref().map(parse_date).transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(format!("role {} ends ({t}) before it starts ({f})", raw.code));
    }
    Ok(DatedCode {
        code: raw.code,
        from,
        to,
        title: raw.title,
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    const SAMPLE: &str = r#"as_of = "2026-01-01"
[[person]]
name = "Hakan Fidan"
aliases = ["Fidan"]
roles = [
  { code = "TURGOV", title = "Minister of Foreign Affairs", from = "2023-06-04" },
  { code = "TURSPY", title = "Intelligence chief", from = "2010-05-27", to = "2023-06-03" },
]
[[person]]
name = "Bad Dates"
roles = [{ code = "XXXGOV", from = "2020-01-01", to = "2019-01-01" }]
[[person]]
name = "Worse Dates"
roles = [{ code = "XXXGOV", from = "1 May 2020" }]
"#;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    #[test]
    fn roles_become_dated_codes() {
        let (dict, problems) = parse_people(SAMPLE, "people.toml");
        let fidan = dict.find("fidan").expect("alias");
        assert_eq!(fidan.kind, ActorKind::Person);
        assert_eq!(fidan.code_on(ymd(2023, 6, 3)), Some("TURSPY"));
        assert_eq!(fidan.code_on(ymd(2023, 6, 4)), Some("TURGOV"));
        assert_eq!(fidan.code_on(ymd(2000, 1, 1)), None);
        assert_eq!(fidan.codes[0].title.as_deref(), Some("Minister of Foreign Affairs"));
        let lines: Vec<_> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [9, 12], "{problems:?}");
        assert!(dict.find("bad dates").is_none());
    }
}
