//! Reading one bundled TOML file into typed entries, each with its line.
//!
//! The file is parsed once into toml's spanned document; each `[[table]]` entry is then
//! deserialised on its own, so a bad entry becomes one problem at its line and is skipped
//! while the rest of the file loads.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::Deserialize;
use serde::de::IntoDeserializer;
use toml::de::{DeTable, DeValue};

use crate::error::Problem;

/// A parsed bundled file and the problems found in it so far.
pub struct Doc<'i> {
    pub file: Arc<str>,
    table: DeTable<'i>,
    /// Byte offsets where lines start (the first is 0), to turn spans into line numbers.
    line_starts: Vec<usize>,
    pub problems: Vec<Problem>,
}

impl<'i> Doc<'i> {
    /// Parses `text`; `arrays` are the `[[name]]` tables the format allows (besides `as_of`).
    /// A syntax error is one problem and leaves the document empty.
    pub fn parse(text: &'i str, file: &str, arrays: &[&str]) -> Doc<'i> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        let mut doc = Doc {
            file: Arc::from(file),
            table: DeTable::new(),
            line_starts,
            problems: Vec::new(),
        };
        match DeTable::parse(text) {
            Ok(table) => doc.table = table.into_inner(),
            Err(e) => {
                let line = e.span().map_or(1, |s| doc.line_of(s.start));
                doc.error(line, format!("invalid TOML: {}", e.message().trim()));
            }
        }
        doc.check_keys(arrays);
        doc
    }

    /// Warns about unknown top-level keys and a missing or malformed `as_of`.
    fn check_keys(&mut self, arrays: &[&str]) {
        let mut found_as_of = false;
        let mut warnings = Vec::new();
        for (key, value) in self.table.iter() {
            let line = self.line_of(key.span().start);
            match key.get_ref().as_ref() {
                "as_of" => {
                    found_as_of = true;
                    let ok = matches!(value.get_ref(), DeValue::String(s) if parse_date(s).is_ok());
                    if !ok {
                        warnings.push((line, "expected as_of = \"YYYY-MM-DD\"".to_string()));
                    }
                }
                name if arrays.contains(&name) => {}
                name => warnings.push((line, format!("unknown key '{name}' ignored"))),
            }
        }
        if !found_as_of && !self.table.is_empty() {
            warnings.push((1, "expected as_of = \"YYYY-MM-DD\" at the top of the file".to_string()));
        }
        for (line, message) in warnings {
            self.warning(line, message);
        }
    }

    /// The entries of the `[[name]]` array, deserialised; bad ones are reported and skipped.
    pub fn entries<T: Deserialize<'i>>(&mut self, name: &str) -> Vec<(usize, T)> {
        // Take the array out of the document (each is read once) rather than cloning it.
        let key = self
            .table
            .iter()
            .map(|(key, _)| key)
            .find(|key| key.get_ref() == name)
            .cloned();
        let Some(value) = key.and_then(|key| self.table.remove(&key)) else {
            return Vec::new();
        };
        let line = self.line_of(value.span().start);
        let DeValue::Array(items) = value.into_inner() else {
            self.error(line, format!("expected [[{name}]] tables"));
            return Vec::new();
        };
        let mut entries = Vec::with_capacity(items.len());
        for item in items {
            let line = self.line_of(item.span().start);
            match T::deserialize(item.into_deserializer()) {
                Ok(entry) => entries.push((line, entry)),
                Err(e) => {
                    let at = e.span().map_or(line, |s| self.line_of(s.start));
                    self.error(at, format!("bad [[{name}]] entry: {}", e.message().trim()));
                }
            }
        }
        entries
    }

    /// The 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        // Counting newlines per entry would be quadratic: search the line starts instead.
        match self.line_starts.binary_search(&offset) {
            Ok(index) => index + 1,
            Err(index) => index,
        }
    }

    pub fn error(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Problem::error(&*self.file, line, message));
    }

    pub fn warning(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Problem::warning(&*self.file, line, message));
    }
}

/// Parses an ISO date (`YYYY-MM-DD`).
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("expected a date YYYY-MM-DD, found '{text}'"))
}

/// Whether a code is a plausible CAMEO code: upper-case letters and digits.
pub fn valid_code(code: &str) -> bool {
    !code.is_empty() && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}
