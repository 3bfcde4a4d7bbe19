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
    (one, kind_of(c))
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
    fn possessive_needs_a_word_before() {
        assert_eq!(punct("Turkey's", 6), ("'s", TokenKind::Possessive));
        assert_eq!(punct("Turkey’s", 6), ("’s", TokenKind::Possessive));
        assert_eq!(punct(" 's", 1), ("'", TokenKind::Quote));
    }
}
