//! Builds a synthetic store for query benchmarks and reports the insert rate.
//!
//! `cargo run --release -p dyad-store --example synth -- big.db 1000000` writes one million
//! event records (10 per article, a third of them repeats that merge into earlier events), then
//! e.g. `dyad events --db big.db --actor IRN --from 2025-06-01 --to 2025-06-30` queries it.

use dyad_store::Store;
use dyad_store::synth::Generator;
use std::path::PathBuf;
use std::time::Instant;

/// Articles per transaction.
const BATCH: usize = 1000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().ok_or("usage: synth DB [EVENTS]")?);
    let events: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(1_000_000);
    let per_article = 10;
    let mut store = Store::open(&path)?;
    let mut generator = Generator::new(42, per_article);
    let started = Instant::now();
    let (mut new_events, mut merged) = (0, 0);
    for i in 0..events.div_ceil(per_article) {
        let article = generator.article();
        let outcome = store.ingest(&article.as_new(), &article.records)?;
        new_events += outcome.new_events;
        merged += outcome.merged;
        if i % BATCH == BATCH - 1 {
            store.commit()?;
        }
    }
    store.commit()?;
    let seconds = started.elapsed().as_secs_f64();
    let records = new_events + merged;
    println!(
        "{records} event records ({new_events} events, {merged} merged into them) in {seconds:.1} s: {:.0} records/s",
        records as f64 / seconds
    );
    Ok(())
}
