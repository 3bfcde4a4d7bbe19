//! Re-clustering stored mentions into events with other settings, without re-ingesting.

use crate::dedup::{self, DedupKey, DedupOptions};
use crate::ingest::{SHARED_COLUMNS, UPDATE_COUNTS};
use crate::{Result, Store};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;

/// What a re-clustering did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReclusterSummary {
    /// Mentions of current article versions that were clustered.
    pub mentions: usize,
    pub events_before: i64,
    pub events_after: usize,
}

/// One event being built: its founding mention, the key it is compared by, its members.
struct Cluster {
    founder: i64,
    key: DedupKey,
    members: Vec<i64>,
}

impl Store {
    /// Rebuilds every event from the stored mentions under `options` (which later ingests then
    /// use too), in one transaction.
    pub fn recluster(&mut self, options: DedupOptions) -> Result<ReclusterSummary> {
        self.commit()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let events_before: i64 = tx.query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
        let mentions = load_mentions(&tx)?;
        let clusters = cluster(&mentions, &options);
        tx.execute_batch("UPDATE mentions SET event = NULL; DELETE FROM events;")?;
        write_clusters(&tx, &clusters)?;
        crate::save_options(&tx, &options)?;
        tx.commit()?;
        self.wrote = true;
        self.options = options;
        Ok(ReclusterSummary {
            mentions: mentions.len(),
            events_before,
            events_after: clusters.len(),
        })
    }
}

/// Mentions of current article versions, in the order they were stored.
fn load_mentions(conn: &Connection) -> Result<Vec<(i64, DedupKey)>> {
    let mut stmt = conn.prepare(
        "SELECT m.mention, m.source_key, m.target_key, m.negated, m.cameo_root, m.plover_type, m.date_start, \
         m.date_end, m.location_country, m.lat, m.lon, m.by_publication FROM mentions m JOIN articles a ON a.article = m.article \
         WHERE a.current = 1 ORDER BY m.mention",
    )?;
    let rows = stmt.query_map([], |r| {
        let date = |i: usize| -> rusqlite::Result<Option<chrono::NaiveDate>> {
            Ok(r.get::<_, Option<String>>(i)?.as_deref().and_then(dedup::parse_date))
        };
        Ok((
            r.get(0)?,
            DedupKey {
                source_key: r.get(1)?,
                target_key: r.get(2)?,
                negated: r.get(3)?,
                cameo_root: r.get(4)?,
                plover_type: r.get(5)?,
                start: date(6)?,
                end: date(7)?,
                location_country: r.get(8)?,
                lat: r.get(9)?,
                lon: r.get(10)?,
                by_publication: r.get(11)?,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Greedy clustering in mention order, the same rule ingest applies one mention at a time.
fn cluster(mentions: &[(i64, DedupKey)], options: &DedupOptions) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    // Only events in the same actor blocks with the same polarity can match: index them by that.
    let mut by_dyad: HashMap<(&str, &str, bool), Vec<usize>> = HashMap::new();
    for (id, key) in mentions {
        let group = by_dyad
            .entry((
                dedup::actor_block(&key.source_key),
                dedup::actor_block(&key.target_key),
                key.negated,
            ))
            .or_default();
        let candidates = group
            .iter()
            .map(|&i| (i as i64, &clusters[i].key))
            .filter(|(_, core)| dedup::compatible(core, key, options));
        match dedup::choose(key, candidates) {
            Some(i) => clusters[i as usize].members.push(*id),
            None => {
                group.push(clusters.len());
                clusters.push(Cluster {
                    founder: *id,
                    key: key.clone(),
                    members: vec![*id],
                });
            }
        }
    }
    clusters
}

fn write_clusters(conn: &Connection, clusters: &[Cluster]) -> Result<()> {
    let now = crate::now();
    let mut insert = conn.prepare(&format!(
        "INSERT INTO events (key, {SHARED_COLUMNS}, num_mentions, num_articles, num_sources, added_at) \
         SELECT record_id, {SHARED_COLUMNS}, 0, 0, 0, ?2 FROM mentions WHERE mention = ?1"
    ))?;
    let mut assign = conn.prepare("UPDATE mentions SET event = ?1 WHERE mention = ?2")?;
    for c in clusters {
        insert.execute(params![c.founder, now])?;
        let event = conn.last_insert_rowid();
        for &m in &c.members {
            assign.execute(params![event, m])?;
        }
    }
    conn.execute_batch(
        "UPDATE events SET (num_mentions, num_articles, num_sources, first_seen, last_seen) = \
         (SELECT count(*), count(DISTINCT article), count(DISTINCT coalesce(outlet, '#' || article)), min(seen), \
         max(seen) FROM mentions WHERE mentions.event = events.event)",
    )?;
    Ok(())
}

/// After mentions left `event`: delete it when none remain, else re-found it on its first
/// remaining mention and recount.
pub(crate) fn refresh_event(conn: &Connection, event: i64) -> Result<()> {
    let founder: Option<i64> = conn
        .prepare_cached("SELECT min(mention) FROM mentions INDEXED BY mentions_event WHERE event = ?1")?
        .query_row([event], |r| r.get(0))
        .optional()?
        .flatten();
    let Some(founder) = founder else {
        conn.prepare_cached("DELETE FROM events WHERE event = ?1")?
            .execute([event])?;
        return Ok(());
    };
    conn.prepare_cached(&format!(
        "UPDATE events SET (key, {SHARED_COLUMNS}) = (SELECT record_id, {SHARED_COLUMNS} FROM mentions \
         WHERE mention = ?2) WHERE event = ?1"
    ))?
    .execute([event, founder])?;
    conn.prepare_cached(UPDATE_COUNTS)?.execute([event])?;
    Ok(())
}
