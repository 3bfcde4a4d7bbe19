//! `dyad ingest` end to end: idempotence, versions, bad input, schema guard, and a
//! kill-and-rerun test (SIGKILL at several points, then a completing run) that must leave the
//! same database as one clean run.

mod common;
use common::{data, dyad};

use rusqlite::{Connection, OpenFlags};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

fn ingest(inputs: &[&str], db: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["ingest"];
    args.extend_from_slice(inputs);
    args.extend_from_slice(&["--db", path(db)]);
    args.extend_from_slice(extra);
    dyad(&args)
}

fn count(db: &Path, sql: &str) -> i64 {
    let conn = Connection::open(db).expect("open db");
    conn.query_row(sql, [], |r| r.get(0)).expect("count query")
}

/// English paragraphs of the bundled samples: the material generated articles are made of.
fn paragraphs() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["samples/txt", "samples/md"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(data(dir))
            .expect("samples")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            if name.starts_with("es-") || name.starts_with("fr-") {
                continue;
            }
            let text = std::fs::read_to_string(&f).expect("sample text");
            out.extend(
                text.split("\n\n")
                    .map(str::trim)
                    .filter(|p| p.len() > 120 && !p.starts_with('#') && !p.starts_with("Reporting"))
                    .map(str::to_string),
            );
        }
    }
    out
}

/// `n` small articles (a sample paragraph and a closing line of their own), as JSON Lines in
/// several files of `dir`.
fn corpus(dir: &Path, n: usize) {
    let paras = paragraphs();
    assert!(paras.len() > 10, "sample paragraphs: {}", paras.len());
    let outlets = [
        "Meridian News",
        "The Harbour Times",
        "Wire One",
        "Daily Ledger",
        "Global Courier",
    ];
    let mut files = vec![String::new(); 8];
    for i in 0..n {
        let text = format!(
            "{}\n\nThe item is number {i} of the generated corpus.",
            paras[(i * 7 + 3) % paras.len()]
        );
        let line = json!({
            "id": format!("gen-{i:04}"),
            "source": outlets[i % outlets.len()],
            "published": format!("2026-04-{:02}", 1 + i % 28),
            "url": format!("https://gen.example/{i}"),
            "text": text,
        });
        let k = i % files.len();
        files[k].push_str(&format!("{line}\n"));
    }
    for (k, content) in files.iter().enumerate() {
        std::fs::write(dir.join(format!("batch-{k}.jsonl")), content).expect("write corpus");
    }
}

/// When to kill a running ingest.
#[derive(Debug, Clone, Copy)]
enum Kill {
    /// After a share of the clean run's time (start-up, migration, dictionary loading, coding).
    After(Duration),
    /// As soon as the store holds this many committed articles (mid-ingest on any machine).
    AtArticles(i64),
}

/// Starts `dyad ingest`, kills it (SIGKILL) at `when`; returns whether it was still running.
fn ingest_and_kill(corpus: &Path, db: &Path, when: Kill) -> bool {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["ingest", path(corpus), "--db", path(db), "--batch-size", "5"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("dyad runs");
    match when {
        Kill::After(delay) => std::thread::sleep(delay),
        Kill::AtArticles(n) => {
            let deadline = Instant::now() + Duration::from_secs(60);
            while child.try_wait().expect("wait").is_none() && Instant::now() < deadline {
                // A WAL reader sees the last commit without blocking the writer.
                let stored = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
                    .and_then(|c| c.query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0)))
                    .unwrap_or(0);
                if stored >= n {
                    break;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }
    let running = child.try_wait().expect("wait").is_none();
    // Child::kill sends SIGKILL on Unix: no chance to clean up.
    child.kill().expect("kill");
    child.wait().expect("reap");
    running
}

/// Per event: key, mentions, articles, sources.
type EventCounts = Vec<(String, i64, i64, i64)>;

/// Everything that must come out the same however the ingest was interrupted: articles,
/// mentions, events and each event's counts.
fn fingerprint(db: &Path) -> (i64, i64, i64, EventCounts) {
    let conn = Connection::open(db).expect("open db");
    let mut stmt = conn
        .prepare("SELECT key, num_mentions, num_articles, num_sources FROM events ORDER BY key, num_mentions")
        .expect("prepare");
    let events = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .expect("query")
        .collect::<Result<Vec<_>, _>>()
        .expect("rows");
    let articles = conn
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .expect("count");
    let mentions = conn
        .query_row("SELECT count(*) FROM mentions", [], |r| r.get(0))
        .expect("count");
    let n = events.len() as i64;
    (articles, mentions, n, events)
}

#[test]
fn killed_ingests_complete_to_the_clean_result() {
    const ARTICLES: usize = 200;
    let tmp = tempfile::tempdir().expect("tempdir");
    let input = tmp.path().join("corpus");
    std::fs::create_dir(&input).expect("mkdir");
    corpus(&input, ARTICLES);

    let clean = tmp.path().join("clean.db");
    let started = Instant::now();
    let out = ingest(&[path(&input)], &clean, &["--batch-size", "5"]);
    let full = started.elapsed();
    assert!(out.status.success(), "{}", stderr(&out));
    let expected = fingerprint(&clean);
    assert_eq!(expected.0, ARTICLES as i64);
    assert!(expected.2 > 100, "the corpus codes into events: {}", expected.2);

    // Kill points relative to the clean run's time and size: a fixed 200 ms once outlived a
    // whole 200-article ingest, after which every later kill found the store complete. The two
    // kinds kill ingests into stores of their own: a timed kill that comes too late completes
    // its store, and the kills by size after it would find nothing left to interrupt.
    let timed: Vec<Kill> = [10, 4, 2]
        .map(|part| Kill::After((full / part).max(Duration::from_millis(1))))
        .to_vec();
    let n = ARTICLES as i64;
    let sized: Vec<Kill> = [n / 8, 3 * n / 8, 5 * n / 8, 7 * n / 8].map(Kill::AtArticles).to_vec();
    let mut interrupted = 0;
    let mut partial = Vec::new();
    let mut stores = Vec::new();
    for (name, kills) in [("killed-timed.db", timed), ("killed-sized.db", sized)] {
        let db = tmp.path().join(name);
        for kill in kills {
            interrupted += usize::from(ingest_and_kill(&input, &db, kill));
            // Killed before or during the migration, the file may have no tables yet: 0 articles.
            let stored = Connection::open(&db)
                .and_then(|c| c.query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0)))
                .unwrap_or(0);
            partial.push(stored);
        }
        stores.push(db);
    }
    eprintln!("clean run {full:?}; articles after each kill: {partial:?}");
    assert!(interrupted >= 5, "kills landed while running: {interrupted}");
    assert!(
        partial.iter().filter(|&&n| n > 0 && n < ARTICLES as i64).count() >= 3,
        "kills landed mid-ingest: {partial:?}"
    );

    for db in stores {
        let out = ingest(&[path(&input)], &db, &["--batch-size", "5"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let conn = Connection::open(&db).expect("open");
        // Checking the merge index computes its entries: it needs dyad's functions.
        dyad_store::merge_index::register_functions(&conn).expect("functions");
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .expect("integrity_check");
        assert_eq!(check, "ok");
        let duplicates = count(
            &db,
            "SELECT count(*) FROM (SELECT article, record_id FROM mentions GROUP BY 1, 2 HAVING count(*) > 1)",
        );
        assert_eq!(duplicates, 0);
        let distinct = count(&db, "SELECT count(DISTINCT content_hash) FROM articles");
        assert_eq!(distinct, ARTICLES as i64);
        assert_eq!(fingerprint(&db), expected);
    }
}

#[test]
fn samples_twice_add_nothing_the_second_time() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let db = tmp.path().join("s.db");
    let samples = data("samples");
    let first = ingest(&[path(&samples)], &db, &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    let events = count(&db, "SELECT count(*) FROM events");
    let articles = count(&db, "SELECT count(*) FROM articles");
    assert!(events > 50 && articles > 10, "{events} events, {articles} articles");
    assert!(
        stderr(&first).contains(&format!("{articles} new,")),
        "{}",
        stderr(&first)
    );

    let second = ingest(&[path(&samples)], &db, &[]);
    assert!(second.status.success(), "{}", stderr(&second));
    let summary = stderr(&second);
    assert!(
        summary.contains(": 0 new, 0 new versions,") && summary.contains("; 0 events: 0 new, 0 merged"),
        "{summary}"
    );
    assert_eq!(count(&db, "SELECT count(*) FROM events"), events);
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), articles);
}

#[test]
fn a_changed_text_under_the_same_url_is_a_new_version() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let db = tmp.path().join("v.db");
    let write = |name: &str, text: &str| {
        let p = tmp.path().join(name);
        let line = json!({"id": "a1", "url": "https://x.example/a1", "published": "2026-03-03", "text": text});
        std::fs::write(&p, format!("{line}\n")).expect("write");
        p
    };
    let v1 = write(
        "v1.jsonl",
        "Turkish Foreign Minister Hakan Fidan met Chinese President Xi Jinping in Beijing.",
    );
    let v2 = write(
        "v2.jsonl",
        "Turkish Foreign Minister Hakan Fidan met Chinese President Xi Jinping in Beijing. Egypt condemned Israel.",
    );
    assert!(ingest(&[path(&v1)], &db, &[]).status.success());
    let out = ingest(&[path(&v2)], &db, &[]);
    assert!(stderr(&out).contains("0 new, 1 new versions"), "{}", stderr(&out));
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), 2);
    assert_eq!(count(&db, "SELECT max(version) FROM articles WHERE current = 1"), 2);
    // The old version's mentions left their events: each event counts the new version once.
    assert_eq!(count(&db, "SELECT max(num_articles) FROM events"), 1);
    assert_eq!(count(&db, "SELECT count(*) FROM mentions WHERE event IS NULL"), 1);
    let again = ingest(&[path(&v2)], &db, &[]);
    assert!(stderr(&again).contains("1 unchanged"), "{}", stderr(&again));
}

#[test]
fn bad_inputs_are_counted_and_the_rest_stored() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let db = tmp.path().join("b.db");
    let bad = data("tests-data/bad/empty.txt");
    let good = data("samples/md/fidan-lavrov-st-petersburg.md");
    let out = ingest(&[path(&bad), path(&good)], &db, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("empty.txt"), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 failed"), "{}", stderr(&out));
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), 1);
    let usage = dyad(&["ingest", path(&good), "--db", path(&db), "--batch-size", "0"]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn a_newer_or_foreign_database_is_refused_unchanged() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let db = tmp.path().join("n.db");
    let good = data("samples/md/fidan-lavrov-st-petersburg.md");
    assert!(ingest(&[path(&good)], &db, &[]).status.success());
    Connection::open(&db)
        .expect("open")
        .execute_batch("PRAGMA user_version = 99")
        .expect("set version");
    for args in [
        vec!["events", "--db", path(&db)],
        vec!["ingest", path(&good), "--db", path(&db)],
    ] {
        let out = dyad(&args);
        assert_eq!(out.status.code(), Some(1));
        assert!(stderr(&out).contains("schema version 99"), "{}", stderr(&out));
    }
    assert_eq!(count(&db, "PRAGMA user_version"), 99);

    let foreign = tmp.path().join("other.db");
    Connection::open(&foreign)
        .expect("open")
        .execute_batch("CREATE TABLE t (x)")
        .expect("create");
    let out = ingest(&[path(&good)], &foreign, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not a dyad store"), "{}", stderr(&out));
}
