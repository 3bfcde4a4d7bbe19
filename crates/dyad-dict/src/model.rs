//! The one internal model every reader fills: actors, agents, verbs, discards and issues.
//!
//! Whatever the source (a PETRARCH/TABARI directory or dyad's bundled files), entries end up
//! here, so matching code never needs to know which format a name came from. Phrases are
//! indexed by a normalised key (lower-case tokens joined by one space); when two entries claim
//! the same phrase, the later one wins — within a file as between overlaid dictionaries.

mod actor;
mod agent;
mod dictionaries;
mod other;
mod phrase;
mod table;

pub use actor::{ActorEntry, ActorKind, ActorNotes, DatedCode, NULL_CODE};
pub use agent::{AgentEntry, AgentPlacement};
pub use dictionaries::{Counts, Dictionaries};
pub use other::{Discard, DiscardScope, IssueAction, IssueEntry};
pub use phrase::{Origin, Phrase, normalise};
pub use table::{HasPhrases, PhraseTable};

/// All actor entries, indexed by phrase.
pub type ActorDictionary = PhraseTable<ActorEntry>;

/// All agent entries, indexed by phrase (including generated plurals and substitutions).
pub type AgentDictionary = PhraseTable<AgentEntry>;
