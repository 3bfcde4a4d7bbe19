//! JSON Lines: one article per line, `{"id","text","published","title","url","source"}`, only
//! `text` required. Lines are streamed, so a file of any size is read in constant memory; a
//! malformed line is reported with its line number and the other lines are still read.

use crate::article::Metadata;
use serde::Deserialize;
use serde_json::Value;

/// One record as it appears in the input.
#[derive(Debug, Deserialize)]
struct Record {
    id: Option<Value>,
    text: Option<Value>,
    published: Option<Value>,
    title: Option<String>,
    url: Option<String>,
    source: Option<String>,
    byline: Option<String>,
    author: Option<String>,
}

/// A parsed record: its body text and metadata.
#[derive(Debug)]
pub struct JsonArticle {
    pub text: String,
    pub meta: Metadata,
}

/// Parses one line; the error says what is wrong with it.
pub fn parse_line(line: &str) -> Result<JsonArticle, String> {
    // serde_json counts lines within the record, which is always line 1 here: report the column.
    let record: Record = serde_json::from_str(line).map_err(|e| {
        format!(
            "malformed JSON at column {}: {}",
            e.column(),
            strip_position(&e.to_string())
        )
    })?;
    let text = match record.text {
        Some(Value::String(s)) => s,
        Some(other) => return Err(format!("\"text\" must be a string, found {}", kind(&other))),
        None => return Err("missing the required \"text\" field".to_string()),
    };
    let meta = Metadata {
        id: record.id.and_then(scalar),
        title: record.title.filter(|t| !t.trim().is_empty()),
        published: record.published.and_then(scalar),
        url: record.url.filter(|u| !u.trim().is_empty()),
        source: record.source.filter(|s| !s.trim().is_empty()),
        byline: record.byline.or(record.author),
    };
    Ok(JsonArticle { text, meta })
}

fn strip_position(message: &str) -> &str {
    message.find(" at line ").map_or(message, |at| &message[..at])
}

fn scalar(v: Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_parse() {
        let a = parse_line(r#"{"id": 7, "text": "Talks resumed.", "published": "2026-03-03T09:15:00Z"}"#).unwrap();
        assert_eq!(a.meta.id.as_deref(), Some("7"));
        assert_eq!(a.text, "Talks resumed.");
        assert_eq!(a.meta.published.as_deref(), Some("2026-03-03T09:15:00Z"));
    }

    #[test]
    fn errors_say_what_is_wrong() {
        assert!(parse_line("{\"text\": ").unwrap_err().contains("malformed JSON"));
        assert!(parse_line(r#"{"title": "x"}"#).unwrap_err().contains("\"text\""));
        assert!(parse_line(r#"{"text": 3}"#).unwrap_err().contains("a number"));
    }
}
