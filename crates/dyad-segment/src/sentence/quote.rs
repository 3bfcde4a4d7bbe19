//! Tracking double quotations so that quoted sentences followed by an
//! attribution (`"...," he said.`) stay one sentence.

use crate::chars::{char_at, char_before, is_closer, is_opener, skip_ws};

/// Whether a double quotation is open, and (once asked) whether it ends in
/// a way that keeps its sentences together.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct QuoteState {
    open: bool,
    /// Cached answer of [`quote_continues`] for the open quotation, so each
    /// quotation is looked ahead through at most once (keeps the scan linear).
    continues: Option<bool>,
}

impl QuoteState {
    pub(super) fn open(&mut self) {
        *self = Self {
            open: true,
            continues: None,
        };
    }

    pub(super) fn close(&mut self) {
        *self = Self::default();
    }

    pub(super) fn is_open(&self) -> bool {
        self.open
    }

    /// A straight `"` at `pos` opens a quotation after whitespace, an opening
    /// bracket or a dash, and closes one anywhere else.
    pub(super) fn straight(&mut self, text: &str, pos: usize) {
        let opens =
            char_before(text, pos).is_none_or(|c| c.is_whitespace() || is_opener(c) || matches!(c, '-' | '—' | '–'));
        if opens {
            self.open();
        } else {
            self.close();
        }
    }

    /// Whether the open quotation, read on from `from`, ends on a comma or
    /// before a lowercase word.
    pub(super) fn continues_after(&mut self, text: &str, from: usize) -> bool {
        *self.continues.get_or_insert_with(|| quote_continues(text, from))
    }
}

/// Finds the next closing double quote from `from` within the paragraph and
/// tells whether the quotation runs on into its attribution: it closes on a
/// comma inside or outside the mark (`win," he`, `escucha", dijo`,
/// `commerce », a`) or is followed by a lowercase word (`win!" he`).
fn quote_continues(text: &str, from: usize) -> bool {
    let Some((close, len)) = find_close(text, from) else {
        return false;
    };
    let before = text.get(..close).unwrap_or_default().trim_end();
    if before.ends_with(',') {
        return true;
    }
    let mut pos = close + len;
    while let Some(c) = char_at(text, pos).filter(|&c| is_closer(c)) {
        pos += c.len_utf8();
    }
    if char_at(text, pos) == Some(',') {
        return true;
    }
    let skipped = skip_ws(text, pos);
    !skipped.paragraph_break && char_at(text, skipped.next).is_some_and(char::is_lowercase)
}

/// Offset and byte length of the next `"`, `”` or `»` before the paragraph
/// ends.
fn find_close(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = from;
    loop {
        let off = bytes
            .get(i..)?
            .iter()
            .position(|&b| matches!(b, b'"' | b'\n' | 0xE2 | 0xC2))?;
        let j = i + off;
        match bytes.get(j..).unwrap_or_default() {
            [b'"', ..] => return Some((j, 1)),
            [0xE2, 0x80, 0x9D, ..] => return Some((j, 3)),
            [0xC2, 0xBB, ..] => return Some((j, 2)),
            [b'\n', ..] if skip_ws(text, j).paragraph_break => return None,
            _ => {}
        }
        i = j + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comma_close_continues() {
        assert!(quote_continues(r#"retreat. We will win," he said."#, 9));
    }

    #[test]
    fn lowercase_after_close_continues() {
        assert!(quote_continues("retreat. We win!” she said.", 9));
    }

    #[test]
    fn comma_after_close_continues() {
        assert!(quote_continues(r#"extorsión. El gobierno no", dijo."#, 11));
        assert!(quote_continues("commerce. Nous sommes contre », a déclaré", 10));
    }

    #[test]
    fn capital_after_close_splits() {
        assert!(!quote_continues(r#"retreat. We win." He left."#, 9));
    }

    #[test]
    fn unclosed_quote_in_paragraph_splits() {
        assert!(!quote_continues("retreat. We win.\n\n\"Next,\" he said.", 9));
    }

    #[test]
    fn straight_quote_direction_from_context() {
        let mut q = QuoteState::default();
        q.straight("say \"no", 4);
        assert!(q.is_open());
        q.straight("say \"no\"", 7);
        assert!(!q.is_open());
    }
}
