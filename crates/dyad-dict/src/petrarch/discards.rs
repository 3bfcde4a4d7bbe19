//! PETRARCH discard lists (`*.discards.txt`): phrases whose sentence (or, with a leading `+`,
//! whole story) is not coded. A trailing `_` asks for a whole-word match; otherwise the phrase
//! is a stem.

use std::sync::Arc;

use super::text::lines;
use crate::error::Problem;
use crate::model::{Discard, DiscardScope, Origin, Phrase};

/// Reads a discard list. Lines with no phrase are reported and skipped.
pub fn read_discards(text: &str, file: &str) -> (Vec<Discard>, Vec<Problem>) {
    let file: Arc<str> = Arc::from(file);
    let mut discards = Vec::new();
    let mut problems = Vec::new();
    for (line, content) in lines(text, &['#']) {
        let content = content.trim();
        let (scope, rest) = match content.strip_prefix('+') {
            Some(rest) => (DiscardScope::Story, rest.trim()),
            None => (DiscardScope::Sentence, content),
        };
        let whole_word = rest.ends_with('_');
        match Phrase::new(rest) {
            Some(phrase) => discards.push(Discard {
                phrase,
                scope,
                whole_word,
                origin: Origin::new(&file, line),
            }),
            None => problems.push(Problem::error(&*file, line, "expected a phrase to discard after '+'")),
        }
    }
    (discards, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_and_word_boundaries() {
        let text = "# sports\n+ World Golf Championships   # pas\nBASKETBALL\nWORLD_CUP_\t\n+\n";
        let (discards, problems) = read_discards(text, "d.txt");
        let got: Vec<_> = discards
            .iter()
            .map(|d| (d.phrase.key.as_str(), d.scope, d.whole_word))
            .collect();
        assert_eq!(
            got,
            [
                ("world golf championships", DiscardScope::Story, false),
                ("basketball", DiscardScope::Sentence, false),
                ("world cup", DiscardScope::Sentence, true),
            ]
        );
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 5);
    }
}
