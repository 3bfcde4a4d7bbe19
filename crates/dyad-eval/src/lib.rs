//! Evaluation for dyad: how well does the coder do on sentences whose events are known?
//!
//! This crate reads test sets and scores a coder against them. It does not depend on the coder:
//! every scoring function takes a closure that codes one test item, so the same code serves
//! `dyad eval`, tests and benchmarks, with any coder configuration. A panic inside the closure
//! never aborts a run; it is caught and counted as a failure ("crash") of that one item.
//!
//! [`petrarch`] reads PETRARCH validation files (`PETR.UnitTest.records.xml` and its kin): the
//! `<Environment>` naming the dictionaries to code with (paths relative to the records file),
//! then `<Sentence>` records, each with its text, optional Penn Treebank parse and expected
//! `<EventCoding>`s (source, target and event code; or "no events"; or an expected error such
//! as a dateline or discard). A record passes when the set of (source, target, code) triples
//! the coder produces equals the expected set, as PETRARCH's own validation judged it; the
//! report gives passed/total per category and overall.
//!
//! [`gold`] reads dyad's own gold set, one JSON object per line, and scores with
//! precision, recall and F1 rather than pass/fail: per sentence, gold and predicted events are
//! matched as multisets by event type (PLOVER type, or the CAMEO root where PLOVER has none),
//! by type plus exact dyad, by type plus country dyad, and by CAMEO root plus dyad;
//! counts are micro-averaged over sentences. Negated events are scored separately, because a
//! negated event reported as having happened is the most misleading error a coder can make.
//!
//! [`articles`] reads the article-level gold set (whole articles, each event with its date,
//! place and attribution) and scores event F1 plus date, place and attribution accuracy.

pub mod articles;
pub mod gold;
pub mod petrarch;

use std::path::PathBuf;

pub use gold::{GoldEvent, GoldReport, GoldSentence, Predicted, parse_gold, read_gold, score_gold};
pub use petrarch::{
    Environment, Expected, PetrarchReport, Record, Triple, load_dictionaries, parse_records, read_records, score,
};

/// A failure that stops reading a test set (a record or line that is bad in itself is a
/// warning instead, and is skipped).
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file cannot be read.
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    /// The file is not well-formed XML; `line` is 1-based.
    #[error("{}:{line}: {message}", path.display())]
    Xml {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// A dictionary file named by a records file's `<Environment>` is not a file.
    #[error("{kind} dictionary {}: no such file", path.display())]
    MissingDictionary { kind: &'static str, path: PathBuf },
}

/// Runs one call of a caller's coder, turning a panic into `Err(message)` so that one bad
/// item cannot abort a whole evaluation. (The panic hook still runs, so the panic is also
/// printed to stderr as usual unless the caller has replaced the hook.)
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        if let Some(s) = payload.downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = payload.downcast_ref::<String>() {
            s.clone()
        } else {
            "panic with a non-string payload".to_string()
        }
    })
}

/// `part` of `whole` as a percentage; 0 when `whole` is 0.
pub(crate) fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
