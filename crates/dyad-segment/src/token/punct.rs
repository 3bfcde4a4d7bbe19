//! Tokens that start with neither a letter nor a digit.

use super::TokenKind;
use super::word::possessive_len;
use crate::chars::{char_before, is_word_char};

/// Scans the punctuation, quote or symbol token `c` at `pos`.
pub(super) fn scan_punct(text: &str, pos: usize, c: char) -> (usize, TokenKind) {
    let one = pos + c.len_utf8();
    if c == '.' {
        let dots = text
            .get(pos..)
            .unwrap_or_default()
            .bytes()
            .take_while(|&b| b == b'.')
            .count();
        return (pos + dots, TokenKind::Punct);
    }
    if let Some(len) = possessive_len(text, pos)
        && char_before(text, pos).is_some_and(is_word_char)
    {
        return (pos + len, TokenKind::Possessive);
    }
    if plural_possessive(text, pos, c) {
        return (one, TokenKind::Possessive);
    }
    (one, kind_of(c))
}

/// "the United Nations' top court", "the Philippines' coast guard": an apostrophe after a
/// capitalised word ending in "s" and before a lower-case word owns what follows. (A closing
/// single quote after a word in capitals is rare; after a lower-case one, "called them 'thugs'
/// and", it is common, so only names count.)
fn plural_possessive(text: &str, pos: usize, c: char) -> bool {
    if !matches!(c, '\'' | '\u{2019}') || char_before(text, pos) != Some('s') {
        return false;
    }
    let before = text.get(..pos).unwrap_or_default();
    let word = before.rsplit(|ch: char| !is_word_char(ch)).next().unwrap_or_default();
    let after = text.get(pos + c.len_utf8()..).unwrap_or_default();
    let next_lower = after
        .strip_prefix(' ')
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_lowercase);
    word.len() > 2 && word.starts_with(char::is_uppercase) && next_lower
}

fn kind_of(c: char) -> TokenKind {
    match c {
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '‹' | '›' | '„' | '‚' => TokenKind::Quote,
        ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '-' | '…' => TokenKind::Punct,
        // Dashes, Arabic and CJK punctuation, inverted marks.
        '\u{2010}'..='\u{2015}' | '¡' | '¿' | '،' | '؛' | '؟' | '。' | '、' | '·' => TokenKind::Punct,
        _ => TokenKind::Symbol,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn punct(text: &str, pos: usize) -> (&str, TokenKind) {
        let c = text[pos..].chars().next().unwrap_or(' ');
        let (end, kind) = scan_punct(text, pos, c);
        (&text[pos..end], kind)
    }

    #[test]
    fn kinds() {
        assert_eq!(punct("...", 0), ("...", TokenKind::Punct));
        assert_eq!(punct("“", 0), ("“", TokenKind::Quote));
        assert_eq!(punct("—", 0), ("—", TokenKind::Punct));
        assert_eq!(punct("%", 0), ("%", TokenKind::Symbol));
        assert_eq!(punct("🙂", 0), ("🙂", TokenKind::Symbol));
    }

    #[test]
    fn a_name_in_s_owns_with_an_apostrophe_alone() {
        assert_eq!(punct("the United Nations' top court", 18), ("'", TokenKind::Possessive));
        assert_eq!(punct("the Philippines’ coast guard", 15), ("’", TokenKind::Possessive));
        // A quote closing after a lower-case word stays a quote.
        assert_eq!(punct("called them 'thugs' and", 18), ("'", TokenKind::Quote));
        assert_eq!(punct("the United Nations'", 18), ("'", TokenKind::Quote));
    }

    #[test]
    fn possessive_needs_a_word_before() {
        assert_eq!(punct("Turkey's", 6), ("'s", TokenKind::Possessive));
        assert_eq!(punct("Turkey’s", 6), ("’s", TokenKind::Possessive));
        assert_eq!(punct(" 's", 1), ("'", TokenKind::Quote));
    }
}
