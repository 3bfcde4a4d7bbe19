//! Sentence splitting: a single forward scan over bytes that stops only at
//! bytes that can matter (`. ! ? \n "` and the lead bytes of `“ ” … « »`) and
//! decides each candidate from a little context on either side.

mod boundary;
mod quote;

use crate::chars::{skip_ws, trim_end};
use crate::span::Span;
use quote::QuoteState;

/// Sentence spans of `text`, in order. See [`Sentences`] for the rules.
pub fn sentences(text: &str) -> Vec<Span> {
    sentence_iter(text).collect()
}

/// Lazily yields the sentence spans of `text`.
pub fn sentence_iter(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        pos: 0,
        quote: QuoteState::default(),
    }
}

/// Iterator over sentence spans.
///
/// Rules, in the order they are applied at a candidate boundary:
///
/// * A blank line (`\n`, optional whitespace, `\n`) always ends a sentence,
///   so an unpunctuated headline is a sentence of its own. A single newline
///   is ordinary whitespace.
/// * `.`, `!`, `?`, `...` and `…` (in any run) are candidates. Closing quotes
///   and brackets straight after them stay in the sentence (`"no."`).
/// * The candidate must be followed by whitespace or the end of the text
///   (so `2.5`, `U.S.-led`, `example.com` never split).
/// * A lowercase word next means the sentence goes on: `etc. and`,
///   `"Stop!" he said`, `wait... what`.
/// * After `!`, `?` or an ellipsis anything else starts a new sentence. After
///   a single `.` the word before it decides: ordinary words end the
///   sentence; initials, titles (`Gen.`, `St.`), company suffixes (`Inc.`) and
///   dotted initialisms (`U.S.`, `p.m.`) end it only before a typical
///   sentence opener ("He", "The", "But"...); months (`Jan.`) and `No.`
///   continue before a number; `etc.` ends it before any capital.
/// * Quotation rule: inside an open double quotation, a boundary is
///   suppressed when the quotation closes (in the same paragraph) on a comma
///   or is followed by a lowercase word, because the quoted sentences then
///   belong to one attributed sentence: `"We will not retreat. We will win,"
///   he said.` is one sentence. A quotation closing any other way is split
///   normally.
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
    quote: QuoteState,
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let skipped = skip_ws(self.text, self.pos);
        if skipped.paragraph_break {
            self.quote = QuoteState::default();
        }
        let start = skipped.next;
        if start >= self.text.len() {
            self.pos = self.text.len();
            return None;
        }
        // `start` is non-whitespace, so the end is past it and trimming
        // cannot empty the span.
        let end = self.find_end(start);
        self.pos = end;
        Some(Span::new(start, trim_end(self.text, start, end)))
    }
}

impl std::iter::FusedIterator for Sentences<'_> {}

/// Whether the line `start..end` is a section head (see [`is_section_head`]): on its own line it
/// is a sentence of its own, not the opening words of the next one.
fn heading(text: &str, start: usize, end: usize) -> bool {
    text.get(start..end).is_some_and(is_section_head)
}

/// Whether a line is a section head ("EUROPE AND BEYOND", "UNITED NATIONS"): short, in capitals,
/// with no sentence punctuation at its end. The reader makes such a line a paragraph of its
/// own; text handed straight to the segmenter keeps its line breaks, so the segmenter ends a
/// sentence there too.
pub fn is_section_head(line: &str) -> bool {
    let line = line.trim_end();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    line.len() <= 60
        && letters >= 2
        && line.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        && !line.ends_with(['.', '!', '?', ',', ';', ':', '\u{2014}', '-'])
}

/// Bytes at which the scanner has to look closer; everything else is skipped.
const SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'!' as usize] = true;
    table[b'?' as usize] = true;
    table[b'\n' as usize] = true;
    table[b'"' as usize] = true;
    // Lead byte of U+2000..U+2FFF: curly quotes and the ellipsis.
    table[0xE2] = true;
    // Lead byte of U+0080..U+00BF: the guillemets « and ».
    table[0xC2] = true;
    table
};

fn next_special(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    rest.iter().position(|&b| SPECIAL[usize::from(b)]).map(|i| from + i)
}

/// What the scanner does after looking at one special byte.
enum Step {
    /// The sentence ends at this offset.
    End(usize),
    /// Keep scanning from this offset.
    Resume(usize),
}

impl Sentences<'_> {
    /// Byte offset where the sentence starting at `start` ends (before
    /// trimming trailing whitespace).
    fn find_end(&mut self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut i = start;
        while let Some(j) = next_special(bytes, i) {
            match self.step(start, j) {
                Step::End(end) => return end,
                Step::Resume(next) => i = next,
            }
        }
        bytes.len()
    }

    fn step(&mut self, start: usize, j: usize) -> Step {
        let text = self.text;
        match text.as_bytes().get(j..).unwrap_or_default() {
            [b'\n', ..] if skip_ws(text, j).paragraph_break || heading(text, start, j) => Step::End(j),
            [b'"', ..] => {
                self.quote.straight(text, j);
                Step::Resume(j + 1)
            }
            [b'.' | b'!' | b'?', ..] | [0xE2, 0x80, 0xA6, ..] => self.terminal(start, j),
            // U+201C and U+201D, the curly double quotes.
            // “ and «. Resuming at the next byte is safe: UTF-8
            // continuation bytes are never special.
            [0xE2, 0x80, 0x9C, ..] | [0xC2, 0xAB, ..] => {
                self.quote.open();
                Step::Resume(j + 1)
            }
            // ” and »
            [0xE2, 0x80, 0x9D, ..] | [0xC2, 0xBB, ..] => {
                self.quote.close();
                Step::Resume(j + 1)
            }
            _ => Step::Resume(j + 1),
        }
    }
}
