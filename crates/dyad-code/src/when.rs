//! When an event happened: the date phrases of its sentence (found and resolved by
//! [`dyad_time`] against the publication date) and which of them scopes over the event.
//!
//! An explicit date in the sentence beats the publication date. A phrase in the verb's own
//! clause wins; else the nearest phrase before the verb (a date in an earlier clause scopes
//! over the events after it: "On Sunday, X met Y and signed…"), except one inside a relative
//! clause ("Spain, which backed the plan in 2022, welcomed…"); else the nearest phrase after it
//! ("…, officials said on Monday": wire copy reports the day of the event); else the
//! publication date, at day precision. An intended act (03x, 13x) takes a phrase after it in its
//! own clause first ("said on Tuesday he would visit Xinjiang next week": next week). A date
//! between an article and a noun ("the March 15 deadline") names the noun's date and dates
//! nothing.

use chrono::NaiveDate;
use dyad_segment::Span;
use dyad_time::{Precision, ResolvedDate};

/// A date phrase of a sentence, resolved; `span` indexes the article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePhrase {
    pub span: Span,
    pub date: ResolvedDate,
    /// The phrase read as looking forward ("is due to hold talks on Sunday": the next Sunday),
    /// for an intended event it follows; the same as `date` for phrases tense does not change.
    pub future: Option<ResolvedDate>,
    /// "the Oct. 7 attack": the act noun a date between an article and the noun dates, and
    /// nothing else of the sentence.
    pub only_for: Option<Span>,
}

impl DatePhrase {
    /// The date of an event at `verb` this phrase dates: an intention's own later phrase
    /// looks forward.
    pub fn date_for(&self, verb: Span, intent: bool) -> ResolvedDate {
        match self.future {
            Some(future) if intent && self.span.start >= verb.end => future,
            _ => self.date,
        }
    }
}

/// "invited Tokayev to attend the summit in Tianjin on August 31": an invitation, offer or
/// threat (03x, 13x) whose phrase dates its infinitive looks forward, whatever the tense of
/// the verb that made it.
pub fn intended_after(text: &str, code: &str, verb: Span, phrase: &DatePhrase) -> bool {
    matches!(code.get(..2), Some("03" | "13"))
        && text
            .get(verb.end..phrase.span.start)
            .is_some_and(|between| between.split_whitespace().any(|w| w == "to"))
}

/// The resolved date phrases of the sentence at `sentence` in `text`.
pub fn date_phrases(text: &str, sentence: Span, published: NaiveDate) -> Vec<DatePhrase> {
    let words = sentence.slice(text);
    dyad_time::find_dates(words)
        .iter()
        .filter_map(|m| {
            // (`attributive` returns lower-case words only.)
            let only_for = match attributive(words, m.span.clone()) {
                Some(noun) if crate::events::ACT_NOUNS.contains(&noun) => {
                    let rest = &words[m.span.end..];
                    let start = sentence.start + m.span.end + rest.len() - rest.trim_start().len();
                    Some(Span::new(start, start + noun.len()))
                }
                Some(_) => return None,
                None => None,
            };
            let date = m.resolve(words, published)?;
            let future = m.expr.resolve(published, dyad_time::Tense::Future);
            let span = Span::new(sentence.start + m.span.start, sentence.start + m.span.end);
            Some(DatePhrase {
                span,
                date,
                future,
                only_for,
            })
        })
        .collect()
}

/// "declined to comment on the March 15 deadline", "a July 6 deadline": a date between an
/// article and a noun names what the noun is about, not when the sentence's events happened.
/// The noun the date stands before, if it is such a modifier.
fn attributive(words: &str, at: std::ops::Range<usize>) -> Option<&str> {
    let before = words[..at.start].split_whitespace().next_back();
    let after = words[at.end..]
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let article = matches!(before.map(str::to_ascii_lowercase).as_deref(), Some("the" | "a" | "an"));
    after.filter(|w| {
        article && !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()) && !matches!(*w, "and" | "or")
    })
}

/// The phrase that dates an event whose verb is at `verb` (see the module doc).
pub fn phrase_for<'p>(text: &str, phrases: &'p [DatePhrase], verb: Span, intent: bool) -> Option<&'p DatePhrase> {
    let between = |p: &DatePhrase| {
        let (a, b) = if p.span.end <= verb.start {
            (p.span.end, verb.start)
        } else {
            (verb.end, p.span.start)
        };
        text.get(a..b)
    };
    let after = |p: &DatePhrase| p.span.start >= verb.end;
    let same_clause = |p: &&DatePhrase| {
        between(p).is_some_and(|w| !(w.contains([',', ';', ':', '—']) || after(p) && opens_clause(w)))
    };
    // "Spain, which backed the plan in 2022, welcomed the move": a date inside a relative
    // clause dates that clause only.
    let in_relative_clause = |p: &&DatePhrase| {
        let before = &text[..p.span.start];
        let clause = before[clause_start(before)..].trim_start();
        p.span.end <= verb.start
            && ["which ", "who ", "where ", "whose "]
                .iter()
                .any(|w| clause.starts_with(w))
            && !same_clause(p)
    };
    // After the verb, a phrase beyond a new clause ("…, who was sentenced in November",
    // "… of bombing its positions on Saturday") dates that clause; one after a comma only
    // ("…, officials said on Monday") is still the sentence's date.
    let reachable_after = |p: &&DatePhrase| after(p) && between(p).is_some_and(|w| !opens_clause(w));
    let distance = |p: &&DatePhrase| p.span.start.abs_diff(verb.start);
    // "agreed to negotiate a peace deal by August 18": a deadline after the verb is when the
    // promised act is due, not when the promise was made.
    let deadline = |p: &&DatePhrase| {
        after(p)
            && text.get(..p.span.start).is_some_and(|b| {
                b.trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("by"))
            })
    };
    if let Some(own) = phrases.iter().find(|p| p.only_for == Some(verb)) {
        return Some(own);
    }
    let candidates = || {
        phrases
            .iter()
            .filter(|p| p.only_for.is_none() && !in_relative_clause(p) && !deadline(p))
    };
    // "said on Tuesday he would lead a delegation to Xinjiang next week": an intended act is
    // dated by its own later phrase, not by the day it was announced; not by one of a verb
    // coordinated after it ("agreed last year to supply radars and is expected to sign a deal
    // next week").
    let own_later = || {
        candidates()
            .filter(|p| after(p) && same_clause(p))
            .filter(|p| between(p).is_some_and(|w| !w.split_whitespace().any(|t| t == "and" || t == "but")))
            .min_by_key(distance)
    };
    if intent && let Some(p) = own_later() {
        return Some(p);
    }
    // "was arrested in April on treason charges, which he denies": a present-tense verb of a
    // relative clause happens now, not on the date of the clause it comments on.
    // So is "…, a charge Kigali has rejected" or "…, an accusation Israel rejects". Only asked
    // when the verb's own clause has no phrase (this runs for every event).
    let commenting_now = || {
        let before = &text[..verb.start];
        let clause = before[clause_start(before)..].trim_start();
        let word = verb.slice(text);
        let present = (word.ends_with('s') && !word.ends_with("ss"))
            || before.trim_end().ends_with(" has")
            || before.trim_end().ends_with(" have");
        let charge = [
            "a charge ",
            "an accusation ",
            "a claim ",
            "an allegation ",
            "charges ",
            "accusations ",
            "allegations ",
        ]
        .iter()
        .any(|w| clause.starts_with(w));
        (["which ", "who "].iter().any(|w| clause.starts_with(w)) || charge) && present
    };
    // "had travelled to Kenya last month and signed an agreement … on March 1": a phrase
    // before a coordinated verb dates that verb; one of the verb's own comes first.
    let before_coordination = |p: &&DatePhrase| {
        p.span.end <= verb.start && between(p).is_some_and(|w| w.split_whitespace().any(|t| t == "and" || t == "but"))
    };
    candidates()
        .filter(same_clause)
        .filter(|p| !before_coordination(p))
        .min_by_key(distance)
        .or_else(|| candidates().filter(same_clause).min_by_key(distance))
        .or_else(|| {
            let earlier = || candidates().filter(|p| p.span.end <= verb.start).min_by_key(distance);
            if commenting_now() { None } else { earlier() }
        })
        .or_else(|| candidates().filter(reachable_after).min_by_key(distance))
}

/// Where the clause that `before` ends in starts: after its last comma or semicolon, but not
/// before its sentence ("…mission, who pledged… in January. Somalia expelled a diplomat
/// yesterday" is no relative clause around "yesterday"). A full stop ends a sentence after a
/// lower-case letter and before a space ("Somaliland. Somalia"), not in "U.S. officials".
fn clause_start(before: &str) -> usize {
    let bytes = before.as_bytes();
    let sentence_end = |i: usize| {
        matches!(bytes[i], b'.' | b'!' | b'?')
            && i > 0
            && bytes[i - 1].is_ascii_lowercase()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace)
    };
    (0..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b',' | b';' | b'\n') || sentence_end(i))
        .map_or(0, |i| i + 1)
}

/// Whether the words between a verb and a later date phrase open another clause: a relative
/// pronoun or subordinator, "but" ("ready to meet Putin, but the Kremlin said last week…"),
/// or "of"/"for" before a gerund. "and" before another verb does not: "Pakistan closed its
/// airspace and suspended trade on Thursday" dates both acts, as every gold writer reads it.
fn opens_clause(words: &str) -> bool {
    const OPENERS: &[&str] = &[
        "who", "which", "whom", "whose", "where", "when", "after", "before", "while", "because", "although", "since",
        "until", "as", "but",
    ];
    let mut tokens = words
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|t| !t.is_empty())
        .peekable();
    while let Some(t) = tokens.next() {
        let lower = t.to_ascii_lowercase();
        if OPENERS.contains(&lower.as_str()) {
            return true;
        }
        // "lifted restrictions on Azerbaijan that Congress imposed in 1992": a relative "that"
        // before a name.
        if lower == "that" && tokens.peek().is_some_and(|next| next.starts_with(char::is_uppercase)) {
            return true;
        }
        // "accused the military of bombing its positions on Saturday": the date is the
        // bombing's, a gerund complement's.
        if matches!(lower.as_str(), "of" | "for")
            && tokens
                .peek()
                .is_some_and(|next| next.len() > 4 && next.ends_with("ing"))
        {
            return true;
        }
    }
    false
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
        dated(text, verb, false)
    }

    /// The phrase dating `verb` (an intended act's with `intent`) and its date.
    fn dated(text: &str, verb: &str, intent: bool) -> Option<(String, NaiveDate)> {
        let published = day(2026, 4, 29); // a Wednesday
        let phrases = date_phrases(text, Span::new(0, text.len()), published);
        let at = text.find(verb).expect("verb in text");
        phrase_for(text, &phrases, Span::new(at, at + verb.len()), intent)
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
    fn a_date_anywhere_in_the_sentence_beats_the_publication_date() {
        assert_eq!(
            date_of("Rebels seized the town, officials said on Monday.", "seized").map(|d| d.1),
            Some(day(2026, 4, 27))
        );
    }

    #[test]
    fn a_later_clause_keeps_its_date_to_itself() {
        let text = "Dhaka asked New Delhi to extradite her, who was sentenced to death in November.";
        assert_eq!(date_of(text, "asked"), None);
        let text = "The group accused the military of bombing its positions on Saturday.";
        assert_eq!(date_of(text, "accused"), None);
        let text = "The junta accused Algeria of harbouring militants and recalled its ambassador last month.";
        assert_eq!(date_of(text, "accused"), None);
        assert!(date_of(text, "recalled").is_some());
        let text = "The minister said she would visit Oslo, but officials said on Monday that no date was set.";
        assert_eq!(date_of(text, "visit"), None);
        let text = "Washington lifted restrictions on Azerbaijan that Congress imposed in 1992.";
        assert_eq!(date_of(text, "lifted"), None);
        assert!(date_of(text, "imposed").is_some());
    }

    #[test]
    fn a_present_comment_in_a_relative_clause_is_not_dated_by_the_clause_before() {
        let text = "Lissu was arrested in April on treason charges, which he denies.";
        assert_eq!(date_of(text, "denies"), None);
        // A past one is.
        let text = "Lissu was arrested in April on treason charges, which he denied.";
        assert!(date_of(text, "denied").is_some());
        let text = "Burundi accused Rwanda in December of backing the rebels, a charge Kigali has rejected.";
        assert_eq!(date_of(text, "rejected"), None);
    }

    #[test]
    fn an_intended_act_takes_its_own_later_date() {
        let phrase = |text, verb, intent| dated(text, verb, intent).map(|d| d.0);
        let text = "The minister said on Tuesday he would lead a delegation to Xinjiang next week.";
        assert_eq!(phrase(text, "lead", true).as_deref(), Some("next week"));
        assert_eq!(phrase(text, "lead", false).as_deref(), Some("Tuesday"));
        // Not a phrase of a verb coordinated after it.
        let text = "France agreed last year to supply radars and is expected to sign a deal next week.";
        assert_eq!(phrase(text, "supply", true).as_deref(), Some("last year"));
    }

    #[test]
    fn a_date_naming_a_deadline_is_not_the_events_date() {
        let text = "India's foreign ministry declined to comment on the March 15 deadline.";
        assert_eq!(date_of(text, "declined"), None);
        let text = "Iran set a July 6 deadline for Afghans to leave.";
        assert_eq!(date_of(text, "set"), None);
        // A date standing alone after "the" still dates: "on the 15th" is no modifier.
        let text = "The ministers met on March 15 in Geneva.";
        assert!(date_of(text, "met").is_some());
    }

    #[test]
    fn a_date_before_an_act_noun_dates_that_act_alone() {
        let text = "Israel accused staff who took part in the Oct. 7 attack by Hamas.";
        assert_eq!(date_of(text, "attack").map(|d| d.0), Some("Oct. 7".to_string()));
        assert_eq!(date_of(text, "accused"), None);
        // Before any other noun it dates nothing.
        let text = "India declined to comment on the March 15 deadline.";
        assert_eq!(date_of(text, "deadline"), None);
    }

    #[test]
    fn coordinated_acts_share_a_later_date() {
        let text = "Pakistan closed its airspace to Indian airlines and suspended all trade on Thursday.";
        assert_eq!(date_of(text, "closed").map(|d| d.0), Some("Thursday".to_string()));
        // A later verb with a date of its own keeps it.
        let text = "Henry travelled to Kenya last month and signed an agreement in Nairobi on March 1.";
        assert_eq!(date_of(text, "signed").map(|d| d.0), Some("March 1".to_string()));
        assert_eq!(date_of(text, "travelled").map(|d| d.0), Some("last month".to_string()));
    }

    #[test]
    fn a_deadline_after_the_verb_is_not_the_events_date() {
        let text = "The two sides signed a declaration on Saturday, committing to negotiate a peace deal by August 18.";
        assert_eq!(date_of(text, "negotiate").map(|d| d.0), Some("Saturday".to_string()));
        assert_eq!(
            date_of("Rwanda agreed to withdraw its troops by March 3.", "agreed"),
            None
        );
    }

    #[test]
    fn a_relative_clause_keeps_its_date_to_itself() {
        assert_eq!(
            date_of("Spain, which backed the plan in 2022, welcomed the move.", "welcomed"),
            None
        );
        assert_eq!(
            date_of("Spain, which backed the plan in 2022, welcomed the move.", "backed").map(|d| d.0),
            Some("2022".to_string())
        );
        // A relative clause of the sentence before does not reach into this one.
        let text = "He met the envoy, who pledged support. Somalia expelled a diplomat yesterday, accusing him \
                    of spying.";
        assert_eq!(date_of(text, "accusing").map(|d| d.0), Some("yesterday".to_string()));
        let text = "He met the envoy, who pledged support.\n\nSomalia expelled a diplomat yesterday, accusing him.";
        assert_eq!(date_of(text, "accusing").map(|d| d.0), Some("yesterday".to_string()));
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
