//! Read connections to the store: SQLite connections are synchronous, so each request borrows
//! one on a blocking thread and gives it back.

use crate::error::ApiError;
use dyad_store::Store;
use std::path::PathBuf;
use std::sync::Mutex;

/// Idle connections kept open; more are opened under load and closed when returned.
const MAX_IDLE: usize = 8;
/// Address space each read connection may map (not memory: pages are shared with the OS cache).
const MMAP_BYTES: u64 = 4 << 30;

pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
}

impl Pool {
    pub fn new(path: PathBuf) -> Pool {
        Pool {
            path,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Runs `f` with a read-only connection on tokio's blocking pool.
    pub async fn read<T: Send + 'static>(
        self: &std::sync::Arc<Self>,
        f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let pool = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = pool.take()?;
            let result = f(&store);
            pool.give_back(store);
            result
        })
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?
    }

    fn take(&self) -> Result<Store, ApiError> {
        if let Some(store) = self.idle.lock().map_err(|_| poisoned())?.pop() {
            return Ok(store);
        }
        let store = Store::open(&self.path)?;
        // Reads only: a bug in a query cannot change the store through this connection.
        // Memory-mapped reads: a filter that reads many event rows (a PLOVER type over a whole
        // country's events) runs about twice as fast on a million events without copying every
        // page through SQLite's cache (SQLite caps the size at its compile-time maximum).
        store
            .connection()
            .execute_batch(&format!("PRAGMA query_only = ON; PRAGMA mmap_size = {MMAP_BYTES};"))?;
        Ok(store)
    }

    fn give_back(&self, store: Store) {
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < MAX_IDLE
        {
            idle.push(store);
        }
    }
}

fn poisoned() -> ApiError {
    ApiError::Internal("a connection pool lock was poisoned".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_connections_are_read_only_and_mapped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("t.db");
        drop(Store::open(&path).expect("store"));
        let pool = Pool::new(path);
        let store = pool.take().expect("connection");
        let conn = store.connection();
        let mapped: i64 = conn.query_row("PRAGMA mmap_size", [], |r| r.get(0)).expect("pragma");
        assert!(mapped > 0, "{mapped}");
        assert!(
            conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')", [])
                .is_err()
        );
    }
}
