//! How fast the coder codes: sentences per second with the full Phoenix dictionaries and with
//! dyad's bundled ones (one `Coder`, one thread), and whole sample articles into records.
//!
//! Sentences: the 76 GigaWord sentences of PETRARCH's sample (`../shared/reference`) plus every
//! sentence of the bundled samples (`samples/`). Run with `cargo bench -p dyad-code`.

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_code::{Coder, CoderOptions};
use dyad_dict::{Dictionaries, bundled, petrarch};
use dyad_read::{Article, Input, Item, ReadOptions, Reader};
use dyad_segment::Span;

const PHOENIX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/reference/petrarch2/dictionaries"
);
const GIGAWORD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/reference/petrarch2/text/GigaWord.sample.PETR.xml"
);
const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples");

/// A sentence to code: the text it is in, its span, and the date codes resolve on.
struct Sentence {
    text: Arc<str>,
    span: Span,
    date: Option<NaiveDate>,
}

/// The articles of `samples/` (English ones, as `dyad code` reads them).
fn sample_articles() -> Vec<Article> {
    let mut articles = Vec::new();
    let mut reader = Reader::new(ReadOptions::default());
    let _ = reader.read_all(&[Input::Path(SAMPLES.into())], &mut |item| {
        if let Item::Article(a) = item {
            articles.push(*a);
        }
        std::ops::ControlFlow::Continue(())
    });
    articles
}

/// The `<Text>` of each `<Sentence>` of a PETRARCH text file, whitespace folded, with the
/// sentence's `date` attribute (YYYYMMDD). A plain scan: the file has no entities or CDATA.
fn petrarch_sentences(xml: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut rest = xml;
    while let Some(open) = rest.find("<Sentence ") {
        rest = &rest[open..];
        let date = attribute(rest, "date").and_then(|d| NaiveDate::parse_from_str(d, "%Y%m%d").ok());
        let Some(start) = rest.find("<Text>") else { break };
        let Some(end) = rest[start..].find("</Text>") else {
            break;
        };
        let body = &rest[start + "<Text>".len()..start + end];
        let text: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
        rest = &rest[start + end..];
        if text.is_empty() {
            continue;
        }
        let span = Span::new(0, text.len());
        sentences.push(Sentence {
            text: text.into(),
            span,
            date,
        });
    }
    sentences
}

/// The value of `name = "value"` within the first tag of `tag` (spaces around `=` allowed).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let tag = &tag[..tag.find('>')?];
    let at = tag.find(&format!("{name} "))?;
    let after = &tag[at + name.len()..];
    let quote = after.find('"')?;
    let value = &after[quote + 1..];
    Some(&value[..value.find('"')?])
}

fn sentences() -> Vec<Sentence> {
    let mut all = match std::fs::read_to_string(GIGAWORD) {
        Ok(xml) => petrarch_sentences(&xml),
        Err(e) => {
            println!("GigaWord sample not read ({e}): coding the samples' sentences only");
            Vec::new()
        }
    };
    let gigaword = all.len();
    for article in sample_articles() {
        let text: Arc<str> = article.text.as_str().into();
        all.extend(article.sentences.iter().map(|&span| Sentence {
            text: text.clone(),
            span,
            date: article.published,
        }));
    }
    println!(
        "coding {} sentences: {gigaword} from the GigaWord sample, {} from samples/",
        all.len(),
        all.len() - gigaword
    );
    all
}

fn phoenix() -> Option<Dictionaries> {
    let dir = Path::new(PHOENIX);
    match petrarch::load_dir(dir) {
        Ok((dicts, _)) => Some(dicts),
        Err(e) => {
            println!("Phoenix dictionaries not loaded ({e}): benchmarking the bundled ones only");
            None
        }
    }
}

fn code_all(coder: &Coder, sentences: &[Sentence]) -> usize {
    sentences
        .iter()
        .map(|s| coder.code_sentence(black_box(&s.text), s.span, s.date).len())
        .sum()
}

fn code(c: &mut Criterion) {
    let sentences = sentences();
    let mut group = c.benchmark_group("code");
    group.sample_size(20);
    group.throughput(Throughput::Elements(sentences.len() as u64));
    if let Some(dicts) = phoenix() {
        let coder = Coder::new(Arc::new(dicts), CoderOptions::default());
        group.bench_function("phoenix", |b| b.iter(|| code_all(&coder, &sentences)));
    }
    let (dicts, _) = bundled::load_bundled();
    let coder = Coder::new(Arc::new(dicts), CoderOptions::default());
    group.bench_function("bundled", |b| b.iter(|| code_all(&coder, &sentences)));
    group.finish();
}

fn code_article(c: &mut Criterion) {
    let articles = sample_articles();
    let mut group = c.benchmark_group("code_article");
    group.sample_size(20);
    group.throughput(Throughput::Elements(articles.len() as u64));
    let (dicts, _) = bundled::load_bundled();
    let coder = Coder::new(Arc::new(dicts), CoderOptions::default());
    group.bench_function("samples", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| coder.code_article(black_box(a)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, code, code_article);
criterion_main!(benches);
