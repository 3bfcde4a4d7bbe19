//! `people.toml`: named people and the offices (codes) they held, with inclusive dates.

use serde::Deserialize;

use super::doc::Doc;
use super::entries::{RawRole, actor, role};
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
        let codes = with_former_office(codes);
        let names = std::iter::once(&raw.name).chain(&raw.aliases);
        match actor(names, codes, ActorKind::Person, &doc.file, line) {
            Some(entry) => _ = dict.insert(entry),
            None => doc.error(line, "expected a person's name"),
        }
    }
    (dict, doc.problems)
}

/// Sectors of a state office whose holder stays one of the country's elite after leaving it.
const STATE_OFFICES: &[&str] = &["GOV", "MIL", "LEG", "JUD", "SPY"];

/// "Sheikh Hasina" after 5 August 2024, "Donald Trump" from 2021 to 2025: someone out of a
/// state office and in no other is a former office-holder, the country's elite (`BGDELI`, as
/// the codebook codes Bolsonaro after his presidency), from the day after the office ended
/// until the next role begins. Without it a former leader's name resolves to nothing at all.
fn with_former_office(mut codes: Vec<DatedCode>) -> Vec<DatedCode> {
    let mut former = Vec::new();
    for office in &codes {
        let (Some(to), Some(country)) = (office.to, office.code.get(..3)) else {
            continue;
        };
        // A defence minister (GOVMIL) held a state office too.
        let sectors = office.code.get(3..).unwrap_or("");
        let state = !sectors.is_empty()
            && sectors.len() % 3 == 0
            && (0..sectors.len())
                .step_by(3)
                .all(|i| sectors.get(i..i + 3).is_some_and(|s| STATE_OFFICES.contains(&s)));
        let Some(from) = to.succ_opt().filter(|_| state) else {
            continue;
        };
        if codes.iter().any(|c| c.covers(from)) {
            continue;
        }
        let until = codes
            .iter()
            .filter_map(|c| c.from)
            .filter(|&f| f > from)
            .min()
            .and_then(|f| f.pred_opt());
        former.push(DatedCode {
            code: format!("{country}ELI"),
            from: Some(from),
            to: until,
            title: office.title.as_deref().map(|t| format!("Former {t}")),
        });
    }
    codes.extend(former);
    codes
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

    #[test]
    fn a_holder_of_no_office_left_is_a_former_office_holder() {
        let text = r#"as_of = "2026-01-01"
[[person]]
name = "Ruth Elder"
roles = [
  { code = "ATLGOV", title = "Prime Minister", from = "2019-01-01", to = "2024-08-05" },
  { code = "ATLLEG", title = "Member of Parliament", from = "2010-01-01", to = "2018-12-31" },
]
[[person]]
name = "Otto Stay"
roles = [
  { code = "ATLGOV", title = "Minister", from = "2019-01-01", to = "2024-08-05" },
  { code = "ATLLEG", title = "Speaker", from = "2024-08-06" },
]
[[person]]
name = "Back Again"
roles = [
  { code = "ATLGOV", title = "President", from = "2025-01-20" },
  { code = "ATLGOV", title = "President", from = "2017-01-20", to = "2021-01-20" },
]
[[person]]
name = "Ann Envoy"
roles = [{ code = "IGOUNOSGN", title = "Envoy", from = "2019-01-01", to = "2024-08-05" }]
[[person]]
name = "Dev Fence"
roles = [{ code = "ATLGOVMIL", title = "Minister of Defence", from = "2019-01-01", to = "2024-11-05" }]
"#;
        let (dict, problems) = parse_people(text, "people.toml");
        assert!(problems.is_empty(), "{problems:?}");
        let elder = dict.find("ruth elder").expect("entry");
        assert_eq!(elder.code_on(ymd(2024, 8, 5)), Some("ATLGOV"));
        assert_eq!(elder.code_on(ymd(2024, 8, 6)), Some("ATLELI"));
        assert_eq!(
            elder.dated_code_on(ymd(2025, 1, 1)).and_then(|c| c.title.as_deref()),
            Some("Former Prime Minister")
        );
        // Still in an office, or out of one that is no state's: no former role is added.
        let stay = dict.find("otto stay").expect("entry");
        assert_eq!(stay.code_on(ymd(2025, 1, 1)), Some("ATLLEG"));
        // Out of office between two terms.
        let back = dict.find("back again").expect("entry");
        assert_eq!(back.code_on(ymd(2023, 1, 1)), Some("ATLELI"));
        assert_eq!(back.code_on(ymd(2025, 1, 19)), Some("ATLELI"));
        assert_eq!(back.code_on(ymd(2025, 1, 20)), Some("ATLGOV"));
        let envoy = dict.find("ann envoy").expect("entry");
        assert_eq!(envoy.code_on(ymd(2025, 1, 1)), None);
        // A defence minister's office (GOVMIL) is a state office too.
        let fence = dict.find("dev fence").expect("entry");
        assert_eq!(fence.code_on(ymd(2024, 11, 21)), Some("ATLELI"));
    }
}
