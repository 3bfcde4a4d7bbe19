//! Property tests: whatever the text, mentions are well-formed spans, and
//! resolution never panics and never yields a backwards range.

use chrono::{Datelike, NaiveDate};
use dyad_time::{DateExpr, DateMention, Part, Precision, Rel, Tense, Unit, find_dates, tense_near};
use proptest::prelude::*;

/// Pieces that exercise the grammar, glued together at random with noise.
const PIECES: &[&str] = &[
    "on Monday",
    "Sunday's",
    "last",
    "next",
    "this",
    "week",
    "weekend",
    "month",
    "year",
    "ago",
    "three",
    "a",
    "days",
    "March",
    "May",
    "Feb.",
    "Sept",
    "3",
    "31",
    "2024",
    "1,500",
    "-",
    "mid",
    "early",
    "late",
    "since",
    "between",
    "and",
    "from",
    "to",
    "in",
    "the",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tomorrow",
    "night",
    "morning",
    "2024-03-03",
    "3rd",
    "of",
    ",",
    ".",
    "’",
    "–",
    "é",
    "日本",
    "Ерд",
    "\u{a0}",
    " ",
    "10:30",
    "%",
    "will",
    "said",
];

fn phrase_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|parts| parts.join(" "))
}

fn check_mentions(text: &str, mentions: &[DateMention]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for m in mentions {
        prop_assert!(m.span.start < m.span.end, "empty {m:?}");
        prop_assert!(m.span.start >= prev_end, "overlap or disorder {m:?}");
        prop_assert!(m.span.end <= text.len());
        prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        prop_assert_eq!(&text[m.span.clone()], m.text.as_str());
        prev_end = m.span.end;
    }
    Ok(())
}

fn check_resolution(mentions: &[DateMention], published: NaiveDate) -> Result<(), TestCaseError> {
    for m in mentions {
        for tense in [Tense::Past, Tense::Future, Tense::Unknown] {
            if let Some(r) = m.expr.resolve(published, tense) {
                prop_assert_eq!(r.precision == Precision::Day, r.range.is_none(), "{:?}", r);
                if let Some((a, b)) = r.range {
                    prop_assert!(a <= b, "backwards {r:?} for {m:?}");
                    prop_assert_eq!(r.date, a);
                }
            }
        }
    }
    Ok(())
}

fn any_published() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2100, 1u32..=366).prop_map(|(y, ord)| {
        NaiveDate::from_yo_opt(y, ord)
            .or_else(|| NaiveDate::from_yo_opt(y, 365))
            .unwrap_or(NaiveDate::MIN)
    })
}

/// Any expression, including ones the parser never builds (month 13, a
/// count of four billion), to show that resolution is total.
fn any_expr() -> impl Strategy<Value = DateExpr> {
    let unit = prop::sample::select(vec![Unit::Day, Unit::Week, Unit::Month, Unit::Year]);
    let rel = prop::sample::select(vec![Rel::None, Rel::Last, Rel::This, Rel::Next]);
    let part = prop::sample::select(vec![Part::Early, Part::Mid, Part::Late]);
    let leaf = prop_oneof![
        any::<i32>().prop_map(DateExpr::DayOffset),
        (unit.clone(), any::<i32>()).prop_map(|(unit, offset)| DateExpr::Period { unit, offset }),
        (unit.clone(), any::<bool>()).prop_map(|(unit, later)| DateExpr::Within { unit, later }),
        (unit, any::<u32>()).prop_map(|(unit, count)| DateExpr::Ago { count, unit }),
        rel.clone().prop_map(|rel| DateExpr::Weekend { rel }),
        (0u32..14, 0u32..33, prop::option::of(any::<i32>())).prop_map(|(month, day, year)| DateExpr::MonthDay {
            month,
            day,
            year
        }),
        (0u32..14, prop::option::of(-3000i32..3000), rel).prop_map(|(month, year, rel)| DateExpr::Month {
            month,
            year,
            rel
        }),
        any::<i32>().prop_map(DateExpr::Year),
    ];
    leaf.prop_recursive(2, 8, 2, move |inner| {
        prop_oneof![
            (part.clone(), inner.clone()).prop_map(|(part, of)| DateExpr::Part { part, of: Box::new(of) }),
            inner.clone().prop_map(|e| DateExpr::Since(Box::new(e))),
            (inner.clone(), inner).prop_map(|(a, b)| DateExpr::Between(Box::new(a), Box::new(b))),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_text(text in any::<String>()) {
        let mentions = find_dates(&text);
        check_mentions(&text, &mentions)?;
        for m in &mentions {
            let _ = tense_near(&text, m.span.start);
        }
    }

    #[test]
    fn date_like_text(text in phrase_soup(), published in any_published()) {
        let mentions = find_dates(&text);
        check_mentions(&text, &mentions)?;
        check_resolution(&mentions, published)?;
    }

    #[test]
    fn any_expression_resolves_or_not(expr in any_expr(), published in any_published()) {
        for tense in [Tense::Past, Tense::Future, Tense::Unknown] {
            if let Some(r) = expr.resolve(published, tense) {
                prop_assert!(r.start() <= r.end(), "{expr:?} -> {r:?}");
                prop_assert_eq!(r.date, r.start());
            }
        }
    }

    #[test]
    fn tense_near_any_offset(text in any::<String>(), at in 0usize..200) {
        let _ = tense_near(&text, at);
    }

    #[test]
    fn resolves_from_any_publication_date(published in any_published()) {
        let text = "On Monday, last week, last weekend, this week, this weekend, the weekend, next week, \
            last month, next year, earlier this month, later this year, in March, March 3, Feb. 29, \
            in late February, mid-April, early 2024, late last year, since early March, \
            between December 28 and January 3, from Friday to Monday, three days ago, 2 months ago, \
            two years ago, a week ago, yesterday, tomorrow, last Sunday, next Sunday, 2024-02-29.";
        let mentions = find_dates(text);
        prop_assert!(mentions.len() >= 30, "{}", mentions.len());
        check_resolution(&mentions, published)?;
        // Year inference stays within a year of publication.
        for m in &mentions {
            if m.text == "March 3"
                && let Some(r) = m.expr.resolve(published, Tense::Past)
            {
                prop_assert!(r.date <= published && published.year() - r.date.year() <= 1);
            }
        }
    }
}
