//! Writing articles and their event records: versions, sentences, mentions, incremental
//! clustering into events.

use crate::dedup::{self, DedupKey, DedupOptions};
use crate::merge_index;
use crate::{Result, Store};
use dyad_code::record::{ActorRecord, EventRecord};
use dyad_segment::Span;
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{CachedStatement, Connection, OptionalExtension, params, params_from_iter};
use std::collections::HashSet;
use std::sync::LazyLock;
use xxhash_rust::xxh3::Xxh3;

/// An article to store, as the reader produced it.
#[derive(Debug, Clone, Copy, Default)]
pub struct NewArticle<'a> {
    /// The input's id, else a hash of the clean text.
    pub id: &'a str,
    pub url: Option<&'a str>,
    /// The outlet: what `num_sources` counts.
    pub source: Option<&'a str>,
    pub title: Option<&'a str>,
    /// `YYYY-MM-DD`.
    pub published: Option<&'a str>,
    pub published_original: Option<&'a str>,
    pub byline: Option<&'a str>,
    pub language: Option<&'a str>,
    /// Where it was read from (`file:line`).
    pub origin: Option<&'a str>,
    pub raw: &'a str,
    pub text: &'a str,
    pub sentences: &'a [Span],
}

impl NewArticle<'_> {
    /// What versions are counted by: the URL when there is one, else the id.
    pub fn identity(&self) -> &str {
        self.url.unwrap_or(self.id)
    }

    /// xxh3-128 of identity and clean text: the same article again has the same hash, a changed
    /// text under the same URL (or id) a new one.
    pub fn content_hash(&self) -> String {
        let mut h = Xxh3::new();
        h.update(self.identity().as_bytes());
        h.update(&[0x1f]);
        h.update(self.text.as_bytes());
        format!("{:032x}", h.digest128())
    }
}

/// How an article relates to what the store held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleStatus {
    /// Already stored (same content hash): nothing written.
    Unchanged,
    New,
    /// A changed text under a stored URL (or id): the old version's mentions leave their events.
    NewVersion,
}

/// What ingesting one article did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArticleOutcome {
    pub status: ArticleStatus,
    /// Records stored as mentions.
    pub mentions: usize,
    /// Mentions that founded a new event.
    pub new_events: usize,
    /// Mentions that joined an existing event.
    pub merged: usize,
}

/// The columns events and mentions share, in order (the dedup key and the query filters).
pub(crate) const SHARED_COLUMNS: &str = "source_key, target_key, source_block, target_block, by_publication, source_code, source_country, target_code, \
     target_country, cameo_code, cameo_root, plover_type, quad_class, goldstein, negated, date, date_precision, \
     date_start, date_end, location_country, location_name, lat, lon";
const SHARED_COUNT: usize = 23;
/// Parameters of [`INSERT_EVENT`] and [`INSERT_MENTION`]: their value lists are allocated at
/// this size once (grown step by step, they were reallocated four times per mention).
const EVENT_PARAMS: usize = 1 + SHARED_COUNT + 2;
const MENTION_PARAMS: usize = 4 + SHARED_COUNT + 9;

/// `?a, ?a+1, …` for `n` parameters.
fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

static INSERT_EVENT: LazyLock<String> = LazyLock::new(|| {
    let n = SHARED_COUNT;
    format!(
        "INSERT INTO events (key, {SHARED_COLUMNS}, num_mentions, num_articles, num_sources, first_seen, last_seen, \
         added_at) VALUES (?1, {}, 1, 1, 1, ?{}, ?{}, ?{})",
        placeholders(2, n),
        n + 2,
        n + 2,
        n + 3
    )
});

static INSERT_MENTION: LazyLock<String> = LazyLock::new(|| {
    let n = SHARED_COUNT;
    format!(
        "INSERT INTO mentions (article, sentence_index, record_id, event, {SHARED_COLUMNS}, outlet, seen, verb_start, \
         verb_end, source_start, source_end, target_start, target_end, record) VALUES (?1, ?2, ?3, ?4, {}, {})",
        placeholders(5, n),
        placeholders(5 + n, 9)
    )
});

/// Keeps an event's counts equal to what its mentions say (an unknown outlet counts as its
/// article's own source).
pub(crate) const UPDATE_COUNTS: &str = "UPDATE events SET (num_mentions, num_articles, num_sources, first_seen, \
     last_seen) = (SELECT count(*), count(DISTINCT article), count(DISTINCT coalesce(outlet, '#' || article)), \
     min(seen), max(seen) FROM mentions INDEXED BY mentions_event WHERE event = ?1) WHERE event = ?1";

/// The merge lookup: entries of the actor pair and polarity that start in range and end on or
/// after the mention's first day, read from `events_dedup` alone (no event row): their dates
/// and class, which [`MentionWriter::find_event`] filters before reading any row. The
/// expressions are the index's own, so SQLite reads their values from it.
const CANDIDATES: &str = "SELECT event, unixepoch(date_start) / 86400, unixepoch(date_end) / 86400, \
     dyad_merge_class(cameo_root, plover_type, location_country, lat, lon) FROM events INDEXED BY events_dedup \
     WHERE dyad_merge_pair(source_block, target_block) = ?1 AND negated = ?2 AND unixepoch(date_start) / 86400 >= ?3 \
     AND unixepoch(date_start) / 86400 <= ?4 AND unixepoch(date_end) / 86400 >= ?5";

/// The merge lookup for a mention dated outside the years 0000–9999, whose dates SQLite's date
/// functions do not read: the same range as text (as schema version 3 compared it), over the
/// rows of the actor pair. (Never seen in news; kept so no date merges differently.)
const CANDIDATES_BY_TEXT: &str = "SELECT event FROM events INDEXED BY events_dedup \
     WHERE dyad_merge_pair(source_block, target_block) = ?1 AND negated = ?2 AND date_start >= ?3 \
     AND date_start <= ?4 AND date_end >= ?5";

/// What the merge rule reads of a candidate event (its founding mention's key).
const CANDIDATE_KEY: &str = "SELECT source_key, target_key, cameo_root, plover_type, date_start, date_end, \
     location_country, lat, lon, by_publication FROM events WHERE event = ?1";

// Every statement on the ingest path names its index. Planner statistics are refreshed when a
// store closes, so a store first written with one article carries statistics that call its
// tables tiny; the next long ingest then planned `identity = ?` as a scan of all articles (the
// rows hold the whole text) and ran ten times slower, getting slower with every article.
const CURRENT_VERSION: &str = "SELECT article, version FROM articles INDEXED BY articles_identity \
     WHERE identity = ?1 AND current = 1";
const ARTICLE_EVENTS: &str = "SELECT DISTINCT event FROM mentions INDEXED BY sqlite_autoindex_mentions_1 \
     WHERE article = ?1 AND event IS NOT NULL";
const DETACH_MENTIONS: &str =
    "UPDATE mentions INDEXED BY sqlite_autoindex_mentions_1 SET event = NULL WHERE article = ?1";

/// Sentence rows per `INSERT` statement.
const SENTENCE_ROWS: usize = 16;

/// An `INSERT` of `rows` sentence rows (1 to [`SENTENCE_ROWS`]).
///
/// `OR FAIL`, not the default `ABORT`: SQLite opens a statement journal for a multi-row insert
/// that may abort (a primary key can conflict), copying every page the statement touches first.
/// A conflict means a bug and fails the whole batch ([`Store::ingest_prepared`] rolls it back),
/// so the rows a failing statement had already written never stay, and the journal bought
/// nothing.
fn insert_sentences_sql(rows: usize) -> String {
    let values = vec!["(?, ?, ?, ?)"; rows].join(", ");
    format!("INSERT OR FAIL INTO sentences (article, idx, start, end) VALUES {values}")
}

static INSERT_SENTENCES: LazyLock<Vec<String>> =
    LazyLock::new(|| (0..=SENTENCE_ROWS).map(insert_sentences_sql).collect());

/// Sentence rows per article in the full-text index's rowid (`article * FTS_SENTENCES + idx`).
pub(crate) const FTS_SENTENCES: usize = 65536;

impl Store {
    /// Whether this exact article (content hash) is already stored.
    pub fn contains(&self, article: &NewArticle) -> Result<bool> {
        self.contains_hash(&article.content_hash())
    }

    /// Whether an article with this content hash is already stored.
    fn contains_hash(&self, hash: &str) -> Result<bool> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE content_hash = ?1")?;
        Ok(stmt.exists([hash])?)
    }

    /// Stores an article and its event records in the current batch (opened when needed).
    ///
    /// Everything that depends on the input (serialising the records) is done before writing;
    /// a failed write then rolls back the whole batch ([`Error::BatchRolledBack`]), exactly as a
    /// killed process would, so an article is never stored in part. (A savepoint per article
    /// would allow keeping the rest of the batch, at a quarter of the insert speed.)
    pub fn ingest(&mut self, article: &NewArticle, records: &[EventRecord]) -> Result<ArticleOutcome> {
        let prepared = prepare(records)?;
        self.ingest_prepared(article, &prepared)
    }

    /// [`Store::ingest`] with the records already prepared ([`prepare`]): a pipeline prepares
    /// on its coding threads, drops the records there, and keeps its one writer thread for
    /// SQLite.
    pub fn ingest_prepared(&mut self, article: &NewArticle, records: &[Prepared]) -> Result<ArticleOutcome> {
        self.begin()?;
        match self.ingest_inner(article, records) {
            Ok(outcome) => Ok(outcome),
            Err(e) => Err(self.abandon_batch(e)),
        }
    }

    fn ingest_inner(&mut self, article: &NewArticle, records: &[Prepared]) -> Result<ArticleOutcome> {
        let hash = article.content_hash();
        let mut outcome = ArticleOutcome {
            status: ArticleStatus::New,
            mentions: 0,
            new_events: 0,
            merged: 0,
        };
        if self.contains_hash(&hash)? {
            outcome.status = ArticleStatus::Unchanged;
            return Ok(outcome);
        }
        let version = match self.supersede(article.identity())? {
            Some(previous) => {
                outcome.status = ArticleStatus::NewVersion;
                previous + 1
            }
            None => 1,
        };
        let now = self.batch_time.clone();
        let rowid = self.insert_article(article, &hash, version, &now)?;
        self.insert_sentences(rowid, article)?;
        if records.is_empty() {
            return Ok(outcome);
        }
        // The article's statements are taken from the cache once, not once per record: each
        // take and return hashes the statement's SQL (hundreds of bytes) and clears its bindings.
        let mut writer = MentionWriter::new(&self.conn, self.options, &now)?;
        for record in records {
            note_span(&self.conn, &mut self.max_span_days, &record.key)?;
            let joined = writer.insert(rowid, article, record)?;
            if let Some(sentence) = &record.sentence
                && record.sentence_index < FTS_SENTENCES
            {
                self.pending_fts.push((
                    rowid * FTS_SENTENCES as i64 + record.sentence_index as i64,
                    sentence.clone(),
                ));
            }
            outcome.mentions += 1;
            if joined {
                outcome.merged += 1;
            } else {
                outcome.new_events += 1;
                if let Some(bulk) = &mut self.bulk {
                    bulk.new_events += 1;
                }
            }
            for actor in [&record.source, &record.target].into_iter().flatten() {
                insert_actor(&self.conn, &mut self.known_actors, actor)?;
            }
        }
        Ok(outcome)
    }

    /// Marks the current version of `identity` as old and takes its mentions out of their
    /// events; returns its version number.
    fn supersede(&mut self, identity: &str) -> Result<Option<i64>> {
        let previous: Option<(i64, i64)> = self
            .conn
            .prepare_cached(CURRENT_VERSION)?
            .query_row([identity], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((article, version)) = previous else {
            return Ok(None);
        };
        self.conn
            .prepare_cached("UPDATE articles SET current = 0 WHERE article = ?1")?
            .execute([article])?;
        let events: Vec<i64> = self
            .conn
            .prepare_cached(ARTICLE_EVENTS)?
            .query_map([article], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        self.conn.prepare_cached(DETACH_MENTIONS)?.execute([article])?;
        for event in events {
            crate::recluster::refresh_event(&self.conn, event)?;
        }
        Ok(Some(version))
    }

    fn insert_article(&self, a: &NewArticle, hash: &str, version: i64, now: &str) -> Result<i64> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO articles (article_id, identity, version, content_hash, url, source, title, published, \
             published_original, byline, language, origin, raw, text, ingested_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?;
        stmt.execute(params![
            a.id,
            a.identity(),
            version,
            hash,
            a.url,
            a.source,
            a.title,
            a.published,
            a.published_original,
            a.byline,
            a.language,
            a.origin,
            a.raw,
            a.text,
            now
        ])?;
        Ok(self.conn.last_insert_rowid())
    }

    fn insert_sentences(&self, article: i64, a: &NewArticle) -> Result<()> {
        // Rows go in groups of SENTENCE_ROWS per statement, and the rest in one statement of its
        // size: one statement per row was a twentieth of ingest, most of it the statement's own
        // overhead.
        let mut idx = 0i64;
        for spans in a.sentences.chunks(SENTENCE_ROWS) {
            let mut values = Vec::with_capacity(spans.len() * 4);
            for span in spans {
                values.extend([article, idx, span.start as i64, span.end as i64]);
                idx += 1;
            }
            self.conn
                .prepare_cached(&INSERT_SENTENCES[spans.len()])?
                .execute(params_from_iter(values))?;
        }
        Ok(())
    }

    /// Writes the batch's searchable sentences, all together just before its commit.
    ///
    /// FTS5 moves the terms it holds in memory to disk at every savepoint, and SQLite opens one
    /// for every insert into a table with a unique index: interleaved with the mentions, each
    /// sentence became a segment of its own, and merging them was a tenth of ingest. Written
    /// in a row, a batch's sentences become one segment.
    pub(crate) fn write_pending_fts(&mut self) -> Result<()> {
        if self.pending_fts.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.pending_fts);
        let mut stmt = self
            .conn
            .prepare_cached("INSERT INTO sentence_fts (rowid, text) VALUES (?1, ?2)")?;
        for (rowid, text) in &pending {
            stmt.execute(params![rowid, text])?;
        }
        Ok(())
    }
}

/// Keeps the stored longest interval (which bounds date range scans in queries) at least as
/// long as this mention's (in the batch, so a rollback takes it back too). `max_span_days`
/// caches the stored value (read on first use).
fn note_span(conn: &Connection, max_span_days: &mut Option<i64>, key: &DedupKey) -> Result<()> {
    let (Some(start), Some(end)) = (key.start, key.end) else {
        return Ok(());
    };
    let span = (end - start).num_days();
    let stored = match *max_span_days {
        Some(days) => days,
        None => crate::max_span_days(conn)?,
    };
    *max_span_days = Some(stored.max(span));
    if span > stored {
        conn.prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")?
            .execute(params![crate::SPAN_KEY, span.to_string()])?;
    }
    Ok(())
}

/// Records an actor code the first time the store sees it.
fn insert_actor(conn: &Connection, known: &mut HashSet<String>, actor: &PreparedActor) -> Result<()> {
    let Some(code) = &actor.code else {
        return Ok(());
    };
    if known.contains(code) {
        return Ok(());
    }
    known.insert(code.clone());
    conn.prepare_cached("INSERT OR IGNORE INTO actors (code, country, name) VALUES (?1, ?2, ?3)")?
        .execute(params![code, actor.country, actor.name])?;
    Ok(())
}

/// An event record reduced to what the store writes: its columns, its JSON (which keeps the
/// rest) and its dedup key. Prepared away from the writer thread (serialising, parsing dates
/// and building keys were a fifth of the writer's instructions), and compact: a pipeline holds
/// many articles' records in flight, and the full records are dropped on the thread that built
/// them.
#[derive(Debug, Clone)]
pub struct Prepared {
    id: String,
    sentence_index: usize,
    /// The sentence's text on the first record of each sentence (what text search indexes).
    sentence: Option<String>,
    source: Option<PreparedActor>,
    target: Option<PreparedActor>,
    cameo_code: String,
    quad_class: Option<i64>,
    goldstein: Option<f64>,
    date: Option<String>,
    date_precision: Option<String>,
    /// `key.start` and `key.end` as stored (`YYYY-MM-DD`).
    date_start: Option<String>,
    date_end: Option<String>,
    location_name: Option<String>,
    verb: (i64, i64),
    json: String,
    key: DedupKey,
}

/// An actor of a record as the store writes it.
#[derive(Debug, Clone)]
struct PreparedActor {
    code: Option<String>,
    country: Option<String>,
    /// Its entity's name, else its text (the `actors` table's name).
    name: String,
    span: (i64, i64),
}

impl PreparedActor {
    fn of(actor: &ActorRecord) -> PreparedActor {
        PreparedActor {
            code: actor.code.clone(),
            country: actor.country.clone(),
            name: actor.entity.clone().unwrap_or_else(|| actor.text.clone()),
            span: (actor.span.start as i64, actor.span.end as i64),
        }
    }
}

/// Prepares an article's records, in order, for [`Store::ingest_prepared`].
pub fn prepare(records: &[EventRecord]) -> Result<Vec<Prepared>> {
    let mut sentences = HashSet::new();
    records
        .iter()
        .map(|r| {
            let key = DedupKey::of(r);
            let location = r.location.as_ref();
            Ok(Prepared {
                id: r.id.clone(),
                sentence_index: r.sentence_index,
                sentence: sentences.insert(r.sentence_index).then(|| r.sentence.clone()),
                source: r.source.as_ref().map(PreparedActor::of),
                target: r.target.as_ref().map(PreparedActor::of),
                cameo_code: r.cameo.code.clone(),
                quad_class: r.cameo.quad_class.map(i64::from),
                goldstein: r.cameo.goldstein,
                date: r.date.clone(),
                date_precision: r.date_precision.clone(),
                date_start: key.start.map(day),
                date_end: key.end.map(day),
                location_name: location.map(|l| l.name.clone().unwrap_or_else(|| l.text.clone())),
                verb: (r.verb.span.start as i64, r.verb.span.end as i64),
                json: serde_json::to_string(r)?,
                key,
            })
        })
        .collect()
}

/// The statements that store one article's records, taken from the connection's cache for the
/// whole article.
struct MentionWriter<'c> {
    candidates: CachedStatement<'c>,
    candidate_key: CachedStatement<'c>,
    insert_event: CachedStatement<'c>,
    insert_mention: CachedStatement<'c>,
    conn: &'c Connection,
    options: DedupOptions,
    now: &'c str,
}

impl<'c> MentionWriter<'c> {
    fn new(conn: &'c Connection, options: DedupOptions, now: &'c str) -> Result<MentionWriter<'c>> {
        Ok(MentionWriter {
            candidates: conn.prepare_cached(CANDIDATES)?,
            candidate_key: conn.prepare_cached(CANDIDATE_KEY)?,
            insert_event: conn.prepare_cached(&INSERT_EVENT)?,
            insert_mention: conn.prepare_cached(&INSERT_MENTION)?,
            conn,
            options,
            now,
        })
    }

    /// Stores one record as a mention, in the event it belongs to (found or founded); returns
    /// whether it joined an existing event.
    fn insert(&mut self, article: i64, a: &NewArticle, r: &Prepared) -> Result<bool> {
        let found = self.find_event(&r.key)?;
        let event = match found {
            Some(event) => event,
            None => {
                let mut values: Vec<ToSqlOutput<'_>> = Vec::with_capacity(EVENT_PARAMS);
                values.push(text(Some(&r.id)));
                values.extend(shared_values(r));
                values.extend([text(a.published), text(Some(self.now))]);
                self.insert_event.execute(params_from_iter(values))?;
                self.conn.last_insert_rowid()
            }
        };
        let (ss, se) = r.source.as_ref().map(|a| a.span).unzip();
        let (ts, te) = r.target.as_ref().map(|a| a.span).unzip();
        // Borrowed where possible: copying each record's JSON and strings was a tenth of ingest.
        let mut values: Vec<ToSqlOutput<'_>> = Vec::with_capacity(MENTION_PARAMS);
        values.extend([
            int(article),
            int(r.sentence_index as i64),
            text(Some(&r.id)),
            int(event),
        ]);
        values.extend(shared_values(r));
        values.extend([
            text(a.source),
            text(a.published),
            int(r.verb.0),
            int(r.verb.1),
            owned(ss.into()),
            owned(se.into()),
            owned(ts.into()),
            owned(te.into()),
            text(Some(&r.json)),
        ]);
        self.insert_mention.execute(params_from_iter(values))?;
        if found.is_some() {
            self.conn.prepare_cached(UPDATE_COUNTS)?.execute([event])?;
        }
        Ok(found.is_some())
    }

    /// The stored event this mention joins under the dedup rule, if any.
    fn find_event(&mut self, key: &DedupKey) -> Result<Option<i64>> {
        let options = self.options;
        let Some((lo, hi)) = key.window(&options) else {
            return Ok(None);
        };
        // A candidate ends on or after `lo` and spans at most MAX_MERGE_SPAN_DAYS (longer ones
        // never merge), so it starts at most that long before.
        let oldest = lo - chrono::Duration::days(dedup::MAX_MERGE_SPAN_DAYS);
        // A publication-dated candidate's own window starts up to window_days before its date.
        let latest = hi + chrono::Duration::days(options.window_days.max(0));
        let pair = merge_index::pair_key_of(key);
        let mut ids = Vec::new();
        if merge_index::has_day_number(oldest) && merge_index::has_day_number(latest) {
            let class = merge_index::Class::of_key(key);
            let mut rows = self.candidates.query(params![
                pair,
                key.negated,
                merge_index::day_number(oldest),
                merge_index::day_number(latest),
                merge_index::day_number(lo)
            ])?;
            while let Some(r) = rows.next()? {
                let (start, end): (i64, i64) = (r.get(1)?, r.get(2)?);
                // The rule's own tests, on what the index holds: a vague date never merges,
                // nor another kind, another country or a place too far away.
                if end - start <= dedup::MAX_MERGE_SPAN_DAYS && merge_index::Class(r.get(3)?).may_match(class, &options)
                {
                    ids.push(r.get::<_, i64>(0)?);
                }
            }
        } else {
            let mut by_text = self.conn.prepare_cached(CANDIDATES_BY_TEXT)?;
            let rows = by_text.query_map(
                params![
                    pair,
                    key.negated,
                    Day::of(oldest).as_str(),
                    Day::of(latest).as_str(),
                    Day::of(lo).as_str()
                ],
                |r| r.get::<_, i64>(0),
            )?;
            ids = rows.collect::<rusqlite::Result<_>>()?;
        }
        // The rest are read whole (a row each, only for these) and judged by the rule.
        let mut candidates: Vec<(i64, DedupKey)> = Vec::with_capacity(ids.len());
        for id in ids {
            let core = self.candidate_key.query_row([id], |r| {
                let date = |i: usize| -> rusqlite::Result<Option<chrono::NaiveDate>> {
                    Ok(r.get::<_, Option<String>>(i)?.as_deref().and_then(dedup::parse_date))
                };
                Ok(DedupKey {
                    source_key: r.get(0)?,
                    target_key: r.get(1)?,
                    negated: key.negated,
                    cameo_root: r.get(2)?,
                    plover_type: r.get(3)?,
                    start: date(4)?,
                    end: date(5)?,
                    location_country: r.get(6)?,
                    lat: r.get(7)?,
                    lon: r.get(8)?,
                    by_publication: r.get(9)?,
                })
            })?;
            if dedup::compatible(&core, key, &options) {
                candidates.push((id, core));
            }
        }
        Ok(dedup::choose(key, candidates.iter().map(|(id, k)| (*id, k))))
    }
}

/// The values of [`SHARED_COLUMNS`] for a record, in order.
fn shared_values<'a>(r: &'a Prepared) -> [ToSqlOutput<'a>; SHARED_COUNT] {
    let key = &r.key;
    let code = |a: &'a Option<PreparedActor>| a.as_ref().and_then(|a| a.code.as_deref());
    let country = |a: &'a Option<PreparedActor>| a.as_ref().and_then(|a| a.country.as_deref());
    [
        text(Some(&key.source_key)),
        text(Some(&key.target_key)),
        text(Some(dedup::actor_block(&key.source_key))),
        text(Some(dedup::actor_block(&key.target_key))),
        owned(key.by_publication.into()),
        text(code(&r.source)),
        text(country(&r.source)),
        text(code(&r.target)),
        text(country(&r.target)),
        text(Some(&r.cameo_code)),
        text(Some(&key.cameo_root)),
        text(key.plover_type.as_deref()),
        owned(r.quad_class.into()),
        owned(r.goldstein.into()),
        owned(key.negated.into()),
        text(r.date.as_deref()),
        text(r.date_precision.as_deref()),
        text(r.date_start.as_deref()),
        text(r.date_end.as_deref()),
        text(key.location_country.as_deref()),
        text(r.location_name.as_deref()),
        owned(key.lat.into()),
        owned(key.lon.into()),
    ]
}

/// A text parameter borrowed from the record (NULL for none).
fn text(s: Option<&str>) -> ToSqlOutput<'_> {
    ToSqlOutput::Borrowed(s.map_or(ValueRef::Null, |s| ValueRef::Text(s.as_bytes())))
}

fn int(i: i64) -> ToSqlOutput<'static> {
    ToSqlOutput::Owned(Value::Integer(i))
}

fn owned(v: Value) -> ToSqlOutput<'static> {
    ToSqlOutput::Owned(v)
}

/// `YYYY-MM-DD`.
pub(crate) fn day(d: chrono::NaiveDate) -> String {
    Day::of(d).as_str().to_owned()
}

/// A date as the store writes it (`YYYY-MM-DD`), formatted by hand into a buffer: the writer
/// formats several per record, and `format!` (chrono's formatter before it) with its
/// allocation was a visible share of the writer thread.
enum Day {
    /// Years 0–9999, the ones that take four digits.
    Digits(dyad_time::IsoDay),
    /// Any other year, formatted as before (`{:04}` with a sign or more digits).
    Other(String),
}

impl Day {
    fn of(d: chrono::NaiveDate) -> Day {
        use chrono::Datelike;
        match dyad_time::IsoDay::of(d) {
            Some(day) => Day::Digits(day),
            None => Day::Other(format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            Day::Digits(day) => day.as_str(),
            Day::Other(s) => s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::Generator;

    /// The detail lines of a statement's query plan.
    fn plan(conn: &rusqlite::Connection, sql: &str) -> Vec<String> {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).expect("explain");
        let n = stmt.parameter_count();
        let nulls = vec![rusqlite::types::Null; n];
        stmt.query_map(params_from_iter(nulls), |r| r.get::<_, String>(3))
            .expect("plan")
            .collect::<rusqlite::Result<_>>()
            .expect("plan rows")
    }

    /// Sentence rows are written in groups and one by one: every count from none to past two
    /// groups comes back whole and in order.
    #[test]
    fn every_sentence_span_is_stored_in_order() {
        let mut store = Store::open_in_memory().expect("store");
        for n in [0, 1, SENTENCE_ROWS - 1, SENTENCE_ROWS, 2 * SENTENCE_ROWS + 5] {
            let spans: Vec<Span> = (0..n)
                .map(|i| Span {
                    start: 3 * i,
                    end: 3 * i + 2,
                })
                .collect();
            let id = format!("a{n}");
            let text = "ab ".repeat(n);
            let article = NewArticle {
                id: &id,
                raw: &text,
                text: &text,
                sentences: &spans,
                ..Default::default()
            };
            store.ingest(&article, &[]).expect("ingest");
            store.commit().expect("commit");
            let stored: Vec<(i64, i64, i64)> = store
                .conn
                .prepare("SELECT s.idx, s.start, s.end FROM sentences s JOIN articles a USING (article) WHERE a.article_id = ?1 ORDER BY s.idx")
                .and_then(|mut q| q.query_map([&id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect())
                .expect("rows");
            let expected: Vec<(i64, i64, i64)> = spans
                .iter()
                .enumerate()
                .map(|(i, s)| (i as i64, s.start as i64, s.end as i64))
                .collect();
            assert_eq!(stored, expected, "{n} sentences");
        }
    }

    /// The value lists are allocated at the size of their statements.
    #[test]
    fn parameter_counts_match_the_statements() {
        let store = Store::open_in_memory().expect("store");
        let count = |sql: &str| store.conn.prepare(sql).expect("prepare").parameter_count();
        assert_eq!(count(&INSERT_EVENT), EVENT_PARAMS);
        assert_eq!(count(&INSERT_MENTION), MENTION_PARAMS);
    }

    /// The hand-written date is what `format!` wrote, for every year it handles and around the
    /// edges where it hands over.
    #[test]
    fn days_are_formatted_as_before() {
        use chrono::NaiveDate;
        let dates = [
            (0, 1, 1),
            (9, 2, 3),
            (99, 10, 31),
            (999, 12, 9),
            (1970, 1, 1),
            (2026, 12, 7),
            (9999, 12, 31),
            (-1, 12, 31),
            (-44, 3, 15),
            (10000, 1, 1),
        ];
        for (y, m, d) in dates {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("date");
            assert_eq!(day(date), format!("{y:04}-{m:02}-{d:02}"), "{date:?}");
        }
        let mut date = NaiveDate::from_ymd_opt(1999, 12, 25).expect("date");
        for _ in 0..400 {
            assert_eq!(day(date), date.format("%Y-%m-%d").to_string());
            date = date.succ_opt().expect("next day");
        }
    }

    /// A prepared record carries what the store writes of it; a sentence's text comes with its
    /// first record only, so text search indexes it once.
    #[test]
    fn prepared_records_index_each_sentence_once() {
        let a = Generator::new(3, 2).article();
        let mut records = a.records.clone();
        assert!(!records.is_empty());
        // Two records from one sentence.
        let mut twin = records[0].clone();
        twin.id.push_str("-twin");
        records.insert(1, twin);
        let prepared = prepare(&records).expect("prepare");
        assert_eq!(prepared.len(), records.len());
        let mut seen = HashSet::new();
        for (p, r) in prepared.iter().zip(&records) {
            assert_eq!(p.id, r.id);
            assert_eq!(p.key, DedupKey::of(r));
            assert_eq!(p.json, serde_json::to_string(r).expect("json"));
            let first = seen.insert(r.sentence_index);
            assert_eq!(p.sentence.as_deref(), first.then_some(r.sentence.as_str()), "{}", r.id);
            assert_eq!(p.date_start, p.key.start.map(day));
            assert_eq!(p.date_end, p.key.end.map(day));
        }
        assert!(prepared[1].sentence.is_none());
    }

    /// Random merge keys over a few actors (nested codes, uncoded text), kinds, dates of every
    /// precision (and years SQLite's date functions do not read), countries and places.
    fn random_key(rng: &mut crate::synth::Rng) -> DedupKey {
        use chrono::NaiveDate;
        let mut pick = |n: usize| (rng.next_u64() % n as u64) as usize;
        const ACTORS: [&str; 8] = ["IRN", "IRNGOV", "IRNGOVMIL", "ISR", "ISRMIL", "~the gunmen", "", "USA"];
        const KINDS: [(&str, Option<&str>); 6] = [
            ("04", Some("CONSULT")),
            ("03", Some("CONSULT")),
            ("08", Some("CONCEDE")),
            ("08", Some("RETREAT")),
            ("01", None),
            ("19", Some("ASSAULT")),
        ];
        const PLACES: [Option<(f64, f64)>; 5] = [
            None,
            Some((48.85, 2.35)),
            Some((49.40, 2.80)),
            Some((50.63, 3.06)),
            Some((52.52, 13.40)),
        ];
        let (root, plover) = KINDS[pick(KINDS.len())];
        let base = match pick(20) {
            0 => NaiveDate::from_ymd_opt(-44, 3, 1),
            1 => NaiveDate::from_ymd_opt(9999, 12, 20),
            _ => NaiveDate::from_ymd_opt(2026, 3, 1),
        }
        .expect("date");
        let start = base + chrono::Duration::days(pick(40) as i64);
        let span = [0, 0, 0, 1, 6, 30, 31, 32, 365][pick(9)];
        let dated = pick(12) != 0;
        let place = PLACES[pick(PLACES.len())];
        DedupKey {
            source_key: ACTORS[pick(ACTORS.len())].into(),
            target_key: ACTORS[pick(ACTORS.len())].into(),
            negated: pick(6) == 0,
            cameo_root: root.into(),
            plover_type: plover.map(str::to_string),
            start: dated.then_some(start),
            end: dated.then(|| start + chrono::Duration::days(span)),
            by_publication: pick(2) == 0,
            location_country: [None, Some("FRA"), Some("DEU")][pick(3)].map(str::to_string),
            lat: place.map(|p| p.0),
            lon: place.map(|p| p.1),
        }
    }

    /// The merge lookup through the narrow index finds what the rule finds over every stored
    /// event (a scan, no index), for many mentions against a few thousand events.
    #[test]
    fn the_merge_lookup_finds_what_the_rule_finds() {
        let store = Store::open_in_memory().expect("store");
        let mut rng = crate::synth::Rng::new(11);
        let mut insert = store
            .conn
            .prepare(
                "INSERT INTO events (key, source_key, target_key, source_block, target_block, by_publication, \
                 cameo_code, cameo_root, plover_type, negated, date_start, date_end, location_country, lat, lon, \
                 num_mentions, num_articles, num_sources, added_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, 1, 1, '')",
            )
            .expect("insert");
        let mut stored = Vec::new();
        for i in 0..3000 {
            let k = random_key(&mut rng);
            insert
                .execute(params![
                    format!("e{i}"),
                    k.source_key,
                    k.target_key,
                    dedup::actor_block(&k.source_key),
                    dedup::actor_block(&k.target_key),
                    k.by_publication,
                    k.cameo_root,
                    k.plover_type,
                    k.negated,
                    k.start.map(day),
                    k.end.map(day),
                    k.location_country,
                    k.lat,
                    k.lon
                ])
                .expect("event");
            // As the rule reads it back: a date in a form `parse_date` does not read (a
            // five-digit year) is none.
            let back = |d: Option<chrono::NaiveDate>| d.map(day).as_deref().and_then(dedup::parse_date);
            let text = (k.start.map(day), k.end.map(day));
            let k = DedupKey {
                start: back(k.start),
                end: back(k.end),
                ..k
            };
            stored.push((store.conn.last_insert_rowid(), k, text));
        }
        for max_km in [100.0, 20.0] {
            let options = DedupOptions {
                max_km,
                ..DedupOptions::default()
            };
            let mut writer = MentionWriter::new(&store.conn, options, "").expect("writer");
            let mut found = 0;
            for _ in 0..3000 {
                let key = random_key(&mut rng);
                // A window reaching past the years 0000-9999 is looked up as schema version 3
                // did, comparing dates as text (where "10000-01-01" sorts before "9999-12-31").
                let by_text = key.window(&options).and_then(|(lo, hi)| {
                    let oldest = lo - chrono::Duration::days(dedup::MAX_MERGE_SPAN_DAYS);
                    let latest = hi + chrono::Duration::days(options.window_days);
                    let in_range = merge_index::has_day_number(oldest) && merge_index::has_day_number(latest);
                    (!in_range).then(|| (day(oldest), day(latest), day(lo)))
                });
                let in_text_range = |(start, end): &(Option<String>, Option<String>)| match (&by_text, start, end) {
                    (None, _, _) => true,
                    (Some((oldest, latest, lo)), Some(start), Some(end)) => {
                        start >= oldest && start <= latest && end >= lo
                    }
                    _ => false,
                };
                let expected = dedup::choose(
                    &key,
                    stored
                        .iter()
                        .filter(|(_, core, text)| dedup::compatible(core, &key, &options) && in_text_range(text))
                        .map(|(id, k, _)| (*id, k)),
                );
                assert_eq!(writer.find_event(&key).expect("lookup"), expected, "{key:?}");
                found += usize::from(expected.is_some());
            }
            assert!(found > 300, "{found} mentions found an event");
        }
    }

    #[test]
    fn ingest_statements_use_their_indexes_whatever_the_statistics() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.db");
        {
            let mut store = Store::open(&path).expect("store");
            let a = Generator::new(1, 2).article();
            store.ingest(&a.as_new(), &a.records).expect("ingest");
            store.commit().expect("commit");
        }
        // Closing analysed a store of one article: statistics that call every table tiny.
        let store = Store::open(&path).expect("reopen");
        let analysed: i64 = store
            .conn
            .query_row("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'articles'", [], |r| {
                r.get(0)
            })
            .expect("stat1");
        assert!(analysed > 0, "the close ran ANALYZE");
        for sql in [
            CURRENT_VERSION,
            ARTICLE_EVENTS,
            DETACH_MENTIONS,
            CANDIDATES,
            UPDATE_COUNTS,
        ] {
            let plan = plan(&store.conn, sql);
            assert!(
                plan.iter().all(|step| !step.starts_with("SCAN")),
                "{sql}\nplans a scan: {plan:?}"
            );
        }
        // The merge lookup reads only its index, never the event rows.
        let plan = plan(&store.conn, CANDIDATES);
        assert!(
            plan.iter().any(|step| step.contains("COVERING INDEX events_dedup")),
            "{plan:?}"
        );
    }
}
