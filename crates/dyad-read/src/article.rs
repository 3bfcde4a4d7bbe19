//! The article record every later stage works on.

use crate::align::OffsetMap;
use chrono::NaiveDate;
use dyad_segment::Span;
use serde::Serialize;

/// The input formats dyad reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
    Jsonl,
    Feed,
}

/// Where an article came from: the file (or `-` for stdin), and the line or feed item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    pub path: String,
    pub format: Format,
    /// 1-based line of a JSON Lines record.
    pub line: Option<usize>,
    /// 0-based index of a feed item.
    pub item: Option<usize>,
}

/// One article: metadata, the clean text to be coded and its sentences.
///
/// Invariant: every span refers to `text` as a half-open byte range; `offsets` maps each byte of
/// `text` to a byte offset in the original file named by `origin` (empty when the read was asked
/// for no offsets, [`crate::ReadOptions::offsets`]).
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    pub id: String,
    pub title: Option<String>,
    /// Publication date in UTC.
    pub published: Option<NaiveDate>,
    /// The publication date or time as the input gave it (time zone included).
    pub published_original: Option<String>,
    pub url: Option<String>,
    /// The outlet: site name, feed title, or the URL's host.
    pub source: Option<String>,
    pub byline: Option<String>,
    /// ISO 639-3 code of the detected language, when detection was confident.
    pub language: Option<String>,
    pub text: String,
    /// The original text of the article (the file, JSON line or feed item), before cleaning.
    #[serde(skip)]
    pub raw: String,
    pub sentences: Vec<Span>,
    pub origin: Origin,
    #[serde(skip)]
    pub offsets: OffsetMap,
}

/// Metadata a reader found, before defaults are applied.
#[derive(Debug, Clone, Default)]
pub struct Metadata {
    pub id: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub byline: Option<String>,
}

impl Metadata {
    /// Fills fields still empty from `other` (an earlier source of metadata wins).
    pub fn or(mut self, other: Metadata) -> Metadata {
        self.id = self.id.or(other.id);
        self.title = self.title.or(other.title);
        self.published = self.published.or(other.published);
        self.url = self.url.or(other.url);
        self.source = self.source.or(other.source);
        self.byline = self.byline.or(other.byline);
        self
    }
}
