//! Words, abbreviations, initials, bare domains and e-mail addresses: every
//! token that starts with a letter.

use super::TokenKind;
use crate::abbrev::{AbbrevKind, abbreviation_kind};
use crate::chars::{char_at, is_word_char, skip_ws};

/// End of the run of word chars starting at `i`.
pub(super) fn word_chars_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                break;
            }
            i += 1;
        } else {
            match char_at(text, i) {
                Some(c) if is_word_char(c) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

fn word_char_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(is_word_char)
}

/// If a hyphen or underscore at `i` joins two word parts (`al-Assad`,
/// `F-16`), the offset of the second part.
pub(super) fn hyphen_continues(text: &str, i: usize) -> Option<usize> {
    let c = char_at(text, i).filter(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}' | '_'))?;
    let next = i + c.len_utf8();
    word_char_at(text, next).then_some(next)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Byte length of a possessive `'s`/`’s` at `i` (one that ends the word).
pub(super) fn possessive_len(text: &str, i: usize) -> Option<usize> {
    let c = char_at(text, i).filter(|&c| is_apostrophe(c))?;
    let s = i + c.len_utf8();
    let is_s = matches!(text.as_bytes().get(s), Some(b's' | b'S'));
    (is_s && !word_char_at(text, s + 1)).then_some(c.len_utf8() + 1)
}

/// If an apostrophe at `i` sits inside a word (`don't`, `O'Brien`) rather
/// than starting a possessive, the offset after it.
fn apostrophe_continues(text: &str, i: usize) -> Option<usize> {
    let c = char_at(text, i).filter(|&c| is_apostrophe(c))?;
    let next = i + c.len_utf8();
    let inside = word_char_at(text, next) && possessive_len(text, i).is_none();
    inside.then_some(next)
}

/// End of a dotted initialism at `pos` (`U.S.`, `J.R.R.`, `p.m.`, `Ph.D.`):
/// two or more runs of one or two letters, each closed by a dot.
fn dotted_end(text: &str, pos: usize) -> Option<usize> {
    // Cheap reject for ASCII words: the first dot must come within two letters.
    let head = text.as_bytes().get(pos..).unwrap_or_default();
    if head.len() >= 3 && head[0] < 0x80 && head[1] != b'.' && head[2] != b'.' {
        return None;
    }
    let mut i = pos;
    let mut parts = 0;
    loop {
        let mut letters = 0;
        while let Some(c) = char_at(text, i).filter(|c| c.is_alphabetic()) {
            letters += 1;
            i += c.len_utf8();
        }
        if !(1..=2).contains(&letters) || text.as_bytes().get(i) != Some(&b'.') {
            break;
        }
        i += 1;
        parts += 1;
        if !char_at(text, i).is_some_and(char::is_alphabetic) {
            break;
        }
    }
    (parts >= 2 && !word_char_at(text, i)).then_some(i)
}

/// Scans a token starting with a word char at `pos`.
pub(super) fn scan_word(text: &str, pos: usize) -> (usize, TokenKind) {
    if let Some(end) = dotted_end(text, pos) {
        return (end, TokenKind::Abbreviation);
    }
    let mut i = word_chars_end(text, pos);
    let mut domain = false;
    loop {
        if let Some(next) = hyphen_continues(text, i).or_else(|| apostrophe_continues(text, i)) {
            i = word_chars_end(text, next);
            continue;
        }
        match text.as_bytes().get(i) {
            Some(b'.') => match after_dot(text, pos, i, domain) {
                Dot::Ends(end, kind) => return (end, kind),
                Dot::Domain(next) => {
                    domain = true;
                    i = word_chars_end(text, next);
                }
                Dot::Stop => break,
            },
            Some(b'@') => match email_end(text, i) {
                Some(end) => return (end, TokenKind::Email),
                None => break,
            },
            _ => break,
        }
    }
    let kind = if domain && looks_like_domain(text.get(pos..i).unwrap_or_default()) {
        TokenKind::Url
    } else {
        TokenKind::Word
    };
    (i, kind)
}

/// Continues a plain word from `i` (after a number's hyphen: `3-year-old`).
pub(super) fn scan_word_from(text: &str, mut i: usize) -> usize {
    i = word_chars_end(text, i);
    while let Some(next) = hyphen_continues(text, i).or_else(|| apostrophe_continues(text, i)) {
        i = word_chars_end(text, next);
    }
    i
}

/// What a dot after a word means.
enum Dot {
    /// The dot belongs to the token, which ends after it.
    Ends(usize, TokenKind),
    /// A domain goes on after the dot (`bbc.co.uk`, `john.smith@...`).
    Domain(usize),
    /// The dot is punctuation of its own.
    Stop,
}

/// Decides the dot at `dot` after the word `text[pos..dot]`.
fn after_dot(text: &str, pos: usize, dot: usize, domain: bool) -> Dot {
    let next = dot + 1;
    if let Some(c) = char_at(text, next).filter(|&c| is_word_char(c)) {
        // Only a lowercase or digit continuation is a domain; `end.The` is a
        // missing space.
        return if c.is_ascii_lowercase() || c.is_ascii_digit() {
            Dot::Domain(next)
        } else {
            Dot::Stop
        };
    }
    let word = text.get(pos..dot).unwrap_or_default();
    if domain {
        return Dot::Stop;
    }
    match abbreviation_kind(word) {
        Some(AbbrevKind::Numeric) if !digit_follows(text, next) => Dot::Stop,
        Some(_) => Dot::Ends(next, TokenKind::Abbreviation),
        // A capital at the very end of a sentence ("World War I.") keeps its
        // full stop as punctuation.
        None if is_initial(word) && next < text.len() => Dot::Ends(next, TokenKind::Initial),
        None => Dot::Stop,
    }
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

fn digit_follows(text: &str, pos: usize) -> bool {
    let next = skip_ws(text, pos).next;
    text.as_bytes().get(next).is_some_and(u8::is_ascii_digit)
}

/// `bbc.co.uk`, `example.com`: the last label is two or more ASCII letters.
fn looks_like_domain(word: &str) -> bool {
    word.rsplit('.')
        .next()
        .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// End of an e-mail address whose `@` is at `at`: the domain needs a dot.
fn email_end(text: &str, at: usize) -> Option<usize> {
    let start = at + 1;
    if !word_char_at(text, start) {
        return None;
    }
    let mut i = word_chars_end(text, start);
    let mut dots = 0;
    while let Some(b @ (b'.' | b'-')) = text.as_bytes().get(i).copied() {
        if !word_char_at(text, i + 1) {
            break;
        }
        dots += usize::from(b == b'.');
        i = word_chars_end(text, i + 1);
    }
    (dots > 0).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str) -> (&str, TokenKind) {
        let (end, kind) = scan_word(text, 0);
        (&text[..end], kind)
    }

    #[test]
    fn hyphens_and_apostrophes() {
        assert_eq!(word("al-Assad said"), ("al-Assad", TokenKind::Word));
        assert_eq!(word("don't go").0, "don't");
        assert_eq!(word("O’Brien,").0, "O’Brien");
        assert_eq!(word("Turkey's army").0, "Turkey");
        assert_eq!(word("Turkey’s").0, "Turkey");
        assert_eq!(word("leaders' union").0, "leaders");
        assert_eq!(word("COVID-19 cases").0, "COVID-19");
        assert_eq!(word("well- known").0, "well");
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(word("U.S. envoy"), ("U.S.", TokenKind::Abbreviation));
        assert_eq!(word("U.S.-led"), ("U.S.", TokenKind::Abbreviation));
        assert_eq!(word("Gen. Smith"), ("Gen.", TokenKind::Abbreviation));
        assert_eq!(word("F. Kennedy"), ("F.", TokenKind::Initial));
        assert_eq!(word("No. 5"), ("No.", TokenKind::Abbreviation));
        assert_eq!(word("no. The"), ("no", TokenKind::Word));
        assert_eq!(word("I."), ("I", TokenKind::Word));
        assert_eq!(word("left. The"), ("left", TokenKind::Word));
    }

    #[test]
    fn domains_and_emails() {
        assert_eq!(word("bbc.co.uk."), ("bbc.co.uk", TokenKind::Url));
        assert_eq!(
            word("john.smith@example.org."),
            ("john.smith@example.org", TokenKind::Email)
        );
        assert_eq!(word("press@un"), ("press", TokenKind::Word));
        assert_eq!(word("v1.2 out"), ("v1.2", TokenKind::Word));
        assert_eq!(word("end.The"), ("end", TokenKind::Word));
    }

    #[test]
    fn unicode_words() {
        assert_eq!(word("Ердоган заявил").0, "Ердоган");
        assert_eq!(word("الأسد قال").0, "الأسد");
        assert_eq!(word("Müller-Lüdenscheidt.").0, "Müller-Lüdenscheidt");
    }
}
