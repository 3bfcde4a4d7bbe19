//! The words articles are built from: the bundled dictionaries' actors, agents and verbs, and
//! the gazetteer's cities and strategic features.

use dyad_dict::Dictionaries;
use dyad_dict::model::ActorKind;
use dyad_geo::{FeatureKind, Gazetteer, PlaceKind};
use std::collections::BTreeSet;

/// A country as news names it.
#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    /// "Iranian"; the name itself when the dictionary gives no adjective.
    pub adjective: String,
    pub capital: Option<String>,
}

/// Every list is non-empty (fallbacks fill a list the dictionaries leave empty).
#[derive(Debug, Clone)]
pub struct Vocabulary {
    pub countries: Vec<Country>,
    pub people: Vec<String>,
    pub organisations: Vec<String>,
    pub groups: Vec<String>,
    /// Role nouns, lower case ("foreign minister", "police").
    pub agents: Vec<String>,
    /// Past-tense forms of coded dictionary verbs that take a direct object.
    pub verbs: Vec<String>,
    pub cities: Vec<String>,
    /// Straits, seas, regions, crossings, ports.
    pub features: Vec<String>,
}

/// Countries smaller than this are left out: news mostly names the larger ones.
const MIN_COUNTRY_POPULATION: u64 = 1_000_000;
/// Cities smaller than this are left out.
const MIN_CITY_POPULATION: u64 = 300_000;

impl Vocabulary {
    /// dyad's bundled dictionaries and the embedded gazetteer: the same words on every machine.
    pub fn bundled() -> Vocabulary {
        Vocabulary::new(dyad_dict::bundled::bundled(), Gazetteer::embedded())
    }

    pub fn new(dicts: &Dictionaries, gazetteer: &Gazetteer) -> Vocabulary {
        let mut countries = Vec::new();
        let mut people = BTreeSet::new();
        let mut organisations = BTreeSet::new();
        let mut groups = BTreeSet::new();
        for entry in dicts.actors.entries() {
            let Some(name) = entry.phrases.first().map(|p| p.text.as_str()) else {
                continue;
            };
            if !plain(name) {
                continue;
            }
            match entry.kind {
                ActorKind::Country => {
                    let Some(code) = entry.default_code().map(|c| c.code.as_str()) else {
                        continue;
                    };
                    let big = gazetteer
                        .country(code.get(..3).unwrap_or(code))
                        .is_some_and(|p| p.population >= MIN_COUNTRY_POPULATION);
                    if !big {
                        continue;
                    }
                    let adjective = entry
                        .phrases
                        .iter()
                        .skip(1)
                        .map(|p| p.text.as_str())
                        .find(|t| is_adjective(t) && plain(t))
                        .unwrap_or(name);
                    countries.push(Country {
                        name: name.to_string(),
                        adjective: adjective.to_string(),
                        capital: entry.notes.capital.clone().filter(|c| plain(c)),
                    });
                }
                ActorKind::Person => {
                    people.insert(name.to_string());
                }
                ActorKind::Organisation => {
                    organisations.insert(name.to_string());
                }
                ActorKind::Group => {
                    groups.insert(name.to_string());
                }
                // Parties are no armed groups; the corpus has no sentences for them yet.
                ActorKind::Party | ActorKind::Metonym | ActorKind::Other => {}
            }
        }
        let agents: BTreeSet<String> = dicts
            .agents
            .entries()
            .iter()
            .filter_map(|a| a.phrases.first())
            .map(|p| p.text.clone())
            .filter(|t| t.split(' ').count() <= 3 && t.bytes().all(|b| b.is_ascii_lowercase() || b == b' '))
            .collect();
        let verbs: BTreeSet<String> = dicts
            .verbs
            .verbs
            .iter()
            .filter(|v| v.code.is_some() && v.before.is_empty() && v.after.is_empty() && !v.separable)
            .filter_map(|v| {
                v.forms
                    .iter()
                    .find(|f| f.ends_with("ed") && f.bytes().all(|b| b.is_ascii_lowercase()))
            })
            .cloned()
            .collect();
        let mut cities = BTreeSet::new();
        let mut features = BTreeSet::new();
        for place in gazetteer.places() {
            if !plain(&place.name) {
                continue;
            }
            match place.kind {
                PlaceKind::City | PlaceKind::Capital if place.population >= MIN_CITY_POPULATION => {
                    cities.insert(place.name.clone());
                }
                PlaceKind::Feature(
                    FeatureKind::Strait
                    | FeatureKind::Sea
                    | FeatureKind::Region
                    | FeatureKind::Crossing
                    | FeatureKind::Port,
                ) => {
                    features.insert(place.name.clone());
                }
                _ => {}
            }
        }
        if countries.is_empty() {
            countries.push(Country {
                name: "Gondor".to_string(),
                adjective: "Gondorian".to_string(),
                capital: Some("Minas Tirith".to_string()),
            });
        }
        Vocabulary {
            countries,
            people: non_empty(people, "Aragorn"),
            organisations: non_empty(organisations, "United Nations"),
            groups: non_empty(groups, "Rohirrim"),
            agents: non_empty(agents, "government"),
            verbs: non_empty(verbs, "criticized"),
            cities: non_empty(cities, "Osgiliath"),
            features: non_empty(features, "Anduin"),
        }
    }
}

/// ASCII letters, spaces, hyphens, apostrophes and dots only, starting with a capital.
fn plain(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'-' | b'\'' | b'.'))
}

/// "Iranian", "Chinese", "South Korean", "Iraqi": one or two words, an adjective's ending.
fn is_adjective(text: &str) -> bool {
    text.split(' ').count() <= 2
        && !text.contains(" of")
        && !text.ends_with('s')
        && ["an", "ese", "ish", "i", "ic", "ch"]
            .iter()
            .any(|end| text.ends_with(end))
}

fn non_empty(set: BTreeSet<String>, fallback: &str) -> Vec<String> {
    if set.is_empty() {
        vec![fallback.to_string()]
    } else {
        set.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_vocabulary_is_rich() {
        let v = Vocabulary::bundled();
        assert!(v.countries.len() > 100, "{}", v.countries.len());
        assert!(v.people.len() > 50, "{}", v.people.len());
        assert!(v.agents.len() > 50, "{}", v.agents.len());
        assert!(v.verbs.len() > 50, "{}", v.verbs.len());
        assert!(v.cities.len() > 100, "{}", v.cities.len());
        assert!(v.countries.iter().any(|c| c.name == "Iran" && c.adjective == "Iranian"));
    }
}
