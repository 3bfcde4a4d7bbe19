//! Dictionaries for dyad: what the coder knows about the world.
//!
//! One internal model ([`model::Dictionaries`]) holds actors, agents, verbs, discards and issues,
//! whichever source they came from:
//!
//! - [`petrarch`] reads PETRARCH/TABARI-format dictionaries (a user's Phoenix set) as PETRARCH
//!   reads them, quirks included;
//! - [`bundled`] loads dyad's own dictionaries (`data/`, compiled into the binary; the formats are
//!   documented in `docs/dictionaries.md`).
//!
//! Readers never stop at a bad entry: each problem is recorded as a [`Problem`] naming file and
//! line, the entry is skipped, and loading goes on.

pub mod bundled;
mod english;
pub mod error;
pub mod lookup;
pub mod model;
pub mod petrarch;
pub mod validate;
pub mod verbs;

pub use error::{LoadError, Problem, Severity};
pub use lookup::{Resolution, lookup};
pub use model::Dictionaries;
