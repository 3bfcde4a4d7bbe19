//! When an event happened: the date phrases of its sentence (found and resolved by
//! [`dyad_time`] against the publication date) and which of them scopes over the event.
//!
//! An explicit date in the sentence beats the publication date. A phrase in the verb's own
//! clause wins; else the nearest phrase before the verb (a date in an earlier clause scopes
//! over the events after it: "On Sunday, X met Y and signed…"); else the publication date, at
//! day precision — a date after the verb in another clause ("…, officials said on Monday")
//! usually dates the report, not the event.

use chrono::NaiveDate;
use dyad_segment::Span;
use dyad_time::{Precision, ResolvedDate};

/// A date phrase of a sentence, resolved; `span` indexes the article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePhrase {
    pub span: Span,
    pub date: ResolvedDate,
}

/// The resolved date phrases of the sentence at `sentence` in `text`.
pub fn date_phrases(text: &str, sentence: Span, published: NaiveDate) -> Vec<DatePhrase> {
    let words = sentence.slice(text);
    dyad_time::find_dates(words)
        .iter()
        .filter_map(|m| {
            let date = m.resolve(words, published)?;
            let span = Span::new(sentence.start + m.span.start, sentence.start + m.span.end);
            Some(DatePhrase { span, date })
        })
        .collect()
}

/// The phrase that dates an event whose verb is at `verb` (see the module doc).
pub fn phrase_for<'p>(text: &str, phrases: &'p [DatePhrase], verb: Span) -> Option<&'p DatePhrase> {
    let same_clause = |p: &&DatePhrase| {
        let (a, b) = if p.span.end <= verb.start {
            (p.span.end, verb.start)
        } else {
            (verb.end, p.span.start)
        };
        a <= b
            && !text
                .get(a..b)
                .is_some_and(|between| between.contains([',', ';', ':', '—']))
    };
    let distance = |p: &&DatePhrase| p.span.start.abs_diff(verb.start);
    phrases
        .iter()
        .filter(same_clause)
        .min_by_key(distance)
        .or_else(|| phrases.iter().filter(|p| p.span.end <= verb.start).min_by_key(distance))
}

/// The record's `date_precision` word.
pub fn precision_name(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Week => "week",
        Precision::Month => "month",
        Precision::Year => "year",
        Precision::Range => "range",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn date_of(text: &str, verb: &str) -> Option<(String, NaiveDate)> {
        let published = day(2026, 4, 29); // a Wednesday
        let phrases = date_phrases(text, Span::new(0, text.len()), published);
        let at = text.find(verb).expect("verb in text");
        phrase_for(text, &phrases, Span::new(at, at + verb.len()))
            .map(|p| (p.span.slice(text).to_string(), p.date.date))
    }

    #[test]
    fn the_verbs_own_clause_wins() {
        let text = "Iran said on Tuesday that Israel struck Damascus on Sunday.";
        assert_eq!(date_of(text, "struck"), Some(("Sunday".to_string(), day(2026, 4, 26))));
    }

    #[test]
    fn an_earlier_clause_scopes_over_later_events() {
        let text = "On Monday, the envoy met the president and signed the accord.";
        assert_eq!(date_of(text, "signed").map(|d| d.1), Some(day(2026, 4, 27)));
    }

    #[test]
    fn a_date_after_the_verb_in_another_clause_is_not_the_events() {
        assert_eq!(
            date_of("Rebels seized the town, officials said on Monday.", "seized"),
            None
        );
    }

    #[test]
    fn earlier_in_the_day_is_the_publication_date() {
        let text = "The minister, who arrived from Qatar earlier in the day, told reporters he was hopeful.";
        let published = day(2026, 4, 27);
        let phrases = date_phrases(text, Span::new(0, text.len()), published);
        let p = phrases.first().expect("a date phrase");
        assert_eq!(p.date.date, published);
        assert_eq!(p.date.precision, Precision::Day);
    }
}
