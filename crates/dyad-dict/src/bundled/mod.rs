//! dyad's own dictionaries, compiled into the binary from `crates/dyad-dict/data/`.
//!
//! The formats are described in `docs/dictionaries.md`. Each `parse_*` function reads one
//! file's text (so tests can use small fixtures); [`load_bundled`] reads them all, and
//! [`bundled`] keeps one loaded copy for the life of the process.

pub mod agents;
pub mod countries;
mod doc;
mod entries;
pub mod groups;
pub mod organisations;
pub mod parties;
pub mod people;
pub mod verbs;

use std::sync::LazyLock;

pub use agents::parse_agents;
pub use countries::parse_countries;
pub use groups::parse_groups;
pub use organisations::parse_organisations;
pub use parties::parse_parties;
pub use people::parse_people;

use crate::error::Problem;
use crate::model::{ActorDictionary, Dictionaries};

const COUNTRIES: &str = include_str!("../../data/countries.toml");
const ORGANISATIONS: &str = include_str!("../../data/organisations.toml");
const GROUPS: &str = include_str!("../../data/groups.toml");
const PARTIES: &str = include_str!("../../data/parties.toml");
const PEOPLE: &str = include_str!("../../data/people.toml");
const AGENTS: &str = include_str!("../../data/agents.toml");
const VERBS: &str = include_str!("../../data/verbs.txt");
const DISCARDS: &str = include_str!("../../data/discards.txt");

/// A reader of one bundled actor file.
type ActorParser = fn(&str, &str) -> (ActorDictionary, Vec<Problem>);

/// The bundled dictionaries, loaded on first use. Problems (there should be none: a test
/// checks) are logged as warnings.
pub fn bundled() -> &'static Dictionaries {
    static BUNDLED: LazyLock<Dictionaries> = LazyLock::new(|| {
        let (dicts, problems) = load_bundled();
        for problem in &problems {
            tracing::warn!("{problem}");
        }
        dicts
    });
    &BUNDLED
}

/// Loads the bundled dictionaries afresh, with every problem found. Actor files load in the
/// order countries, organisations, groups, parties, people: for the same name, the later file
/// wins.
pub fn load_bundled() -> (Dictionaries, Vec<Problem>) {
    let mut dicts = Dictionaries::default();
    let mut problems = Vec::new();
    let actor_files: [(&str, &str, ActorParser); 5] = [
        (COUNTRIES, "bundled/countries.toml", parse_countries),
        (ORGANISATIONS, "bundled/organisations.toml", parse_organisations),
        (GROUPS, "bundled/groups.toml", parse_groups),
        (PARTIES, "bundled/parties.toml", parse_parties),
        (PEOPLE, "bundled/people.toml", parse_people),
    ];
    for (text, file, parse) in actor_files {
        let (actors, found) = parse(text, file);
        dicts.actors.overlay(actors);
        problems.extend(found);
    }
    let (agents, found) = parse_agents(AGENTS, "bundled/agents.toml");
    dicts.agents = agents;
    problems.extend(found);
    let (verbs, found) = verbs::read_bundled_verbs(VERBS, "bundled/verbs.txt");
    dicts.verbs = verbs;
    problems.extend(found);
    let (discards, found) = crate::petrarch::discards::read_discards(DISCARDS, "bundled/discards.txt");
    dicts.discards = discards;
    problems.extend(found);
    (dicts, problems)
}
