//! Deciding whether a run of terminal punctuation ends the sentence.

use super::{Sentences, Step};
use crate::abbrev::{AbbrevKind, WordClass, classify, is_sentence_starter};
use crate::chars::{char_at, is_closer, is_opener, is_ws_at, skip_ws};

/// What kind of terminal punctuation a run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RunKind {
    /// A single `.`, which may belong to an abbreviation.
    Period,
    /// `...`, `..`, `…`: a pause mid-sentence or a trailing-off end.
    Ellipsis,
    /// Contains `!` or `?`.
    Strong,
}

/// Consumes the run of `. ! ? …` starting at `pos`; returns its end and kind.
fn scan_run(text: &str, mut pos: usize) -> (usize, RunKind) {
    let mut chars = 0;
    let mut strong = false;
    let mut ellipsis = false;
    while let Some(c) = char_at(text, pos) {
        match c {
            '.' => {}
            '!' | '?' => strong = true,
            '\u{2026}' => ellipsis = true,
            _ => break,
        }
        chars += 1;
        pos += c.len_utf8();
    }
    let kind = if strong {
        RunKind::Strong
    } else if ellipsis || chars > 1 {
        RunKind::Ellipsis
    } else {
        RunKind::Period
    };
    (pos, kind)
}

/// French typography puts a (no-break) space before the closing guillemet:
/// `« Non. »`. Returns the offset after such a `»` at `pos`.
fn spaced_guillemet_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let after_space = rest.trim_start_matches([' ', '\u{00A0}', '\u{202F}']);
    let spaces = rest.len() - after_space.len();
    (spaces > 0 && after_space.starts_with('»')).then(|| pos + spaces + '»'.len_utf8())
}

/// The word that follows a candidate boundary, as far as the rules need it.
struct Next {
    lowercase: bool,
    digit: bool,
    starter: bool,
}

impl Next {
    /// Reads the word at `pos`, looking through opening quotes and brackets.
    fn read(text: &str, mut pos: usize) -> Self {
        while let Some(c) = char_at(text, pos).filter(|&c| is_opener(c)) {
            pos += c.len_utf8();
        }
        let first = char_at(text, pos);
        Self {
            lowercase: first.is_some_and(char::is_lowercase),
            digit: first.is_some_and(|c| c.is_ascii_digit()),
            starter: starter_at(text, pos),
        }
    }
}

/// True when a typical sentence opener ("He", "The") starts at `pos` as a
/// whole word; "A." is an initial, not the article.
fn starter_at(text: &str, pos: usize) -> bool {
    let rest = text.get(pos..).unwrap_or_default();
    let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let after = rest.as_bytes().get(len).copied();
    let whole_word = !matches!(after, Some(b) if b.is_ascii_alphanumeric() || b == b'.' || b >= 0x80);
    whole_word && rest.get(..len).is_some_and(is_sentence_starter)
}

/// Longest stretch scanned back for the word before a full stop; abbreviations
/// are far shorter, so anything longer is an ordinary word.
const MAX_WORD_BACK: usize = 24;

/// The word ending at the full stop at `dot`, not reaching before `start`.
/// Returns `""` for words too long to be abbreviations.
fn word_before(text: &str, start: usize, dot: usize) -> &str {
    let bytes = text.as_bytes();
    let is_word_byte = |x: u8| x.is_ascii_alphanumeric() || x == b'.' || x >= 0x80;
    let floor = start.max(dot.saturating_sub(MAX_WORD_BACK));
    let mut b = dot;
    while b > floor && bytes.get(b - 1).is_some_and(|&x| is_word_byte(x)) {
        b -= 1;
    }
    if b > start && bytes.get(b - 1).is_some_and(|&x| is_word_byte(x)) {
        return "";
    }
    let word = text.get(b..dot).unwrap_or_default();
    // Non-ASCII punctuation or spaces (a curly quote, a no-break space) may
    // have been swept up; keep only what follows the last of them.
    word.rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or_default()
}

/// Whether the one-letter word at `letter` follows a lower-case word: "posted on X. Police
/// fired…", "TikTok, YouTube and X. The ban…". An initial follows a first name or another
/// initial ("John F. Kennedy"), and in news copy after a lower-case word only after "by"
/// ("written by J. Smith"), so such a letter is a name of its own and its full stop ends the
/// sentence.
fn after_lowercase_word(text: &str, start: usize, letter: usize) -> bool {
    let Some(before) = text.get(start..letter) else {
        return false;
    };
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let word = head.rsplit(' ').next().unwrap_or_default();
    !word.is_empty() && word != "by" && word.chars().all(|c| c.is_ascii_lowercase())
}

/// Whether another initial follows the full stop at `dot` ("Smith and C. D. Jones").
fn initial_follows(text: &str, dot: usize) -> bool {
    let rest = text.get(dot + 1..).unwrap_or_default().trim_start();
    let mut chars = rest.chars();
    matches!((chars.next(), chars.next()), (Some(c), Some('.')) if c.is_uppercase())
}

/// Whether a lone full stop at `dot`, followed by `next`, ends the sentence.
fn period_splits(text: &str, start: usize, dot: usize, next: &Next) -> bool {
    match classify(word_before(text, start, dot)) {
        WordClass::Plain | WordClass::Abbrev(AbbrevKind::Trailing) => true,
        WordClass::Initial => {
            next.starter || (after_lowercase_word(text, start, dot - 1) && !initial_follows(text, dot))
        }
        WordClass::Abbrev(AbbrevKind::Title | AbbrevKind::Suffix | AbbrevKind::Initialism) => next.starter,
        WordClass::Abbrev(AbbrevKind::Month | AbbrevKind::Numeric) => !next.digit,
    }
}

impl Sentences<'_> {
    /// Handles terminal punctuation at `at` in the sentence begun at `start`.
    pub(super) fn terminal(&mut self, start: usize, at: usize) -> Step {
        let text = self.text;
        let (run_end, kind) = scan_run(text, at);
        let after = self.consume_closers(run_end);
        if self.ends_here(start, at, kind, after) {
            Step::End(after)
        } else {
            Step::Resume(after)
        }
    }

    /// Moves past closing quotes and brackets, closing an open quotation.
    fn consume_closers(&mut self, mut pos: usize) -> usize {
        loop {
            if let Some(c) = char_at(self.text, pos).filter(|&c| is_closer(c)) {
                if matches!(c, '"' | '\u{201D}' | '\u{00BB}') {
                    self.quote.close();
                }
                pos += c.len_utf8();
            } else if let Some(end) = spaced_guillemet_end(self.text, pos) {
                self.quote.close();
                pos = end;
            } else {
                return pos;
            }
        }
    }

    fn ends_here(&mut self, start: usize, at: usize, kind: RunKind, after: usize) -> bool {
        let text = self.text;
        if after < text.len() && !is_ws_at(text, after) {
            return false;
        }
        let skipped = skip_ws(text, after);
        if skipped.paragraph_break || skipped.next >= text.len() {
            return true;
        }
        let next = Next::read(text, skipped.next);
        if next.lowercase {
            return false;
        }
        let splits = match kind {
            RunKind::Strong | RunKind::Ellipsis => true,
            RunKind::Period => period_splits(text, start, at, &next),
        };
        splits && !(self.quote.is_open() && self.quote.continues_after(text, after))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs() {
        assert_eq!(scan_run("a. b", 1), (2, RunKind::Period));
        assert_eq!(scan_run("a... b", 1), (4, RunKind::Ellipsis));
        assert_eq!(scan_run("a… b", 1), (4, RunKind::Ellipsis));
        assert_eq!(scan_run("a?! b", 1), (3, RunKind::Strong));
    }

    #[test]
    fn word_before_finds_abbreviations() {
        let text = "the U.S. envoy";
        assert_eq!(word_before(text, 0, 7), "U.S");
        let text = "met “Gen. X";
        let dot = text.find('.').unwrap_or_default();
        assert_eq!(word_before(text, 0, dot), "Gen");
        assert_eq!(word_before("Gen.", 0, 3), "Gen");
    }

    #[test]
    fn word_before_gives_up_on_long_words() {
        let text = "Supercalifragilisticexpialidocious.";
        assert_eq!(word_before(text, 0, text.len() - 1), "");
    }

    #[test]
    fn starter_must_be_a_whole_word() {
        assert!(starter_at("He left", 0));
        assert!(starter_at("A man", 0));
        assert!(!starter_at("A. B. Smith", 0));
        assert!(!starter_at("Hebrew", 0));
        assert!(!starter_at("Ambassador", 0));
    }
}
