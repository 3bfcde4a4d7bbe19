//! A synthetic corpus of coded articles for benchmarks: deterministic, any size.
//!
//! Actors are country + sector codes, events a few common CAMEO codes, dates spread over two
//! years; about a third of the events repeat an earlier event (same dyad, code and date, another
//! outlet) so that deduplication has work to do.

use crate::NewArticle;
use dyad_code::record::{ActorRecord, Attribution, CameoRecord, EventRecord, PloverRecord, VerbRecord};
use dyad_segment::Span;

const COUNTRIES: [&str; 40] = [
    "USA", "CHN", "RUS", "IND", "BRA", "FRA", "DEU", "GBR", "JPN", "KOR", "IRN", "ISR", "TUR", "EGY", "SAU", "PAK",
    "AFG", "UKR", "POL", "ITA", "ESP", "MEX", "CAN", "AUS", "IDN", "NGA", "ZAF", "KEN", "ETH", "SDN", "COD", "RWA",
    "QAT", "ARE", "IRQ", "SYR", "LBN", "VEN", "COL", "ARG",
];
const SECTORS: [&str; 5] = ["GOV", "MIL", "OPP", "BUS", ""];
const OUTLETS: [&str; 8] = [
    "Meridian News",
    "The Harbour Times",
    "Wire One",
    "Daily Ledger",
    "Global Courier",
    "Evening Post",
    "Capital Report",
    "Frontier Press",
];

/// (CAMEO code, root, Goldstein, QuadClass, PLOVER type)
const CODES: [(&str, &str, f64, u8, Option<&str>); 10] = [
    ("010", "01", 0.0, 1, None),
    ("036", "03", 4.0, 1, Some("COOPERATE")),
    ("042", "04", 1.9, 1, Some("CONSULT")),
    ("043", "04", 2.8, 1, Some("CONSULT")),
    ("051", "05", 3.4, 1, Some("SUPPORT")),
    ("061", "06", 6.4, 2, Some("COOPERATE")),
    ("111", "11", -2.0, 3, Some("ACCUSE")),
    ("138", "13", -7.0, 3, Some("THREATEN")),
    ("163", "16", -5.6, 4, Some("SANCTION")),
    ("190", "19", -10.0, 4, Some("ASSAULT")),
];

/// One generated article with its coded events.
pub struct SynthArticle {
    pub id: String,
    pub url: String,
    pub source: String,
    pub published: String,
    pub text: String,
    pub sentences: Vec<Span>,
    pub records: Vec<EventRecord>,
}

impl SynthArticle {
    pub fn as_new(&self) -> NewArticle<'_> {
        NewArticle {
            id: &self.id,
            url: Some(&self.url),
            source: Some(&self.source),
            published: Some(&self.published),
            raw: &self.text,
            text: &self.text,
            sentences: &self.sentences,
            ..NewArticle::default()
        }
    }
}

/// SplitMix64: small, fast, deterministic.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// What an event is made of before it becomes a sentence.
#[derive(Clone)]
struct Draw {
    source: String,
    target: String,
    code: usize,
    day: i64,
}

/// Generates articles: `seed` fixes the corpus; article `i` of a corpus is always the same.
pub struct Generator {
    rng: Rng,
    recent: Vec<Draw>,
    next_article: usize,
    pub events_per_article: usize,
}

impl Generator {
    pub fn new(seed: u64, events_per_article: usize) -> Generator {
        Generator {
            rng: Rng::new(seed),
            recent: Vec::new(),
            next_article: 0,
            events_per_article,
        }
    }

    fn actor(&mut self) -> String {
        let country = COUNTRIES[self.rng.below(COUNTRIES.len())];
        let sector = SECTORS[self.rng.below(SECTORS.len())];
        format!("{country}{sector}")
    }

    fn draw(&mut self) -> Draw {
        // A third of events repeat a recent one: another outlet reporting the same event.
        if !self.recent.is_empty() && self.rng.below(3) == 0 {
            let i = self.rng.below(self.recent.len());
            return self.recent[i].clone();
        }
        let source = self.actor();
        let mut target = self.actor();
        while target == source {
            target = self.actor();
        }
        let d = Draw {
            source,
            target,
            code: self.rng.below(CODES.len()),
            day: self.rng.below(730) as i64,
        };
        if self.recent.len() < 512 {
            self.recent.push(d.clone());
        } else {
            let i = self.rng.below(self.recent.len());
            self.recent[i] = d.clone();
        }
        d
    }

    /// The next article.
    pub fn article(&mut self) -> SynthArticle {
        let n = self.next_article;
        self.next_article += 1;
        let draws: Vec<Draw> = (0..self.events_per_article).map(|_| self.draw()).collect();
        let base = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
        let published = base + chrono::Duration::days(draws.first().map_or(0, |d| d.day));
        let id = format!("synth-{n}");
        let mut text = String::new();
        let mut sentences = Vec::new();
        let mut records = Vec::new();
        for (i, d) in draws.iter().enumerate() {
            let date = base + chrono::Duration::days(d.day);
            let start = text.len();
            text.push_str(&format!(
                "Officials of {} met counterparts of {} on {} in talks number {n}-{i}. ",
                d.source, d.target, date
            ));
            let span = Span::new(start, text.len() - 1);
            sentences.push(span);
            records.push(record(&id, i, span.slice(&text), start, d, &date.to_string()));
        }
        SynthArticle {
            url: format!("https://synth.example/{id}"),
            source: OUTLETS[n % OUTLETS.len()].to_string(),
            published: published.to_string(),
            id,
            text,
            sentences,
            records,
        }
    }
}

fn actor(code: &str, text: &str, start: usize) -> ActorRecord {
    ActorRecord {
        text: text.to_string(),
        code: Some(code.to_string()),
        country: code.get(..3).map(str::to_string),
        entity: None,
        span: Span::new(start, start + text.len()),
        agents: Vec::new(),
        antecedent: None,
    }
}

fn record(article_id: &str, index: usize, sentence: &str, start: usize, d: &Draw, date: &str) -> EventRecord {
    let (code, root, goldstein, quad, plover) = CODES[d.code];
    EventRecord {
        id: format!("{article_id}-{index}"),
        article_id: article_id.to_string(),
        sentence_index: index,
        sentence: sentence.to_string(),
        schema_version: 1,
        date: Some(date.to_string()),
        date_precision: Some("day".to_string()),
        date_range: None,
        date_evidence: None,
        source: Some(actor(&d.source, &d.source, start + 13)),
        target: Some(actor(&d.target, &d.target, start + 13)),
        cameo: CameoRecord {
            code: code.to_string(),
            root: root.to_string(),
            name: None,
            goldstein: Some(goldstein),
            quad_class: Some(quad),
        },
        plover: plover.map(|t| PloverRecord {
            event_type: t.to_string(),
            mode: None,
            context: Vec::new(),
        }),
        location: None,
        verb: VerbRecord {
            text: "met".to_string(),
            span: Span::new(start, start + 3),
        },
        negated: false,
        attribution: Attribution::default(),
        participants: Vec::new(),
        mediators: Vec::new(),
        rule: "synthetic".to_string(),
        intent: false,
        denies: Vec::new(),
    }
}
