//! dyad's own gold set: sentences with the events a careful human coder found in them.
//!
//! The format is JSON Lines, one sentence per line:
//!
//! ```json
//! {"id":"dev-001","date":"2026-04-27","text":"Turkey's foreign minister met his Chinese counterpart.",
//!  "events":[{"source":"TURGOV","target":"CHNGOV","cameo":"042","negated":false,"intent":false}],
//!  "tags":["apposition"]}
//! ```
//!
//! (on one line in the file). `id`, `text` and `events` are required; `date` (YYYY-MM-DD),
//! `tags` and, per event, `source`, `target` (actor codes, or null when the text has no coded
//! actor there), `negated` and `intent` are optional. Blank lines are skipped. A line that
//! is not such an object is skipped with a warning naming file and line; a CAMEO code
//! dyad-ontology does not know is a warning but the event is kept.
//!
//! [`score_gold`] scores a coder with precision, recall and F1 (see there).

mod score;

use std::collections::HashSet;
use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::EvalError;

pub use score::{GoldFailure, GoldReport, NegationScore, Scores, TagScore, score_gold};

/// One gold sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldSentence {
    pub id: String,
    pub date: Option<NaiveDate>,
    pub text: String,
    pub events: Vec<GoldEvent>,
    pub tags: Vec<String>,
    /// 1-based line in the gold file.
    pub line: usize,
}

/// One gold event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct GoldEvent {
    /// Actor code, `None` when the source is not a coded actor.
    pub source: Option<String>,
    pub target: Option<String>,
    /// CAMEO event code as CAMEO writes it ("042").
    pub cameo: String,
    /// The text says it did not happen ("X did not meet Y").
    pub negated: bool,
    /// The text states an intention, plan or promise rather than an act.
    pub intent: bool,
}

/// One event a coder produced, as scoring needs it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Predicted {
    pub source: Option<String>,
    pub target: Option<String>,
    pub cameo: String,
    pub negated: bool,
}

impl fmt::Display for GoldEvent {
    /// `TURGOV CHNGOV 042 (CONSULT)`, `-` for a missing actor, `[negated]` / `[intent]` after.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        show_event(f, &self.source, &self.target, &self.cameo)?;
        if self.negated {
            f.write_str(" [negated]")?;
        }
        if self.intent {
            f.write_str(" [intent]")?;
        }
        Ok(())
    }
}

impl fmt::Display for Predicted {
    /// Like [`GoldEvent`]'s.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        show_event(f, &self.source, &self.target, &self.cameo)?;
        if self.negated {
            f.write_str(" [negated]")?;
        }
        Ok(())
    }
}

fn show_event(
    f: &mut fmt::Formatter<'_>,
    source: &Option<String>,
    target: &Option<String>,
    cameo: &str,
) -> fmt::Result {
    let actor = |a: &Option<String>| a.clone().unwrap_or_else(|| "-".into());
    write!(f, "{} {} {cameo} ({})", actor(source), actor(target), event_type(cameo))
}

/// The type an event is scored by: its PLOVER type when dyad-ontology maps the CAMEO code,
/// else `CAMEO` and the root (`CAMEO01`). An unknown sub-code falls back to its root's type.
pub fn event_type(cameo: &str) -> String {
    let known = dyad_ontology::cameo(cameo).or_else(|| cameo.get(..2).and_then(dyad_ontology::cameo));
    match known {
        Some(event) => match &event.plover {
            Some(mapping) => mapping.event_type.name().to_string(),
            None => format!("CAMEO{}", event.root),
        },
        None => format!("CAMEO{}", cameo_root(cameo)),
    }
}

/// The two-digit root of a CAMEO code ("0874" → "08"); the code itself if shorter.
pub fn cameo_root(cameo: &str) -> &str {
    dyad_ontology::root(cameo).unwrap_or_else(|| cameo.get(..2).unwrap_or(cameo))
}

#[derive(Deserialize)]
struct RawSentence {
    id: String,
    #[serde(default)]
    date: Option<String>,
    text: String,
    events: Vec<RawEvent>,
    #[serde(default)]
    tags: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct RawEvent {
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    target: Option<String>,
    cameo: String,
    #[serde(default)]
    negated: Option<bool>,
    #[serde(default)]
    intent: Option<bool>,
}

/// Reads a gold file: its sentences in file order, and warnings (`file:line: message`) for
/// lines skipped or oddities kept (an unknown CAMEO code, an id used twice). Fails only when
/// the file cannot be read.
pub fn read_gold(path: &Path) -> Result<(Vec<GoldSentence>, Vec<String>), EvalError> {
    let bytes = std::fs::read(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8_lossy(&bytes);
    Ok(parse_gold(&text, &path.display().to_string()))
}

/// [`read_gold`] on text already in memory; `name` is the file name warnings start with.
pub fn parse_gold(text: &str, file: &str) -> (Vec<GoldSentence>, Vec<String>) {
    let mut sentences = Vec::new();
    let mut warnings = Vec::new();
    let mut ids = HashSet::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let mut notes = Vec::new();
        match sentence(raw, line, &mut notes) {
            Ok(sentence) => {
                if !ids.insert(sentence.id.clone()) {
                    notes.push(format!("id {} used before", sentence.id));
                }
                sentences.push(sentence);
            }
            Err(message) => notes.push(format!("skipped: {message}")),
        }
        warnings.extend(notes.into_iter().map(|n| format!("{file}:{line}: {n}")));
    }
    (sentences, warnings)
}

fn sentence(raw: &str, line: usize, notes: &mut Vec<String>) -> Result<GoldSentence, String> {
    let parsed: RawSentence = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    let id = parsed.id.trim().to_string();
    if id.is_empty() {
        return Err("empty id".into());
    }
    let text = parsed.text.trim().to_string();
    if text.is_empty() {
        return Err("empty text".into());
    }
    let date = match parsed.date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => Some(NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| format!("date {d:?} is not YYYY-MM-DD"))?),
    };
    let actor = |a: Option<String>| a.map(|a| a.trim().to_string()).filter(|a| !a.is_empty());
    let mut events = Vec::new();
    for raw in parsed.events {
        let cameo = raw.cameo.trim().to_string();
        if dyad_ontology::cameo(&cameo).is_none() {
            notes.push(format!(
                "unknown CAMEO code {cameo:?} (scored as {})",
                event_type(&cameo)
            ));
        }
        events.push(GoldEvent {
            source: actor(raw.source),
            target: actor(raw.target),
            cameo,
            negated: raw.negated.unwrap_or(false),
            intent: raw.intent.unwrap_or(false),
        });
    }
    let mut tags: Vec<String> = Vec::new();
    for tag in parsed.tags.unwrap_or_default() {
        let tag = tag.trim();
        if !tag.is_empty() && !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_string());
        }
    }
    Ok(GoldSentence {
        id,
        date,
        text,
        events,
        tags,
        line,
    })
}

#[cfg(test)]
mod tests;
