//! End-to-end tests of `dyad read` through the binary: the contract's inputs, metadata, clean
//! text, sentences, bad input, exit status and closed pipes.

mod common;
use common::{data, dyad, dyad_stdin};

use serde_json::Value;
use std::io::Read;
use std::process::{Command, Output, Stdio};

fn articles(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn sentences(article: &Value) -> Vec<String> {
    article["sentences"]
        .as_array()
        .expect("sentences")
        .iter()
        .map(|s| s["text"].as_str().expect("text").to_string())
        .collect()
}

#[test]
fn markdown_dateline_url_and_furniture() {
    let path = data("tests-data/good/dateline_md.md");
    let out = dyad(&["read", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list = articles(&out);
    assert_eq!(list.len(), 1);
    let a = &list[0];
    assert_eq!(a["schema_version"], 1);
    assert_eq!(a["published"], "2026-04-27");
    assert_eq!(a["url"], "https://meridian-news.example/2026/04/27/fidan-lavrov-talks");
    assert_eq!(a["title"], "Fidan meets Lavrov in St. Petersburg");
    for s in sentences(a) {
        for banned in [
            "Photo",
            "https://",
            "Original url",
            "contributed reporting",
            "Share this",
            "Related article",
        ] {
            assert!(!s.contains(banned), "sentence {s:?} contains {banned:?}");
        }
    }
    let text = a["text"].as_str().unwrap();
    assert!(text.contains("Russian Foreign Ministry said"), "link text kept: {text}");
}

#[test]
fn news_sentences_split_right() {
    let out = dyad_stdin(
        &["read", "-"],
        "Fidan met Lavrov in St. Petersburg on Monday.\n\nThe U.S. envoy arrived. He left.\n",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list = articles(&out);
    assert_eq!(
        sentences(&list[0]),
        vec![
            "Fidan met Lavrov in St. Petersburg on Monday.",
            "The U.S. envoy arrived.",
            "He left."
        ]
    );
}

#[test]
fn spans_index_the_clean_text() {
    let out = dyad(&["read", data("samples").to_str().unwrap()]);
    let list = articles(&out);
    assert!(list.len() >= 12, "bundled samples read: {}", list.len());
    for a in &list {
        let text = a["text"].as_str().unwrap();
        for s in a["sentences"].as_array().unwrap() {
            let (start, end) = (
                s["span"][0].as_u64().unwrap() as usize,
                s["span"][1].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], s["text"].as_str().unwrap());
        }
    }
}

#[test]
fn offsets_point_into_the_original_file() {
    let out = dyad(&["read", "--offsets", data("samples").to_str().unwrap()]);
    let (mut checked, mut exact) = (0, 0);
    for a in articles(&out) {
        let path = a["origin"]["path"].as_str().unwrap();
        let file = std::fs::read(path).unwrap();
        let text = a["text"].as_str().unwrap();
        let pieces: Vec<(usize, usize)> = a["offsets"]["pieces"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_u64().unwrap() as usize, p[1].as_u64().unwrap() as usize))
            .collect();
        for s in a["sentences"].as_array().unwrap() {
            let start = s["span"][0].as_u64().unwrap() as usize;
            let word: String = text[start..].chars().take_while(|c| c.is_alphanumeric()).collect();
            if word.len() < 3 {
                continue;
            }
            let piece = pieces.iter().rev().find(|(c, _)| *c <= start).unwrap();
            let at = piece.1 + (start - piece.0);
            checked += 1;
            if file[at..].starts_with(word.as_bytes()) {
                exact += 1;
            }
        }
    }
    assert!(checked > 100, "checked {checked}");
    assert!(
        exact * 100 >= checked * 98,
        "{exact} of {checked} sentence starts map to the same word in the file"
    );
}

#[test]
fn bad_inputs_are_named_and_the_rest_is_read() {
    let dir = std::env::temp_dir().join(format!("dyad-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A 200 MB file costs nothing on disk as a sparse file; it must be refused, not read.
    let huge = dir.join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    let bad = |name: &str| data("tests-data/bad").join(name).to_str().unwrap().to_string();
    let good = data("tests-data/good/dateline_md.md").to_str().unwrap().to_string();
    let missing = dir.join("missing.txt").to_str().unwrap().to_string();
    let inputs = [
        missing.clone(),
        bad("no-articles"),
        bad("invalid-utf8.txt"),
        bad("empty.txt"),
        bad("binary.txt"),
        huge.to_str().unwrap().to_string(),
        bad("malformed.jsonl"),
        bad("malformed.html"),
        bad("malformed.xml"),
        bad("bomb.xml"),
        good,
    ];
    let mut args = vec!["read"];
    args.extend(inputs.iter().map(String::as_str));
    let out = dyad(&args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let expect = [
        ("error", "missing.txt", "no such file"),
        ("error", "no-articles", "no articles found"),
        ("warning", "invalid-utf8.txt", "invalid UTF-8"),
        ("error", "empty.txt", "empty"),
        ("error", "binary.txt", "binary"),
        ("error", "huge.txt", "limit"),
        ("error", "malformed.jsonl:2", "malformed JSON"),
        ("warning", "malformed.html", "malformed HTML"),
        ("error", "malformed.xml", "malformed feed"),
        ("error", "bomb.xml", "entities"),
    ];
    for (kind, name, what) in expect {
        let lines: Vec<&str> = stderr.lines().filter(|l| l.contains(name)).collect();
        assert_eq!(lines.len(), 1, "one message for {name}: {stderr}");
        assert!(
            lines[0].starts_with(kind) && lines[0].contains(what),
            "{name}: {}",
            lines[0]
        );
    }
    let titles: Vec<String> = articles(&out)
        .iter()
        .map(|a| a["title"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        titles.iter().any(|t| t.contains("Fidan meets Lavrov")),
        "good article still read: {titles:?}"
    );
    assert!(
        articles(&out).len() >= 4,
        "jsonl's good lines, the html and the utf-8 article are still read"
    );
    let summary = stderr.lines().last().unwrap();
    assert!(
        summary.starts_with("dyad read:") && summary.contains("failed"),
        "{summary}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn closed_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["read", data("samples").to_str().unwrap()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked") && !stderr.contains("error"), "{stderr}");
}

#[test]
fn version_names_dyad() {
    let out = dyad(&["--version"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with(concat!("dyad ", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        dyad(&["read", "--published", "yesterday", "x.txt"]).status.code(),
        Some(2)
    );
    assert_eq!(dyad(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn published_flag_is_the_fallback_never_today() {
    let out = dyad_stdin(&["read"], "Iran and Oman held talks in Muscat.\n");
    assert_eq!(articles(&out)[0]["published"], Value::Null);
    let out = dyad_stdin(
        &["read", "--published", "2026-03-03"],
        "Iran and Oman held talks in Muscat.\n",
    );
    assert_eq!(articles(&out)[0]["published"], "2026-03-03");
}
