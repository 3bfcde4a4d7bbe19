//! Actor entries: names that resolve to actor codes, possibly only between two dates.

use chrono::NaiveDate;

use super::phrase::{Origin, Phrase};
use super::table::HasPhrases;

/// The code PETRARCH uses for "known, but do not code".
pub const NULL_CODE: &str = "---";

/// One actor code, valid from/to an inclusive date when given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    pub code: String,
    /// First day the code applies (inclusive); `None`: since ever.
    pub from: Option<NaiveDate>,
    /// Last day the code applies (inclusive); `None`: still applies.
    pub to: Option<NaiveDate>,
    /// What the code stands for when the source says (a person's office, from `people.toml`).
    pub title: Option<String>,
}

impl DatedCode {
    /// A code with no date restriction: the entry's default.
    pub fn undated(code: impl Into<String>) -> DatedCode {
        DatedCode {
            code: code.into(),
            from: None,
            to: None,
            title: None,
        }
    }

    /// Whether the code is restricted to a period (bounded on at least one side).
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Whether the code applies on `date` (bounds inclusive, as in PETRARCH).
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= date) && self.to.is_none_or(|to| date <= to)
    }

    /// Whether this is the null code `---`.
    pub fn is_null(&self) -> bool {
        self.code == NULL_CODE
    }
}

/// What sort of actor an entry names. PETRARCH files do not say; their readers guess from the
/// codes (see `petrarch::actors`), dyad's own files say it by which file they are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Country,
    Person,
    Organisation,
    Group,
    /// A political party: a group whose code follows its status on the date (governing or in
    /// opposition), never a person.
    Party,
    /// A name standing for an institution: "the Kremlin", "the Pentagon", "Ankara".
    Metonym,
    Other,
}

/// Facts kept about an actor that matching does not use yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorNotes {
    /// A country's capital (kept for geocoding).
    pub capital: Option<String>,
    /// An organisation's category (`global`, `regional`, ...).
    pub category: Option<String>,
    /// The code of the organisation an organ belongs to.
    pub parent: Option<String>,
    /// The country (or region) code a group belongs to.
    pub country: Option<String>,
}

/// A named actor: its phrases (the first is the root) and codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    pub phrases: Vec<Phrase>,
    /// Codes in file order; the first dated code covering a date wins, else the first undated.
    pub codes: Vec<DatedCode>,
    pub kind: ActorKind,
    pub notes: ActorNotes,
    pub origin: Origin,
}

impl ActorEntry {
    /// The root phrase (the head of the synonym set).
    pub fn root(&self) -> Option<&Phrase> {
        self.phrases.first()
    }

    /// The code the entry has on `date`, or `None` when no code applies or it is the null code.
    pub fn code_on(&self, date: NaiveDate) -> Option<&str> {
        self.dated_code_on(date)
            .filter(|c| !c.is_null())
            .map(|c| c.code.as_str())
    }

    /// The code record applying on `date`: the first dated code covering it (PETRARCH checks
    /// restrictions in file order), else the default (first undated) code.
    pub fn dated_code_on(&self, date: NaiveDate) -> Option<&DatedCode> {
        self.codes
            .iter()
            .find(|c| c.is_dated() && c.covers(date))
            .or_else(|| self.default_code())
    }

    /// The first undated code: what the entry means when no date restriction applies.
    pub fn default_code(&self) -> Option<&DatedCode> {
        self.codes.iter().find(|c| !c.is_dated())
    }
}

impl HasPhrases for ActorEntry {
    fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn entry(codes: Vec<DatedCode>) -> ActorEntry {
        let file: Arc<str> = Arc::from("test");
        ActorEntry {
            phrases: Phrase::new("SAM_GAMGEE").into_iter().collect(),
            codes,
            kind: ActorKind::Person,
            notes: ActorNotes::default(),
            origin: Origin::new(&file, 1),
        }
    }

    fn dated(code: &str, from: Option<NaiveDate>, to: Option<NaiveDate>) -> DatedCode {
        DatedCode {
            code: code.into(),
            from,
            to,
            title: None,
        }
    }

    #[test]
    fn first_covering_restriction_wins_then_default() {
        let e = entry(vec![
            DatedCode::undated("HOB"),
            dated("HOBCIV", None, Some(date(2008, 1, 20))),
            dated("ORCHOB", Some(date(2010, 1, 9)), Some(date(2010, 1, 12))),
            dated("HOBMIL", Some(date(2008, 1, 20)), Some(date(2012, 11, 9))),
        ]);
        assert_eq!(e.code_on(date(2008, 1, 20)), Some("HOBCIV"), "bounds are inclusive");
        assert_eq!(e.code_on(date(2010, 1, 10)), Some("ORCHOB"));
        assert_eq!(e.code_on(date(2010, 1, 13)), Some("HOBMIL"));
        assert_eq!(e.code_on(date(2013, 1, 1)), Some("HOB"));
    }

    #[test]
    fn null_and_missing_codes_give_none() {
        let e = entry(vec![
            dated("---", None, Some(date(1995, 6, 30))),
            DatedCode::undated("DOL"),
        ]);
        assert_eq!(e.code_on(date(1990, 1, 1)), None);
        assert_eq!(e.code_on(date(2000, 1, 1)), Some("DOL"));
        let only_dated = entry(vec![dated("ONO", None, Some(date(1991, 12, 26)))]);
        assert_eq!(only_dated.code_on(date(1992, 1, 1)), None);
    }
}
