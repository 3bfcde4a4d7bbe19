//! CAMEO event codes with name, Goldstein value, QuadClass and PLOVER equivalent.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::mapping::{self, PloverMapping};
use crate::tsv;

/// The four QuadClasses of CAMEO; serialises as its number (1–4), as event records carry it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum QuadClass {
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

impl QuadClass {
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The class of a two-digit root ("01"–"20"); `None` for anything else.
    pub fn of_root(root: &str) -> Option<QuadClass> {
        if root.len() != 2 {
            return None;
        }
        match root.parse::<u8>().ok()? {
            1..=5 => Some(Self::VerbalCooperation),
            6..=8 => Some(Self::MaterialCooperation),
            9..=13 => Some(Self::VerbalConflict),
            14..=20 => Some(Self::MaterialConflict),
            _ => None,
        }
    }
}

impl TryFrom<u8> for QuadClass {
    type Error = u8;

    fn try_from(n: u8) -> Result<Self, u8> {
        match n {
            1 => Ok(Self::VerbalCooperation),
            2 => Ok(Self::MaterialCooperation),
            3 => Ok(Self::VerbalConflict),
            4 => Ok(Self::MaterialConflict),
            _ => Err(n),
        }
    }
}

impl Serialize for QuadClass {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.number())
    }
}

impl<'de> Deserialize<'de> for QuadClass {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = u8::deserialize(d)?;
        QuadClass::try_from(n).map_err(|n| serde::de::Error::custom(format!("QuadClass must be 1-4, got {n}")))
    }
}

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CameoEvent {
    /// Zero-padded code as CAMEO writes it: "04", "042", "0874".
    pub code: &'static str,
    /// The two-digit root ("08" for "0874").
    pub root: &'static str,
    pub name: &'static str,
    pub goldstein: f32,
    /// The code whose Goldstein value is used: the code itself, or the nearest
    /// ancestor when the scale has no value for it.
    pub goldstein_from: &'static str,
    pub quad_class: QuadClass,
    /// `None` where PLOVER has no equivalent (roots 01 and 02).
    pub plover: Option<PloverMapping>,
}

/// Looks up a code exactly as CAMEO writes it ("042", "10", "0874").
///
/// Codes whose leading zero was lost ("42") are rejected rather than repaired:
/// once stored as integers, "010" and root "10" are the same number, so a
/// repair would silently turn some codes into others.
pub fn cameo(code: &str) -> Option<&'static CameoEvent> {
    let table = &*TABLE;
    table.index.get(code).map(|&i| &table.events[i])
}

/// Every CAMEO code, roots and sub-codes, in codebook order.
pub fn cameo_codes() -> impl Iterator<Item = &'static CameoEvent> {
    TABLE.events.iter()
}

/// The root of a known code: "0874" → "08". `None` for unknown codes.
pub fn root(code: &str) -> Option<&'static str> {
    cameo(code).map(|e| e.root)
}

const CAMEO_TSV: &str = include_str!("../data/cameo.tsv");
const TABLE_NAME: &str = "cameo.tsv";

struct Table {
    events: Vec<CameoEvent>,
    index: HashMap<&'static str, usize>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut plover = mapping::load();
    let events: Vec<CameoEvent> = tsv::rows(CAMEO_TSV).map(|row| event(&row, &mut plover)).collect();
    if let Some(code) = plover.keys().next() {
        panic!("cameo2plover.tsv: {code} is not a code of {TABLE_NAME}");
    }
    let index = events.iter().enumerate().map(|(i, e)| (e.code, i)).collect();
    Table { events, index }
});

/// Builds one event from a `cameo.tsv` row, taking its mapping out of `plover`.
fn event(row: &tsv::Row, plover: &mut HashMap<&'static str, Option<PloverMapping>>) -> CameoEvent {
    let code = row.get(TABLE_NAME, 0);
    let here = || format!("{TABLE_NAME} line {}", row.line);
    let root = code.get(..2).unwrap_or_else(|| panic!("{}: short code", here()));
    let goldstein = row
        .get(TABLE_NAME, 1)
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e}", here()));
    CameoEvent {
        code,
        root,
        name: row.get(TABLE_NAME, 3),
        goldstein,
        goldstein_from: row.get(TABLE_NAME, 2),
        quad_class: QuadClass::of_root(root).unwrap_or_else(|| panic!("{}: bad root", here())),
        plover: plover
            .remove(code)
            .unwrap_or_else(|| panic!("{}: {code} has no row in cameo2plover.tsv", here())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PloverType;

    #[test]
    fn counts() {
        assert_eq!(cameo_codes().count(), 311);
        assert_eq!(cameo_codes().filter(|e| e.code.len() == 2).count(), 20);
        let mapped = cameo_codes().filter(|e| e.plover.is_some()).count();
        assert_eq!(mapped, 272);
    }

    #[test]
    fn lookup_is_exact() {
        assert_eq!(cameo("042").map(|e| e.name), Some("Make a visit"));
        assert!(cameo("42").is_none());
        assert!(cameo(" 042").is_none());
        assert!(cameo("").is_none());
        assert_eq!(cameo("10").map(|e| e.name), Some("DEMAND"));
        assert_eq!(cameo("010").map(|e| e.root), Some("01"));
    }

    #[test]
    fn roots() {
        assert_eq!(root("0874"), Some("08"));
        assert_eq!(root("20"), Some("20"));
        assert_eq!(root("2043"), None);
        for e in cameo_codes() {
            assert!(e.code.starts_with(e.root));
            assert!(cameo(e.root).is_some(), "root of {} is a code", e.code);
        }
    }

    #[test]
    fn quad_classes() {
        let quad = |c: &str| cameo(c).map(|e| e.quad_class.number());
        assert_eq!(quad("051"), Some(1));
        assert_eq!(quad("0874"), Some(2));
        assert_eq!(quad("09"), Some(3));
        assert_eq!(quad("1384"), Some(3));
        assert_eq!(quad("145"), Some(4));
        assert_eq!(quad("2042"), Some(4));
        assert_eq!(QuadClass::of_root("21"), None);
        assert_eq!(QuadClass::of_root("1"), None);
        assert_eq!(QuadClass::try_from(0), Err(0));
    }

    #[test]
    fn goldstein_of_known_codes() {
        let g = |c: &str| cameo(c).map(|e| e.goldstein);
        assert_eq!(g("01"), Some(0.0));
        assert_eq!(g("042"), Some(1.9));
        assert_eq!(g("057"), Some(8.0));
        assert_eq!(g("18"), Some(-9.0));
        assert_eq!(g("204"), Some(-10.0));
        for e in cameo_codes() {
            assert!((-10.0..=10.0).contains(&e.goldstein), "{}", e.code);
            assert!(e.code.starts_with(e.goldstein_from), "{}", e.code);
        }
    }

    #[test]
    fn plover_equivalents() {
        for e in cameo_codes().filter(|e| matches!(e.root, "01" | "02")) {
            assert_eq!(e.plover, None, "{}", e.code);
        }
        let p = |c: &str| cameo(c).and_then(|e| e.plover.as_ref());
        assert_eq!(p("190").map(|m| m.event_type), Some(PloverType::Assault));
        let visit = p("042").expect("042 maps");
        assert_eq!((visit.event_type, visit.mode), (PloverType::Consult, Some("visit")));
        assert!(visit.context.is_empty());
        let war_crimes = p("094").expect("094 maps");
        assert_eq!(war_crimes.mode, Some("investigate"));
        assert_eq!(war_crimes.context, ["military", "legal"]);
        // YIELD is split: 081–083 verbal (CONCEDE), 084–087 material (RETREAT).
        assert_eq!(p("0831").map(|m| m.event_type), Some(PloverType::Concede));
        assert_eq!(p("0871").map(|m| m.event_type), Some(PloverType::Retreat));
    }

    #[test]
    fn quad_class_serialises_as_number() {
        let json = serde_json::to_string(&QuadClass::VerbalConflict).expect("serialise");
        assert_eq!(json, "3");
        assert_eq!(
            serde_json::from_str::<QuadClass>("4").ok(),
            Some(QuadClass::MaterialConflict)
        );
        assert!(serde_json::from_str::<QuadClass>("5").is_err());
    }
}
