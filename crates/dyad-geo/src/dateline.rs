//! Datelines: "ANKARA —", "GENEVA (Reuters) -", "KYIV, Ukraine —".

/// A dateline's parts: the place and what follows its comma ("Ukraine" in "KYIV, Ukraine —").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline<'a> {
    pub place: &'a str,
    /// A region or country after the place; `None` when absent or when it is a date.
    pub qualifier: Option<&'a str>,
}

/// The place of a dateline at the start of `line`, a sub-slice of it.
pub fn parse_dateline(line: &str) -> Option<&str> {
    parse_dateline_parts(line).map(|d| d.place)
}

/// Longest dateline considered, in bytes before the dash.
const MAX_HEAD: usize = 80;
/// Lower-case words allowed inside a place name ("Rio de Janeiro", "Dar es Salaam").
const CONNECTORS: &[&str] = &[
    "de", "da", "do", "del", "la", "al", "el", "es", "of", "the", "upon", "sur", "am",
];

/// The place and qualifier of a dateline at the start of `line`. A dateline is a place name
/// followed, on the same line and within 80 bytes, by an optional ", Qualifier", an optional
/// "(Agency)" and a dash (— – - or --). A mixed-case place ("Kyiv —") also needs a
/// qualifier or an agency, so a sentence such as "Israel — which ..." is not one.
pub fn parse_dateline_parts(line: &str) -> Option<Dateline<'_>> {
    let start = line.len() - line.trim_start().len();
    let rest = &line[start..];
    let first_line = rest.split('\n').next().unwrap_or(rest);
    let dash = find_dash(first_line)?;
    let mut head = first_line[..dash].trim_end();
    let mut agency = false;
    if head.ends_with(')') {
        let open = head.rfind('(')?;
        head = head[..open].trim_end();
        agency = true;
    }
    let (place, qualifier) = match head.split_once(',') {
        Some((p, q)) => (p.trim_end(), Some(q.trim())),
        None => (head, None),
    };
    let place = place.split('/').next().unwrap_or(place).trim_end();
    if !is_place_name(place) {
        return None;
    }
    let qualifier = qualifier.filter(|q| is_place_name(q));
    let all_caps = place.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if !(all_caps || agency || qualifier.is_some()) {
        return None;
    }
    let offset = start + (place.as_ptr() as usize - rest.as_ptr() as usize);
    Some(Dateline {
        place: &line[offset..offset + place.len()],
        qualifier,
    })
}

/// Byte offset of the first dateline dash in `text`, if early enough.
fn find_dash(text: &str) -> Option<usize> {
    let mut candidates = [
        text.find('\u{2014}'),
        text.find('\u{2013}'),
        text.find(" - "),
        text.find(" -- "),
    ];
    candidates.sort();
    candidates
        .into_iter()
        .flatten()
        .next()
        .filter(|&d| d > 0 && d <= MAX_HEAD)
}

/// 1–5 words, each capitalised (or a connector), letters and . ' ’ - only.
fn is_place_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let chars_ok = text
        .chars()
        .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '.' | '\'' | '\u{2019}' | '-'));
    let first_ok = words[0].chars().next().is_some_and(char::is_uppercase);
    let words_ok = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) || CONNECTORS.contains(&w.to_lowercase().as_str()));
    chars_ok && first_ok && words_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        assert_eq!(parse_dateline("ANKARA — Turkey said"), Some("ANKARA"));
        assert_eq!(parse_dateline("GENEVA (Reuters) - Talks"), Some("GENEVA"));
        assert_eq!(parse_dateline("  KYIV, Ukraine — Drones"), Some("KYIV"));
        assert_eq!(parse_dateline("ST. PETERSBURG, Russia —"), Some("ST. PETERSBURG"));
        assert_eq!(parse_dateline("BEIRUT/JERUSALEM (AP) — x"), Some("BEIRUT"));
        assert_eq!(parse_dateline("WASHINGTON, Nov 3 (Reuters) - x"), Some("WASHINGTON"));
        assert_eq!(parse_dateline("Kyiv, Ukraine — x"), Some("Kyiv"));
        assert_eq!(parse_dateline("RIO DE JANEIRO — x"), Some("RIO DE JANEIRO"));
        let parts = parse_dateline_parts("KYIV, Ukraine — x");
        assert_eq!(parts.and_then(|d| d.qualifier), Some("Ukraine"));
    }

    #[test]
    fn not_datelines() {
        assert_eq!(parse_dateline("Israel — which denies it — said"), None);
        assert_eq!(parse_dateline("The talks ended on Monday."), None);
        assert_eq!(parse_dateline("— ANKARA"), None);
        assert_eq!(parse_dateline("In 2020, Turkey — x"), None);
        assert_eq!(parse_dateline(""), None);
    }
}
