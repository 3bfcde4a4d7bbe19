//! Article intake for dyad: from files, directories or stdin to [`Article`]s.
//!
//! Every input of the command-line contract is read here: plain text, Markdown, HTML pages,
//! JSON Lines, RSS 2.0 and Atom feeds, directories (recursively, in sorted order) and stdin
//! (format sniffed). Each article gets its metadata (title, publication date normalised to UTC,
//! canonical URL, outlet, byline), a clean text with the page furniture removed, its sentences
//! ([`dyad_segment`]), and an [`OffsetMap`] from every byte of the clean text back to the file.
//!
//! Bad input never stops a run: each problem is a [`Diagnostic`] naming the file (and line), the
//! rest is still read, and [`Summary`] counts what was read and what failed.
//!
//! Libraries do the parsing (dom_smoothie/html5ever for HTML, feed-rs for feeds, serde_json);
//! this crate decides what is story text and re-aligns it with the file ([`align`]).

pub mod align;
pub mod article;
pub mod clean;
pub mod dates;
mod entities;
pub mod feed;
pub mod html;
pub mod input;
pub mod jsonl;
mod language;
pub mod markup_check;
pub mod stream;
pub mod text;

pub use align::OffsetMap;
pub use article::{Article, Format, Metadata, Origin};
pub use input::{Diagnostic, Input, Item, ReadOptions, Reader, Severity, Summary};
