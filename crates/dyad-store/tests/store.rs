//! The store's invariants on a synthetic corpus: idempotent ingest, counts derived from
//! mentions, incremental clustering equal to a re-clustering from scratch, and queries.

use dyad_store::query::{EventFilter, Period, Sort};
use dyad_store::synth::Generator;
use dyad_store::{ArticleStatus, DedupOptions, Store};

/// (key, mentions, articles, sources) per event, sorted.
fn events(store: &Store) -> Vec<(String, i64, i64, i64)> {
    let conn = store.connection();
    let mut stmt = conn
        .prepare("SELECT key, num_mentions, num_articles, num_sources FROM events ORDER BY key, num_mentions")
        .expect("prepare");
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

fn filled(articles: usize) -> Store {
    let mut store = Store::open_in_memory().expect("store");
    let mut generator = Generator::new(3, 8);
    for i in 0..articles {
        let a = generator.article();
        let outcome = store.ingest(&a.as_new(), &a.records).expect("ingest");
        assert_eq!(outcome.status, ArticleStatus::New);
        if i % 50 == 49 {
            store.commit().expect("commit");
        }
    }
    store.commit().expect("commit");
    store
}

#[test]
fn ingest_is_idempotent_and_counts_add_up() {
    let mut store = filled(300);
    let before = store.counts().expect("counts");
    assert_eq!(before.articles, 300);
    assert_eq!(before.mentions, 2400);
    assert!(before.events < before.mentions, "repeats merged: {before:?}");
    let mut generator = Generator::new(3, 8);
    for _ in 0..300 {
        let a = generator.article();
        assert!(store.contains(&a.as_new()).expect("contains"));
        let outcome = store.ingest(&a.as_new(), &a.records).expect("ingest");
        assert_eq!(outcome.status, ArticleStatus::Unchanged);
        assert_eq!(outcome.mentions, 0);
    }
    store.commit().expect("commit");
    assert_eq!(store.counts().expect("counts"), before);
    let total: i64 = events(&store).iter().map(|e| e.1).sum();
    assert_eq!(total, before.mentions, "every mention is in exactly one event");
}

#[test]
fn incremental_clusters_equal_a_recluster() {
    let mut store = filled(300);
    let incremental = events(&store);
    let summary = store.recluster(DedupOptions::default()).expect("recluster");
    assert_eq!(summary.events_after, incremental.len());
    assert_eq!(events(&store), incremental);
    // A wider window merges more; the defaults bring the same clusters back.
    let wide = DedupOptions {
        window_days: 30,
        ..DedupOptions::default()
    };
    store.recluster(wide).expect("recluster");
    assert_eq!(store.dedup_options(), wide);
    store.recluster(DedupOptions::default()).expect("recluster");
    assert_eq!(events(&store), incremental);
}

#[test]
fn queries_filter_sort_and_group() {
    let store = filled(200);
    let usa = store
        .events(&EventFilter {
            actor: Some("usa".into()),
            sort: Sort::Mentions,
            ..EventFilter::default()
        })
        .expect("events");
    assert!(!usa.is_empty());
    assert!(usa.windows(2).all(|w| w[0].num_mentions >= w[1].num_mentions));
    for e in &usa {
        let code = |side: &str| e.record[side]["code"].as_str().unwrap_or_default().to_string();
        assert!(code("source").starts_with("USA") || code("target").starts_with("USA"));
    }
    let limited = store
        .events(&EventFilter {
            from: Some("2025-06-01".into()),
            to: Some("2025-06-30".into()),
            limit: Some(5),
            ..EventFilter::default()
        })
        .expect("events");
    assert_eq!(limited.len(), 5);
    assert!(
        limited
            .iter()
            .all(|e| e.record["date"].as_str().is_some_and(|d| d.starts_with("2025-06")))
    );
    let dyads = store.dyads(Period::Month, &EventFilter::default()).expect("dyads");
    let in_dyads: i64 = dyads.iter().map(|d| d.events).sum();
    assert_eq!(in_dyads, store.counts().expect("counts").events);
    assert!(!store.actors().expect("actors").is_empty());
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_reads_back_with_rows_and_types() {
    use arrow_schema::DataType;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    let store = filled(100);
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join("events.parquet");
    let file = std::fs::File::create(&path).expect("create");
    let written = store.write_parquet(&EventFilter::default(), file).expect("write");
    assert_eq!(written as i64, store.counts().expect("counts").events);

    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).expect("open"))
        .expect("a parquet file")
        .build()
        .expect("reader");
    let mut rows = 0;
    for batch in reader {
        let batch = batch.expect("batch");
        rows += batch.num_rows();
        let schema = batch.schema();
        let ty = |name: &str| schema.field_with_name(name).expect("column").data_type().clone();
        assert_eq!(ty("date"), DataType::Date32);
        assert_eq!(ty("num_mentions"), DataType::Int64);
        assert_eq!(ty("goldstein"), DataType::Float64);
        assert_eq!(ty("negated"), DataType::Boolean);
        assert_eq!(ty("source_code"), DataType::Utf8);
        assert_eq!(batch.column_by_name("date").expect("date").null_count(), 0);
    }
    assert_eq!(rows, written);
}

/// Whether the store has the query index `events_source` (one of those a bulk load sets aside).
fn has_query_indexes(store: &Store) -> bool {
    store
        .connection()
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN \
             ('events_source', 'events_target', 'events_date', 'events_location')",
            [],
            |r| r.get::<_, i64>(0),
        )
        .expect("schema")
        == 4
}

/// A bulk load drops the query indexes once it outgrows the store, builds them again at the
/// end, and stores exactly what a plain load stores; a load killed in between loses nothing
/// but the indexes, which the next load's end builds.
#[test]
fn a_bulk_load_sets_the_query_indexes_aside_and_builds_them_again() {
    let plain = filled(300);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bulk.db");
    let mut store = Store::open(&path).expect("store");
    store.bulk_load_from(400);
    let mut generator = Generator::new(3, 8);
    let mut dropped_midway = false;
    for i in 0..300 {
        let a = generator.article();
        store.ingest(&a.as_new(), &a.records).expect("ingest");
        if i % 50 == 49 {
            store.commit().expect("commit");
            dropped_midway |= !has_query_indexes(&store);
        }
    }
    assert!(dropped_midway, "2,400 new events outgrew the empty store");
    // Killed before the end: the batches are committed, the indexes not built.
    store.commit().expect("commit");
    assert!(!has_query_indexes(&store));
    std::mem::forget(store);
    let mut store = Store::open(&path).expect("reopen");
    store.bulk_load();
    store.finish().expect("finish");
    assert!(has_query_indexes(&store));
    assert_eq!(events(&store), events(&plain));
    let filter = EventFilter {
        actor: Some("USA".into()),
        limit: Some(50),
        ..EventFilter::default()
    };
    let keys = |s: &Store| -> Vec<String> {
        let mut keys = Vec::new();
        s.for_each_event(&filter, |e| {
            keys.push(e.key);
            std::ops::ControlFlow::Continue(())
        })
        .expect("query");
        keys
    };
    assert_eq!(keys(&store), keys(&plain));
}

/// A bulk load does not check foreign keys while it runs, and needs not: its store has no row
/// without its parent, new versions of articles included; checks are back on at the end.
#[test]
fn a_bulk_load_leaves_every_row_with_its_parent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bulk.db");
    let mut store = Store::open(&path).expect("store");
    store.bulk_load_from(100);
    let fk = |s: &Store| -> i64 {
        s.connection()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .expect("pragma")
    };
    let mut generator = Generator::new(5, 8);
    let mut versions = 0;
    for i in 0..200 {
        let mut a = generator.article();
        if i % 10 == 9 {
            // The same URL as ten articles before, with a new text: version 2.
            a.url = format!("{}-v", i - 9);
        } else {
            a.url = format!("{i}-v");
        }
        let outcome = store.ingest(&a.as_new(), &a.records).expect("ingest");
        versions += usize::from(outcome.status == ArticleStatus::NewVersion);
        if i % 40 == 39 {
            store.commit().expect("commit");
        }
    }
    assert_eq!(versions, 20);
    assert_eq!(fk(&store), 0, "unchecked during the load");
    store.finish().expect("finish");
    assert_eq!(fk(&store), 1, "checked again after it");
    let violations: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .expect("foreign_key_check");
    assert_eq!(violations, 0);
}

/// A small load into a store of its size keeps the indexes throughout.
#[test]
fn a_small_bulk_load_keeps_the_query_indexes() {
    let mut store = filled(300);
    store.bulk_load_from(400);
    let mut generator = Generator::new(4, 8);
    for _ in 0..100 {
        let a = generator.article();
        store.ingest(&a.as_new(), &a.records).expect("ingest");
    }
    store.commit().expect("commit");
    assert!(
        has_query_indexes(&store),
        "800 new events into a store of ~2,000 keep them"
    );
    store.finish().expect("finish");
    assert!(has_query_indexes(&store));
}

/// A lookup connection beside the writer sees each committed batch, whatever its small cache
/// held before the commit, and keeps that cache small.
#[test]
fn a_lookup_connection_sees_what_the_writer_committed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.db");
    let mut writer = Store::open(&path).expect("writer");
    let lookup = Store::open_lookup(&path).expect("lookup");
    let cache: i64 = lookup
        .connection()
        .query_row("PRAGMA cache_size", [], |r| r.get(0))
        .expect("cache_size");
    let writer_cache: i64 = writer
        .connection()
        .query_row("PRAGMA cache_size", [], |r| r.get(0))
        .expect("cache_size");
    assert!(
        cache < 0 && writer_cache < cache,
        "{cache} KiB vs the writer's {writer_cache}"
    );
    let mut generator = Generator::new(5, 4);
    let articles: Vec<_> = (0..120).map(|_| generator.article()).collect();
    for batch in articles.chunks(40) {
        for a in batch {
            assert!(!lookup.contains(&a.as_new()).expect("contains"));
            writer.ingest(&a.as_new(), &a.records).expect("ingest");
        }
        // Not committed yet: the lookup does not see the open batch.
        assert!(!lookup.contains(&batch[0].as_new()).expect("contains"));
        writer.commit().expect("commit");
        assert!(batch.iter().all(|a| lookup.contains(&a.as_new()).expect("contains")));
    }
}

/// `PRAGMA synchronous` of a store's writer (0 OFF, 1 NORMAL).
fn synchronous(store: &Store) -> i64 {
    store
        .connection()
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .expect("pragma")
}

/// A bulk load into a new store does not sync until its end; `finish` syncs, leaves the log
/// empty and the writer at `synchronous = NORMAL`, and the store whole.
#[test]
fn a_bulk_load_into_a_new_store_syncs_at_its_end() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("new.db");
    let mut store = Store::open(&path).expect("store");
    // A lookup connection beside the writer, as in `dyad ingest`: idle, it does not keep the
    // last checkpoint from emptying the log.
    let lookup = Store::open_lookup(&path).expect("lookup");
    assert_eq!(synchronous(&store), 1, "NORMAL when opened");
    store.bulk_load_from(100);
    let mut generator = Generator::new(6, 8);
    let articles: Vec<_> = (0..200).map(|_| generator.article()).collect();
    for (i, a) in articles.iter().enumerate() {
        store.ingest(&a.as_new(), &a.records).expect("ingest");
        if i % 40 == 39 {
            store.commit().expect("commit");
            assert_eq!(synchronous(&store), 0, "unsynced during the load");
        }
    }
    store.finish().expect("finish");
    assert_eq!(synchronous(&store), 1, "NORMAL again after it");
    let wal = std::fs::metadata(dir.path().join("new.db-wal")).map_or(0, |m| m.len());
    assert_eq!(wal, 0, "the last checkpoint copied and truncated the log");
    let integrity: String = store
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(integrity, "ok");
    assert!(lookup.contains(&articles[199].as_new()).expect("contains"));
    drop((store, lookup));
    let store = Store::open(&path).expect("reopen");
    assert_eq!(store.counts().expect("counts").articles, 200);
    assert_eq!(synchronous(&store), 1);
}

/// A bulk load into a store that holds anything, even one article without events, syncs as
/// usual throughout; and one into a store in memory, which has no file to sync, ends as well.
#[test]
fn a_bulk_load_into_a_store_with_data_stays_synced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.db");
    let mut generator = Generator::new(7, 8);
    {
        let mut store = Store::open(&path).expect("store");
        let a = generator.article();
        store.ingest(&a.as_new(), &[]).expect("ingest");
        store.commit().expect("commit");
    }
    let mut store = Store::open(&path).expect("reopen");
    store.bulk_load_from(100);
    for i in 0..200 {
        let a = generator.article();
        store.ingest(&a.as_new(), &a.records).expect("ingest");
        assert_eq!(synchronous(&store), 1, "article {i}");
        if i % 40 == 39 {
            store.commit().expect("commit");
        }
    }
    assert!(!has_query_indexes(&store), "a large load still sets the indexes aside");
    store.finish().expect("finish");
    assert_eq!(synchronous(&store), 1);
    assert_eq!(store.counts().expect("counts").articles, 201);

    let mut memory = Store::open_in_memory().expect("store");
    memory.bulk_load_from(100);
    for _ in 0..50 {
        let a = generator.article();
        memory.ingest(&a.as_new(), &a.records).expect("ingest");
    }
    memory.finish().expect("finish");
    assert_eq!(memory.counts().expect("counts").articles, 50);
}
