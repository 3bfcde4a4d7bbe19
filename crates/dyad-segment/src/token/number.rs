//! Numbers: digits with internal separators, a letter suffix and an optional
//! magnitude word.

use super::TokenKind;
use super::word;
use crate::chars::{char_at, is_word_char};

/// Currency signs that prefix a number into one token (`$4.2bn`).
pub(super) fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₺' | '₴')
}

/// Words that scale a number and are kept in its token (`1.5 million`).
const MAGNITUDES: &[&str] = &["hundred", "thousand", "million", "billion", "trillion"];

/// Scans a number whose first digit is at `pos`. A letter-led continuation
/// after a hyphen (`3-year-old`) turns it into a [`TokenKind::Word`].
pub(super) fn scan_number(text: &str, pos: usize) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let mut i = digits_end(bytes, pos);
    // `,` `.` `:` `/` `-` stay inside only between digits: 3,000 2.5 10:30
    // 2026-04-27 1/2.
    while matches!(bytes.get(i), Some(b',' | b'.' | b':' | b'/' | b'-'))
        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
    {
        i = digits_end(bytes, i + 1);
    }
    // Attached letters are units or ordinals: 4.2bn, 5th, 1990s, 10am.
    i = word::word_chars_end(text, i);
    if let Some(next) = word::hyphen_continues(text, i) {
        return (word::scan_word_from(text, next), TokenKind::Word);
    }
    (magnitude_end(text, i).unwrap_or(i), TokenKind::Number)
}

fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// End of `" million"` (one space, a magnitude word, then a word boundary)
/// following a number ending at `pos`.
fn magnitude_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?.strip_prefix(' ')?;
    let len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let word = rest.get(..len)?;
    let end = pos + 1 + len;
    let whole = !char_at(text, end).is_some_and(is_word_char);
    (whole && MAGNITUDES.contains(&word)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(text: &str) -> (&str, TokenKind) {
        let (end, kind) = scan_number(text, 0);
        (&text[..end], kind)
    }

    #[test]
    fn separators_between_digits() {
        assert_eq!(num("3,000 people").0, "3,000");
        assert_eq!(num("2.5%").0, "2.5");
        assert_eq!(num("10:30 GMT").0, "10:30");
        assert_eq!(num("2026-04-27,").0, "2026-04-27");
        assert_eq!(num("2025. The").0, "2025");
        assert_eq!(num("5, 6").0, "5");
    }

    #[test]
    fn suffixes_and_magnitudes() {
        assert_eq!(num("4.2bn."), ("4.2bn", TokenKind::Number));
        assert_eq!(num("1.5 million people").0, "1.5 million");
        assert_eq!(num("1.5 millionaires").0, "1.5");
        assert_eq!(num("3 people").0, "3");
        assert_eq!(num("3-year-old boy"), ("3-year-old", TokenKind::Word));
    }
}
