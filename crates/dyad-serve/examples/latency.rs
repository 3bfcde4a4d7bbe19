//! API latency on a large store: filtered event lists through the whole router (query
//! parsing, the pool's blocking read, JSON), timed per request, reported as p50/p95/max.
//!
//! `cargo run --release -p dyad-serve --example latency -- /tmp/big.db 1000000 [ROUNDS]`
//!
//! builds the store with the synthetic generator (`dyad_store::synth`, seed 42, ten events per
//! article, a third of them repeats) when the file does not exist yet, then runs every query
//! of [`QUERIES`] ROUNDS times (default 50), interleaved, and prints the figures. Requests run
//! one at a time: this measures the latency of one request, not throughput.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use dyad_store::Store;
use dyad_store::synth::Generator;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower::ServiceExt;

/// Filtered event lists as the console asks for them (a page of 50).
const QUERIES: [&str; 8] = [
    "/api/events?actor=IRN&from=2025-06-01&to=2025-06-30",
    "/api/events?source=USA&target=CHN",
    "/api/events?source=RUSMIL&target=UKR&sort=recent",
    "/api/events?actor=TURGOV&cameo=04",
    "/api/events?actor=ISR&plover=ASSAULT&from=2026-01-01",
    "/api/events?from=2025-03-01&to=2025-03-07&sort=goldstein",
    "/api/events?actor=CHN&offset=200",
    "/api/events?sort=recent",
];

/// The console's other reads, timed apart (fewer rounds): they are not event lists.
const OTHERS: [&str; 5] = [
    "/api/dyads?source=USA&target=CHN&period=month",
    "/api/dyads?actor=IRN&from=2025-06-01&to=2025-08-31&period=week",
    "/api/network?from=2025-06-01&to=2025-06-30",
    "/api/actors?q=ir",
    "/api/events/1",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().ok_or("usage: latency DB [EVENTS] [ROUNDS]")?);
    let events: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(1_000_000);
    let rounds: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(50);
    if !path.exists() {
        build(&path, events)?;
    }
    let counts = Store::open(&path)?.counts()?;
    println!(
        "store {}: {} events, {} mentions",
        path.display(),
        counts.events,
        counts.mentions
    );
    let coder = dyad_code::Coder::new(
        Arc::new(dyad_dict::bundled::load_bundled().0),
        dyad_code::CoderOptions::default(),
    );
    let app = dyad_serve::router(dyad_serve::Config::new(path.clone(), Arc::new(coder)))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(measure(app, rounds))
}

/// Writes `events` synthetic event records, as `dyad-store`'s `synth` example does.
fn build(path: &Path, events: usize) -> Result<(), Box<dyn std::error::Error>> {
    let started = Instant::now();
    let mut store = Store::open(path)?;
    let mut generator = Generator::new(42, 10);
    for i in 0..events.div_ceil(10) {
        let article = generator.article();
        store.ingest(&article.as_new(), &article.records)?;
        if i % 1000 == 999 {
            store.commit()?;
        }
    }
    store.commit()?;
    println!("built {} in {:.0} s", path.display(), started.elapsed().as_secs_f64());
    Ok(())
}

async fn measure(app: axum::Router, rounds: usize) -> Result<(), Box<dyn std::error::Error>> {
    // One warm-up pass: opens the pool's connection and fills SQLite's page cache, as a
    // running server has.
    for q in QUERIES {
        request(&app, q).await?;
    }
    let mut per_query: Vec<Vec<Duration>> = vec![Vec::new(); QUERIES.len()];
    for _ in 0..rounds {
        for (i, q) in QUERIES.iter().enumerate() {
            let started = Instant::now();
            let events = request(&app, q).await?;
            per_query[i].push(started.elapsed());
            if events == 0 {
                return Err(format!("{q} listed no events").into());
            }
        }
    }
    let mut all = Vec::new();
    for (q, times) in QUERIES.iter().zip(&mut per_query) {
        println!("{}  {q}", figures(times));
        all.extend_from_slice(times);
    }
    println!("{}  all {} event-list requests", figures(&mut all), all.len());
    for q in OTHERS {
        let mut times = Vec::new();
        for _ in 0..rounds.div_ceil(5) {
            let started = Instant::now();
            request(&app, q).await?;
            times.push(started.elapsed());
        }
        println!("{}  {q}", figures(&mut times));
    }
    Ok(())
}

/// One request through the router; the number of events listed.
async fn request(app: &axum::Router, uri: &str) -> Result<usize, Box<dyn std::error::Error>> {
    let response = app.clone().oneshot(Request::get(uri).body(Body::empty())?).await?;
    if response.status() != StatusCode::OK {
        return Err(format!("{uri}: {}", response.status()).into());
    }
    let body = axum::body::to_bytes(response.into_body(), usize::MAX).await?;
    let page: serde_json::Value = serde_json::from_slice(&body)?;
    Ok(page["events"].as_array().map_or(0, Vec::len))
}

fn figures(times: &mut [Duration]) -> String {
    times.sort();
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    format!(
        "p50 {:6.1} ms  p95 {:6.1} ms  max {:6.1} ms",
        ms(at(0.5)),
        ms(at(0.95)),
        ms(times[times.len() - 1])
    )
}
