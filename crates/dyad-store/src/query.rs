//! Reading events back: filtered event lists, mentions with their evidence, dyad series, actors.

use crate::{Result, Store};
use rusqlite::types::Value;
use rusqlite::{Row, params_from_iter};
use serde_json::{Map, Value as Json, json};
use std::ops::ControlFlow;

/// Which events to list. Codes are matched as prefixes ("IRN" is every Iranian actor).
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Source or target code starts with this.
    pub actor: Option<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    /// CAMEO code prefix ("04", "042").
    pub cameo: Option<String>,
    pub plover: Option<String>,
    /// Events whose dates reach into `[from, to]` (YYYY-MM-DD, inclusive).
    pub from: Option<String>,
    pub to: Option<String>,
    /// Location country (ISO alpha-3).
    pub country: Option<String>,
    /// Words the sentence of some mention contains (full-text search).
    pub text: Option<String>,
    pub min_sources: Option<i64>,
    /// Negated events ("did not attack") are left out unless asked for.
    pub include_negated: bool,
    pub sort: Sort,
    pub limit: Option<usize>,
}

/// Orders of an event list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Oldest first (undated events before the dated ones).
    #[default]
    Date,
    /// Newest first.
    DateDesc,
    /// Most mentioned first.
    Mentions,
    /// Most sources first.
    Sources,
    /// Most conflictual first (lowest Goldstein value).
    Goldstein,
}

/// One deduplicated event: the founding mention's record and the counts of all its mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// Row id (changes with `recluster`); `key` is the stable id.
    pub event: i64,
    pub key: String,
    pub record: Json,
    pub num_mentions: i64,
    pub num_articles: i64,
    pub num_sources: i64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// The URL of the founding mention's article.
    pub source_url: Option<String>,
    pub added_at: String,
}

impl StoredEvent {
    /// The event record with the event's counts added (`num_mentions`, `num_articles`,
    /// `num_sources`, `first_seen`, `last_seen`, `source_url`).
    pub fn to_json(&self) -> Json {
        let mut map = match &self.record {
            Json::Object(m) => m.clone(),
            other => Map::from_iter([("record".to_string(), other.clone())]),
        };
        map.insert("id".into(), json!(self.key));
        map.insert("num_mentions".into(), json!(self.num_mentions));
        map.insert("num_articles".into(), json!(self.num_articles));
        map.insert("num_sources".into(), json!(self.num_sources));
        map.insert("first_seen".into(), json!(self.first_seen));
        map.insert("last_seen".into(), json!(self.last_seen));
        map.insert("source_url".into(), json!(self.source_url));
        Json::Object(map)
    }
}

/// One event with its founding mention's record and article URL.
const EVENT_BY_ID: &str = "SELECT e.event, e.key, f.record, e.num_mentions, e.num_articles, e.num_sources, \
     e.first_seen, e.last_seen, a.url, e.added_at FROM events e \
     JOIN mentions f ON f.mention = (SELECT min(mention) FROM mentions WHERE event = e.event) \
     JOIN articles a ON a.article = f.article WHERE e.event = ?1";

impl Store {
    /// The events `filter` selects, in its order, up to its limit.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let mut out = Vec::new();
        self.for_each_event(filter, |e| {
            out.push(e);
            ControlFlow::Continue(())
        })?;
        Ok(out)
    }

    /// Streams the events `filter` selects to `f` (exports of the whole store) until it breaks.
    pub fn for_each_event(
        &self,
        filter: &EventFilter,
        mut f: impl FnMut(StoredEvent) -> ControlFlow<()>,
    ) -> Result<()> {
        // Two steps: select and order the event ids on the narrow events table (indexes, no
        // records), then fetch each chosen event's record; joining first would read a record for
        // every candidate before the sort and limit.
        let (mut conditions, mut params) = conditions(filter, crate::max_span_days(&self.conn)?);
        let mut sql = String::from("SELECT e.event FROM events e");
        if let Some((source, target)) = dyad_blocks(filter) {
            // Both blocks fixed: the merge index finds the dyad directly (by the hash of the
            // pair it is keyed by); sampled statistics sometimes make the planner prefer one
            // side's index and read every row of it.
            sql.push_str(" INDEXED BY events_dedup");
            params.push(crate::merge_index::pair_key(source.as_bytes(), target.as_bytes()).into());
            conditions.push(format!(
                "{}(e.source_block, e.target_block) = ?{}",
                crate::merge_index::PAIR_FN,
                params.len()
            ));
        }
        if !conditions.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conditions.join(" AND "));
        }
        sql.push_str(order_by(filter.sort));
        if let Some(limit) = filter.limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        tracing::debug!("event query: {sql}");
        let mut ids = self.conn.prepare(&sql)?;
        let mut rows = ids.query(params_from_iter(params))?;
        let mut fetch = self.conn.prepare_cached(EVENT_BY_ID)?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let event = fetch.query_row([id], |r| Ok(stored_event(r)))??;
            if f(event).is_break() {
                break;
            }
        }
        Ok(())
    }

    /// Every mention of an event (by row id) with its evidence, oldest first.
    pub fn mentions(&self, event: i64) -> Result<Vec<Json>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.article_id, a.source, a.url, a.published, m.sentence_index, m.record_id, m.verb_start, \
             m.verb_end, m.source_start, m.source_end, m.target_start, m.target_end, m.cameo_code, m.record \
             FROM mentions m JOIN articles a ON a.article = m.article WHERE m.event = ?1 ORDER BY m.mention",
        )?;
        let rows = stmt.query_map([event], |r| {
            let span = |i: usize| -> rusqlite::Result<Json> {
                let (s, e): (Option<i64>, Option<i64>) = (r.get(i)?, r.get(i + 1)?);
                Ok(match (s, e) {
                    (Some(s), Some(e)) => json!([s, e]),
                    _ => Json::Null,
                })
            };
            let record: String = r.get(13)?;
            let sentence = serde_json::from_str::<Json>(&record)
                .ok()
                .and_then(|v| v.get("sentence").cloned())
                .unwrap_or(Json::Null);
            Ok(json!({
                "article_id": r.get::<_, String>(0)?,
                "outlet": r.get::<_, Option<String>>(1)?,
                "url": r.get::<_, Option<String>>(2)?,
                "published": r.get::<_, Option<String>>(3)?,
                "sentence_index": r.get::<_, i64>(4)?,
                "record_id": r.get::<_, String>(5)?,
                "sentence": sentence,
                "verb_span": span(6)?,
                "source_span": span(8)?,
                "target_span": span(10)?,
                "cameo_code": r.get::<_, String>(12)?,
            }))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Per dyad (both actors coded) and period: event count, Goldstein sum and mean, QuadClass mix.
    /// Events dated more vaguely than a month are left out; an event counts in the period of its
    /// first day.
    pub fn dyads(&self, period: Period, filter: &EventFilter) -> Result<Vec<DyadRow>> {
        let (mut conditions, params) = conditions(filter, crate::max_span_days(&self.conn)?);
        conditions.push("e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND e.date_start IS NOT NULL".into());
        // A vague date ("this year", "since 2023") places no event in a day, week or month.
        conditions.push(format!(
            "julianday(e.date_end) - julianday(e.date_start) <= {}",
            crate::dedup::MAX_MERGE_SPAN_DAYS
        ));
        let sql = format!(
            "SELECT {} AS period, e.source_code, e.target_code, count(*), total(e.goldstein), avg(e.goldstein), \
             sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3), sum(e.quad_class = 4), \
             sum(e.num_mentions) FROM events e WHERE {} GROUP BY e.source_code, e.target_code, period \
             ORDER BY e.source_code, e.target_code, period",
            period.sql(),
            conditions.join(" AND ")
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| {
            Ok(DyadRow {
                period: r.get(0)?,
                source: r.get(1)?,
                target: r.get(2)?,
                events: r.get(3)?,
                goldstein_sum: r.get(4)?,
                goldstein_mean: r.get(5)?,
                quad_class: [r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?],
                mentions: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every coded actor the store has seen, most active first.
    pub fn actors(&self) -> Result<Vec<ActorRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT code, country, name, as_source, as_target FROM (SELECT a.code, a.country, a.name, \
             (SELECT count(*) FROM events WHERE source_code = a.code AND negated = 0) AS as_source, \
             (SELECT count(*) FROM events WHERE target_code = a.code AND negated = 0) AS as_target FROM actors a) \
             ORDER BY as_source + as_target DESC, code",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ActorRow {
                code: r.get(0)?,
                country: r.get(1)?,
                name: r.get(2)?,
                as_source: r.get(3)?,
                as_target: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// The actor blocks of a filter that names both sides by code prefixes of three letters or
/// more (as [`Params::actor_prefix`] writes them).
fn dyad_blocks(filter: &EventFilter) -> Option<(String, String)> {
    let block = |p: &Option<String>| prefix_block(&p.as_deref()?.to_uppercase()).map(str::to_string);
    Some((block(&filter.source)?, block(&filter.target)?))
}

/// The actor block a code prefix of three letters or more fixes (none for uncoded text, `~`).
fn prefix_block(p: &str) -> Option<&str> {
    p.get(..3).filter(|b| !b.starts_with('~'))
}

/// The period of a dyad series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    /// ISO weeks, named by their Monday.
    Week,
    /// `YYYY-MM`.
    Month,
}

impl Period {
    fn sql(self) -> &'static str {
        match self {
            Period::Day => "e.date_start",
            // 'weekday 0' moves to the next Sunday (or stays): six days back is that week's Monday.
            Period::Week => "date(e.date_start, 'weekday 0', '-6 days')",
            Period::Month => "substr(e.date_start, 1, 7)",
        }
    }
}

/// One dyad in one period.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DyadRow {
    pub period: String,
    pub source: String,
    pub target: String,
    pub events: i64,
    pub goldstein_sum: f64,
    pub goldstein_mean: Option<f64>,
    /// Events of QuadClass 1 (verbal cooperation) to 4 (material conflict).
    pub quad_class: [i64; 4],
    pub mentions: i64,
}

/// One actor code and how often it acts and is acted on.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ActorRow {
    pub code: String,
    pub country: Option<String>,
    pub name: Option<String>,
    pub as_source: i64,
    pub as_target: i64,
}

fn stored_event(r: &Row) -> Result<StoredEvent> {
    let record: String = r.get(2)?;
    Ok(StoredEvent {
        event: r.get(0)?,
        key: r.get(1)?,
        record: serde_json::from_str(&record)?,
        num_mentions: r.get(3)?,
        num_articles: r.get(4)?,
        num_sources: r.get(5)?,
        first_seen: r.get(6)?,
        last_seen: r.get(7)?,
        source_url: r.get(8)?,
        added_at: r.get(9)?,
    })
}

fn order_by(sort: Sort) -> &'static str {
    match sort {
        // Undated events first (SQL's order), so the date index gives the order.
        Sort::Date => " ORDER BY e.date_start, e.event",
        Sort::DateDesc => " ORDER BY e.date_start DESC, e.event DESC",
        Sort::Mentions => " ORDER BY e.num_mentions DESC, e.date_start, e.event",
        Sort::Sources => " ORDER BY e.num_sources DESC, e.date_start, e.event",
        Sort::Goldstein => " ORDER BY e.goldstein, e.date_start, e.event",
    }
}

/// Parameters of a query being built, numbered in the order they are added.
#[derive(Default)]
struct Params(Vec<Value>);

impl Params {
    fn add(&mut self, v: impl Into<Value>) -> String {
        self.0.push(v.into());
        format!("?{}", self.0.len())
    }

    /// A code prefix as a range (LIKE would scan); from three letters on, also the actor block
    /// (`source`/`target`), which the block indexes find with a date range.
    fn actor_prefix(&mut self, side: &str, p: &str) -> String {
        let code = self.prefix(&format!("e.{side}_code"), p);
        match prefix_block(p) {
            Some(block) => format!("(e.{side}_block = {} AND {code})", self.add(block.to_string())),
            None => code,
        }
    }

    /// A prefix as a range on `column`.
    fn prefix(&mut self, column: &str, p: &str) -> String {
        let lo = self.add(p.to_string());
        let hi = self.add(format!("{p}\u{10FFFF}"));
        format!("({column} >= {lo} AND {column} < {hi})")
    }
}

/// The WHERE terms of a filter (joined by AND) and their parameters, in placeholder order.
/// `max_span_days` bounds every event's date interval, which turns "ends on or after FROM" into
/// a range the date index can scan.
fn conditions(filter: &EventFilter, max_span_days: i64) -> (Vec<String>, Vec<Value>) {
    let mut terms = Vec::new();
    let mut p = Params::default();
    if let Some(a) = &filter.actor {
        let a = a.to_uppercase();
        let s = p.actor_prefix("source", &a);
        let t = p.actor_prefix("target", &a);
        terms.push(format!("({s} OR {t})"));
    }
    if let Some(a) = &filter.source {
        terms.push(p.actor_prefix("source", &a.to_uppercase()));
    }
    if let Some(a) = &filter.target {
        terms.push(p.actor_prefix("target", &a.to_uppercase()));
    }
    if let Some(c) = &filter.cameo {
        terms.push(p.prefix("e.cameo_code", c));
    }
    if let Some(t) = &filter.plover {
        terms.push(format!("e.plover_type = {}", p.add(t.to_uppercase())));
    }
    if let Some(d) = &filter.from {
        terms.push(format!("e.date_end >= {}", p.add(d.clone())));
        if let Some(from) = crate::dedup::parse_date(d) {
            let earliest = from - chrono::Duration::days(max_span_days);
            terms.push(format!("e.date_start >= {}", p.add(crate::ingest::day(earliest))));
        }
    }
    if let Some(d) = &filter.to {
        terms.push(format!("e.date_start <= {}", p.add(d.clone())));
    }
    if let Some(c) = &filter.country {
        terms.push(format!("e.location_country = {}", p.add(c.to_uppercase())));
    }
    if let Some(t) = &filter.text {
        terms.push(format!(
            "e.event IN (SELECT m.event FROM sentence_fts f JOIN mentions m ON m.article = f.rowid / 65536 AND \
             m.sentence_index = f.rowid % 65536 WHERE sentence_fts MATCH {})",
            p.add(fts_phrase(t))
        ));
    }
    if let Some(n) = filter.min_sources {
        terms.push(format!("e.num_sources >= {}", p.add(n)));
    }
    if !filter.include_negated {
        terms.push("e.negated = 0".into());
    }
    (terms, p.0)
}

/// The user's words as FTS5 terms, each quoted, so punctuation is never query syntax.
fn fts_phrase(text: &str) -> String {
    text.split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Single-event lookups (the HTTP API's event page).
impl Store {
    /// The event with row id `event`, if there is one.
    pub fn event(&self, event: i64) -> Result<Option<StoredEvent>> {
        let mut fetch = self.conn.prepare_cached(EVENT_BY_ID)?;
        let mut rows = fetch.query([event])?;
        match rows.next()? {
            Some(row) => Ok(Some(stored_event(row)?)),
            None => Ok(None),
        }
    }

    /// The row id of the event whose stable key is `key` (a scan: keys are not indexed, as
    /// only this lookup needs them).
    pub fn event_by_key(&self, key: &str) -> Result<Option<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT event FROM events WHERE key = ?1 LIMIT 1")?;
        let mut rows = stmt.query([key])?;
        match rows.next()? {
            Some(row) => Ok(Some(row.get(0)?)),
            None => Ok(None),
        }
    }
}
