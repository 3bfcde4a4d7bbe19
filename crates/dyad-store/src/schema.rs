//! The database layout and its migrations.
//!
//! The schema version lives in `PRAGMA user_version`; `MIGRATIONS[i]` takes a database from
//! version `i` to `i + 1`. A database whose version is newer than this build knows is refused
//! before anything is written, so an old binary never corrupts a newer store.

use crate::Error;
use rusqlite::Connection;

/// `PRAGMA application_id` of a dyad store ("dyad" in ASCII), so other SQLite files are refused.
pub const APPLICATION_ID: i64 = 0x6479_6164;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Version 1: articles (versions by URL or id), sentences, mentions (one coded event record each,
/// with its evidence) and events (clusters of mentions of the same real-world event).
const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
    article        INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL,
    -- url when there is one, else article_id: what versions are counted by.
    identity       TEXT NOT NULL,
    version        INTEGER NOT NULL,
    -- 1 for the latest version of its identity; older versions keep their rows, not their events.
    current        INTEGER NOT NULL DEFAULT 1,
    content_hash   TEXT NOT NULL UNIQUE,
    url            TEXT,
    source         TEXT,
    title          TEXT,
    published      TEXT,
    published_original TEXT,
    byline         TEXT,
    language       TEXT,
    origin         TEXT,
    raw            TEXT NOT NULL,
    text           TEXT NOT NULL,
    ingested_at    TEXT NOT NULL
);
CREATE INDEX articles_identity ON articles(identity, version);
CREATE INDEX articles_article_id ON articles(article_id);

CREATE TABLE sentences (
    article  INTEGER NOT NULL REFERENCES articles(article),
    idx      INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    PRIMARY KEY (article, idx)
) WITHOUT ROWID;

-- Text search over the sentences that carry events; rowid = article * 65536 + idx.
CREATE VIRTUAL TABLE sentence_fts USING fts5(text, content='', tokenize='unicode61');

CREATE TABLE actors (
    code    TEXT PRIMARY KEY,
    country TEXT,
    name    TEXT
) WITHOUT ROWID;

CREATE TABLE events (
    event            INTEGER PRIMARY KEY,
    -- The record id of the founding mention (the event's first mention, whose record and
    -- columns the event shows): stable across re-ingests of the same inputs.
    key              TEXT NOT NULL,
    source_key       TEXT NOT NULL,
    target_key       TEXT NOT NULL,
    -- dedup::actor_block of the keys: candidates for a merge share them.
    source_block     TEXT NOT NULL,
    target_block     TEXT NOT NULL,
    -- 1 when the date is the article's publication date (the event may be a day older).
    by_publication   INTEGER NOT NULL,
    source_code      TEXT,
    source_country   TEXT,
    target_code      TEXT,
    target_country   TEXT,
    cameo_code       TEXT NOT NULL,
    cameo_root       TEXT NOT NULL,
    plover_type      TEXT,
    quad_class       INTEGER,
    goldstein        REAL,
    negated          INTEGER NOT NULL,
    date             TEXT,
    date_precision   TEXT,
    date_start       TEXT,
    date_end         TEXT,
    location_country TEXT,
    location_name    TEXT,
    lat              REAL,
    lon              REAL,
    num_mentions     INTEGER NOT NULL,
    num_articles     INTEGER NOT NULL,
    num_sources      INTEGER NOT NULL,
    first_seen       TEXT,
    last_seen        TEXT,
    added_at         TEXT NOT NULL
);
-- Merge candidates: same actor blocks and polarity, by date.
CREATE INDEX events_dedup ON events(source_block, target_block, negated, date_start);
-- Actor filters: a code prefix of three letters or more fixes the block (its first three
-- letters); the code range and the dates are then checked inside the index, without reading
-- rows.
CREATE INDEX events_source ON events(source_block, negated, source_code, date_start);
CREATE INDEX events_target ON events(target_block, negated, target_code, date_start);
CREATE INDEX events_date ON events(date_start);
-- Partial: events without a place (most) cost nothing here; `location_country = ?` uses it.
CREATE INDEX events_location ON events(location_country, date_start) WHERE location_country IS NOT NULL;
-- CAMEO and PLOVER filters narrow an actor or date scan: every index costs ingest speed.

-- One coded event record as found in one article sentence: the evidence of an event.
CREATE TABLE mentions (
    mention          INTEGER PRIMARY KEY,
    article          INTEGER NOT NULL REFERENCES articles(article),
    sentence_index   INTEGER NOT NULL,
    record_id        TEXT NOT NULL,
    -- NULL once the article has a newer version.
    event            INTEGER REFERENCES events(event),
    source_key       TEXT NOT NULL,
    target_key       TEXT NOT NULL,
    -- dedup::actor_block of the keys: candidates for a merge share them.
    source_block     TEXT NOT NULL,
    target_block     TEXT NOT NULL,
    -- 1 when the date is the article's publication date (the event may be a day older).
    by_publication   INTEGER NOT NULL,
    source_code      TEXT,
    source_country   TEXT,
    target_code      TEXT,
    target_country   TEXT,
    cameo_code       TEXT NOT NULL,
    cameo_root       TEXT NOT NULL,
    plover_type      TEXT,
    quad_class       INTEGER,
    goldstein        REAL,
    negated          INTEGER NOT NULL,
    date             TEXT,
    date_precision   TEXT,
    date_start       TEXT,
    date_end         TEXT,
    location_country TEXT,
    location_name    TEXT,
    lat              REAL,
    lon              REAL,
    outlet           TEXT,
    seen             TEXT,
    -- Evidence: byte spans into the article's clean text (verb, source, target).
    verb_start       INTEGER NOT NULL,
    verb_end         INTEGER NOT NULL,
    source_start     INTEGER,
    source_end       INTEGER,
    target_start     INTEGER,
    target_end       INTEGER,
    record           TEXT NOT NULL,
    UNIQUE (article, record_id)
);
-- Covers the count query of an event (mention rows are large: reading them costs a page each).
CREATE INDEX mentions_event ON mentions(event, article, outlet, seen);
"#;

/// Version 2: the deduplication lookup's index also holds the event's kind and end date, so
/// candidates of another kind or long past are skipped in the index without reading their
/// rows (a store of millions of events had made every insert read thousands of pages).
const V2: &str = r#"
DROP INDEX events_dedup;
CREATE INDEX events_dedup ON events(source_block, target_block, negated, date_start, cameo_root, plover_type, date_end);
"#;

/// Version 3: the deduplication index covers everything the merge rule reads of a candidate, so
/// finding the event a mention joins never reads an event row. Rows are scattered across a
/// large table: at 100,000 articles, fetching each candidate's row was a tenth of all ingest
/// CPU and most of its disk reads, and it grew with the store.
const V3: &str = r#"
DROP INDEX events_dedup;
CREATE INDEX events_dedup ON events(source_block, target_block, negated, date_start, cameo_root, plover_type,
    date_end, source_key, target_key, location_country, lat, lon, by_publication);
"#;

/// Version 4: a narrow merge index (~22 bytes an entry instead of ~90): the actor pair as one
/// 32-bit hash, `negated`, the start and end dates as day numbers and the kind, country and
/// latitude band packed into one integer ([`crate::merge_index`]). At 100,000 articles the
/// covering index of version 3 (189 MB) no longer fitted the page cache, and every batch read
/// and wrote back most of its leaves; the lookup now reads a row only for the candidates the
/// index cannot rule out. Needs the functions of [`crate::merge_index::register_functions`].
const V4: &str = r#"
DROP INDEX events_dedup;
CREATE INDEX events_dedup ON events(dyad_merge_pair(source_block, target_block), negated,
    unixepoch(date_start) / 86400, unixepoch(date_end) / 86400,
    dyad_merge_class(cameo_root, plover_type, location_country, lat, lon));
"#;

const MIGRATIONS: &[&str] = &[V1, V2, V3, V4];

/// The indexes only queries use (ingest never reads them), as the current schema defines them:
/// a bulk load drops them and builds them again at the end ([`crate::Store::bulk_load`]).
/// A test checks them against the migrated schema.
pub(crate) const QUERY_INDEXES: &[(&str, &str)] = &[
    (
        "events_source",
        "CREATE INDEX IF NOT EXISTS events_source ON events(source_block, negated, source_code, date_start)",
    ),
    (
        "events_target",
        "CREATE INDEX IF NOT EXISTS events_target ON events(target_block, negated, target_code, date_start)",
    ),
    (
        "events_date",
        "CREATE INDEX IF NOT EXISTS events_date ON events(date_start)",
    ),
    (
        "events_location",
        "CREATE INDEX IF NOT EXISTS events_location ON events(location_country, date_start) \
         WHERE location_country IS NOT NULL",
    ),
];

/// Brings `conn` to [`SCHEMA_VERSION`], refusing a newer or foreign database. Registers the
/// merge index's functions on `conn` first: the schema needs them to write events.
pub fn migrate(conn: &mut Connection) -> Result<(), Error> {
    crate::merge_index::register_functions(conn)?;
    let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if app_id != 0 && app_id != APPLICATION_ID {
        return Err(Error::NotAStore);
    }
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if app_id == 0 && version == 0 && has_tables(conn)? {
        return Err(Error::NotAStore);
    }
    for (from, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        // PRAGMA takes no parameters; the values are integers of this build.
        tx.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
            from + 1
        ))?;
        tx.commit()?;
        tracing::info!("store schema migrated to version {}", from + 1);
    }
    Ok(())
}

/// Whether the database already holds tables (a SQLite file that is not a dyad store).
fn has_tables(conn: &Connection) -> Result<bool, Error> {
    let n: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    Ok(n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The columns of `events_dedup` (expressions as SQLite wrote them), in order.
    fn dedup_index_sql(conn: &Connection) -> String {
        conn.query_row("SELECT sql FROM sqlite_schema WHERE name = 'events_dedup'", [], |r| {
            r.get(0)
        })
        .expect("index sql")
    }

    /// A version-1 store (as written by dyad 0.1 before the wider dedup index) is brought to the
    /// current version, and its dedup index is then the narrow one.
    #[test]
    fn a_version_1_store_is_migrated() {
        let mut conn = Connection::open_in_memory().expect("open");
        conn.execute_batch(V1).expect("v1");
        conn.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1;"
        ))
        .expect("stamp");
        migrate(&mut conn).expect("migrate");
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .expect("version");
        assert_eq!(version, SCHEMA_VERSION);
        let sql = dedup_index_sql(&conn);
        assert!(sql.contains("dyad_merge_pair(source_block, target_block)"), "{sql}");
        assert!(sql.contains("dyad_merge_class("), "{sql}");
    }

    /// A version-3 store with events (its covering merge index built) opens as version 4: the
    /// index is rebuilt narrow over the stored events, the store checks out whole, and further
    /// articles cluster exactly as in a store that was never version 3.
    #[test]
    fn a_version_3_store_is_migrated() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut generator = crate::synth::Generator::new(5, 3);
        let articles: Vec<_> = (0..60).map(|_| generator.article()).collect();
        let (old, new) = (dir.path().join("v3.db"), dir.path().join("v4.db"));
        for path in [&old, &new] {
            let mut store = crate::Store::open(path).expect("store");
            for a in &articles[..30] {
                store.ingest(&a.as_new(), &a.records).expect("ingest");
            }
            store.commit().expect("commit");
        }
        {
            // Back to version 3 as that version wrote it.
            let conn = Connection::open(&old).expect("open");
            conn.execute_batch(V3).expect("v3 index");
            conn.execute_batch("PRAGMA user_version = 3").expect("stamp");
            assert!(dedup_index_sql(&conn).contains("by_publication"));
        }
        let mut clusters = Vec::new();
        for path in [&old, &new] {
            let mut store = crate::Store::open(path).expect("open");
            let conn = store.connection();
            let version: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .expect("version");
            assert_eq!(version, SCHEMA_VERSION);
            assert!(dedup_index_sql(conn).contains("dyad_merge_class("));
            let check: String = conn
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .expect("integrity_check");
            assert_eq!(check, "ok");
            // The later articles, and the earlier ones again under other URLs: their records
            // join the events the first ones founded.
            let mut outcomes = Vec::new();
            for (i, a) in articles[30..].iter().chain(&articles[..30]).enumerate() {
                let url = format!("{}#{i}", a.url);
                let article = crate::NewArticle {
                    url: Some(&url),
                    ..a.as_new()
                };
                outcomes.push(store.ingest(&article, &a.records).expect("ingest"));
            }
            store.commit().expect("commit");
            assert!(outcomes.iter().map(|o| o.merged).sum::<usize>() > 30, "{outcomes:?}");
            let events: Vec<(i64, String, i64)> = store
                .connection()
                .prepare("SELECT event, key, num_mentions FROM events ORDER BY event")
                .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect())
                .expect("events");
            clusters.push((outcomes, events));
        }
        assert_eq!(clusters[0], clusters[1]);
    }

    /// What a bulk load rebuilds is exactly what the migrations created.
    #[test]
    fn query_indexes_match_the_schema() {
        let mut conn = Connection::open_in_memory().expect("open");
        migrate(&mut conn).expect("migrate");
        let schema_sql = |conn: &Connection, name: &str| -> String {
            conn.query_row("SELECT sql FROM sqlite_schema WHERE name = ?1", [name], |r| r.get(0))
                .expect("index sql")
        };
        let normalise = |sql: &str| {
            sql.replace("IF NOT EXISTS ", "")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let created: Vec<String> = QUERY_INDEXES.iter().map(|(name, _)| schema_sql(&conn, name)).collect();
        for (name, _) in QUERY_INDEXES {
            conn.execute_batch(&format!("DROP INDEX {name}")).expect("drop");
        }
        for ((name, sql), original) in QUERY_INDEXES.iter().zip(&created) {
            conn.execute_batch(sql).expect("create");
            assert_eq!(normalise(&schema_sql(&conn, name)), normalise(original), "{name}");
        }
    }
}
