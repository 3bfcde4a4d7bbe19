//! Character helpers shared by the sentence splitter and the tokeniser.
//!
//! Everything works on byte offsets into a `&str`; ASCII is decided from the
//! byte alone and only non-ASCII bytes pay for decoding a `char`.

/// The char starting at byte `pos`, if `pos` is a char boundary inside `text`.
#[inline]
pub(crate) fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

/// The char ending at byte `pos`, if any.
#[inline]
pub(crate) fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

/// ASCII whitespace as `char::is_whitespace` sees it (which, unlike
/// `u8::is_ascii_whitespace`, includes the vertical tab).
#[inline]
pub(crate) fn is_ascii_ws(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

/// True when the text at `pos` starts with a whitespace char.
#[inline]
pub(crate) fn is_ws_at(text: &str, pos: usize) -> bool {
    match text.as_bytes().get(pos) {
        Some(&b) if b < 0x80 => is_ascii_ws(b),
        Some(_) => char_at(text, pos).is_some_and(char::is_whitespace),
        None => false,
    }
}

/// Whitespace skipped by [`skip_ws`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Skipped {
    /// First non-whitespace byte (or `text.len()`).
    pub next: usize,
    /// Whether the skipped run contained a blank line (two `\n`).
    pub paragraph_break: bool,
}

/// Skips whitespace from `pos`, noting whether it crossed a blank line.
pub(crate) fn skip_ws(text: &str, mut pos: usize) -> Skipped {
    let mut newlines = 0u32;
    while let Some(&b) = text.as_bytes().get(pos) {
        if b < 0x80 {
            if !is_ascii_ws(b) {
                break;
            }
            newlines += u32::from(b == b'\n');
            pos += 1;
        } else {
            match char_at(text, pos) {
                Some(c) if c.is_whitespace() => pos += c.len_utf8(),
                _ => break,
            }
        }
    }
    Skipped {
        next: pos,
        paragraph_break: newlines >= 2,
    }
}

/// `end` moved back over trailing whitespace, never before `start`.
pub(crate) fn trim_end(text: &str, start: usize, end: usize) -> usize {
    text.get(start..end).map_or(end, |s| start + s.trim_end().len())
}

/// Letters, digits and combining marks: the stuff words are made of.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // Fast paths for the scripts most news arrives in; `std`'s Unicode
        // tables are a binary search per char.
        '\u{00D7}' | '\u{00F7}' | '\u{0482}' => false,
        '\u{00C0}'..='\u{024F}' | '\u{0400}'..='\u{052F}' | '\u{0620}'..='\u{0669}' => true,
        '\u{2000}'..='\u{206F}' => matches!(c, '\u{200C}' | '\u{200D}'),
        _ => c.is_alphanumeric() || is_joiner_or_mark(c),
    }
}

/// Combining marks and zero-width joiners that belong inside words (Arabic
/// harakat, Devanagari vowel signs, the Persian ZWNJ...). `std` has no
/// "is mark" query, so the common blocks are listed by hand.
fn is_joiner_or_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0951}'..='\u{0957}'
        | '\u{0962}'..='\u{0963}'
        | '\u{0E31}'
        | '\u{0E34}'..='\u{0E3A}'
        | '\u{0E47}'..='\u{0E4E}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// Quotation marks and brackets that may follow a sentence's final
/// punctuation and still belong to that sentence.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}'
    )
}

/// Quotation marks and brackets that may open a sentence.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '\u{201C}' | '\u{2018}' | '\u{00AB}' | '\u{2039}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_ws_sees_blank_lines() {
        let text = "a \n \t\n b";
        let s = skip_ws(text, 1);
        assert_eq!(s.next, 7);
        assert!(s.paragraph_break);
        assert!(!skip_ws("a\n b", 1).paragraph_break);
    }

    #[test]
    fn skip_ws_handles_unicode_spaces() {
        let text = "a\u{00A0}\u{2003}b";
        assert_eq!(skip_ws(text, 1).next, text.len() - 1);
    }

    #[test]
    fn word_chars_include_marks() {
        assert!(is_word_char('é'));
        assert!(is_word_char('\u{064E}'));
        assert!(is_word_char('ж'));
        assert!(!is_word_char('—'));
        assert!(!is_word_char('.'));
        assert!(!is_word_char('×'));
        assert!(!is_word_char('“'));
        assert!(is_word_char('\u{200C}'));
    }

    #[test]
    fn fast_paths_agree_with_unicode_tables() {
        let ranges = ['\u{80}'..='\u{0700}', '\u{2000}'..='\u{2070}'];
        for c in ranges.into_iter().flatten() {
            let slow = c.is_alphanumeric() || is_joiner_or_mark(c);
            assert_eq!(is_word_char(c), slow, "{c:?} U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn trim_end_stops_at_start() {
        assert_eq!(trim_end("ab  ", 0, 4), 2);
        assert_eq!(trim_end("   ", 1, 3), 1);
    }
}
