//! Name keys: the one normalisation used both to index gazetteer names and to look up text.
//!
//! A key is lower-case, without diacritics (Latin letters folded to ASCII), with hyphens,
//! slashes and most punctuation turned into single spaces, apostrophes and full stops dropped
//! ("Côte d'Ivoire" → "cote divoire", "U.S." → "us"), and a few abbreviations spelled out
//! ("St." → "saint", "Mt" → "mount", "Ft" → "fort"). Because it works word by word, the key
//! of a phrase equals the keys of its tokens joined by spaces, which `find` relies on.

/// The key of `text` (see the module documentation).
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    key_into(text, &mut out);
    out
}

/// `key` written into `buffer` (cleared first), to reuse one allocation over many names.
pub(crate) fn key_into(text: &str, buffer: &mut String) {
    buffer.clear();
    let mut writer = KeyWriter {
        out: std::mem::take(buffer),
        word_start: None,
    };
    for c in text.chars() {
        writer.push_char(c);
    }
    writer.end_word();
    *buffer = writer.out;
}

/// Builds a key in one pass: folded letters go into the current word; separators end it.
struct KeyWriter {
    out: String,
    /// Where the current word starts in `out`, while inside one.
    word_start: Option<usize>,
}

impl KeyWriter {
    fn push_char(&mut self, c: char) {
        if c.is_ascii() {
            match c {
                'A'..='Z' => self.push_letters(c.to_ascii_lowercase().encode_utf8(&mut [0; 1])),
                'a'..='z' | '0'..='9' => self.push_letters(c.encode_utf8(&mut [0; 1])),
                '\'' | '`' | '.' => {}
                '&' => {
                    self.end_word();
                    self.push_letters("and");
                    self.end_word();
                }
                _ => self.end_word(),
            }
        } else if let Some(base) = latin_base(c) {
            self.push_letters(base);
        } else if is_apostrophe(c) || is_combining(c) {
            // Apostrophes and transliteration marks (ʿ ʾ) vanish, like ASCII ones.
        } else if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                self.push_letters(lower.encode_utf8(&mut [0; 4]));
            }
        } else {
            self.end_word();
        }
    }

    fn push_letters(&mut self, letters: &str) {
        if self.word_start.is_none() {
            if !self.out.is_empty() {
                self.out.push(' ');
            }
            self.word_start = Some(self.out.len());
        }
        self.out.push_str(letters);
    }

    fn end_word(&mut self) {
        let Some(start) = self.word_start.take() else { return };
        let expanded = expand(&self.out[start..]);
        if let Some(expanded) = expanded {
            self.out.truncate(start);
            self.out.push_str(expanded);
        }
    }
}

fn expand(word: &str) -> Option<&'static str> {
    Some(match word {
        "st" => "saint",
        "ste" => "sainte",
        "mt" => "mount",
        "ft" => "fort",
        _ => return None,
    })
}

/// Leading articles that many Arabic names carry or drop ("Al Hudaydah" / "Hudaydah").
const ARTICLES: [&str; 2] = ["al ", "el "];

/// `key` without a leading "the " (names are indexed and looked up both ways).
pub fn strip_the(key: &str) -> Option<&str> {
    key.strip_prefix("the ").filter(|rest| !rest.is_empty())
}

/// `key` without a leading Arabic article ("al ", "el ").
pub fn strip_article(key: &str) -> Option<&str> {
    ARTICLES
        .iter()
        .find_map(|a| key.strip_prefix(a))
        .filter(|rest| !rest.is_empty())
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BB}' | '\u{02BF}' | '\u{02BE}'
    )
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

/// The ASCII base letters of a Latin letter with diacritics, if it has one.
fn latin_base(c: char) -> Option<&'static str> {
    let cp = c as u32;
    let base = match cp {
        0xC0..=0x24F => LATIN_EXT[(cp - 0xC0) as usize],
        0x1E00..=0x1EFF => LATIN_ADDITIONAL[(cp - 0x1E00) as usize],
        _ => return None,
    };
    (!base.is_empty()).then_some(base)
}

// Generated once from Unicode decompositions (NFD, first letter) plus ß, æ, ø, ł, đ, ı, þ and
// similar letters that have no decomposition.
/// Base letters for U+00C0.. (index = code point - 0xC0); "" = no Latin base.
const LATIN_EXT: [&str; 400] = [
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o",
    "", "o", "u", "u", "u", "u", "y", "th", "ss", "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i",
    "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y", "a", "a", "a", "a",
    "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d", "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e",
    "e", "g", "g", "g", "g", "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i", "i", "i",
    "", "", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "", "", "l", "l", "n", "n", "n", "n", "n", "n", "n",
    "n", "n", "o", "o", "o", "o", "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
    "s", "s", "t", "t", "t", "t", "", "", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "w", "w", "y",
    "y", "y", "z", "z", "z", "z", "z", "z", "s", "b", "", "", "", "", "", "", "", "c", "", "", "", "", "", "", "e", "",
    "", "f", "", "", "", "", "", "", "k", "l", "", "", "", "", "", "o", "o", "", "", "", "", "", "", "", "", "", "",
    "", "", "", "u", "u", "", "", "", "y", "z", "z", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
    "", "", "", "", "", "", "a", "a", "i", "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "e", "a",
    "a", "a", "a", "", "", "", "g", "g", "g", "k", "k", "o", "o", "o", "o", "", "", "j", "", "", "", "g", "g", "", "",
    "n", "n", "a", "a", "", "", "", "", "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",
    "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t", "", "", "h", "h", "", "", "", "", "", "z", "a", "a",
    "e", "e", "o", "o", "o", "o", "o", "o", "o", "o", "y", "y", "", "", "", "", "", "", "", "", "c", "", "", "", "",
    "", "", "", "", "", "", "e", "", "j", "", "q", "", "r", "", "y",
];

/// Base letters for U+1E00.. (index = code point - 0x1E00); "" = no Latin base.
const LATIN_ADDITIONAL: [&str; 256] = [
    "a", "a", "b", "b", "b", "b", "b", "b", "c", "c", "d", "d", "d", "d", "d", "d", "d", "d", "d", "d", "e", "e", "e",
    "e", "e", "e", "e", "e", "e", "e", "f", "f", "g", "g", "h", "h", "h", "h", "h", "h", "h", "h", "h", "h", "i", "i",
    "i", "i", "k", "k", "k", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", "l", "m", "m", "m", "m", "m", "m", "n",
    "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o", "o", "o", "o", "o", "p", "p", "p", "p", "r", "r", "r", "r",
    "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", "s", "s", "s", "s", "t", "t", "t", "t", "t", "t", "t", "t", "u",
    "u", "u", "u", "u", "u", "u", "u", "u", "u", "v", "v", "v", "v", "w", "w", "w", "w", "w", "w", "w", "w", "w", "w",
    "x", "x", "x", "x", "y", "y", "z", "z", "z", "z", "z", "z", "h", "t", "w", "y", "", "", "", "", "", "", "a", "a",
    "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "e",
    "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",
    "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "u", "u", "u",
    "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "y", "y", "y", "y", "y", "y", "y", "y", "", "", "", "", "",
    "",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_case_diacritics_and_punctuation() {
        assert_eq!(key("Zürich"), "zurich");
        assert_eq!(key("Côte d'Ivoire"), "cote divoire");
        assert_eq!(key("U.S."), "us");
        assert_eq!(key("St. Petersburg"), "saint petersburg");
        assert_eq!(key("Saint-Petersburg"), "saint petersburg");
        assert_eq!(key("Al-Ḩudaydah"), "al hudaydah");
        assert_eq!(key("  São  Tomé "), "sao tome");
        assert_eq!(key("Ḩalab"), "halab");
        assert_eq!(key("Łódź"), "lodz");
        assert_eq!(key("Jammu & Kashmir"), "jammu and kashmir");
        assert_eq!(key("Ma\u{2019}rib"), "marib");
    }

    #[test]
    fn phrase_key_is_token_keys_joined() {
        let phrase = "Bab el-Mandeb St. Zürich";
        let joined: Vec<String> = phrase.split(' ').map(key).collect();
        assert_eq!(key(phrase), joined.join(" "));
    }

    #[test]
    fn articles_strip() {
        assert_eq!(strip_article("al hudaydah"), Some("hudaydah"));
        assert_eq!(strip_article("el"), None);
        assert_eq!(strip_the("the hague"), Some("hague"));
        assert_eq!(strip_the("thessaloniki"), None);
    }
}
