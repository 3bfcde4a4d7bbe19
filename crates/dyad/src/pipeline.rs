//! The parallel pipeline of `dyad code` and `dyad ingest`: one reader thread, a pool of workers,
//! and the caller's thread writing results in input order.
//!
//! ```text
//! reader thread ──(seq, article)──▶ workers (N) ──(seq, result)──▶ writer (this thread, ordered)
//!        └──────────(seq, diagnostic)───────────────────────────────▶
//! ```
//!
//! Memory is bounded: the reader waits while it is [`WINDOW`] items ahead of the writer, so
//! at most that many articles (and their results) are in flight whatever the corpus size. The
//! writer re-orders by sequence number, so output is the same byte for byte whatever the
//! thread count. With one thread everything runs inline on the caller's thread.

use dyad_read::{Article, Diagnostic, Input, Item, Reader};
use std::collections::BTreeMap;
use std::ops::ControlFlow;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};

/// Items in flight per worker thread: enough to keep every worker busy while one codes a
/// long article or the writer commits a batch (at 32 the workers idled through commits),
/// small enough that memory does not depend on the corpus.
const WINDOW_PER_THREAD: usize = 96;

/// What the writer gets, in input order.
pub enum Done<T> {
    Diagnostic(Diagnostic),
    /// An article and the worker's result (`None` when the worker panicked on it).
    Article(Box<Article>, Option<T>),
}

/// The number of worker threads: `requested`, or every core when 0.
pub fn threads(requested: usize) -> usize {
    if requested > 0 {
        requested
    } else {
        std::thread::available_parallelism().map_or(1, usize::from)
    }
}

/// Reads `inputs`, runs `work` on every article on `threads` workers and hands each result to
/// `write` in input order. `write` returning `Break` stops the run (a closed pipe, a store
/// error); the read stops soon after and no more results are written. An error means no thread
/// could be started (nothing was read).
pub fn run<T, W, F>(reader: &mut Reader, inputs: &[Input], threads: usize, work: W, mut write: F) -> std::io::Result<()>
where
    T: Send,
    W: Fn(&Article) -> T + Sync,
    F: FnMut(Done<T>) -> ControlFlow<()>,
{
    let guarded = |article: &Article| catch_unwind(AssertUnwindSafe(|| work(article))).ok();
    if threads <= 1 {
        let _ = reader.read_all(inputs, &mut |item| match item {
            Item::Diagnostic(d) => write(Done::Diagnostic(d)),
            Item::Article(article) => {
                let result = guarded(&article);
                write(Done::Article(article, result))
            }
        });
        return Ok(());
    }
    let window = (threads * WINDOW_PER_THREAD) as u64;
    // How many items the writer has finished with; the reader waits on it.
    let written = Mutex::new(0u64);
    let advanced = Condvar::new();
    let stop = AtomicBool::new(false);
    let (job_tx, job_rx) = mpsc::channel::<(u64, Box<Article>)>();
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(u64, Done<T>)>();
    std::thread::scope(|scope| -> std::io::Result<()> {
        let reader_done = done_tx.clone();
        let (written, advanced, stop) = (&written, &advanced, &stop);
        // Named threads: profiles (perf, top -H) tell the stages apart.
        let reader_thread = std::thread::Builder::new().name("dyad-read".into());
        reader_thread.spawn_scoped(scope, move || {
            let mut seq = 0u64;
            let _ = reader.read_all(inputs, &mut |item| {
                {
                    let mut at = written.lock().unwrap_or_else(|e| e.into_inner());
                    while seq >= *at + window && !stop.load(Ordering::Relaxed) {
                        at = advanced.wait(at).unwrap_or_else(|e| e.into_inner());
                    }
                }
                if stop.load(Ordering::Relaxed) {
                    return ControlFlow::Break(());
                }
                let sent = match item {
                    Item::Diagnostic(d) => reader_done.send((seq, Done::Diagnostic(d))).is_ok(),
                    Item::Article(article) => job_tx.send((seq, article)).is_ok(),
                };
                seq += 1;
                if sent {
                    ControlFlow::Continue(())
                } else {
                    ControlFlow::Break(())
                }
            });
            // Dropping the senders here closes the job queue: the workers finish and exit.
        })?;
        let mut started = 0;
        for n in 0..threads {
            let done_tx = done_tx.clone();
            let (job_rx, guarded) = (&job_rx, &guarded);
            let worker = std::thread::Builder::new().name(format!("dyad-code-{n}"));
            let spawned = worker.spawn_scoped(scope, move || {
                loop {
                    let job = job_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok((seq, article)) = job else { break };
                    if stop.load(Ordering::Relaxed) {
                        continue;
                    }
                    let result = guarded(&article);
                    if done_tx.send((seq, Done::Article(article, result))).is_err() {
                        break;
                    }
                }
            });
            match spawned {
                Ok(_) => started += 1,
                // Fewer workers than asked for still finish the job; none cannot.
                Err(e) if started == 0 => {
                    halt(written, advanced, stop);
                    return Err(e);
                }
                Err(_) => {}
            }
        }
        drop(done_tx);
        let mut pending = BTreeMap::new();
        let mut next = 0u64;
        'receive: for (seq, done) in done_rx.iter() {
            pending.insert(seq, done);
            while let Some(done) = pending.remove(&next) {
                next += 1;
                let flow = write(done);
                *written.lock().unwrap_or_else(|e| e.into_inner()) = next;
                advanced.notify_all();
                if flow.is_break() {
                    halt(written, advanced, stop);
                    break 'receive;
                }
            }
        }
        // Whatever is still queued is dropped unwritten (after a Break only).
        drop(done_rx);
        Ok(())
    })
}

/// Stops the reader: the flag is set under the window's lock, so a reader between its check and
/// its wait cannot miss the wake-up.
fn halt(written: &Mutex<u64>, advanced: &Condvar, stop: &AtomicBool) {
    {
        let _window = written.lock().unwrap_or_else(|e| e.into_inner());
        stop.store(true, Ordering::Relaxed);
    }
    advanced.notify_all();
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_read::ReadOptions;

    fn samples() -> Vec<Input> {
        vec![Input::Path(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples"),
        )]
    }

    fn ids(threads: usize, stop_after: Option<usize>) -> Vec<String> {
        let mut reader = Reader::new(ReadOptions::default());
        let mut out = Vec::new();
        let _ = run(
            &mut reader,
            &samples(),
            threads,
            |a| a.sentences.len(),
            |done| {
                match done {
                    Done::Diagnostic(d) => out.push(d.to_string()),
                    Done::Article(a, n) => out.push(format!("{} {n:?}", a.id)),
                }
                if stop_after.is_some_and(|n| out.len() >= n) {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            },
        );
        out
    }

    #[test]
    fn order_does_not_depend_on_threads() {
        let one = ids(1, None);
        assert!(one.len() > 10, "{one:?}");
        assert_eq!(ids(2, None), one);
        assert_eq!(ids(4, None), one);
    }

    #[test]
    fn a_break_stops_the_run() {
        let all = ids(1, None);
        assert_eq!(ids(3, Some(2)), all[..2]);
    }

    #[test]
    fn a_panic_fails_one_article() {
        let mut reader = Reader::new(ReadOptions::default());
        let mut results = Vec::new();
        let _ = run(
            &mut reader,
            &samples(),
            2,
            |a| {
                assert!(!a.text.contains("Doha"), "boom");
                1
            },
            |done| {
                if let Done::Article(_, r) = done {
                    results.push(r);
                }
                ControlFlow::Continue(())
            },
        );
        assert!(results.contains(&None));
        assert!(results.contains(&Some(1)));
    }
}
