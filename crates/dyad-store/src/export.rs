//! Stored events in other projects' layouts: GDELT 2.0 event rows and POLECAT-style PLOVER JSON.

use crate::query::StoredEvent;
use serde_json::{Value as Json, json};

/// The 61 columns of the GDELT 2.0 event table, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// A string field of the record at a JSON pointer ("" when null or absent).
fn field(v: &Json, pointer: &str) -> String {
    match v.pointer(pointer) {
        Some(Json::String(s)) => s.clone(),
        Some(Json::Number(n)) => n.to_string(),
        Some(Json::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// One GDELT 2.0 event row (tab-separated, no newline). Unknown fields are empty; country
/// codes are ISO alpha-3 / CAMEO (GDELT's geography columns use FIPS, which dyad does not have).
pub fn gdelt_row(e: &StoredEvent) -> String {
    let r = &e.record;
    let date = field(r, "/date").replace('-', "");
    let mut cells: Vec<String> = vec![e.event.to_string()];
    cells.extend(date_cells(&date));
    cells.extend(actor_cells(r, "/source"));
    cells.extend(actor_cells(r, "/target"));
    let code = field(r, "/cameo/code");
    let root_event = r.pointer("/sentence_index").and_then(Json::as_u64) == Some(0);
    cells.extend([
        u8::from(root_event).to_string(),
        code.clone(),
        code.get(..3).unwrap_or(&code).to_string(),
        field(r, "/cameo/root"),
        field(r, "/cameo/quad_class"),
        field(r, "/cameo/goldstein"),
        e.num_mentions.to_string(),
        e.num_sources.to_string(),
        e.num_articles.to_string(),
        String::new(),
    ]);
    // Actor geographies are unknown: dyad locates the action, not the actors.
    cells.extend(std::iter::repeat_n(String::new(), 16));
    cells.extend(action_geo(r));
    cells.push(e.added_at.replace(['-', 'T', ':', 'Z'], ""));
    cells.push(e.source_url.clone().unwrap_or_default());
    debug_assert_eq!(cells.len(), GDELT_COLUMNS.len());
    cells
        .into_iter()
        .map(|c| c.replace(['\t', '\n', '\r'], " "))
        .collect::<Vec<_>>()
        .join("\t")
}

/// SQLDATE, MonthYear, Year, FractionDate from `YYYYMMDD`.
fn date_cells(date: &str) -> [String; 4] {
    let (Some(y), Some(m), Some(d)) = (date.get(..4), date.get(4..6), date.get(6..8)) else {
        return Default::default();
    };
    let fraction = match (y.parse::<f64>(), m.parse::<f64>(), d.parse::<f64>()) {
        // GDELT's own approximation: (month * 30 + day) / 365.
        (Ok(y), Ok(m), Ok(d)) => format!("{:.4}", y + (m * 30.0 + d) / 365.0),
        _ => String::new(),
    };
    [date.to_string(), format!("{y}{m}"), y.to_string(), fraction]
}

/// Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1/2, Type1–3 of one actor.
fn actor_cells(r: &Json, actor: &str) -> [String; 10] {
    let code = field(r, &format!("{actor}/code"));
    if code.is_empty() && r.pointer(actor).is_none_or(Json::is_null) {
        return Default::default();
    }
    let country = field(r, &format!("{actor}/country"));
    let name = match field(r, &format!("{actor}/entity")) {
        s if s.is_empty() => field(r, &format!("{actor}/text")),
        s => s,
    };
    let rest = code.strip_prefix(country.as_str()).unwrap_or(&code);
    let chunks: Vec<&str> = (0..rest.len())
        .step_by(3)
        .filter_map(|i| rest.get(i..(i + 3).min(rest.len())))
        .collect();
    // IGO/NGO codes name the group after their type ("IGOUNO": type IGO, group UNO).
    let (group, types): (String, Vec<&str>) = match chunks.first() {
        Some(&("IGO" | "NGO" | "IMG" | "MNC")) if chunks.len() > 1 => (chunks[1].to_string(), vec![chunks[0]]),
        _ => (String::new(), chunks),
    };
    let ty = |i: usize| types.get(i).map(|s| s.to_string()).unwrap_or_default();
    [
        code.clone(),
        name.to_uppercase(),
        country,
        group,
        String::new(),
        String::new(),
        String::new(),
        ty(0),
        ty(1),
        ty(2),
    ]
}

/// ActionGeo_Type, FullName, CountryCode, ADM1, ADM2, Lat, Long, FeatureID.
fn action_geo(r: &Json) -> [String; 8] {
    if r.pointer("/location").is_none_or(Json::is_null) {
        return Default::default();
    }
    let name = match field(r, "/location/name") {
        s if s.is_empty() => field(r, "/location/text"),
        s => s,
    };
    let lat = field(r, "/location/lat");
    // GDELT geo types: 1 country, 4 world city (a named, located place).
    let kind = if !lat.is_empty() && !name.is_empty() { "4" } else { "1" };
    [
        kind.to_string(),
        name,
        field(r, "/location/country"),
        String::new(),
        String::new(),
        lat,
        field(r, "/location/lon"),
        String::new(),
    ]
}

/// The QuadClass names PLOVER/POLECAT use.
fn quad_name(q: Option<u64>) -> Json {
    match q {
        Some(1) => json!("VERBAL COOPERATION"),
        Some(2) => json!("MATERIAL COOPERATION"),
        Some(3) => json!("VERBAL CONFLICT"),
        Some(4) => json!("MATERIAL CONFLICT"),
        _ => Json::Null,
    }
}

/// A POLECAT-style PLOVER event (actor/recipient, event type, mode, context), or `None` for an
/// event without a PLOVER type (CAMEO 01/02 roots and codes PLOVER omits).
pub fn plover_event(e: &StoredEvent) -> Option<Json> {
    let r = &e.record;
    let plover = r.get("plover").filter(|p| !p.is_null())?;
    let entity = |side: &str| -> Json {
        match r.get(side).filter(|a| !a.is_null()) {
            None => Json::Null,
            Some(a) => json!([{
                "name": a.get("entity").filter(|v| !v.is_null()).or_else(|| a.get("text")),
                "code": a.get("code"),
                "country": a.get("country"),
                "raw": a.get("text"),
            }]),
        }
    };
    let mode = plover
        .get("mode")
        .filter(|m| !m.is_null())
        .map_or(json!([]), |m| json!([m]));
    Some(json!({
        "id": e.key,
        "date": r.get("date"),
        "date_precision": r.get("date_precision"),
        "event_type": plover.get("type"),
        "mode": mode,
        "context": plover.get("context").cloned().unwrap_or(json!([])),
        "quad_code": quad_name(r.pointer("/cameo/quad_class").and_then(Json::as_u64)),
        "actor": entity("source"),
        "recipient": entity("target"),
        "location": r.get("location"),
        "cameo_code": r.pointer("/cameo/code"),
        "goldstein": r.pointer("/cameo/goldstein"),
        "negated": r.get("negated"),
        "attribution": r.get("attribution"),
        "num_mentions": e.num_mentions,
        "num_articles": e.num_articles,
        "num_sources": e.num_sources,
        "first_seen": e.first_seen,
        "last_seen": e.last_seen,
        "story_id": r.get("article_id"),
        "source_url": e.source_url,
        "event_text": r.get("sentence"),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(record: Json) -> StoredEvent {
        StoredEvent {
            event: 7,
            key: "k".into(),
            record,
            num_mentions: 3,
            num_articles: 2,
            num_sources: 2,
            first_seen: Some("2026-03-03".into()),
            last_seen: Some("2026-03-04".into()),
            source_url: Some("https://x.example/a".into()),
            added_at: "2026-03-05T10:11:12Z".into(),
        }
    }

    #[test]
    fn gdelt_row_has_61_columns_in_order() {
        let e = event(json!({
            "date": "2026-03-03", "sentence_index": 0,
            "source": {"text": "Iran", "code": "IRNGOV", "country": "IRN", "entity": null},
            "target": {"text": "the UN", "code": "IGOUNO", "country": null, "entity": null},
            "cameo": {"code": "042", "root": "04", "goldstein": 1.9, "quad_class": 1},
            "location": null
        }));
        let row = gdelt_row(&e);
        let cells: Vec<&str> = row.split('\t').collect();
        assert_eq!(cells.len(), 61);
        assert_eq!(&cells[..5], ["7", "20260303", "202603", "2026", "2026.2548"]);
        assert_eq!(cells[5], "IRNGOV");
        assert_eq!(cells[7], "IRN");
        assert_eq!(cells[12], "GOV");
        assert_eq!(cells[15], "IGOUNO");
        assert_eq!(cells[18], "UNO");
        assert_eq!(cells[22], "IGO");
        assert_eq!(&cells[25..34], ["1", "042", "042", "04", "1", "1.9", "3", "2", "2"]);
        assert_eq!(cells[59], "20260305101112");
        assert_eq!(cells[60], "https://x.example/a");
    }

    #[test]
    fn plover_needs_a_type() {
        let e = event(json!({"plover": null, "cameo": {"code": "010"}}));
        assert!(plover_event(&e).is_none());
        let e = event(json!({
            "plover": {"type": "CONSULT", "mode": "visit", "context": []},
            "source": {"text": "Mr Wang", "code": "CHNGOV", "country": "CHN", "entity": "Wang Yi"},
            "target": null,
            "cameo": {"code": "042", "quad_class": 1}
        }));
        let p = plover_event(&e).expect("has a type");
        assert_eq!(p["event_type"], "CONSULT");
        assert_eq!(p["mode"], json!(["visit"]));
        assert_eq!(p["actor"][0]["name"], "Wang Yi");
        assert_eq!(p["recipient"], Json::Null);
        assert_eq!(p["quad_code"], "VERBAL COOPERATION");
    }
}
