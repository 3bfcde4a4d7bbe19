//! The sentence behind an event cut into pieces for the console to highlight: plain text, the
//! source, the verb and the target. The server cuts (it knows the byte spans); the console only
//! places each piece as text, so highlighting needs no offsets in JavaScript's UTF-16.

use serde_json::{Value, json};

/// The evidence spans of an event record, as (role, start, end) in article byte offsets.
fn spans(record: &Value) -> Vec<(&'static str, usize, usize)> {
    let span = |pointer: &str| -> Option<(usize, usize)> {
        let s = record.pointer(pointer)?.as_array()?;
        Some((s.first()?.as_u64()? as usize, s.get(1)?.as_u64()? as usize))
    };
    [
        ("source", "/source/span"),
        ("verb", "/verb/span"),
        ("target", "/target/span"),
    ]
    .into_iter()
    .filter_map(|(role, p)| span(p).map(|(s, e)| (role, s, e)))
    .collect()
}

/// `sentence` (which starts at byte `start` of the article) as `[{"text", "role"}]` pieces;
/// `role` is null for text between the highlighted spans. Spans outside the sentence, cutting a
/// character, or overlapping an earlier span are left unhighlighted rather than guessed.
pub fn segments(sentence: &str, start: usize, record: &Value) -> Value {
    let mut marks: Vec<(&str, usize, usize)> = spans(record)
        .into_iter()
        .filter_map(|(role, s, e)| Some((role, s.checked_sub(start)?, e.checked_sub(start)?)))
        .filter(|&(_, s, e)| s < e && e <= sentence.len())
        .filter(|&(_, s, e)| sentence.is_char_boundary(s) && sentence.is_char_boundary(e))
        .collect();
    marks.sort_by_key(|&(_, s, _)| s);
    let mut out = Vec::new();
    let mut at = 0;
    for (role, s, e) in marks {
        if s < at {
            continue;
        }
        if s > at {
            out.push(json!({ "text": &sentence[at..s], "role": null }));
        }
        out.push(json!({ "text": &sentence[s..e], "role": role }));
        at = e;
    }
    if at < sentence.len() {
        out.push(json!({ "text": &sentence[at..], "role": null }));
    }
    Value::Array(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_source_verb_target() {
        let sentence = "Iran warned Israel.";
        let record = json!({"source": {"span": [10, 14]}, "verb": {"span": [15, 21]}, "target": {"span": [22, 28]}});
        let pieces = segments(sentence, 10, &record);
        let roles: Vec<_> = pieces
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| (p["text"].as_str().unwrap_or(""), p["role"].as_str().unwrap_or("-")))
            .collect();
        assert_eq!(
            roles,
            [
                ("Iran", "source"),
                (" ", "-"),
                ("warned", "verb"),
                (" ", "-"),
                ("Israel", "target"),
                (".", "-")
            ]
        );
    }

    #[test]
    fn ignores_spans_outside_the_sentence() {
        let record = json!({"source": {"span": [0, 3]}, "verb": {"span": [50, 60]}, "target": null});
        let pieces = segments("abc", 100, &record);
        assert_eq!(pieces, json!([{"text": "abc", "role": null}]));
    }
}
