//! One synthetic news article: a headline, a dateline, and paragraphs of event sentences,
//! quotes, attributions and background, sized like real news (300–1,500 words, ~4 KB typical).

use crate::rng::Rng;
use crate::vocab::{Country, Vocabulary};

/// An article before it is written in some format.
#[derive(Debug, Clone)]
pub struct Article {
    pub index: u64,
    pub id: String,
    pub title: String,
    pub date: Date,
    pub outlet: &'static str,
    pub author: String,
    pub url: String,
    /// The dateline's place, upper case ("DOHA").
    pub dateline: String,
    /// Paragraphs; the first starts with the dateline ("DOHA (Meridian News) - ...").
    pub paragraphs: Vec<String>,
    pub words: usize,
    pub sentences: usize,
}

/// A calendar date and time (UTC) without a date library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    /// 0 = Monday.
    pub weekday: u32,
}

impl Date {
    /// `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
    pub fn from_days(days: i64, hour: u32, minute: u32) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year,
            month,
            day,
            hour,
            minute,
            weekday: (days + 3).rem_euclid(7) as u32,
        }
    }

    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    pub fn iso_datetime(&self) -> String {
        format!("{}T{:02}:{:02}:00Z", self.iso_date(), self.hour, self.minute)
    }

    /// RFC 822, as RSS wants it: "Mon, 27 Apr 2026 18:42:00 +0000".
    pub fn rfc822(&self) -> String {
        format!(
            "{}, {:02} {} {:04} {:02}:{:02}:00 +0000",
            &WEEKDAYS[self.weekday as usize][..3],
            self.day,
            &MONTHS[self.month as usize - 1][..3],
            self.year,
            self.hour,
            self.minute
        )
    }
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Invented outlets (the samples' convention: test data never names a real publisher).
pub const OUTLETS: [&str; 6] = [
    "Meridian News",
    "The Harbour Times",
    "Northgate Wire",
    "The Continental Post",
    "Atlas Press Agency",
    "Crescent Daily",
];

const AUTHORS_FIRST: [&str; 12] = [
    "Nadia", "Omar", "Jane", "Parisa", "Lukas", "Amara", "Tomas", "Mei", "Ravi", "Sofia", "Daniel", "Aisha",
];
const AUTHORS_LAST: [&str; 12] = [
    "Osman", "Haddad", "Doe", "Tehrani", "Berger", "Okafor", "Novak", "Lin", "Menon", "Rossi", "Kim", "Bello",
];

/// Event frames: `S` source, `T` target, `U` a second target, `P` a place phrase, `D` a date
/// phrase (both empty or starting with a space). Frames use no other capital letters.
const EVENT_FRAMES: &[&str] = &[
    "S accused T of violating the ceasefirePD",
    "S met TPD",
    "S condemned the attack on TD",
    "S urged T to release the detained journalistsD",
    "S agreed to resume talks with TD",
    "S threatened to impose sanctions on TD",
    "S rejected a proposal from TD",
    "S praised T for its role in the negotiationsD",
    "S signed a trade agreement with TPD",
    "S expelled two diplomats from TD",
    "S called on T to withdraw its troopsPD",
    "S warned T against any further escalationD",
    "S hosted TPD",
    "S denied that it had attacked TD",
    "S offered humanitarian aid to TD",
    "S demanded an apology from TD",
    "S did not criticize TD",
    "S will visit TD",
    "forces loyal to S shelled positions held by TPD",
    "S arrested dozens of supporters of TPD",
    "S held talks with TP on the crisisD",
    "S thanked T for its supportD",
    "S blamed T for the collapse of the talksD",
    "S announced a ceasefire with TD",
    "S fired missiles at TPD",
    "S said it would cut diplomatic ties with TD",
    "S and T agreed to cooperate on border securityD",
    "S rejected accusations by TD",
    "S invited T to a summitPD",
    "S mediated between T and UPD",
    "S refused to meet TD",
    "S appealed to T for calmD",
    "S imposed new sanctions on T and UD",
];

/// Clauses that lengthen a sentence to news length (~25 words): `A` an actor, `V` a verb.
const TAILS: &[&str] = &[
    ", a move that drew sharp criticism from A",
    ", the latest sign of rising tension between the two countries",
    ", days after A V A",
    ", in what officials described as a serious escalation of the conflict",
    " despite repeated calls for restraint from A and the wider international community",
    ", raising fears of a wider conflict in a region already strained by years of fighting",
    " after weeks of talks mediated by A",
    ", according to a senior diplomat who asked not to be named because he was not authorised to speak publicly",
    " as the humanitarian situation in the border areas continued to deteriorate",
    ", a day after A V A",
];

const OPENERS: &[&str] = &[
    "Meanwhile, ",
    "In a separate development, ",
    "Earlier, ",
    "At the same time, ",
    "Separately, ",
];

const TITLE_FRAMES: &[&str] = &[
    "S accuses T over attack near P",
    "S and T agree to resume talks",
    "S warns T against escalation",
    "S expels diplomats from T",
    "S hosts T for talks in P",
    "Fighting flares near P as S blames T",
    "S signs trade deal with T",
    "S calls on T to withdraw troops",
    "Thousands protest in P as S rejects proposal from T",
    "S and T trade accusations after strikes near P",
];

const QUOTES: &[&str] = &[
    "We will not accept any threat to our sovereignty",
    "The door to dialogue remains open, but our patience is not unlimited",
    "This is a serious violation of international law",
    "We came here in good faith and we expect the other side to do the same",
    "There can be no military solution to this conflict",
    "Our forces will respond to any aggression",
    "The agreement is a first step, not the end of the road",
    "Civilians are paying the price for this war",
    "We call on all parties to exercise maximum restraint",
    "The sanctions will stay in place until the troops are withdrawn",
    "Nobody wants a wider war in the region",
    "We have seen no evidence to support these accusations",
    "The talks were frank and constructive",
    "We will keep up the pressure until the hostages are released",
    "Every day of delay costs lives",
    "This decision was taken after careful consideration",
];

const CLAUSES: &[&str] = &[
    "the talks would continue next week",
    "no agreement had been reached on the border",
    "the government was ready to negotiate",
    "the attack had been planned for months",
    "the two sides had exchanged prisoners",
    "aid convoys were still waiting at the crossing",
    "the ceasefire was holding despite sporadic clashes",
    "the sanctions had hit the economy hard",
    "elections would be held before the end of the year",
    "the embassy would remain closed until further notice",
];

const FILLERS: &[&str] = &[
    "Prices of fuel and bread have risen sharply since the start of the year, and unemployment stands at N percent.",
    "More than N people have been killed since the fighting began in Y, according to estimates by aid groups.",
    "The talks are expected to last at least N days.",
    "C is home to about N million people.",
    "Officials did not give details of the agreement, which still has to be approved by parliament.",
    "The region has been a source of tension for decades.",
    "Shares on the C stock exchange fell N.N percent in early trading.",
    "The two countries fought a brief war in Y over the disputed border.",
    "Schools and markets remained closed for a second day, residents said.",
    "The currency has lost almost half of its value against the dollar since Y.",
    "Oil prices rose N.N percent to $NN a barrel in London.",
    "The meeting lasted about N hours and ended without a joint statement.",
    "Thousands of people have fled their homes in the area since Y.",
    "A spokesman for the ministry declined to comment.",
    "Diplomats said a draft resolution could be put to a vote later this week.",
    "The port of C handles about a third of the country's trade.",
    "Heavy rain has slowed the delivery of aid to the worst-hit districts.",
    "The previous round of talks, held in C in Y, collapsed after two days.",
    "Analysts said the move was aimed mainly at a domestic audience.",
    "The visit was the first by a senior official in N years.",
];

const DATE_PHRASES: &[&str] = &[
    "on W",
    "on W evening",
    "late on W",
    "on W morning",
    "last week",
    "earlier this month",
    "on M X",
    "in late M",
    "in early M",
    "two days ago",
    "last month",
    "on W night",
];

/// Generates articles from a vocabulary.
pub struct Generator<'a> {
    vocab: &'a Vocabulary,
    seed: u64,
}

/// Dates fall in the three years from 2024-01-01 (day 19723 after the epoch).
const FIRST_DAY: i64 = 19_723;
const DAYS: usize = 3 * 365;

impl<'a> Generator<'a> {
    pub fn new(vocab: &'a Vocabulary, seed: u64) -> Generator<'a> {
        Generator { vocab, seed }
    }

    /// Article `index`: a function of the seed and the index only.
    pub fn article(&self, index: u64) -> Article {
        let mut rng = Rng::for_item(self.seed, index);
        let v = self.vocab;
        let date = Date::from_days(
            FIRST_DAY + rng.below(DAYS) as i64,
            rng.below(24) as u32,
            rng.below(60) as u32,
        );
        let outlet = *rng.pick(&OUTLETS);
        let author = format!("{} {}", rng.pick(&AUTHORS_FIRST), rng.pick(&AUTHORS_LAST));
        let home = rng.pick(&v.countries).clone();
        let away = rng.pick(&v.countries).clone();
        let city = match (&home.capital, rng.chance(0.6)) {
            (Some(capital), true) => capital.clone(),
            _ => rng.pick(&v.cities).clone(),
        };
        let mut writer = Writer {
            rng,
            vocab: v,
            home,
            away,
            date,
        };
        let title = writer.title(&city);
        // 300–1,500 words, most near 600: 300 + 1,200 × (product of two uniforms).
        let target_words = 300 + (1200.0 * writer.rng.unit() * writer.rng.unit()) as usize;
        let mut paragraphs = Vec::new();
        let (mut words, mut sentences) = (0usize, 0usize);
        while words < target_words {
            let count = 1 + writer.rng.weighted(&[2, 4, 3, 1]);
            let mut paragraph = String::new();
            for _ in 0..count {
                let sentence = writer.sentence();
                words += sentence.split(' ').count();
                sentences += 1;
                if !paragraph.is_empty() {
                    paragraph.push(' ');
                }
                paragraph.push_str(&sentence);
            }
            paragraphs.push(paragraph);
        }
        let dateline = city.to_uppercase();
        if let Some(first) = paragraphs.first_mut() {
            *first = format!("{dateline} ({outlet}) - {first}");
        }
        if writer.rng.chance(0.2) {
            paragraphs.push(format!(
                "Additional reporting by {} in {}.",
                author,
                writer.rng.pick(&v.cities)
            ));
        }
        let slug: String = title
            .to_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(8)
            .collect::<Vec<_>>()
            .join("-");
        let host = outlet.to_lowercase().replace("the ", "").replace(' ', "-");
        let url = format!(
            "https://{host}.example/{:04}/{:02}/{:02}/{slug}-{index}",
            date.year, date.month, date.day
        );
        Article {
            index,
            id: format!("synth-{}-{index:07}", self.seed),
            title,
            date,
            outlet,
            author,
            url,
            dateline,
            paragraphs,
            words,
            sentences,
        }
    }
}

/// The state of one article being written: its two main countries recur, as in real news.
struct Writer<'a> {
    rng: Rng,
    vocab: &'a Vocabulary,
    home: Country,
    away: Country,
    date: Date,
}

impl Writer<'_> {
    fn title(&mut self, city: &str) -> String {
        let frame = *self.rng.pick(TITLE_FRAMES);
        let (home, away) = (self.home.name.clone(), self.away.name.clone());
        let mut out = String::new();
        for c in frame.chars() {
            match c {
                'S' => out.push_str(&home),
                'T' => out.push_str(&away),
                'P' => out.push_str(city),
                _ => out.push(c),
            }
        }
        out
    }

    fn sentence(&mut self) -> String {
        let sentence = match self.rng.weighted(&[35, 10, 15, 40]) {
            0 => {
                let event = self.event();
                let tail = self.tail();
                format!("{event}{tail}.")
            }
            1 => self.attributed(),
            2 => self.quote(),
            _ => self.filler(),
        };
        capitalise(sentence)
    }

    /// A country of this article (mostly) or any other.
    fn country(&mut self) -> Country {
        match self.rng.weighted(&[4, 4, 3]) {
            0 => self.home.clone(),
            1 => self.away.clone(),
            _ => self.rng.pick(&self.vocab.countries).clone(),
        }
    }

    /// An actor mention: a country, a country's agent, a person, an organisation or a group.
    fn actor(&mut self) -> String {
        let v = self.vocab;
        match self.rng.weighted(&[20, 25, 15, 20, 10, 10]) {
            0 => self.country().name,
            1 => format!("the {} {}", self.country().adjective, self.rng.pick(&v.agents)),
            2 => format!("{}'s {}", self.country().name, self.rng.pick(&v.agents)),
            3 => {
                let person = self.rng.pick(&v.people).clone();
                if self.rng.chance(0.5) {
                    format!("{} {} {person}", self.country().adjective, self.rng.pick(&v.agents))
                } else {
                    person
                }
            }
            4 => format!("the {}", self.rng.pick(&v.organisations)),
            _ => self.rng.pick(&v.groups).clone(),
        }
    }

    fn place(&mut self) -> String {
        let v = self.vocab;
        match self.rng.weighted(&[4, 2, 2, 4]) {
            0 => format!(" in {}", self.rng.pick(&v.cities)),
            1 => format!(" near {}", self.rng.pick(&v.cities)),
            2 => format!(" in the {}", self.rng.pick(&v.features)),
            _ => String::new(),
        }
    }

    fn date_phrase(&mut self) -> String {
        if self.rng.chance(0.4) {
            return String::new();
        }
        let phrase = *self.rng.pick(DATE_PHRASES);
        let weekday = WEEKDAYS[(self.date.weekday as usize + 6 - self.rng.below(4)) % 7];
        let month = MONTHS[self.date.month as usize - 1];
        let day = 1 + self.rng.below(self.date.day as usize);
        let mut out = String::from(" ");
        for c in phrase.chars() {
            match c {
                'W' => out.push_str(weekday),
                'M' => out.push_str(month),
                'X' => out.push_str(&day.to_string()),
                _ => out.push(c),
            }
        }
        out
    }

    /// An event clause without its full stop.
    fn event(&mut self) -> String {
        let frame = if self.rng.chance(0.3) {
            format!("S {} TPD", self.rng.pick(&self.vocab.verbs))
        } else {
            (*self.rng.pick(EVENT_FRAMES)).to_string()
        };
        let mut out = String::with_capacity(160);
        for c in frame.chars() {
            match c {
                'S' => out.push_str(&self.actor()),
                'T' | 'U' => out.push_str(&self.actor()),
                'P' => out.push_str(&self.place()),
                'D' => out.push_str(&self.date_phrase()),
                _ => out.push(c),
            }
        }
        out
    }

    /// A lengthening clause (or, a third of the time, none).
    fn tail(&mut self) -> String {
        if self.rng.chance(0.15) {
            return String::new();
        }
        let frame = *self.rng.pick(TAILS);
        let mut out = String::with_capacity(frame.len() + 40);
        for c in frame.chars() {
            match c {
                'A' => out.push_str(&self.actor()),
                'V' => out.push_str(self.rng.pick(&self.vocab.verbs).as_str()),
                _ => out.push(c),
            }
        }
        out
    }

    fn attributed(&mut self) -> String {
        let event = self.event();
        let source = self.source();
        match self.rng.below(3) {
            0 => format!("According to {source}, {event}."),
            1 => format!("{event}, {source} said."),
            _ => {
                let who = self.actor();
                let verb = self.rng.pick(&self.vocab.verbs).clone();
                let whom = self.actor();
                format!("{who} reportedly {verb} {whom}{}.", self.date_phrase())
            }
        }
    }

    fn source(&mut self) -> String {
        let v = self.vocab;
        match self.rng.below(4) {
            0 => format!("a statement from {}", self.actor()),
            1 => format!("{} state media", self.country().adjective),
            2 => format!("officials in {}", self.rng.pick(&v.cities)),
            _ => format!("the {} of {}", self.rng.pick(&v.agents), self.country().name),
        }
    }

    fn quote(&mut self) -> String {
        let quote = *self.rng.pick(QUOTES);
        match self.rng.below(4) {
            0 => {
                let speaker = self.actor();
                format!("\"{quote},\" {speaker} said{}.", self.date_phrase())
            }
            1 => {
                let speaker = self.actor();
                let place = self.place();
                let clause = *self.rng.pick(CLAUSES);
                format!("{speaker} told reporters{place} that {clause}.")
            }
            2 => format!("\"{quote}.\""),
            _ => {
                let speaker = self.actor();
                let clause = *self.rng.pick(CLAUSES);
                format!("{speaker} said{} {clause}.", self.date_phrase())
            }
        }
    }

    fn filler(&mut self) -> String {
        let (first, _) = self.filler_sentence();
        if !self.rng.chance(0.7) {
            return first;
        }
        // Two background facts in one sentence: "Meanwhile, x, while y."
        let (second, second_named) = self.filler_sentence();
        let opener = *self.rng.pick(OPENERS);
        let first = lower_first(first.trim_end_matches('.'));
        let second = second.trim_end_matches('.');
        let second = if second_named {
            second.to_string()
        } else {
            lower_first(second)
        };
        format!("{opener}{first}, while {second}.")
    }

    /// A background sentence, and whether it starts with a name (not to be lower-cased).
    fn filler_sentence(&mut self) -> (String, bool) {
        let v = self.vocab;
        let frame = *self.rng.pick(FILLERS);
        let mut out = String::with_capacity(frame.len() + 16);
        for c in frame.chars() {
            match c {
                'N' => out.push_str(&(1 + self.rng.below(90)).to_string()),
                'Y' => out.push_str(&(1990 + self.rng.below(34)).to_string()),
                'C' => out.push_str(self.rng.pick(&v.cities).as_str()),
                _ => out.push(c),
            }
        }
        (out, frame.starts_with('C'))
    }
}

/// "Prices rose" → "prices rose" ("A spokesman" → "a spokesman").
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn capitalise(mut s: String) -> String {
    let skip = usize::from(s.starts_with('"'));
    if let Some(first) = s.get(skip..skip + 1)
        && first.bytes().all(|b| b.is_ascii_lowercase())
    {
        let upper = first.to_ascii_uppercase();
        s.replace_range(skip..skip + 1, &upper);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_days() {
        let d = Date::from_days(FIRST_DAY, 9, 5);
        assert_eq!(d.iso_date(), "2024-01-01");
        assert_eq!(d.weekday, 0, "2024-01-01 was a Monday");
        assert_eq!(d.rfc822(), "Mon, 01 Jan 2024 09:05:00 +0000");
        assert_eq!(Date::from_days(FIRST_DAY + 59, 0, 0).iso_date(), "2024-02-29");
    }

    #[test]
    fn articles_are_deterministic_and_news_sized() {
        let vocab = Vocabulary::bundled();
        let g = Generator::new(&vocab, 42);
        let a = g.article(17);
        let b = g.article(17);
        assert_eq!(a.paragraphs, b.paragraphs);
        assert_ne!(g.article(18).paragraphs, a.paragraphs);
        let mut words = 0;
        for i in 0..200 {
            let a = g.article(i);
            assert!((300..1_600).contains(&a.words), "{}", a.words);
            assert!(a.paragraphs[0].contains(" - "));
            words += a.words;
        }
        let mean = words / 200;
        assert!((500..800).contains(&mean), "{mean}");
    }
}
