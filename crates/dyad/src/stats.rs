//! `--stats`: throughput and peak memory of a run, one `key=value` line on stderr (read by
//! `dyad bench run`).

use std::time::{Duration, Instant};

/// How much text a run got through: articles, bytes of clean text, sentences.
#[derive(Debug, Default, Clone, Copy)]
pub struct Volume {
    pub articles: usize,
    pub bytes: usize,
    pub sentences: usize,
}

impl Volume {
    pub fn add(&mut self, article: &dyad_read::Article) {
        self.articles += 1;
        self.bytes += article.text.len();
        self.sentences += article.sentences.len();
    }
}

/// What a run did, for the stats line.
pub struct RunStats {
    pub volume: Volume,
    pub threads: usize,
    /// Time to load the dictionaries and build the coder.
    pub load: Duration,
}

/// Prints `<command>: stats: articles=… seconds=… articles_per_s=… mb_per_s=… sentences=…
/// sentences_per_s=… load_ms=… threads=… peak_rss_mb=…`.
pub fn report(command: &str, started: Instant, run: &RunStats) {
    let seconds = started.elapsed().as_secs_f64().max(1e-9);
    let peak = peak_rss_kib().map_or_else(|| "unknown".to_string(), |kib| format!("{:.1}", kib as f64 / 1024.0));
    // CPU time of all threads: on a shared machine, articles per CPU-second is the steadier figure.
    let cpu = cpu_seconds().map_or_else(|| "unknown".to_string(), |c| format!("{c:.2}"));
    eprintln!(
        "{command}: stats: articles={} seconds={seconds:.3} articles_per_s={:.1} mb_per_s={:.2} sentences={} \
         sentences_per_s={:.0} load_ms={:.0} threads={} peak_rss_mb={peak} cpu_seconds={cpu}",
        run.volume.articles,
        run.volume.articles as f64 / seconds,
        run.volume.bytes as f64 / seconds / 1e6,
        run.volume.sentences,
        run.volume.sentences as f64 / seconds,
        run.load.as_secs_f64() * 1000.0,
        run.threads,
    );
}

/// The process's peak resident set (`VmHWM` in /proc/self/status), in KiB; `None` off Linux.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// User plus system CPU time of the process so far (all threads), from /proc/self/stat
/// (clock ticks of 1/100 s, Linux's `USER_HZ` on every architecture it runs dyad on).
pub fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at field 3 (state).
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// The value of `key=` in a stats line.
pub fn field<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    line.split_whitespace()
        .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_of_a_stats_line() {
        let line = "dyad code: stats: articles=10 seconds=0.500 peak_rss_mb=12.5";
        assert_eq!(field(line, "articles"), Some("10"));
        assert_eq!(field(line, "peak_rss_mb"), Some("12.5"));
        assert_eq!(field(line, "rss"), None);
        if cfg!(target_os = "linux") {
            assert!(peak_rss_kib().is_some_and(|k| k > 0));
            assert!(cpu_seconds().is_some_and(|c| c >= 0.0));
        }
    }
}
