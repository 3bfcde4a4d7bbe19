//! Reading the TSV data files and building the name index.

use crate::normalize::{key, key_into, strip_article, strip_the};
use crate::{Entry, FeatureKind, Gazetteer, GeoError, Link, Map, NO_LINK, Place, PlaceKind};

/// Accumulates places and index keys while the files are read.
pub(crate) struct Builder {
    places: Vec<Place>,
    index: Map<u32>,
    links: Vec<Link>,
    first_words: Map<u8>,
    countries: Map<u32>,
    key_buffer: String,
}

/// Sizes for the embedded data (about 150,000 keys), so the maps are not rehashed as they grow.
const INDEX_CAPACITY: usize = 160_000;
const FIRST_WORD_CAPACITY: usize = 80_000;

impl Default for Builder {
    fn default() -> Builder {
        Builder {
            places: Vec::with_capacity(36_000),
            index: Map::with_capacity_and_hasher(INDEX_CAPACITY, Default::default()),
            links: Vec::with_capacity(INDEX_CAPACITY),
            first_words: Map::with_capacity_and_hasher(FIRST_WORD_CAPACITY, Default::default()),
            countries: Map::default(),
            key_buffer: String::new(),
        }
    }
}

impl Builder {
    fn add(&mut self, place: Place, alternates: &str) {
        let id = self.places.len() as u32;
        self.add_name(id, &place.name, true);
        let name_key = key(&place.name);
        for alt in alternates.split('|').filter(|a| !a.is_empty()) {
            // "New York" for "New York City", "Gaza" for "Gaza City": as good as the name.
            let short_form = name_key.strip_suffix(" city").is_some_and(|short| short == key(alt));
            self.add_name(id, alt, short_form);
        }
        if place.kind == PlaceKind::Country
            && let Some(code) = &place.country
        {
            self.countries.entry(code.as_str().into()).or_insert(id);
        }
        self.places.push(place);
    }

    /// Indexes a name under its key and under the key without "the" / an Arabic article.
    fn add_name(&mut self, id: u32, name: &str, primary: bool) {
        let mut full = std::mem::take(&mut self.key_buffer);
        key_into(name, &mut full);
        self.add_keys(&full, id, primary);
        self.key_buffer = full;
    }

    fn add_keys(&mut self, full: &str, id: u32, primary: bool) {
        if full.is_empty() {
            return;
        }
        if let Some(rest) = strip_the(full) {
            self.add_key(rest, id, primary);
        }
        if let Some(rest) = strip_article(full) {
            self.add_key(rest, id, primary);
        }
        self.add_key(full, id, primary);
    }

    fn add_key(&mut self, k: &str, id: u32, primary: bool) {
        let words = k.split(' ').count().min(u8::MAX as usize) as u8;
        let first = k.split(' ').next().unwrap_or(k);
        // Look up before inserting: most keys repeat, and boxing a key costs an allocation.
        match self.first_words.get_mut(first) {
            Some(longest) => *longest = (*longest).max(words),
            None => {
                self.first_words.insert(first.into(), words);
            }
        }
        let new = self.links.len() as u32;
        let head = self.index.get(k).copied().unwrap_or(NO_LINK);
        // A place's names are added one after another, so a repeat is the newest link.
        if let Some(link) = self.links.get_mut(head as usize)
            && link.entry.place == id
        {
            link.entry.primary |= primary;
            return;
        }
        self.links.push(Link {
            entry: Entry { place: id, primary },
            next: head,
        });
        match self.index.get_mut(k) {
            Some(slot) => *slot = new,
            None => {
                self.index.insert(k.into(), new);
            }
        }
    }

    pub(crate) fn finish(self, common_words: &str, person_names: &str) -> Gazetteer {
        Gazetteer {
            places: self.places,
            index: self.index,
            links: self.links,
            first_words: self.first_words,
            countries: self.countries,
            common_words: word_set(common_words),
            person_names: word_set(person_names),
        }
    }
}

/// One key per non-comment line.
fn word_set(text: &str) -> Map<()> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| (key(l).into_boxed_str(), ()))
        .collect()
}

/// Data lines (not comments, not blank) with their 1-based line numbers.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

fn problem(file: &'static str, line: usize, message: impl Into<String>) -> GeoError {
    GeoError {
        file,
        line,
        message: message.into(),
    }
}

fn coordinate(file: &'static str, line: usize, text: &str, limit: f64) -> Result<f64, GeoError> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() <= limit => Ok(v),
        _ => Err(problem(file, line, format!("bad coordinate {text:?}"))),
    }
}

fn country_code(file: &'static str, line: usize, text: &str) -> Result<Option<String>, GeoError> {
    match text {
        "" | "-" => Ok(None),
        c if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) => Ok(Some(c.to_string())),
        c => Err(problem(file, line, format!("bad ISO3 code {c:?}"))),
    }
}

const PLACES: &str = "places.tsv";
const FEATURES: &str = "features.tsv";

/// `kind name iso3 admin1 lat lon population alternates`
pub(crate) fn read_places(text: &str, builder: &mut Builder) -> Result<(), GeoError> {
    for (n, line) in data_lines(text) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 8 {
            return Err(problem(PLACES, n, format!("{} fields, want 8", f.len())));
        }
        let kind = match f[0] {
            "country" => PlaceKind::Country,
            "admin1" => PlaceKind::Admin1,
            "capital" => PlaceKind::Capital,
            "city" => PlaceKind::City,
            other => return Err(problem(PLACES, n, format!("unknown kind {other:?}"))),
        };
        let population = f[6]
            .parse::<u64>()
            .map_err(|_| problem(PLACES, n, format!("bad population {:?}", f[6])))?;
        let place = Place {
            name: f[1].to_string(),
            country: country_code(PLACES, n, f[2])?,
            admin1: (!f[3].is_empty()).then(|| f[3].to_string()),
            lat: coordinate(PLACES, n, f[4], 90.0)?,
            lon: coordinate(PLACES, n, f[5], 180.0)?,
            kind,
            population,
        };
        builder.add(place, f[7]);
    }
    Ok(())
}

/// `name kind iso3 lat lon [alternates]`
pub(crate) fn read_features(text: &str, builder: &mut Builder) -> Result<(), GeoError> {
    for (n, line) in data_lines(text) {
        let f: Vec<&str> = line.split('\t').collect();
        if !(5..=6).contains(&f.len()) {
            return Err(problem(FEATURES, n, format!("{} fields, want 5 or 6", f.len())));
        }
        let kind = FeatureKind::parse(f[1]).ok_or_else(|| problem(FEATURES, n, format!("unknown kind {:?}", f[1])))?;
        let place = Place {
            name: f[0].to_string(),
            country: country_code(FEATURES, n, f[2])?,
            admin1: None,
            lat: coordinate(FEATURES, n, f[3], 90.0)?,
            lon: coordinate(FEATURES, n, f[4], 180.0)?,
            kind: PlaceKind::Feature(kind),
            population: 0,
        };
        builder.add(place, f.get(5).copied().unwrap_or(""));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{FEATURES_TSV, PLACES_TSV};

    #[test]
    fn features_file_is_valid_and_large_enough() {
        let mut b = Builder::default();
        read_places(PLACES_TSV, &mut b).expect("places.tsv parses");
        let before = b.places.len();
        read_features(FEATURES_TSV, &mut b).expect("features.tsv parses");
        let features = &b.places[before..];
        assert!(features.len() >= 200, "{} features", features.len());
        for f in features {
            assert!(f.lat.abs() <= 90.0 && f.lon.abs() <= 180.0, "{}", f.name);
            if let Some(code) = &f.country {
                assert!(
                    b.countries.contains_key(code.as_str()),
                    "{}: unknown ISO3 {code}",
                    f.name
                );
            }
        }
        let mut names: Vec<String> = features.iter().map(|f| key(&f.name)).collect();
        names.sort();
        let total = names.len();
        names.dedup();
        assert_eq!(names.len(), total, "duplicate feature names");
    }

    #[test]
    fn bad_lines_are_reported_with_line_numbers() {
        let mut b = Builder::default();
        let err = read_features("# c\nX\tstrait\tXX\t1\t2\n", &mut b).unwrap_err();
        assert_eq!(err.line, 2);
        let err = read_features("X\tstrait\t-\t91\t2\n", &mut b).unwrap_err();
        assert!(err.message.contains("coordinate"));
        let err = read_places("city\tX\tFRA\t\t1\t2\tmany\t\n", &mut b).unwrap_err();
        assert!(err.message.contains("population"));
    }
}
