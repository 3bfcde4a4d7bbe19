//! How fast articles are read, per input format: synthetic articles (`dyad-corpus`, seed 1)
//! rendered in memory, read with `Reader::read_bytes` (format extraction, cleaning, language
//! detection, date resolution, segmentation, offset alignment). Throughput in input bytes.
//! Run with `cargo bench -p dyad-read`.

use std::hint::black_box;
use std::ops::ControlFlow;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_corpus::{Generator, Vocabulary, render};
use dyad_read::{Format, Item, ReadOptions, Reader};

const ARTICLES: u64 = 200;

/// The inputs of one format: (bytes, format) per file.
fn inputs(format: Format) -> Vec<Vec<u8>> {
    let vocab = Vocabulary::bundled();
    let generator = Generator::new(&vocab, 1);
    let articles: Vec<_> = (0..ARTICLES).map(|i| generator.article(i)).collect();
    match format {
        Format::Text => articles.iter().map(|a| render::txt(a).into_bytes()).collect(),
        Format::Markdown => articles.iter().map(|a| render::markdown(a).into_bytes()).collect(),
        Format::Html => articles.iter().map(|a| render::html(a).into_bytes()).collect(),
        Format::Jsonl => vec![articles.iter().map(render::jsonl).collect::<String>().into_bytes()],
        Format::Feed => articles
            .chunks(dyad_corpus::FEED_ITEMS)
            .map(|feed| render::rss(feed[0].outlet, feed).into_bytes())
            .collect(),
    }
}

fn read_all(files: &[Vec<u8>], format: Format) -> usize {
    let mut reader = Reader::new(ReadOptions::default());
    let mut sentences = 0;
    for bytes in files {
        let _ = reader.read_bytes("bench", black_box(bytes), Some(format), &mut |item| {
            if let Item::Article(a) = item {
                sentences += a.sentences.len();
            }
            ControlFlow::Continue(())
        });
    }
    sentences
}

fn read(c: &mut Criterion) {
    let mut group = c.benchmark_group("read");
    group.sample_size(10);
    for (name, format) in [
        ("txt", Format::Text),
        ("md", Format::Markdown),
        ("html", Format::Html),
        ("jsonl", Format::Jsonl),
        ("rss", Format::Feed),
    ] {
        let files = inputs(format);
        let bytes: usize = files.iter().map(Vec::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        assert!(
            read_all(&files, format) > ARTICLES as usize * 10,
            "{name}: too few sentences read"
        );
        group.bench_function(name, |b| b.iter(|| read_all(&files, format)));
    }
    group.finish();
}

criterion_group!(benches, read);
criterion_main!(benches);
