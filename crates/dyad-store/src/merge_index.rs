//! The merge index (`events_dedup`, schema version 4): what it holds of an event, and the SQL
//! functions that compute it.
//!
//! Every new mention looks up the events it may join, and every event it founds is inserted
//! into this index at a random place. At 100,000 articles the covering index of schema version
//! 3 (~90 bytes an entry, 189 MB) no longer fitted the writer's page cache, and each batch of
//! 500 articles read, dirtied and wrote back ~7,000 of its leaves: the writer's time per
//! article grew 2.4× between 10,000 and 100,000 articles. Version 4 keeps ~22 bytes an entry:
//!
//! - the actor pair as one 32-bit hash of the two blocks ([`pair_key`]), then `negated`;
//! - the start and end dates as day numbers (`unixepoch(date) / 86400`, days since 1970);
//! - the event's kind, country and latitude band packed into one integer ([`Class`]).
//!
//! The lookup reads those from the index alone, drops the candidates they rule out (vague
//! dates, other kinds, other countries, places too far apart by latitude: at 100,000 articles
//! all but ~1% of the entries in range besides the events mentions join; BENCHMARKS.md, the
//! eleventh session), and reads the rows of the rest to apply the rule itself
//! ([`crate::dedup::compatible`]). Every filter here is a necessary condition of the rule, so
//! the events found are exactly those the rule accepts: hashes that collide or bands that
//! cannot tell only cost a row read.
//!
//! The two functions are part of the schema: every connection that writes events (or
//! rebuilds or checks the index: `VACUUM`, `PRAGMA integrity_check`) must have them
//! ([`register_functions`]; a [`crate::Store`] does it on opening). Any other SQLite client
//! reads the store as before; only its writes to `events` fail ("no such function").

use crate::dedup::{self, DedupKey, DedupOptions};
use chrono::NaiveDate;
use rusqlite::Connection;
use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::ValueRef;
use xxhash_rust::xxh3::xxh3_64;

/// SQL name of [`pair_key`] over `(source_block, target_block)`.
pub(crate) const PAIR_FN: &str = "dyad_merge_pair";
/// SQL name of [`Class::of`] over `(cameo_root, plover_type, location_country, lat, lon)`.
pub(crate) const CLASS_FN: &str = "dyad_merge_class";

/// The index's key for an actor pair: 32 bits of xxh3 over both blocks (an SQLite integer of
/// four bytes). Equal blocks give equal keys; the rare pairs that share a key are told apart
/// by the rule on their rows.
pub fn pair_key(source_block: &[u8], target_block: &[u8]) -> i64 {
    let mut bytes = Vec::with_capacity(source_block.len() + target_block.len() + 1);
    bytes.extend_from_slice(source_block);
    // A separator byte that no block holds: ("AB", "C") and ("A", "BC") differ.
    bytes.push(0x1f);
    bytes.extend_from_slice(target_block);
    i64::from(xxh3_64(&bytes) as u32 as i32)
}

/// The pair key of a mention's dedup key.
pub(crate) fn pair_key_of(key: &DedupKey) -> i64 {
    pair_key(
        dedup::actor_block(&key.source_key).as_bytes(),
        dedup::actor_block(&key.target_key).as_bytes(),
    )
}

/// A date as the index's day number: days since 1970-01-01, what SQLite's
/// `unixepoch(date) / 86400` gives for a `YYYY-MM-DD` of the years 0000–9999 (a test checks).
pub(crate) fn day_number(d: NaiveDate) -> i64 {
    (d - EPOCH).num_days()
}

const EPOCH: NaiveDate = match NaiveDate::from_ymd_opt(1970, 1, 1) {
    Some(d) => d,
    None => panic!("1970-01-01 is a date"),
};

/// Whether SQLite's date functions read `d` as stored (`YYYY-MM-DD`, years 0000–9999): other
/// years are written in another form, for which `unixepoch` gives NULL.
pub(crate) fn has_day_number(d: NaiveDate) -> bool {
    use chrono::Datelike;
    (0..=9999).contains(&d.year())
}

/// An event's kind, country and latitude band in one integer below 2^29 (four bytes in the
/// index), coarse enough to be small and exact enough that a zero part means "unknown", never
/// a wrong answer:
///
/// | bits | part | value |
/// |---|---|---|
/// | 0–6 | CAMEO root | its number + 1 when it is one or two digits, else 0 |
/// | 7–12 | PLOVER type | 1 + (xxh3 mod 63), 0 when none |
/// | 13–20 | location country | 1 + (xxh3 mod 255), 0 when none |
/// | 21–28 | latitude band | ⌊lat⌋ + 91 when lat (in −90…90) and lon are both known, else 0 |
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Class(pub i64);

impl Class {
    pub fn of(
        cameo_root: Option<&[u8]>,
        plover_type: Option<&[u8]>,
        location_country: Option<&[u8]>,
        lat: Option<f64>,
        lon: Option<f64>,
    ) -> Class {
        let root = cameo_root
            .filter(|r| (1..=2).contains(&r.len()) && r.iter().all(u8::is_ascii_digit))
            .map_or(0, |r| r.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')) + 1);
        let hashed = |v: Option<&[u8]>, buckets: u64| v.map_or(0, |v| (xxh3_64(v) % buckets) as i64 + 1);
        let band = match (lat, lon) {
            (Some(lat), Some(_)) if (-90.0..=90.0).contains(&lat) => lat.floor() as i64 + 91,
            _ => 0,
        };
        Class(root | hashed(plover_type, 63) << 7 | hashed(location_country, 255) << 13 | band << 21)
    }

    /// The class of a mention's dedup key (the same columns an event stores from it).
    pub(crate) fn of_key(key: &DedupKey) -> Class {
        Class::of(
            Some(key.cameo_root.as_bytes()),
            key.plover_type.as_deref().map(str::as_bytes),
            key.location_country.as_deref().map(str::as_bytes),
            key.lat,
            key.lon,
        )
    }

    fn root(self) -> i64 {
        self.0 & 0x7f
    }

    fn plover(self) -> i64 {
        (self.0 >> 7) & 0x3f
    }

    fn country(self) -> i64 {
        (self.0 >> 13) & 0xff
    }

    fn band(self) -> i64 {
        (self.0 >> 21) & 0xff
    }

    /// False only when [`dedup::compatible`] is false for any two keys of these classes: not
    /// the same kind (root, or PLOVER type when both have one), two different countries, or
    /// latitudes too far apart for `max_km` (the great-circle distance is at least the
    /// difference in latitude: bands `d` apart are more than `d - 1` degrees apart).
    pub fn may_match(self, other: Class, options: &DedupOptions) -> bool {
        let kind = self.root() == 0
            || other.root() == 0
            || self.root() == other.root()
            || (self.plover() != 0 && self.plover() == other.plover());
        let country = self.country() == 0 || other.country() == 0 || self.country() == other.country();
        let near = self.band() == 0 || other.band() == 0 || {
            let apart = (self.band() - other.band()).abs() - 1;
            // A thousandth less than a degree's length: rounding in `km` never rejects here
            // what it accepts.
            apart <= 0 || (apart as f64) * KM_PER_DEGREE * 0.999 <= options.max_km || options.max_km.is_nan()
        };
        kind && country && near
    }
}

/// The length of a degree of latitude on the sphere `dedup` measures on (6,371 km).
const KM_PER_DEGREE: f64 = 6371.0 * std::f64::consts::PI / 180.0;

/// Registers [`PAIR_FN`] and [`CLASS_FN`] on `conn`: needed before the migration that builds the
/// index and by every statement that writes an event.
pub fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    // Deterministic (SQLite refuses other functions in an index) and innocuous (usable in the
    // schema when `trusted_schema` is off): they read their arguments and nothing else.
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC | FunctionFlags::SQLITE_INNOCUOUS;
    conn.create_scalar_function(PAIR_FN, 2, flags, |ctx| {
        Ok(pair_key(
            &bytes(ctx, 0).unwrap_or_default(),
            &bytes(ctx, 1).unwrap_or_default(),
        ))
    })?;
    conn.create_scalar_function(CLASS_FN, 5, flags, |ctx| {
        Ok(Class::of(
            bytes(ctx, 0).as_deref(),
            bytes(ctx, 1).as_deref(),
            bytes(ctx, 2).as_deref(),
            real(ctx, 3),
            real(ctx, 4),
        )
        .0)
    })
}

/// An argument's text (numbers as SQLite shows them); None for NULL. Never an error: a value
/// another client wrote in an unexpected type still gets a key, and the rule reads the row.
fn bytes(ctx: &Context<'_>, i: usize) -> Option<Vec<u8>> {
    match ctx.get_raw(i) {
        ValueRef::Null => None,
        ValueRef::Text(b) | ValueRef::Blob(b) => Some(b.to_vec()),
        ValueRef::Integer(n) => Some(n.to_string().into_bytes()),
        ValueRef::Real(x) => Some(x.to_string().into_bytes()),
    }
}

/// A numeric argument; None for NULL or text (whose band is then unknown).
fn real(ctx: &Context<'_>, i: usize) -> Option<f64> {
    match ctx.get_raw(i) {
        ValueRef::Real(x) => Some(x),
        ValueRef::Integer(n) => Some(n as f64),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dedup::compatible;

    fn key(root: &str, plover: Option<&str>, country: Option<&str>, place: Option<(f64, f64)>) -> DedupKey {
        let d = dedup::parse_date("2026-03-03");
        DedupKey {
            source_key: "FRAGOV".into(),
            target_key: "DEUGOV".into(),
            negated: false,
            cameo_root: root.into(),
            plover_type: plover.map(str::to_string),
            start: d,
            end: d,
            by_publication: true,
            location_country: country.map(str::to_string),
            lat: place.map(|p| p.0),
            lon: place.map(|p| p.1),
        }
    }

    /// The filter never rules out a pair the rule accepts, over every combination of these
    /// kinds, countries and places, at several distances; and it does rule out most of the
    /// rest.
    #[test]
    fn the_class_filter_keeps_every_compatible_pair() {
        let kinds = [
            ("04", Some("CONSULT")),
            ("03", Some("CONSULT")),
            ("08", Some("CONCEDE")),
            ("08", Some("RETREAT")),
            ("01", None),
            ("x", None),
            ("123", Some("AGREE")),
        ];
        let countries = [None, Some("FRA"), Some("DEU")];
        let places = [
            None,
            Some((48.85, 2.35)),
            Some((49.70, 2.35)),
            Some((50.01, 2.35)),
            Some((52.52, 13.40)),
            Some((-33.9, 151.2)),
            Some((90.0, 0.0)),
            Some((89.5, 180.0)),
        ];
        let mut keys = Vec::new();
        for (root, plover) in kinds {
            for country in countries {
                for place in places {
                    keys.push(key(root, plover, country, place));
                }
            }
        }
        let mut ruled_out = 0;
        let mut incompatible = 0;
        for max_km in [0.0, 50.0, 100.0, 111.0, 112.0, 250.0, 20_000.0] {
            let options = DedupOptions {
                max_km,
                ..DedupOptions::default()
            };
            for a in &keys {
                for b in &keys {
                    let may = Class::of_key(a).may_match(Class::of_key(b), &options);
                    let is = compatible(a, b, &options);
                    assert!(may || !is, "{a:?}\n{b:?}\nmax_km {max_km}");
                    incompatible += usize::from(!is);
                    ruled_out += usize::from(!may);
                }
            }
        }
        assert!(ruled_out * 10 > incompatible * 7, "{ruled_out} of {incompatible}");
    }

    #[test]
    fn a_class_is_small_and_its_parts_are_unknown_when_absent() {
        let none = Class::of(None, None, None, None, None);
        assert_eq!(none, Class(0));
        let full = Class::of(Some(b"99"), Some(b"X"), Some(b"FRA"), Some(90.0), Some(0.0));
        assert!(full.0 < 1 << 29 && full.0 > 0, "{full:?}");
        assert_eq!(full.root(), 100);
        assert_eq!(full.band(), 181);
        // A latitude without a longitude is never measured by the rule.
        assert_eq!(Class::of(None, None, None, Some(10.0), None).band(), 0);
        assert_eq!(Class::of(None, None, None, Some(f64::NAN), Some(1.0)).band(), 0);
        assert_eq!(Class::of(None, None, None, Some(-90.0), Some(1.0)).band(), 1);
    }

    #[test]
    fn pair_keys_are_32_bit_and_keep_the_blocks_apart() {
        let k = pair_key(b"AB", b"C");
        assert!(i64::from(i32::MIN) <= k && k <= i64::from(i32::MAX));
        assert_ne!(k, pair_key(b"A", b"BC"));
        assert_ne!(pair_key(b"FRA", b"DEU"), pair_key(b"DEU", b"FRA"));
        assert_eq!(pair_key(b"FRA", b""), pair_key(b"FRA", b""));
    }

    /// The SQL functions and the Rust side agree, and SQLite's day numbers are ours.
    #[test]
    fn sql_and_rust_compute_the_same_values() {
        let conn = Connection::open_in_memory().expect("open");
        register_functions(&conn).expect("functions");
        let pair: i64 = conn
            .query_row("SELECT dyad_merge_pair('IRN', '~the gunmen')", [], |r| r.get(0))
            .expect("pair");
        assert_eq!(pair, pair_key(b"IRN", "~the gunmen".as_bytes()));
        let class: i64 = conn
            .query_row("SELECT dyad_merge_class('19', 'ASSAULT', 'SYR', 36.2, 37.1)", [], |r| {
                r.get(0)
            })
            .expect("class");
        assert_eq!(
            Class(class),
            Class::of(Some(b"19"), Some(b"ASSAULT"), Some(b"SYR"), Some(36.2), Some(37.1))
        );
        let class: i64 = conn
            .query_row("SELECT dyad_merge_class('19', NULL, NULL, 36, 37)", [], |r| r.get(0))
            .expect("integer degrees");
        assert_eq!(Class(class), Class::of(Some(b"19"), None, None, Some(36.0), Some(37.0)));
        let day = |d: NaiveDate| -> Option<i64> {
            conn.query_row("SELECT unixepoch(?1) / 86400", [crate::ingest::day(d)], |r| r.get(0))
                .expect("day")
        };
        for (y, m, d) in [
            (0, 1, 1),
            (1, 3, 1),
            (1969, 12, 31),
            (1970, 1, 1),
            (2026, 12, 8),
            (9999, 12, 31),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("date");
            assert!(has_day_number(date));
            assert_eq!(day(date), Some(day_number(date)), "{date}");
        }
        let far = NaiveDate::from_ymd_opt(10000, 1, 1).expect("date");
        assert!(!has_day_number(far));
        assert_eq!(day(far), None);
    }
}
