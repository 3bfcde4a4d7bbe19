//! A realistic synthetic news corpus for dyad's benchmarks, deterministic by seed.
//!
//! Articles are built from dyad's bundled dictionaries (countries, people, organisations,
//! armed groups, agent nouns, coded verbs) and the embedded gazetteer (cities, straits, seas,
//! regions): headlines, datelines, event sentences, quotes, attributions ("according to …",
//! "…, officials said", "reportedly"), date phrases and background sentences, 300–1,500 words
//! each (about 4 KB and 25 sentences typical). They are written in every input format dyad reads.
//!
//! Article `i` of seed `s` depends on `(s, i)` only ([`Generator::article`]), so the corpus is
//! the same whatever the thread count and any part of it can be regenerated alone.
//!
//! Layout of a corpus directory: one folder per 1,000 articles (`0000/`, `0001/`, …) holding
//! one file per article for whole-file formats (`0000042.txt`, `.md`, `.html`), one
//! `wire.jsonl` with all the folder's JSON Lines articles, and `feed-NN.xml` RSS feeds of up to
//! 25 items; `corpus.json` (not an input format dyad reads) records the parameters and totals.

pub mod article;
pub mod render;
pub mod rng;
pub mod vocab;

pub use article::{Article, Generator};
pub use vocab::Vocabulary;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// Articles per folder.
pub const SHARD: u64 = 1_000;
/// Items per RSS feed file.
pub const FEED_ITEMS: usize = 25;

/// The formats a corpus can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Txt,
    Md,
    Html,
    Jsonl,
    Rss,
    /// Each article in a format chosen by the seed: 30% JSON Lines, 25% HTML, 20% text,
    /// 15% Markdown, 10% RSS.
    Mixed,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Txt,
        Format::Md,
        Format::Html,
        Format::Jsonl,
        Format::Rss,
        Format::Mixed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Html => "html",
            Format::Jsonl => "jsonl",
            Format::Rss => "rss",
            Format::Mixed => "mixed",
        }
    }

    /// The concrete format of article `index` (differs from `self` only for `Mixed`).
    fn of_article(self, seed: u64, index: u64) -> Format {
        if self != Format::Mixed {
            return self;
        }
        let mut rng = rng::Rng::for_item(seed ^ 0x006d_6978_6564, index);
        [Format::Jsonl, Format::Html, Format::Txt, Format::Md, Format::Rss][rng.weighted(&[30, 25, 20, 15, 10])]
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| format!("unknown corpus format {s:?} (txt, md, html, jsonl, rss or mixed)"))
    }
}

/// What to generate.
#[derive(Debug, Clone)]
pub struct CorpusOptions {
    pub articles: u64,
    pub seed: u64,
    pub format: Format,
    /// Threads generating folders in parallel (the result does not depend on it).
    pub threads: usize,
}

/// What was generated.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    pub articles: u64,
    pub files: u64,
    pub bytes: u64,
    pub words: u64,
    /// Sentences as generated (the segmenter may count a few differently).
    pub sentences: u64,
}

impl Stats {
    fn add(&mut self, other: &Stats) {
        self.articles += other.articles;
        self.files += other.files;
        self.bytes += other.bytes;
        self.words += other.words;
        self.sentences += other.sentences;
    }
}

#[derive(Debug, thiserror::Error)]
#[error("cannot write {}: {source}", path.display())]
pub struct CorpusError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// Writes a corpus under `out` (created if missing); `progress` is called with the number of
/// articles written so far after each folder.
pub fn write_corpus(
    options: &CorpusOptions,
    out: &Path,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Stats, CorpusError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| CorpusError { path, source }
    };
    std::fs::create_dir_all(out).map_err(io(out))?;
    let vocab = Vocabulary::bundled();
    let generator = Generator::new(&vocab, options.seed);
    let shards = options.articles.div_ceil(SHARD);
    let next = AtomicU64::new(0);
    let done = AtomicU64::new(0);
    let total = Mutex::new(Ok(Stats::default()));
    std::thread::scope(|scope| {
        for _ in 0..options.threads.max(1) {
            scope.spawn(|| {
                loop {
                    let shard = next.fetch_add(1, Ordering::Relaxed);
                    if shard >= shards {
                        break;
                    }
                    let result = write_shard(&generator, options, out, shard);
                    let mut total = total.lock().unwrap_or_else(|e| e.into_inner());
                    match (&mut *total, result) {
                        (Ok(sum), Ok(stats)) => {
                            sum.add(&stats);
                            progress(done.fetch_add(stats.articles, Ordering::Relaxed) + stats.articles);
                        }
                        (Ok(_), Err(e)) => {
                            *total = Err(e);
                            next.store(shards, Ordering::Relaxed);
                        }
                        (Err(_), _) => break,
                    }
                }
            });
        }
    });
    let stats = total.into_inner().unwrap_or_else(|e| e.into_inner())?;
    let manifest = serde_json::json!({
        "generator": "dyad bench corpus",
        "seed": options.seed,
        "format": options.format.name(),
        "articles": stats.articles,
        "files": stats.files,
        "bytes": stats.bytes,
        "words": stats.words,
        "sentences": stats.sentences,
    });
    let path = out.join("corpus.json");
    std::fs::write(&path, format!("{manifest:#}\n")).map_err(io(&path))?;
    Ok(stats)
}

/// Generates and writes folder `shard` (articles `shard × SHARD ..`).
fn write_shard(
    generator: &Generator<'_>,
    options: &CorpusOptions,
    out: &Path,
    shard: u64,
) -> Result<Stats, CorpusError> {
    let dir = out.join(format!("{shard:04}"));
    std::fs::create_dir_all(&dir).map_err(|source| CorpusError {
        path: dir.clone(),
        source,
    })?;
    let mut stats = Stats::default();
    let write = |path: PathBuf, body: &str, stats: &mut Stats| {
        stats.files += 1;
        stats.bytes += body.len() as u64;
        std::fs::write(&path, body).map_err(|source| CorpusError { path, source })
    };
    let first = shard * SHARD;
    let last = (first + SHARD).min(options.articles);
    let mut jsonl = String::new();
    let mut feed: Vec<Article> = Vec::new();
    let mut feeds = 0usize;
    for index in first..last {
        let article = generator.article(index);
        stats.articles += 1;
        stats.words += article.words as u64;
        stats.sentences += article.sentences as u64;
        let name = |ext: &str| dir.join(format!("{index:07}.{ext}"));
        match options.format.of_article(options.seed, index) {
            Format::Txt => write(name("txt"), &render::txt(&article), &mut stats)?,
            Format::Md => write(name("md"), &render::markdown(&article), &mut stats)?,
            Format::Html => write(name("html"), &render::html(&article), &mut stats)?,
            Format::Jsonl => jsonl.push_str(&render::jsonl(&article)),
            Format::Rss | Format::Mixed => {
                feed.push(article);
                if feed.len() == FEED_ITEMS {
                    let body = render::rss(feed[0].outlet, &feed);
                    write(dir.join(format!("feed-{feeds:02}.xml")), &body, &mut stats)?;
                    feeds += 1;
                    feed.clear();
                }
            }
        }
    }
    if !feed.is_empty() {
        let body = render::rss(feed[0].outlet, &feed);
        write(dir.join(format!("feed-{feeds:02}.xml")), &body, &mut stats)?;
    }
    if !jsonl.is_empty() {
        write(dir.join("wire.jsonl"), &jsonl, &mut stats)?;
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(format: Format, threads: usize) -> (tempfile::TempDir, Stats) {
        let dir = tempfile::tempdir().expect("temp dir");
        let options = CorpusOptions {
            articles: 1_030,
            seed: 9,
            format,
            threads,
        };
        let stats = write_corpus(&options, dir.path(), &|_| {}).expect("written");
        (dir, stats)
    }

    fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut all = Vec::new();
        for shard in std::fs::read_dir(dir).expect("dir").flatten() {
            if shard.path().is_dir() {
                for f in std::fs::read_dir(shard.path()).expect("shard").flatten() {
                    let name = f.path().strip_prefix(dir).expect("inside").display().to_string();
                    all.push((name, std::fs::read(f.path()).expect("file")));
                }
            }
        }
        all.sort();
        all
    }

    #[test]
    fn the_same_whatever_the_threads() {
        let (one, s1) = corpus(Format::Mixed, 1);
        let (two, s2) = corpus(Format::Mixed, 2);
        assert_eq!(s1, s2);
        assert_eq!(s1.articles, 1_030);
        assert_eq!(files(one.path()), files(two.path()));
    }

    #[test]
    fn every_format_writes_its_files() {
        for format in [Format::Txt, Format::Md, Format::Html, Format::Jsonl, Format::Rss] {
            let (dir, stats) = corpus(format, 2);
            let expected = match format {
                Format::Jsonl => 2,
                Format::Rss => 40 + 2,
                _ => 1_030,
            };
            assert_eq!(stats.files, expected, "{format}");
            assert!(stats.bytes / 1_030 > 3_000, "{format}: {} bytes", stats.bytes);
            assert_eq!(files(dir.path()).len() as u64, expected);
            assert!(dir.path().join("corpus.json").is_file());
        }
    }
}
