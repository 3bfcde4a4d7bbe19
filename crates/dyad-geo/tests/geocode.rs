//! Geocoding accuracy on 50 names chosen by the project: cities, countries, strategic
//! features, and ten ambiguous names each with an article context. Expected countries and
//! coordinates are public facts (a country's point is its capital, a US state's its capital).
//! Passing: at least 90% with the right country AND within 50 km.

use dyad_geo::{Context, Gazetteer};

/// (name, context countries with counts, expected ISO3 or "-" for none, lat, lon)
type Case = (&'static str, &'static [(&'static str, u32)], &'static str, f64, f64);

const CASES: &[Case] = &[
    // Cities
    ("Kyiv", &[], "UKR", 50.45, 30.52),
    ("Kharkiv", &[], "UKR", 49.99, 36.23),
    ("Odessa", &[], "UKR", 46.48, 30.73),
    ("Mariupol", &[], "UKR", 47.10, 37.55),
    ("Aleppo", &[], "SYR", 36.20, 37.16),
    ("Damascus", &[], "SYR", 33.51, 36.29),
    ("Gaza City", &[], "PSE", 31.50, 34.47),
    ("Khan Younis", &[], "PSE", 31.34, 34.31),
    ("Beirut", &[], "LBN", 33.89, 35.50),
    ("Hodeidah", &[], "YEM", 14.80, 42.95),
    ("Sanaa", &[], "YEM", 15.35, 44.21),
    ("Mosul", &[], "IRQ", 36.34, 43.13),
    ("Tehran", &[], "IRN", 35.69, 51.39),
    ("Kabul", &[], "AFG", 34.53, 69.17),
    ("Khartoum", &[], "SDN", 15.50, 32.56),
    ("Mogadishu", &[], "SOM", 2.04, 45.34),
    ("Goma", &[], "COD", -1.68, 29.22),
    ("Caracas", &[], "VEN", 10.49, -66.88),
    ("Taipei", &[], "TWN", 25.03, 121.56),
    ("Pyongyang", &[], "PRK", 39.03, 125.75),
    ("Zürich", &[], "CHE", 47.37, 8.54),
    ("St. Petersburg", &[], "RUS", 59.94, 30.31),
    ("Bamako", &[], "MLI", 12.65, -8.00),
    ("Tel Aviv", &[], "ISR", 32.08, 34.78),
    // Countries (capital points)
    ("Syria", &[], "SYR", 33.51, 36.29),
    ("Côte d'Ivoire", &[], "CIV", 6.82, -5.28),
    ("Burma", &[], "MMR", 19.75, 96.13),
    ("the UK", &[], "GBR", 51.51, -0.13),
    ("the US", &[], "USA", 38.90, -77.04),
    ("DRC", &[], "COD", -4.32, 15.31),
    ("Türkiye", &[], "TUR", 39.93, 32.86),
    ("Palestine", &[], "PSE", 31.78, 35.23),
    // Strategic features
    ("Strait of Hormuz", &[], "-", 26.57, 56.25),
    ("Rafah crossing", &[], "PSE", 31.25, 34.26),
    ("Bab el-Mandeb", &[], "-", 12.58, 43.33),
    ("Crimea", &[], "UKR", 45.30, 34.40),
    ("the Golan Heights", &[], "SYR", 33.00, 35.78),
    ("Zaporizhzhia nuclear power plant", &[], "UKR", 47.51, 34.59),
    ("Natanz", &[], "IRN", 33.72, 51.73),
    ("Al Udeid Air Base", &[], "QAT", 25.12, 51.31),
    // Ambiguous names, decided by context
    ("Tripoli", &[("LBN", 3)], "LBN", 34.44, 35.85),
    ("Tripoli", &[("LBY", 2), ("EGY", 1)], "LBY", 32.89, 13.19),
    ("Georgia", &[("USA", 4)], "USA", 33.75, -84.39),
    ("Georgia", &[("GEO", 2), ("USA", 1)], "GEO", 41.69, 44.83),
    ("Paris", &[("USA", 3)], "FRA", 48.86, 2.35),
    ("London", &[("CAN", 3)], "CAN", 42.98, -81.25),
    ("Hyderabad", &[("PAK", 2)], "PAK", 25.39, 68.37),
    ("Córdoba", &[("ESP", 2)], "ESP", 37.88, -4.77),
    ("Birmingham", &[("USA", 2)], "USA", 33.52, -86.80),
    ("San Jose", &[("CRI", 2)], "CRI", 9.93, -84.08),
];

fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

#[test]
fn geocodes_fifty_names() {
    assert_eq!(CASES.len(), 50);
    let gazetteer = Gazetteer::embedded();
    let mut right = 0;
    for &(name, counts, want, lat, lon) in CASES {
        let mut context = Context::new();
        for &(code, n) in counts {
            context.add_country_count(code, n);
        }
        let Some(found) = gazetteer.resolve(name, &context) else {
            println!("MISS  {name}: not found");
            continue;
        };
        let country = found.place.country.as_deref().unwrap_or("-");
        let km = haversine_km(lat, lon, found.place.lat, found.place.lon);
        let ok = country == want && km <= 50.0;
        right += usize::from(ok);
        let mark = if ok { "ok  " } else { "MISS" };
        println!(
            "{mark}  {name}: {country} ({:.2}, {:.2}) {km:.0} km — {}",
            found.place.lat, found.place.lon, found.why
        );
    }
    println!("{right}/{} right", CASES.len());
    assert!(right * 10 >= CASES.len() * 9, "{right}/{} right", CASES.len());
}
