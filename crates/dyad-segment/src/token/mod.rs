//! Tokenisation of one sentence into word, number, abbreviation and
//! punctuation tokens, each a byte span into the full text.

mod number;
mod punct;
mod url;
mod word;

use crate::chars::{char_at, is_word_char, skip_ws};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters and digits, with internal hyphens and apostrophes
    /// (`al-Assad`, `don't`, `F-16`, `Kyiv`, `Ердоган`).
    Word,
    /// A number with its separators, currency prefix, letter suffix and a
    /// following magnitude word: `3,000`, `2.5`, `$4.2bn`, `10:30`,
    /// `2026-04-27`, `1.5 million`, `5th`.
    Number,
    /// An abbreviation with its dots: `U.S.`, `Gen.`, `etc.`, `No.` (before a
    /// number).
    Abbreviation,
    /// A single capital and its dot: the `F.` of "John F. Kennedy".
    Initial,
    /// The possessive `'s` / `’s`, split from its noun.
    Possessive,
    /// Punctuation: `. , ; : ! ? ( ) [ ] -` dashes, `...` and `…`.
    Punct,
    /// Quotation marks: `" ' “ ” ‘ ’ « »`.
    Quote,
    /// Anything else that is not whitespace: `$ % & @ #`, emoji...
    Symbol,
    /// `http://...`, `https://...`, `www....` or a bare domain (`bbc.co.uk`).
    Url,
    /// `name@example.org`.
    Email,
}

/// A token: where it is and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Byte span into the full text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

/// Tokens of the part of `text` covered by `within` (normally a sentence
/// span from [`crate::sentences`]); spans index the full `text`.
///
/// Every non-whitespace char in `within` lies in exactly one token. Only
/// a number's magnitude word (`1.5 million`) makes a token contain a space.
/// A `within` that does not fit `text` is clipped to it.
pub fn tokens(text: &str, within: Span) -> Vec<Token> {
    // News text averages five to six bytes per token; reserving up front
    // avoids most regrowth.
    let mut out = Vec::with_capacity(within.len() / 5 + 1);
    out.extend(token_iter(text, within));
    out
}

/// Lazy version of [`tokens`].
pub fn token_iter(text: &str, within: Span) -> Tokens<'_> {
    let end = floor_boundary(text, within.end.min(text.len()));
    let start = ceil_boundary(text, within.start.min(end));
    Tokens {
        text: text.get(..end).unwrap_or_default(),
        pos: start,
    }
}

fn floor_boundary(text: &str, mut pos: usize) -> usize {
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

fn ceil_boundary(text: &str, mut pos: usize) -> usize {
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    pos
}

/// Iterator over the tokens of a span.
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    /// The full text cut off at the end of the span, so no scanner can read
    /// past it.
    text: &'a str,
    pos: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let start = skip_ws(self.text, self.pos).next;
        let c = char_at(self.text, start)?;
        let (end, kind) = scan_token(self.text, start, c);
        // Scanners always consume at least `c`; the max guards the iterator's
        // progress regardless.
        let end = end.max(start + c.len_utf8());
        self.pos = end;
        Some(Token {
            span: Span::new(start, end),
            kind,
        })
    }
}

impl std::iter::FusedIterator for Tokens<'_> {}

/// Scans the token starting with `c` at `pos`; returns its end and kind.
fn scan_token(text: &str, pos: usize, c: char) -> (usize, TokenKind) {
    // Every URL we accept starts with `h` or `w`; skip the prefix test
    // for all other tokens.
    if matches!(c, 'h' | 'H' | 'w' | 'W')
        && let Some(end) = url::scan_url(text, pos)
    {
        return (end, TokenKind::Url);
    }
    if c.is_ascii_digit() {
        return number::scan_number(text, pos);
    }
    if number::is_currency(c) && char_at(text, pos + c.len_utf8()).is_some_and(|d| d.is_ascii_digit()) {
        return number::scan_number(text, pos + c.len_utf8());
    }
    if is_word_char(c) {
        return word::scan_word(text, pos);
    }
    punct::scan_punct(text, pos, c)
}
