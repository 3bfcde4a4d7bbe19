//! dyad-geo: where events happen.
//!
//! An offline gazetteer — GeoNames cities of 15,000 people or more, countries with their
//! common short names, US states, and the project's own list of strategic features (straits,
//! seas, disputed regions, border crossings, bases, nuclear sites) — plus the two steps the
//! coder needs to fill an event's `location`:
//!
//! 1. [`Gazetteer::find_places`] finds place mentions in a sentence (capitalised phrases that
//!    are gazetteer names) with the [`Cue`] before each: "in Syria" is a location, a bare
//!    "Russia said" is an actor. Precision comes first: common words ("Mobile", "Nice"),
//!    person names ("Jackson") and small towns need a locative cue.
//! 2. [`Gazetteer::resolve`] picks one [`Place`] for a mention from the article's
//!    [`Context`] (countries it mentions, its dateline), explaining the choice.
//!
//! ```
//! use dyad_geo::{Context, Cue, Gazetteer};
//!
//! let gazetteer = Gazetteer::embedded();
//! let mentions = gazetteer.find_places("Clashes resumed in Tripoli on Monday.");
//! assert_eq!((mentions[0].text.as_str(), mentions[0].cue), ("Tripoli", Cue::In));
//!
//! // The article is about Lebanon: countries of coded actors and earlier places.
//! let mut context = Context::new();
//! context.add_country_count("LBN", 3);
//! let resolved = gazetteer.resolve(&mentions[0].text, &context);
//! assert_eq!(resolved.and_then(|r| r.place.country.as_deref()), Some("LBN"));
//! ```
//!
//! [`parse_dateline`] reads "GENEVA (Reuters) —" style datelines. Everything is compiled in
//! (`data/`); nothing is fetched at build or run time. GeoNames data is CC BY 4.0 (see
//! NOTICE).

mod data;
mod dateline;
mod find;
mod normalize;
mod resolve;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

pub use dateline::{Dateline, parse_dateline, parse_dateline_parts};
pub use find::{Cue, PlaceMention};
pub use normalize::key as name_key;
pub use resolve::{Context, Resolution};

/// What a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A country or territory with an ISO code; its point is the capital's.
    Country,
    /// A first-level division (US states); its point is the population-weighted city mean.
    Admin1,
    /// A country's capital city.
    Capital,
    /// Any other city (GeoNames, 15,000 people or more).
    City,
    /// One of the project's strategic features.
    Feature(FeatureKind),
}

/// The kinds of strategic feature in `data/features.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeatureKind {
    Strait,
    /// Seas, gulfs, bays, lakes, oceans and canals.
    Sea,
    Region,
    Crossing,
    Base,
    Port,
    Nuclear,
    River,
    Island,
    Landmark,
}

impl PlaceKind {
    /// A short lower-case label ("country", "city", "strait", ...).
    pub fn label(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Admin1 => "state",
            PlaceKind::Capital => "capital",
            PlaceKind::City => "city",
            PlaceKind::Feature(f) => f.label(),
        }
    }
}

impl FeatureKind {
    /// The label used in `features.tsv`.
    pub fn label(self) -> &'static str {
        match self {
            FeatureKind::Strait => "strait",
            FeatureKind::Sea => "sea",
            FeatureKind::Region => "region",
            FeatureKind::Crossing => "crossing",
            FeatureKind::Base => "base",
            FeatureKind::Port => "port",
            FeatureKind::Nuclear => "nuclear",
            FeatureKind::River => "river",
            FeatureKind::Island => "island",
            FeatureKind::Landmark => "landmark",
        }
    }

    fn parse(label: &str) -> Option<FeatureKind> {
        Some(match label {
            "strait" => FeatureKind::Strait,
            "sea" => FeatureKind::Sea,
            "region" => FeatureKind::Region,
            "crossing" => FeatureKind::Crossing,
            "base" => FeatureKind::Base,
            "port" => FeatureKind::Port,
            "nuclear" => FeatureKind::Nuclear,
            "river" => FeatureKind::River,
            "island" => FeatureKind::Island,
            "landmark" => FeatureKind::Landmark,
            _ => return None,
        })
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The preferred name (GeoNames' name, or the feature list's).
    pub name: String,
    /// ISO 3166-1 alpha-3 code (GeoNames' XKX for Kosovo); `None` for shared waters and
    /// regions (see the conventions in `data/features.tsv`).
    pub country: Option<String>,
    /// GeoNames admin1 code for cities and states ("GA"), when known.
    pub admin1: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub kind: PlaceKind,
    /// People (GeoNames); 0 for features.
    pub population: u64,
}

/// A loading problem in gazetteer data: which file, which line, what.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct GeoError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

/// A place under one key, and whether the key is its preferred name (not an alternate).
#[derive(Debug, Clone, Copy)]
struct Entry {
    place: u32,
    primary: bool,
}

/// Entries for one key form a list through `Gazetteer::links` (one allocation for all keys).
#[derive(Debug, Clone, Copy)]
struct Link {
    entry: Entry,
    next: u32,
}

const NO_LINK: u32 = u32::MAX;

type Map<V> = HashMap<Box<str>, V, BuildHasherDefault<KeyHasher>>;

/// One-shot xxh3 over each written slice: keys are short strings hashed once each, where
/// the streaming xxh3 state and SipHash both cost more than the rest of the lookup.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = xxhash_rust::xxh3::xxh3_64_with_seed(bytes, self.0);
    }

    fn write_u8(&mut self, byte: u8) {
        // `str` hashing ends with a 0xff marker; fold it in cheaply.
        self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The gazetteer: places and a name index. Build once and share (it is `Sync`).
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Key → its newest link.
    index: Map<u32>,
    links: Vec<Link>,
    /// First word of any key → the most words a key starting with it has.
    first_words: Map<u8>,
    countries: Map<u32>,
    common_words: Map<()>,
    person_names: Map<()>,
}

const PLACES_TSV: &str = include_str!("../data/places.tsv");
const FEATURES_TSV: &str = include_str!("../data/features.tsv");
const COMMON_WORDS: &str = include_str!("../data/common_words.txt");
const PERSON_NAMES: &str = include_str!("../data/person_names.txt");

impl Gazetteer {
    /// The compiled-in gazetteer, parsed on first use.
    pub fn embedded() -> &'static Gazetteer {
        static EMBEDDED: OnceLock<Gazetteer> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            // The data is part of the crate and a unit test keeps it valid.
            Gazetteer::from_tsv(PLACES_TSV, FEATURES_TSV)
                .unwrap_or_else(|e| panic!("embedded gazetteer data is invalid: {e}"))
        })
    }

    /// Builds a gazetteer from text in the formats of `data/places.tsv` and
    /// `data/features.tsv`.
    pub fn from_tsv(places_tsv: &str, features_tsv: &str) -> Result<Gazetteer, GeoError> {
        let mut builder = data::Builder::default();
        data::read_places(places_tsv, &mut builder)?;
        data::read_features(features_tsv, &mut builder)?;
        Ok(builder.finish(COMMON_WORDS, PERSON_NAMES))
    }

    /// Every place, in load order (countries, US states, cities by population, features).
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The country with this ISO3 code.
    pub fn country(&self, iso3: &str) -> Option<&Place> {
        let id = *self.countries.get(iso3.to_ascii_uppercase().as_str())?;
        self.places.get(id as usize)
    }

    /// All places a name may mean, most prominent first. Matching ignores case, diacritics
    /// and punctuation, knows alternate names ("Kiev", "Hodeidah"), "St."/"Saint", a
    /// leading "the" and a leading Arabic article ("Al-Hudaydah" / "Hudaydah").
    pub fn lookup(&self, name: &str) -> Vec<&Place> {
        let mut found = self.entries(&normalize::key(name));
        found.sort_by(|a, b| resolve::prominence(self.place(*b)).total_cmp(&resolve::prominence(self.place(*a))));
        found.into_iter().map(|e| self.place(e)).collect()
    }

    /// Index entries for a key, trying it as is, without "the", without "al"/"el".
    fn entries(&self, key: &str) -> Vec<Entry> {
        let key = normalize::strip_the(key).unwrap_or(key);
        let head = self
            .index
            .get(key)
            .or_else(|| normalize::strip_article(key).and_then(|rest| self.index.get(rest)));
        self.chain(head.copied())
    }

    /// The entries of the list starting at `head`.
    fn chain(&self, head: Option<u32>) -> Vec<Entry> {
        let mut out = Vec::new();
        let mut next = head.unwrap_or(NO_LINK);
        while let Some(link) = self.links.get(next as usize) {
            out.push(link.entry);
            next = link.next;
        }
        out
    }

    fn place(&self, entry: Entry) -> &Place {
        &self.places[entry.place as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn countries_of(places: &[&Place]) -> Vec<String> {
        places.iter().filter_map(|p| p.country.clone()).collect()
    }

    #[test]
    fn embedded_data_loads() {
        let g = Gazetteer::embedded();
        assert!(g.places().len() > 30_000);
        assert!(g.country("FRA").is_some());
        assert!(g.country("usa").is_some());
    }

    #[test]
    fn lookup_alternates_and_spellings() {
        let g = Gazetteer::embedded();
        for (a, b) in [
            ("St. Petersburg", "Saint Petersburg"),
            ("Kyiv", "Kiev"),
            ("Al-Hudaydah", "Hodeidah"),
            ("Zürich", "Zurich"),
            ("Côte d'Ivoire", "Ivory Coast"),
            ("Burma", "Myanmar"),
            ("the UK", "Britain"),
        ] {
            let pa = g.lookup(a);
            let pb = g.lookup(b);
            assert!(!pa.is_empty() && !pb.is_empty(), "{a} / {b}");
            assert_eq!(pa[0].name, pb[0].name, "{a} / {b}");
        }
        assert_eq!(g.lookup("the US")[0].kind, PlaceKind::Country);
        assert_eq!(g.lookup("U.S.")[0].country.as_deref(), Some("USA"));
        assert_eq!(g.lookup("El-Hodeidah")[0].country.as_deref(), Some("YEM"));
        assert_eq!(g.lookup("Hudaydah")[0].country.as_deref(), Some("YEM"));
    }

    #[test]
    fn lookup_ambiguous_names_lists_all() {
        let g = Gazetteer::embedded();
        let tripoli = countries_of(&g.lookup("Tripoli"));
        assert!(tripoli.contains(&"LBY".into()) && tripoli.contains(&"LBN".into()));
        let georgia = g.lookup("Georgia");
        assert!(georgia.iter().any(|p| p.kind == PlaceKind::Country));
        assert!(georgia.iter().any(|p| p.kind == PlaceKind::Admin1));
        assert!(g.lookup("Nowhere-in-particular").is_empty());
    }

    #[test]
    fn features_are_found() {
        let g = Gazetteer::embedded();
        let hormuz = g.lookup("Strait of Hormuz");
        assert_eq!(hormuz[0].kind, PlaceKind::Feature(FeatureKind::Strait));
        assert_eq!(hormuz[0].country, None);
        assert_eq!(g.lookup("the West Bank")[0].country.as_deref(), Some("PSE"));
        assert_eq!(g.lookup("Gitmo")[0].country.as_deref(), Some("CUB"));
    }
}
