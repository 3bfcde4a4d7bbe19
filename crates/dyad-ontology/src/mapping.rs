//! CAMEO → PLOVER: type, mode and contexts per CAMEO code (from CAMEO2PLOVER-2021).

use std::collections::HashMap;
use std::str::FromStr;

use serde::Serialize;

use crate::plover::{PloverType, plover_context};
use crate::tsv;

/// The PLOVER equivalent of a CAMEO code, shaped like an event record's `plover` object.
///
/// Mode and contexts are always ones the PLOVER manual defines; where the
/// 2021 table used other terms they were normalised when the data was derived
/// (`data/cameo2plover.tsv` keeps the table's own terms and says why).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PloverMapping {
    #[serde(rename = "type")]
    pub event_type: PloverType,
    pub mode: Option<&'static str>,
    pub context: Vec<&'static str>,
}

const MAPPING_TSV: &str = include_str!("../data/cameo2plover.tsv");
const TABLE: &str = "cameo2plover.tsv";

/// Every row of the mapping table by CAMEO code; `None` where PLOVER has no equivalent.
pub(crate) fn load() -> HashMap<&'static str, Option<PloverMapping>> {
    tsv::rows(MAPPING_TSV)
        .map(|row| (row.get(TABLE, 0), mapping(&row)))
        .collect()
}

/// One row; mode and contexts are checked against (and interned from) the PLOVER tables.
fn mapping(row: &tsv::Row) -> Option<PloverMapping> {
    let here = || format!("{TABLE} line {}", row.line);
    let event_type = PloverType::from_str(row.opt(TABLE, 1)?).unwrap_or_else(|e| panic!("{}: {e}", here()));
    let mode = row.opt(TABLE, 2).map(|m| {
        event_type
            .mode(m)
            .unwrap_or_else(|| panic!("{}: {m} is not a {event_type} mode", here()))
    });
    let context = tsv::list(row.opt(TABLE, 3))
        .map(|c| plover_context(c).unwrap_or_else(|| panic!("{}: unknown context {c}", here())))
        .collect();
    Some(PloverMapping {
        event_type,
        mode,
        context,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Columns 2–3 hold the normalised terms, 4–5 the table's own; a difference
    /// must be explained in the note column.
    #[test]
    fn every_normalisation_is_explained() {
        let mut changed = 0;
        for row in tsv::rows(MAPPING_TSV) {
            let same = row.get(TABLE, 2) == row.get(TABLE, 4) && row.get(TABLE, 3) == row.get(TABLE, 5);
            if !same {
                changed += 1;
                assert!(
                    row.opt(TABLE, 6).is_some(),
                    "line {} changes terms without a note",
                    row.line
                );
            }
        }
        assert!(changed > 0, "the 2021 table is known to need normalising");
    }

    #[test]
    fn every_row_parses() {
        let all = load();
        assert_eq!(all.len(), 311);
        assert_eq!(all.values().filter(|m| m.is_none()).count(), 39);
        let repression = all["175"].as_ref().expect("175 maps");
        assert_eq!(repression.mode, None);
        assert!(repression.context.contains(&"pro_autocracy"));
    }

    #[test]
    fn modes_and_contexts_are_the_manuals() {
        for m in load().values().flatten() {
            if let Some(mode) = m.mode {
                assert!(m.event_type.modes().contains(&mode), "{} {mode}", m.event_type);
            }
            for c in &m.context {
                assert!(crate::plover_contexts().contains(c), "{c}");
            }
        }
    }

    #[test]
    fn serialises_like_an_event_record() {
        let m = PloverMapping {
            event_type: PloverType::Consult,
            mode: Some("visit"),
            context: vec![],
        };
        let json = serde_json::to_string(&m).expect("serialise");
        assert_eq!(json, r#"{"type":"CONSULT","mode":"visit","context":[]}"#);
    }
}
