//! Parallel coding and the benchmark commands: `dyad code` and `dyad ingest` give the same
//! output, byte for byte and in the same order, whatever `--threads`; `dyad bench corpus` is
//! deterministic by seed; `dyad bench run` reports its figures.

mod common;
use common::{data, dyad};

use std::path::Path;
use std::process::Output;

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "dyad failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn code_output_does_not_depend_on_threads() {
    let samples = data("samples");
    let samples = path(&samples);
    for format in ["jsonl", "csv"] {
        let one = stdout(&dyad(&["code", samples, "--format", format, "--threads", "1"]));
        assert!(one.lines().count() > 20, "{format}: too few events");
        for threads in ["2", "3"] {
            let many = stdout(&dyad(&["code", samples, "--format", format, "--threads", threads]));
            assert!(one == many, "{format}: --threads {threads} differs from --threads 1");
        }
    }
}

#[test]
fn corpus_code_and_ingest_agree_across_threads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    let out = dyad(&[
        "bench",
        "corpus",
        "--articles",
        "120",
        "--seed",
        "5",
        "--format",
        "mixed",
        "--out",
        path(&corpus),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let one = stdout(&dyad(&["code", path(&corpus), "--threads", "1"]));
    let two = stdout(&dyad(&["code", path(&corpus), "--threads", "2"]));
    assert!(one.lines().count() > 120, "too few events: {}", one.lines().count());
    assert!(
        one == two,
        "--threads 2 differs from --threads 1 on the generated corpus"
    );

    // The same store, row for row, from one thread and from two.
    let export = |threads: &str| {
        let db = dir.path().join(format!("t{threads}.db"));
        let out = dyad(&["ingest", path(&corpus), "--db", path(&db), "--threads", threads]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let events = stdout(&dyad(&["export", "--db", path(&db), "--format", "jsonl"]));
        // `added_at` is the wall clock of the batch: the one field allowed to differ.
        events
            .lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).expect("json");
                if let Some(o) = v.as_object_mut() {
                    o.remove("added_at");
                }
                v.to_string()
            })
            .collect::<Vec<_>>()
    };
    let (a, b) = (export("1"), export("2"));
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn corpus_is_deterministic_by_seed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, seed: &str, threads: &str| {
        let out_dir = dir.path().join(name);
        let out = dyad(&[
            "bench",
            "corpus",
            "--articles",
            "60",
            "--seed",
            seed,
            "--format",
            "jsonl",
            "--threads",
            threads,
            "--out",
            path(&out_dir),
        ]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        std::fs::read(out_dir.join("0000/wire.jsonl")).expect("wire.jsonl")
    };
    let a = write("a", "3", "1");
    assert_eq!(a, write("b", "3", "2"));
    assert_ne!(a, write("c", "4", "1"));
    assert_eq!(a.iter().filter(|&&b| b == b'\n').count(), 60);
}

#[test]
fn stats_and_bench_run_report_throughput_and_memory() {
    let out = dyad(&["code", path(&data("samples")), "--stats"]);
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .find(|l| l.starts_with("dyad code: stats:"))
        .expect("a stats line");
    for key in [
        "articles=",
        "articles_per_s=",
        "mb_per_s=",
        "sentences_per_s=",
        "peak_rss_mb=",
    ] {
        assert!(line.contains(key), "{line}");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let corpus = dir.path().join("corpus");
    let out = dyad(&["bench", "corpus", "--articles", "20", "--out", path(&corpus)]);
    assert!(out.status.success());
    let table = stdout(&dyad(&["bench", "run", "--corpus", path(&corpus)]));
    assert!(table.contains("| dyad code | 20 |"), "{table}");
    assert!(table.contains("| dyad ingest | 20 |"), "{table}");
}
