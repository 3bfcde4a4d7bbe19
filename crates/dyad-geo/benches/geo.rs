//! Gazetteer load time, and find_places + resolve throughput on news sentences.
//!
//! `CARGO_TARGET_DIR=/work/target-geo cargo bench -p dyad-geo`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_geo::{Context, Gazetteer};

const PLACES: &str = include_str!("../data/places.tsv");
const FEATURES: &str = include_str!("../data/features.tsv");

const SENTENCES: &[&str] = &[
    "Israeli strikes killed 12 people in Gaza City on Tuesday, the Hamas-run health ministry said.",
    "Russian forces launched drones at Kyiv overnight, Ukrainian officials said.",
    "President Joe Biden met Chinese leader Xi Jinping in San Francisco.",
    "The Houthis attacked a ship in the Red Sea near the Bab el-Mandeb strait.",
    "Secretary of State Antony Blinken arrived in Tel Aviv from Amman.",
    "The United Nations Security Council met in New York on Monday.",
    "Police in Lagos said gunmen abducted 20 students from a school.",
    "Turkish President Tayyip Erdogan said Ankara would not back down.",
    "Iran's foreign minister traveled to Beijing for talks with Wang Yi.",
    "Fighting erupted in Khartoum and spread to Darfur, the UN said.",
    "North Korea fired a ballistic missile into the Sea of Japan.",
    "The European Union agreed new sanctions on Moscow over the war.",
    "Protesters gathered in Tahrir Square in Cairo to demand reforms.",
    "Pakistan and India traded fire along the Line of Control in Kashmir.",
    "Gunmen attacked a checkpoint in North Sinai, killing five soldiers.",
    "The Kremlin said Vladimir Putin would visit Minsk next week.",
    "The tanker was seized in the Strait of Hormuz by the Revolutionary Guards.",
    "Most analysts expect the central bank to hold rates steady.",
    "Kurdish fighters took control of Raqqa after a four-month battle.",
    "The talks in Doha on a Gaza ceasefire stalled again on Sunday.",
    "Washington and Beijing agreed to resume military-to-military talks.",
    "A car bomb exploded in Mogadishu, and al-Shabaab claimed responsibility.",
    "Venezuelan troops massed near the border with Guyana over the Essequibo dispute.",
    "Aid trucks entered through the Kerem Shalom crossing after a week-long halt.",
    "Hezbollah fired rockets at northern Israel from southern Lebanon.",
    "Violence flared in Jenin and Nablus in the occupied West Bank.",
    "Ukraine's army retreated from Avdiivka in the Donetsk region.",
    "The summit in Brussels discussed Ukraine's bid to join NATO.",
    "Shelling near the Zaporizhzhia nuclear power plant alarmed the IAEA.",
    "Officials in Tripoli said the airport would reopen on Monday.",
];

fn load(c: &mut Criterion) {
    c.bench_function("gazetteer load (parse + index)", |b| {
        // Dropping the gazetteer is not part of loading it.
        b.iter_with_large_drop(|| Gazetteer::from_tsv(black_box(PLACES), black_box(FEATURES)))
    });
}

fn find_and_resolve(c: &mut Criterion) {
    let g = Gazetteer::embedded();
    let mut ctx = Context::new();
    ctx.add_country_count("UKR", 2);
    let mut group = c.benchmark_group("sentences");
    group.throughput(Throughput::Elements(SENTENCES.len() as u64));
    group.bench_function("find_places", |b| {
        b.iter(|| {
            SENTENCES
                .iter()
                .map(|s| g.find_places(black_box(s)).len())
                .sum::<usize>()
        })
    });
    group.bench_function("find_places + resolve", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in SENTENCES {
                for m in g.find_places(black_box(s)) {
                    n += usize::from(g.resolve(&m.text, &ctx).is_some());
                }
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, load, find_and_resolve);
criterion_main!(benches);
