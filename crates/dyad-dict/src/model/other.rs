//! Discards (phrases whose sentence or story is not coded) and issues (phrase → issue tag).

use super::phrase::{Origin, Phrase};

/// How much text a discard phrase removes from coding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DiscardScope {
    /// Only the sentence containing the phrase.
    Sentence,
    /// The whole story (PETRARCH: the line starts with `+`).
    Story,
}

/// A phrase whose presence stops coding of its sentence or story.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    pub phrase: Phrase,
    pub scope: DiscardScope,
    /// PETRARCH: a phrase ending in `_` must end at a word boundary; otherwise it is a stem
    /// ("BASKETBALL" also matches "basketballer").
    pub whole_word: bool,
    pub origin: Origin,
}

/// What an issue phrase does when found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueAction {
    /// Tag the sentence with this issue code.
    Code(String),
    /// PETRARCH `~phrase`: an ignore phrase; its presence cancels issue coding of the sentence.
    Ignore,
    /// PETRARCH `~~phrase`: the second ignore list (used for historical cases); it cancels
    /// issue coding just as `~` does, but PETRARCH keeps the two apart.
    IgnoreStrong,
}

/// One issue line with its expanded variants (`n:`, `v:` and `+` expansions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueEntry {
    /// Every phrase the line expands to; the first is the line's own words.
    pub variants: Vec<Phrase>,
    pub action: IssueAction,
    /// The `<ISSUE CATEGORY="...">` block the line is in.
    pub category: Option<String>,
    pub origin: Origin,
}
