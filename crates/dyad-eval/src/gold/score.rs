//! Scoring a coder on the gold set: precision, recall and F1 at four levels of strictness.

use std::collections::{BTreeMap, HashMap};
use std::fmt::{self, Write as _};
use std::hash::Hash;

use serde::Serialize;

use super::{GoldEvent, GoldSentence, Predicted, cameo_root, event_type};
use crate::guarded;

/// Matching counts, and the precision, recall and F1 they give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Scores {
    /// Predicted events matched by a gold event.
    pub tp: usize,
    /// Predicted events with no gold event to match.
    pub fp: usize,
    /// Gold events with no predicted event to match.
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Scores {
    /// tp / (tp + fp); 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn); 0 when there was nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// The harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    fn add(&mut self, other: Scores) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 / whole as f64 }
}

/// Type+dyad scores over the sentences carrying one tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TagScore {
    pub tag: String,
    pub sentences: usize,
    pub type_dyad: Scores,
}

/// How the coder handled negated events (matched by CAMEO root within a sentence).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct NegationScore {
    /// Gold events marked negated.
    pub gold: usize,
    /// Of those, how many the coder produced as negated events.
    pub produced_negated: usize,
    /// Of those, how many the coder produced as events that happened: the most misleading
    /// error a coder can make.
    pub produced_unnegated: usize,
    /// Negated events the coder produced, in all.
    pub predicted: usize,
}

/// A sentence the coder did not get right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldFailure {
    pub id: String,
    pub line: usize,
    pub text: String,
    pub gold: Vec<GoldEvent>,
    /// What the coder produced (empty after a crash).
    pub predicted: Vec<Predicted>,
    /// What went wrong, one short phrase each ("type+dyad: 1 missed, 2 spurious", "crash: ...").
    pub problems: Vec<String>,
    /// The panic message when the coder crashed on this sentence.
    pub crash: Option<String>,
}

/// The result of [`score_gold`].
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct GoldReport {
    pub sentences: usize,
    /// Sentences on which the coder panicked (scored as producing nothing).
    pub crashed: usize,
    /// Gold events counted (negated ones are left out).
    pub gold_events: usize,
    /// Predicted events counted (negated ones are left out).
    pub predicted_events: usize,
    /// Multisets of event types.
    pub event_type: Scores,
    /// Multisets of (type, source, target), codes exact.
    pub type_dyad: Scores,
    /// Multisets of (type, source country, target country): codes cut to 3 characters.
    pub type_country_dyad: Scores,
    /// Multisets of (CAMEO root, source, target), codes exact.
    pub root_dyad: Scores,
    /// Type+dyad per tag, tags in alphabetical order.
    pub tags: Vec<TagScore>,
    pub negation: NegationScore,
    /// Sentences with a type+dyad or negation error or a crash, in file order.
    pub failures: Vec<GoldFailure>,
}

/// An event reduced to what the metrics compare.
struct Keys<'a> {
    event_type: String,
    root: &'a str,
    source: Option<&'a str>,
    target: Option<&'a str>,
}

impl<'a> Keys<'a> {
    fn new(source: &'a Option<String>, target: &'a Option<String>, cameo: &'a str) -> Keys<'a> {
        Keys {
            event_type: event_type(cameo),
            root: cameo_root(cameo),
            source: source.as_deref(),
            target: target.as_deref(),
        }
    }

    fn dyad(&self) -> (&str, Option<&str>, Option<&str>) {
        (&self.event_type, self.source, self.target)
    }

    fn country_dyad(&self) -> (&str, Option<&str>, Option<&str>) {
        (&self.event_type, self.source.map(country), self.target.map(country))
    }

    fn root_dyad(&self) -> (&str, Option<&str>, Option<&str>) {
        (self.root, self.source, self.target)
    }
}

/// The country part of an actor code: its first three characters (IRNGOV → IRN).
fn country(code: &str) -> &str {
    match code.char_indices().nth(3) {
        Some((at, _)) => &code[..at],
        None => code,
    }
}

/// Matches two multisets: (how many gold items found a partner, the gold items left over),
/// and how many predicted items there were.
fn pair_up<K: Eq + Hash>(
    gold: impl IntoIterator<Item = K>,
    predicted: impl IntoIterator<Item = K>,
) -> (usize, Vec<K>, usize) {
    let mut available: HashMap<K, usize> = HashMap::new();
    let mut total = 0;
    for k in predicted {
        *available.entry(k).or_default() += 1;
        total += 1;
    }
    let mut matched = 0;
    let mut left = Vec::new();
    for k in gold {
        match available.get_mut(&k) {
            Some(n) if *n > 0 => {
                *n -= 1;
                matched += 1;
            }
            _ => left.push(k),
        }
    }
    (matched, left, total)
}

fn scores<K: Eq + Hash>(gold: impl IntoIterator<Item = K>, predicted: impl IntoIterator<Item = K>) -> Scores {
    let (tp, left, total) = pair_up(gold, predicted);
    Scores {
        tp,
        fp: total - tp,
        fn_: left.len(),
    }
}

/// Codes every sentence with `code` and scores what it produces against the gold events.
///
/// Within a sentence, gold and predicted events are matched as multisets (each gold event
/// matches at most one predicted event); the counts are summed over sentences (micro-average).
/// Negated events, gold or predicted, are left out of these counts and scored apart in
/// [`GoldReport::negation`]. A panic in `code` counts as producing nothing for that sentence,
/// and the sentence is listed as a failure with the panic message.
pub fn score_gold(sentences: &[GoldSentence], mut code: impl FnMut(&GoldSentence) -> Vec<Predicted>) -> GoldReport {
    let mut report = GoldReport::default();
    let mut tags: BTreeMap<&str, TagScore> = BTreeMap::new();
    for sentence in sentences {
        let (predicted, crash) = match guarded(|| code(sentence)) {
            Ok(predicted) => (predicted, None),
            Err(message) => (Vec::new(), Some(message)),
        };
        report.sentences += 1;
        report.crashed += usize::from(crash.is_some());

        let gold: Vec<Keys> = sentence
            .events
            .iter()
            .filter(|e| !e.negated)
            .map(|e| Keys::new(&e.source, &e.target, &e.cameo))
            .collect();
        let found: Vec<Keys> = predicted
            .iter()
            .filter(|e| !e.negated)
            .map(|e| Keys::new(&e.source, &e.target, &e.cameo))
            .collect();
        report.gold_events += gold.len();
        report.predicted_events += found.len();
        report.event_type.add(scores(
            gold.iter().map(|k| k.event_type.as_str()),
            found.iter().map(|k| k.event_type.as_str()),
        ));
        let type_dyad = scores(gold.iter().map(Keys::dyad), found.iter().map(Keys::dyad));
        report.type_dyad.add(type_dyad);
        report.type_country_dyad.add(scores(
            gold.iter().map(Keys::country_dyad),
            found.iter().map(Keys::country_dyad),
        ));
        report.root_dyad.add(scores(
            gold.iter().map(Keys::root_dyad),
            found.iter().map(Keys::root_dyad),
        ));
        for tag in &sentence.tags {
            let entry = tags.entry(tag).or_insert_with(|| TagScore {
                tag: tag.clone(),
                sentences: 0,
                type_dyad: Scores::default(),
            });
            entry.sentences += 1;
            entry.type_dyad.add(type_dyad);
        }

        // Negation, by CAMEO root: first as negated events, then (what is left) as events.
        let gold_negated = sentence
            .events
            .iter()
            .filter(|e| e.negated)
            .map(|e| cameo_root(&e.cameo));
        let negated = predicted.iter().filter(|e| e.negated).map(|e| cameo_root(&e.cameo));
        let (caught, missed, predicted_negated) = pair_up(gold_negated, negated);
        let missed_count = missed.len();
        let positive = predicted.iter().filter(|e| !e.negated).map(|e| cameo_root(&e.cameo));
        let (as_happened, _, _) = pair_up(missed, positive);
        report.negation.gold += caught + missed_count;
        report.negation.produced_negated += caught;
        report.negation.produced_unnegated += as_happened;
        report.negation.predicted += predicted_negated;

        let mut problems = Vec::new();
        if let Some(message) = &crash {
            problems.push(format!("crash: {message}"));
        }
        if type_dyad.fp + type_dyad.fn_ > 0 {
            problems.push(format!(
                "type+dyad: {} missed, {} spurious",
                type_dyad.fn_, type_dyad.fp
            ));
        }
        if as_happened > 0 {
            problems.push(format!("{as_happened} negated event(s) coded as having happened"));
        }
        if missed_count > as_happened {
            problems.push(format!("{} negated event(s) missed", missed_count - as_happened));
        }
        if predicted_negated > caught {
            problems.push(format!("{} negated event(s) not in gold", predicted_negated - caught));
        }
        if !problems.is_empty() {
            report.failures.push(GoldFailure {
                id: sentence.id.clone(),
                line: sentence.line,
                text: sentence.text.clone(),
                gold: sentence.events.clone(),
                predicted,
                problems,
                crash,
            });
        }
    }
    report.tags = tags.into_values().collect();
    report
}

impl GoldReport {
    /// Every failing sentence with its text, gold and predicted events: the `--verbose` listing.
    pub fn failures_text(&self) -> String {
        let mut out = String::new();
        for f in &self.failures {
            let _ = writeln!(out, "{} (line {}): {}", f.id, f.line, f.problems.join("; "));
            let _ = writeln!(out, "  text:      {}", f.text);
            let events = |out: &mut String, label: &str, list: Vec<String>| {
                if list.is_empty() {
                    let _ = writeln!(out, "  {label:<10} (none)");
                }
                for (i, event) in list.iter().enumerate() {
                    let label = if i == 0 { label } else { "" };
                    let _ = writeln!(out, "  {label:<10} {event}");
                }
            };
            events(&mut out, "gold:", f.gold.iter().map(ToString::to_string).collect());
            events(
                &mut out,
                "predicted:",
                f.predicted.iter().map(ToString::to_string).collect(),
            );
        }
        out
    }
}

impl fmt::Display for GoldReport {
    /// A table of the four metrics, type+dyad per tag, negation, and last the line
    /// `type+dyad: P=0.xxx R=0.xxx F1=0.xxx`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "sentences: {} (crashed: {})", self.sentences, self.crashed)?;
        writeln!(
            f,
            "events: gold {}, predicted {} (negated events left out)",
            self.gold_events, self.predicted_events
        )?;
        writeln!(f)?;
        let rows = [
            ("type", &self.event_type),
            ("type+country dyad", &self.type_country_dyad),
            ("cameo root+dyad", &self.root_dyad),
            ("type+dyad", &self.type_dyad),
        ];
        let header = |f: &mut fmt::Formatter<'_>, first: &str, width: usize| {
            writeln!(
                f,
                "{first:<width$}  {:>6}  {:>6}  {:>6}  {:>5}  {:>5}  {:>5}",
                "tp", "fp", "fn", "P", "R", "F1"
            )
        };
        let row = |f: &mut fmt::Formatter<'_>, name: &str, width: usize, s: &Scores| {
            writeln!(
                f,
                "{name:<width$}  {:>6}  {:>6}  {:>6}  {:.3}  {:.3}  {:.3}",
                s.tp,
                s.fp,
                s.fn_,
                s.precision(),
                s.recall(),
                s.f1()
            )
        };
        header(f, "metric", 17)?;
        for (name, s) in rows {
            row(f, name, 17, s)?;
        }
        if !self.tags.is_empty() {
            writeln!(f)?;
            let width = self.tags.iter().map(|t| t.tag.len() + 8).max().unwrap_or(0).max(17);
            header(f, "type+dyad by tag", width)?;
            for t in &self.tags {
                row(f, &format!("{} ({})", t.tag, t.sentences), width, &t.type_dyad)?;
            }
        }
        writeln!(f)?;
        let n = &self.negation;
        writeln!(
            f,
            "negation: {} gold negated event(s): {} produced negated, {} produced as having happened; {} negated event(s) produced",
            n.gold, n.produced_negated, n.produced_unnegated, n.predicted
        )?;
        let s = &self.type_dyad;
        write!(
            f,
            "type+dyad: P={:.3} R={:.3} F1={:.3}",
            s.precision(),
            s.recall(),
            s.f1()
        )
    }
}
