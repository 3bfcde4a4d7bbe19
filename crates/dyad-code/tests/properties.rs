//! Property tests: no sentence makes the coder panic, every span of every event it finds lies
//! inside the sentence on character boundaries, and coding is deterministic.
//!
//! Inputs are random Unicode and, to reach the deep paths (actors, verb patterns, negation,
//! reported speech, coordination), sentences assembled from news words, names in the bundled
//! dictionaries and the punctuation that trips tokenisers up.

use std::sync::{Arc, LazyLock};

use chrono::NaiveDate;
use dyad_code::{Actor, Coder, CoderOptions, SentenceEvent};
use dyad_segment::Span;
use proptest::prelude::*;

/// Coders over the bundled dictionaries, built once: the default options, and PETRARCH's with
/// both actors required.
static CODERS: LazyLock<[Coder; 2]> = LazyLock::new(|| {
    let (dicts, _problems) = dyad_dict::bundled::load_bundled();
    let dicts = Arc::new(dicts);
    [
        Coder::new(dicts.clone(), CoderOptions::default()),
        Coder::new(
            dicts,
            CoderOptions {
                require_dyad: true,
                ..CoderOptions::petrarch()
            },
        ),
    ]
});

const ACTORS: &[&str] = &[
    "Iran",
    "Israel",
    "the United States",
    "United States",
    "U.S.",
    "US",
    "Russia",
    "Ukraine",
    "Palestine",
    "Afghanistan",
    "Åland",
    "Kabul",
    "Tehran",
    "Washington",
    "Moscow",
    "the United Nations",
    "U.N.",
    "UN Security Council",
    "NATO",
    "the European Union",
    "Hamas",
    "Hezbollah",
    "Islamic Jihad",
    "Donald Trump",
    "Trump",
    "President Trump",
    "Joe Biden",
    "Biden",
    "Iranian",
    "Israeli",
    "American",
    "Russian",
    "Ukrainians",
];

const AGENTS: &[&str] = &[
    "president",
    "prime minister",
    "foreign minister",
    "Foreign Minister",
    "deputy foreign minister",
    "government",
    "officials",
    "a senior official",
    "police",
    "rebels",
    "troops",
    "army",
    "protesters",
    "militants",
    "opposition",
    "ministry",
    "leader",
    "spokesman",
    "envoy",
    "counterpart",
];

const VERBS: &[&str] = &[
    "met",
    "meet",
    "meets",
    "meeting",
    "attacked",
    "attack",
    "accused",
    "criticized",
    "condemned",
    "said",
    "says",
    "told",
    "signed",
    "visited",
    "will visit",
    "plans to visit",
    "agreed to",
    "refused to",
    "refuse to release",
    "threatened",
    "urged",
    "called on",
    "praised",
    "rejected",
    "sanctioned",
    "imposed sanctions on",
    "issued a statement",
    "made a statement on",
    "restored full diplomatic ties with",
    "is about to",
    "did",
    "did not",
    "didn't",
    "did n't",
    "won't",
    "wo n't",
    "can't",
    "has",
    "had",
    "have been",
    "was",
    "were",
    "is",
    "been",
    "being",
    "will",
    "would",
    "may",
    "not",
    "never",
    "reportedly",
    "denied",
    "announced",
    "declared",
    "set_out",
    "killed",
    "arrested",
    "expelled",
    "deployed",
    "withdrew from",
];

const WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "with",
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "to",
    "by",
    "for",
    "from",
    "that",
    "which",
    "who",
    "whom",
    "its",
    "his",
    "their",
    "'s",
    "'",
    "after",
    "before",
    "against",
    "over",
    "talks",
    "aid",
    "ties",
    "border",
    "ceasefire",
    "sanctions",
    "nuclear",
    "deal",
    "weapons",
    "forces",
    "Monday",
    "on Tuesday",
    "April 27",
    "2026",
    "1,000",
    "Dol_Amroth",
    "Minas_Tirith",
    "_",
    "__",
    "Gen.",
    "Jan.",
    "Mr.",
    "No.",
    "e.g.",
    "et al.",
    "also",
    "however",
    "both",
    "neither",
    "nor",
    "according to",
    "while",
    "as",
    "if",
    "because",
    "not only",
    "...",
];

const PUNCT: &[&str] = &[
    ",", ".", ";", ":", "?", "!", "\"", "'", "“", "”", "‘", "’", "«", "»", "(", ")", "[", "]", "-", "—", "–", "/", "&",
    "%", "$", "n't", "'t", "'s", "'re", "_", "\n", "\t", " ", "  ", "\u{a0}", "\u{200b}", "\u{feff}", "é", "ß", "İ",
    "ﬁ", "🙂", "中", "\u{301}",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(list).prop_map(str::to_string)
}

/// One piece of a sentence: a vocabulary item, punctuation or a random Unicode scrap.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => pick(ACTORS),
        2 => pick(AGENTS),
        3 => pick(VERBS),
        3 => pick(WORDS),
        2 => pick(PUNCT),
        1 => "\\PC{0,6}",
        1 => "[a-zA-Z'_.\\-]{1,8}",
    ]
}

/// A sentence assembled from pieces, each followed by a space or (sometimes) nothing, so
/// that pieces also run into one another.
fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::sample::select(&[" ", " ", " ", ""][..])), 0..28).prop_map(|parts| {
        let mut s = String::new();
        for (p, sep) in parts {
            s.push_str(&p);
            s.push_str(sep);
        }
        s
    })
}

/// Sentences in the shapes the coder looks for, so that most cases do produce events.
fn shaped() -> impl Strategy<Value = String> {
    (
        pick(ACTORS),
        prop::option::of(pick(AGENTS)),
        pick(VERBS),
        pick(ACTORS),
        prop::option::of(pick(WORDS)),
        prop::option::of((pick(ACTORS), pick(PUNCT))),
    )
        .prop_map(|(source, agent, verb, target, tail, speaker)| {
            let mut s = String::new();
            if let Some((speaker, quote)) = &speaker {
                s.push_str(&format!("{speaker} said {quote}"));
            }
            s.push_str(&source);
            if let Some(agent) = agent {
                s.push_str(&format!("'s {agent}"));
            }
            s.push_str(&format!(" {verb} {target}"));
            if let Some(tail) = tail {
                s.push_str(&format!(" {tail}"));
            }
            s.push('.');
            if let Some((_, quote)) = speaker {
                s.push_str(&quote);
            }
            s
        })
}

fn any_date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop::option::of((1950i32..2040, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)))
        .prop_map(Option::flatten)
}

/// Checks one span of an event against the sentence it was found in.
fn check_span(what: &str, span: Span, text: &str, sentence: Span) {
    assert!(
        sentence.start <= span.start && span.end <= sentence.end,
        "{what} span {span:?} outside sentence {sentence:?} in {text:?}"
    );
    assert!(span.start < span.end, "{what} span {span:?} is empty in {text:?}");
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span {span:?} not on char boundaries in {text:?}"
    );
}

fn check_actor(what: &str, actor: &Option<Actor>, text: &str, sentence: Span) {
    if let Some(actor) = actor {
        check_span(what, actor.span, text, sentence);
    }
}

fn check_events(events: &[SentenceEvent], text: &str, sentence: Span) {
    for e in events {
        check_span("verb", e.verb, text, sentence);
        check_actor("source", &e.source, text, sentence);
        check_actor("target", &e.target, text, sentence);
        check_actor("reported_by", &e.reported_by, text, sentence);
        // The PETRARCH rendering slices actor spans out of the text.
        let _ = e.petrarch_triple(text);
    }
}

/// Codes `sentence` in `text` with every coder, twice, and checks the invariants.
fn check(text: &str, sentence: Span, date: Option<NaiveDate>) {
    for coder in CODERS.iter() {
        let first = coder.code_sentence(text, sentence, date);
        check_events(&first, text, sentence);
        let second = coder.code_sentence(text, sentence, date);
        assert_eq!(first, second, "coding {text:?} twice differs");
    }
}

fn whole(text: &str) -> Span {
    Span::new(0, text.len())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_unicode_never_breaks_the_coder(text in "\\PC{0,80}", date in any_date()) {
        check(&text, whole(&text), date);
    }

    #[test]
    fn news_vocabulary_never_breaks_the_coder(text in newsy(), date in any_date()) {
        check(&text, whole(&text), date);
    }

    #[test]
    fn shaped_sentences_keep_span_invariants(text in shaped(), date in any_date()) {
        check(&text, whole(&text), date);
    }

    /// The sentence is a slice of a larger text: spans stay inside it, never in the text
    /// around it, and the coder reads nothing beyond it.
    #[test]
    fn sub_spans_of_a_larger_text(
        before in prop_oneof![newsy(), "\\PC{0,20}"],
        sentence in prop_oneof![shaped(), newsy()],
        after in prop_oneof![newsy(), "\\PC{0,20}"],
        date in any_date(),
    ) {
        let text = format!("{before}{sentence}{after}");
        let span = Span::new(before.len(), before.len() + sentence.len());
        check(&text, span, date);
        // The same sentence alone codes the same events, shifted.
        for coder in CODERS.iter() {
            let inside = coder.code_sentence(&text, span, date);
            let alone = coder.code_sentence(&sentence, whole(&sentence), date);
            let shift = |s: Span| Span::new(s.start - span.start, s.end - span.start);
            let shifted: Vec<(Span, String)> = inside.iter().map(|e| (shift(e.verb), e.code.clone())).collect();
            let expected: Vec<(Span, String)> = alone.iter().map(|e| (e.verb, e.code.clone())).collect();
            prop_assert_eq!(shifted, expected, "{:?} inside {:?}", sentence, text);
        }
    }

    /// Sentences as the segmenter cuts them from an assembled paragraph.
    #[test]
    fn segmented_paragraphs(parts in prop::collection::vec(prop_oneof![shaped(), newsy()], 1..5), date in any_date()) {
        let text = parts.join(" ");
        for sentence in dyad_segment::sentences(&text) {
            check(&text, sentence, date);
        }
    }
}
