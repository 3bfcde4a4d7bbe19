//! Building actor entries from bundled records: shared by the bundled readers.

use std::sync::Arc;

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
