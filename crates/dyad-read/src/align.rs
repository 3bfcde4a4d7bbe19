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
                let origin = &stream.origin[pos..pos + word.len()];
                map.push(start, origin[0]);
                // A byte whose file offset follows its neighbour's continues the piece the
                // neighbour is on (what `push` would find, without asking it for every byte).
                for k in 1..origin.len() {
                    if origin[k - 1].checked_add(1) != Some(origin[k]) {
                        map.push(start + k, origin[k]);
                    }
                }
                last_file = origin[origin.len() - 1];
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

    /// Pushing only where a word's file offsets break gives the map that pushing every byte
    /// gives, over markup, references, escapes and bytes that are not UTF-8.
    #[test]
    fn pieces_are_those_of_pushing_every_byte() {
        let per_byte = |clean: &str, stream: &DecodedStream| {
            let mut map = OffsetMap {
                file_end: stream.end,
                ..OffsetMap::default()
            };
            let mut cursor = 0;
            let mut last_file = stream.origin.first().copied().unwrap_or(0);
            for (start, word) in words(clean) {
                match find_from(&stream.text, cursor, word) {
                    Some(pos) => {
                        for k in 0..word.len() {
                            map.push(start + k, stream.origin[pos + k]);
                        }
                        last_file = stream.origin[pos + word.len() - 1];
                        cursor = pos + word.len();
                    }
                    None => map.push(start, last_file),
                }
            }
            map.pieces
        };
        let files: [(&[u8], Decoding); 4] = [
            (
                b"<p>Fish &amp; chips</p><p>caf&#233; at&nbsp;noon, <b>Ge</b>neva</p>",
                Decoding::Markup,
            ),
            (b"a\xffb c\xc3 d \xe6\x97\xa5\xe6\x9c\xac x", Decoding::Plain),
            (br#"{"text":"A \"quote\"\nnext \u00e9t\u00e9 ok"}"#, Decoding::Json),
            ("tab\there\u{a0}and\u{2028}there".as_bytes(), Decoding::Plain),
        ];
        for (bytes, decoding) in files {
            for base in [0, 7, u32::MAX as usize - 20] {
                let stream = DecodedStream::new(bytes, decoding, base);
                // The decoded text as clean text, and again with words joined and dropped.
                let glued = stream.text.replacen(' ', "", 2);
                let dropped: String = stream.text.split(' ').skip(1).collect::<Vec<_>>().join("  ");
                for clean in [stream.text.as_str(), glued.as_str(), dropped.as_str()] {
                    let map = align(clean, &stream);
                    let mut expected = per_byte(clean, &stream);
                    if expected.first().is_some_and(|&(c, _)| c != 0) {
                        expected.insert(0, (0, expected[0].1));
                    }
                    assert_eq!(map.pieces, expected, "{clean:?} at {base}");
                }
            }
        }
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
