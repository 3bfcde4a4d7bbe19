//! The event ontologies dyad codes into, compiled in: every CAMEO event code with its name,
//! Goldstein value and QuadClass; the PLOVER event types, modes and contexts; the mapping from
//! CAMEO to PLOVER; and the CAMEO actor sector codes.
//!
//! The tables live in `data/*.tsv`, derived from the reference codebooks by
//! `scripts/ontology/derive.py` (which also records where it had to normalise or fill gaps).
//! They are compiled in with `include_str!` and parsed once, on first use, behind
//! [`std::sync::LazyLock`]. Parsing a few hundred rows costs microseconds, and keeping the data
//! as reviewable TSV (rather than generated Rust) means one source of truth, diffable when the
//! codebooks change, and no build step. The data is fixed at compile time and checked by the
//! tests, so a malformed row panics at first use with the table and line named.
//!
//! ```
//! use dyad_ontology::{cameo, PloverType, QuadClass};
//!
//! let visit = cameo("042").expect("042 is a CAMEO code");
//! assert_eq!(visit.root, "04");
//! assert_eq!(visit.quad_class, QuadClass::VerbalCooperation);
//! let plover = visit.plover.as_ref().expect("CONSULT");
//! assert_eq!((plover.event_type, plover.mode), (PloverType::Consult, Some("visit")));
//! ```

mod cameo;
mod mapping;
mod plover;
mod sector;
mod tsv;

pub use cameo::{CameoEvent, QuadClass, cameo, cameo_codes, root};
pub use mapping::PloverMapping;
pub use plover::{PloverType, UnknownPloverType, plover_context, plover_contexts};
pub use sector::{Attestation, Sector, SectorKind, sector, sectors};
