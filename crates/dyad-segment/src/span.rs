//! Half-open byte ranges into the article text.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A half-open byte range `[start, end)` into a text.
///
/// Spans are what every later stage stores instead of copied strings, so they
/// serialise compactly as a two-element array `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span; `end` is raised to `start` if it lies before it, so a
    /// span is never inverted.
    pub fn new(start: usize, end: usize) -> Self {
        Self {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text the span covers, or `""` when it does not fit `text` or does
    /// not fall on character boundaries (a span from another text must not
    /// bring the pipeline down).
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (self.start, self.end).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (start, end) = <(usize, usize)>::deserialize(deserializer)?;
        if end < start {
            return Err(serde::de::Error::custom(format!(
                "span end {end} lies before start {start}"
            )));
        }
        Ok(Self { start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn len_and_slice() {
        let text = "Ankara said";
        let span = Span::new(0, 6);
        assert_eq!(span.len(), 6);
        assert!(!span.is_empty());
        assert_eq!(span.slice(text), "Ankara");
        assert!(Span::new(3, 3).is_empty());
    }

    #[test]
    fn inverted_span_is_empty() {
        assert!(Span::new(5, 2).is_empty());
    }

    #[test]
    fn serde_as_two_element_array() {
        let json = serde_json::to_string(&Span::new(3, 9)).unwrap_or_default();
        assert_eq!(json, "[3,9]");
        let back: Result<Span, _> = serde_json::from_str("[3,9]");
        assert_eq!(back.ok(), Some(Span::new(3, 9)));
        assert!(serde_json::from_str::<Span>("[9,3]").is_err());
        assert!(serde_json::from_str::<Span>(r#"{"start":1,"end":2}"#).is_err());
    }

    #[test]
    fn slice_out_of_range_or_mid_char_is_empty() {
        assert_eq!(Span::new(0, 99).slice("abc"), "");
        assert_eq!(Span::new(0, 1).slice("é"), "");
    }
}
