//! Scoring a coder on PETRARCH records: pass/fail per record, as PETRARCH's validation did.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

use serde::Serialize;

use super::{Expected, Record, Triple};
use crate::{guarded, percent};

/// Passed and total active records of one category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryScore {
    pub category: String,
    pub passed: usize,
    pub total: usize,
}

impl CategoryScore {
    pub fn percent(&self) -> f64 {
        percent(self.passed, self.total)
    }
}

/// A record the coder failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub id: String,
    pub category: String,
    pub line: usize,
    pub text: String,
    pub expected: Expected,
    /// What the coder produced, as a sorted set (empty after a crash).
    pub produced: Vec<Triple>,
    /// Expected triples not produced, sorted.
    pub missing: Vec<Triple>,
    /// Produced triples not expected, sorted.
    pub extra: Vec<Triple>,
    /// `"mismatch"`, or `"crash"` when the coder panicked.
    pub reason: String,
    /// The panic message, for a crash.
    pub panic: Option<String>,
}

/// The result of [`score`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct PetrarchReport {
    /// Per category, in order of first appearance among the active records.
    pub categories: Vec<CategoryScore>,
    /// Active records passed, overall.
    pub passed: usize,
    /// Active records, overall.
    pub total: usize,
    /// The failed records, in file order.
    pub failures: Vec<Failure>,
}

/// Codes every active record with `code` and compares with what it expects.
///
/// A record passes when the set of triples produced equals the set expected (order and
/// repeats do not matter); a record expecting no events or an error passes when nothing is
/// produced. A panic in `code` fails that record with reason `"crash"` and scoring goes on.
pub fn score(records: &[Record], mut code: impl FnMut(&Record) -> Vec<Triple>) -> PetrarchReport {
    let mut report = PetrarchReport::default();
    for record in records.iter().filter(|r| r.active) {
        let outcome = guarded(|| code(record));
        let passed = judge(record, outcome, &mut report.failures);
        report.total += 1;
        report.passed += usize::from(passed);
        let index = match report.categories.iter().position(|c| c.category == record.category) {
            Some(i) => i,
            None => {
                report.categories.push(CategoryScore {
                    category: record.category.clone(),
                    passed: 0,
                    total: 0,
                });
                report.categories.len() - 1
            }
        };
        if let Some(category) = report.categories.get_mut(index) {
            category.total += 1;
            category.passed += usize::from(passed);
        }
    }
    report
}

/// Whether the record passed; a failure is pushed onto `failures`.
fn judge(record: &Record, outcome: Result<Vec<Triple>, String>, failures: &mut Vec<Failure>) -> bool {
    let expected: BTreeSet<&Triple> = match &record.expected {
        Expected::Events(triples) => triples.iter().collect(),
        Expected::NoEvents | Expected::Error(_) => BTreeSet::new(),
    };
    let (produced, panic) = match outcome {
        Ok(produced) => (produced.into_iter().collect::<BTreeSet<Triple>>(), None),
        Err(message) => (BTreeSet::new(), Some(message)),
    };
    let produced_refs: BTreeSet<&Triple> = produced.iter().collect();
    if panic.is_none() && produced_refs == expected {
        return true;
    }
    failures.push(Failure {
        id: record.id.clone(),
        category: record.category.clone(),
        line: record.line,
        text: record.text.clone(),
        expected: record.expected.clone(),
        missing: expected.difference(&produced_refs).map(|t| (*t).clone()).collect(),
        extra: produced_refs.difference(&expected).map(|t| (*t).clone()).collect(),
        produced: produced.into_iter().collect(),
        reason: if panic.is_some() { "crash" } else { "mismatch" }.to_string(),
        panic,
    });
    false
}

impl PetrarchReport {
    /// Overall percentage passed (0 when nothing was scored).
    pub fn percent(&self) -> f64 {
        percent(self.passed, self.total)
    }

    /// Every failure with its text, expected and produced triples: the `--verbose` listing.
    pub fn failures_text(&self) -> String {
        let mut out = String::new();
        for f in &self.failures {
            let category = if f.category.is_empty() { "-" } else { &f.category };
            let _ = write!(out, "{} [{category}] line {}: {}", f.id, f.line, f.reason);
            if let Some(message) = &f.panic {
                let _ = write!(out, ": {message}");
            }
            out.push('\n');
            let _ = writeln!(out, "  text:     {}", f.text);
            let _ = writeln!(out, "  expected: {}", f.expected);
            let _ = writeln!(out, "  produced: {}", list(&f.produced));
            if f.panic.is_none() {
                let _ = writeln!(out, "  missing:  {}", list(&f.missing));
                let _ = writeln!(out, "  extra:    {}", list(&f.extra));
            }
        }
        out
    }
}

fn list(triples: &[Triple]) -> String {
    if triples.is_empty() {
        return "(none)".into();
    }
    triples.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

impl fmt::Display for PetrarchReport {
    /// A table `category  passed/total  percent`, then `overall: N/M (P%)` as the last line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = |c: &CategoryScore| {
            if c.category.is_empty() {
                "-".to_string()
            } else {
                c.category.clone()
            }
        };
        let fraction = |c: &CategoryScore| format!("{}/{}", c.passed, c.total);
        let name_width = self.categories.iter().map(|c| name(c).len()).max().unwrap_or(0).max(8);
        let fraction_width = self
            .categories
            .iter()
            .map(|c| fraction(c).len())
            .max()
            .unwrap_or(0)
            .max(12);
        writeln!(
            f,
            "{:<name_width$}  {:>fraction_width$}  {:>7}",
            "category", "passed/total", "percent"
        )?;
        for c in &self.categories {
            writeln!(
                f,
                "{:<name_width$}  {:>fraction_width$}  {:>6.1}%",
                name(c),
                fraction(c),
                c.percent()
            )?;
        }
        write!(f, "overall: {}/{} ({:.1}%)", self.passed, self.total, self.percent())
    }
}
