//! dyad-store: the event store — a dataset, not a stream of lines.
//!
//! Articles (raw and clean text, metadata, versions), their sentences, every coded event record
//! as a *mention* with its evidence, and *events*: clusters of mentions that report the same
//! real-world event (see [`dedup`] for the rule), with their mention, article and source counts.
//! Everything lives in one SQLite file (WAL mode) that needs no server. Any SQLite client reads
//! it; the merge index ([`merge_index`]) is computed by two SQL functions of this crate, which
//! a client that writes events, vacuums or checks the file must register
//! ([`merge_index::register_functions`]); [`Store::integrity_check`] and [`Store::vacuum`]
//! (`dyad check`) do it for the check and the compaction.
//!
//! Crash safety: articles are written in batches, one transaction per batch; a write error rolls
//! the whole batch back, as a killed process would, so an article is stored entirely or not at
//! all, and re-ingesting skips what is already stored (by content hash).

pub mod dedup;
pub mod export;
mod ingest;
pub mod merge_index;
#[cfg(feature = "parquet")]
mod parquet;
pub mod query;
mod recluster;
pub mod schema;
pub mod synth;

pub use dedup::DedupOptions;
pub use ingest::{ArticleOutcome, ArticleStatus, NewArticle, Prepared, prepare};
pub use recluster::ReclusterSummary;

use rusqlite::{Connection, OptionalExtension};
use std::path::Path;

/// What can go wrong with a store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "the database has schema version {found}, newer than the {supported} this dyad knows: use a newer dyad \
         (the file was not changed)"
    )]
    NewerSchema { found: i64, supported: i64 },
    #[error("the file is an SQLite database but not a dyad store (the file was not changed)")]
    NotAStore,
    #[error("cannot serialise an event record: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing failed and the whole batch in progress was rolled back (as if the process had
    /// been killed): re-running the same ingest completes it.
    #[error("the store could not be written ({0}); the batch in progress was rolled back")]
    BatchRolledBack(#[source] rusqlite::Error),
    #[error("cannot write the export: {0}")]
    Export(String),
    #[error("cannot sync the store {0} to disk: {1}")]
    Sync(String, #[source] std::io::Error),
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

pub type Result<T> = std::result::Result<T, Error>;

/// Row counts of a store.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: i64,
    pub mentions: i64,
    pub events: i64,
}

/// An open store. Writes happen in batches: [`Store::ingest`] opens a transaction when none is
/// open, [`Store::commit`] ends it; dropping the store without committing rolls the batch back.
pub struct Store {
    conn: Connection,
    options: DedupOptions,
    in_batch: bool,
    /// When the batch in progress began (`ingested_at`, `added_at`).
    batch_time: String,
    /// Actor codes known to be in `actors`, so most inserts are skipped.
    known_actors: std::collections::HashSet<String>,
    /// At least the longest date interval of a stored event, in days (bounds the candidate
    /// lookup); read on the first ingest.
    max_span_days: Option<i64>,
    /// Something was written: refresh the planner's statistics on close.
    wrote: bool,
    /// Set by [`Store::bulk_load`].
    bulk: Option<BulkLoad>,
    /// The batch's sentences to index for text search, (FTS rowid, text): written at commit.
    pending_fts: Vec<(i64, String)>,
}

/// A bulk load in progress: see [`Store::bulk_load`].
#[derive(Debug, Clone, Copy, Default)]
struct BulkLoad {
    /// The highest event id when the load began (about the number of events).
    events_at_start: Option<i64>,
    /// Events this load has founded.
    new_events: i64,
    /// The query indexes are dropped, to be built again by [`Store::finish`].
    dropped: bool,
    /// Foreign keys are not checked until [`Store::finish`].
    unchecked: bool,
    /// The load began on an empty store: nothing is synced to disk until [`Store::finish`].
    unsynced: bool,
    /// Fewer new events than this keep the indexes.
    min_events: i64,
}

/// The page cache (`PRAGMA cache_size`, negative: KiB).
const CACHE_KIB: i64 = -65536;
/// The page cache of a lookup connection ([`Store::open_lookup`]): the root and inner pages of
/// the content-hash index, and a few leaves.
const LOOKUP_CACHE_KIB: i64 = -512;
/// The page cache while the query indexes are built, leaving the rest to the sort. SQLite sizes
/// the sort's in-memory runs from it (at least 250 pages: 4 MiB at 16 KiB pages). With 16 MiB,
/// building the indexes at the end of a 100,000-article load took the process ~20 MB above
/// the load's own peak (SQLite's allocator keeps the page cache's freed pages, and the sort
/// asks for new ones); with 4 MiB the build stays under it, and takes no longer.
const BUILD_CACHE_KIB: i64 = -4096;

/// A bulk load into a store with data keeps the query indexes below this many new events:
/// building them again over what the store held costs more than maintaining them for a small
/// load. (A load into an empty store drops them at once: see [`Store::bulk_load`].)
const BULK_MIN_EVENTS: i64 = 20_000;

impl Store {
    /// Opens (creating or migrating) the store at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        Store::with_connection(Connection::open(path)?)
    }

    /// Opens the store at `path` for [`Store::contains`] checks beside a writer (`dyad
    /// ingest`'s coding threads), with a small page cache. A reader's cache keeps what it read
    /// until the next commit, and random content hashes touch every leaf of their index (about
    /// 5 MB at 100,000 articles): with the writer's 64 MiB cache, this connection's memory grew
    /// with the store.
    pub fn open_lookup(path: &Path) -> Result<Store> {
        let store = Store::open(path)?;
        store
            .conn
            .execute_batch(&format!("PRAGMA cache_size = {LOOKUP_CACHE_KIB};"))?;
        Ok(store)
    }

    /// `PRAGMA integrity_check` on a connection with the merge index's functions registered
    /// (a plain SQLite client cannot check that index): `["ok"]`, or the problems found.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
        Ok(rows.collect::<std::result::Result<_, _>>()?)
    }

    /// Rewrites the file without its free pages (`VACUUM`), as a plain SQLite client cannot:
    /// rebuilding the merge index needs its functions.
    pub fn vacuum(&mut self) -> Result<()> {
        self.conn.execute_batch("VACUUM")?;
        Ok(())
    }

    /// A store in memory (tests).
    pub fn open_in_memory() -> Result<Store> {
        Store::with_connection(Connection::open_in_memory()?)
    }

    fn with_connection(mut conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // Larger pages for a new store (no effect on an existing one): a mention row carries its
        // record's JSON (~850 bytes), and fewer, fuller pages mean fewer WAL frames to write.
        conn.execute_batch("PRAGMA page_size = 16384;")?;
        // Refuse a newer or foreign database before changing anything in it (WAL included).
        schema::migrate(&mut conn)?;
        // WAL: readers do not block the writer and a killed writer leaves the last commit intact;
        // synchronous=NORMAL is durable against a process kill (not a power cut) and much faster.
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        // Fewer, larger checkpoints: each one syncs the disk.
        conn.execute_batch(&format!(
            "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = {CACHE_KIB}; \
             PRAGMA wal_autocheckpoint = 8192;"
        ))?;
        conn.set_prepared_statement_cache_capacity(64);
        let options = load_options(&conn)?;
        Ok(Store {
            conn,
            options,
            in_batch: false,
            batch_time: now(),
            known_actors: Default::default(),
            max_span_days: None,
            wrote: false,
            bulk: None,
            pending_fts: Vec::new(),
        })
    }

    /// The deduplication settings in force (saved by the last `recluster`).
    pub fn dedup_options(&self) -> DedupOptions {
        self.options
    }

    /// The underlying connection, for read-only checks (tests, tools).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Commits the open batch, if any.
    pub fn commit(&mut self) -> Result<()> {
        if self.in_batch {
            if let Err(e) = self.write_pending_fts() {
                return Err(self.abandon_batch(e));
            }
            self.conn.execute_batch("COMMIT")?;
            self.in_batch = false;
            self.wrote = true;
            self.drop_query_indexes_if_bulk()?;
        }
        Ok(())
    }

    /// Declares a bulk load (`dyad ingest`): once this writer has founded more events than the
    /// store held when it began (and at least [`BULK_MIN_EVENTS`]), the indexes only queries use
    /// are dropped, and [`Store::finish`] builds them again in one sorted pass. Inserting into
    /// four query indexes at random places was a fifth of the writer's time, growing with the
    /// store; building an index from scratch sorts once. A load into an empty store drops them
    /// before its first batch: the build then covers only what the load wrote, and sorting
    /// costs less than keeping the indexes row by row however small the load (~19,000 against
    /// ~27,000 instructions per event at 1,000 articles).
    ///
    /// Until `finish`, queries on the store (another process's `dyad serve`) are right but
    /// slower. A load killed before `finish` leaves the indexes out; the next `finish` (any
    /// later `dyad ingest`) builds them.
    ///
    /// This writer also stops checking foreign keys until `finish` (a parent row looked up for
    /// every sentence and mention inserted: 4% of the writer's instructions). Ingest writes
    /// every parent before its children (an article before its sentences and mentions, an
    /// event before the mentions that join it), and never deletes; a test checks a bulk load's
    /// store with `PRAGMA foreign_key_check`.
    ///
    /// A bulk load into an empty store (a new file) does not sync to disk until `finish`
    /// (`PRAGMA synchronous = OFF`): every checkpoint of the write-ahead log waited 0.1–0.25 s
    /// for the disk, and the coding threads, whose results wait in a bounded window, idled
    /// with it (about a tenth of the run at 10,000 articles). A killed process still leaves
    /// the last commit intact; a power cut during such a load may damage the new store, which
    /// held nothing before it, so running the load again loses nothing. `finish` checkpoints
    /// and syncs, and a store that had data keeps `synchronous = NORMAL` throughout.
    pub fn bulk_load(&mut self) {
        self.bulk_load_from(BULK_MIN_EVENTS);
    }

    /// [`Store::bulk_load`] with another minimum of new events (tests, tools).
    pub fn bulk_load_from(&mut self, min_events: i64) {
        self.bulk = Some(BulkLoad {
            min_events,
            ..BulkLoad::default()
        });
    }

    /// Commits, and builds any query index a bulk load dropped (or a killed one left out);
    /// ends the bulk load.
    pub fn finish(&mut self) -> Result<()> {
        self.commit()?;
        self.ensure_query_indexes()?;
        if self.bulk.is_some_and(|b| b.unchecked) {
            self.conn.execute_batch("PRAGMA foreign_keys = ON")?;
        }
        if self.bulk.is_some_and(|b| b.unsynced) {
            self.sync_to_disk()?;
        }
        self.bulk = None;
        Ok(())
    }

    /// Ends an unsynced bulk load: the whole log copied into the database file (still without
    /// syncs) and emptied, the database file synced once, then `synchronous = NORMAL` again.
    ///
    /// Until the sync returns the load has not ended, and a power cut may damage the new
    /// store as during the load; after it, the file holds everything. (Switching to NORMAL
    /// first made the checkpoint sync the unsynced log, up to 128 MiB, before copying it:
    /// 0.15 s more at the end of a 10,000-article load, on one thread.) A reader that keeps
    /// part of the log from being copied (busy, which is no error) leaves that part in the
    /// log, which is then synced too.
    fn sync_to_disk(&mut self) -> Result<()> {
        let (busy, log, copied): (i64, i64, i64) = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
        if let Some(path) = self.conn.path().filter(|p| !p.is_empty()).map(str::to_string) {
            let sync = |path: &str| {
                std::fs::File::open(path)
                    .and_then(|file| file.sync_all())
                    .map_err(|e| Error::Sync(path.to_string(), e))
            };
            sync(&path)?;
            if busy != 0 || copied < log {
                sync(&format!("{path}-wal"))?;
            }
        }
        self.conn.execute_batch("PRAGMA synchronous = NORMAL")?;
        Ok(())
    }

    /// Creates the query indexes that are missing, in one transaction.
    fn ensure_query_indexes(&mut self) -> Result<()> {
        let mut missing = Vec::new();
        for (name, sql) in schema::QUERY_INDEXES {
            let present = self
                .conn
                .prepare_cached("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1")?
                .exists([name])?;
            if !present {
                missing.push(*sql);
            }
        }
        if missing.is_empty() {
            return Ok(());
        }
        let started = std::time::Instant::now();
        // The sort spills to a temporary file, not memory (`temp_store = MEMORY` would hold
        // every event's key), and its memory, which SQLite sizes from the page cache, comes out
        // of the page cache: peak memory does not grow with the store.
        self.conn.execute_batch(&format!(
            "PRAGMA temp_store = FILE; PRAGMA cache_size = {BUILD_CACHE_KIB};"
        ))?;
        let built = self.build_indexes(&missing);
        self.conn
            .execute_batch(&format!("PRAGMA temp_store = MEMORY; PRAGMA cache_size = {CACHE_KIB};"))?;
        built?;
        tracing::info!("{} query indexes built in {:.2?}", missing.len(), started.elapsed());
        Ok(())
    }

    fn build_indexes(&mut self, sqls: &[&str]) -> Result<()> {
        let tx = self.conn.transaction()?;
        for sql in sqls {
            tx.execute_batch(sql)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// In a bulk load that has outgrown the store it began with, drops the query indexes.
    fn drop_query_indexes_if_bulk(&mut self) -> Result<()> {
        let Some(bulk) = self.bulk.as_mut() else {
            return Ok(());
        };
        let at_start = bulk.events_at_start.unwrap_or(0);
        if bulk.dropped || bulk.new_events <= at_start.max(bulk.min_events) {
            return Ok(());
        }
        bulk.dropped = true;
        self.drop_query_indexes()
    }

    fn drop_query_indexes(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        for (name, _) in schema::QUERY_INDEXES {
            // Names are constants of this crate.
            tx.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
        }
        tx.commit()?;
        // Committed: a store closed without `finish` builds them again (`Drop`), even when
        // the load into an empty store rolled back its first batch.
        self.wrote = true;
        tracing::info!("bulk load: query indexes dropped until the end of the load");
        Ok(())
    }

    fn begin(&mut self) -> Result<()> {
        let mut into_empty = false;
        if let Some(bulk) = self.bulk.as_mut()
            && bulk.events_at_start.is_none()
        {
            let max: Option<i64> = self.conn.query_row("SELECT max(event) FROM events", [], |r| r.get(0))?;
            bulk.events_at_start = Some(max.unwrap_or(0));
            let empty = max.is_none()
                && !self
                    .conn
                    .query_row("SELECT EXISTS (SELECT 1 FROM articles)", [], |r| r.get::<_, bool>(0))?;
            if empty && !self.in_batch {
                // Outside a transaction, like every pragma here; see `bulk_load`.
                self.conn.execute_batch("PRAGMA synchronous = OFF")?;
                bulk.unsynced = true;
                bulk.dropped = true;
                into_empty = true;
            }
        }
        if into_empty {
            // See `bulk_load`: nothing to build again but what this load writes.
            self.drop_query_indexes()?;
        }
        if let Some(bulk) = self.bulk.as_mut()
            && !bulk.unchecked
            && !self.in_batch
        {
            // Outside a transaction: inside one, SQLite ignores the pragma.
            self.conn.execute_batch("PRAGMA foreign_keys = OFF")?;
            bulk.unchecked = true;
        }
        if !self.in_batch {
            // IMMEDIATE takes the write lock now, so a concurrent writer waits instead of failing
            // half-way through a batch.
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            self.in_batch = true;
            self.batch_time = now();
        }
        Ok(())
    }

    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<i64> {
            // Table names are constants of this crate, never input.
            Ok(self
                .conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
        };
        Ok(Counts {
            articles: count("articles")?,
            mentions: count("mentions")?,
            events: count("events")?,
        })
    }
}

impl Store {
    /// Rolls the batch back after `e` failed a write in it; a database error becomes
    /// [`Error::BatchRolledBack`].
    pub(crate) fn abandon_batch(&mut self, e: Error) -> Error {
        self.rollback();
        match e {
            Error::Sqlite(e) => Error::BatchRolledBack(e),
            e => e,
        }
    }

    /// Abandons the batch in progress (after a failed write).
    fn rollback(&mut self) {
        if self.in_batch {
            self.in_batch = false;
            // What the cache says may have been rolled back with the batch.
            self.known_actors.clear();
            self.pending_fts.clear();
            self.max_span_days = None;
            if let Err(e) = self.conn.execute_batch("ROLLBACK") {
                tracing::warn!("rollback of a failed batch failed: {e}");
            }
        }
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        if self.in_batch {
            // Leaving without commit means the batch was abandoned: undo it whole.
            if let Err(e) = self.conn.execute_batch("ROLLBACK") {
                tracing::warn!("rollback of an unfinished batch failed: {e}");
            }
        } else if self.wrote {
            // A load that ends without `finish` (a storage error): closing checkpoints the
            // log, with syncs again.
            if self.bulk.is_some_and(|b| b.unsynced)
                && let Err(e) = self.conn.execute_batch("PRAGMA synchronous = NORMAL")
            {
                tracing::warn!("restoring synchronous = NORMAL failed: {e}");
            }
            if self.bulk.is_some_and(|b| b.dropped)
                && let Err(e) = self.ensure_query_indexes()
            {
                tracing::warn!("building the query indexes failed (the next `dyad ingest` builds them): {e}");
            }
            // Without statistics the planner may scan a date index for an actor filter; SQLite
            // recommends this on closing a connection that wrote (a bounded, quick analysis).
            if let Err(e) = self.conn.execute_batch("PRAGMA analysis_limit = 400; PRAGMA optimize;") {
                tracing::warn!("updating the planner statistics failed: {e}");
            }
        }
    }
}

const WINDOW_KEY: &str = "dedup.window_days";
const KM_KEY: &str = "dedup.max_km";
const EXACT_KEY: &str = "dedup.exact_actors";
/// At least the longest date interval (days) of any stored mention: bounds date range scans.
const SPAN_KEY: &str = "max_span_days";

/// The stored bound on date intervals (0 when nothing is stored).
fn max_span_days(conn: &Connection) -> Result<i64> {
    let value: Option<String> = conn
        .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
        .query_row([SPAN_KEY], |r| r.get(0))
        .optional()?;
    Ok(value.and_then(|v| v.parse().ok()).unwrap_or(0))
}

fn load_options(conn: &Connection) -> Result<DedupOptions> {
    let get = |key: &str| -> Result<Option<String>> {
        Ok(conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    };
    let mut options = DedupOptions::default();
    if let Some(v) = get(WINDOW_KEY)?.and_then(|v| v.parse().ok()) {
        options.window_days = v;
    }
    if let Some(v) = get(KM_KEY)?.and_then(|v| v.parse().ok()) {
        options.max_km = v;
    }
    if let Some(v) = get(EXACT_KEY)?.and_then(|v| v.parse().ok()) {
        options.exact_actors = v;
    }
    Ok(options)
}

fn save_options(conn: &Connection, options: &DedupOptions) -> Result<()> {
    let mut put = conn.prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")?;
    put.execute([WINDOW_KEY, &options.window_days.to_string()])?;
    put.execute([KM_KEY, &options.max_km.to_string()])?;
    put.execute([EXACT_KEY, &options.exact_actors.to_string()])?;
    Ok(())
}

/// Now, as stored in `ingested_at` / `added_at`.
fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synth::Generator;

    fn query_indexes(store: &Store) -> i64 {
        store
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN \
                 ('events_source', 'events_target', 'events_date', 'events_location')",
                [],
                |r| r.get(0),
            )
            .expect("schema")
    }

    /// A load into an empty store sets the query indexes aside before its first batch; if that
    /// batch is rolled back and the store closed without `finish`, closing builds them again.
    #[test]
    fn an_empty_store_keeps_its_query_indexes_when_the_first_batch_fails() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.db");
        {
            let mut store = Store::open(&path).expect("store");
            store.bulk_load();
            let a = Generator::new(1, 2).article();
            store.ingest(&a.as_new(), &a.records).expect("ingest");
            assert_eq!(query_indexes(&store), 0, "set aside at the first batch");
            store.rollback();
        }
        let store = Store::open(&path).expect("reopen");
        assert_eq!(query_indexes(&store), 4);
        assert_eq!(store.counts().expect("counts"), Counts::default());
    }
}
