//! The deduplication rule: when two mentions report the same real-world event.
//!
//! Two mentions are the same event when all of these hold:
//! - the same source and the same target, and the same `negated`: actors are compared by code,
//!   where a code also matches a more specific code it begins (on three-letter boundaries: "IRN"
//!   matches "IRNGOV": a report that names the country, another the government), unless
//!   `exact_actors`; an uncoded actor by its lower-cased text; an absent one only absent;
//! - same CAMEO root, or the same PLOVER type when both have one;
//! - their date intervals overlap: a day, the week or month or year of the date, or the
//!   `date_range`; a mention dated only by its article's publication date (no
//!   `date_evidence`) may report an event up to `window_days` before it, so its interval starts that
//!   much earlier (news reports yesterday's events; a date resolved from the text is taken as
//!   given). A mention without a date, or dated only vaguely (an interval longer than
//!   [`MAX_MERGE_SPAN_DAYS`]: "this year", "since 2023"), never merges: such a span says when a
//!   state held, not when an event happened;
//! - compatible locations: when both name a country they are equal, and when both have
//!   coordinates they lie within `max_km` of each other.
//!
//! Clustering is greedy in mention order: a mention joins the compatible event whose founding
//! mention's date is nearest (then the oldest event), else it founds a new event. An event is
//! compared through its founding mention only, so clusters do not drift by chaining. The
//! same function serves ingest (incrementally) and `recluster` (from scratch), so both give the
//! same clusters for the same mentions in the same order.

use chrono::{Datelike, Duration, NaiveDate};
use dyad_code::record::{ActorRecord, EventRecord};

/// Mentions dated by a longer interval than this (days) are not merged.
pub const MAX_MERGE_SPAN_DAYS: i64 = 31;

/// Settings of the rule, kept in the store so later ingests use what `recluster` chose.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DedupOptions {
    /// Days before its publication date that the event of a publication-dated mention may lie.
    pub window_days: i64,
    /// Largest distance between two located mentions of one event, in kilometres.
    pub max_km: f64,
    /// Actor codes must be equal (else a code matches the more specific codes it begins).
    pub exact_actors: bool,
}

impl Default for DedupOptions {
    fn default() -> Self {
        DedupOptions {
            window_days: 1,
            max_km: 100.0,
            exact_actors: false,
        }
    }
}

/// What the rule compares: of a mention, or of an event's founding mention.
#[derive(Debug, Clone, PartialEq)]
pub struct DedupKey {
    pub source_key: String,
    pub target_key: String,
    pub negated: bool,
    pub cameo_root: String,
    pub plover_type: Option<String>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// The date is the article's publication date, not a date resolved from the text.
    pub by_publication: bool,
    pub location_country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

impl DedupKey {
    pub fn of(record: &EventRecord) -> DedupKey {
        let (start, end) = match interval(
            record.date.as_deref(),
            record.date_precision.as_deref(),
            record.date_range.as_ref(),
        ) {
            Some((s, e)) => (Some(s), Some(e)),
            None => (None, None),
        };
        let location = record.location.as_ref();
        // No date phrase dated it: the date is the article's publication date.
        let by_publication = record.date.is_some() && record.date_evidence.is_none();
        DedupKey {
            source_key: actor_key(record.source.as_ref()),
            target_key: actor_key(record.target.as_ref()),
            negated: record.negated,
            cameo_root: record.cameo.root.clone(),
            plover_type: record.plover.as_ref().map(|p| p.event_type.clone()),
            start,
            end,
            by_publication,
            location_country: location.and_then(|l| l.country.clone()),
            lat: location.and_then(|l| l.lat),
            lon: location.and_then(|l| l.lon),
        }
    }

    /// The days the event may lie on: its interval, reaching `window_days` earlier when the
    /// date is only the publication date.
    pub fn window(&self, options: &DedupOptions) -> Option<(NaiveDate, NaiveDate)> {
        let lag = if self.by_publication {
            Duration::days(options.window_days.max(0))
        } else {
            Duration::zero()
        };
        Some((self.start? - lag, self.end?))
    }
}

/// An actor as the rule sees it: its code, else its text (lower-cased), else empty.
pub fn actor_key(actor: Option<&ActorRecord>) -> String {
    match actor {
        None => String::new(),
        Some(ActorRecord { code: Some(code), .. }) => code.clone(),
        Some(a) => format!("~{}", a.text.to_lowercase()),
    }
}

/// Whether `mention` may join the event founded by `core`.
pub fn compatible(core: &DedupKey, mention: &DedupKey, options: &DedupOptions) -> bool {
    same_actor(&core.source_key, &mention.source_key, options)
        && same_actor(&core.target_key, &mention.target_key, options)
        && core.negated == mention.negated
        && same_kind(core, mention)
        && dates_overlap(core, mention, options)
        && places_compatible(core, mention, options)
}

/// Equal keys, or (unless exact) two codes of which one begins the other at a sector boundary.
fn same_actor(a: &str, b: &str, options: &DedupOptions) -> bool {
    if a == b {
        return true;
    }
    if options.exact_actors || a.is_empty() || b.is_empty() || a.starts_with('~') || b.starts_with('~') {
        return false;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    long.starts_with(short) && short.len() % 3 == 0
}

/// What the candidate lookup groups actors by: a code's first three letters (its country or
/// organisation type), anything else whole. Actors that [`compatible`] may match share it.
pub fn actor_block(key: &str) -> &str {
    if key.starts_with('~') {
        return key;
    }
    key.get(..3).unwrap_or(key)
}

fn same_kind(a: &DedupKey, b: &DedupKey) -> bool {
    a.cameo_root == b.cameo_root || (a.plover_type.is_some() && a.plover_type == b.plover_type)
}

fn dates_overlap(a: &DedupKey, b: &DedupKey, options: &DedupOptions) -> bool {
    let (Some((lo_a, hi_a)), Some((lo_b, hi_b))) = (a.window(options), b.window(options)) else {
        return false;
    };
    let precise = |k: &DedupKey| match (k.start, k.end) {
        (Some(s), Some(e)) => (e - s).num_days() <= MAX_MERGE_SPAN_DAYS,
        _ => false,
    };
    precise(a) && precise(b) && lo_b <= hi_a && hi_b >= lo_a
}

fn places_compatible(a: &DedupKey, b: &DedupKey, options: &DedupOptions) -> bool {
    if let (Some(x), Some(y)) = (&a.location_country, &b.location_country)
        && x != y
    {
        return false;
    }
    match (a.lat, a.lon, b.lat, b.lon) {
        (Some(lat1), Some(lon1), Some(lat2), Some(lon2)) => km(lat1, lon1, lat2, lon2) <= options.max_km,
        _ => true,
    }
}

/// Great-circle distance (haversine), in kilometres.
fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Among compatible candidates `(event id, founding key)`, the one to join: nearest founding
/// date, then the same actor codes rather than nested ones, then the oldest event.
pub fn choose<'a>(mention: &DedupKey, candidates: impl Iterator<Item = (i64, &'a DedupKey)>) -> Option<i64> {
    let start = mention.start?;
    candidates
        .filter_map(|(id, core)| {
            let nested = core.source_key != mention.source_key || core.target_key != mention.target_key;
            Some(((core.start? - start).num_days().abs(), nested, id))
        })
        .min()
        .map(|(_, _, id)| id)
}

/// The days a record's date covers: its `date_range`, else the day, week, month or year of
/// `date` by its precision (a day when the precision is unknown).
pub fn interval(
    date: Option<&str>,
    precision: Option<&str>,
    range: Option<&[String; 2]>,
) -> Option<(NaiveDate, NaiveDate)> {
    if let Some([a, b]) = range
        && let (Some(a), Some(b)) = (parse_date(a), parse_date(b))
    {
        return Some((a.min(b), a.max(b)));
    }
    let day = parse_date(date?)?;
    let span = match precision {
        Some("week") => (day, day + Duration::days(6)),
        Some("month") => (day.with_day(1)?, last_of_month(day)?),
        Some("year") => (
            NaiveDate::from_ymd_opt(day.year(), 1, 1)?,
            NaiveDate::from_ymd_opt(day.year(), 12, 31)?,
        ),
        _ => (day, day),
    };
    Some(span)
}

/// `YYYY-MM-DD`, `YYYY-MM` (first of the month) or `YYYY` (1 January).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    match s.len() {
        4 => NaiveDate::from_ymd_opt(s.parse().ok()?, 1, 1),
        7 => NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").ok(),
        _ => NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok(),
    }
}

fn last_of_month(day: NaiveDate) -> Option<NaiveDate> {
    let (y, m) = if day.month() == 12 {
        (day.year() + 1, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(src: &str, tgt: &str, root: &str, plover: Option<&str>, date: &str) -> DedupKey {
        let d = parse_date(date);
        DedupKey {
            source_key: src.into(),
            target_key: tgt.into(),
            negated: false,
            cameo_root: root.into(),
            plover_type: plover.map(str::to_string),
            start: d,
            end: d,
            by_publication: true,
            location_country: None,
            lat: None,
            lon: None,
        }
    }

    #[test]
    fn same_dyad_kind_and_day_merge() {
        let o = DedupOptions::default();
        let a = key("FRAGOV", "DEUGOV", "04", Some("CONSULT"), "2026-03-03");
        assert!(compatible(
            &a,
            &key("FRAGOV", "DEUGOV", "04", Some("CONSULT"), "2026-03-04"),
            &o
        ));
        // A different root with the same PLOVER type is the same kind of event.
        assert!(compatible(
            &a,
            &key("FRAGOV", "DEUGOV", "03", Some("CONSULT"), "2026-03-03"),
            &o
        ));
    }

    #[test]
    fn near_misses_stay_apart() {
        let o = DedupOptions::default();
        let a = key("FRAGOV", "DEUGOV", "04", Some("CONSULT"), "2026-03-03");
        assert!(!compatible(
            &a,
            &key("FRAGOV", "DEUGOV", "04", Some("CONSULT"), "2026-03-05"),
            &o
        ));
        // Dates resolved from the text are taken as given: the next day is another day.
        let mut resolved = a.clone();
        resolved.by_publication = false;
        let mut next = key("FRAGOV", "DEUGOV", "04", Some("CONSULT"), "2026-03-04");
        next.by_publication = false;
        assert!(!compatible(&resolved, &next, &o));
        assert!(compatible(&resolved, &resolved.clone(), &o));
        assert!(!compatible(
            &a,
            &key("DEUGOV", "FRAGOV", "04", Some("CONSULT"), "2026-03-03"),
            &o
        ));
        assert!(!compatible(
            &a,
            &key("FRAGOV", "DEUGOV", "11", Some("ACCUSE"), "2026-03-03"),
            &o
        ));
        assert!(!compatible(
            &a,
            &key("FRAMIL", "DEUGOV", "04", Some("CONSULT"), "2026-03-03"),
            &o
        ));
        let mut undated = a.clone();
        undated.start = None;
        undated.end = None;
        assert!(!compatible(&undated, &undated, &o));
        let mut elsewhere = a.clone();
        elsewhere.location_country = Some("FRA".into());
        let mut here = a.clone();
        here.location_country = Some("DEU".into());
        assert!(!compatible(&elsewhere, &here, &o));
        assert!(compatible(&elsewhere, &a, &o));
        let mut vague = a.clone();
        vague.start = parse_date("2023-01-01");
        assert!(!compatible(&vague, &a, &o));
        assert!(!compatible(&a, &vague, &o));
    }

    #[test]
    fn a_country_matches_its_more_specific_codes() {
        let o = DedupOptions::default();
        let a = key("IRN", "ISR", "11", Some("ACCUSE"), "2026-03-03");
        let b = key("IRNGOV", "ISR", "11", Some("ACCUSE"), "2026-03-03");
        assert!(compatible(&a, &b, &o));
        assert!(compatible(&b, &a, &o));
        let exact = DedupOptions {
            exact_actors: true,
            ..o
        };
        assert!(!compatible(&a, &b, &exact));
        // "IGO" begins both, but neither code begins the other.
        assert!(!same_actor("IGOEUREEC", "IGOUNO", &o));
        assert!(!same_actor("IRNG", "IRNGOV", &o));
        assert!(!same_actor("", "IRN", &o));
        assert_eq!(actor_block("IRNGOV"), "IRN");
        assert_eq!(actor_block("~the gunmen"), "~the gunmen");
        assert_eq!(actor_block(""), "");
    }

    #[test]
    fn precision_widens_the_interval() {
        let month = interval(Some("2026-02-01"), Some("month"), None);
        assert_eq!(
            month,
            Some((parse_date("2026-02-01").unwrap(), parse_date("2026-02-28").unwrap()))
        );
        let range = ["2026-02-28".to_string(), "2026-03-01".to_string()];
        let r = interval(Some("2026-02-28"), Some("range"), Some(&range));
        assert_eq!(
            r,
            Some((parse_date("2026-02-28").unwrap(), parse_date("2026-03-01").unwrap()))
        );
        assert_eq!(interval(None, None, None), None);
        assert_eq!(interval(Some("garbage"), Some("day"), None), None);
    }

    #[test]
    fn nearest_founding_date_wins() {
        let m = key("A", "B", "04", None, "2026-03-05");
        let far = key("A", "B", "04", None, "2026-03-04");
        let near = key("A", "B", "04", None, "2026-03-05");
        assert_eq!(choose(&m, [(1, &far), (2, &near)].into_iter()), Some(2));
        assert_eq!(choose(&m, [(3, &near), (2, &near)].into_iter()), Some(2));
    }

    #[test]
    fn distance() {
        // Paris–Berlin is about 880 km.
        let d = km(48.8566, 2.3522, 52.52, 13.405);
        assert!((850.0..900.0).contains(&d), "{d}");
    }
}
