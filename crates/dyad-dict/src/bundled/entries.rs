//! Building actor entries from bundled records: shared by the bundled readers.

use std::sync::Arc;

use serde::Deserialize;

use super::doc::{parse_date, valid_code};
use crate::model::{ActorEntry, ActorKind, ActorNotes, DatedCode, Origin, Phrase};

/// An actor entry from a list of names; names with no token are dropped. `None` when no
/// name is left.
pub fn actor(
    names: impl IntoIterator<Item = impl AsRef<str>>,
    codes: Vec<DatedCode>,
    kind: ActorKind,
    file: &Arc<str>,
    line: usize,
) -> Option<ActorEntry> {
    let phrases: Vec<Phrase> = names.into_iter().filter_map(|n| Phrase::new(n.as_ref())).collect();
    if phrases.is_empty() {
        return None;
    }
    Some(ActorEntry {
        phrases,
        codes,
        kind,
        notes: ActorNotes::default(),
        origin: Origin::new(file, line),
    })
}

/// A dated role (`people.toml`) or status (`parties.toml`): a code, valid from `from` to `to`
/// (both inclusive, both optional).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRole {
    code: String,
    title: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

/// A role as a dated code; an error message for a bad code or dates.
pub fn role(raw: RawRole) -> Result<DatedCode, String> {
    if !valid_code(&raw.code) {
        return Err(format!("expected an upper-case role code, found '{}'", raw.code));
    }
    let from = raw.from.as_deref().map(parse_date).transpose()?;
    let to = raw.to.as_deref().map(parse_date).transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(format!("role {} ends ({t}) before it starts ({f})", raw.code));
    }
    Ok(DatedCode {
        code: raw.code,
        from,
        to,
        title: raw.title,
    })
}
