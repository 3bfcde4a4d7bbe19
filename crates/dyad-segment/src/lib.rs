//! Sentence segmentation and tokenisation for news text.
//!
//! `dyad-segment` turns an article's clean text (paragraphs separated by a
//! blank line) into sentence spans and, within a sentence, token spans. All
//! output is byte [`Span`]s into the original text, so later stages never copy
//! or re-normalise strings and can always point back at the source.
//!
//! The rules are tuned for wire copy rather than general prose: titles and
//! initialisms (`Gen.`, `St. Petersburg`, `U.S.`), initials (`John F.
//! Kennedy`), numbers (`3,000`, `$4.2bn`, `10:30`), quotations that run into
//! their attribution (`"..., " he said.`), and headlines without a full stop.
//! See [`Sentences`] and [`tokens`] for the exact rules.
//!
//! Why hand-written: off-the-shelf segmenters were measured at about 48 MB/s
//! on news text and split at news abbreviations ("U.S. officials", "Lt.
//! Col."). This crate scans bytes with ASCII fast paths, decodes a `char` only
//! where a decision needs one, and never allocates per token beyond the
//! output vector.
//!
//! Guarantees, for any input: spans are in range, on char boundaries,
//! non-empty, sorted and non-overlapping; sentences start and end on
//! non-whitespace and together cover every non-whitespace char exactly once;
//! the tokens of a sentence do the same within it.

mod abbrev;
mod chars;
mod sentence;
mod span;
mod token;

pub use abbrev::{ABBREVIATIONS, AbbrevKind, abbreviation_kind};
pub use sentence::{Sentences, is_section_head, sentence_iter, sentences};
pub use span::Span;
pub use token::{Token, TokenKind, Tokens, token_iter, tokens};
