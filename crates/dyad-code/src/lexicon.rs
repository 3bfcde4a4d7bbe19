//! Coarse parts of speech for English news words, for the rule-based chunker.
//!
//! The coder needs no full tagger: its chunker only has to tell determiners, prepositions,
//! auxiliaries, modals, negation, clause openers and verbs of saying from the rest, to know the
//! likely tense of a verb form and whether an ambiguous word like "attack" can be a noun. This
//! module answers those questions from a hand-written lexicon: closed classes written out below,
//! open-class lists in `data/` (one lower-case word a line, compiled in with `include_str!`) and
//! English spelling rules for inflections.
//!
//! Why hand-written: no crate fits. `english-pos-tagger` splits "U.S." and is slow; a statistical
//! tagger would need a model file and still give finer tags than the chunker uses. The lists here
//! were written for this project from general knowledge of English.
//!
//! Speed: every lookup is one probe of a hash table built once (on first use) with a small
//! multiplicative hasher; no call allocates. [`class`] is called for every token of every sentence
//! and takes under 10 ns in a release build (see the ignored `class_is_fast` test).
//!
//! All functions take a lower-case word (the tokeniser's token lower-cased), except
//! [`class_cased`], which takes the token as written. Both the ASCII apostrophe and the
//! typographic one (’) are known in contractions ("n't", "n’t", "'ll", "’ll").
//!
//! A word has one [`Class`]. Where English gives it several, the class is the reading most useful
//! for chunking news, and the chunker decides from context:
//!
//! - "that" → [`Class::Subordinator`] (also a determiner and a relative pronoun);
//! - "who", "whom", "whose", "which" → [`Class::Relative`] ("whose" is also possessive:
//!   the noun after it belongs to the relative clause);
//! - "as", "since" → [`Class::Subordinator`]; "after", "before", "until", "till" →
//!   [`Class::Preposition`], and [`starts_clause`] is true for all of them;
//! - "to" → [`Class::Preposition`] (also the infinitive marker);
//! - "including", "following", "regarding", "concerning", "according" → [`Class::Preposition`]
//!   ([`verb_form`] still says [`VerbForm::Gerund`] for them);
//! - "will", "may", "can", "must" → [`Class::Modal`]; "march" → [`Class::Other`] (the month only
//!   capitalised, see [`class_cased`]); "us" → [`Class::Pronoun`] (the country is upper case);
//! - "her" → [`Class::Possessive`] (also an object pronoun); "'s" → [`Class::Possessive`]
//!   (also "is"/"has" after a pronoun); "'d" → [`Class::Modal`] (also "had");
//! - "there" → [`Class::Pronoun`] (the existential subject: "there were clashes");
//! - phrasal-verb particles "up", "down", "out", "off", "back", "away" → [`Class::Adverb`], so
//!   that they stay inside the verb group ("carried out", "called off");
//! - quantifiers "many", "much", "few", "more", "most", "less", "enough" → [`Class::Determiner`];
//!   ordinals ("first", "second") and "half" → [`Class::Number`];
//! - "further", "past", "last", "next", "other", "chief", "deputy" → [`Class::Adjective`];
//! - "state", "report", "note", "claim", "comment" → [`Class::SayVerb`] although they are often
//!   nouns; [`can_be_noun`] is true for them;
//! - unsplit negative contractions ("don't", "won't", "cannot") → [`Class::Auxiliary`] or
//!   [`Class::Modal`]; [`is_negative`] tells that they negate.

use std::sync::LazyLock;

use crate::hash::WordMap;

/// Coarse word classes the chunker needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// the a an this these those some any each every no all both either neither another such,
    /// and the quantifiers many much few more most less least enough.
    Determiner,
    /// his her its their our my your, and the clitic 's.
    Possessive,
    /// Personal, reflexive, indefinite and interrogative pronouns; existential "there".
    Pronoun,
    /// of in on at by with from to for against into ... (simple and a few -ing prepositions).
    Preposition,
    /// and or but nor.
    Coordinator,
    /// that because although though while whereas if unless when where whether as since ...
    Subordinator,
    /// who whom whose which.
    Relative,
    /// Forms of be, have and do, and their contractions ('re 've 'm).
    Auxiliary,
    /// will would shall should can could may might must ought 'll 'd wo ca sha cannot.
    Modal,
    /// not n't never.
    Negation,
    /// Common adverbs, including those that sit inside verb groups and phrasal-verb particles.
    Adverb,
    /// Common adjectives of news that may precede agent nouns (senior, former, foreign ...).
    Adjective,
    /// Cardinals, ordinals, dozen(s), hundreds, several, half.
    Number,
    /// Days, months (but "march" and "may", see [`class_cased`]), today, yesterday, week, year ...
    Time,
    /// Verbs of saying and reporting in any inflection (say said tell told state add claim ...).
    SayVerb,
    /// Anything else, and any word the lexicon does not know.
    Other,
}

/// What the spelling of a word (or the irregular-verb table) says about it as a verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    ThirdPerson,
    Past,
    PastParticiple,
    PastOrParticiple,
    Gerund,
}

/// The class of a lower-case word, [`Class::Other`] when the lexicon does not know it.
#[must_use]
#[inline]
pub fn class(word: &str) -> Class {
    match TABLE.get(word) {
        Some(e) => e.class,
        None if participle_compound(word) => Class::Adjective,
        None => Class::Other,
    }
}

/// "Iran-backed", "U.S.-led", "earthquake-hit", "rebel-held": a hyphenated word ending in a
/// participle modifies a noun; it is never the sentence's verb.
fn participle_compound(word: &str) -> bool {
    const IRREGULAR_ENDS: &[&str] = &["hit", "led", "run", "held", "made", "built", "torn", "stricken", "won"];
    let Some((first, last)) = word.rsplit_once('-') else {
        return false;
    };
    // "re-elected", "co-hosted", "counter-attacked" are verbs with a prefix.
    const VERB_PREFIXES: &[&str] = &[
        "re", "co", "pre", "counter", "over", "under", "out", "de", "un", "mis", "cross", "double",
    ];
    !first.is_empty()
        && !VERB_PREFIXES.contains(&first)
        && (IRREGULAR_ENDS.contains(&last)
            || (last.len() > 4
                && last.ends_with("ed")
                && matches!(
                    verb_form(last),
                    Some(VerbForm::Past | VerbForm::PastParticiple | VerbForm::PastOrParticiple)
                )))
}

/// The class of a token as written (any case): ASCII letters are lower-cased on the stack, and
/// the capitalised months "March" and "May" are [`Class::Time`] (lower-case "march" is
/// [`Class::Other`], "may" [`Class::Modal`]). A sentence-initial "May" is read as the month too;
/// the chunker may prefer [`class`] there.
#[must_use]
pub fn class_cased(token: &str) -> Class {
    let bytes = token.as_bytes();
    if bytes.len() > MAX_WORD {
        return Class::Other;
    }
    let mut buf = [0u8; MAX_WORD];
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    // Only ASCII bytes changed, so `lower` is still UTF-8.
    let Ok(word) = std::str::from_utf8(lower) else {
        return Class::Other;
    };
    if bytes.first().is_some_and(u8::is_ascii_uppercase) && (word == "march" || word == "may") {
        return Class::Time;
    }
    class(word)
}

/// Whether a lower-case word is a common English word that is not a name when written in lower
/// case ("chad", "turkey", "jordan", "guinea", "china", "said", "bush"), so that a lower-case
/// token never matches an actor. Regular inflections of a listed word count ("turkeys", "hopes",
/// "walked", "bombing").
#[must_use]
pub fn is_common_word(word: &str) -> bool {
    match TABLE.get(word) {
        Some(e) if e.flags & COMMON != 0 => return true,
        // "ahmed" is no inflection of "ahm", nor "jared" of "jar".
        Some(e) if e.flags & NAME != 0 => return false,
        _ => {}
    }
    any_stem(word, true, |stem| {
        TABLE.get(stem).is_some_and(|e| e.flags & COMMON != 0)
    })
}

/// What a lower-case word looks like as a verb form: the irregular-verb table first
/// ("went" → [`VerbForm::Past`], "gone" → [`VerbForm::PastParticiple`], "met" →
/// [`VerbForm::PastOrParticiple`], "go" → [`VerbForm::Base`]), then spelling: "-ed" →
/// [`VerbForm::PastOrParticiple`], "-ing" → [`VerbForm::Gerund`], "-s" →
/// [`VerbForm::ThirdPerson`]. `None` when the word cannot be a verb form by those rules
/// (closed-class words, "thing", "morning", "news", "series", "officials", "civilians").
///
/// A regular base form ("attack") has no mark in its spelling and gives `None`: the verb
/// dictionary knows it. An irregular form with several readings takes, in this order, a past
/// reading ("hit", "put", "read", "found" → [`VerbForm::PastOrParticiple`]; "lay", "beat" →
/// [`VerbForm::Past`]), then the base ("come", "run", "become" → [`VerbForm::Base`]; after
/// "have" the chunker reads them as participles). An "-s" form may be a plural noun as well
/// ("attacks"): see [`can_be_noun`].
#[must_use]
pub fn verb_form(word: &str) -> Option<VerbForm> {
    verb_form_of(word, TABLE.get(word))
}

/// [`class`] and [`verb_form`] of a word with one probe of the table: a sentence's tokens are
/// read once for both ([`crate::sentence`] keeps them).
pub(crate) fn class_and_verb_form(word: &str) -> (Class, Option<VerbForm>) {
    let entry = TABLE.get(word);
    let class = match entry {
        Some(e) => e.class,
        None if participle_compound(word) => Class::Adjective,
        None => Class::Other,
    };
    (class, verb_form_of(word, entry))
}

/// [`verb_form`] of `word`, given its entry in the table.
fn verb_form_of(word: &str, entry: Option<&Entry>) -> Option<VerbForm> {
    if let Some(e) = entry {
        if e.verb.is_some() {
            return e.verb;
        }
        if e.flags & NOT_VERB != 0 {
            return None;
        }
        if e.flags & REGULAR_BASE != 0 {
            return Some(VerbForm::Base);
        }
        match e.class {
            Class::Determiner
            | Class::Possessive
            | Class::Pronoun
            | Class::Coordinator
            | Class::Subordinator
            | Class::Relative
            | Class::Modal
            | Class::Negation
            | Class::Number
            | Class::Time
            | Class::Adverb => return None,
            // "including", "following", "according" are still gerunds.
            Class::Preposition if !word.ends_with("ing") => return None,
            _ => {}
        }
    }
    // A hyphenated word is the verb form of its last part: "war-torn", "re-run", "so-called".
    // (The last hyphen by a byte loop: asked of nearly every token, most short and unhyphenated.)
    if let Some(at) = word.bytes().rposition(|b| b == b'-')
        && at > 0
        && at + 1 < word.len()
    {
        return verb_form(&word[at + 1..]);
    }
    by_spelling(word)
}

/// Whether a lower-case word can be a noun, for the words that are often verbs too: read them
/// as nouns after a determiner, possessive or adjective ("the attack", "its visit", "further
/// talks"). Plurals of listed words count ("attacks", "sanctions", "ties"). `false` means "not
/// known as a noun", not "cannot be a noun".
#[must_use]
pub fn can_be_noun(word: &str) -> bool {
    if TABLE.get(word).is_some_and(|e| e.flags & NOUN != 0) {
        return true;
    }
    any_stem(word, false, |stem| TABLE.get(stem).is_some_and(|e| e.flags & NOUN != 0))
}

/// Whether a lower-case word begins a subordinate or relative clause (after, before, when,
/// while, because, although, though, since, until, till, unless, if, whereas, as, whether,
/// whilst, whenever, wherever, lest, who, which, whom, whose, where, that).
#[must_use]
#[inline]
pub fn starts_clause(word: &str) -> bool {
    TABLE.get(word).is_some_and(|e| e.flags & CLAUSE != 0)
}

/// Whether a lower-case token negates its verb group: [`Class::Negation`] words and unsplit
/// negative contractions ("don't", "won’t", "cannot").
#[must_use]
pub fn is_negative(word: &str) -> bool {
    class(word) == Class::Negation || word == "cannot" || word.ends_with("n't") || word.ends_with("n’t")
}

// ---------------------------------------------------------------------------------------------
// Lists.

const COMMON_WORDS: &str = include_str!("../data/common_words.txt");
const ADVERBS: &str = include_str!("../data/adverbs.txt");
const ADJECTIVES: &str = include_str!("../data/adjectives.txt");
const NOUNS: &str = include_str!("../data/nouns.txt");
/// One irregular verb a line: `base past participle`, alternatives joined by `/`.
const IRREGULAR_VERBS: &str = include_str!("../data/irregular_verbs.txt");

const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "some",
    "any",
    "each",
    "every",
    "no",
    "all",
    "both",
    "either",
    "neither",
    "another",
    "such",
    "many",
    "much",
    "few",
    "fewer",
    "more",
    "most",
    "less",
    "least",
    "enough",
    "whichever",
];

const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my", "your", "'s", "’s"];

const PRONOUNS: &[&str] = &[
    "i",
    "me",
    "myself",
    "you",
    "yourself",
    "yourselves",
    "he",
    "him",
    "himself",
    "she",
    "herself",
    "hers",
    "it",
    "itself",
    "we",
    "us",
    "ourselves",
    "ours",
    "they",
    "them",
    "themselves",
    "theirs",
    "mine",
    "yours",
    "oneself",
    "what",
    "whatever",
    "whoever",
    "whomever",
    "someone",
    "somebody",
    "something",
    "anyone",
    "anybody",
    "anything",
    "everyone",
    "everybody",
    "everything",
    "nobody",
    "nothing",
    "none",
    "no-one",
    "noone",
    "others",
    "there",
];

const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "to",
    "for",
    "against",
    "into",
    "onto",
    "upon",
    "over",
    "under",
    "between",
    "among",
    "amongst",
    "about",
    "after",
    "before",
    "during",
    "until",
    "till",
    "through",
    "throughout",
    "across",
    "toward",
    "towards",
    "without",
    "within",
    "near",
    "amid",
    "amidst",
    "despite",
    "along",
    "alongside",
    "around",
    "beside",
    "besides",
    "beyond",
    "behind",
    "below",
    "beneath",
    "above",
    "inside",
    "outside",
    "underneath",
    "via",
    "per",
    "versus",
    "vs",
    "vs.",
    "except",
    "excluding",
    "including",
    "regarding",
    "concerning",
    "following",
    "pending",
    "barring",
    "unlike",
    "like",
    "than",
    "plus",
    "minus",
    "according",
    "aboard",
    "atop",
    "opposite",
    "notwithstanding",
    "circa",
];

const COORDINATORS: &[&str] = &["and", "or", "but", "nor", "&"];

const SUBORDINATORS: &[&str] = &[
    "that", "because", "although", "though", "while", "whilst", "whereas", "if", "unless", "when", "whenever", "where",
    "wherever", "whether", "as", "since", "lest",
];

const RELATIVES: &[&str] = &["who", "whom", "whose", "which"];

const AUXILIARIES: &[&str] = &[
    "be",
    "am",
    "is",
    "are",
    "was",
    "were",
    "been",
    "being",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "'re",
    "’re",
    "'ve",
    "’ve",
    "'m",
    "’m",
    "isn't",
    "isn’t",
    "aren't",
    "aren’t",
    "wasn't",
    "wasn’t",
    "weren't",
    "weren’t",
    "hasn't",
    "hasn’t",
    "haven't",
    "haven’t",
    "hadn't",
    "hadn’t",
    "don't",
    "don’t",
    "doesn't",
    "doesn’t",
    "didn't",
    "didn’t",
    "ain't",
    "ain’t",
];

/// "wo", "ca" and "sha" are what is left of "won't", "can't" and "shan't" once "n't" is split off.
const MODALS: &[&str] = &[
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "ought",
    "'ll",
    "’ll",
    "'d",
    "’d",
    "wo",
    "ca",
    "sha",
    "cannot",
    "won't",
    "won’t",
    "can't",
    "can’t",
    "shan't",
    "shan’t",
    "wouldn't",
    "wouldn’t",
    "couldn't",
    "couldn’t",
    "shouldn't",
    "shouldn’t",
    "mustn't",
    "mustn’t",
    "mightn't",
    "mightn’t",
    "oughtn't",
    "oughtn’t",
    "needn't",
    "needn’t",
];

const NEGATIONS: &[&str] = &["not", "n't", "n’t", "never"];

const NUMBERS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "several",
    "half",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "hundredth",
    "thousandth",
    "millionth",
];

/// "march" and "may" are left out on purpose (see [`class_cased`]); so are "spring" and "fall",
/// which are verbs at least as often as seasons.
const TIMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "jan.",
    "feb",
    "feb.",
    "apr",
    "apr.",
    "jun",
    "jun.",
    "jul",
    "jul.",
    "aug",
    "aug.",
    "sep",
    "sep.",
    "sept",
    "sept.",
    "oct",
    "oct.",
    "nov",
    "nov.",
    "dec",
    "dec.",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "weekend",
    "weekends",
    "morning",
    "mornings",
    "afternoon",
    "afternoons",
    "evening",
    "evenings",
    "night",
    "nights",
    "day",
    "days",
    "hour",
    "hours",
    "decade",
    "decades",
    "century",
    "centuries",
    "midnight",
    "noon",
    "midday",
    "dawn",
    "dusk",
    "daybreak",
    "nightfall",
    "summer",
    "winter",
    "autumn",
    "eve",
    "weekday",
    "weekdays",
    "fortnight",
];

/// Verbs of saying. "alleged" is left to the adjectives ("the alleged attack"); "warn", "confirm"
/// and "deny" are event verbs, not reporting verbs.
const SAY_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "state",
    "states",
    "stated",
    "stating",
    "add",
    "adds",
    "added",
    "adding",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "announce",
    "announces",
    "announced",
    "announcing",
    "report",
    "reports",
    "reported",
    "reporting",
    "declare",
    "declares",
    "declared",
    "declaring",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "note",
    "notes",
    "noted",
    "noting",
    "argue",
    "argues",
    "argued",
    "arguing",
    "stress",
    "stresses",
    "stressed",
    "stressing",
    "explain",
    "explains",
    "explained",
    "explaining",
    "write",
    "writes",
    "wrote",
    "written",
    "writing",
    "quote",
    "quotes",
    "quoted",
    "quoting",
    "assert",
    "asserts",
    "asserted",
    "asserting",
    "remark",
    "remarks",
    "remarked",
    "remarking",
    "comment",
    "comments",
    "commented",
    "commenting",
    "reply",
    "replies",
    "replied",
    "replying",
    "contend",
    "contends",
    "contended",
    "contending",
    "mention",
    "mentions",
    "mentioned",
    "mentioning",
    "emphasise",
    "emphasises",
    "emphasised",
    "emphasising",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasizing",
    "reiterate",
    "reiterates",
    "reiterated",
    "reiterating",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "acknowledging",
    "concede",
    "concedes",
    "conceded",
    "conceding",
    "allege",
    "alleges",
    "alleging",
    "testify",
    "testifies",
    "testified",
    "testifying",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "recount",
    "recounts",
    "recounted",
    "recounting",
    "affirm",
    "affirms",
    "affirmed",
    "affirming",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "quip",
    "quips",
    "quipped",
    "quipping",
];

const CLAUSE_STARTERS: &[&str] = &[
    "after", "before", "when", "while", "because", "although", "though", "since", "until", "till", "unless", "if",
    "whereas", "as", "whether", "whilst", "whenever", "wherever", "lest", "who", "which", "whom", "whose", "where",
    "that",
];

/// Lower-case words that are also country or place names when capitalised.
const NAME_HOMOGRAPHS: &[&str] = &[
    "chad",
    "turkey",
    "jordan",
    "guinea",
    "china",
    "japan",
    "chile",
    "brazil",
    "panama",
    "jersey",
    "guernsey",
    "java",
    "bermuda",
    "canary",
    "cologne",
    "champagne",
    "madeira",
    "hull",
];

/// Present forms of the auxiliaries that spelling rules would miss.
const PRESENT_FORMS: &[(&str, VerbForm)] = &[
    ("am", VerbForm::Base),
    ("are", VerbForm::Base),
    ("is", VerbForm::ThirdPerson),
    ("has", VerbForm::ThirdPerson),
    ("does", VerbForm::ThirdPerson),
    ("goes", VerbForm::ThirdPerson),
];

/// Regular verbs whose base form looks inflected ("need" is no past of "ne").
const REGULAR_BASES: &[&str] = &["need", "proceed", "succeed", "exceed", "heed", "seed", "weed", "embed"];

/// Words that spelling rules would misread as verb forms: nouns and adjectives in -ed, -ing and
/// -s, and plural nouns of news that are never verbs.
const NOT_VERBS: &[&str] = &[
    // -ed
    "bed",
    "red",
    "hundred",
    "sacred",
    "naked",
    "wicked",
    "kindred",
    "rugged",
    "ragged",
    "wretched",
    "crooked",
    "jagged",
    "beloved",
    "hatred",
    "deed",
    "greed",
    "creed",
    "reed",
    "steed",
    "tweed",
    "seabed",
    "riverbed",
    "hotbed",
    "deathbed",
    "sickbed",
    "flowerbed",
    "seedbed",
    "sled",
    "infrared",
    "unidentified",
    "unnamed",
    "unarmed",
    "unprecedented",
    "talented",
    "unemployed",
    "unconfirmed",
    "unspecified",
    "undisclosed",
    "unverified",
    "unfounded",
    "unwarranted",
    "unprovoked",
    "unauthorized",
    "unauthorised",
    "uninhabited",
    "unexploded",
    "unopposed",
    "unabated",
    "uncontested",
    "undisputed",
    "unelected",
    "unpaid",
    "unresolved",
    // -ing
    "thing",
    "king",
    "wing",
    "ding",
    "sibling",
    "darling",
    "pudding",
    "herring",
    "shilling",
    "viking",
    "sterling",
    "awning",
    "duckling",
    "inkling",
    "seedling",
    "weakling",
    "lightning",
    "earring",
    "offspring",
    "hireling",
    "underling",
    "starling",
    "yearling",
    "fledgling",
    "gosling",
    "dumpling",
    "sapling",
    "ceiling",
    "cunning",
    "during",
    "notwithstanding",
    "upcoming",
    "ongoing",
    "forthcoming",
    "incoming",
    "outgoing",
    // -s
    "news",
    "series",
    "species",
    "mumps",
    "measles",
    "diabetes",
    "herpes",
    "rabies",
    "scabies",
    "headquarters",
    "whereabouts",
    "affairs",
    "yes",
    "lens",
    "officials",
    "troops",
    "soldiers",
    "ministers",
    "leaders",
    "members",
    "rebels",
    "militants",
    "insurgents",
    "fighters",
    "residents",
    "citizens",
    "protesters",
    "protestors",
    "demonstrators",
    "activists",
    "journalists",
    "diplomats",
    "negotiators",
    "lawmakers",
    "legislators",
    "analysts",
    "experts",
    "observers",
    "workers",
    "students",
    "refugees",
    "migrants",
    "villagers",
    "farmers",
    "settlers",
    "prisoners",
    "detainees",
    "hostages",
    "victims",
    "casualties",
    "relatives",
    "families",
    "supporters",
    "opponents",
    "critics",
    "allies",
    "nations",
    "countries",
    "governments",
    "parliaments",
    "parties",
    "organisations",
    "organizations",
    "agencies",
    "companies",
    "sources",
    "officers",
    "commanders",
    "generals",
    "chiefs",
    "envoys",
    "ambassadors",
    "representatives",
    "delegates",
    "delegations",
    "militias",
    "authorities",
];

/// Names that spelling rules would misread as verb forms ("ahmed", "jinping", "beijing"). They
/// are no verb forms and no common words.
const NAMES: &[&str] = &[
    "ted",
    "fred",
    "ned",
    "jared",
    "ahmed",
    "mohamed",
    "mohammed",
    "muhammed",
    "khaled",
    "saeed",
    "rasheed",
    "waleed",
    "hamed",
    "zayed",
    "javed",
    "majeed",
    "fareed",
    "syed",
    "sayed",
    "rashed",
    "raed",
    "naveed",
    "waheed",
    "abed",
    "boeing",
    "beijing",
    "nanjing",
    "chongqing",
    "kunming",
    "liaoning",
    "xining",
    "jinping",
    "xiaoping",
    "ming",
    "qing",
    "wyoming",
    "pershing",
    "harding",
    "fleming",
    "kipling",
    "golding",
    "ewing",
    "irving",
    "epping",
    "dorking",
    "woking",
    "ealing",
    "kettering",
    "worthing",
    "stirling",
    "alps",
    "netherlands",
    "philippines",
    "maldives",
    "seychelles",
    "athens",
    "brussels",
    "marseilles",
    "wales",
    "reuters",
    "muslims",
    "christians",
    "jews",
    "arabs",
    "kurds",
    "shiites",
    "sunnis",
    "israelis",
    "iraqis",
    "afghans",
    "pakistanis",
    "saudis",
];

// ---------------------------------------------------------------------------------------------
// The table.

/// Longest word [`class_cased`] lower-cases on the stack; no key of the table is longer.
const MAX_WORD: usize = 40;

const COMMON: u8 = 1;
const NOUN: u8 = 1 << 1;
const CLAUSE: u8 = 1 << 2;
const NOT_VERB: u8 = 1 << 3;
const REGULAR_BASE: u8 = 1 << 4;
const NAME: u8 = 1 << 5;

#[derive(Debug, Clone, Copy)]
struct Entry {
    class: Class,
    verb: Option<VerbForm>,
    flags: u8,
}

const EMPTY: Entry = Entry {
    class: Class::Other,
    verb: None,
    flags: 0,
};

type Table = WordMap<&'static str, Entry>;

static TABLE: LazyLock<Table> = LazyLock::new(build);

/// Every class list, closed and open, with its class.
fn class_lists() -> [(Class, Vec<&'static str>); 15] {
    [
        (Class::Determiner, DETERMINERS.to_vec()),
        (Class::Possessive, POSSESSIVES.to_vec()),
        (Class::Pronoun, PRONOUNS.to_vec()),
        (Class::Preposition, PREPOSITIONS.to_vec()),
        (Class::Coordinator, COORDINATORS.to_vec()),
        (Class::Subordinator, SUBORDINATORS.to_vec()),
        (Class::Relative, RELATIVES.to_vec()),
        (Class::Auxiliary, AUXILIARIES.to_vec()),
        (Class::Modal, MODALS.to_vec()),
        (Class::Negation, NEGATIONS.to_vec()),
        (Class::Number, NUMBERS.to_vec()),
        (Class::Time, TIMES.to_vec()),
        (Class::SayVerb, SAY_VERBS.to_vec()),
        (Class::Adverb, lines(ADVERBS).collect()),
        (Class::Adjective, lines(ADJECTIVES).collect()),
    ]
}

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// Irregular verbs as `(base, pasts, participles)`.
fn irregular_verbs() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    lines(IRREGULAR_VERBS).filter_map(|line| {
        let mut fields = line.split_whitespace();
        Some((fields.next()?, fields.next()?, fields.next()?))
    })
}

fn build() -> Table {
    const BASE: u8 = 1;
    const PAST: u8 = 2;
    const PARTICIPLE: u8 = 4;
    let mut table = Table::with_capacity_and_hasher(8192, Default::default());
    let t = &mut table;

    for (class, words) in class_lists() {
        for word in words {
            let e = slot(t, word);
            // The lists are disjoint (tested); the first class would win otherwise.
            if e.class == Class::Other {
                e.class = class;
            }
            e.flags |= COMMON;
        }
    }
    for word in lines(COMMON_WORDS).chain(NAME_HOMOGRAPHS.iter().copied()) {
        slot(t, word).flags |= COMMON;
    }
    for word in lines(NOUNS) {
        slot(t, word).flags |= NOUN | COMMON;
    }
    for &word in CLAUSE_STARTERS {
        slot(t, word).flags |= CLAUSE;
    }
    for &word in NOT_VERBS {
        slot(t, word).flags |= NOT_VERB;
    }
    for &word in NAMES {
        slot(t, word).flags |= NOT_VERB | NAME;
    }
    for &word in REGULAR_BASES {
        slot(t, word).flags |= REGULAR_BASE | COMMON;
    }

    // Irregular verbs: gather every reading of a form, then pick one (see `verb_form`).
    let mut readings: WordMap<&'static str, u8> = WordMap::default();
    for (base, pasts, participles) in irregular_verbs() {
        *readings.entry(base).or_default() |= BASE;
        for past in pasts.split('/') {
            *readings.entry(past).or_default() |= PAST;
        }
        for participle in participles.split('/') {
            *readings.entry(participle).or_default() |= PARTICIPLE;
        }
    }
    for (word, r) in readings {
        let form = if r & PAST != 0 && r & PARTICIPLE != 0 {
            VerbForm::PastOrParticiple
        } else if r & PAST != 0 {
            VerbForm::Past
        } else if r & BASE != 0 {
            VerbForm::Base
        } else {
            VerbForm::PastParticiple
        };
        let e = slot(t, word);
        e.verb = Some(form);
        e.flags |= COMMON;
    }
    for &(word, form) in PRESENT_FORMS {
        slot(t, word).verb = Some(form);
    }
    table
}

fn slot<'t>(table: &'t mut Table, word: &'static str) -> &'t mut Entry {
    table.entry(word).or_insert(EMPTY)
}

// ---------------------------------------------------------------------------------------------
// Spelling rules.

fn has_vowel(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
}

/// The verb form by spelling alone, for a word of lower-case ASCII letters and hyphens.
fn by_spelling(word: &str) -> Option<VerbForm> {
    let bytes = word.as_bytes();
    if !bytes.first().is_some_and(u8::is_ascii_lowercase) || !bytes.iter().all(|&b| b.is_ascii_lowercase() || b == b'-')
    {
        return None;
    }
    if let Some(stem) = word.strip_suffix("ing") {
        // "thing", "string", "king": no vowel or too short a stem.
        return (stem.len() >= 2 && has_vowel(stem)).then_some(VerbForm::Gerund);
    }
    if let Some(stem) = word.strip_suffix("ed") {
        // "red", "bed", "shred": too short or no vowel.
        return (stem.len() >= 2 && has_vowel(stem)).then_some(VerbForm::PastOrParticiple);
    }
    if let Some(stem) = word.strip_suffix('s') {
        // Not verbs: "-ss" (business), "-us" (status), "-is" (crisis), "-as" (gas), "-os" (photos),
        // "-ics" (politics), "-isms", "-ians" (civilians), "-ities" (authorities).
        const NOT_THIRD_PERSON: &[&str] = &["ss", "us", "is", "as", "os", "ics", "isms", "ians"];
        if stem.len() < 2
            || !has_vowel(stem)
            || NOT_THIRD_PERSON.iter().any(|end| word.ends_with(end))
            || (word.len() >= 8 && word.ends_with("ities"))
        {
            return None;
        }
        return Some(VerbForm::ThirdPerson);
    }
    None
}

/// Calls `found` on the stems a regular inflection of `word` may come from, until it is true:
/// plurals and third persons ("-s", "-es", "-ies"), and when `verbal` also "-ed" and "-ing"
/// ("used" → "use", "stopped" → "stop", "carried" → "carry", "making" → "make", "dying" →
/// "die"). Stems are at
/// least three letters long.
fn any_stem(word: &str, verbal: bool, found: impl Fn(&str) -> bool) -> bool {
    let n = word.len();
    if n > MAX_WORD || !word.is_ascii() {
        return false;
    }
    let bytes = word.as_bytes();
    let mut buf = [0u8; MAX_WORD];
    // The stem `word[..keep] + add`.
    let mut try_stem = |keep: usize, add: &str| -> bool {
        if keep + add.len() < 3 {
            return false;
        }
        buf[..keep].copy_from_slice(&bytes[..keep]);
        buf[keep..keep + add.len()].copy_from_slice(add.as_bytes());
        std::str::from_utf8(&buf[..keep + add.len()]).is_ok_and(&found)
    };
    let doubled = |end: usize| end >= 2 && bytes[end - 1] == bytes[end - 2] && !b"aeiou".contains(&bytes[end - 1]);

    if word.ends_with('s') && !word.ends_with("ss") {
        if try_stem(n - 1, "") {
            return true;
        }
        if word.ends_with("es") && try_stem(n - 2, "") {
            return true;
        }
        if word.ends_with("ies") && try_stem(n - 3, "y") {
            return true;
        }
    }
    if !verbal {
        return false;
    }
    if word.ends_with("ed") {
        if try_stem(n - 1, "") || try_stem(n - 2, "") {
            return true;
        }
        if word.ends_with("ied") && try_stem(n - 3, "y") {
            return true;
        }
        if doubled(n - 2) && try_stem(n - 3, "") {
            return true;
        }
    }
    if word.ends_with("ing") && n > 3 {
        if try_stem(n - 3, "") || try_stem(n - 3, "e") {
            return true;
        }
        if doubled(n - 3) && try_stem(n - 4, "") {
            return true;
        }
        if word.ends_with("ying") && try_stem(n - 4, "ie") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use std::collections::HashSet;

    use super::*;

    #[test]
    fn closed_classes() {
        assert_eq!(class("the"), Class::Determiner);
        assert_eq!(class("neither"), Class::Determiner);
        assert_eq!(class("their"), Class::Possessive);
        assert_eq!(class("'s"), Class::Possessive);
        assert_eq!(class("themselves"), Class::Pronoun);
        assert_eq!(class("us"), Class::Pronoun);
        assert_eq!(class("of"), Class::Preposition);
        assert_eq!(class("amid"), Class::Preposition);
        assert_eq!(class("after"), Class::Preposition);
        assert_eq!(class("towards"), Class::Preposition);
        assert_eq!(class("and"), Class::Coordinator);
        assert_eq!(class("nor"), Class::Coordinator);
        assert_eq!(class("that"), Class::Subordinator);
        assert_eq!(class("as"), Class::Subordinator);
        assert_eq!(class("since"), Class::Subordinator);
        assert_eq!(class("whereas"), Class::Subordinator);
        assert_eq!(class("who"), Class::Relative);
        assert_eq!(class("whose"), Class::Relative);
        assert_eq!(class("which"), Class::Relative);
        assert_eq!(class("were"), Class::Auxiliary);
        assert_eq!(class("having"), Class::Auxiliary);
        assert_eq!(class("did"), Class::Auxiliary);
        assert_eq!(class("will"), Class::Modal);
        assert_eq!(class("may"), Class::Modal);
        assert_eq!(class("must"), Class::Modal);
        assert_eq!(class("not"), Class::Negation);
        assert_eq!(class("never"), Class::Negation);
        assert_eq!(class("three"), Class::Number);
        assert_eq!(class("dozens"), Class::Number);
        assert_eq!(class("several"), Class::Number);
        assert_eq!(class("tuesday"), Class::Time);
        assert_eq!(class("december"), Class::Time);
        assert_eq!(class("yesterday"), Class::Time);
        assert_eq!(class("weekend"), Class::Time);
    }

    #[test]
    fn contractions() {
        // "won't" → "wo" + "n't", "can't" → "ca" + "n't", "shan't" → "sha" + "n't".
        assert_eq!(class("wo"), Class::Modal);
        assert_eq!(class("ca"), Class::Modal);
        assert_eq!(class("sha"), Class::Modal);
        assert_eq!(class("n't"), Class::Negation);
        assert_eq!(class("n’t"), Class::Negation);
        assert_eq!(class("'ll"), Class::Modal);
        assert_eq!(class("’ll"), Class::Modal);
        assert_eq!(class("'d"), Class::Modal);
        assert_eq!(class("'re"), Class::Auxiliary);
        assert_eq!(class("’ve"), Class::Auxiliary);
        assert_eq!(class("’s"), Class::Possessive);
        assert_eq!(class("won't"), Class::Modal);
        assert_eq!(class("doesn’t"), Class::Auxiliary);
        assert_eq!(class("cannot"), Class::Modal);
        for word in ["not", "n't", "n’t", "never", "won't", "didn’t", "cannot"] {
            assert!(is_negative(word), "{word}");
        }
        for word in ["now", "no", "will", "can"] {
            assert!(!is_negative(word), "{word}");
        }
    }

    #[test]
    fn apostrophe_words_come_in_both_spellings() {
        for (_, words) in class_lists() {
            for word in &words {
                if word.contains('\'') {
                    let curly = word.replace('\'', "’");
                    assert!(words.contains(&curly.as_str()), "{word} without {curly}");
                }
                if word.contains('’') {
                    let ascii = word.replace('’', "'");
                    assert!(words.contains(&ascii.as_str()), "{word} without {ascii}");
                }
            }
        }
    }

    #[test]
    fn open_classes_and_choices() {
        assert_eq!(class("reportedly"), Class::Adverb);
        assert_eq!(class("also"), Class::Adverb);
        assert_eq!(class("out"), Class::Adverb);
        assert_eq!(class("senior"), Class::Adjective);
        assert_eq!(class("former"), Class::Adjective);
        assert_eq!(class("further"), Class::Adjective);
        assert_eq!(class("said"), Class::SayVerb);
        assert_eq!(class("told"), Class::SayVerb);
        assert_eq!(class("insisted"), Class::SayVerb);
        assert_eq!(class("warned"), Class::Other);
        assert_eq!(class("alleged"), Class::Adjective);
        assert_eq!(class("march"), Class::Other);
        assert_eq!(class("attack"), Class::Other);
        assert_eq!(class("u.s."), Class::Other);
        assert_eq!(class(""), Class::Other);
        assert_eq!(class("The"), Class::Other, "class() takes lower case");
    }

    #[test]
    fn cased_tokens() {
        assert_eq!(class_cased("March"), Class::Time);
        assert_eq!(class_cased("May"), Class::Time);
        assert_eq!(class_cased("may"), Class::Modal);
        assert_eq!(class_cased("march"), Class::Other);
        assert_eq!(class_cased("The"), Class::Determiner);
        assert_eq!(class_cased("SAID"), Class::SayVerb);
        assert_eq!(class_cased("Won’t"), Class::Modal);
        assert_eq!(class_cased("Monday"), Class::Time);
        assert_eq!(class_cased(""), Class::Other);
        assert_eq!(class_cased(&"x".repeat(100)), Class::Other);
    }

    #[test]
    fn irregular_verbs_forms() {
        use VerbForm::*;
        let cases = [
            ("went", Past),
            ("gone", PastParticiple),
            ("go", Base),
            ("met", PastOrParticiple),
            ("held", PastOrParticiple),
            ("struck", PastOrParticiple),
            ("stricken", PastParticiple),
            ("fought", PastOrParticiple),
            ("sought", PastOrParticiple),
            ("told", PastOrParticiple),
            ("said", PastOrParticiple),
            ("led", PastOrParticiple),
            ("sent", PastOrParticiple),
            ("spoke", Past),
            ("spoken", PastParticiple),
            ("broke", Past),
            ("broken", PastParticiple),
            ("took", Past),
            ("taken", PastParticiple),
            ("gave", Past),
            ("given", PastParticiple),
            ("began", Past),
            ("begun", PastParticiple),
            ("hit", PastOrParticiple),
            ("put", PastOrParticiple),
            ("found", PastOrParticiple),
            ("lay", Past),
            ("lain", PastParticiple),
            ("come", Base),
            ("run", Base),
            ("ran", Past),
            ("was", Past),
            ("were", Past),
            ("been", PastParticiple),
            ("is", ThirdPerson),
            ("has", ThirdPerson),
            ("does", ThirdPerson),
            ("are", Base),
            ("had", PastOrParticiple),
            ("got", PastOrParticiple),
            ("gotten", PastParticiple),
            ("withdrew", Past),
            ("withdrawn", PastParticiple),
        ];
        for (word, form) in cases {
            assert_eq!(verb_form(word), Some(form), "{word}");
        }
    }

    #[test]
    fn regular_verb_forms() {
        use VerbForm::*;
        let cases = [
            ("attacked", PastOrParticiple),
            ("agreed", PastOrParticiple),
            ("used", PastOrParticiple),
            ("carried", PastOrParticiple),
            ("alleged", PastOrParticiple),
            ("attacking", Gerund),
            ("meeting", Gerund),
            ("dying", Gerund),
            ("being", Gerund),
            ("including", Gerund),
            ("following", Gerund),
            ("attacks", ThirdPerson),
            ("says", ThirdPerson),
            ("studies", ThirdPerson),
            ("goes", ThirdPerson),
            ("need", Base),
            ("proceed", Base),
            ("feed", Base),
            ("war-torn", PastParticiple),
            ("re-elected", PastOrParticiple),
        ];
        for (word, form) in cases {
            assert_eq!(verb_form(word), Some(form), "{word}");
        }
    }

    #[test]
    fn words_that_are_no_verb_forms() {
        for word in [
            "the",
            "his",
            "its",
            "us",
            "this",
            "was's",
            "thing",
            "king",
            "sting's",
            "morning",
            "evening",
            "during",
            "nothing",
            "ceiling",
            "news",
            "series",
            "crisis",
            "status",
            "business",
            "politics",
            "gas",
            "photos",
            "hundred",
            "red",
            "bed",
            "need's",
            "officials",
            "civilians",
            "authorities",
            "communities",
            "always",
            "perhaps",
            "towards",
            "will",
            "can",
            "never",
            "tuesday",
            "jinping",
            "beijing",
            "ahmed",
            "upcoming",
            "u.s.",
            "attack",
            "",
            "-ed",
            "Attacked",
        ] {
            assert_eq!(verb_form(word), None, "{word}");
        }
    }

    #[test]
    fn nouns() {
        for word in [
            "attack",
            "attacks",
            "visit",
            "visits",
            "talks",
            "meeting",
            "meetings",
            "strike",
            "strikes",
            "demand",
            "demands",
            "call",
            "calls",
            "protest",
            "protests",
            "support",
            "aid",
            "threat",
            "threats",
            "warning",
            "sanctions",
            "ties",
            "crises",
            "casualties",
            "raid",
            "offensive",
            "accord",
            "treaty",
            "appeal",
            "state",
        ] {
            assert!(can_be_noun(word), "{word}");
        }
        for word in ["the", "went", "quickly", "said", "attacked", "zzz", ""] {
            assert!(!can_be_noun(word), "{word}");
        }
    }

    #[test]
    fn clause_starters() {
        for word in [
            "after", "before", "when", "while", "because", "although", "though", "since", "until", "unless", "if",
            "whereas", "as", "who", "which", "whom", "whose", "where", "that", "whether",
        ] {
            assert!(starts_clause(word), "{word}");
        }
        for word in ["and", "the", "said", "of", "once", "what", ""] {
            assert!(!starts_clause(word), "{word}");
        }
    }

    #[test]
    fn common_words() {
        for word in [
            "chad",
            "turkey",
            "jordan",
            "guinea",
            "china",
            "the",
            "said",
            "may",
            "will",
            "us",
            "bush",
            "turkeys",
            "hopes",
            "walked",
            "stopped",
            "carried",
            "bombing",
            "making",
            "reportedly",
            "senior",
            "went",
            "attack",
        ] {
            assert!(is_common_word(word), "{word}");
        }
        for word in [
            "iran", "syria", "ankara", "erdogan", "ahmed", "jared", "jinping", "beijing", "nato", "hamas", "u.s.", "",
        ] {
            assert!(!is_common_word(word), "{word}");
        }
    }

    /// Every data file: no empty line, lower case, no surrounding space, no duplicate.
    #[test]
    fn data_files_are_clean() {
        let files = [
            ("common_words.txt", COMMON_WORDS),
            ("adverbs.txt", ADVERBS),
            ("adjectives.txt", ADJECTIVES),
            ("nouns.txt", NOUNS),
            ("irregular_verbs.txt", IRREGULAR_VERBS),
        ];
        for (name, data) in files {
            let mut seen = HashSet::new();
            for (i, line) in data.lines().enumerate() {
                assert!(!line.trim().is_empty(), "{name}:{}: empty line", i + 1);
                assert_eq!(line, line.trim(), "{name}:{}: surrounding space", i + 1);
                assert_eq!(line, line.to_lowercase(), "{name}:{}: not lower case", i + 1);
                assert!(seen.insert(line), "{name}:{}: duplicate {line:?}", i + 1);
                if name != "irregular_verbs.txt" {
                    assert!(!line.contains(' '), "{name}:{}: more than one word", i + 1);
                }
            }
        }
    }

    #[test]
    fn sizes() {
        assert!(lines(COMMON_WORDS).count() >= 3000);
        assert!(lines(ADVERBS).count() >= 250);
        assert!(lines(ADJECTIVES).count() >= 300);
        assert!(lines(NOUNS).count() >= 300);
        assert!(irregular_verbs().count() >= 180);
    }

    #[test]
    fn irregular_table_lines_have_three_fields() {
        let mut bases = HashSet::new();
        for line in lines(IRREGULAR_VERBS) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(fields.len(), 3, "{line}");
            assert!(bases.insert(fields[0]), "duplicate base {}", fields[0]);
            for form in fields.iter().flat_map(|f| f.split('/')) {
                assert!(
                    !form.is_empty() && form.bytes().all(|b| b.is_ascii_lowercase()),
                    "{line}"
                );
            }
        }
    }

    /// A word has one class: no word is in two class lists (closed or open), so no choice is
    /// made silently by the order the lists are loaded in.
    #[test]
    fn class_lists_are_disjoint() {
        let mut seen: HashMap<&str, Class> = HashMap::new();
        for (class, words) in class_lists() {
            for word in words {
                if let Some(other) = seen.insert(word, class) {
                    panic!("{word:?} is both {other:?} and {class:?}");
                }
            }
        }
    }

    #[test]
    fn flags_do_not_contradict() {
        for &word in NAMES {
            assert_eq!(TABLE[word].flags & COMMON, 0, "{word} is a name and a common word");
            assert!(!NOT_VERBS.contains(&word), "{word} is in NAMES and NOT_VERBS");
        }
        for &word in NOT_VERBS.iter().chain(NAMES) {
            let e = TABLE[word];
            assert!(e.verb.is_none(), "{word} is irregular and not a verb");
            assert_eq!(e.flags & REGULAR_BASE, 0, "{word}");
        }
        for &word in REGULAR_BASES {
            assert!(by_spelling(word).is_some(), "{word} needs no REGULAR_BASES entry");
        }
    }

    #[test]
    fn keys_fit_the_stack_buffer() {
        for word in TABLE.keys() {
            assert!(word.len() <= MAX_WORD, "{word}");
        }
    }

    /// `cargo test -p dyad-code --release --lib lexicon::tests::class_is_fast -- --ignored --nocapture`
    #[test]
    #[ignore = "timing; run in release"]
    fn class_is_fast() {
        let text = "Turkey's Foreign Minister Hakan Fidan said on Tuesday that the government would not \
                    accept the attack, which reportedly killed at least three civilians near the border \
                    after talks between senior officials had broken down";
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        let _ = class("warm up");
        let rounds = 200_000;
        let start = std::time::Instant::now();
        let mut n = 0usize;
        for _ in 0..rounds {
            for w in &words {
                n += class(std::hint::black_box(w)) as usize;
            }
        }
        let per_call = start.elapsed().as_nanos() as f64 / (rounds * words.len()) as f64;
        println!("class(): {per_call:.1} ns per call ({n})");
        assert!(per_call < 50.0, "{per_call:.1} ns");
    }
}
