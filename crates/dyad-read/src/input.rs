//! Inputs to articles: finding files, guarding against bad input, dispatching on format.

use crate::align::align;
use crate::article::{Article, Format, Metadata, Origin};
use crate::stream::{DecodedStream, Decoding};
use crate::text::Extracted;
use crate::{clean, dates, feed, html, jsonl, markup_check, text};
use chrono::NaiveDate;
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

/// Where articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    Stdin,
}

/// Settings for a read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Publication date for articles whose input gives none.
    pub published: Option<NaiveDate>,
    /// Largest file read whole (JSON Lines files are streamed and only limited per line).
    pub max_file_size: u64,
    /// Skip (with a warning) articles detected as not English.
    pub english_only: bool,
    /// Map each article's clean text back to the file ([`Article::offsets`]). Only `dyad read
    /// --offsets` shows the map; coding and storing never read it, and building it (decoding
    /// the file a second time, then finding every word of the text in it) was two fifths of
    /// the reader's instructions. When off, every article's map is empty.
    pub offsets: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            published: None,
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            english_only: true,
            offsets: true,
        }
    }
}

/// 16 MiB: ten times a very heavy news page, far below what would strain memory.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 16 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// A problem with an input, named by file and (where there is one) line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub line: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        match self.line {
            Some(line) => write!(f, "{kind}: {}:{line}: {}", self.path, self.message),
            None => write!(f, "{kind}: {}: {}", self.path, self.message),
        }
    }
}

/// What a read produces, in input order.
#[derive(Debug)]
pub enum Item {
    Article(Box<Article>),
    Diagnostic(Diagnostic),
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub inputs: usize,
    pub articles: usize,
    /// Inputs or records that could not be read (errors).
    pub failed: usize,
    pub warnings: usize,
    pub skipped_non_english: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} articles read from {} inputs; {} failed; {} warnings; {} skipped as not English",
            self.articles, self.inputs, self.failed, self.warnings, self.skipped_non_english
        )
    }
}

/// Extensions read when walking a directory.
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "html", "htm", "jsonl", "ndjson", "xml", "rss", "atom",
];

/// Reads inputs into articles, one [`Item`] at a time, counting as it goes.
pub struct Reader {
    options: ReadOptions,
    summary: Summary,
}

/// The consumer of items; `Break` stops the read (e.g. the output pipe closed).
pub type Sink<'a> = dyn FnMut(Item) -> ControlFlow<()> + 'a;

impl Reader {
    pub fn new(options: ReadOptions) -> Self {
        Reader {
            options,
            summary: Summary::default(),
        }
    }

    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// Reads every input in order.
    pub fn read_all(&mut self, inputs: &[Input], sink: &mut Sink<'_>) -> ControlFlow<()> {
        for input in inputs {
            match input {
                Input::Stdin => self.read_stdin(sink)?,
                Input::Path(path) => self.read_path(path, sink)?,
            }
        }
        ControlFlow::Continue(())
    }

    fn read_path(&mut self, path: &Path, sink: &mut Sink<'_>) -> ControlFlow<()> {
        let name = path.display().to_string();
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                self.summary.inputs += 1;
                return self.fail(sink, &name, None, io_message(&e));
            }
        };
        if !meta.is_dir() {
            return self.read_file(path, None, sink);
        }
        // Listed whole first, as the files are only counted: a directory that cannot be listed
        // (or holds no article) is refused before anything in it is read. Then listed again and
        // read as listed, one directory's entries at a time: holding every path of a large
        // corpus for the whole run made memory grow with the corpus.
        let mut files = 0usize;
        if let Err(e) = walk(path, &mut |_| {
            files += 1;
            ControlFlow::Continue(())
        }) {
            return self.fail(sink, &name, None, format!("cannot list directory: {e}"));
        }
        if files == 0 {
            self.summary.inputs += 1;
            let exts = ARTICLE_EXTENSIONS.join(", .");
            return self.fail(
                sink,
                &name,
                None,
                format!("no articles found in this directory (looked for .{exts})"),
            );
        }
        let read = walk(path, &mut |file| {
            let format = format_of_extension(&file);
            self.read_file(&file, format, sink)
        });
        match read {
            Ok(flow) => flow,
            // Listed a moment ago: something changed it since.
            Err(e) => self.fail(sink, &name, None, format!("cannot list directory: {e}")),
        }
    }

    fn read_file(&mut self, path: &Path, known: Option<Format>, sink: &mut Sink<'_>) -> ControlFlow<()> {
        self.summary.inputs += 1;
        let name = path.display().to_string();
        let format = known.or_else(|| format_of_extension(path));
        if format == Some(Format::Jsonl) {
            return match std::fs::File::open(path) {
                Ok(file) => self.read_jsonl(&name, BufReader::new(file), sink),
                Err(e) => self.fail(sink, &name, None, io_message(&e)),
            };
        }
        let bytes = match read_limited(path, self.options.max_file_size) {
            Ok(b) => b,
            Err(message) => return self.fail(sink, &name, None, message),
        };
        self.read_bytes(&name, &bytes, format, sink)
    }

    fn read_stdin(&mut self, sink: &mut Sink<'_>) -> ControlFlow<()> {
        self.summary.inputs += 1;
        let mut bytes = Vec::new();
        let limit = self.options.max_file_size;
        match std::io::stdin().lock().take(limit + 1).read_to_end(&mut bytes) {
            Ok(_) if bytes.len() as u64 > limit => self.fail(sink, "-", None, too_large(None, limit)),
            Ok(_) => self.read_bytes("-", &bytes, None, sink),
            Err(e) => self.fail(sink, "-", None, format!("cannot read standard input: {e}")),
        }
    }

    /// Reads one whole input whose bytes are in memory, named `name` in diagnostics; the format
    /// is sniffed when not given.
    pub fn read_bytes(
        &mut self,
        name: &str,
        bytes: &[u8],
        format: Option<Format>,
        sink: &mut Sink<'_>,
    ) -> ControlFlow<()> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return self.fail(sink, name, None, "empty file: no article to read".to_string());
        }
        if looks_binary(bytes) {
            return self.fail(
                sink,
                name,
                None,
                "binary file: this is not text (no article read)".to_string(),
            );
        }
        let format = format.unwrap_or_else(|| sniff(bytes));
        if format == Format::Jsonl {
            return self.read_jsonl(name, BufReader::new(bytes), sink);
        }
        let text = self.decode(name, bytes, sink)?;
        match format {
            Format::Feed => self.read_feed(name, bytes, sink),
            Format::Html => {
                if let Some((line, problem)) = markup_check::first_problem(&text) {
                    self.warn(
                        sink,
                        name,
                        Some(line),
                        format!("malformed HTML: {problem} (read anyway)"),
                    )?;
                }
                self.emit_whole_file(
                    name,
                    format,
                    html::read_html(&text),
                    &text,
                    bytes,
                    Decoding::Markup,
                    sink,
                )
            }
            Format::Markdown => self.emit_whole_file(
                name,
                format,
                text::read_markdown(&text),
                &text,
                bytes,
                Decoding::Plain,
                sink,
            ),
            Format::Text => self.emit_whole_file(
                name,
                format,
                text::read_text(&text),
                &text,
                bytes,
                Decoding::Plain,
                sink,
            ),
            Format::Jsonl => ControlFlow::Continue(()),
        }
    }

    /// Emits the one article a whole file holds, aligned with the file's bytes.
    #[allow(clippy::too_many_arguments)]
    fn emit_whole_file(
        &mut self,
        name: &str,
        format: Format,
        extracted: Extracted,
        text: &str,
        bytes: &[u8],
        decoding: Decoding,
        sink: &mut Sink<'_>,
    ) -> ControlFlow<()> {
        let stream = self.stream(bytes, decoding, 0);
        let origin = Origin {
            path: name.to_string(),
            format,
            line: None,
            item: None,
        };
        self.emit(extracted, text, stream.as_ref(), origin, sink)
    }

    /// Decodes UTF-8, lossily with a warning when the bytes are not valid.
    fn decode(&mut self, name: &str, bytes: &[u8], sink: &mut Sink<'_>) -> ControlFlow<(), String> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match std::str::from_utf8(bytes) {
            Ok(s) => ControlFlow::Continue(s.to_string()),
            Err(e) => {
                let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
                let invalid = bytes.utf8_chunks().filter(|c| !c.invalid().is_empty()).count();
                let message = format!(
                    "invalid UTF-8 ({invalid} invalid sequences, first at byte {}); decoded lossily",
                    e.valid_up_to()
                );
                self.warn(sink, name, Some(line), message)?;
                ControlFlow::Continue(String::from_utf8_lossy(bytes).into_owned())
            }
        }
    }

    fn read_feed(&mut self, name: &str, bytes: &[u8], sink: &mut Sink<'_>) -> ControlFlow<()> {
        let items = match feed::read_feed(bytes) {
            Ok(items) => items,
            Err(message) => return self.fail(sink, name, None, message),
        };
        if items.is_empty() {
            return self.fail(sink, name, None, "the feed has no items".to_string());
        }
        for (index, item) in items.into_iter().enumerate() {
            let (start, end) = item.range.unwrap_or((0, bytes.len()));
            let stream = self.stream(&bytes[start..end], Decoding::Markup, start);
            let raw = String::from_utf8_lossy(&bytes[start..end]).into_owned();
            let origin = Origin {
                path: name.to_string(),
                format: Format::Feed,
                line: None,
                item: Some(index),
            };
            self.emit(item.extracted, &raw, stream.as_ref(), origin, sink)?;
        }
        ControlFlow::Continue(())
    }

    fn read_jsonl(&mut self, name: &str, mut reader: impl BufRead, sink: &mut Sink<'_>) -> ControlFlow<()> {
        let limit = self.options.max_file_size;
        let mut line_buf = Vec::new();
        let (mut line_no, mut offset, mut records) = (0usize, 0usize, 0usize);
        loop {
            line_buf.clear();
            let read = match (&mut reader).take(limit + 1).read_until(b'\n', &mut line_buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) => return self.fail(sink, name, Some(line_no + 1), format!("read error: {e}")),
            };
            line_no += 1;
            let start = offset;
            offset += read;
            if read as u64 > limit {
                // The rest of an over-long line is skipped, not parsed as lines of its own.
                let skipped = skip_line(&mut reader);
                offset += skipped;
                self.fail(sink, name, Some(line_no), too_large(Some("line"), limit))?;
                continue;
            }
            if line_buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            records += 1;
            self.read_json_line(name, line_no, start, &line_buf, sink)?;
        }
        if records == 0 {
            return self.fail(sink, name, None, "empty file: no JSON Lines records".to_string());
        }
        ControlFlow::Continue(())
    }

    fn read_json_line(
        &mut self,
        name: &str,
        line_no: usize,
        start: usize,
        bytes: &[u8],
        sink: &mut Sink<'_>,
    ) -> ControlFlow<()> {
        let line = match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => {
                self.warn(sink, name, Some(line_no), "invalid UTF-8; decoded lossily".to_string())?;
                String::from_utf8_lossy(bytes).into_owned()
            }
        };
        let record = match jsonl::parse_line(line.trim_end()) {
            Ok(r) => r,
            Err(message) => return self.fail(sink, name, Some(line_no), message),
        };
        let mut extracted = text::read_body(&record.text);
        extracted.meta = record.meta.or(std::mem::take(&mut extracted.meta));
        let stream = self.stream(bytes, Decoding::Json, start);
        let origin = Origin {
            path: name.to_string(),
            format: Format::Jsonl,
            line: Some(line_no),
            item: None,
        };
        self.emit(extracted, &line, stream.as_ref(), origin, sink)
    }

    /// The decoded file text that offsets are aligned with, when the read maps offsets.
    fn stream(&self, bytes: &[u8], decoding: Decoding, base: usize) -> Option<DecodedStream> {
        self.options.offsets.then(|| DecodedStream::new(bytes, decoding, base))
    }

    /// Finishes an article and hands it on (or reports why it has none).
    fn emit(
        &mut self,
        extracted: Extracted,
        raw: &str,
        stream: Option<&DecodedStream>,
        origin: Origin,
        sink: &mut Sink<'_>,
    ) -> ControlFlow<()> {
        let Extracted { mut paragraphs, meta } = extracted;
        let line = origin.line;
        if let (Some(title), Some(first)) = (&meta.title, paragraphs.first())
            && first.trim() == title.trim()
        {
            paragraphs.remove(0);
        }
        let text = paragraphs.join("\n\n");
        if text.trim().is_empty() {
            return self.fail(sink, &origin.path, line, "no article text found".to_string());
        }
        let language = crate::language::detect(&text);
        if self.options.english_only
            && let Some((code, name)) = language.filter(|(code, _)| *code != "eng")
        {
            self.summary.skipped_non_english += 1;
            let message = format!("skipped: the article is in {name} ({code}); only English is coded for now");
            return self.warn(sink, &origin.path, line, message);
        }
        let (published, published_original) = self.publication_date(&meta, &origin, sink)?;
        let article = Article {
            id: meta.id.clone().unwrap_or_else(|| content_id(&text)),
            source: meta
                .source
                .clone()
                .or_else(|| meta.url.as_deref().and_then(clean::host_of)),
            title: meta.title,
            published,
            published_original,
            url: meta.url,
            byline: meta.byline,
            language: language.map(|(code, _)| code.to_string()),
            sentences: dyad_segment::sentences(&text),
            offsets: stream.map(|stream| align(&text, stream)).unwrap_or_default(),
            raw: raw.to_string(),
            text,
            origin,
        };
        self.summary.articles += 1;
        sink(Item::Article(Box::new(article)))
    }

    fn publication_date(
        &mut self,
        meta: &Metadata,
        origin: &Origin,
        sink: &mut Sink<'_>,
    ) -> ControlFlow<(), (Option<NaiveDate>, Option<String>)> {
        let Some(given) = &meta.published else {
            return ControlFlow::Continue((self.options.published, None));
        };
        match dates::parse_timestamp(given) {
            Some(date) => ControlFlow::Continue((Some(date), Some(given.clone()))),
            None => {
                let message = format!("publication date {given:?} not understood; using --published or none");
                self.warn(sink, &origin.path, origin.line, message)?;
                ControlFlow::Continue((self.options.published, Some(given.clone())))
            }
        }
    }

    fn fail(&mut self, sink: &mut Sink<'_>, path: &str, line: Option<usize>, message: String) -> ControlFlow<()> {
        self.summary.failed += 1;
        sink(Item::Diagnostic(Diagnostic {
            path: path.to_string(),
            line,
            severity: Severity::Error,
            message,
        }))
    }

    fn warn(&mut self, sink: &mut Sink<'_>, path: &str, line: Option<usize>, message: String) -> ControlFlow<()> {
        self.summary.warnings += 1;
        sink(Item::Diagnostic(Diagnostic {
            path: path.to_string(),
            line,
            severity: Severity::Warning,
            message,
        }))
    }
}

/// Visits the article files under `dir` in reading order (each directory's entries sorted,
/// a subdirectory walked where it sorts; hidden and project files skipped), until `visit`
/// returns `Break`, which it then returns.
fn walk(dir: &Path, visit: &mut dyn FnMut(PathBuf) -> ControlFlow<()>) -> std::io::Result<ControlFlow<()>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || is_project_file(name) {
            continue;
        }
        let flow = if path.is_dir() {
            walk(&path, visit)?
        } else if format_of_extension(&path).is_some() {
            visit(path)
        } else {
            ControlFlow::Continue(())
        };
        if flow.is_break() {
            return Ok(flow);
        }
    }
    Ok(ControlFlow::Continue(()))
}

/// README, LICENSE and the like describe a folder of articles; they are not articles.
fn is_project_file(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    ["README", "LICENSE", "LICENCE", "NOTICE", "CHANGELOG", "COPYING"]
        .iter()
        .any(|p| upper.starts_with(p))
}

/// The format an extension names, if it names one.
pub fn format_of_extension(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" | "xhtml" => Format::Html,
        "jsonl" | "ndjson" => Format::Jsonl,
        "xml" | "rss" | "atom" => Format::Feed,
        _ => return None,
    })
}

/// Guesses the format of unnamed input (stdin, unknown extensions) from its first bytes.
pub fn sniff(bytes: &[u8]) -> Format {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(0);
    let head = &bytes[start..bytes.len().min(start + 1024)];
    let lower = head.to_ascii_lowercase();
    let has = |needle: &[u8]| memchr::memmem::find(&lower, needle).is_some();
    match head.first() {
        Some(b'{') => Format::Jsonl,
        Some(b'<') if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") => Format::Feed,
        Some(b'<') => Format::Html,
        Some(b'#') if head.get(1).is_some_and(|b| *b == b' ' || *b == b'#') => Format::Markdown,
        _ => Format::Text,
    }
}

/// Binary data: a NUL byte, or many control characters, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    memchr::memchr(0, head).is_some() || controls * 10 > head.len()
}

fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| io_message(&e))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > limit {
        return Err(too_large(Some(&format!("file is {}", human_size(size))), limit));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(None, limit));
    }
    Ok(bytes)
}

fn skip_line(reader: &mut impl BufRead) -> usize {
    let mut skipped = 0;
    loop {
        let (done, used) = match reader.fill_buf() {
            Ok([]) | Err(_) => return skipped,
            Ok(buf) => match memchr::memchr(b'\n', buf) {
                Some(i) => (true, i + 1),
                None => (false, buf.len()),
            },
        };
        reader.consume(used);
        skipped += used;
        if done {
            return skipped;
        }
    }
}

fn too_large(what: Option<&str>, limit: u64) -> String {
    let what = what.unwrap_or("input");
    format!(
        "{what}, over the {} limit for one article (raise it with --max-file-size)",
        human_size(limit)
    )
}

fn human_size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.0} MiB", bytes as f64 / f64::from(1 << 20))
    } else {
        format!("{bytes} bytes")
    }
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// A stable id from the clean text: the same text always gets the same id.
pub fn content_id(text: &str) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory's articles come in sorted order, a subdirectory's where it sorts, without
    /// hidden and project files; a `Break` stops the walk.
    #[test]
    fn walk_visits_articles_in_reading_order_and_stops() {
        let root = std::env::temp_dir().join(format!("dyad-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for dir in ["b/c", "a", ".hidden", "d"] {
            std::fs::create_dir_all(root.join(dir)).expect("mkdir");
        }
        for file in [
            "z.txt",
            "b.md",
            "b/c/x.html",
            "b/y.jsonl",
            "a/w.txt",
            "a0.txt",
            ".hidden/h.txt",
            "README.md",
            "notes.csv",
        ] {
            std::fs::write(root.join(file), "text").expect("write");
        }
        let relative = |p: &Path| p.strip_prefix(&root).expect("under root").display().to_string();
        let mut seen = Vec::new();
        let flow = walk(&root, &mut |p| {
            seen.push(relative(&p));
            ControlFlow::Continue(())
        });
        assert!(matches!(flow, Ok(ControlFlow::Continue(()))));
        assert_eq!(seen, ["a/w.txt", "a0.txt", "b/c/x.html", "b/y.jsonl", "b.md", "z.txt"]);
        let mut first = Vec::new();
        let flow = walk(&root, &mut |p| {
            first.push(relative(&p));
            if first.len() == 3 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        assert!(matches!(flow, Ok(ControlFlow::Break(()))));
        assert_eq!(first, seen[..3]);
        assert!(walk(&root.join("missing"), &mut |_| ControlFlow::Continue(())).is_err());
        let _ = std::fs::remove_dir_all(&root);
    }
}
