//! Deduplication measured on the project's cluster set (`tests-data/clusters`): several outlets
//! report the same events, with near-misses. Every stored mention that matches a gold event of
//! its article (source and target code prefixes, CAMEO root) takes that event's cluster label;
//! over all pairs of labelled mentions, precision is the share of merged pairs that belong
//! together and recall the share of pairs that belong together that were merged.

mod common;
use common::{data, dyad};

use rusqlite::Connection;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// Gold events per article: (source prefix, target prefix, CAMEO root, cluster).
fn gold() -> HashMap<String, Vec<(String, String, String, String)>> {
    let text = std::fs::read_to_string(data("tests-data/clusters/gold.jsonl")).expect("gold file");
    let mut out = HashMap::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).expect("gold line is JSON");
        let id = v["id"].as_str().expect("id").to_string();
        let events = v["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| {
                let s = |k: &str| e[k].as_str().expect("gold field").to_string();
                (s("source"), s("target"), s("root"), s("cluster"))
            })
            .collect();
        out.insert(id, events);
    }
    out
}

/// (gold cluster, stored event) of every labelled mention in the store.
fn labelled(db: &Path) -> Vec<(String, i64)> {
    let gold = gold();
    let conn = Connection::open(db).expect("open db");
    let mut stmt = conn
        .prepare(
            "SELECT a.article_id, m.source_code, m.target_code, m.cameo_root, m.event FROM mentions m \
             JOIN articles a ON a.article = m.article WHERE m.event IS NOT NULL",
        )
        .expect("prepare");
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
            ))
        })
        .expect("query")
        .collect::<Result<Vec<_>, _>>()
        .expect("rows");
    rows.into_iter()
        .filter_map(|(article, source, target, root, event)| {
            let (source, target) = (source?, target?);
            gold.get(&article)?
                .iter()
                .find(|(s, t, r, _)| source.starts_with(s.as_str()) && target.starts_with(t.as_str()) && *r == root)
                .map(|(_, _, _, cluster)| (cluster.clone(), event))
        })
        .collect()
}

/// Pairwise merge precision and recall.
fn pairwise(mentions: &[(String, i64)]) -> (f64, f64, usize, usize) {
    let (mut merged, mut together, mut both) = (0usize, 0usize, 0usize);
    for (i, (gold_a, event_a)) in mentions.iter().enumerate() {
        for (gold_b, event_b) in &mentions[i + 1..] {
            let same_event = event_a == event_b;
            let same_gold = gold_a == gold_b;
            merged += usize::from(same_event);
            together += usize::from(same_gold);
            both += usize::from(same_event && same_gold);
        }
    }
    let ratio = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
    (ratio(both, merged), ratio(both, together), merged, together)
}

#[test]
fn merges_on_the_cluster_set() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let db = tmp.path().join("clusters.db");
    let db_arg = db.to_str().expect("UTF-8 path");
    let articles = data("tests-data/clusters/articles.jsonl");
    let out = dyad(&["ingest", articles.to_str().expect("UTF-8 path"), "--db", db_arg]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let mentions = labelled(&db);
    let clusters: std::collections::HashSet<&String> = mentions.iter().map(|(c, _)| c).collect();
    assert!(
        mentions.len() >= 60 && clusters.len() >= 15,
        "{} labelled mentions",
        mentions.len()
    );
    let (precision, recall, merged, together) = pairwise(&mentions);
    eprintln!(
        "cluster set: {} labelled mentions in {} gold clusters; merge precision {precision:.3} ({merged} merged \
         pairs), recall {recall:.3} ({together} gold pairs)",
        mentions.len(),
        clusters.len()
    );
    assert!(precision >= 0.9, "precision {precision:.3}");
    assert!(recall >= 0.8, "recall {recall:.3}");

    // Other settings are a re-clustering, not a re-ingest; back to the defaults gives the same.
    for (args, name) in [
        (vec!["--actors", "exact"], "exact actors"),
        (vec!["--window-days", "0", "--actors", "nested"], "window 0"),
        (vec!["--window-days", "3"], "window 3"),
        (vec!["--window-days", "1"], "defaults"),
    ] {
        let mut cmd = vec!["recluster", "--db", db_arg];
        cmd.extend(args);
        let out = dyad(&cmd);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let (p, r, _, _) = pairwise(&labelled(&db));
        eprintln!("  recluster with {name}: precision {p:.3}, recall {r:.3}");
        if name == "defaults" {
            assert_eq!((p, r), (precision, recall));
        }
    }
}
