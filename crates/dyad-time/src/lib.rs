//! Date phrases in news sentences, resolved against the publication date.
//!
//! An event record needs a date, and news copy rarely gives one outright:
//! "on Tuesday", "last weekend", "earlier this month", "in late February".
//! This crate finds such phrases in a sentence ([`find_dates`]) and turns
//! each into a calendar date or span once the article's publication date is
//! known ([`DateExpr::resolve`]). [`tense_near`] guesses whether a phrase
//! points backwards or forwards ("met on Friday" / "will meet on Friday").
//!
//! ```
//! use chrono::NaiveDate;
//! use dyad_time::{Precision, Tense, find_dates};
//!
//! let text = "Hopes faded last weekend when talks collapsed on Tuesday.";
//! let published = NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
//! let found = find_dates(text);
//! assert_eq!(found[0].text, "last weekend");
//! let weekend = found[0].expr.resolve(published, Tense::Past).unwrap();
//! assert_eq!(weekend.precision, Precision::Range);
//! assert_eq!(weekend.range, NaiveDate::from_ymd_opt(2026, 2, 28).zip(NaiveDate::from_ymd_opt(2026, 3, 1)));
//! assert_eq!(found[1].text, "Tuesday");
//! assert_eq!(found[1].expr.resolve(published, Tense::Past).unwrap().date, published);
//! ```
//!
//! # Conventions
//!
//! - **Spans** cover the date words and the words that change their meaning
//!   ("last", "since", "between … and …", "early", "ago", "night"), but not a
//!   plain preposition ("on", "in", "during", "by"): in "met on Monday night"
//!   the span is "Monday night"; in "since early March" it is the whole
//!   phrase. A possessive is left out ("Sunday's vote" → "Sunday").
//! - **Weeks** are ISO weeks, Monday to Sunday.
//! - **Precision**: a single day is `Day` with no range; a week, month or year
//!   is `Week`/`Month`/`Year` with `date` its first day and `range` the whole
//!   period; anything else is `Range` with `date == range.0`.
//! - **Tense**: [`Tense::Unknown`] resolves like [`Tense::Past`], since news
//!   mostly reports what happened. See [`DateExpr::resolve`] for each rule.
//! - **Names**: month and weekday names count only when capitalised ("may",
//!   "march" are not dates). A bare month or year needs a preposition before
//!   it ("in March", "since 2024"), a day ("March 3") or a year ("March
//!   2024"); "May" needs "in", "during", "since", "until" or "from" because it
//!   is also a surname. A day before a landmark word is a name ("May 13
//!   Square", "the March 23 Movement"). Numeric dates other than ISO `2024-03-03` are skipped:
//!   "03/04/2024" is ambiguous between US and European order.
//!
//! # Speed
//!
//! [`find_dates`] tokenises with its own byte scanner and classifies each
//! word once; a sentence without a digit or date word is rejected in one
//! pass without allocating. No regular expressions.

mod lex;
mod parse;
mod resolve;
mod scan;
mod tense;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Re-exported so callers need not name chrono themselves.
pub use chrono::{NaiveDate, Weekday};
pub use tense::tense_near;

/// How exact a resolved date is (the event record's `date_precision`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
    Range,
}

/// A date phrase resolved to the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ResolvedDate {
    /// The day, or the first day of the period or range.
    pub date: NaiveDate,
    pub precision: Precision,
    /// First and last day (inclusive) for everything but `Day`.
    pub range: Option<(NaiveDate, NaiveDate)>,
}

impl ResolvedDate {
    /// First day covered.
    pub fn start(&self) -> NaiveDate {
        self.range.map_or(self.date, |r| r.0)
    }

    /// Last day covered.
    pub fn end(&self) -> NaiveDate {
        self.range.map_or(self.date, |r| r.1)
    }
}

/// Whether the verb around a phrase speaks of the past or the future.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    Past,
    Future,
    /// No cue either way; resolves like `Past`.
    Unknown,
}

/// A period unit, as in "last week" or "three months ago".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// "last", "this" or "next" before a weekday, month or weekend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rel {
    /// No qualifier: the tense decides.
    None,
    Last,
    This,
    Next,
}

/// "early", "mid" or "late" before a month or year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Early,
    Mid,
    Late,
}

/// A date phrase as written, before the publication date is known.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DateExpr {
    /// Days after publication: "today", "tonight" (0), "yesterday", "last
    /// night" (−1), "tomorrow" (+1).
    DayOffset(i32),
    /// "Monday", "last Monday", "next Friday", "Tuesday night".
    Weekday { day: Weekday, rel: Rel },
    /// The week, month or year `offset` periods from publication: "last
    /// week" (−1), "this month" (0), "next year" (+1).
    Period { unit: Unit, offset: i32 },
    /// "the weekend", "last weekend", "this weekend", "next weekend".
    Weekend { rel: Rel },
    /// "earlier this month" (`later: false`), "later this week" (`true`).
    /// For `Unit::Day` ("earlier today"), the publication date.
    Within { unit: Unit, later: bool },
    /// "three days ago", "a week ago".
    Ago { count: u32, unit: Unit },
    /// "March 3", "3 March 2024", "Feb. 3", "2024-03-03".
    MonthDay { month: u32, day: u32, year: Option<i32> },
    /// "in March", "March 2024", "last March".
    Month { month: u32, year: Option<i32>, rel: Rel },
    /// "in 2024".
    Year(i32),
    /// "early March", "mid-April", "late last year"; a part of anything
    /// shorter than a month is that thing ("early Monday").
    Part { part: Part, of: Box<DateExpr> },
    /// "since early March": from the phrase's start to publication.
    Since(Box<DateExpr>),
    /// "between March 3 and March 5", "from Monday to Wednesday", "March 3-5".
    Between(Box<DateExpr>, Box<DateExpr>),
}

/// One date phrase found in a text.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DateMention {
    /// Byte range of the phrase in the text given to [`find_dates`].
    pub span: Range<usize>,
    /// The phrase as written (`&text[span]`).
    pub text: String,
    pub expr: DateExpr,
}

impl DateMention {
    /// Resolves the phrase with the tense read from its context:
    /// `tense_near(text, self.span.start)`, where `text` is the text given
    /// to [`find_dates`].
    pub fn resolve(&self, text: &str, published: NaiveDate) -> Option<ResolvedDate> {
        self.expr.resolve(published, tense_near(text, self.span.start))
    }
}

/// A date as `YYYY-MM-DD` when its year has four digits (0–9999), written digit by digit:
/// chrono's `%Y-%m-%d` parses its format string on every call, and the coder and the store
/// write dates for every event. Other years give `None`, and each caller keeps the form it
/// has always written for them (chrono's `-0001`, the store's `-001`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsoDay([u8; 10]);

impl IsoDay {
    pub fn of(d: NaiveDate) -> Option<IsoDay> {
        use chrono::Datelike;
        let year = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
        let (month, day) = (d.month(), d.day());
        let digit = |n: u32| b'0' + (n % 10) as u8;
        Some(IsoDay([
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
        ]))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII digits and dashes are written.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// Whether `word` is a month or weekday name as running text writes it
/// ("March", "Sunday"; not "march", "MARCH" or the abbreviation "Mar"): the
/// names this crate reads as dates, for callers that must not read them as
/// anything else (a gazetteer has towns called March and Sunday).
pub fn is_calendar_name(word: &str) -> bool {
    matches!(lex::classify(word), lex::Lex::Month(_) | lex::Lex::Weekday(_))
        && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
}

/// Finds the date phrases of a sentence (or any text), in order and without
/// overlap; at each position the longest phrase wins.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    if !scan::may_hold_date(text) {
        return Vec::new();
    }
    let toks: Vec<scan::Tok> = scan::toks(text).collect();
    parse::Parser::new(text, &toks)
        .mentions()
        .into_iter()
        .map(|(span, expr)| DateMention {
            text: text[span.clone()].to_string(),
            span,
            expr,
        })
        .collect()
}
