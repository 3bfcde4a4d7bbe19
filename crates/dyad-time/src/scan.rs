//! A minimal tokeniser for date phrases: words (classified on the way),
//! digit runs and single punctuation marks, each with its byte span.
//!
//! It is deliberately simpler than `dyad-segment`'s tokens: "1,500" stays
//! three tokens so the parser can see that "500" is not a day, and
//! "mid-April" stays three so "mid" is visible.

use crate::lex::{Lex, classify};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word(Lex),
    /// A run of ASCII digits.
    Num,
    /// One punctuation mark; typographic apostrophes read as `'`, dashes as `-`.
    Punct(u8),
    /// Any other char (non-ASCII symbols, digits of other scripts).
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Iterator over the tokens of a text. Positions only ever advance by whole
/// chars, so every span is on char boundaries.
pub(crate) struct Toks<'a> {
    text: &'a str,
    pos: usize,
}

pub(crate) fn toks(text: &str) -> Toks<'_> {
    Toks { text, pos: 0 }
}

/// The char starting at byte `i` (which must be a char boundary).
fn char_at(text: &str, i: usize) -> char {
    text.get(i..).and_then(|rest| rest.chars().next()).unwrap_or(' ')
}

impl Toks<'_> {
    fn skip_space(&mut self) {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            if b.is_ascii_whitespace() {
                self.pos += 1;
            } else if b >= 0x80 && char_at(self.text, self.pos).is_whitespace() {
                self.pos += char_at(self.text, self.pos).len_utf8();
            } else {
                break;
            }
        }
    }

    /// End of the run of letters starting at `i`.
    fn word_end(&self, mut i: usize) -> usize {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphabetic() {
                i += 1;
            } else if b >= 0x80 && char_at(self.text, i).is_alphabetic() {
                i += char_at(self.text, i).len_utf8();
            } else {
                break;
            }
        }
        i
    }

    fn digits_end(&self, mut i: usize) -> usize {
        let bytes = self.text.as_bytes();
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    }
}

impl Iterator for Toks<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        self.skip_space();
        let start = self.pos;
        let &b = self.text.as_bytes().get(start)?;
        let (end, kind) = if b.is_ascii_digit() {
            (self.digits_end(start), Kind::Num)
        } else if b.is_ascii_alphabetic() {
            let end = self.word_end(start);
            (end, Kind::Word(classify(&self.text[start..end])))
        } else if b < 0x80 {
            (start + 1, Kind::Punct(b))
        } else {
            let c = char_at(self.text, start);
            let end = start + c.len_utf8();
            let kind = match c {
                c if c.is_alphabetic() => {
                    let end = self.word_end(start);
                    self.pos = end;
                    return Some(Tok {
                        start,
                        end,
                        kind: Kind::Word(Lex::Other),
                    });
                }
                '\u{2018}' | '\u{2019}' => Kind::Punct(b'\''),
                '\u{2010}'..='\u{2015}' => Kind::Punct(b'-'),
                _ => Kind::Other,
            };
            (end, kind)
        };
        self.pos = end;
        Some(Tok { start, end, kind })
    }
}

/// Whether the text holds anything a date phrase could hang on: a digit or
/// a trigger word. Most sentences fail this and cost one scan.
pub(crate) fn may_hold_date(text: &str) -> bool {
    toks(text).any(|t| match t.kind {
        Kind::Num => true,
        Kind::Word(lex) => lex.is_trigger(),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, Kind)> {
        toks(text).map(|t| (&text[t.start..t.end], t.kind)).collect()
    }

    #[test]
    fn splits_numbers_words_and_marks() {
        let got = kinds("mid-April, 1,500 Sunday’s");
        let texts: Vec<&str> = got.iter().map(|(s, _)| *s).collect();
        assert_eq!(texts, ["mid", "-", "April", ",", "1", ",", "500", "Sunday", "’", "s"]);
        assert_eq!(got[8].1, Kind::Punct(b'\''));
        assert_eq!(got[2].1, Kind::Word(Lex::Month(4)));
    }

    #[test]
    fn non_ascii_words_stay_whole() {
        let got = kinds("Erdoğan\u{a0}Mayß «x»");
        let texts: Vec<&str> = got.iter().map(|(s, _)| *s).collect();
        assert_eq!(texts, ["Erdoğan", "Mayß", "«", "x", "»"]);
        assert_eq!(got[1].1, Kind::Word(Lex::Other));
    }

    #[test]
    fn precheck() {
        assert!(!may_hold_date("Iran may strike, officials said."));
        assert!(may_hold_date("They met on Monday."));
        assert!(may_hold_date("About 300 people"));
    }
}
