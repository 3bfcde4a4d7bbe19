//! End-to-end tests of `dyad code` through the binary: the event record contract, spans into
//! the clean text, stable ids, negation, output formats, bad inputs and `--require-dyad`.

mod common;
use common::{data, dyad, dyad_stdin};

use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::process::Output;

const MEETING: &str = "Turkish Foreign Minister Hakan Fidan met Chinese President Xi Jinping in Beijing on Monday.";
const NOT_CONDEMNED: &str = "Egypt did not condemn the attack.";

fn samples() -> String {
    data("samples").to_str().expect("UTF-8 path").to_string()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// Events of a successful run.
fn events(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "dyad code failed: {}", stderr(out));
    json_lines(out)
}

/// `dyad read` of the same input: articles by id.
fn articles_by_id(out: &Output) -> HashMap<String, Value> {
    assert!(out.status.success(), "dyad read failed: {}", stderr(out));
    json_lines(out)
        .into_iter()
        .map(|a| (a["id"].as_str().expect("article id").to_string(), a))
        .collect()
}

fn span(value: &Value) -> (usize, usize) {
    let pair = value.as_array().expect("a span is an array");
    assert_eq!(pair.len(), 2, "a span has two ends: {value}");
    let end = |v: &Value| v.as_u64().expect("span ends are integers") as usize;
    (end(&pair[0]), end(&pair[1]))
}

/// The text a span covers, asserting it is a valid char-boundary range of `text`.
fn slice<'a>(text: &'a str, value: &Value) -> &'a str {
    let (start, end) = span(value);
    assert!(
        start <= end && end <= text.len(),
        "span {value} outside a text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "span {value} not on character boundaries"
    );
    &text[start..end]
}

fn str_at<'a>(v: &'a Value, pointer: &str) -> Option<&'a str> {
    v.pointer(pointer).and_then(Value::as_str)
}

#[test]
fn meeting_is_consult_between_governments() {
    let args = ["code", "--published", "2026-04-27", "-"];
    let list = events(&dyad_stdin(&args, MEETING));
    let read = articles_by_id(&dyad_stdin(&["read", "--published", "2026-04-27", "-"], MEETING));
    let meeting = list
        .iter()
        .find(|e| {
            str_at(e, "/cameo/root") == Some("04")
                && str_at(e, "/plover/type") == Some("CONSULT")
                && str_at(e, "/source/code") == Some("TURGOV")
                && str_at(e, "/target/code") == Some("CHNGOV")
        })
        .unwrap_or_else(|| panic!("no TURGOV → CHNGOV consult among {list:#?}"));
    let article = &read[meeting["article_id"].as_str().expect("article_id")];
    let text = article["text"].as_str().expect("text");
    assert!(slice(text, &meeting["source"]["span"]).contains("Hakan Fidan"));
    assert!(slice(text, &meeting["target"]["span"]).contains("Xi Jinping"));
    assert_eq!(meeting["verb"]["text"], "met");
    assert_eq!(slice(text, &meeting["verb"]["span"]), "met");
    assert_eq!(meeting["negated"], false);
    assert_eq!(meeting["date"], "2026-04-27");
    assert_eq!(meeting["source"]["country"], "TUR");
    assert_eq!(meeting["target"]["country"], "CHN");
}

#[test]
fn negated_condemnation_is_marked_negated() {
    let out = dyad_stdin(&["code", "-"], NOT_CONDEMNED);
    for e in events(&out) {
        let condemn =
            str_at(&e, "/plover/type") == Some("ACCUSE") || matches!(str_at(&e, "/cameo/root"), Some("11" | "12"));
        assert!(
            !condemn || e["negated"] == true,
            "\"did not condemn\" coded as an affirmative event: {e:#}"
        );
    }
    let skipped = events(&dyad_stdin(&["code", "--skip-negated", "-"], NOT_CONDEMNED));
    assert!(skipped.iter().all(|e| e["negated"] == false), "{skipped:#?}");
}

const KEYS: [&str; 19] = [
    "id",
    "article_id",
    "sentence_index",
    "sentence",
    "schema_version",
    "date",
    "date_precision",
    "date_range",
    "source",
    "target",
    "cameo",
    "plover",
    "location",
    "verb",
    "negated",
    "attribution",
    "participants",
    "mediators",
    "rule",
];

fn check_actor(actor: &Value, text: &str, what: &str) {
    if actor.is_null() {
        return;
    }
    for key in ["text", "code", "country", "entity", "span"] {
        assert!(actor.get(key).is_some(), "{what} lacks {key:?}: {actor}");
    }
    let covered = slice(text, &actor["span"]);
    assert_eq!(actor["text"].as_str(), Some(covered), "{what} text is its span");
}

/// Every key of the contract is present and every span is valid in the article's clean text.
fn check_records(list: &[Value], articles: &HashMap<String, Value>) {
    for e in list {
        for key in KEYS {
            assert!(e.get(key).is_some(), "record lacks {key:?}: {e}");
        }
        for key in ["reported_by", "hedged", "disputed", "disputed_by"] {
            assert!(e["attribution"].get(key).is_some(), "attribution lacks {key:?}: {e}");
        }
        for key in ["code", "root", "goldstein", "quad_class"] {
            assert!(e["cameo"].get(key).is_some(), "cameo lacks {key:?}: {e}");
        }
        if !e["plover"].is_null() {
            for key in ["type", "mode", "context"] {
                assert!(e["plover"].get(key).is_some(), "plover lacks {key:?}: {e}");
            }
        }
        assert_eq!(e["schema_version"], 1);
        assert!(e["negated"].is_boolean());
        assert!(e["participants"].is_array() && e["mediators"].is_array());
        assert!(e["attribution"]["disputed_by"].is_array());
        assert!(!e["id"].as_str().expect("id is a string").is_empty());
        let article_id = e["article_id"].as_str().expect("article_id is a string");
        let article = articles
            .get(article_id)
            .unwrap_or_else(|| panic!("{article_id} is not an article of `dyad read`"));
        let text = article["text"].as_str().expect("text");
        let index = e["sentence_index"].as_u64().expect("sentence_index") as usize;
        let sentence = &article["sentences"][index];
        assert_eq!(e["sentence"], sentence["text"], "sentence {index} of {article_id}");
        let (start, end) = span(&sentence["span"]);
        let (verb_start, verb_end) = span(&e["verb"]["span"]);
        assert!(start <= verb_start && verb_end <= end, "verb outside its sentence: {e}");
        assert_eq!(e["verb"]["text"].as_str(), Some(slice(text, &e["verb"]["span"])));
        check_actor(&e["source"], text, "source");
        check_actor(&e["target"], text, "target");
        for (list, what) in [(&e["participants"], "participant"), (&e["mediators"], "mediator")] {
            for actor in list.as_array().expect("a list") {
                check_actor(actor, text, what);
            }
        }
    }
}

#[test]
fn records_carry_every_key_and_valid_spans() {
    let list = events(&dyad_stdin(&["code", "--published", "2026-04-27", "-"], MEETING));
    let articles = articles_by_id(&dyad_stdin(&["read", "--published", "2026-04-27", "-"], MEETING));
    assert!(!list.is_empty());
    check_records(&list, &articles);

    let list = events(&dyad(&["code", &samples()]));
    let articles = articles_by_id(&dyad(&["read", &samples()]));
    check_records(&list, &articles);
}

#[test]
fn ids_are_stable_and_unique() {
    let ids = |out: &Output| -> Vec<String> {
        events(out)
            .iter()
            .map(|e| e["id"].as_str().expect("id").to_string())
            .collect()
    };
    let first = ids(&dyad(&["code", &samples()]));
    let second = ids(&dyad(&["code", &samples()]));
    assert_eq!(first, second);
    let distinct: HashSet<&String> = first.iter().collect();
    assert_eq!(distinct.len(), first.len(), "event ids repeat");
    let once = ids(&dyad_stdin(&["code", "-"], MEETING));
    assert_eq!(once, ids(&dyad_stdin(&["code", "-"], MEETING)));
}

#[test]
fn samples_are_coded() {
    let out = dyad(&["code", &samples()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let list = json_lines(&out);
    assert!(list.len() >= 10, "only {} events from the samples", list.len());
    assert!(stderr(&out).contains("dyad code:"), "summary line: {}", stderr(&out));
}

/// Fields of an RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => {
                assert!(field.is_empty(), "quote inside an unquoted field");
                quoted = true;
            }
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted field");
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[test]
fn csv_and_table_formats() {
    let jsonl = events(&dyad(&["code", &samples()]));
    let out = dyad(&["code", "--format", "csv", &samples()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = parse_csv(&String::from_utf8(out.stdout).expect("UTF-8 CSV"));
    let header = &rows[0];
    assert_eq!(header.len(), 20, "{header:?}");
    assert_eq!(&header[..3], ["id", "article_id", "sentence_index"]);
    assert_eq!(header.last().map(String::as_str), Some("sentence"));
    for row in &rows[1..] {
        assert_eq!(row.len(), header.len(), "{row:?}");
    }
    assert_eq!(rows.len() - 1, jsonl.len(), "one row per event");
    let column = |name: &str| header.iter().position(|h| h == name).expect("column");
    for (row, event) in rows[1..].iter().zip(&jsonl) {
        assert_eq!(row[column("id")], event["id"].as_str().expect("id"));
        assert_eq!(row[column("sentence")], event["sentence"].as_str().expect("sentence"));
        assert_eq!(row[column("negated")], event["negated"].to_string());
    }

    let out = dyad(&["code", "--format", "table", &samples()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = String::from_utf8(out.stdout).expect("UTF-8 table");
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("date"), "{table}");
    assert_eq!(lines.len() - 1, jsonl.len(), "one line per event");
    assert!(lines.iter().all(|l| l.chars().count() <= 170), "{table}");
}

#[test]
fn missing_file_is_named_and_the_rest_coded() {
    let missing = data("tests-data/no-such-article.txt");
    let good = data("samples/md/fidan-lavrov-st-petersburg.md");
    let out = dyad(&["code", missing.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("no-such-article.txt"), "{err}");
    assert!(err.contains("1 articles"), "{err}");
    let list = json_lines(&out);
    assert!(!list.is_empty(), "the good file is coded: {err}");
    let ids: HashSet<&str> = list.iter().map(|e| e["article_id"].as_str().expect("id")).collect();
    assert_eq!(ids.len(), 1, "every event is from the one good article");
}

#[test]
fn require_dyad_keeps_coded_dyads_only() {
    let all = events(&dyad(&["code", &samples()]));
    let dyads = events(&dyad(&["code", "--require-dyad", &samples()]));
    assert!(!dyads.is_empty());
    for e in &dyads {
        for side in ["source", "target"] {
            assert!(
                e[side]["code"].is_string(),
                "{side} not coded under --require-dyad: {e}"
            );
        }
    }
    let all_ids: HashSet<&str> = all.iter().map(|e| e["id"].as_str().expect("id")).collect();
    for e in &dyads {
        assert!(
            all_ids.contains(e["id"].as_str().expect("id")),
            "{e} not found without --require-dyad"
        );
    }
    let single = events(&dyad_stdin(&["code", "--require-dyad", "-"], NOT_CONDEMNED));
    assert!(single.iter().all(|e| !e["target"].is_null() && !e["source"].is_null()));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(dyad(&["code", "--format", "xml", &samples()]).status.code(), Some(2));
    assert_eq!(
        dyad(&["code", "--published", "27/04/2026", &samples()]).status.code(),
        Some(2)
    );
    let out = dyad(&["code", "--dictionaries", "/no/such/dictionaries", &samples()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("/no/such/dictionaries"), "{}", stderr(&out));
}
