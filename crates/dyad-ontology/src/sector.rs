//! CAMEO actor role/sector codes (the three-letter pieces after a country code).

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Serialize;

use crate::tsv;

/// What a sector code says about an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectorKind {
    /// Domestic role: GOV, MIL, REB, …
    Role,
    /// Standing of a country-level actor: UNR, OCC.
    Status,
    Religion,
    Ethnic,
    /// Codes that stand where a country code would: IGO, NGO, IMG, MNC, …
    Organisation,
}

impl SectorKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "role" => Self::Role,
            "status" => Self::Status,
            "religion" => Self::Religion,
            "ethnic" => Self::Ethnic,
            "organisation" => Self::Organisation,
            _ => return None,
        })
    }
}

/// Which reference documents a code (derived from the references, not typed in).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Attestation {
    /// Used in a Phoenix (PETRARCH 2) dictionary.
    pub phoenix: bool,
    /// Used in PETRARCH's dictionary-format documentation.
    pub format_doc: bool,
    /// Listed in the PLOVER manual's sector or non-state actor tables.
    pub plover: bool,
}

/// One sector code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sector {
    pub code: &'static str,
    pub kind: SectorKind,
    pub description: &'static str,
    pub attested: Attestation,
}

/// Looks up a three-letter code ("GOV"); exact, upper-case.
pub fn sector(code: &str) -> Option<&'static Sector> {
    let table = &*TABLE;
    table.index.get(code).map(|&i| &table.sectors[i])
}

/// Every sector code, in table order (roles, status, religions, ethnic groups, organisations).
pub fn sectors() -> impl Iterator<Item = &'static Sector> {
    TABLE.sectors.iter()
}

const SECTORS_TSV: &str = include_str!("../data/sectors.tsv");
const TABLE_NAME: &str = "sectors.tsv";

struct Table {
    sectors: Vec<Sector>,
    index: HashMap<&'static str, usize>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let sectors: Vec<Sector> = tsv::rows(SECTORS_TSV).map(|row| parse(&row)).collect();
    let index = sectors.iter().enumerate().map(|(i, s)| (s.code, i)).collect();
    Table { sectors, index }
});

fn parse(row: &tsv::Row) -> Sector {
    let kind = row.get(TABLE_NAME, 1);
    let sources: Vec<&str> = row.opt(TABLE_NAME, 2).unwrap_or("").split(',').collect();
    Sector {
        code: row.get(TABLE_NAME, 0),
        kind: SectorKind::parse(kind).unwrap_or_else(|| panic!("{TABLE_NAME} line {}: unknown kind {kind}", row.line)),
        description: row.get(TABLE_NAME, 3),
        attested: Attestation {
            phoenix: sources.contains(&"phoenix"),
            format_doc: sources.contains(&"format-doc"),
            plover: sources.contains(&"plover"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes() {
        assert_eq!(sectors().count(), 61);
        assert_eq!(sector("GOV").map(|s| s.kind), Some(SectorKind::Role));
        assert_eq!(sector("CTH").map(|s| s.kind), Some(SectorKind::Religion));
        assert_eq!(sector("IGO").map(|s| s.kind), Some(SectorKind::Organisation));
        assert!(sector("gov").is_none());
        assert!(sector("USA").is_none(), "countries are not sectors");
    }

    #[test]
    fn codes_are_three_upper_case_letters_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for s in sectors() {
            assert!(
                s.code.len() == 3 && s.code.bytes().all(|b| b.is_ascii_uppercase()),
                "{}",
                s.code
            );
            assert!(seen.insert(s.code), "{} twice", s.code);
            assert!(!s.description.is_empty(), "{}", s.code);
        }
    }

    #[test]
    fn brief_codes_present() {
        let wanted = "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL IGO NGO IMG INS SEP UAF \
                      LEG ELI HLH REF MOD RAD AGR LAB ENV HRI REL CHR MOS JEW BUD HIN";
        for code in wanted.split_whitespace() {
            assert!(sector(code).is_some(), "{code} missing");
        }
    }

    #[test]
    fn attestation_parsed() {
        let gov = sector("GOV").expect("GOV").attested;
        assert!(gov.phoenix && gov.plover);
        assert_eq!(sector("SEP").map(|s| s.attested), Some(Attestation::default()));
    }
}
