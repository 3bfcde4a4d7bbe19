//! Word classes: the small closed vocabulary that date phrases are built from.
//!
//! Every word is classified once, while tokenising, so the parser compares
//! enum values instead of strings.

use crate::Unit;
use chrono::Weekday;

/// The class of one word. Anything outside the date vocabulary is `Other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    Other,
    /// A full month name, capitalised ("March").
    Month(u32),
    /// An abbreviated month name, capitalised ("Feb", "Sept").
    MonthAbbr(u32),
    /// A weekday name, capitalised ("Monday").
    Weekday(Weekday),
    /// "day", "weeks", "month", "years" …
    Unit(Unit),
    Weekend,
    Today,
    Tonight,
    Yesterday,
    Tomorrow,
    /// "morning", "afternoon", "evening".
    PartOfDay,
    Night,
    Last,
    This,
    Next,
    Coming,
    /// "past", as in "this past weekend".
    Past,
    /// "beginning", "start": "the beginning of March".
    Start,
    /// "middle": "the middle of March".
    Middle,
    /// "end": "the end of March".
    End,
    Earlier,
    Later,
    Ago,
    Early,
    Mid,
    Late,
    Since,
    Between,
    And,
    From,
    To,
    In,
    On,
    The,
    /// "during", "throughout".
    During,
    /// "until", "till".
    Until,
    Through,
    Of,
    /// "by", "before", "after".
    Bound,
    /// A number word: "a", "one" … "twelve", "twenty", "thirty".
    Count(u32),
    /// "st", "nd", "rd", "th" glued to a day number.
    Ordinal,
    /// A capitalised word that turns a weekday into a name: "Bloody Sunday",
    /// "Good Friday", "Super Tuesday".
    WeekdayName,
    /// A capitalised word that turns a weekday into a title: "Sunday Times".
    Title,
    /// A capitalised word that turns a date into a name: "May 13 Square",
    /// "the March 23 Movement".
    Landmark,
}

/// Whether a bare month name or year may be read as a date. "May" needs a
/// strong licence because it is also a surname.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum License {
    None,
    Weak,
    Strong,
}

/// Longest word we need to look at ("throughout").
const MAX_LEN: usize = 10;

/// Month and weekday names and the capitalised words that change them;
/// these count only when capitalised ("May" the month, "may" the modal).
const PROPER_WORDS: [(&str, Lex); 61] = [
    ("january", Lex::Month(1)),
    ("february", Lex::Month(2)),
    ("march", Lex::Month(3)),
    ("april", Lex::Month(4)),
    ("may", Lex::Month(5)),
    ("june", Lex::Month(6)),
    ("july", Lex::Month(7)),
    ("august", Lex::Month(8)),
    ("september", Lex::Month(9)),
    ("october", Lex::Month(10)),
    ("november", Lex::Month(11)),
    ("december", Lex::Month(12)),
    ("jan", Lex::MonthAbbr(1)),
    ("feb", Lex::MonthAbbr(2)),
    ("mar", Lex::MonthAbbr(3)),
    ("apr", Lex::MonthAbbr(4)),
    ("jun", Lex::MonthAbbr(6)),
    ("jul", Lex::MonthAbbr(7)),
    ("aug", Lex::MonthAbbr(8)),
    ("sep", Lex::MonthAbbr(9)),
    ("sept", Lex::MonthAbbr(9)),
    ("oct", Lex::MonthAbbr(10)),
    ("nov", Lex::MonthAbbr(11)),
    ("dec", Lex::MonthAbbr(12)),
    ("monday", Lex::Weekday(Weekday::Mon)),
    ("tuesday", Lex::Weekday(Weekday::Tue)),
    ("wednesday", Lex::Weekday(Weekday::Wed)),
    ("thursday", Lex::Weekday(Weekday::Thu)),
    ("friday", Lex::Weekday(Weekday::Fri)),
    ("saturday", Lex::Weekday(Weekday::Sat)),
    ("sunday", Lex::Weekday(Weekday::Sun)),
    ("bloody", Lex::WeekdayName),
    ("black", Lex::WeekdayName),
    ("good", Lex::WeekdayName),
    ("super", Lex::WeekdayName),
    ("cyber", Lex::WeekdayName),
    ("ash", Lex::WeekdayName),
    ("palm", Lex::WeekdayName),
    ("easter", Lex::WeekdayName),
    ("holy", Lex::WeekdayName),
    ("maundy", Lex::WeekdayName),
    ("times", Lex::Title),
    ("telegraph", Lex::Title),
    ("mirror", Lex::Title),
    ("express", Lex::Title),
    ("herald", Lex::Title),
    ("post", Lex::Title),
    ("mail", Lex::Title),
    ("observer", Lex::Title),
    ("tribune", Lex::Title),
    ("square", Lex::Landmark),
    ("street", Lex::Landmark),
    ("avenue", Lex::Landmark),
    ("boulevard", Lex::Landmark),
    ("road", Lex::Landmark),
    ("bridge", Lex::Landmark),
    ("stadium", Lex::Landmark),
    ("park", Lex::Landmark),
    ("movement", Lex::Landmark),
    ("brigade", Lex::Landmark),
    ("brigades", Lex::Landmark),
];

/// The rest of the vocabulary, in any case.
const COMMON_WORDS: [(&str, Lex); 70] = [
    ("day", Lex::Unit(Unit::Day)),
    ("days", Lex::Unit(Unit::Day)),
    ("week", Lex::Unit(Unit::Week)),
    ("weeks", Lex::Unit(Unit::Week)),
    ("month", Lex::Unit(Unit::Month)),
    ("months", Lex::Unit(Unit::Month)),
    ("year", Lex::Unit(Unit::Year)),
    ("years", Lex::Unit(Unit::Year)),
    ("weekend", Lex::Weekend),
    ("today", Lex::Today),
    ("tonight", Lex::Tonight),
    ("yesterday", Lex::Yesterday),
    ("tomorrow", Lex::Tomorrow),
    ("morning", Lex::PartOfDay),
    ("afternoon", Lex::PartOfDay),
    ("evening", Lex::PartOfDay),
    ("night", Lex::Night),
    ("last", Lex::Last),
    ("this", Lex::This),
    ("next", Lex::Next),
    ("coming", Lex::Coming),
    ("past", Lex::Past),
    ("beginning", Lex::Start),
    ("start", Lex::Start),
    ("middle", Lex::Middle),
    ("end", Lex::End),
    ("earlier", Lex::Earlier),
    ("later", Lex::Later),
    ("ago", Lex::Ago),
    ("early", Lex::Early),
    ("mid", Lex::Mid),
    ("late", Lex::Late),
    ("since", Lex::Since),
    ("between", Lex::Between),
    ("and", Lex::And),
    ("from", Lex::From),
    ("to", Lex::To),
    ("in", Lex::In),
    ("on", Lex::On),
    ("the", Lex::The),
    ("during", Lex::During),
    ("throughout", Lex::During),
    ("until", Lex::Until),
    ("till", Lex::Until),
    ("through", Lex::Through),
    ("of", Lex::Of),
    ("by", Lex::Bound),
    ("before", Lex::Bound),
    ("after", Lex::Bound),
    ("st", Lex::Ordinal),
    ("nd", Lex::Ordinal),
    ("rd", Lex::Ordinal),
    ("th", Lex::Ordinal),
    ("a", Lex::Count(1)),
    ("an", Lex::Count(1)),
    ("one", Lex::Count(1)),
    ("two", Lex::Count(2)),
    ("three", Lex::Count(3)),
    ("four", Lex::Count(4)),
    ("five", Lex::Count(5)),
    ("six", Lex::Count(6)),
    ("seven", Lex::Count(7)),
    ("eight", Lex::Count(8)),
    ("nine", Lex::Count(9)),
    ("ten", Lex::Count(10)),
    ("eleven", Lex::Count(11)),
    ("twelve", Lex::Count(12)),
    ("fifteen", Lex::Count(15)),
    ("twenty", Lex::Count(20)),
    ("thirty", Lex::Count(30)),
];

/// The tables keyed by [`key`] and sorted, for a binary search: a `match`
/// on byte strings compares them one by one, and this runs on every word.
static PROPER: [(u128, Lex); PROPER_WORDS.len()] = sorted(PROPER_WORDS);
static COMMON: [(u128, Lex); COMMON_WORDS.len()] = sorted(COMMON_WORDS);

/// A word of at most 16 ASCII letters packed into an integer, lower-cased.
const fn key(word: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < word.len() {
        // ASCII letters only: setting bit 5 lower-cases them.
        k |= ((word[i] | 0x20) as u128) << (8 * i);
        i += 1;
    }
    k
}

const fn sorted<const N: usize>(words: [(&str, Lex); N]) -> [(u128, Lex); N] {
    let mut out = [(0u128, Lex::Other); N];
    let mut i = 0;
    while i < N {
        out[i] = (key(words[i].0.as_bytes()), words[i].1);
        // Insertion sort: the tables are small and this runs at compile time.
        let mut j = i;
        while j > 0 && out[j - 1].0 > out[j].0 {
            let tmp = out[j - 1];
            out[j - 1] = out[j];
            out[j] = tmp;
            j -= 1;
        }
        i += 1;
    }
    out
}

fn lookup(table: &[(u128, Lex)], k: u128) -> Option<Lex> {
    table.binary_search_by_key(&k, |e| e.0).ok().map(|i| table[i].1)
}

/// Classifies one word (letters only, as cut by the tokeniser).
pub(crate) fn classify(word: &str) -> Lex {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_LEN || !bytes.iter().all(u8::is_ascii_alphabetic) {
        return Lex::Other;
    }
    let k = key(bytes);
    if bytes[0].is_ascii_uppercase()
        && let Some(lex) = lookup(&PROPER, k)
    {
        return lex;
    }
    lookup(&COMMON, k).unwrap_or(Lex::Other)
}

impl Lex {
    /// Whether this word can anchor a date phrase. Sentences with no such
    /// word (and no digit) are skipped without parsing.
    pub(crate) fn is_trigger(self) -> bool {
        matches!(
            self,
            Lex::Month(_)
                | Lex::MonthAbbr(_)
                | Lex::Weekday(_)
                | Lex::Unit(_)
                | Lex::Weekend
                | Lex::Today
                | Lex::Tonight
                | Lex::Yesterday
                | Lex::Tomorrow
                | Lex::Night
                | Lex::PartOfDay
        )
    }

    /// How strongly this word, just before a bare month ("in March") or year
    /// ("since 2024"), makes it a date.
    pub(crate) fn license(self) -> License {
        match self {
            // "May" after these is the month; after "by" or "of" it may be
            // the surname ("criticised by May").
            Lex::In | Lex::During | Lex::Until | Lex::Since | Lex::From => License::Strong,
            Lex::Bound | Lex::Through | Lex::Of => License::Weak,
            _ => License::None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_need_a_capital() {
        assert_eq!(classify("May"), Lex::Month(5));
        assert_eq!(classify("may"), Lex::Other);
        assert_eq!(classify("march"), Lex::Other);
        assert_eq!(classify("Sept"), Lex::MonthAbbr(9));
        assert_eq!(classify("monday"), Lex::Other);
        assert_eq!(classify("MONDAY"), Lex::Weekday(Weekday::Mon));
    }

    #[test]
    fn calendar_names_are_title_case_months_and_weekdays() {
        for word in ["March", "May", "September", "Sunday", "Wednesday"] {
            assert!(crate::is_calendar_name(word), "{word}");
        }
        for word in ["march", "MARCH", "Mar", "Sept", "Marches", "Sundays", "Easter", ""] {
            assert!(!crate::is_calendar_name(word), "{word}");
        }
    }

    #[test]
    fn tables_are_sorted_without_duplicates() {
        assert!(PROPER.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(COMMON.windows(2).all(|w| w[0].0 < w[1].0));
        for (word, lex) in PROPER_WORDS {
            let capitalised = format!("{}{}", word[..1].to_ascii_uppercase(), &word[1..]);
            assert_eq!(classify(&capitalised), lex, "{word}");
        }
        for (word, lex) in COMMON_WORDS {
            assert_eq!(classify(word), lex, "{word}");
        }
    }

    #[test]
    fn common_words_in_any_case() {
        assert_eq!(classify("Yesterday"), Lex::Yesterday);
        assert_eq!(classify("LAST"), Lex::Last);
        assert_eq!(classify("weeks"), Lex::Unit(Unit::Week));
        assert_eq!(classify("three"), Lex::Count(3));
        assert_eq!(classify("Times"), Lex::Title);
        assert_eq!(classify("night"), Lex::Night);
        assert_eq!(classify("Münster"), Lex::Other);
        assert_eq!(classify("extraordinarily"), Lex::Other);
    }
}
