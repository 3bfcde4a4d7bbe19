use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

/// A comment-laden file in PETRARCH's style, with its quirks.
const RECORDS: &str = r#"<Validation>
<!--
# header comment with <Tags> and -- dashes
-->
<Environment>
    <Verbfile>dicts/verbs.txt</Verbfile>
    <Actorfile>actors.txt</Actorfile>
    <Agentfile></Agentfile>
    <Errorfile>Errors.txt</Errorfile>
    <Include>valid DEMO ERROR</Include>
    <Config option="Stop_On_Error" value="True"></Config>
</Environment>
<Sentences>
<!--Stop></Stop-->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- Simple coding: the `first light'/"Hello World!" record -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore   full diplomatic ties
with Gondor &amp; Rohan.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) (. .)))
</Parse>
</Sentence>
<Config option="new_actor_length" value="4"></Config>
<Sentence date = "19950112" id ="DEMO-22"  category="DEMO" sentence="true">
<EventCoding sourcecode="ERI" targetcode="OSG" eventcode="223"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
<Text>Eriador's death and injury toll has risen.</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-04" category="DEMO" sentence="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Inactive.</Text>
</Sentence>
<Sentence date="20080801" id="ERROR-01" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- Cordova Mayor filed a suit.</Text>
</Sentence>
<Sentence date="19950101" id="BAD-01" category="ERROR" sentence="true">
<EventCoding sourcecode="ARN" eventcode="064"></EventCoding>
<Text>Missing target.</Text>
</Sentence>
<Sentence date="1995-13-45" id="BAD-02" category="ERROR" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Bad date.</Text>
</Sentence>
<Sentence date="19920102" id="PATTERN-06" category="PATTERN" sentence="true">
<Text>Gollum was in an accord.</Text>
</Sentence>
</Sentences>
</Validation>
"#;

/// Writes `text` to a fresh file under the system temp directory and returns its path.
fn temp_file(name: &str, text: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("dyad-eval-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

fn read(text: &str) -> (PathBuf, Environment, Vec<Record>, Vec<String>) {
    let path = temp_file("records.xml", text);
    let (env, records, warnings) = read_records(&path).expect("reads");
    (path, env, records, warnings)
}

fn by_id<'a>(records: &'a [Record], id: &str) -> &'a Record {
    records.iter().find(|r| r.id == id).expect("record present")
}

#[test]
fn environment_paths_are_relative_to_the_file() {
    let (path, env, _, _) = read(RECORDS);
    let dir = path.parent().expect("has a parent");
    assert_eq!(env.verbs, Some(dir.join("dicts/verbs.txt")));
    assert_eq!(env.actors, Some(dir.join("actors.txt")));
    assert_eq!(env.agents, None);
    assert_eq!(env.discards, None);
    assert_eq!(env.include, ["valid", "DEMO", "ERROR"]);
    assert_eq!(env.config.get("stop_on_error").map(String::as_str), Some("True"));
}

#[test]
fn records_are_read_with_their_quirks() {
    let (_, _, records, warnings) = read(RECORDS);
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["DEMO-00", "DEMO-22", "DEMO-04", "ERROR-01", "PATTERN-06"]);

    let demo = by_id(&records, "DEMO-00");
    assert_eq!(demo.category, "DEMO");
    assert_eq!(demo.date, NaiveDate::from_ymd_opt(1995, 1, 1));
    assert!(demo.active);
    assert_eq!(
        demo.text,
        "Arnor is about to restore full diplomatic ties with Gondor & Rohan."
    );
    assert_eq!(demo.parse.as_deref(), Some("(ROOT (S (NP (NNP Arnor)) (. .)))"));
    assert_eq!(demo.expected, Expected::Events(vec![Triple::new("ARN", "GON", "064")]));
    assert_eq!(demo.line, 15);
    assert!(!demo.config.contains_key("new_actor_length"));

    let quoted = by_id(&records, "DEMO-22");
    assert_eq!(quoted.date, NaiveDate::from_ymd_opt(1995, 1, 12));
    assert_eq!(
        quoted.expected,
        Expected::Events(vec![
            Triple::new("ERI", "OSG", "223"),
            Triple::new("\"INJURY TOLL\"", "OSG", "223"),
        ])
    );
    assert_eq!(quoted.parse, None);
    assert_eq!(quoted.config.get("new_actor_length").map(String::as_str), Some("4"));
    assert_eq!(quoted.config.get("stop_on_error").map(String::as_str), Some("True"));

    let inactive = by_id(&records, "DEMO-04");
    assert!(!inactive.active);
    assert_eq!(inactive.expected, Expected::NoEvents);
    assert_eq!(by_id(&records, "ERROR-01").expected, Expected::Error("dateline".into()));
    assert_eq!(by_id(&records, "PATTERN-06").expected, Expected::NoEvents);

    // Two records skipped, one oddity noted; each warning names file and line.
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    assert!(
        warnings[0].contains("records.xml:40: record BAD-01 skipped"),
        "{warnings:#?}"
    );
    assert!(
        warnings[1].contains(":44: record BAD-02 skipped: date"),
        "{warnings:#?}"
    );
    assert!(
        warnings[2].contains(":48: record PATTERN-06: no <EventCoding>"),
        "{warnings:#?}"
    );
}

#[test]
fn stop_ends_the_file() {
    let text = RECORDS.replace("<!--Stop></Stop-->", "").replace(
        "<Config option=\"new_actor_length\"",
        "<Stop></Stop>\n<Config option=\"new_actor_length\"",
    );
    let (_, _, records, warnings) = read(&text);
    assert_eq!(records.len(), 1);
    assert!(warnings.iter().any(|w| w.contains("<Stop>")), "{warnings:?}");
}

#[test]
fn malformed_records_do_not_stop_the_file_but_bad_xml_does() {
    let text = r#"<Validation><Sentences>
<Sentence id="A" category="X"><EventCoding noevents="True"/><EventCoding error="e"/><Text>a</Text></Sentence>
<Sentence id="B" category="X" sentence="maybe"><Text>b</Text></Sentence>
<Sentence category="X"><Text>c</Text></Sentence>
<Sentence id="D" category="X"><EventCoding noevents="True"/></Sentence>
<Sentence id="E" category="X" id="E2"><Text>e</Text></Sentence>
<Sentence id="F" category="X"><Text>f</Text><Text>g</Text></Sentence>
<Sentence id="G" category="X"><EventCoding noevents="True"/><Text>AT&T said so</Text></Sentence>
</Sentences></Validation>"#;
    let (_, _, records, warnings) = read(text);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].text, "AT&T said so");
    assert_eq!(warnings.len(), 6, "{warnings:#?}");
    for (warning, line) in warnings.iter().zip(2..) {
        assert!(warning.contains(&format!(":{line}: record")), "{warning}");
    }

    let path = temp_file(
        "broken.xml",
        "<Validation>\n<Sentences>\n<Sentence id=\"A\">\n</Sentences>\n",
    );
    let err = read_records(&path).expect_err("not well-formed");
    let message = err.to_string();
    assert!(message.contains("broken.xml:4:"), "{message}");

    let missing = read_records(Path::new("/nonexistent/records.xml")).expect_err("missing");
    assert!(missing.to_string().contains("/nonexistent/records.xml"), "{missing}");
}

#[test]
fn load_dictionaries_reads_only_the_named_files() {
    let verbs = temp_file("verbs.txt", "");
    let env = Environment {
        actors: Some(temp_file("actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n")),
        ..Environment::default()
    };
    let (dicts, problems) = load_dictionaries(&env).expect("loads");
    assert!(problems.is_empty(), "{problems:?}");
    assert!(dicts.actors.find("Arnor").is_some());
    assert_eq!(dicts.counts().verbs, 0);

    let missing = Environment {
        verbs: Some(verbs.with_file_name("no-such-verbs.txt")),
        ..Environment::default()
    };
    let err = load_dictionaries(&missing).expect_err("missing file");
    assert!(err.to_string().contains("no-such-verbs.txt"), "{err}");
}

fn record(id: &str, category: &str, expected: Expected) -> Record {
    Record {
        id: id.into(),
        category: category.into(),
        date: None,
        active: true,
        text: format!("text of {id}"),
        parse: None,
        expected,
        line: 1,
        config: BTreeMap::new(),
    }
}

#[test]
fn scoring_compares_sets_and_survives_crashes() {
    let arn_gon = Triple::new("ARN", "GON", "064");
    let gon_arn = Triple::new("GON", "ARN", "064");
    let mut inactive = record("OFF", "DEMO", Expected::NoEvents);
    inactive.active = false;
    let records = vec![
        record("A", "DEMO", Expected::Events(vec![arn_gon.clone(), gon_arn.clone()])),
        record("B", "DEMO", Expected::Events(vec![arn_gon.clone()])),
        record("C", "ERROR", Expected::Error("dateline".into())),
        record("D", "ERROR", Expected::NoEvents),
        record("E", "DEMO", Expected::Events(vec![arn_gon.clone()])),
        inactive,
    ];
    let report = score(&records, |r| match r.id.as_str() {
        // Order and duplicates do not matter.
        "A" => vec![gon_arn.clone(), arn_gon.clone(), gon_arn.clone()],
        "B" => vec![arn_gon.clone(), gon_arn.clone()],
        "C" => vec![],
        "D" => vec![arn_gon.clone()],
        "E" => panic!("coder bug"),
        _ => unreachable!("inactive records are not coded"),
    });
    assert_eq!((report.passed, report.total), (2, 5));
    let categories: Vec<_> = report
        .categories
        .iter()
        .map(|c| (c.category.as_str(), c.passed, c.total))
        .collect();
    assert_eq!(categories, [("DEMO", 1, 3), ("ERROR", 1, 2)]);

    let failed: Vec<(&str, &str)> = report
        .failures
        .iter()
        .map(|f| (f.id.as_str(), f.reason.as_str()))
        .collect();
    assert_eq!(failed, [("B", "mismatch"), ("D", "mismatch"), ("E", "crash")]);
    let b = &report.failures[0];
    assert_eq!(b.extra, std::slice::from_ref(&gon_arn));
    assert!(b.missing.is_empty());
    assert_eq!(report.failures[1].extra, std::slice::from_ref(&arn_gon));
    let e = &report.failures[2];
    assert_eq!(e.panic.as_deref(), Some("coder bug"));
    assert_eq!(e.missing, std::slice::from_ref(&arn_gon));

    let shown = report.to_string();
    let last = shown.lines().last().expect("lines");
    assert_eq!(last, "overall: 2/5 (40.0%)");
    assert!(shown.starts_with("category"), "{shown}");
    assert!(shown.contains("\nDEMO               1/3    33.3%\n"), "{shown}");

    let verbose = report.failures_text();
    assert!(verbose.contains("E [DEMO] line 1: crash: coder bug"), "{verbose}");
    assert!(verbose.contains("  extra:    GON ARN 064"), "{verbose}");
}

#[test]
fn empty_report() {
    let report = score(&[], |_| Vec::new());
    assert_eq!(report.to_string().lines().last(), Some("overall: 0/0 (0.0%)"));
}

#[test]
fn triples_display_and_order() {
    let mut triples = [Triple::new("B", "A", "01"), Triple::new("A", "B", "02")];
    triples.sort();
    assert_eq!(triples[0].to_string(), "A B 02");
    assert_eq!(
        Expected::Error("dateline".into()).to_string(),
        "error dateline (no events)"
    );
}
