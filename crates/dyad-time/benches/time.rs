//! Throughput of date finding (and resolution) over representative news
//! sentences: some with date phrases, most without, as in real copy.

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_time::{Tense, find_dates, tense_near};
use std::hint::black_box;

const SENTENCES: &[&str] = &[
    "Brazilian Foreign Minister Ana Souza met President Prabowo in Surabaya on Tuesday.",
    "The Indonesian leader praised Brazil's \"steady friendship\".",
    "Defence Minister X was also present.",
    "Hopes for a settlement faded last weekend when Australia called off a visit by its trade envoy.",
    "Reuters reported that Jakarta had sent written proposals through Malaysian mediators.",
    "Indonesia has reportedly received satellite imagery from Brazil; Brasília denied those reports.",
    "The U.S. envoy said about 3,000 people had fled since Jan. 5.",
    "\"We will not retreat. We will win,\" Erdoğan told reporters in Ankara.",
    "Lt. Col. Müller said the strike killed 48 fighters near Kyiv.",
    "Officials said the deal, worth $4.2bn, would create 1.5 million jobs by 2026-04-27.",
    "The meeting ended at 5 p.m. and talks resumed at 10:30 the next day.",
    "Protesters in Damascus chanted slogans as police moved in.",
    "Iran may strike back if the sanctions stay, a senior official warned.",
    "Thousands joined a protest march through the capital.",
    "The talks, scheduled for May 12, will be held in Geneva, officials said on Thursday.",
    "Prices rose 3.4% in October, the ministry said.",
    "Russian forces shelled the city overnight, the governor said.",
    "The ceasefire signed in 2014 collapsed in 2022 when troops crossed the border on Feb. 24.",
    "The two leaders are expected to meet next week in Brussels.",
    "Turkey and Russia agreed on a ceasefire in northern Syria.",
    "The United Nations called for restraint and urged both sides to return to talks.",
    "Security forces arrested 20 people earlier this month in a crackdown on dissent.",
    "Rebels seized the town three days ago after heavy fighting.",
    "The minister will travel to Beijing in late June for a trade summit.",
    "The government rejected the claim, calling it baseless.",
    "Elections are due in 2027, but the opposition wants them brought forward.",
    "Clashes broke out between police and demonstrators outside parliament.",
    "The European Union imposed new sanctions on Belarusian officials.",
    "Washington and Seoul held joint military exercises between March 3 and March 5.",
    "Hamas said it had received the proposal and was studying it.",
];

fn bench(c: &mut Criterion) {
    let published = NaiveDate::from_ymd_opt(2026, 4, 29).unwrap_or_default();
    let mut group = c.benchmark_group("time");
    group.throughput(Throughput::Elements(SENTENCES.len() as u64));
    group.bench_function("find_dates", |b| {
        b.iter(|| SENTENCES.iter().map(|s| find_dates(black_box(s)).len()).sum::<usize>())
    });
    group.bench_function("find+tense+resolve", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in SENTENCES {
                for m in find_dates(black_box(s)) {
                    let tense: Tense = tense_near(s, m.span.start);
                    n += usize::from(m.expr.resolve(published, tense).is_some());
                }
            }
            n
        })
    });
    group.finish();

    // Sentences without a date phrase: the common case, which the pre-check
    // should make cheap.
    let plain: Vec<&str> = SENTENCES.iter().copied().filter(|s| find_dates(s).is_empty()).collect();
    let mut group = c.benchmark_group("time_no_dates");
    group.throughput(Throughput::Elements(plain.len() as u64));
    group.bench_function("find_dates", |b| {
        b.iter(|| plain.iter().map(|s| find_dates(black_box(s)).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
