//! The read API: events, one event with its evidence, actors, dyad series, the actor network,
//! articles. Filters are the `dyad events` filters, passed to the store as parameters.

use crate::State;
use crate::error::ApiError;
use crate::evidence;
use axum::Json;
use axum::extract::{Path, Query};
use dyad_store::Store;
use dyad_store::query::{EventFilter, Period, Sort};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::ops::ControlFlow;

/// Most events one page lists.
const MAX_LIMIT: usize = 500;
/// Deepest page: an offset skips rows one by one.
const MAX_OFFSET: usize = 10_000;
/// Most rows of a dyad series.
const MAX_SERIES: usize = 5_000;
/// Most mentions listed for one event.
const MAX_MENTIONS: i64 = 200;

/// The `dyad events` filters as query parameters (empty values count as absent).
#[derive(Debug, Default, Deserialize)]
pub struct FilterParams {
    actor: Option<String>,
    source: Option<String>,
    target: Option<String>,
    cameo: Option<String>,
    plover: Option<String>,
    from: Option<String>,
    to: Option<String>,
    country: Option<String>,
    text: Option<String>,
    min_sources: Option<String>,
    negated: Option<String>,
}

impl FilterParams {
    fn filter(&self) -> Result<EventFilter, ApiError> {
        let value = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        Ok(EventFilter {
            actor: value(&self.actor),
            source: value(&self.source),
            target: value(&self.target),
            cameo: value(&self.cameo),
            plover: value(&self.plover),
            from: date(value(&self.from), "from")?,
            to: date(value(&self.to), "to")?,
            country: value(&self.country),
            text: value(&self.text),
            min_sources: number(&self.min_sources, "min_sources")?,
            include_negated: matches!(self.negated.as_deref(), Some("true" | "1")),
            ..EventFilter::default()
        })
    }
}

/// A number parameter. Query parameters arrive as text: serde's `flatten` (the shared filters)
/// cannot parse numbers inside a query string, so every parameter is parsed here.
fn number<T: std::str::FromStr>(value: &Option<String>, name: &str) -> Result<Option<T>, ApiError> {
    match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => v
            .parse()
            .map(Some)
            .map_err(|_| ApiError::BadRequest(format!("{name} must be a whole number"))),
    }
}

/// A date parameter must be a real YYYY-MM-DD day (the store compares dates as text).
fn date(value: Option<String>, name: &str) -> Result<Option<String>, ApiError> {
    match value {
        None => Ok(None),
        Some(v) => chrono::NaiveDate::parse_from_str(&v, "%Y-%m-%d")
            .map(|d| Some(d.format("%Y-%m-%d").to_string()))
            .map_err(|_| ApiError::BadRequest(format!("{name} must be a date of the form YYYY-MM-DD"))),
    }
}

#[derive(Debug, Deserialize)]
pub struct EventsParams {
    #[serde(flatten)]
    filter: FilterParams,
    sort: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
}

fn sort(name: Option<&str>) -> Result<Sort, ApiError> {
    Ok(match name.unwrap_or("date") {
        "date" => Sort::Date,
        "recent" => Sort::DateDesc,
        "mentions" => Sort::Mentions,
        "sources" => Sort::Sources,
        "goldstein" => Sort::Goldstein,
        _ => {
            return Err(ApiError::BadRequest(
                "sort must be one of date, recent, mentions, sources, goldstein".into(),
            ));
        }
    })
}

/// The event as the API shows it: the record, its counts and its row id (`event`).
fn event_json(e: &dyad_store::query::StoredEvent) -> Value {
    let mut v = e.to_json();
    if let Value::Object(map) = &mut v {
        map.insert("event".into(), json!(e.event));
    }
    v
}

/// `GET /api/events`: one page of the filtered, sorted list.
pub async fn events(state: State, Query(params): Query<EventsParams>) -> Result<Json<Value>, ApiError> {
    let mut filter = params.filter.filter()?;
    filter.sort = sort(params.sort.as_deref())?;
    let limit = number(&params.limit, "limit")?.unwrap_or(50).clamp(1, MAX_LIMIT);
    let offset: usize = number(&params.offset, "offset")?.unwrap_or(0);
    if offset > MAX_OFFSET {
        return Err(ApiError::BadRequest(format!(
            "offset may be at most {MAX_OFFSET}: narrow the filter"
        )));
    }
    // One more than the page tells whether there is a next page.
    filter.limit = Some(offset + limit + 1);
    let (events, has_more) = state
        .readers
        .read(move |store| {
            let mut page = Vec::with_capacity(limit);
            let mut seen = 0usize;
            store.for_each_event(&filter, |e| {
                seen += 1;
                if seen > offset && page.len() < limit {
                    page.push(event_json(&e));
                }
                ControlFlow::Continue(())
            })?;
            Ok((page, seen > offset + limit))
        })
        .await?;
    Ok(Json(
        json!({ "events": events, "offset": offset, "limit": limit, "has_more": has_more }),
    ))
}

/// `GET /api/events/{id}`: by row id (digits) or stable key, with every mention's evidence.
pub async fn event(state: State, Path(id): Path<String>) -> Result<Json<Value>, ApiError> {
    state
        .readers
        .read(move |store| {
            let row = match id.parse::<i64>() {
                Ok(n) => Some(n),
                Err(_) => store.event_by_key(&id)?,
            };
            let found = match row {
                Some(n) => store.event(n)?,
                None => None,
            };
            let event = found.ok_or_else(|| ApiError::NotFound(format!("no event {id}")))?;
            let mentions = mentions(store, event.event)?;
            Ok(Json(json!({ "event": event_json(&event), "mentions": mentions })))
        })
        .await
}

/// Every mention of an event: where it was reported and its sentence cut for highlighting.
fn mentions(store: &Store, event: i64) -> Result<Vec<Value>, ApiError> {
    let mut stmt = store.connection().prepare_cached(
        "SELECT m.record, a.article_id, a.source, a.url, a.published, a.title, s.start FROM mentions m \
         JOIN articles a ON a.article = m.article \
         LEFT JOIN sentences s ON s.article = m.article AND s.idx = m.sentence_index \
         WHERE m.event = ?1 ORDER BY m.mention LIMIT ?2",
    )?;
    let rows = stmt.query_map(rusqlite::params![event, MAX_MENTIONS], |r| {
        Ok((
            r.get::<_, String>(0)?,
            json!({
                "article_id": r.get::<_, String>(1)?,
                "outlet": r.get::<_, Option<String>>(2)?,
                "url": r.get::<_, Option<String>>(3)?,
                "published": r.get::<_, Option<String>>(4)?,
                "title": r.get::<_, Option<String>>(5)?,
            }),
            r.get::<_, Option<i64>>(6)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (record, mut mention, start) = row?;
        let record: Value = serde_json::from_str(&record).map_err(dyad_store::Error::from)?;
        let sentence = record.get("sentence").and_then(Value::as_str).unwrap_or_default();
        let start = start.map_or_else(|| sentence_start(&record, sentence), |s| s as usize);
        if let Value::Object(m) = &mut mention {
            m.insert("sentence".into(), json!(sentence));
            m.insert("segments".into(), evidence::segments(sentence, start, &record));
            for key in [
                "sentence_index",
                "rule",
                "verb",
                "source",
                "target",
                "cameo",
                "attribution",
                "date",
            ] {
                m.insert(key.into(), record.get(key).cloned().unwrap_or(Value::Null));
            }
        }
        out.push(mention);
    }
    Ok(out)
}

/// Where a sentence starts in its article when the store has no sentence row: the verb's
/// article offset less its offset in the sentence.
fn sentence_start(record: &Value, sentence: &str) -> usize {
    let verb_at = record.pointer("/verb/span/0").and_then(Value::as_u64).unwrap_or(0) as usize;
    let verb = record.pointer("/verb/text").and_then(Value::as_str).unwrap_or_default();
    match sentence.find(verb) {
        Some(i) if !verb.is_empty() => verb_at.saturating_sub(i),
        _ => 0,
    }
}

#[derive(Debug, Deserialize)]
pub struct ActorParams {
    q: Option<String>,
    limit: Option<usize>,
}

/// `GET /api/actors`: coded actors with their counts, most active first; `q` searches code and
/// name.
pub async fn actors(state: State, Query(params): Query<ActorParams>) -> Result<Json<Value>, ApiError> {
    let q = params.q.unwrap_or_default().trim().to_lowercase();
    let limit = params.limit.unwrap_or(100).clamp(1, MAX_LIMIT);
    let rows = actor_rows(&state).await?;
    let text = |v: &Value, key: &str| v[key].as_str().unwrap_or_default().to_lowercase();
    let matching: Vec<&Value> = rows
        .iter()
        .filter(|a| q.is_empty() || text(a, "code").contains(&q) || text(a, "name").contains(&q))
        .collect();
    let total = matching.len();
    let actors: Vec<&Value> = matching.into_iter().take(limit).collect();
    Ok(Json(json!({ "actors": actors, "total": total })))
}

/// Every actor with its counts, from the cache while it is fresh. Counting reads every event
/// (a quarter of a second at a million events), so the list is shared between requests; an
/// ingest through the API clears it, other writers show after [`crate::ACTOR_CACHE_TTL`].
async fn actor_rows(state: &std::sync::Arc<crate::AppState>) -> Result<std::sync::Arc<Vec<Value>>, ApiError> {
    if let Ok(cache) = state.actors.lock()
        && let Some((at, rows)) = cache.as_ref()
        && at.elapsed() < crate::ACTOR_CACHE_TTL
    {
        return Ok(rows.clone());
    }
    let rows = std::sync::Arc::new(state.readers.read(count_actors).await?);
    if let Ok(mut cache) = state.actors.lock() {
        *cache = Some((std::time::Instant::now(), rows.clone()));
    }
    Ok(rows)
}

/// One grouped scan per side (the covering actor indexes), not a count per actor.
fn count_actors(store: &Store) -> Result<Vec<Value>, ApiError> {
    let mut stmt = store.connection().prepare_cached(
        "SELECT a.code, a.country, a.name, coalesce(s.n, 0), coalesce(t.n, 0) FROM actors a \
         LEFT JOIN (SELECT source_code AS code, count(*) AS n FROM events WHERE negated = 0 \
                    AND source_code IS NOT NULL GROUP BY source_code) s ON s.code = a.code \
         LEFT JOIN (SELECT target_code AS code, count(*) AS n FROM events WHERE negated = 0 \
                    AND target_code IS NOT NULL GROUP BY target_code) t ON t.code = a.code \
         ORDER BY coalesce(s.n, 0) + coalesce(t.n, 0) DESC, a.code",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(json!({
            "code": r.get::<_, String>(0)?,
            "country": r.get::<_, Option<String>>(1)?,
            "name": r.get::<_, Option<String>>(2)?,
            "as_source": r.get::<_, i64>(3)?,
            "as_target": r.get::<_, i64>(4)?,
        }))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[derive(Debug, Deserialize)]
pub struct DyadParams {
    #[serde(flatten)]
    filter: FilterParams,
    period: Option<String>,
}

fn period(name: Option<&str>) -> Result<(Period, &'static str), ApiError> {
    match name.unwrap_or("month") {
        "day" => Ok((Period::Day, "day")),
        "week" => Ok((Period::Week, "week")),
        "month" => Ok((Period::Month, "month")),
        _ => Err(ApiError::BadRequest("period must be day, week or month".into())),
    }
}

/// `GET /api/dyads`: per dyad and period, counts, Goldstein sum and mean, QuadClass mix.
pub async fn dyads(state: State, Query(params): Query<DyadParams>) -> Result<Json<Value>, ApiError> {
    let filter = params.filter.filter()?;
    let (period, name) = period(params.period.as_deref())?;
    let mut rows = state
        .readers
        .read(move |store| Ok(store.dyads(period, &filter)?))
        .await?;
    let truncated = rows.len() > MAX_SERIES;
    rows.truncate(MAX_SERIES);
    Ok(Json(json!({ "period": name, "series": rows, "truncated": truncated })))
}

#[derive(Debug, Deserialize)]
pub struct NetworkParams {
    #[serde(flatten)]
    filter: FilterParams,
    limit: Option<String>,
}

/// One directed edge of the network.
#[derive(Default)]
struct Edge {
    events: i64,
    cooperation: i64,
    conflict: i64,
    goldstein_sum: f64,
}

/// `GET /api/network`: actors as nodes, dyads as directed edges weighted by cooperative
/// (QuadClass 1–2) and conflictual (3–4) events, the heaviest `limit` edges.
pub async fn network(state: State, Query(params): Query<NetworkParams>) -> Result<Json<Value>, ApiError> {
    let filter = params.filter.filter()?;
    let limit = number(&params.limit, "limit")?.unwrap_or(60).clamp(1, MAX_LIMIT);
    // The monthly dyad series already carries the QuadClass mix: summed over months it is the
    // network, with the same filters and the same rule for vague dates.
    let rows = state
        .readers
        .read(move |store| Ok(store.dyads(Period::Month, &filter)?))
        .await?;
    let mut edges: BTreeMap<(String, String), Edge> = BTreeMap::new();
    for r in rows {
        let e = edges.entry((r.source, r.target)).or_default();
        e.events += r.events;
        e.cooperation += r.quad_class[0] + r.quad_class[1];
        e.conflict += r.quad_class[2] + r.quad_class[3];
        e.goldstein_sum += r.goldstein_sum;
    }
    let mut edges: Vec<_> = edges.into_iter().collect();
    edges.sort_by_key(|e| std::cmp::Reverse(e.1.events));
    edges.truncate(limit);
    let mut nodes: BTreeMap<&str, i64> = BTreeMap::new();
    for ((s, t), e) in &edges {
        *nodes.entry(s).or_default() += e.events;
        *nodes.entry(t).or_default() += e.events;
    }
    let nodes: Vec<_> = nodes.iter().map(|(id, n)| json!({ "id": id, "events": n })).collect();
    let edges: Vec<_> = edges
        .iter()
        .map(|((s, t), e)| {
            json!({ "source": s, "target": t, "events": e.events, "cooperation": e.cooperation,
                    "conflict": e.conflict, "goldstein_sum": e.goldstein_sum })
        })
        .collect();
    Ok(Json(json!({ "nodes": nodes, "edges": edges })))
}

#[derive(Debug, Deserialize)]
pub struct ArticleParams {
    q: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

/// `GET /api/articles`: current article versions, newest stored first; `q` searches titles.
pub async fn articles(state: State, Query(params): Query<ArticleParams>) -> Result<Json<Value>, ApiError> {
    let q = params.q.unwrap_or_default().trim().to_string();
    let limit = params.limit.unwrap_or(50).clamp(1, MAX_LIMIT) as i64;
    let offset = params.offset.unwrap_or(0).min(MAX_OFFSET) as i64;
    let articles = state
        .readers
        .read(move |store| {
            let mut stmt = store.connection().prepare_cached(
                "SELECT a.article_id, a.title, a.url, a.source, a.published, a.ingested_at, \
                 (SELECT count(*) FROM mentions m WHERE m.article = a.article) FROM articles a \
                 WHERE a.current = 1 AND (?1 = '' OR instr(lower(coalesce(a.title, '')), lower(?1)) > 0) \
                 ORDER BY a.article DESC LIMIT ?2 OFFSET ?3",
            )?;
            let rows = stmt.query_map(rusqlite::params![q, limit, offset], |r| {
                Ok(json!({
                    "article_id": r.get::<_, String>(0)?,
                    "title": r.get::<_, Option<String>>(1)?,
                    "url": r.get::<_, Option<String>>(2)?,
                    "outlet": r.get::<_, Option<String>>(3)?,
                    "published": r.get::<_, Option<String>>(4)?,
                    "ingested_at": r.get::<_, String>(5)?,
                    "mentions": r.get::<_, i64>(6)?,
                }))
            })?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await?;
    Ok(Json(json!({ "articles": articles, "offset": offset, "limit": limit })))
}
