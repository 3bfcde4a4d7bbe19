//! Publication dates: machine timestamps (RFC 3339, RFC 2822, ISO dates) and the human
//! datelines news pages print near the top ("April 27, 2026", "27 April 2026",
//! "Monday, April 27, 2026", "Apr. 27, 2026", "2026-04-27").
//!
//! Times with a zone are normalised to a UTC date; the caller keeps the original string.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// Parses a timestamp or date as metadata fields carry them, giving its UTC date.
pub fn parse_timestamp(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc).date_naive());
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(s) {
        return Some(t.with_timezone(&Utc).date_naive());
    }
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(t.date());
        }
    }
    if let Some(d) = s.get(..10).and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok()) {
        return Some(d);
    }
    parse_dateline(s)
}

/// Finds a written date in a short line: the line must be mostly the date (a dateline), so a
/// date inside a sentence of body text is not taken for the publication date.
pub fn parse_dateline(line: &str) -> Option<NaiveDate> {
    let line = line.trim();
    if line.is_empty() || line.len() > 80 {
        return None;
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    let found = (0..words.len()).find_map(|i| date_at(&words[i..]))?;
    // Most of the line's words must belong to the date or be dateline furniture.
    let other = words.iter().filter(|w| !is_date_word(w)).count();
    (other <= 3).then_some(found)
}

fn date_at(words: &[&str]) -> Option<NaiveDate> {
    let w = |i: usize| words.get(i).copied().unwrap_or("");
    if let Ok(d) = NaiveDate::parse_from_str(w(0).trim_end_matches('.'), "%Y-%m-%d") {
        return Some(d);
    }
    // "April 27 2026" (commas were split away)
    if let (Some(m), Some(d), Some(y)) = (month(w(0)), day(w(1)), year(w(2))) {
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    // "27 April 2026"
    if let (Some(d), Some(m), Some(y)) = (day(w(0)), month(w(1)), year(w(2))) {
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    None
}

fn is_date_word(w: &&str) -> bool {
    let w = *w;
    month(w).is_some()
        || day(w).is_some()
        || year(w).is_some()
        || weekday(w)
        || NaiveDate::parse_from_str(w, "%Y-%m-%d").is_ok()
        || w.contains(':')
        || matches!(
            w.to_ascii_lowercase().as_str(),
            "am" | "pm" | "a.m." | "p.m." | "gmt" | "utc" | "et" | "edt" | "est" | "-" | "—" | "–"
        )
}

fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let n = MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept")))?;
    u32::try_from(n + 1).ok()
}

fn day(w: &str) -> Option<u32> {
    let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let d: u32 = w.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year(w: &str) -> Option<i32> {
    let y: i32 = w.trim_end_matches('.').parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

fn weekday(w: &str) -> bool {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
    .contains(&w.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn datelines() {
        assert_eq!(parse_dateline("April 27, 2026"), d(2026, 4, 27));
        assert_eq!(parse_dateline("27 April 2026"), d(2026, 4, 27));
        assert_eq!(parse_dateline("2026-04-27"), d(2026, 4, 27));
        assert_eq!(parse_dateline("Monday, April 27, 2026"), d(2026, 4, 27));
        assert_eq!(parse_dateline("Apr. 27, 2026 10:30 a.m. EDT"), d(2026, 4, 27));
        assert_eq!(parse_dateline("Published: Sept. 3, 2026"), d(2026, 9, 3));
    }

    #[test]
    fn body_text_is_not_a_dateline() {
        assert_eq!(
            parse_dateline("The ministers met on April 27, 2026 to discuss the border crisis again."),
            None
        );
        assert_eq!(parse_dateline("Mayors may meet in March"), None);
    }

    #[test]
    fn timestamps_normalise_to_utc() {
        assert_eq!(parse_timestamp("2026-04-27T22:30:00-04:00"), d(2026, 4, 28));
        assert_eq!(parse_timestamp("Mon, 27 Apr 2026 08:00:00 +0000"), d(2026, 4, 27));
        assert_eq!(parse_timestamp("2026-03-03"), d(2026, 3, 3));
        assert_eq!(parse_timestamp("yesterday"), None);
    }
}
