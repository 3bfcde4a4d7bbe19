//! PETRARCH's own unit-test records in ../shared/reference read completely, and the
//! dictionaries their environment names load without errors.

use std::path::{Path, PathBuf};

use dyad_dict::Severity;
use dyad_eval::petrarch::{Expected, Triple, load_dictionaries, read_records, score};

fn records_file() -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference/petrarch2/validate/PETR.UnitTest.records.xml");
    if path.is_file() {
        Some(path)
    } else {
        println!("skipped: ../shared/reference not present");
        None
    }
}

#[test]
fn unit_test_records_read_completely() {
    let Some(path) = records_file() else { return };
    let (env, records, warnings) = read_records(&path).expect("records file reads");

    assert_eq!(records.len(), 284);
    assert_eq!(records.iter().filter(|r| r.active).count(), 279);
    // The only oddities: two ids used twice, and PATTERN-06 has no <EventCoding> (so it
    // expects no events).
    let expected = [
        ":2249: record AGENTS-18: id used before",
        ":2283: record AGENTS-19: id used before",
        ":7046: record PATTERN-06: no <EventCoding>; expecting no events",
    ];
    assert_eq!(warnings.len(), expected.len(), "{warnings:#?}");
    for (warning, expected) in warnings.iter().zip(expected) {
        assert!(warning.ends_with(expected), "{warning}");
    }

    let first = &records[0];
    assert_eq!((first.id.as_str(), first.category.as_str()), ("DEMO-00", "DEMO"));
    assert_eq!(first.expected, Expected::Events(vec![Triple::new("ARN", "GON", "064")]));
    assert!(
        first
            .text
            .starts_with("Arnor is about to restore full diplomatic ties with Gondor almost five")
    );
    assert!(first.parse.as_deref().is_some_and(|p| p.starts_with("(ROOT")));
    let last = records.last().expect("records");
    assert_eq!(last.id, "FINAL-RECORD");
    assert_eq!(last.expected, Expected::NoEvents);

    let noevents = records.iter().filter(|r| r.expected == Expected::NoEvents).count();
    let errors = records
        .iter()
        .filter(|r| matches!(r.expected, Expected::Error(_)))
        .count();
    assert_eq!((noevents, errors), (20, 7));
    let quoted = records.iter().find(|r| r.id == "DEMO-22").expect("DEMO-22");
    assert!(matches!(&quoted.expected, Expected::Events(t) if t.iter().any(|t| t.source == "\"INJURY TOLL\"")));
    assert_eq!(quoted.config.get("new_actor_length").map(String::as_str), Some("4"));
    assert!(records.iter().any(|r| r.text.contains("&TIETYPE")));
    assert!(records.iter().all(|r| r.date.is_some() && !r.text.is_empty()));

    let dictionaries = [&env.verbs, &env.actors, &env.agents, &env.discards];
    for path in dictionaries {
        let path = path.as_ref().expect("the environment names all four dictionaries");
        assert!(path.is_file(), "{}", path.display());
    }
    assert_eq!(env.include.first().map(String::as_str), Some("valid"));

    let (dicts, problems) = load_dictionaries(&env).expect("dictionaries load");
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    let counts = dicts.counts();
    assert!(
        counts.actors > 0 && counts.agents > 0 && counts.verbs > 0 && counts.discards > 0,
        "{counts:?}"
    );

    // A coder that returns exactly what is expected passes every active record.
    let report = score(&records, |r| match &r.expected {
        Expected::Events(triples) => triples.clone(),
        _ => Vec::new(),
    });
    assert_eq!((report.passed, report.total), (279, 279));
    assert_eq!(report.to_string().lines().last(), Some("overall: 279/279 (100.0%)"));
}
