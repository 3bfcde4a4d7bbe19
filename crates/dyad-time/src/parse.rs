//! The phrase grammar: a hand-written recursive matcher over the tokens.
//!
//! Each matcher takes a token index and returns the index just past the
//! phrase with its [`DateExpr`], or `None`. Dispatch is on the class of the
//! first word, so a token outside the date vocabulary costs one `match`.

use crate::lex::{Lex, License};
use crate::scan::{Kind, Tok};
use crate::{DateExpr, Part, Rel, Unit};
use std::ops::Range;

/// Index one past the phrase's last token, and the phrase.
type Hit = (usize, DateExpr);

pub(crate) struct Parser<'a> {
    text: &'a str,
    toks: &'a [Tok],
}

impl<'a> Parser<'a> {
    pub(crate) fn new(text: &'a str, toks: &'a [Tok]) -> Self {
        Parser { text, toks }
    }

    /// All phrases, left to right; at each token the longest match wins and
    /// the scan resumes after it.
    pub(crate) fn mentions(&self) -> Vec<(Range<usize>, DateExpr)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            match self.phrase(i) {
                Some((end, expr)) if end > i && end <= self.toks.len() => {
                    out.push((self.toks[i].start..self.toks[end - 1].end, expr));
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }

    // ---- token access -------------------------------------------------

    fn lex(&self, i: usize) -> Lex {
        match self.toks.get(i) {
            Some(Tok {
                kind: Kind::Word(lex), ..
            }) => *lex,
            _ => Lex::Other,
        }
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn punct(&self, i: usize) -> Option<u8> {
        match self.kind(i) {
            Some(Kind::Punct(p)) => Some(p),
            _ => None,
        }
    }

    /// Whether token `i` touches the token before it (no space between).
    fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    fn license_before(&self, i: usize) -> License {
        if i == 0 {
            License::None
        } else {
            self.lex(i - 1).license()
        }
    }

    /// Token `i` is a digit run glued, through one mark, to another digit run
    /// on its left: the "500" of "1,500", the "30" of "10:30".
    fn continues_number(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
            && self.glued(i)
            && matches!(self.punct(i - 1), Some(b',' | b'.' | b':' | b'/' | b'-'))
            && i >= 2
            && self.glued(i - 1)
            && self.kind(i - 2) == Some(Kind::Num)
    }

    /// Nothing glued on the left makes the number at `i` part of something
    /// else ("$3", "A4", "1,500").
    fn starts_clean(&self, i: usize) -> bool {
        if !self.glued(i) {
            return true;
        }
        match self.kind(i - 1) {
            Some(Kind::Punct(b'(' | b'"' | b'\'' | b'[')) => true,
            Some(Kind::Punct(_)) => !self.continues_number(i),
            _ => false,
        }
    }

    /// Nothing glued on the right makes the token at `i` part of something
    /// else ("3%", "3km", "1,500", "10:30"); an ordinal suffix is allowed.
    fn ends_clean(&self, i: usize) -> bool {
        let next = i + 1;
        if !self.glued(next) {
            return true;
        }
        match self.kind(next) {
            Some(Kind::Word(Lex::Ordinal)) => true,
            // A dash may start a day range ("March 3-5"); callers that care
            // (ISO dates) check it themselves.
            Some(Kind::Punct(b'-')) => true,
            Some(Kind::Punct(b'%')) => false,
            Some(Kind::Punct(_)) => !self.continues_number(next + 1),
            _ => false,
        }
    }

    /// The value of a digit run of at most `max_digits` that stands alone.
    fn number(&self, i: usize, max_digits: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        if t.kind != Kind::Num || t.end - t.start > max_digits {
            return None;
        }
        if !self.starts_clean(i) || !self.ends_clean(i) {
            return None;
        }
        self.text.get(t.start..t.end)?.parse().ok()
    }

    /// A day of the month, with an optional glued ordinal ("3", "3rd").
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let day = self.number(i, 2).filter(|d| (1..=31).contains(d))?;
        let end = if self.lex(i + 1) == Lex::Ordinal && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        Some((day, end))
    }

    /// A four-digit year we are willing to read as one.
    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.toks.get(i)?;
        if t.end - t.start != 4 {
            return None;
        }
        let year = self.number(i, 4).filter(|y| (1900..=2100).contains(y))?;
        i32::try_from(year).ok()
    }

    /// An optional year after a day: "3, 2024" or "3 2024".
    fn year_after(&self, i: usize) -> (Option<i32>, usize) {
        if self.punct(i) == Some(b',')
            && let Some(y) = self.year_at(i + 1)
        {
            return (Some(y), i + 2);
        }
        match self.year_at(i) {
            Some(y) => (Some(y), i + 1),
            None => (None, i),
        }
    }

    /// A capitalised word that is not a date word: "April Ryan".
    fn starts_name(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else { return false };
        self.lex(i) == Lex::Other
            && matches!(t.kind, Kind::Word(_))
            && self.text.as_bytes().get(t.start).is_some_and(u8::is_ascii_uppercase)
    }

    /// "Bloody Sunday", "Good Friday", "Sunday Times", "Mail on Sunday" are
    /// names, not dates.
    fn weekday_is_name(&self, i: usize) -> bool {
        let mail_on = i >= 2
            && self.lex(i - 1) == Lex::On
            && self.toks.get(i - 2).and_then(|t| self.text.get(t.start..t.end)) == Some("Mail");
        (i > 0 && self.lex(i - 1) == Lex::WeekdayName) || self.lex(i + 1) == Lex::Title || mail_on
    }

    /// Skips "morning", "afternoon", "evening" or "night" after a day word.
    fn part_of_day(&self, i: usize) -> usize {
        if matches!(self.lex(i), Lex::PartOfDay | Lex::Night) {
            i + 1
        } else {
            i
        }
    }

    // ---- phrases ------------------------------------------------------

    fn phrase(&self, i: usize) -> Option<Hit> {
        match self.lex(i) {
            Lex::Since => self.since(i),
            Lex::Between => self.span_between(i, &[Lex::And]),
            Lex::From => self.span_between(i, &[Lex::To, Lex::Until, Lex::Through]),
            _ => self.core(i, self.license_before(i)),
        }
    }

    /// A single date phrase (no "since" or "between"). `license` says how
    /// strongly the context makes a bare month or year a date.
    fn core(&self, i: usize, license: License) -> Option<Hit> {
        match self.lex(i) {
            Lex::Weekday(_) => self.weekday(i),
            Lex::Month(_) | Lex::MonthAbbr(_) => self.month_first(i, license),
            Lex::Last | Lex::This | Lex::Next | Lex::Coming => self.relative(i),
            Lex::The => self.the(i),
            Lex::Today | Lex::Tonight => Some((i + 1, DateExpr::DayOffset(0))),
            Lex::Yesterday => Some((self.part_of_day(i + 1), DateExpr::DayOffset(-1))),
            Lex::Tomorrow => Some((self.part_of_day(i + 1), DateExpr::DayOffset(1))),
            Lex::Earlier | Lex::Later => self.within(i),
            Lex::Early | Lex::Mid | Lex::Late => self.part(i),
            Lex::Count(n) => self.ago(i, n),
            _ if self.kind(i) == Some(Kind::Num) => self.numeric(i, license),
            _ => None,
        }
    }

    /// "Monday", "Tuesday night", "Monday, March 3".
    fn weekday(&self, i: usize) -> Option<Hit> {
        let Lex::Weekday(day) = self.lex(i) else { return None };
        if self.weekday_is_name(i) {
            return None;
        }
        let after_comma = if self.punct(i + 1) == Some(b',') { i + 2 } else { i + 1 };
        if let Some(hit) = self.month_day(after_comma) {
            return Some(hit);
        }
        Some((self.part_of_day(i + 1), DateExpr::Weekday { day, rel: Rel::None }))
    }

    /// A phrase with a day in it, month first or day first.
    fn month_day(&self, i: usize) -> Option<Hit> {
        match self.lex(i) {
            Lex::Month(_) | Lex::MonthAbbr(_) => self
                .month_first(i, License::None)
                .filter(|(_, e)| !matches!(e, DateExpr::Month { .. })),
            _ => self.day_first(i),
        }
    }

    /// "March 3", "Feb. 3, 2024", "March 3-5", "March 2024", "in March".
    fn month_first(&self, i: usize, license: License) -> Option<Hit> {
        let (month, abbr) = match self.lex(i) {
            Lex::Month(m) => (m, false),
            Lex::MonthAbbr(m) => (m, true),
            _ => return None,
        };
        let mut j = i + 1;
        if abbr && self.punct(j) == Some(b'.') && self.glued(j) {
            j += 1;
        }
        if let Some((day, end)) = self.day_at(j).filter(|&(d, _)| d <= max_day(month)) {
            if self.lex(end) == Lex::Landmark {
                return None;
            }
            return Some(self.day_range(month, day, end).unwrap_or_else(|| {
                let (year, end) = self.year_after(end);
                (end, DateExpr::MonthDay { month, day, year })
            }));
        }
        if let Some(year) = self.year_at(j) {
            return Some((
                j + 1,
                DateExpr::Month {
                    month,
                    year: Some(year),
                    rel: Rel::None,
                },
            ));
        }
        // A bare month: "Jan" alone is too ambiguous, "May" is also a name.
        let needed = if month == 5 { License::Strong } else { License::Weak };
        if abbr || license < needed || self.starts_name(i + 1) {
            return None;
        }
        Some((
            i + 1,
            DateExpr::Month {
                month,
                year: None,
                rel: Rel::None,
            },
        ))
    }

    /// "March 3-5": two days of one month.
    fn day_range(&self, month: u32, first: u32, i: usize) -> Option<Hit> {
        if self.punct(i) != Some(b'-') {
            return None;
        }
        let t = self.toks.get(i + 1)?;
        if t.kind != Kind::Num || t.end - t.start > 2 || !self.ends_clean(i + 1) {
            return None;
        }
        let last: u32 = self.text.get(t.start..t.end)?.parse().ok()?;
        if last <= first || last > max_day(month) {
            return None;
        }
        let (year, end) = self.year_after(i + 2);
        let day = |day| Box::new(DateExpr::MonthDay { month, day, year });
        Some((end, DateExpr::Between(day(first), day(last))))
    }

    /// "3 March", "3rd of March 2024", "3 Feb".
    fn day_first(&self, i: usize) -> Option<Hit> {
        let (day, mut j) = self.day_at(i)?;
        if self.lex(j) == Lex::Of {
            j += 1;
        }
        let month = match self.lex(j) {
            Lex::Month(m) | Lex::MonthAbbr(m) => m,
            _ => return None,
        };
        if day > max_day(month) {
            return None;
        }
        let mut end = j + 1;
        // "3 Feb. 2024": the full stop belongs to the phrase only before a year.
        if self.punct(end) == Some(b'.') && self.glued(end) && self.year_at(end + 1).is_some() {
            end += 1;
        }
        let (year, end) = self.year_after(end);
        Some((end, DateExpr::MonthDay { month, day, year }))
    }

    /// Phrases starting with digits: ISO dates, day-first dates, "3 days
    /// ago", and a licensed bare year ("in 2024").
    fn numeric(&self, i: usize, license: License) -> Option<Hit> {
        if let Some(hit) = self.iso(i) {
            return Some(hit);
        }
        if let Some(hit) = self.day_first(i) {
            return Some(hit);
        }
        if let Some(hit) = self.number(i, 3).and_then(|n| self.ago(i, n)) {
            return Some(hit);
        }
        let year = self.year_at(i).filter(|_| license >= License::Weak)?;
        Some((i + 1, DateExpr::Year(year)))
    }

    /// "2024-03-03".
    fn iso(&self, i: usize) -> Option<Hit> {
        let t = self.toks.get(i)?;
        if t.end - t.start != 4 || !self.starts_clean(i) {
            return None;
        }
        let part = |k: usize, digits: usize| -> Option<u32> {
            let glued = self.glued(k) && self.glued(k + 1);
            let tok = self.toks.get(k + 1)?;
            let ok = glued && self.punct(k) == Some(b'-') && tok.kind == Kind::Num && tok.end - tok.start == digits;
            if ok {
                self.text.get(tok.start..tok.end)?.parse().ok()
            } else {
                None
            }
        };
        let year: i32 = self.text.get(t.start..t.end)?.parse().ok()?;
        let month = part(i + 1, 2).filter(|m| (1..=12).contains(m))?;
        let day = part(i + 3, 2).filter(|&d| d >= 1 && d <= max_day(month))?;
        if !self.ends_clean(i + 4) || self.punct(i + 5) == Some(b'-') && self.glued(i + 5) {
            return None;
        }
        Some((
            i + 5,
            DateExpr::MonthDay {
                month,
                day,
                year: Some(year),
            },
        ))
    }

    /// "last Monday", "this week", "next month", "last night", "last March".
    fn relative(&self, i: usize) -> Option<Hit> {
        let mut rel = match self.lex(i) {
            Lex::Last => Rel::Last,
            Lex::This => Rel::This,
            _ => Rel::Next,
        };
        // "the last week" is the past seven days, "the next month" the coming
        // thirty: neither is a calendar period.
        if rel != Rel::This && i > 0 && self.lex(i - 1) == Lex::The {
            return None;
        }
        let mut j = i + 1;
        // "this coming Monday", "this past weekend".
        match (rel, self.lex(j)) {
            (Rel::This, Lex::Coming) => (rel, j) = (Rel::Next, j + 1),
            (Rel::This, Lex::Past) => (rel, j) = (Rel::Last, j + 1),
            _ => {}
        }
        let offset = match rel {
            Rel::Last => -1,
            Rel::Next => 1,
            _ => 0,
        };
        let expr = match self.lex(j) {
            Lex::Weekday(day) if !self.weekday_is_name(j) => {
                return Some((self.part_of_day(j + 1), DateExpr::Weekday { day, rel }));
            }
            Lex::Unit(unit) if unit != Unit::Day => DateExpr::Period { unit, offset },
            Lex::Weekend => DateExpr::Weekend { rel },
            Lex::Night if rel != Rel::Next => DateExpr::DayOffset(offset),
            Lex::PartOfDay if rel == Rel::This => DateExpr::DayOffset(0),
            Lex::Month(month) => DateExpr::Month { month, year: None, rel },
            _ => return None,
        };
        Some((j + 1, expr))
    }

    /// "earlier today", "later this week", "earlier in the day".
    fn within(&self, i: usize) -> Option<Hit> {
        let later = self.lex(i) == Lex::Later;
        let (end, unit) = match (self.lex(i + 1), self.lex(i + 2), self.lex(i + 3)) {
            (Lex::Today | Lex::Tonight, _, _) => (i + 2, Unit::Day),
            (Lex::This, Lex::PartOfDay, _) => (i + 3, Unit::Day),
            (Lex::This, Lex::Unit(unit), _) => (i + 3, unit),
            (Lex::In, Lex::The, Lex::Unit(unit)) => (i + 4, unit),
            _ => return None,
        };
        Some((end, DateExpr::Within { unit, later }))
    }

    /// "three days ago", "a week ago", "2 years ago".
    fn ago(&self, i: usize, count: u32) -> Option<Hit> {
        match (self.lex(i + 1), self.lex(i + 2)) {
            (Lex::Unit(unit), Lex::Ago) => Some((i + 3, DateExpr::Ago { count, unit })),
            _ => None,
        }
    }

    /// "the weekend", "the end of March", "the beginning of next year", "the
    /// middle of the month".
    fn the(&self, i: usize) -> Option<Hit> {
        let part = match (self.lex(i + 1), self.lex(i + 2)) {
            (Lex::Weekend, _) => return Some((i + 2, DateExpr::Weekend { rel: Rel::None })),
            (Lex::Start, Lex::Of) => Part::Early,
            (Lex::Middle, Lex::Of) => Part::Mid,
            (Lex::End, Lex::Of) => Part::Late,
            _ => return None,
        };
        let j = i + 3;
        let (end, of) = match (self.lex(j), self.lex(j + 1)) {
            // "the end of the year": the current one.
            (Lex::The, Lex::Unit(unit)) if unit != Unit::Day => (j + 2, DateExpr::Period { unit, offset: 0 }),
            _ => self.core(j, License::Strong)?,
        };
        if matches!(of, DateExpr::Part { .. }) {
            return None;
        }
        Some((end, DateExpr::Part { part, of: Box::new(of) }))
    }

    /// "early March", "mid-April", "late last year", "late Tuesday".
    fn part(&self, i: usize) -> Option<Hit> {
        let part = match self.lex(i) {
            Lex::Early => Part::Early,
            Lex::Mid => Part::Mid,
            _ => Part::Late,
        };
        let j = if self.punct(i + 1) == Some(b'-') && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let (end, of) = self.core(j, License::Strong)?;
        if matches!(of, DateExpr::Part { .. }) {
            return None;
        }
        Some((end, DateExpr::Part { part, of: Box::new(of) }))
    }

    /// "since early March", "since 2024".
    fn since(&self, i: usize) -> Option<Hit> {
        let (end, from) = self.core(i + 1, License::Strong)?;
        Some((end, DateExpr::Since(Box::new(from))))
    }

    /// "between March 3 and 5", "from Monday to Wednesday".
    fn span_between(&self, i: usize, joins: &[Lex]) -> Option<Hit> {
        let Some((mid, first)) = self.core(i + 1, License::Strong) else {
            return self.days_then_month(i, joins);
        };
        if !joins.contains(&self.lex(mid)) {
            return None;
        }
        if let Some((end, last)) = self.core(mid + 1, License::Strong) {
            return Some((end, DateExpr::Between(Box::new(first), Box::new(last))));
        }
        // "between March 3 and 5, 2024": the second day borrows the month,
        // and the first the year.
        let DateExpr::MonthDay { month, day, year } = first else {
            return None;
        };
        let (last, end) = self.day_at(mid + 1).filter(|&(d, _)| d <= max_day(month))?;
        let (late_year, end) = self.year_after(end);
        let year = year.or(late_year);
        let first = DateExpr::MonthDay { month, day, year };
        let last = DateExpr::MonthDay {
            month,
            day: last,
            year: late_year.or(year),
        };
        Some((end, DateExpr::Between(Box::new(first), Box::new(last))))
    }

    /// "from 3 to 5 June", "between 3 and 5 March 2024": the first day
    /// borrows the month and year of the second.
    fn days_then_month(&self, i: usize, joins: &[Lex]) -> Option<Hit> {
        let (day, mid) = self.day_at(i + 1)?;
        if !joins.contains(&self.lex(mid)) {
            return None;
        }
        let (end, last) = self.day_first(mid + 1)?;
        let DateExpr::MonthDay { month, year, .. } = last else {
            return None;
        };
        if day > max_day(month) {
            return None;
        }
        let first = DateExpr::MonthDay { month, day, year };
        Some((end, DateExpr::Between(Box::new(first), Box::new(last))))
    }
}

/// The most days a month can have (29 for February: leap years are checked
/// when the year is known).
fn max_day(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}
