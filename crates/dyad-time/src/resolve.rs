//! Resolution: a [`DateExpr`] plus the publication date and tense gives a
//! [`ResolvedDate`]. All arithmetic is checked; a date that cannot exist
//! ("February 30", a year out of chrono's range) resolves to `None`.

use crate::{DateExpr, Part, Precision, Rel, ResolvedDate, Tense, Unit};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

impl DateExpr {
    /// Resolves the phrase against the publication date `published`.
    ///
    /// `tense` only matters where the words leave the direction open: a bare
    /// weekday, a day or month without a year, "this week", "this weekend",
    /// "the weekend". For those, `Past` (and `Unknown`) picks the latest
    /// candidate on or before `published`, `Future` the earliest on or after:
    ///
    /// - "Monday": past → the latest Monday ≤ P (P itself if a Monday);
    ///   future → the earliest Monday ≥ P. "last Monday" is the latest
    ///   Monday strictly before P and "next Monday" the earliest strictly
    ///   after, whatever the tense; "this Monday" is read like "Monday".
    /// - "March 3", "in March": P's year, unless that is after P (past) or
    ///   before P (future), then the year before or after. "last March" is the
    ///   latest March before P's month, "next March" the first after it.
    /// - "last week"/"next week": the ISO week (Monday–Sunday) before or after
    ///   P's, as `Week`. "this week": Monday to P (past) or P to Sunday
    ///   (future), as `Range`.
    /// - "last/this/next month|year": the whole month or year.
    /// - "last weekend": the Saturday–Sunday before P (its Sunday strictly
    ///   before P); "next weekend": the first with its Saturday after P;
    ///   "this weekend"/"the weekend": the latest Saturday ≤ P and the Sunday
    ///   after it (past) or the earliest Sunday ≥ P and the Saturday before
    ///   it (future).
    /// - "early/mid/late" + month: days 1–10, 11–20, 21–end; + year:
    ///   January–April, May–August, September–December. Anything shorter
    ///   than a month is unchanged ("early Monday" is Monday).
    /// - "N days ago": P − N (`Day`); "N weeks/months ago": the ISO week or
    ///   month holding that day; "N years ago": P's year − N.
    /// - "earlier this month": first of the month to P; "later this week": P
    ///   to Sunday; "earlier today", "earlier in the day": P.
    /// - "since X": the start of X (resolved as past) to P; `None` if X starts
    ///   after P. "between X and Y": the start of X to the end of Y, where a
    ///   Y without a year (or a bare weekday) is the first on or after X's
    ///   start; `None` if Y ends before X starts.
    pub fn resolve(&self, published: NaiveDate, tense: Tense) -> Option<ResolvedDate> {
        let future = tense == Tense::Future;
        match self {
            DateExpr::DayOffset(days) => shift_days(published, i64::from(*days)).map(day),
            DateExpr::Weekday { day: wd, rel } => weekday(published, *wd, *rel, future).map(day),
            DateExpr::Period { unit, offset } => relative_period(published, *unit, *offset, future),
            DateExpr::Weekend { rel } => weekend(published, *rel, future),
            DateExpr::Within { unit, later } => within(published, *unit, *later),
            DateExpr::Ago { count, unit } => ago(published, *count, *unit),
            DateExpr::MonthDay { month, day: d, year } => month_day(published, *month, *d, *year, future).map(day),
            DateExpr::Month { month, year, rel } => month_in_year(published, *month, *year, *rel, future),
            DateExpr::Year(year) => whole_year(*year),
            DateExpr::Part { part, of } => of.resolve(published, tense).and_then(|r| part_of(r, *part)),
            DateExpr::Since(from) => {
                let start = from.resolve(published, Tense::Past)?.start();
                span(start, published)
            }
            DateExpr::Between(first, last) => {
                let start = first.resolve(published, tense)?.start();
                // "between December 28 and January 3": the second date is the
                // first match on or after the first, not a guess of its own.
                let end = if last.needs_anchor() {
                    last.resolve(start, Tense::Future)
                } else {
                    last.resolve(published, tense)
                };
                span(start, end?.end())
            }
        }
    }
}

impl DateExpr {
    /// Whether the phrase picks its date by looking around an anchor (a
    /// weekday, or a day or month without a year).
    fn needs_anchor(&self) -> bool {
        matches!(
            self,
            DateExpr::Weekday { rel: Rel::None, .. }
                | DateExpr::MonthDay { year: None, .. }
                | DateExpr::Month {
                    year: None,
                    rel: Rel::None,
                    ..
                }
        )
    }
}

fn day(date: NaiveDate) -> ResolvedDate {
    ResolvedDate {
        date,
        precision: Precision::Day,
        range: None,
    }
}

fn period(precision: Precision, first: NaiveDate, last: NaiveDate) -> ResolvedDate {
    ResolvedDate {
        date: first,
        precision,
        range: Some((first, last)),
    }
}

/// A `Range`, if it runs forwards.
fn span(first: NaiveDate, last: NaiveDate) -> Option<ResolvedDate> {
    (first <= last).then(|| period(Precision::Range, first, last))
}

fn shift_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let n = Days::new(days.unsigned_abs());
    if days >= 0 {
        date.checked_add_days(n)
    } else {
        date.checked_sub_days(n)
    }
}

fn shift_months(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let n = Months::new(u32::try_from(months.unsigned_abs()).ok()?);
    if months >= 0 {
        date.checked_add_months(n)
    } else {
        date.checked_sub_months(n)
    }
}

/// Days from the latest `wd` on or before `date` to `date` (0–6).
fn days_since(date: NaiveDate, wd: Weekday) -> i64 {
    let now = i64::from(date.weekday().num_days_from_monday());
    (now - i64::from(wd.num_days_from_monday())).rem_euclid(7)
}

fn weekday(p: NaiveDate, wd: Weekday, rel: Rel, future: bool) -> Option<NaiveDate> {
    let back = days_since(p, wd);
    let ahead = (7 - back) % 7;
    match rel {
        Rel::Last => shift_days(p, -(if back == 0 { 7 } else { back })),
        Rel::Next => shift_days(p, if ahead == 0 { 7 } else { ahead }),
        Rel::None | Rel::This if future => shift_days(p, ahead),
        Rel::None | Rel::This => shift_days(p, -back),
    }
}

/// The ISO week (Monday–Sunday) holding `date`.
fn week_of(date: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let monday = shift_days(date, -days_since(date, Weekday::Mon))?;
    Some((monday, shift_days(monday, 6)?))
}

fn month_bounds(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let last = shift_days(shift_months(first, 1)?, -1)?;
    Some((first, last))
}

fn whole_month(year: i32, month: u32) -> Option<ResolvedDate> {
    month_bounds(year, month).map(|(a, b)| period(Precision::Month, a, b))
}

fn whole_year(year: i32) -> Option<ResolvedDate> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
    let last = NaiveDate::from_ymd_opt(year, 12, 31)?;
    Some(period(Precision::Year, first, last))
}

fn relative_period(p: NaiveDate, unit: Unit, offset: i32, future: bool) -> Option<ResolvedDate> {
    let offset = i64::from(offset);
    match unit {
        Unit::Day => shift_days(p, offset).map(day),
        Unit::Week if offset == 0 => {
            let (monday, sunday) = week_of(p)?;
            if future { span(p, sunday) } else { span(monday, p) }
        }
        Unit::Week => week_of(shift_days(p, 7 * offset)?).map(|(a, b)| period(Precision::Week, a, b)),
        Unit::Month => {
            let d = shift_months(p, offset)?;
            whole_month(d.year(), d.month())
        }
        Unit::Year => whole_year(p.year().checked_add(i32::try_from(offset).ok()?)?),
    }
}

fn weekend(p: NaiveDate, rel: Rel, future: bool) -> Option<ResolvedDate> {
    let saturday = match rel {
        Rel::Last => shift_days(weekday(p, Weekday::Sun, Rel::Last, false)?, -1)?,
        Rel::Next => weekday(p, Weekday::Sat, Rel::Next, true)?,
        Rel::None | Rel::This if future => shift_days(weekday(p, Weekday::Sun, Rel::None, true)?, -1)?,
        Rel::None | Rel::This => weekday(p, Weekday::Sat, Rel::None, false)?,
    };
    span(saturday, shift_days(saturday, 1)?)
}

fn within(p: NaiveDate, unit: Unit, later: bool) -> Option<ResolvedDate> {
    let (first, last) = match unit {
        Unit::Day => return Some(day(p)),
        Unit::Week => week_of(p)?,
        Unit::Month => month_bounds(p.year(), p.month())?,
        Unit::Year => whole_year(p.year())?.range?,
    };
    if later { span(p, last) } else { span(first, p) }
}

fn ago(p: NaiveDate, count: u32, unit: Unit) -> Option<ResolvedDate> {
    let n = i64::from(count);
    match unit {
        Unit::Day => shift_days(p, -n).map(day),
        Unit::Week => week_of(shift_days(p, -7 * n)?).map(|(a, b)| period(Precision::Week, a, b)),
        Unit::Month => {
            let d = shift_months(p, -n)?;
            whole_month(d.year(), d.month())
        }
        Unit::Year => whole_year(p.year().checked_sub(i32::try_from(count).ok()?)?),
    }
}

/// The year of a day or month given without one: P's, moved back (past) or
/// forward (future) if that would put it on the wrong side of P. `before`
/// and `after` say where the (month, day) falls against P's within a year.
fn infer_year(p: NaiveDate, year: Option<i32>, before: bool, after: bool, future: bool) -> Option<i32> {
    match year {
        Some(y) => Some(y),
        None if future && before => p.year().checked_add(1),
        None if !future && after => p.year().checked_sub(1),
        None => Some(p.year()),
    }
}

fn month_day(p: NaiveDate, month: u32, d: u32, year: Option<i32>, future: bool) -> Option<NaiveDate> {
    let here = (month, d);
    let now = (p.month(), p.day());
    let year = infer_year(p, year, here < now, here > now, future)?;
    NaiveDate::from_ymd_opt(year, month, d)
}

fn month_in_year(p: NaiveDate, m: u32, year: Option<i32>, rel: Rel, future: bool) -> Option<ResolvedDate> {
    let now = p.month();
    let year = match rel {
        _ if year.is_some() => year,
        Rel::Last if m < now => Some(p.year()),
        Rel::Last => p.year().checked_sub(1),
        Rel::Next if m > now => Some(p.year()),
        Rel::Next => p.year().checked_add(1),
        Rel::This => Some(p.year()),
        Rel::None => infer_year(p, None, m < now, m > now, future),
    }?;
    whole_month(year, m)
}

/// Early, middle or late third of a month or year.
fn part_of(whole: ResolvedDate, part: Part) -> Option<ResolvedDate> {
    let Some((first, last)) = whole
        .range
        .filter(|_| matches!(whole.precision, Precision::Month | Precision::Year))
    else {
        return Some(whole);
    };
    let year = first.year();
    let (a, b) = match (whole.precision, part) {
        (Precision::Month, Part::Early) => (first, first.with_day(10)?),
        (Precision::Month, Part::Mid) => (first.with_day(11)?, first.with_day(20)?),
        (Precision::Month, Part::Late) => (first.with_day(21)?, last),
        (Precision::Year, Part::Early) => (first, NaiveDate::from_ymd_opt(year, 4, 30)?),
        (Precision::Year, Part::Mid) => (
            NaiveDate::from_ymd_opt(year, 5, 1)?,
            NaiveDate::from_ymd_opt(year, 8, 31)?,
        ),
        (Precision::Year, Part::Late) => (NaiveDate::from_ymd_opt(year, 9, 1)?, last),
        _ => return Some(whole),
    };
    span(a, b)
}
