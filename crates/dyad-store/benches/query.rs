//! Deduplication and querying over a store of 2,000 synthetic articles (10 events each, a
//! third of them repeats): re-clustering every mention, filtered event lists, the dyad table
//! and the actor list. Run with `cargo bench -p dyad-store --bench query`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_store::query::{EventFilter, Period};
use dyad_store::synth::Generator;
use dyad_store::{DedupOptions, Store};

const ARTICLES: usize = 2_000;
const EVENTS_PER_ARTICLE: usize = 10;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(&dir.path().join("bench.db")).expect("store");
    let mut generator = Generator::new(7, EVENTS_PER_ARTICLE);
    for i in 0..ARTICLES {
        let a = generator.article();
        store.ingest(&a.as_new(), &a.records).expect("ingest");
        if i % 500 == 499 {
            store.commit().expect("commit");
        }
    }
    store.commit().expect("commit");
    (dir, store)
}

fn dedup(c: &mut Criterion) {
    let (_dir, mut store) = store();
    let mut group = c.benchmark_group("dedup");
    group.sample_size(10);
    group.throughput(Throughput::Elements((ARTICLES * EVENTS_PER_ARTICLE) as u64));
    group.bench_function("recluster", |b| {
        b.iter(|| store.recluster(black_box(DedupOptions::default())).expect("recluster"))
    });
    group.finish();
}

fn query(c: &mut Criterion) {
    let (_dir, store) = store();
    let mut group = c.benchmark_group("query");
    group.sample_size(20);
    group.bench_function("events (all, limit 100)", |b| {
        let filter = EventFilter {
            limit: Some(100),
            ..EventFilter::default()
        };
        b.iter(|| store.events(black_box(&filter)).expect("events").len())
    });
    group.bench_function("events (actor prefix)", |b| {
        let filter = EventFilter {
            actor: Some("U".to_string()),
            ..EventFilter::default()
        };
        b.iter(|| store.events(black_box(&filter)).expect("events").len())
    });
    group.bench_function("dyads (week)", |b| {
        b.iter(|| {
            store
                .dyads(Period::Week, black_box(&EventFilter::default()))
                .expect("dyads")
                .len()
        })
    });
    group.bench_function("actors", |b| b.iter(|| store.actors().expect("actors").len()));
    group.finish();
}

criterion_group!(benches, dedup, query);
criterion_main!(benches);
