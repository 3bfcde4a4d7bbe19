//! Choosing one place for a mention.
//!
//! Each candidate gets a score:
//! - prominence: log10 of its population, +1 for a country, +0.5 for a capital, −0.5 for a
//!   US state (its population is its cities' sum; "Washington" means DC first), a fixed 7.0
//!   for a strategic feature (as prominent as a city of ten million: the list only holds
//!   places that make the news); −0.7 if the mention is only an alternate name of it
//!   ("Odessa" is Odessa, Texas's name and an old spelling of Odesa);
//! - context: +2.0 × (article mentions of its country ÷ the most mentions among the
//!   candidates' countries), so the country the article is about wins, and "Georgia" is the
//!   US state only when the USA dominates the article;
//! - dateline: +1.5 if it is in the dateline's country.
//!
//! Context outweighs up to 100× in population (two orders of magnitude): "London" in an
//! article about Canada is London, Ontario; "Paris" in an article about the USA is still
//! Paris, France.

use std::collections::HashMap;

use crate::{Entry, Gazetteer, Place, PlaceKind};

/// What the article says about countries, filled by the caller from coded actors and
/// earlier resolved places.
#[derive(Debug, Clone, Default)]
pub struct Context {
    counts: HashMap<String, u32>,
    dateline: Option<String>,
}

impl Context {
    pub fn new() -> Context {
        Context::default()
    }

    /// Counts one more mention of a country (ISO3, any case).
    pub fn add_country(&mut self, iso3: &str) {
        self.add_country_count(iso3, 1);
    }

    /// Counts `n` more mentions of a country.
    pub fn add_country_count(&mut self, iso3: &str, n: u32) {
        let count = self.counts.entry(iso3.to_ascii_uppercase()).or_insert(0);
        *count = count.saturating_add(n);
    }

    /// Sets the dateline's country (ISO3).
    pub fn set_dateline_country(&mut self, iso3: Option<&str>) {
        self.dateline = iso3.map(str::to_ascii_uppercase);
    }

    /// Mentions counted for a country.
    pub fn count(&self, iso3: &str) -> u32 {
        self.counts.get(&iso3.to_ascii_uppercase()).copied().unwrap_or(0)
    }

    pub fn dateline_country(&self) -> Option<&str> {
        self.dateline.as_deref()
    }
}

/// The chosen place and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution<'g> {
    pub place: &'g Place,
    /// How many places the name could mean.
    pub candidates: usize,
    /// Human-readable: "Tripoli: 2 candidates (LBY capital pop 1.3M, LBN city pop 229k);
    /// article mentions LBN 3x → Tripoli, LBN".
    pub why: String,
}

const CONTEXT_WEIGHT: f64 = 2.0;
/// Cities smaller than this get no help from the article's countries (see `score`).
const CONTEXT_MIN_POPULATION: u64 = 100_000;
const DATELINE_WEIGHT: f64 = 1.5;
const ALTERNATE_PENALTY: f64 = 0.7;
const FEATURE_PROMINENCE: f64 = 7.0;
/// A state's population is the sum of its cities'; news names the capital city more often
/// ("Washington" is DC before it is the state, "New York" the city before the state).
const ADMIN1_DISCOUNT: f64 = 0.5;
/// Candidates listed in `why`.
const WHY_LIMIT: usize = 4;

/// How prominent a place is, before context (see the module documentation).
pub(crate) fn prominence(place: &Place) -> f64 {
    let size = (place.population.max(1) as f64).log10();
    match place.kind {
        PlaceKind::Country => size + 1.0,
        PlaceKind::Capital => size + 0.5,
        PlaceKind::Admin1 => size - ADMIN1_DISCOUNT,
        PlaceKind::City => size,
        PlaceKind::Feature(_) => FEATURE_PROMINENCE,
    }
}

struct Scored<'g> {
    place: &'g Place,
    score: f64,
    context: u32,
    dateline: bool,
}

impl Gazetteer {
    /// The place a mention most likely means in this article, or `None` if the name is not
    /// in the gazetteer.
    pub fn resolve(&self, mention: &str, context: &Context) -> Option<Resolution<'_>> {
        let entries = self.entries(&crate::normalize::key(mention));
        let max_count = entries
            .iter()
            .filter_map(|e| self.place(*e).country.as_deref())
            .map(|c| context.count(c))
            .max()
            .unwrap_or(0);
        let mut scored: Vec<Scored<'_>> = entries.iter().map(|e| self.score(*e, context, max_count)).collect();
        scored.sort_by(|a, b| b.score.total_cmp(&a.score));
        let best = scored.first()?;
        Some(Resolution {
            place: best.place,
            candidates: scored.len(),
            why: explain(mention, &scored, context),
        })
    }

    fn score(&self, entry: Entry, context: &Context, max_count: u32) -> Scored<'_> {
        let place = self.place(entry);
        let mut score = prominence(place);
        if !entry.primary {
            score -= ALTERNATE_PENALTY;
        }
        let country = place.country.as_deref();
        let count = country.map_or(0, |c| context.count(c));
        // A small town that shares a famous city's name ("Geneva", Illinois) is written with
        // its state; the article's countries only promote places news names bare.
        let bare_name = place.population >= CONTEXT_MIN_POPULATION || !matches!(place.kind, PlaceKind::City);
        if max_count > 0 && bare_name {
            score += CONTEXT_WEIGHT * f64::from(count) / f64::from(max_count);
        }
        let dateline = country.is_some() && country == context.dateline_country();
        if dateline {
            score += DATELINE_WEIGHT;
        }
        Scored {
            place,
            score,
            context: count,
            dateline,
        }
    }
}

fn explain(mention: &str, scored: &[Scored<'_>], context: &Context) -> String {
    let best = &scored[0];
    let name = &best.place.name;
    let code = best.place.country.as_deref().unwrap_or("no country");
    if scored.len() == 1 {
        return format!("{mention}: 1 candidate ({}) → {name}, {code}", describe(best.place));
    }
    let listed: Vec<String> = scored.iter().take(WHY_LIMIT).map(|s| describe(s.place)).collect();
    let more = scored.len().saturating_sub(WHY_LIMIT);
    let more = if more > 0 {
        format!(", {more} more")
    } else {
        String::new()
    };
    let mut reasons = Vec::new();
    if best.context > 0 {
        reasons.push(format!("article mentions {code} {}x", best.context));
    }
    if best.dateline {
        reasons.push(format!("dateline in {code}"));
    }
    let top_by_size = scored.iter().map(|s| prominence(s.place)).fold(f64::MIN, f64::max);
    if reasons.is_empty() || prominence(best.place) >= top_by_size {
        reasons.push(if context.counts.is_empty() && context.dateline.is_none() {
            "no article context; most prominent".to_string()
        } else {
            "most prominent".to_string()
        });
    }
    format!(
        "{mention}: {} candidates ({}{more}); {} → {name}, {code}",
        scored.len(),
        listed.join(", "),
        reasons.join("; ")
    )
}

/// "LBY capital pop 1.3M", "no country strait".
fn describe(place: &Place) -> String {
    let code = place.country.as_deref().unwrap_or("-");
    match place.kind {
        PlaceKind::Feature(_) => format!("{code} {}", place.kind.label()),
        kind => format!("{code} {} pop {}", kind.label(), short_number(place.population)),
    }
}

fn short_number(n: u64) -> String {
    match n {
        0..=999 => n.to_string(),
        1_000..=999_999 => format!("{}k", n / 1_000),
        _ => format!("{:.1}M", n as f64 / 1e6),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(name: &str, countries: &[(&str, u32)]) -> Resolution<'static> {
        let mut ctx = Context::new();
        for (c, n) in countries {
            ctx.add_country_count(c, *n);
        }
        Gazetteer::embedded()
            .resolve(name, &ctx)
            .unwrap_or_else(|| panic!("{name} not found"))
    }

    fn country(r: &Resolution<'_>) -> String {
        r.place.country.clone().unwrap_or_default()
    }

    #[test]
    fn context_decides_ambiguous_names() {
        assert_eq!(country(&resolve("Tripoli", &[])), "LBY");
        let r = resolve("Tripoli", &[("LBN", 3)]);
        assert_eq!(country(&r), "LBN");
        assert!(r.why.contains("article mentions LBN 3x"), "{}", r.why);
        assert_eq!(resolve("Georgia", &[]).place.kind, PlaceKind::Country);
        assert_eq!(resolve("Georgia", &[("USA", 4)]).place.kind, PlaceKind::Admin1);
        assert_eq!(
            resolve("Georgia", &[("USA", 1), ("GEO", 2)]).place.kind,
            PlaceKind::Country
        );
        assert_eq!(country(&resolve("Paris", &[("USA", 5)])), "FRA");
        assert_eq!(country(&resolve("London", &[("CAN", 2)])), "CAN");
        assert_eq!(country(&resolve("Hyderabad", &[("PAK", 1)])), "PAK");
        // A small American Geneva does not beat the Swiss city because the story is about
        // the United States.
        assert_eq!(country(&resolve("Geneva", &[("USA", 5)])), "CHE");
    }

    #[test]
    fn dateline_breaks_ties() {
        let mut ctx = Context::new();
        ctx.set_dateline_country(Some("lbn"));
        let r = Gazetteer::embedded().resolve("Tripoli", &ctx).map(|r| country(&r));
        assert_eq!(r.as_deref(), Some("LBN"));
    }

    #[test]
    fn countries_and_features() {
        let r = resolve("Syria", &[]);
        assert_eq!(r.place.kind, PlaceKind::Country);
        assert_eq!(r.candidates, 1);
        assert!(r.why.starts_with("Syria: 1 candidate"), "{}", r.why);
        assert_eq!(country(&resolve("the West Bank", &[])), "PSE");
        assert!(
            Gazetteer::embedded()
                .resolve("Atlantis Prime", &Context::new())
                .is_none()
        );
    }

    #[test]
    fn numbers_read_short() {
        assert_eq!(short_number(229_398), "229k");
        assert_eq!(short_number(1_302_947), "1.3M");
    }
}
