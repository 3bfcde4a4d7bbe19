//! The real bundled dictionaries load with zero errors.

use dyad_dict::{Severity, bundled};

#[test]
fn bundled_set_loads_without_errors() {
    let (dicts, problems) = bundled::load_bundled();
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    let counts = dicts.counts();
    println!("{counts:?}");
    for problem in &problems {
        println!("{problem}");
    }
    assert_eq!(bundled::bundled().counts(), counts, "the shared copy is the same load");
}

/// Every bundled party belongs to a bundled country, its file loads without any problem, and
/// its code follows its status on the date.
#[test]
fn bundled_parties_belong_to_countries_and_follow_their_status() {
    use std::collections::HashSet;

    use chrono::NaiveDate;
    use dyad_dict::model::ActorKind;

    let (dicts, problems) = bundled::load_bundled();
    let in_parties: Vec<String> = problems
        .iter()
        .filter(|p| p.file.ends_with("parties.toml"))
        .map(ToString::to_string)
        .collect();
    assert_eq!(in_parties, Vec::<String>::new());
    let entries = dicts.actors.entries();
    let countries: HashSet<&str> = entries
        .iter()
        .filter(|e| e.kind == ActorKind::Country)
        .filter_map(|e| e.default_code().map(|c| c.code.as_str()))
        .collect();
    let parties: Vec<_> = entries.iter().filter(|e| e.kind == ActorKind::Party).collect();
    assert!(parties.len() > 100, "{} parties", parties.len());
    for party in parties {
        let country = party.notes.country.as_deref().unwrap_or_default();
        assert!(countries.contains(country), "{:?}: country {country}", party.phrases[0]);
    }
    let on = |name: &str, y, m, d| {
        let date = NaiveDate::from_ymd_opt(y, m, d).expect("valid date");
        dicts
            .actors
            .find(name)
            .and_then(|e| e.code_on(date))
            .map(str::to_string)
    };
    assert_eq!(on("georgian dream", 2024, 12, 2).as_deref(), Some("GEOPTY"));
    assert_eq!(on("pis", 2020, 1, 1).as_deref(), Some("POLPTY"));
    assert_eq!(on("pis", 2024, 1, 1).as_deref(), Some("POLOPP"));
    assert_eq!(on("awami league", 2024, 8, 5).as_deref(), Some("BGDPTY"));
    assert_eq!(on("awami league", 2024, 9, 1).as_deref(), Some("BGDOPP"));
}

/// Agent nouns whose sector the gold conventions settle: rioters as protesters, a National
/// Guard's troops as the military, Bangladesh's chief adviser and Israel's security cabinet as
/// the government.
#[test]
fn bundled_agents_code_rioters_guards_and_cabinets() {
    let (dicts, _) = bundled::load_bundled();
    for (term, sector) in [
        ("rioters", "OPP"),
        ("national guard troops", "MIL"),
        ("army command", "MIL"),
        ("chief adviser", "GOV"),
        ("security cabinet", "GOV"),
        ("interior ministry spokesman", "GOV"),
    ] {
        let found = dicts.agents.find(term).map(|a| a.code.as_str());
        assert_eq!(found, Some(sector), "{term}");
    }
}
