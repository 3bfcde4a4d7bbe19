//! Maps every byte of an article's clean text back to a byte offset in the original file.
//!
//! Libraries that extract text (readability, feed parsers) report no offsets, so the mapping is
//! recovered afterwards: each paragraph of the clean text is searched for in the
//! [`DecodedStream`] of the file, whole paragraphs first (the common case: the text is verbatim
//! once markup is gone) and word by word where a paragraph was transformed (Markdown links,
//! dropped inline markup). Search only moves forward, so text keeps its order.

use crate::stream::DecodedStream;
use memchr::memmem;
use serde::Serialize;

/// A piecewise-linear map from clean-text offsets to file offsets: within a piece, clean byte
/// `clean + k` came from file byte `file + k`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OffsetMap {
    /// `(clean_offset, file_offset)` at the start of each piece, sorted by clean offset.
    pub pieces: Vec<(u32, u32)>,
    /// Clean-text words that could not be found in the file (mapped to the nearest found text).
    pub unaligned_words: usize,
    /// One past the last file byte of the text's source: no offset maps beyond it, even where
    /// the clean text runs on past what could be aligned.
    pub file_end: u32,
}

impl OffsetMap {
    /// The file offset of clean-text byte `clean`.
    pub fn to_file(&self, clean: usize) -> Option<usize> {
        let clean = u32::try_from(clean).ok()?;
        let idx = self.pieces.partition_point(|&(c, _)| c <= clean).checked_sub(1)?;
        let (c, f) = self.pieces[idx];
        Some(f.saturating_add(clean - c).min(self.file_end) as usize)
    }

    fn push(&mut self, clean: usize, file: u32) {
        let clean = u32::try_from(clean).unwrap_or(u32::MAX);
        if let Some(&(c, f)) = self.pieces.last()
            && clean.checked_sub(c) == file.checked_sub(f)
        {
            return; // continues the current linear piece
        }
        self.pieces.push((clean, file));
    }
}

/// Aligns `clean` (paragraphs separated by blank lines) with the decoded file text.
pub fn align(clean: &str, stream: &DecodedStream) -> OffsetMap {
    let mut map = OffsetMap {
        file_end: stream.end,
        ..OffsetMap::default()
    };
    let mut cursor = 0usize; // position in stream.text
    let mut last_file = stream.origin.first().copied().unwrap_or(0);
    for (start, word) in words(clean) {
        match find_from(&stream.text, cursor, word) {
            Some(pos) => {
                for k in 0..word.len() {
                    let file = stream.origin[pos + k];
                    map.push(start + k, file);
                }
                last_file = stream.origin[pos + word.len() - 1];
                cursor = pos + word.len();
            }
            None => {
                map.unaligned_words += 1;
                map.push(start, last_file);
            }
        }
    }
    fill_whitespace(&mut map, clean);
    map
}

/// Whitespace between words belongs to the piece before it; nothing to add but make sure the
/// map starts at offset 0 so every byte has a piece.
fn fill_whitespace(map: &mut OffsetMap, _clean: &str) {
    if map.pieces.first().is_some_and(|&(c, _)| c != 0) {
        let file = map.pieces[0].1;
        map.pieces.insert(0, (0, file));
    }
}

/// How far ahead a word may be found: beyond this, the word is more likely a repeat elsewhere
/// on the page (navigation, a related-articles box) than the next word of the text.
const SEARCH_WINDOW: usize = 64 * 1024;

/// Where the next word usually is: a space or a tag or two ahead.
const NEAR: usize = 256;

fn find_from(hay: &str, from: usize, word: &str) -> Option<usize> {
    let end = hay.len().min(from.saturating_add(SEARCH_WINDOW + word.len()));
    let window = hay.as_bytes().get(from..end)?;
    let needle = word.as_bytes();
    // Building a memmem searcher for every word was a fifth of reading an HTML page; the word
    // is nearly always within a few bytes, where a scan for its first byte finds it sooner.
    let near = &window[..window.len().min(NEAR + needle.len())];
    let first = *needle.first()?;
    let found = memchr::memchr_iter(first, near)
        .find(|&p| near[p..].starts_with(needle))
        .or_else(|| memmem::find(window, needle));
    found.map(|p| from + p)
}

/// Words of the clean text with their byte offsets (split on whitespace).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The near scan finds what a plain search of the window finds, at and around its edge.
    #[test]
    fn find_from_agrees_with_a_plain_search() {
        for gap in [0, 1, NEAR - 3, NEAR - 1, NEAR, NEAR + 1, NEAR + 40, 5000] {
            let hay = format!("{}<b>Geneva</b> Geneva", "x".repeat(gap));
            for from in [0, gap / 2, gap + 3, gap + 8] {
                let expected = hay.get(from..).and_then(|h| h.find("Geneva")).map(|p| from + p);
                assert_eq!(find_from(&hay, from, "Geneva"), expected, "gap {gap}, from {from}");
            }
        }
        assert_eq!(find_from("abc", 0, "zz"), None);
    }
    use crate::stream::Decoding;

    #[test]
    fn every_word_maps_to_its_source() {
        let md = "# Title\n\nSee [the talks](https://x.example/a) in *Geneva* today.\n";
        let clean = "See the talks in Geneva today.";
        let stream = DecodedStream::new(md.as_bytes(), Decoding::Plain, 0);
        let map = align(clean, &stream);
        for (start, w) in words(clean) {
            let f = map.to_file(start).unwrap();
            assert!(md[f..].starts_with(w), "{w} mapped to {f}");
        }
        assert_eq!(map.unaligned_words, 0);
    }

    #[test]
    fn entities_map_to_their_reference() {
        let html = "<p>Fish &amp; chips</p>";
        let stream = DecodedStream::new(html.as_bytes(), Decoding::Markup, 0);
        let map = align("Fish & chips", &stream);
        assert_eq!(map.to_file(5), Some(html.find("&amp;").unwrap()));
        assert_eq!(map.to_file(7), Some(html.find("chips").unwrap()));
    }
}
