//! The store's read side through the binary, on the bundled samples: `dyad events` filters and
//! formats, `timeline`, `dyads`, `actors`, `export` and `recluster`.

mod common;
use common::{data, dyad};

use serde_json::Value;
use std::path::PathBuf;
use std::process::Output;
use std::sync::OnceLock;

/// The samples, ingested once for every test of this file.
fn db() -> &'static str {
    static DB: OnceLock<String> = OnceLock::new();
    DB.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("query-samples.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        let path = path.to_str().expect("UTF-8 path").to_string();
        let samples = data("samples");
        let out = dyad(&["ingest", samples.to_str().expect("UTF-8 path"), "--db", &path]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        path
    })
}

fn run(args: &[&str]) -> Output {
    let mut all = args.to_vec();
    all.extend(["--db", db()]);
    let out = dyad(&all);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json_lines(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn code(v: &Value, side: &str) -> String {
    v[side]["code"].as_str().unwrap_or_default().to_string()
}

#[test]
fn events_are_records_with_counts() {
    let all = json_lines(&run(&["events"]));
    assert!(all.len() > 50, "{}", all.len());
    for e in &all {
        assert_eq!(e["schema_version"], 1);
        assert!(e["num_mentions"].as_i64().expect("num_mentions") >= 1);
        assert!(e["num_sources"].as_i64().expect("num_sources") >= 1);
        assert_eq!(e["negated"], false, "negated events are left out by default");
    }
    let dated: Vec<&str> = all.iter().filter_map(|e| e["date"].as_str()).collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "sorted by date");
    let with_negated = json_lines(&run(&["events", "--negated"]));
    assert!(with_negated.len() >= all.len());
    assert_eq!(json_lines(&run(&["events", "--limit", "3"])).len(), 3);
}

#[test]
fn filters_select_what_they_name() {
    let chn = json_lines(&run(&["events", "--actor", "chn"]));
    assert!(!chn.is_empty());
    assert!(
        chn.iter()
            .all(|e| code(e, "source").starts_with("CHN") || code(e, "target").starts_with("CHN"))
    );
    let src = json_lines(&run(&["events", "--source", "CHN"]));
    assert!(!src.is_empty() && src.iter().all(|e| code(e, "source").starts_with("CHN")));
    let consult = json_lines(&run(&["events", "--plover", "consult"]));
    assert!(!consult.is_empty() && consult.iter().all(|e| e["plover"]["type"] == "CONSULT"));
    let cameo = json_lines(&run(&["events", "--cameo", "04"]));
    assert!(!cameo.is_empty());
    assert!(
        cameo
            .iter()
            .all(|e| e["cameo"]["code"].as_str().unwrap_or_default().starts_with("04"))
    );
    let april = json_lines(&run(&["events", "--from", "2026-04-20", "--to", "2026-04-27"]));
    assert!(!april.is_empty());
    // An event is in the period when its dates reach into it (a range, week, month or year).
    for e in &april {
        let start = e["date"].as_str().expect("dated");
        let end = match (e["date_range"][1].as_str(), e["date_precision"].as_str()) {
            (Some(end), _) => end.to_string(),
            (None, Some("year")) => format!("{}-12-31", &start[..4]),
            (None, Some("month")) => format!("{}-31", &start[..7]),
            (None, Some("week")) => "9999".to_string(),
            _ => start.to_string(),
        };
        assert!(start <= "2026-04-27" && end.as_str() >= "2026-04-20", "{start}..{end}");
    }
    let text = json_lines(&run(&["events", "--text", "ballistic"]));
    assert!(!text.is_empty());
    assert!(text.iter().all(|e| {
        e["sentence"]
            .as_str()
            .unwrap_or_default()
            .to_lowercase()
            .contains("ballistic")
    }));
    // Query syntax characters are words to look for, never an error.
    run(&["events", "--text", "\"AND (OR* -"]);
    let many = json_lines(&run(&["events", "--min-sources", "2"]));
    assert!(many.iter().all(|e| e["num_sources"].as_i64().unwrap_or_default() >= 2));
}

#[test]
fn mentions_carry_their_evidence() {
    let events = json_lines(&run(&["events", "--mentions", "--limit", "20"]));
    for e in &events {
        let mentions = e["mentions"].as_array().expect("mentions");
        assert_eq!(mentions.len() as i64, e["num_mentions"].as_i64().expect("count"));
        for m in mentions {
            let sentence = m["sentence"].as_str().expect("sentence");
            assert!(!sentence.is_empty());
            assert!(m["verb_span"][1].as_i64() > m["verb_span"][0].as_i64());
        }
    }
}

#[test]
fn csv_and_table_list_the_same_events() {
    let n = json_lines(&run(&["events"])).len();
    let csv = stdout(&run(&["events", "--format", "csv"]));
    let header = csv.lines().next().expect("header");
    assert!(header.starts_with("id,article_id,sentence_index,date,"), "{header}");
    assert!(header.ends_with(",num_mentions,num_articles,num_sources,first_seen,last_seen"));
    let table = stdout(&run(&["events", "--format", "table"]));
    assert!(table.starts_with("date "));
    assert_eq!(table.lines().count(), n + 1);
    // Quoted sentences may span lines in CSV: count records by their id column instead.
    assert!(csv.lines().count() > n);
}

#[test]
fn timeline_dyads_and_actors() {
    let timeline = stdout(&run(&["timeline", "CHN"]));
    assert!(timeline.lines().count() > 2, "{timeline}");
    let weekly = json_lines(&run(&["dyads", "--period", "week", "--format", "jsonl"]));
    assert!(!weekly.is_empty());
    for row in &weekly {
        let period = row["period"].as_str().expect("period");
        let monday = chrono::NaiveDate::parse_from_str(period, "%Y-%m-%d").expect("a date");
        assert_eq!(chrono::Datelike::weekday(&monday), chrono::Weekday::Mon, "{period}");
        let quads: i64 = row["quad_class"]
            .as_array()
            .expect("mix")
            .iter()
            .filter_map(Value::as_i64)
            .sum();
        assert!(quads <= row["events"].as_i64().expect("events"));
    }
    let table = stdout(&run(&["dyads", "--period", "week"]));
    assert!(table.starts_with("period"), "{table}");
    let monthly = json_lines(&run(&["dyads", "--period", "month", "--format", "jsonl"]));
    assert!(monthly.iter().all(|r| r["period"].as_str().map(str::len) == Some(7)));
    let actors = json_lines(&run(&["actors", "--format", "jsonl"]));
    assert!(actors.iter().any(|a| a["code"] == "CHNGOV"));
}

#[test]
fn exports() {
    let n = json_lines(&run(&["events"])).len();
    let gdelt = stdout(&run(&["export", "--format", "gdelt"]));
    assert_eq!(gdelt.lines().count(), n);
    for line in gdelt.lines() {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 61, "{line}");
        assert!(cells[26].chars().all(|c| c.is_ascii_digit()), "EventCode {}", cells[26]);
    }
    let plover = json_lines(&run(&["export", "--format", "plover"]));
    assert!(!plover.is_empty() && plover.len() <= n);
    assert!(plover.iter().all(|e| e["event_type"].is_string()));
    let jsonl = json_lines(&run(&["export", "--format", "jsonl"]));
    assert_eq!(jsonl.len(), n);
    let tmp = tempfile::tempdir().expect("tempdir");
    let file = tmp.path().join("events.csv");
    run(&[
        "export",
        "--format",
        "csv",
        "--output",
        file.to_str().expect("UTF-8 path"),
    ]);
    let csv = std::fs::read_to_string(&file).expect("export file");
    assert!(csv.starts_with("id,article_id,"));
    // Parquet goes to a file (the store's tests read it back column by column).
    let parquet = tmp.path().join("events.parquet");
    let out = run(&[
        "export",
        "--format",
        "parquet",
        "-o",
        parquet.to_str().expect("UTF-8 path"),
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{n} events")));
    let bytes = std::fs::read(&parquet).expect("parquet file");
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
    let usage = dyad(&["export", "--format", "parquet", "--db", db()]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn recluster_keeps_the_mentions() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let copy = tmp.path().join("copy.db");
    let conn = rusqlite::Connection::open(db()).expect("open");
    // The copy builds the merge index again: it needs dyad's functions.
    dyad_store::merge_index::register_functions(&conn).expect("functions");
    conn.execute("VACUUM INTO ?1", [copy.to_str().expect("UTF-8 path")])
        .expect("copy the store");
    let copy = copy.to_str().expect("UTF-8 path");
    let count = |sql: &str| -> i64 {
        rusqlite::Connection::open(copy)
            .expect("open")
            .query_row(sql, [], |r| r.get(0))
            .expect("count")
    };
    let (events, mentions) = (
        count("SELECT count(*) FROM events"),
        count("SELECT count(*) FROM mentions"),
    );
    let out = dyad(&["recluster", "--db", copy, "--window-days", "30"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(count("SELECT count(*) FROM events") <= events);
    assert_eq!(count("SELECT count(*) FROM mentions"), mentions);
    assert_eq!(count("SELECT sum(num_mentions) FROM events"), mentions);
    let out = dyad(&["recluster", "--db", copy, "--window-days", "1"]);
    assert!(out.status.success());
    assert_eq!(count("SELECT count(*) FROM events"), events);
}

#[test]
fn a_missing_store_is_an_error_not_a_new_file() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let missing = tmp.path().join("none.db");
    let out = dyad(&["events", "--db", missing.to_str().expect("UTF-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no store at"));
    assert!(!missing.exists());
}

/// `dyad check`: the integrity check and VACUUM that a plain SQLite client cannot run (the
/// merge index needs dyad's SQL functions), on a store of its own (VACUUM needs the file alone).
#[test]
fn check_verifies_and_vacuums_a_store() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("check-samples.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let path = path.to_str().expect("UTF-8 path");
    let samples = data("samples");
    let out = dyad(&["ingest", samples.to_str().expect("UTF-8 path"), "--db", path]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let events = |path: &str| json_lines(&dyad(&["events", "--db", path])).len();
    let before = events(path);
    let out = dyad(&["check", "--db", path, "--vacuum"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains(": ok, vacuumed"), "{stderr}");
    assert_eq!(events(path), before);
    // A plain connection, without the functions, cannot check the merge index.
    let plain = rusqlite::Connection::open(path).expect("open");
    let checked: Result<String, _> = plain.query_row("PRAGMA integrity_check", [], |r| r.get(0));
    assert!(checked.is_err() || checked.is_ok_and(|s| s != "ok"));
}
