//! PLOVER: the 16 event types of the manual (draft 0.8), their modes, and the general contexts.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::tsv;

/// A PLOVER event type. Serialises as its upper-case name (`"CONSULT"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum PloverType {
    Agree,
    Consult,
    Support,
    Cooperate,
    Aid,
    Retreat,
    Concede,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

/// The name given to [`PloverType::from_str`] is not one of the 16 types.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown PLOVER event type {0:?}")]
pub struct UnknownPloverType(pub String);

impl PloverType {
    /// All 16 types, roughly in CAMEO cue-category order (the manual lists CONCEDE after SUPPORT).
    pub const ALL: [PloverType; 16] = [
        Self::Agree,
        Self::Consult,
        Self::Support,
        Self::Cooperate,
        Self::Aid,
        Self::Retreat,
        Self::Concede,
        Self::Request,
        Self::Accuse,
        Self::Reject,
        Self::Threaten,
        Self::Protest,
        Self::Sanction,
        Self::Mobilize,
        Self::Coerce,
        Self::Assault,
    ];

    /// The upper-case name used by the manual and in event records.
    pub fn name(self) -> &'static str {
        match self {
            Self::Agree => "AGREE",
            Self::Consult => "CONSULT",
            Self::Support => "SUPPORT",
            Self::Cooperate => "COOPERATE",
            Self::Aid => "AID",
            Self::Retreat => "RETREAT",
            Self::Concede => "CONCEDE",
            Self::Request => "REQUEST",
            Self::Accuse => "ACCUSE",
            Self::Reject => "REJECT",
            Self::Threaten => "THREATEN",
            Self::Protest => "PROTEST",
            Self::Sanction => "SANCTION",
            Self::Mobilize => "MOBILIZE",
            Self::Coerce => "COERCE",
            Self::Assault => "ASSAULT",
        }
    }

    /// The modes the manual defines for this type (empty for types without modes).
    pub fn modes(self) -> &'static [&'static str] {
        &MODES[self as usize]
    }

    /// The canonical `&'static str` of `mode` if it is one of this type's modes.
    pub fn mode(self, mode: &str) -> Option<&'static str> {
        self.modes().iter().copied().find(|m| *m == mode)
    }
}

impl fmt::Display for PloverType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for PloverType {
    type Err = UnknownPloverType;

    /// Exact upper-case names only, as the manual and the records spell them.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|t| t.name() == s)
            .ok_or_else(|| UnknownPloverType(s.to_owned()))
    }
}

/// The general contexts of the manual, in its order.
pub fn plover_contexts() -> &'static [&'static str] {
    &CONTEXTS
}

/// The canonical `&'static str` of `context` if the manual defines it.
pub fn plover_context(context: &str) -> Option<&'static str> {
    CONTEXTS.iter().copied().find(|c| *c == context)
}

const MODES_TSV: &str = include_str!("../data/plover_modes.tsv");
const CONTEXTS_TSV: &str = include_str!("../data/plover_contexts.tsv");

/// Modes per type, indexed by `PloverType as usize`.
static MODES: LazyLock<[Vec<&'static str>; 16]> = LazyLock::new(|| {
    let mut modes: [Vec<&'static str>; 16] = Default::default();
    for row in tsv::rows(MODES_TSV) {
        let name = row.get("plover_modes.tsv", 0);
        let ty = PloverType::from_str(name).unwrap_or_else(|e| panic!("plover_modes.tsv line {}: {e}", row.line));
        modes[ty as usize].push(row.get("plover_modes.tsv", 1));
    }
    modes
});

static CONTEXTS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    tsv::rows(CONTEXTS_TSV)
        .map(|row| row.get("plover_contexts.tsv", 0))
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for ty in PloverType::ALL {
            assert_eq!(ty.to_string().parse::<PloverType>(), Ok(ty));
        }
        assert!("consult".parse::<PloverType>().is_err());
        assert!("DEMAND".parse::<PloverType>().is_err());
    }

    #[test]
    fn serde_uses_upper_case_names() {
        for ty in PloverType::ALL {
            let json = serde_json::to_string(&ty).expect("serialise");
            assert_eq!(json, format!("\"{}\"", ty.name()));
            assert_eq!(serde_json::from_str::<PloverType>(&json).ok(), Some(ty));
        }
    }

    #[test]
    fn modes_per_type() {
        assert_eq!(
            PloverType::Consult.modes(),
            ["visit", "third-party", "multilateral", "phone"]
        );
        // The manual shares one mode list between REQUEST and REJECT.
        assert_eq!(PloverType::Request.modes(), PloverType::Reject.modes());
        for ty in [PloverType::Agree, PloverType::Support, PloverType::Aid] {
            assert!(ty.modes().is_empty(), "{ty} has no modes in the manual");
        }
        assert_eq!(PloverType::Assault.mode("targeted"), Some("targeted"));
        assert_eq!(PloverType::Assault.mode("arrest"), None);
        let total: usize = PloverType::ALL.iter().map(|t| t.modes().len()).sum();
        assert_eq!(total, 67);
    }

    #[test]
    fn contexts() {
        assert_eq!(plover_contexts().len(), 37);
        assert_eq!(plover_context("pro_democracy"), Some("pro_democracy"));
        assert_eq!(plover_context("humanitarian"), None);
    }
}
