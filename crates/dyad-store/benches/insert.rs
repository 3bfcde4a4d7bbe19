//! Insert throughput: synthetic coded articles (10 events each, a third of them repeats that
//! merge) into a fresh store, committed in batches of 500 articles as `dyad ingest` does by
//! default.

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use dyad_store::Store;
use dyad_store::synth::{Generator, SynthArticle};

const ARTICLES: usize = 1_000;
/// `dyad ingest --batch-size` default.
const BATCH: usize = 500;
const EVENTS_PER_ARTICLE: usize = 10;

fn corpus() -> Vec<SynthArticle> {
    let mut generator = Generator::new(7, EVENTS_PER_ARTICLE);
    (0..ARTICLES).map(|_| generator.article()).collect()
}

fn insert(c: &mut Criterion) {
    let articles = corpus();
    let mut group = c.benchmark_group("store");
    group.throughput(Throughput::Elements((ARTICLES * EVENTS_PER_ARTICLE) as u64));
    group.sample_size(10);
    group.bench_function("ingest_events", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("tempdir");
                let store = Store::open(&dir.path().join("bench.db")).expect("store");
                (dir, store)
            },
            |(dir, mut store)| {
                for (i, a) in articles.iter().enumerate() {
                    store.ingest(&a.as_new(), &a.records).expect("ingest");
                    if i % BATCH == BATCH - 1 {
                        store.commit().expect("commit");
                    }
                }
                store.commit().expect("commit");
                (dir, store)
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, insert);
criterion_main!(benches);
