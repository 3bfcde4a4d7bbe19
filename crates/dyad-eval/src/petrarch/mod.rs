//! PETRARCH validation files: reading the records and scoring a coder on them.
//!
//! A records file (`PETR.UnitTest.records.xml` is the canonical one) looks like this:
//!
//! ```xml
//! <Validation>
//! <Environment>
//!     <Verbfile>PETR.Validate.verbs.txt</Verbfile>
//!     <Actorfile>PETR.Validate.actors.txt</Actorfile>
//!     <Include>valid DEMO ACTOR VERB</Include>
//!     <Config option="stop_on_error" value="True"></Config>
//! </Environment>
//! <Sentences>
//! <Config option="require_dyad" value="false"></Config>
//! <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
//! <!-- comments anywhere -->
//! <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
//! <Text>Arnor is about to restore full diplomatic ties with Gondor.</Text>
//! <Parse>(ROOT (S ...))</Parse>
//! </Sentence>
//! </Sentences>
//! </Validation>
//! ```
//!
//! Instead of event codings a record may expect no events (`<EventCoding noevents="True">`)
//! or an error (`<EventCoding error="dateline">`); either passes only when the coder produces
//! nothing. Records with `sentence="false"` are read but not scored. A `<Config>` between
//! records changes a coder option from there on; each record carries the options in effect
//! for it. A `<Stop>` element ends the file, as in PETRARCH.
//!
//! Reading is forgiving where PETRARCH's files are untidy (single-quoted attributes holding
//! double quotes, spaces around `=`, a stray `&`), fails only on a file that cannot be read
//! or is not XML, and skips a record that is malformed in itself with a warning naming its line.

mod score;
mod xml;

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;

use crate::EvalError;
use xml::Element;

pub use score::{CategoryScore, Failure, PetrarchReport, score};

/// What a records file's `<Environment>` says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    /// `<Verbfile>`, relative to the records file's directory.
    pub verbs: Option<PathBuf>,
    /// `<Actorfile>`, likewise.
    pub actors: Option<PathBuf>,
    /// `<Agentfile>`, likewise.
    pub agents: Option<PathBuf>,
    /// `<Discardfile>`, likewise.
    pub discards: Option<PathBuf>,
    /// The categories `<Include>` names, as written (PETRARCH's own list starts with `valid`).
    pub include: Vec<String>,
    /// The `<Config option=".." value="..">` settings of the environment, by option name
    /// (lower-cased), values as written.
    pub config: BTreeMap<String, String>,
}

/// One `<Sentence>` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub category: String,
    pub date: Option<NaiveDate>,
    /// `sentence="true"` (also when the attribute is absent): the record is scored.
    pub active: bool,
    /// The `<Text>`, entities resolved and whitespace runs collapsed to one space.
    pub text: String,
    /// The `<Parse>` (a Penn Treebank tree), trimmed; `None` when absent or empty.
    pub parse: Option<String>,
    pub expected: Expected,
    /// The line of the `<Sentence>` start tag.
    pub line: usize,
    /// Coder options in effect for this record: the environment's `<Config>`s overlaid with
    /// those met between records so far (option names lower-cased).
    pub config: BTreeMap<String, String>,
}

/// What a record expects the coder to produce.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    /// These events (`<EventCoding sourcecode targetcode eventcode>`), in file order. A repeated
    /// triple is kept here; scoring compares sets.
    Events(Vec<Triple>),
    /// `<EventCoding noevents="True">`, or a record with no `<EventCoding>` at all.
    NoEvents,
    /// `<EventCoding error="...">`: PETRARCH was to reject the sentence (a dateline, a discard,
    /// a bad parse); dyad passes by producing nothing.
    Error(String),
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Events(triples) if triples.is_empty() => f.write_str("no events"),
            Expected::Events(triples) => {
                for (i, t) in triples.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{t}")?;
                }
                Ok(())
            }
            Expected::NoEvents => f.write_str("no events"),
            Expected::Error(kind) => write!(f, "error {kind} (no events)"),
        }
    }
}

/// One coded event as PETRARCH writes it: source code, target code, CAMEO event code. Codes
/// are compared as written; PETRARCH's quoted new actors (`"INJURY TOLL"`) keep their quotes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Triple {
    pub source: String,
    pub target: String,
    pub code: String,
}

impl Triple {
    pub fn new(source: impl Into<String>, target: impl Into<String>, code: impl Into<String>) -> Triple {
        Triple {
            source: source.into(),
            target: target.into(),
            code: code.into(),
        }
    }
}

impl fmt::Display for Triple {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.source, self.target, self.code)
    }
}

/// Reads a records file: its environment (dictionary paths resolved against the file's
/// directory), its records in file order, and warnings (`file:line: message`) for records
/// that were skipped as malformed or have something odd about them.
///
/// Fails only when the file cannot be read or is not well-formed XML.
pub fn read_records(path: &Path) -> Result<(Environment, Vec<Record>, Vec<String>), EvalError> {
    let bytes = std::fs::read(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let text = dyad_dict::petrarch::decode(&bytes);
    let name = path.display().to_string();
    parse_records(&text, &name, path.parent().unwrap_or(Path::new(""))).map_err(|e| match e {
        EvalError::Xml { line, message, .. } => EvalError::Xml {
            path: path.to_path_buf(),
            line,
            message,
        },
        other => other,
    })
}

/// [`read_records`] on text already in memory: `name` is the file name warnings start with
/// (and the path of an [`EvalError::Xml`]); dictionary paths are resolved against `base_dir`.
///
/// Fails only when the text is not well-formed XML.
pub fn parse_records(
    text: &str,
    name: &str,
    base_dir: &Path,
) -> Result<(Environment, Vec<Record>, Vec<String>), EvalError> {
    // One PETRARCH validation file writes a comment as `<! --`, which PETRARCH accepted.
    let fixed;
    let text = if text.contains("<! --") {
        fixed = text.replace("<! --", "<!--");
        fixed.as_str()
    } else {
        text
    };
    let root = xml::parse(text).map_err(|e| EvalError::Xml {
        path: PathBuf::from(name),
        line: e.line,
        message: e.message,
    })?;
    let mut reader = Interpreter {
        file: name.to_string(),
        dir: base_dir.to_path_buf(),
        env: Environment::default(),
        config: BTreeMap::new(),
        records: Vec::new(),
        warnings: Vec::new(),
        ids: HashSet::new(),
        stopped: false,
    };
    reader.visit(&root);
    Ok((reader.env, reader.records, reader.warnings))
}

/// Loads the dictionaries a records file's environment names — those files only, in
/// PETRARCH's format. Problems inside the files (a bad entry, which is skipped) are returned
/// alongside; a named file that does not exist is an error.
pub fn load_dictionaries(env: &Environment) -> Result<(dyad_dict::Dictionaries, Vec<dyad_dict::Problem>), EvalError> {
    let mut files = dyad_dict::petrarch::DictionaryFiles::default();
    for (kind, path, list) in [
        ("verbs", &env.verbs, &mut files.verbs),
        ("actors", &env.actors, &mut files.actors),
        ("agents", &env.agents, &mut files.agents),
        ("discards", &env.discards, &mut files.discards),
    ] {
        if let Some(path) = path {
            if !path.is_file() {
                return Err(EvalError::MissingDictionary {
                    kind,
                    path: path.clone(),
                });
            }
            list.push(path.clone());
        }
    }
    Ok(dyad_dict::petrarch::load_files(&files))
}

/// Walks the element tree in document order, keeping the state records depend on.
struct Interpreter {
    file: String,
    dir: PathBuf,
    env: Environment,
    config: BTreeMap<String, String>,
    records: Vec<Record>,
    warnings: Vec<String>,
    ids: HashSet<String>,
    stopped: bool,
}

impl Interpreter {
    fn warn(&mut self, line: usize, message: impl fmt::Display) {
        self.warnings.push(format!("{}:{line}: {message}", self.file));
    }

    fn visit(&mut self, parent: &Element) {
        for element in parent.elements() {
            if self.stopped {
                return;
            }
            match element.name.as_str() {
                "Environment" => self.environment(element),
                "Sentence" => self.sentence(element),
                "Config" => {
                    if let Some((option, value)) = self.config_option(element) {
                        self.config.insert(option, value);
                    }
                }
                "Stop" => self.stop(element),
                _ => self.visit(element),
            }
        }
    }

    fn stop(&mut self, element: &Element) {
        self.stopped = true;
        self.warn(element.line, "<Stop>: the records after it are not read");
    }

    fn environment(&mut self, element: &Element) {
        for child in element.elements() {
            let path = || {
                let name = child.text();
                let name = name.trim();
                (!name.is_empty()).then(|| self.dir.join(name))
            };
            match child.name.as_str() {
                "Verbfile" => self.env.verbs = path(),
                "Actorfile" => self.env.actors = path(),
                "Agentfile" => self.env.agents = path(),
                "Discardfile" => self.env.discards = path(),
                "Include" => self.env.include = child.text().split_whitespace().map(str::to_string).collect(),
                "Config" => {
                    if let Some((option, value)) = self.config_option(child) {
                        self.env.config.insert(option.clone(), value.clone());
                        self.config.insert(option, value);
                    }
                }
                _ => {}
            }
        }
    }

    /// `<Config option=".." value="..">` as (lower-cased option, value).
    fn config_option(&mut self, element: &Element) -> Option<(String, String)> {
        match (element.attr("option"), element.attr("value")) {
            (Some(option), Some(value)) if !option.trim().is_empty() => {
                Some((option.trim().to_lowercase(), value.trim().to_string()))
            }
            _ => {
                self.warn(element.line, "<Config> needs option and value attributes; ignored");
                None
            }
        }
    }

    fn sentence(&mut self, element: &Element) {
        let mut notes = Vec::new();
        match record(element, &self.config, &mut notes) {
            Ok(record) => {
                for note in notes {
                    self.warn(element.line, format_args!("record {}: {note}", record.id));
                }
                if !self.ids.insert(record.id.clone()) {
                    self.warn(element.line, format_args!("record {}: id used before", record.id));
                }
                self.records.push(record);
            }
            Err(message) => {
                let id = element.attr("id").map(str::trim).filter(|id| !id.is_empty());
                let which = id.map(|id| format!("record {id}")).unwrap_or_else(|| "record".into());
                self.warn(element.line, format_args!("{which} skipped: {message}"));
            }
        }
        if let Some(stop) = element.elements().find(|e| e.name == "Stop") {
            self.stop(stop);
        }
    }
}

/// Builds a record, or says why it is malformed. `notes` receives oddities that do not
/// make it unusable.
fn record(element: &Element, config: &BTreeMap<String, String>, notes: &mut Vec<String>) -> Result<Record, String> {
    if let Some(e) = &element.attr_error {
        return Err(format!("bad attribute: {e}"));
    }
    let id = element
        .attr("id")
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .ok_or("no id")?
        .to_string();
    let category = match element.attr("category").map(str::trim) {
        Some(c) if !c.is_empty() => c.to_string(),
        _ => {
            notes.push("no category".into());
            String::new()
        }
    };
    let date = match element.attr("date").map(str::trim) {
        None | Some("") => None,
        Some(d) => Some(parse_date(d).ok_or_else(|| format!("date {d:?} is not YYYYMMDD"))?),
    };
    let active = match element.attr("sentence").map(|s| s.trim().to_ascii_lowercase()) {
        None => true,
        Some(s) if s == "true" => true,
        Some(s) if s == "false" => false,
        Some(s) => return Err(format!("sentence={s:?} is neither true nor false")),
    };
    let mut text = None;
    let mut parse = None;
    let mut codings = Vec::new();
    for child in element.elements() {
        match child.name.as_str() {
            "Text" => {
                if text.is_some() {
                    return Err(format!("a second <Text> at line {}", child.line));
                }
                text = Some(child.text().split_whitespace().collect::<Vec<_>>().join(" "));
            }
            "Parse" => {
                if parse.is_some() {
                    return Err(format!("a second <Parse> at line {}", child.line));
                }
                parse = Some(child.text().trim().to_string());
            }
            "EventCoding" => codings.push(coding(child)?),
            _ => {}
        }
    }
    let text = text.ok_or("no <Text>")?;
    if text.is_empty() {
        return Err("empty <Text>".into());
    }
    let expected = expected(codings)?;
    if expected == Expected::NoEvents && !element.elements().any(|e| e.name == "EventCoding") {
        notes.push("no <EventCoding>; expecting no events".into());
    }
    Ok(Record {
        id,
        category,
        date,
        active,
        text,
        parse: parse.filter(|p| !p.is_empty()),
        expected,
        line: element.line,
        config: config.clone(),
    })
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y%m%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%Y-%m-%d"))
        .ok()
}

/// What one `<EventCoding>` says.
enum Coding {
    Event(Triple),
    NoEvents,
    Error(String),
}

fn coding(element: &Element) -> Result<Coding, String> {
    let at = element.line;
    if let Some(e) = &element.attr_error {
        return Err(format!("<EventCoding> at line {at}: bad attribute: {e}"));
    }
    let codes = [
        element.attr("sourcecode"),
        element.attr("targetcode"),
        element.attr("eventcode"),
    ]
    .map(|c| c.map(str::trim));
    let has_codes = codes.iter().any(Option::is_some);
    let noevents = match element.attr("noevents").map(|v| v.trim().to_ascii_lowercase()) {
        None => false,
        Some(v) if v == "true" => true,
        Some(v) if v == "false" => false,
        Some(v) => {
            return Err(format!(
                "<EventCoding> at line {at}: noevents={v:?} is neither true nor false"
            ));
        }
    };
    let error = element.attr("error").map(str::trim);
    match (error, noevents, has_codes) {
        (Some(""), _, _) => Err(format!("<EventCoding> at line {at}: empty error")),
        (Some(e), false, false) => Ok(Coding::Error(e.to_string())),
        (None, true, false) => Ok(Coding::NoEvents),
        (None, false, true) => match codes {
            [Some(s), Some(t), Some(c)] if !s.is_empty() && !t.is_empty() && !c.is_empty() => {
                Ok(Coding::Event(Triple::new(s, t, c)))
            }
            _ => Err(format!(
                "<EventCoding> at line {at} needs non-empty sourcecode, targetcode and eventcode"
            )),
        },
        (None, false, false) => Err(format!("<EventCoding> at line {at} has no codes")),
        _ => Err(format!("<EventCoding> at line {at} mixes codes, noevents and error")),
    }
}

/// Combines a record's codings; no events and an error exclude each other and any event.
fn expected(codings: Vec<Coding>) -> Result<Expected, String> {
    let mut triples = Vec::new();
    let mut noevents = false;
    let mut errors: Vec<String> = Vec::new();
    for coding in codings {
        match coding {
            Coding::Event(t) => triples.push(t),
            Coding::NoEvents => noevents = true,
            Coding::Error(e) => {
                if !errors.contains(&e) {
                    errors.push(e);
                }
            }
        }
    }
    match (triples.is_empty(), noevents, errors.len()) {
        (false, false, 0) => Ok(Expected::Events(triples)),
        (true, _, 0) => Ok(Expected::NoEvents),
        (true, false, 1) => Ok(Expected::Error(errors.swap_remove(0))),
        _ => Err("<EventCoding>s contradict each other (events, noevents, errors)".into()),
    }
}

#[cfg(test)]
mod tests;
