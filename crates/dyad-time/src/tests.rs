//! Phrase-by-phrase tests: each case names the sentence, the span text it
//! expects, the publication date, the tense and the resolved date.

use super::*;

/// Wednesday.
const WED: &str = "2026-04-29";
/// Monday.
const MON: &str = "2026-04-27";
/// Friday, for year rollover.
const JAN2: &str = "2026-01-02";
/// Tuesday, the worked example in PRODUCT.md.
const TUE: &str = "2026-03-03";
/// Sunday.
const SUN: &str = "2026-05-03";

use Tense::{Future, Past, Unknown};

fn ymd(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// Runs cases written "sentence | span text | published tense | precision
/// first-day [last-day]", e.g. "They met on Monday. | Monday | WED past | day
/// 2026-04-27": the sentence must hold exactly that one phrase, and it must
/// resolve to exactly that date.
fn run(cases: &[&str]) {
    for case in cases {
        let fields: Vec<&str> = case.split(" | ").collect();
        let [text, phrase, when, expected] = fields[..] else {
            panic!("bad case {case:?}")
        };
        let (published, tense) = when.split_once(' ').expect("published and tense");
        let published = match published {
            "WED" => WED,
            "MON" => MON,
            "JAN2" => JAN2,
            "TUE" => TUE,
            "SUN" => SUN,
            other => panic!("unknown date {other}"),
        };
        let tense = match tense {
            "past" => Past,
            "future" => Future,
            "unknown" => Unknown,
            other => panic!("unknown tense {other}"),
        };
        let found = find_dates(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        let m = &found[0];
        assert_eq!(m.text, phrase, "{text:?}");
        assert_eq!(&text[m.span.clone()], phrase);
        let got = m.expr.resolve(ymd(published), tense);
        assert_eq!(got, Some(want(expected)), "{case:?}: {:?}", m.expr);
    }
}

/// "day 2026-04-27", "week 2026-04-20 2026-04-26" …
fn want(expected: &str) -> ResolvedDate {
    let mut words = expected.split(' ');
    let precision = match words.next() {
        Some("day") => Precision::Day,
        Some("week") => Precision::Week,
        Some("month") => Precision::Month,
        Some("year") => Precision::Year,
        Some("range") => Precision::Range,
        other => panic!("unknown precision {other:?}"),
    };
    let date = ymd(words.next().expect("first day"));
    let range = words.next().map(|last| (date, ymd(last)));
    ResolvedDate { date, precision, range }
}

#[test]
fn weekdays() {
    run(&[
        "Officials met on Monday. | Monday | WED past | day 2026-04-27",
        "The strike happened Sunday. | Sunday | WED past | day 2026-04-26",
        "Sunday's vote was close. | Sunday | WED past | day 2026-04-26",
        "Clashes erupted on Tuesday night. | Tuesday night | WED past | day 2026-04-28",
        "He spoke on Wednesday morning. | Wednesday morning | WED past | day 2026-04-29",
        "They met on Thursday. | Thursday | WED past | day 2026-04-23",
        "They met on Thursday. | Thursday | WED unknown | day 2026-04-23",
        "They will meet on Friday. | Friday | WED future | day 2026-05-01",
        "They will meet on Wednesday. | Wednesday | WED future | day 2026-04-29",
        "Talks resume next Friday. | next Friday | WED past | day 2026-05-01",
        "Talks resume next Wednesday. | next Wednesday | WED future | day 2026-05-06",
        "Talks resume this coming Monday. | this coming Monday | WED future | day 2026-05-04",
        "The vote was held last Monday. | last Monday | WED past | day 2026-04-27",
        "The vote was held last Wednesday. | last Wednesday | WED past | day 2026-04-22",
        "Fighting resumed early Monday. | early Monday | WED past | day 2026-04-27",
        "It happened late on Tuesday evening. | Tuesday evening | WED past | day 2026-04-28",
        "He arrived Monday, April 27. | Monday, April 27 | WED past | day 2026-04-27",
        "He arrived on Tuesday, March 3, 2026. | Tuesday, March 3, 2026 | WED past | day 2026-03-03",
        "AUS rejected the talks on SATURDAY. | SATURDAY | WED past | day 2026-04-25",
    ]);
}

#[test]
fn weekdays_published_on_monday() {
    run(&[
        "Officials met on Monday. | Monday | MON past | day 2026-04-27",
        "Officials will meet on Monday. | Monday | MON future | day 2026-04-27",
        "Officials met on Sunday. | Sunday | MON past | day 2026-04-26",
        "Officials will meet on Sunday. | Sunday | MON future | day 2026-05-03",
        "The vote was held last Monday. | last Monday | MON past | day 2026-04-20",
        "The vote is next Monday. | next Monday | MON future | day 2026-05-04",
        "They met on Tuesday. | Tuesday | TUE past | day 2026-03-03",
    ]);
}

#[test]
fn days_around_publication() {
    run(&[
        "The minister resigned today. | today | WED past | day 2026-04-29",
        "Voters go to the polls tonight. | tonight | WED future | day 2026-04-29",
        "Police fired tear gas this morning. | this morning | WED past | day 2026-04-29",
        "Earlier in the day, troops withdrew. | Earlier in the day | WED past | day 2026-04-29",
        "He had spoken earlier today. | earlier today | WED past | day 2026-04-29",
        "A vote is expected later today. | later today | WED future | day 2026-04-29",
        "Rebels attacked yesterday. | yesterday | WED past | day 2026-04-28",
        "Rebels attacked yesterday afternoon. | yesterday afternoon | WED past | day 2026-04-28",
        "Yesterday the talks failed. | Yesterday | JAN2 past | day 2026-01-01",
        "Shelling continued last night. | last night | WED past | day 2026-04-28",
        "Talks resume tomorrow. | tomorrow | WED future | day 2026-04-30",
        "The ministers will meet tomorrow morning. | tomorrow morning | WED future | day 2026-04-30",
    ]);
}

#[test]
fn weeks_and_weekends() {
    run(&[
        "Fighting flared last week. | last week | WED past | week 2026-04-20 2026-04-26",
        "Fighting flared this week. | this week | WED past | range 2026-04-27 2026-04-29",
        "Talks will resume this week. | this week | WED future | range 2026-04-29 2026-05-03",
        "Talks resume next week. | next week | WED future | week 2026-05-04 2026-05-10",
        "Troops left earlier this week. | earlier this week | WED past | range 2026-04-27 2026-04-29",
        "Troops leave later this week. | later this week | WED future | range 2026-04-29 2026-05-03",
        "Talks collapsed last weekend. | last weekend | WED past | range 2026-04-25 2026-04-26",
        "Talks collapsed this past weekend. | this past weekend | WED past | range 2026-04-25 2026-04-26",
        "Hopes faded last weekend. | last weekend | TUE past | range 2026-02-28 2026-03-01",
        "Hopes faded last weekend. | last weekend | SUN past | range 2026-04-25 2026-04-26",
        "Protests are planned this weekend. | this weekend | WED future | range 2026-05-02 2026-05-03",
        "Protests were held this weekend. | this weekend | SUN past | range 2026-05-02 2026-05-03",
        "Rebels advanced over the weekend. | the weekend | WED past | range 2026-04-25 2026-04-26",
        "Talks resume next weekend. | next weekend | WED future | range 2026-05-02 2026-05-03",
        "Fighting flared last week. | last week | JAN2 past | week 2025-12-22 2025-12-28",
    ]);
}

#[test]
fn months_and_years() {
    run(&[
        "Prices rose last month. | last month | WED past | month 2026-03-01 2026-03-31",
        "Prices rose this month. | this month | WED past | month 2026-04-01 2026-04-30",
        "Prices will rise next month. | next month | WED future | month 2026-05-01 2026-05-31",
        "Prices rose last month. | last month | JAN2 past | month 2025-12-01 2025-12-31",
        "Prices will rise next month. | next month | JAN2 future | month 2026-02-01 2026-02-28",
        "Elections were held last year. | last year | WED past | year 2025-01-01 2025-12-31",
        "Elections are due this year. | this year | WED future | year 2026-01-01 2026-12-31",
        "Elections are due next year. | next year | WED future | year 2027-01-01 2027-12-31",
        "Elections were held last year. | last year | JAN2 past | year 2025-01-01 2025-12-31",
        "Troops left earlier this month. | earlier this month | WED past | range 2026-04-01 2026-04-29",
        "Troops leave later this year. | later this year | WED future | range 2026-04-29 2026-12-31",
        "It began last March. | last March | WED past | month 2026-03-01 2026-03-31",
        "It began last March. | last March | TUE past | month 2025-03-01 2025-03-31",
    ]);
}

#[test]
fn absolute_days() {
    run(&[
        "They met on March 3. | March 3 | WED past | day 2026-03-03",
        "They met on 3 March. | 3 March | WED past | day 2026-03-03",
        "They met on March 3rd. | March 3rd | WED past | day 2026-03-03",
        "They met on the 3rd of May. | 3rd of May | WED past | day 2025-05-03",
        "They met on March 3, 2024, in Rome. | March 3, 2024 | WED past | day 2024-03-03",
        "They met on 3 March 2024. | 3 March 2024 | WED past | day 2024-03-03",
        "The deal was signed Feb. 3. | Feb. 3 | WED past | day 2026-02-03",
        "The deal was signed Sept. 12. | Sept. 12 | WED past | day 2025-09-12",
        "The deal will be signed Sept. 12. | Sept. 12 | WED future | day 2026-09-12",
        "The deal will be signed on April 2. | April 2 | WED future | day 2027-04-02",
        "The ceasefire began 2024-03-03 at noon. | 2024-03-03 | WED past | day 2024-03-03",
        "Talks ended on December 30. | December 30 | JAN2 past | day 2025-12-30",
        "Talks ended Dec. 31. | Dec. 31 | JAN2 past | day 2025-12-31",
        "Talks will resume on January 5. | January 5 | JAN2 future | day 2026-01-05",
        "Talks began on January 5. | January 5 | JAN2 past | day 2025-01-05",
        "Talks began on January 2. | January 2 | JAN2 past | day 2026-01-02",
    ]);
}

#[test]
fn months_years_and_parts() {
    run(&[
        "Clashes began in March. | March | WED past | month 2026-03-01 2026-03-31",
        "Clashes began in June. | June | WED past | month 2025-06-01 2025-06-30",
        "Elections will be held in June. | June | WED future | month 2026-06-01 2026-06-30",
        "Elections will be held in March. | March | WED future | month 2027-03-01 2027-03-31",
        "Elections are due in May. | May | WED future | month 2026-05-01 2026-05-31",
        "Clashes began in December. | December | JAN2 past | month 2025-12-01 2025-12-31",
        "It was signed in March 2024. | March 2024 | WED past | month 2024-03-01 2024-03-31",
        "It was signed in 2024. | 2024 | WED past | year 2024-01-01 2024-12-31",
        "Troops massed in late February. | late February | WED past | range 2026-02-21 2026-02-28",
        "Troops massed in early March. | early March | WED past | range 2026-03-01 2026-03-10",
        "Troops massed in mid-April. | mid-April | WED past | range 2026-04-11 2026-04-20",
        "Troops massed in mid April. | mid April | WED past | range 2026-04-11 2026-04-20",
        "Talks failed late last year. | late last year | WED past | range 2025-09-01 2025-12-31",
        "Talks failed in early 2024. | early 2024 | WED past | range 2024-01-01 2024-04-30",
        "Troops leave at the end of March. | the end of March | WED future | range 2027-03-21 2027-03-31",
        "Troops left at the beginning of May. | the beginning of May | WED past | range 2025-05-01 2025-05-10",
        "A deal is due by the end of the year. | the end of the year | WED future | range 2026-09-01 2026-12-31",
        "Talks stalled in the middle of last month. | the middle of last month | WED past | range 2026-03-11 2026-03-20",
        "Growth slowed in mid-2025. | mid-2025 | WED past | range 2025-05-01 2025-08-31",
    ]);
}

#[test]
fn spans_and_ago() {
    run(&[
        "Prices rose since early March. | since early March | WED past | range 2026-03-01 2026-04-29",
        "Prices rose since 2024. | since 2024 | WED past | range 2024-01-01 2026-04-29",
        "Prices rose since Monday. | since Monday | WED past | range 2026-04-27 2026-04-29",
        "It ran between March 3 and March 5. | between March 3 and March 5 | WED past | range 2026-03-03 2026-03-05",
        "It ran between March 3 and 5. | between March 3 and 5 | WED past | range 2026-03-03 2026-03-05",
        "It ran March 3-5, 2024. | March 3-5, 2024 | WED past | range 2024-03-03 2024-03-05",
        "It ran from Monday to Wednesday. | from Monday to Wednesday | WED past | range 2026-04-27 2026-04-29",
        "It runs from 3 to 5 June. | from 3 to 5 June | WED future | range 2026-06-03 2026-06-05",
        "It ran between 3 and 5 March 2024. | between 3 and 5 March 2024 | WED past | range 2024-03-03 2024-03-05",
        "It ran between December 28 and January 3. | between December 28 and January 3 | JAN2 past | range 2025-12-28 2026-01-03",
        "The war began two years ago. | two years ago | WED past | year 2024-01-01 2024-12-31",
        "The raid came three days ago. | three days ago | WED past | day 2026-04-26",
        "The raid came 3 days ago. | 3 days ago | JAN2 past | day 2025-12-30",
        "The raid came a week ago. | a week ago | WED past | week 2026-04-20 2026-04-26",
        "The raid came 2 months ago. | 2 months ago | WED past | month 2026-02-01 2026-02-28",
    ]);
}

/// Sentences with no date in them.
#[test]
fn negatives() {
    for text in [
        "Iran may strike, officials warned.",
        "May I ask a question?",
        "Thousands joined a protest march.",
        "They will march on the capital.",
        "March on Washington organisers spoke.",
        "April Smith said the talks failed.",
        "In April Smith's view, the talks failed.",
        "Theresa May said the talks failed.",
        "The plan was criticised by May and others.",
        "Some 1,500 troops were deployed.",
        "The 2024 soldiers were deployed.",
        "The meeting started at 10:30.",
        "Growth was about 3.5 percent, or 3%.",
        "Bloody Sunday is remembered.",
        "The Sunday Times reported the deal.",
        "The Mail on Sunday reported the deal.",
        "He defended the Good Friday Agreement.",
        "Soldiers marched into May 13 Square.",
        "The March 23 Movement took Goma.",
        "Over the last week, prices rose.",
        "At the end of the day, nothing changed.",
        "The start of the talks was delayed.",
        "The code 2024-13-45 is invalid.",
        "They met on February 30.",
        "They met in 3000.",
        "Casualties in the 2020s rose.",
        "Jan said nothing.",
        "Erdoğan und Müller trafen sich.",
        "",
    ] {
        assert_eq!(find_dates(text), Vec::new(), "{text:?}");
    }
}

#[test]
fn several_phrases_in_order() {
    let text = "Officials met on Monday and will meet again next week, after talks in March.";
    let mentions = find_dates(text);
    let found: Vec<&str> = mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(found, ["Monday", "next week", "March"]);
}

#[test]
fn impossible_dates_resolve_to_none() {
    let feb29 = DateExpr::MonthDay {
        month: 2,
        day: 29,
        year: None,
    };
    assert_eq!(feb29.resolve(ymd("2026-04-29"), Past), None);
    assert!(feb29.resolve(ymd("2024-04-29"), Past).is_some());
    let backwards = DateExpr::Since(Box::new(DateExpr::DayOffset(1)));
    assert_eq!(backwards.resolve(ymd(WED), Past), None);
}

#[test]
fn precision_serialises_lower_case() {
    assert_eq!(
        serde_json::to_string(&Precision::Range).ok().as_deref(),
        Some("\"range\"")
    );
    assert_eq!(
        serde_json::to_string(&Tense::Future).ok().as_deref(),
        Some("\"future\"")
    );
}

#[test]
fn mention_resolves_with_its_own_tense() {
    let text = "Officials said on Monday they will meet again on Friday.";
    let got: Vec<Option<NaiveDate>> = find_dates(text)
        .iter()
        .map(|m| m.resolve(text, ymd(WED)).map(|r| r.date))
        .collect();
    assert_eq!(got, [Some(ymd("2026-04-27")), Some(ymd("2026-05-01"))]);
}
