//! `lookup` on small invented dictionaries: exact names, dates, metonyms, compositions.

use chrono::NaiveDate;
use dyad_dict::model::{ActorKind, Dictionaries};
use dyad_dict::{bundled, lookup, petrarch};

const COUNTRIES: &str = r#"as_of = "2026-01-01"
[[country]]
code = "IRN"
names = ["Iran", "Islamic Republic of Iran"]
adjectives = ["Iranian"]
demonyms = ["Iranians"]
capital = "Tehran"
government = ["Tehran"]
[[country]]
code = "TUR"
names = ["Turkey"]
adjectives = ["Turkish"]
[[metonym]]
name = "the Kremlin"
code = "RUSGOV"
"#;

const PEOPLE: &str = r#"as_of = "2026-01-01"
[[person]]
name = "Hakan Fidan"
aliases = ["Fidan"]
roles = [
  { code = "TURGOV", title = "Minister of Foreign Affairs", from = "2023-06-04" },
  { code = "TURSPY", title = "Intelligence chief", from = "2010-05-27", to = "2023-06-03" },
]
"#;

const AGENTS: &str = r#"as_of = "2026-01-01"
[[agent]]
sector = "GOV"
terms = ["foreign minister", "government"]
[[agent]]
sector = "MIL"
terms = ["troops", "army"]
plurals = ["armies"]
"#;

fn dicts() -> Dictionaries {
    let mut dicts = Dictionaries::default();
    for (text, file, parse) in [
        (
            COUNTRIES,
            "countries.toml",
            bundled::parse_countries as fn(&str, &str) -> _,
        ),
        (PEOPLE, "people.toml", bundled::parse_people),
    ] {
        let (actors, problems) = parse(text, file);
        assert!(problems.is_empty(), "{problems:?}");
        dicts.actors.overlay(actors);
    }
    let (agents, problems) = bundled::parse_agents(AGENTS, "agents.toml");
    assert!(problems.is_empty(), "{problems:?}");
    dicts.agents = agents;
    dicts
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn codes(dicts: &Dictionaries, text: &str, date: Option<NaiveDate>) -> Vec<Option<String>> {
    lookup(dicts, text, date).into_iter().map(|r| r.code).collect()
}

#[test]
fn a_dated_person_changes_code_at_the_boundary() {
    let dicts = dicts();
    let before = lookup(&dicts, "Hakan Fidan", Some(ymd(2023, 6, 3)));
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].code.as_deref(), Some("TURSPY"));
    assert_eq!(
        (before[0].valid_from, before[0].valid_to),
        (Some(ymd(2010, 5, 27)), Some(ymd(2023, 6, 3)))
    );
    assert_eq!(before[0].kind, Some(ActorKind::Person));
    assert_eq!(before[0].rule, "actor people.toml:2");
    let after = lookup(&dicts, "fidan", Some(ymd(2023, 6, 4)));
    assert_eq!(after[0].code.as_deref(), Some("TURGOV"));
    assert_eq!(after[0].valid_to, None);
    assert_eq!(
        codes(&dicts, "Fidan", Some(ymd(2001, 1, 1))),
        [None],
        "known name, no office then"
    );
    let history = codes(&dicts, "Fidan", None);
    assert_eq!(history, [Some("TURGOV".to_string()), Some("TURSPY".to_string())]);
}

#[test]
fn metonyms_with_or_without_the() {
    let dicts = dicts();
    for text in ["the Kremlin", "Kremlin", "THE KREMLIN"] {
        let found = lookup(&dicts, text, None);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].code.as_deref(), Some("RUSGOV"), "{text}");
        assert_eq!(found[0].kind, Some(ActorKind::Metonym));
    }
    assert_eq!(codes(&dicts, "Tehran", None), [Some("IRNGOV".to_string())]);
}

#[test]
fn country_words_resolve_to_the_country() {
    let dicts = dicts();
    let found = lookup(&dicts, "Iranian", None);
    assert_eq!(found[0].code.as_deref(), Some("IRN"));
    assert_eq!(found[0].kind, Some(ActorKind::Country));
    assert_eq!(found[0].matched, "Iran");
}

#[test]
fn country_plus_agent_composes() {
    let dicts = dicts();
    let found = lookup(&dicts, "Iranian foreign minister", None);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code.as_deref(), Some("IRNGOV"));
    assert!(found[0].rule.starts_with("country+agent "), "{}", found[0].rule);
    assert_eq!(codes(&dicts, "Turkish troops", None), [Some("TURMIL".to_string())]);
    assert_eq!(codes(&dicts, "the Turkish armies", None), [Some("TURMIL".to_string())]);
    let of = lookup(&dicts, "the foreign minister of Iran", None);
    assert_eq!(of.len(), 1, "{of:?}");
    assert_eq!(of[0].code.as_deref(), Some("IRNGOV"));
    assert!(of[0].rule.starts_with("agent+of+country "));
}

#[test]
fn a_person_plus_agent_uses_the_code_on_the_date() {
    let dicts = dicts();
    assert_eq!(
        codes(&dicts, "Fidan government", Some(ymd(2024, 1, 1))),
        [Some("TURGOVGOV".to_string())]
    );
    assert!(lookup(&dicts, "Fidan government", Some(ymd(2001, 1, 1))).is_empty());
}

#[test]
fn agent_alone_has_no_country() {
    let dicts = dicts();
    let found = lookup(&dicts, "the foreign minister", None);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].code.as_deref(), Some("GOV"));
    assert_eq!(found[0].kind, None);
    assert!(found[0].rule.starts_with("agent agents.toml:"));
}

#[test]
fn unknown_text_resolves_to_nothing() {
    let dicts = dicts();
    assert!(lookup(&dicts, "Atlantis", None).is_empty());
    assert!(lookup(&dicts, "  ", None).is_empty());
    assert!(lookup(&dicts, "Atlantis foreign minister", None).is_empty());
}

#[test]
fn petrarch_entries_resolve_with_their_origin() {
    let mut dicts = Dictionaries::default();
    let actors = "IRAN_ [IRN]\n+IRANIAN_\nAHMADINEJAD_\n\t[IRNGOV 050803-130803]\n\t[IRNELI]\n";
    let mut problems = petrarch::load_text(&mut dicts, petrarch::Kind::Actors, actors, "x.actors.txt");
    problems.extend(petrarch::load_text(
        &mut dicts,
        petrarch::Kind::Agents,
        "FOREIGN_MINISTER [~GOV]\n",
        "x.agents.txt",
    ));
    assert!(problems.is_empty(), "{problems:?}");
    let found = lookup(&dicts, "Ahmadinejad", Some(ymd(2010, 1, 1)));
    assert_eq!(found[0].code.as_deref(), Some("IRNGOV"));
    assert_eq!(found[0].rule, "actor x.actors.txt:3");
    assert_eq!(
        codes(&dicts, "Ahmadinejad", Some(ymd(2014, 1, 1))),
        [Some("IRNELI".to_string())]
    );
    assert_eq!(
        codes(&dicts, "Iranian foreign ministers", None),
        [Some("IRNGOV".to_string())]
    );
}

#[test]
fn overlay_later_wins() {
    let mut base = dicts();
    let mut extra = Dictionaries::default();
    let (actors, _) = petrarch::read_actors("IRAN [XXX]\n", "extra.actors.txt");
    extra.actors = actors;
    base.overlay(extra);
    assert_eq!(codes(&base, "Iran", None), [Some("XXX".to_string())]);
    assert_eq!(
        codes(&base, "Iranian", None),
        [Some("IRN".to_string())],
        "other phrases keep their entry"
    );
}
