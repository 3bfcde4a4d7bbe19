//! How long loading takes: the full Phoenix set (target < 200 ms in release) and the bundled set.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use dyad_dict::{bundled, petrarch};

const PHOENIX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/reference/petrarch2/dictionaries"
);

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    let dir = Path::new(PHOENIX);
    if dir.is_dir() {
        group.bench_function("phoenix", |b| b.iter(|| petrarch::load_dir(black_box(dir))));
    } else {
        println!("skipped: ../shared/reference is missing");
    }
    group.bench_function("bundled", |b| b.iter(bundled::load_bundled));
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
