//! The whole model: every kind of dictionary, overlays and counts.

use std::collections::HashSet;

use super::actor::ActorKind;
use super::other::{Discard, IssueEntry};
use super::{ActorDictionary, AgentDictionary};
use crate::verbs::VerbDictionary;

/// Everything dyad knows from dictionaries, whichever source filled it.
#[derive(Debug, Default)]
pub struct Dictionaries {
    pub actors: ActorDictionary,
    pub agents: AgentDictionary,
    pub verbs: VerbDictionary,
    pub discards: Vec<Discard>,
    pub issues: Vec<IssueEntry>,
}

/// How many entries of each kind a model holds (for `dyad dict check` and logs).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Actor entries (synonym sets), all kinds together.
    pub actors: usize,
    /// Distinct actor phrases that resolve.
    pub actor_phrases: usize,
    pub countries: usize,
    pub people: usize,
    pub organisations: usize,
    pub groups: usize,
    pub parties: usize,
    pub metonyms: usize,
    pub other_actors: usize,
    /// Agent entries (one per dictionary line).
    pub agents: usize,
    /// Distinct agent phrases, plurals and substitutions included.
    pub agent_phrases: usize,
    /// Verb patterns.
    pub verbs: usize,
    pub discards: usize,
    pub issues: usize,
}

impl Dictionaries {
    /// Adds `other`'s entries on top of these: for the same phrase, `other` wins.
    pub fn overlay(&mut self, other: Dictionaries) {
        self.actors.overlay(other.actors);
        self.agents.overlay(other.agents);
        self.verbs.merge(other.verbs);
        overlay_by_key(&mut self.discards, other.discards, |d| vec![d.phrase.key.as_str()]);
        overlay_by_key(&mut self.issues, other.issues, |i| {
            i.variants.iter().map(|v| v.key.as_str()).collect()
        });
    }

    /// Entry counts per kind.
    pub fn counts(&self) -> Counts {
        let mut counts = Counts {
            actors: self.actors.len(),
            actor_phrases: self.actors.phrase_count(),
            agents: self.agents.len(),
            agent_phrases: self.agents.phrase_count(),
            verbs: self.verbs.len(),
            discards: self.discards.len(),
            issues: self.issues.len(),
            ..Counts::default()
        };
        for entry in self.actors.entries() {
            *kind_count(&mut counts, entry.kind) += 1;
        }
        counts
    }
}

fn kind_count(counts: &mut Counts, kind: ActorKind) -> &mut usize {
    match kind {
        ActorKind::Country => &mut counts.countries,
        ActorKind::Person => &mut counts.people,
        ActorKind::Organisation => &mut counts.organisations,
        ActorKind::Group => &mut counts.groups,
        ActorKind::Party => &mut counts.parties,
        ActorKind::Metonym => &mut counts.metonyms,
        ActorKind::Other => &mut counts.other_actors,
    }
}

/// Appends `later` to `list`, dropping earlier entries that share a phrase key with it.
fn overlay_by_key<T>(list: &mut Vec<T>, later: Vec<T>, keys: impl Fn(&T) -> Vec<&str>) {
    let taken: HashSet<String> = later
        .iter()
        .flat_map(|item| keys(item).into_iter().map(str::to_string))
        .collect();
    list.retain(|item| keys(item).iter().all(|k| !taken.contains(*k)));
    list.extend(later);
}
