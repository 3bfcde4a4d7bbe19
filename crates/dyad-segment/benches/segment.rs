//! Throughput of sentence splitting and tokenisation on ~1 MB of generated
//! news-like text (built in memory, deterministically).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_segment::{sentences, tokens};
use std::hint::black_box;

/// Sentence templates covering the hard cases: abbreviations, initials,
/// numbers, quotations with attribution, ellipses, non-ASCII names.
const TEMPLATES: &[&str] = &[
    "{P} met {Q} in St. Petersburg on {D} to discuss the {N} ceasefire.",
    "The U.S. envoy said about {NUM} people had fled since Jan. 5.",
    "\"We will not retreat. We will win,\" {P} told reporters in {C}.",
    "Lt. Col. {P} said the strike killed {NUM} fighters near {C}.",
    "Officials said the deal, worth $4.2bn, would create 1.5 million jobs by 2026-04-27.",
    "The meeting ended at 5 p.m. and talks resumed at 10:30 the next day.",
    "{P}'s government rejected the claim, calling it \"baseless.\"",
    "Why did {Q} agree? Nobody knew... and nobody asked.",
    "Gen. {P} and Dr. {Q} of the U.N. refugee agency visited {C}.",
    "Sanctions on Acme Corp. and Widget Ltd. took effect on Sept. 1, {P} said.",
    "Protesters in {C} chanted “Down with the regime!” as police moved in.",
    "According to John F. Kennedy Jr.'s biographer, the talks lasted 2.5 hours.",
    "Prices rose 3.4% in Oct., the No. 2 official at the ministry said.",
    "Ердоган и الأسد обсудили ситуацию в регионе.",
    "Details are at https://example.org/news/2026/04/27/ceasefire.html today.",
];

const PEOPLE: &[&str] = &["Fidan", "Lavrov", "Erdoğan", "Blinken", "al-Assad", "O'Brien", "Müller"];
const CITIES: &[&str] = &["Ankara", "Kyiv", "Damascus", "Washington", "Brussels", "Gaza City"];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const NOUNS: &[&str] = &["fragile", "long-awaited", "U.N.-brokered", "three-day"];
const HEADLINES: &[&str] = &[
    "Turkey and Russia agree on Syria ceasefire",
    "U.S. sanctions target Iranian oil exports",
    "Thousands flee fighting in eastern Congo",
];

/// Small deterministic generator so the text is identical on every run.
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let i = usize::try_from(self.0 >> 33).unwrap_or(0) % items.len();
        items[i]
    }

    fn number(&mut self) -> String {
        let raw = self.pick(&["3,000", "12", "1.5 million", "250", "48,500", "7"]);
        raw.to_string()
    }
}

fn fill(template: &str, rng: &mut Lcg) -> String {
    let mut out = template.to_string();
    for (slot, items) in [
        ("{P}", PEOPLE),
        ("{Q}", PEOPLE),
        ("{C}", CITIES),
        ("{D}", DAYS),
        ("{N}", NOUNS),
    ] {
        while out.contains(slot) {
            out = out.replacen(slot, rng.pick(items), 1);
        }
    }
    while out.contains("{NUM}") {
        let n = rng.number();
        out = out.replacen("{NUM}", &n, 1);
    }
    out
}

/// About `target` bytes of articles: a headline, then paragraphs of two to
/// five sentences, some with wrapped lines.
fn news_text(target: usize) -> String {
    let mut rng = Lcg(42);
    let mut text = String::with_capacity(target + 1024);
    while text.len() < target {
        text.push_str(rng.pick(HEADLINES));
        text.push_str("\n\n");
        for paragraph in 0..6 {
            for i in 0..(2 + paragraph % 4) {
                let sep = if i % 3 == 2 { "\n" } else { " " };
                text.push_str(&fill(rng.pick(TEMPLATES), &mut rng));
                text.push_str(sep);
            }
            text.push_str("\n\n");
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = news_text(1 << 20);
    let spans = sentences(&text);
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("sentences", |b| b.iter(|| sentences(black_box(&text))));
    group.bench_function("tokens", |b| {
        b.iter(|| spans.iter().map(|&s| tokens(black_box(&text), s).len()).sum::<usize>())
    });
    group.bench_function("sentences+tokens", |b| {
        b.iter(|| {
            let text = black_box(&text);
            sentences(text)
                .into_iter()
                .map(|s| tokens(text, s).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
