//! dyad-store: the event store — a dataset, not a stream of lines.
//!
//! Articles (raw and clean text, metadata, versions), their sentences, every coded event record
//! as a *mention* with its evidence, and *events*: clusters of mentions that report the same
//! real-world event (see [`dedup`] for the rule), with their mention, article and source counts.
//! Everything lives in one SQLite file (WAL mode) that needs no server.
//!
//! Crash safety: articles are written in batches, one transaction per batch; a write error rolls
//! the whole batch back, as a killed process would, so an article is stored entirely or not at
//! all, and re-ingesting skips what is already stored (by content hash).

pub mod dedup;
pub mod export;
mod ingest;
#[cfg(feature = "parquet")]
mod parquet;
pub mod query;
mod recluster;
pub mod schema;
pub mod synth;

pub use dedup::DedupOptions;
pub use ingest::{ArticleOutcome, ArticleStatus, NewArticle, serialize};
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
}

impl Store {
    /// Opens (creating or migrating) the store at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        Store::with_connection(Connection::open(path)?)
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
        conn.execute_batch(
            "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; \
             PRAGMA wal_autocheckpoint = 8192;",
        )?;
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
            self.conn.execute_batch("COMMIT")?;
            self.in_batch = false;
            self.wrote = true;
        }
        Ok(())
    }

    fn begin(&mut self) -> Result<()> {
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
    /// Abandons the batch in progress (after a failed write).
    fn rollback(&mut self) {
        if self.in_batch {
            self.in_batch = false;
            // What the cache says may have been rolled back with the batch.
            self.known_actors.clear();
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
