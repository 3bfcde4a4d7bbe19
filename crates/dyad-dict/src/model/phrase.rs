//! Phrases (token sequences with their original text) and entry origins.

use std::fmt;
use std::sync::Arc;

/// A phrase as written in a dictionary, with its normalised matching key.
///
/// `key` is the phrase's tokens, lower-cased and joined by single spaces: PETRARCH separates
/// words with blanks or underscores, so both split tokens. Keeping the tokens in one string
/// makes the key usable directly for hash lookups and costs one allocation per phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The text as the dictionary wrote it (e.g. `IRANIAN_FOREIGN_MINISTER`).
    pub text: String,
    /// Lower-case tokens joined by one space (e.g. `iranian foreign minister`).
    pub key: String,
}

impl Phrase {
    /// A phrase from dictionary text; `None` when the text holds no token.
    pub fn new(text: &str) -> Option<Phrase> {
        let key = normalise(text);
        (!key.is_empty()).then(|| Phrase {
            text: text.trim().to_string(),
            key,
        })
    }

    /// The lower-case tokens of the phrase.
    pub fn tokens(&self) -> impl Iterator<Item = &str> {
        self.key.split(' ')
    }

    /// How many tokens the phrase has.
    pub fn token_count(&self) -> usize {
        self.key.split(' ').count()
    }
}

/// Normalises text to a phrase key: tokens split on whitespace and `_`, lower-cased, joined by
/// one space. Control characters are dropped (old files carry stray bytes such as 0x1A).
pub fn normalise(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let tokens = text.split(|c: char| c.is_whitespace() || c == '_');
    for token in tokens.filter(|t| t.chars().any(|c| !c.is_control())) {
        if !key.is_empty() {
            key.push(' ');
        }
        if token.is_ascii() {
            key.extend(
                token
                    .bytes()
                    .filter(|b| !b.is_ascii_control())
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        } else {
            key.extend(token.chars().filter(|c| !c.is_control()).flat_map(char::to_lowercase));
        }
    }
    key
}

/// Where an entry was defined: file (shared between the entries of one file) and 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: Arc<str>,
    pub line: usize,
}

impl Origin {
    pub fn new(file: &Arc<str>, line: usize) -> Origin {
        Origin {
            file: Arc::clone(file),
            line,
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_splits_on_blanks_and_underscores() {
        assert_eq!(normalise("  IRANIAN_FOREIGN  Minister_ "), "iranian foreign minister");
        assert_eq!(normalise("ERDO\u{11E}AN"), "erdoğan");
        assert_eq!(normalise("JAN_STRASK\u{1a}Y"), "jan strasky");
        assert_eq!(normalise("_ _"), "");
    }

    #[test]
    fn phrase_keeps_original_text() {
        let phrase = Phrase::new("U.S._ARMY_").expect("a phrase");
        assert_eq!(phrase.text, "U.S._ARMY_");
        assert_eq!(phrase.tokens().collect::<Vec<_>>(), ["u.s.", "army"]);
        assert_eq!(phrase.token_count(), 2);
        assert!(Phrase::new("  ").is_none());
    }
}
