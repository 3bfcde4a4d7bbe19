//! A list of entries with a phrase index in which later entries win.

use rustc_hash::FxHashMap;

use super::phrase::{Phrase, normalise};

/// An entry reachable by one or more phrases.
pub trait HasPhrases {
    fn phrases(&self) -> &[Phrase];
}

/// Entries in definition order plus an index from phrase key to the entry that owns it.
///
/// Entries are never removed: an entry whose phrases were all taken over by later entries stays
/// in `entries()` (so counts and `dict check` still see it) but is no longer found by phrase.
#[derive(Debug, Clone)]
pub struct PhraseTable<T> {
    entries: Vec<T>,
    /// FxHash: keys are trusted dictionary phrases, and the coder looks phrases up for every
    /// token of every sentence (SipHash was a tenth of coding time in profiles).
    index: FxHashMap<String, usize>,
}

impl<T> Default for PhraseTable<T> {
    fn default() -> Self {
        PhraseTable {
            entries: Vec::new(),
            index: FxHashMap::default(),
        }
    }
}

impl<T: HasPhrases> PhraseTable<T> {
    /// Adds an entry; its phrases now resolve to it, replacing earlier owners.
    pub fn insert(&mut self, entry: T) -> usize {
        let id = self.entries.len();
        for phrase in entry.phrases() {
            self.index.insert(phrase.key.clone(), id);
        }
        self.entries.push(entry);
        id
    }

    /// Adds every entry of `other` after this table's entries (later wins).
    pub fn overlay(&mut self, other: PhraseTable<T>) {
        if self.entries.is_empty() {
            // Nothing to shadow: keep `other`'s index instead of rebuilding it.
            *self = other;
            return;
        }
        self.entries.reserve(other.entries.len());
        for entry in other.entries {
            self.insert(entry);
        }
    }

    /// The entry owning a normalised key (see [`normalise`]).
    pub fn get(&self, key: &str) -> Option<&T> {
        self.index.get(key).map(|&id| &self.entries[id])
    }

    /// The entry owning a phrase written in any form (normalised first).
    pub fn find(&self, text: &str) -> Option<&T> {
        self.get(&normalise(text))
    }

    /// Every entry in definition order, shadowed ones included.
    pub fn entries(&self) -> &[T] {
        &self.entries
    }

    /// How many entries were defined.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// How many distinct phrases resolve to an entry.
    pub fn phrase_count(&self) -> usize {
        self.index.len()
    }

    /// Every (phrase key, entry) pair that currently resolves, in no particular order.
    pub fn phrases(&self) -> impl Iterator<Item = (&str, &T)> {
        self.index.iter().map(|(key, &id)| (key.as_str(), &self.entries[id]))
    }
}
