//! Verb patterns: the model both verb readers fill and the coder matches.
//!
//! A [`VerbDictionary`] holds verb entries (a verb, all its inflected forms, the code of the
//! verb alone and its patterns), PETRARCH synonym sets and PETRARCH verb transformations.
//! Everything is lower case and already split into tokens, so the coder can match a pattern
//! against a tokenised sentence without knowing which file format it came from:
//!
//! - find the verb: [`VerbDictionary::by_form`] maps an inflected word ("met") to entries;
//! - check the entry's fixed words around it (`before`/`after`: "cordon *off*");
//! - match a pattern's [`PatternElement`]s around the single [`PatternElement::Verb`].
//!
//! Adjacent elements of a pattern must match adjacent tokens; a [`PatternElement::Gap`] between
//! them allows a few words in between. (PETRARCH writes a gap as a blank and adjacency as `_`;
//! dyad's own format writes a gap as `*`. The readers turn both into this one form.)
//!
//! [`inflect`] produces English verb forms with spelling rules and a table of irregular verbs.

use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::sync::Arc;

use crate::model::{Origin, Phrase};

/// One element of a verb pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PatternElement {
    /// A literal lower-case word ("talks").
    Word(String),
    /// Any one of these words: dyad's `(a|an|the)`, PETRARCH's `TO/FOR`.
    Alternatives(Vec<String>),
    /// Any phrase of a synonym set (PETRARCH `&CURRENCY`), named by its normalised label
    /// (lower case, without `&` or a trailing `_`): see [`VerbDictionary::synset`].
    Synset(String),
    /// The source actor (`$`); without one, the source is the verb's subject.
    Source,
    /// The target actor (`+`).
    Target,
    /// A compound actor that is both source and target (PETRARCH `%`: "A and B held talks").
    Compound,
    /// An actor that is neither source nor target and is skipped (PETRARCH `^`).
    OtherActor,
    /// A few words of any kind.
    Gap,
    /// Where the verb (with the entry's fixed words) stands. Every pattern has exactly one.
    Verb,
    /// A PETRARCH noun phrase `{FINANCIAL AID}`: its words in order, the last is the head.
    /// Other words of the same noun phrase may stand between them.
    NounPhrase(Vec<PatternElement>),
    /// A PETRARCH prepositional phrase `(FOR {FINANCIAL AID})`: the preposition (one word or
    /// alternatives) followed by its object; the object's determiners and modifiers may stand
    /// between them. `(TO)` has an empty object.
    Prepositional {
        preposition: Vec<String>,
        object: Vec<PatternElement>,
    },
}

/// One pattern of a verb: the elements around the verb and what a match means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbPattern {
    pub elements: Vec<PatternElement>,
    /// The event the source does to the target (`None`: no event in that direction).
    pub code: Option<String>,
    /// The event the target does to the source at the same time. PETRARCH writes `[032:033]`
    /// for "A arrived in B" (A→B 032 and B→A 033) and `[:173]` for the reverse event alone.
    pub reverse_code: Option<String>,
    /// The pattern as written (without code and comment), for messages and event text.
    pub text: String,
    /// 1-based line of the pattern in [`VerbEntry::origin`]'s file.
    pub line: usize,
}

impl VerbPattern {
    /// A pattern with no code in either direction: matching it codes nothing and keeps a
    /// shorter pattern of the same verb from matching (PETRARCH and dyad `---`).
    pub fn is_blocking(&self) -> bool {
        self.code.is_none() && self.reverse_code.is_none()
    }

    /// Words and slots of the pattern, not counting gaps and the verb: how specific it is.
    pub fn specificity(&self) -> usize {
        self.elements.iter().map(element_weight).sum()
    }
}

fn element_weight(element: &PatternElement) -> usize {
    match element {
        PatternElement::Gap | PatternElement::Verb => 0,
        PatternElement::NounPhrase(inner) => inner.iter().map(element_weight).sum(),
        PatternElement::Prepositional { object, .. } => 1 + object.iter().map(element_weight).sum::<usize>(),
        _ => 1,
    }
}

/// A verb with its forms, the code of the verb alone and its patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbEntry {
    /// The whole verb in base form, words separated by one blank ("cordon off", "wire tap").
    pub lemma: String,
    /// The word of the lemma that inflects ("cordon").
    pub verb: String,
    /// Fixed words right before the inflected word ("wire" in "wire tap").
    pub before: Vec<String>,
    /// Fixed words after the inflected word ("off" in "cordon off").
    pub after: Vec<String>,
    /// The `after` words may also follow the verb's object ("called the visit off").
    pub separable: bool,
    /// Every inflected form of `verb`, base form first.
    pub forms: Vec<String>,
    /// Code of the verb alone (no pattern matched), source → target; `None` codes nothing.
    pub code: Option<String>,
    /// Code of the verb alone, target → source (see [`VerbPattern::reverse_code`]).
    pub reverse_code: Option<String>,
    /// The PETRARCH block (`--- NAME [code] ---`) the verb belongs to; dyad: the lemma.
    pub block: String,
    /// The patterns, shared by all verbs of a PETRARCH block (copied on first change).
    pub patterns: Arc<Vec<VerbPattern>>,
    pub origin: Origin,
}

impl VerbEntry {
    /// A verb entry for `lemma` (base form) with forms from [`inflect`], no code and no pattern.
    pub fn new(lemma: &str, origin: Origin) -> VerbEntry {
        let words: Vec<String> = lemma.split_whitespace().map(str::to_lowercase).collect();
        let verb = words.first().cloned().unwrap_or_default();
        VerbEntry {
            lemma: words.join(" "),
            forms: inflect(&verb).all(),
            after: words.get(1..).map(<[String]>::to_vec).unwrap_or_default(),
            verb,
            before: Vec::new(),
            separable: false,
            code: None,
            reverse_code: None,
            block: words.join(" "),
            patterns: Arc::default(),
            origin,
        }
    }

    /// Adds `pattern`, replacing an earlier pattern with the same elements (the later wins).
    /// Returns the replaced pattern.
    pub fn add_pattern(&mut self, pattern: VerbPattern) -> Option<VerbPattern> {
        let patterns = Arc::make_mut(&mut self.patterns);
        match patterns.iter_mut().find(|p| p.elements == pattern.elements) {
            Some(old) => Some(std::mem::replace(old, pattern)),
            None => {
                patterns.push(pattern);
                None
            }
        }
    }
}

/// A PETRARCH verb transformation (`~ a (a b ATTACK) SAY = a b 015`): when one verb acts on
/// another verb's event, the pair becomes one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation {
    /// The nested events to find, outermost first.
    pub pattern: TransformEvent,
    /// Result: source variable, target variable and code (`Q`: the lower event's code).
    pub source: String,
    pub target: String,
    pub code: String,
    pub line: usize,
}

/// One level of a transformation pattern: `source target verb`, where the target may be
/// another event. Variables are letters; `.` is an unspecified actor, `_` an absent one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransformEvent {
    pub source: String,
    pub target: TransformArg,
    /// A verb lemma (lower case, `_` joining combined verbs) or `q` for any verb.
    pub verb: String,
}

/// The target of a [`TransformEvent`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransformArg {
    Actor(String),
    Event(Box<TransformEvent>),
}

/// All verb entries, synonym sets and transformations, with an index from inflected forms.
///
/// `verbs` may be read freely; after changing it directly, call [`VerbDictionary::reindex`]
/// ([`VerbDictionary::add`] and [`VerbDictionary::merge`] keep the index current).
#[derive(Debug, Clone, Default)]
pub struct VerbDictionary {
    pub verbs: Vec<VerbEntry>,
    /// Synonym sets by normalised label (lower case, no `&`, no trailing `_`), plurals included.
    pub synsets: BTreeMap<String, Vec<Phrase>>,
    pub transformations: Vec<Transformation>,
    /// FxHash, as [`crate::model::table::PhraseTable`]: keys are trusted dictionary forms, and the
    /// coder looks up about seven tokens per sentence (SipHash was 0.6% of ingest).
    by_form: FxHashMap<String, Vec<usize>>,
}

impl VerbDictionary {
    /// Number of patterns, each counted once however many verbs share it (all verbs of a
    /// PETRARCH block do); a verb's code alone is not counted.
    pub fn len(&self) -> usize {
        let mut seen = std::collections::HashSet::new();
        let shared = self.verbs.iter().filter(|v| seen.insert(Arc::as_ptr(&v.patterns)));
        shared.map(|v| v.patterns.len()).sum()
    }

    /// True when no verb has a pattern.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of distinct inflected forms that lead to a verb.
    pub fn forms(&self) -> usize {
        self.by_form.len()
    }

    /// Indices into `verbs` of the entries whose inflected word is `word` (any case).
    pub fn by_form(&self, word: &str) -> &[usize] {
        let found = if word.chars().any(char::is_uppercase) {
            self.by_form.get(&word.to_lowercase())
        } else {
            self.by_form.get(word)
        };
        found.map_or(&[], Vec::as_slice)
    }

    /// The entries whose inflected word is `word`.
    pub fn entries_for<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a VerbEntry> + 'a {
        self.by_form(word).iter().filter_map(|&i| self.verbs.get(i))
    }

    /// The phrases of a synonym set, by label (`&CURRENCY`, `currency` and `CURRENCY_` all work).
    pub fn synset(&self, label: &str) -> Option<&[Phrase]> {
        self.synsets.get(&synset_key(label)).map(Vec::as_slice)
    }

    /// The index of the first entry with this lemma (words separated by one blank).
    pub fn find(&self, lemma: &str) -> Option<usize> {
        self.verbs.iter().position(|v| v.lemma == lemma)
    }

    /// Appends an entry and indexes its forms; returns its index.
    pub fn add(&mut self, entry: VerbEntry) -> usize {
        let at = self.verbs.len();
        index_entry(&mut self.by_form, at, &entry);
        self.verbs.push(entry);
        at
    }

    /// Rebuilds the form index after `verbs` was changed directly.
    pub fn reindex(&mut self) {
        self.by_form.clear();
        for (at, entry) in self.verbs.iter().enumerate() {
            index_entry(&mut self.by_form, at, entry);
        }
    }

    /// Adds `other` on top of this dictionary. For a verb both have (same lemma), `other`'s
    /// forms and codes win and its patterns replace patterns with identical elements; other
    /// verbs are appended. A synonym set `other` defines replaces this one's.
    pub fn merge(&mut self, other: VerbDictionary) {
        for entry in other.verbs {
            match self.find(&entry.lemma) {
                Some(at) => merge_entry(&mut self.verbs[at], entry),
                None => self.verbs.push(entry),
            }
        }
        self.synsets.extend(other.synsets);
        for t in other.transformations {
            if !self.transformations.iter().any(|old| old.pattern == t.pattern) {
                self.transformations.push(t);
            }
        }
        self.reindex();
    }
}

fn merge_entry(old: &mut VerbEntry, new: VerbEntry) {
    old.forms = new.forms;
    old.code = new.code;
    old.reverse_code = new.reverse_code;
    old.separable = new.separable;
    if old.patterns.is_empty() {
        old.patterns = new.patterns;
        return;
    }
    for pattern in new.patterns.iter() {
        old.add_pattern(pattern.clone());
    }
}

fn index_entry(index: &mut FxHashMap<String, Vec<usize>>, at: usize, entry: &VerbEntry) {
    for form in &entry.forms {
        let slot = index.entry(form.clone()).or_default();
        if !slot.contains(&at) {
            slot.push(at);
        }
    }
}

/// Normalises a synset label: lower case, without a leading `&` or trailing `_`.
pub fn synset_key(label: &str) -> String {
    label
        .trim()
        .trim_start_matches('&')
        .trim_end_matches('_')
        .to_lowercase()
}

/// Checks that a code is a CAMEO event code as dyad writes them: 2 to 4 digits.
pub fn is_cameo_code(code: &str) -> bool {
    (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

/// The inflected forms of an English verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forms {
    pub base: String,
    /// Third person singular present ("meets").
    pub third: String,
    pub past: String,
    pub participle: String,
    /// Present participle ("meeting").
    pub gerund: String,
    /// Other spellings in use: British doubled `l` ("cancelled"), second past forms
    /// ("burnt", "proven"), "am"/"are"/"were" for "be".
    pub variants: Vec<String>,
}

impl Forms {
    /// All forms, base first, each once.
    pub fn all(&self) -> Vec<String> {
        let mut all: Vec<String> = Vec::with_capacity(5 + self.variants.len());
        let main = [&self.base, &self.third, &self.past, &self.participle, &self.gerund];
        for form in main.into_iter().chain(&self.variants) {
            if !form.is_empty() && !all.contains(form) {
                all.push(form.clone());
            }
        }
        all
    }

    fn map(self, f: impl Fn(String) -> String) -> Forms {
        Forms {
            base: f(self.base),
            third: f(self.third),
            past: f(self.past),
            participle: f(self.participle),
            gerund: f(self.gerund),
            variants: self.variants.into_iter().map(f).collect(),
        }
    }
}

/// Inflects an English verb. A multi-word lemma inflects its first word ("call off" →
/// "called off"); a hyphenated word inflects its last part ("re-admit" → "re-admitted").
pub fn inflect(lemma: &str) -> Forms {
    let lemma = lemma.trim().to_lowercase();
    if let Some((first, rest)) = lemma.split_once(char::is_whitespace) {
        let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
        return inflect(first).map(|f| format!("{f} {rest}"));
    }
    if let Some((head, last)) = lemma.rsplit_once('-')
        && !last.is_empty()
    {
        return inflect(last).map(|f| format!("{head}-{f}"));
    }
    inflect_word(&lemma)
}

fn inflect_word(word: &str) -> Forms {
    if word == "be" {
        return Forms {
            base: "be".into(),
            third: "is".into(),
            past: "was".into(),
            participle: "been".into(),
            gerund: "being".into(),
            variants: vec!["am".into(), "are".into(), "were".into()],
        };
    }
    let mut forms = match irregular(word) {
        Some((past, participle, variants)) => Forms {
            base: word.to_string(),
            third: third_person(word),
            past,
            participle,
            gerund: gerund(word),
            variants,
        },
        None => regular(word),
    };
    if word == "have" {
        forms.third = "has".into();
    }
    forms
}

fn regular(word: &str) -> Forms {
    let past = past_regular(word);
    let mut variants = Vec::new();
    if british_double_l(word) {
        variants.push(format!("{word}led"));
        variants.push(format!("{word}ling"));
    }
    Forms {
        base: word.to_string(),
        third: third_person(word),
        participle: past.clone(),
        past,
        gerund: gerund(word),
        variants,
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Third person singular: "-es" after sibilants and consonant + "o", "-ies" after consonant
/// + "y", "quizzes".
fn third_person(word: &str) -> String {
    let b = word.as_bytes();
    let n = b.len();
    if n == 0 {
        return String::new();
    }
    let last = b[n - 1];
    let before = if n >= 2 { b[n - 2] } else { b'a' };
    if last == b'z' && doubles(word) {
        return format!("{word}zes");
    }
    if matches!(last, b's' | b'x' | b'z') || word.ends_with("ch") || word.ends_with("sh") {
        return format!("{word}es");
    }
    if last == b'y' && n >= 2 && !is_vowel(before) {
        return format!("{}ies", &word[..n - 1]);
    }
    if last == b'o' && n >= 2 && !is_vowel(before) {
        return format!("{word}es");
    }
    format!("{word}s")
}

fn past_regular(word: &str) -> String {
    let b = word.as_bytes();
    let n = b.len();
    if n == 0 {
        return String::new();
    }
    let last = b[n - 1];
    if last == b'e' {
        return format!("{word}d");
    }
    if last == b'y' && n >= 2 && !is_vowel(b[n - 2]) {
        return format!("{}ied", &word[..n - 1]);
    }
    if needs_k(word) {
        return format!("{word}ked");
    }
    if doubles(word) {
        return format!("{word}{}ed", char::from(last));
    }
    format!("{word}ed")
}

fn gerund(word: &str) -> String {
    let b = word.as_bytes();
    let n = b.len();
    if n == 0 {
        return String::new();
    }
    if word.ends_with("ie") {
        return format!("{}ying", &word[..n - 2]);
    }
    if b[n - 1] == b'e' && n >= 2 && !matches!(b[n - 2], b'e' | b'o' | b'y') && n > 2 {
        return format!("{}ing", &word[..n - 1]);
    }
    if needs_k(word) {
        return format!("{word}king");
    }
    if doubles(word) {
        return format!("{word}{}ing", char::from(b[n - 1]));
    }
    format!("{word}ing")
}

/// "panic" → "panicked": a final "-ic" of a longer word takes a "k".
fn needs_k(word: &str) -> bool {
    word.ends_with("ic") && syllables(word) >= 2
}

/// Verbs of more than one syllable that double their final consonant (stress on the last
/// syllable, or fixed usage), in addition to one-syllable consonant-vowel-consonant verbs.
const DOUBLING: &[&str] = &[
    "abet", "abhor", "acquit", "admit", "allot", "annul", "appal", "befit", "begin", "beset", "combat", "commit",
    "compel", "concur", "confer", "control", "defer", "deter", "dispel", "distil", "embed", "emit", "enrol", "enthral",
    "equip", "excel", "expel", "extol", "forbid", "forget", "format", "fulfil", "handicap", "incur", "infer", "instil",
    "kidnap", "occur", "offset", "omit", "outwit", "patrol", "permit", "prefer", "program", "propel", "rebel", "rebut",
    "recur", "refer", "regret", "remit", "repel", "submit", "transfer", "transmit", "worship",
];

/// Prefixes after which the rest of the word inflects as a verb of its own ("withdraw",
/// "overrun", "resell", "outbid").
const PREFIXES: &[&str] = &["under", "over", "with", "fore", "out", "mis", "re", "un", "up"];

/// Words that only look prefixed ("relay" is not re-"lay").
const NOT_PREFIXED: &[&str] = &["relay", "unite", "until", "upper", "under", "outer", "refer", "rebel"];

/// The rest of a prefixed word, when both the prefix and the rest are plausible.
fn unprefixed(word: &str) -> Option<&str> {
    if NOT_PREFIXED.contains(&word) {
        return None;
    }
    PREFIXES
        .iter()
        .find_map(|p| word.strip_prefix(p).filter(|rest| rest.len() >= 2))
}

/// Whether the final consonant doubles before "-ed"/"-ing" ("stop" → "stopped").
fn doubles(word: &str) -> bool {
    if DOUBLING.contains(&word) {
        return true;
    }
    if let Some(rest) = unprefixed(word)
        && (DOUBLING.contains(&rest) || one_syllable_cvc(rest))
    {
        return true;
    }
    one_syllable_cvc(word)
}

/// One syllable ending in a single vowel and a consonant other than w, x or y ("plan", "quit").
fn one_syllable_cvc(word: &str) -> bool {
    let b = word.as_bytes();
    let n = b.len();
    if n < 3 || syllables(word) != 1 {
        return false;
    }
    let (c1, v, c2) = (b[n - 3], b[n - 2], b[n - 1]);
    let consonant_before = !is_vowel(c1) || (c1 == b'u' && n >= 4 && b[n - 4] == b'q');
    is_vowel(v) && !is_vowel(c2) && !matches!(c2, b'w' | b'x' | b'y') && consonant_before
}

/// British spelling doubles a final "l" after one vowel in a longer word ("travelled");
/// American spelling does not, so dyad lists the British forms as variants.
fn british_double_l(word: &str) -> bool {
    let b = word.as_bytes();
    let n = b.len();
    if n < 4 || b[n - 1] != b'l' || !is_vowel(b[n - 2]) || doubles(word) {
        return false;
    }
    let digraph = matches!((b[n - 3], b[n - 2]), (b'i', b'a') | (b'u', b'a') | (b'u', b'e'));
    digraph || (!is_vowel(b[n - 3]) && syllables(word) >= 2)
}

/// Counts groups of vowels ("y" after a consonant counts; "u" after "q" does not).
fn syllables(word: &str) -> usize {
    let b = word.as_bytes();
    let mut count = 0;
    let mut in_vowel = false;
    for (i, &c) in b.iter().enumerate() {
        let prev = if i > 0 { b[i - 1] } else { b' ' };
        let vowel = (is_vowel(c) && !(c == b'u' && prev == b'q')) || (c == b'y' && i > 0 && !is_vowel(prev));
        if vowel && !in_vowel {
            count += 1;
        }
        in_vowel = vowel;
    }
    count
}

/// Past and participle of an irregular verb (and other spellings), prefixed ones included.
fn irregular(word: &str) -> Option<(String, String, Vec<String>)> {
    if let Some(found) = irregular_entry(word) {
        return Some(found);
    }
    let rest = unprefixed(word)?;
    let prefix = &word[..word.len() - rest.len()];
    let (past, participle, variants) = irregular_entry(rest)?;
    let add = |f: String| format!("{prefix}{f}");
    Some((add(past), add(participle), variants.into_iter().map(add).collect()))
}

fn irregular_entry(word: &str) -> Option<(String, String, Vec<String>)> {
    // The table is sorted by base form (tested): every verb of the dictionaries is looked up
    // here, and a scan of all its lines was ~90 M instructions per dictionary load.
    let at = IRREGULAR
        .binary_search_by(|line| line.split(' ').next().unwrap_or("").cmp(word))
        .ok()?;
    let mut parts = IRREGULAR[at].split(' ').skip(1).map(str::to_string);
    let past = parts.next()?;
    let participle = parts.next()?;
    Some((past, participle, parts.collect()))
}

/// Irregular English verbs: "base past participle [other spellings...]", sorted by base form.
const IRREGULAR: &[&str] = &[
    "abide abode abided abided",
    "arise arose arisen",
    "awake awoke awoken awaked",
    "bear bore borne born",
    "beat beat beaten",
    "become became become",
    "befall befell befallen",
    "begin began begun",
    "behold beheld beheld",
    "bend bent bent",
    "beset beset beset",
    "bet bet bet betted",
    "bid bid bid",
    "bind bound bound",
    "bite bit bitten",
    "bleed bled bled",
    "blow blew blown",
    "break broke broken",
    "breed bred bred",
    "bring brought brought",
    "broadcast broadcast broadcast broadcasted",
    "browbeat browbeat browbeaten",
    "build built built",
    "burn burned burned burnt",
    "burst burst burst",
    "buy bought bought",
    "cast cast cast",
    "catch caught caught",
    "choose chose chosen",
    "cling clung clung",
    "come came come",
    "cost cost cost",
    "creep crept crept",
    "cut cut cut",
    "deal dealt dealt",
    "dig dug dug",
    "dive dived dived dove",
    "do did done",
    "draw drew drawn",
    "dream dreamed dreamed dreamt",
    "drink drank drunk",
    "drive drove driven",
    "dwell dwelt dwelt dwelled",
    "eat ate eaten",
    "fall fell fallen",
    "feed fed fed",
    "feel felt felt",
    "fight fought fought",
    "find found found",
    "flee fled fled",
    "fling flung flung",
    "fly flew flown",
    "forbear forbore forborne",
    "forbid forbade forbidden forbad",
    "forecast forecast forecast forecasted",
    "forego forewent foregone",
    "foresee foresaw foreseen",
    "foretell foretold foretold",
    "forget forgot forgotten",
    "forgive forgave forgiven",
    "forgo forwent forgone",
    "forsake forsook forsaken",
    "forswear forswore forsworn",
    "freeze froze frozen",
    "get got got gotten",
    "give gave given",
    "go went gone",
    "grind ground ground",
    "grow grew grown",
    "hang hung hung hanged",
    "have had had",
    "hear heard heard",
    "hew hewed hewn",
    "hide hid hidden",
    "hit hit hit",
    "hold held held",
    "hurt hurt hurt",
    "keep kept kept",
    "kneel knelt knelt kneeled",
    "know knew known",
    "lay laid laid",
    "lead led led",
    "lean leaned leaned leant",
    "leap leaped leaped leapt",
    "learn learned learned learnt",
    "leave left left",
    "lend lent lent",
    "let let let",
    "lie lay lain lied",
    "light lit lit lighted",
    "lose lost lost",
    "make made made",
    "mean meant meant",
    "meet met met",
    "mislay mislaid mislaid",
    "mislead misled misled",
    "mistake mistook mistaken",
    "misunderstand misunderstood misunderstood",
    "mow mowed mown",
    "outbid outbid outbid",
    "overcome overcame overcome",
    "overhang overhung overhung",
    "override overrode overridden",
    "oversee oversaw overseen",
    "overtake overtook overtaken",
    "overthrow overthrew overthrown",
    "partake partook partaken",
    "pay paid paid",
    "plead pleaded pleaded pled",
    "prove proved proven proved",
    "put put put",
    "quit quit quit quitted",
    "read read read",
    "rend rent rent",
    "rid rid rid",
    "ride rode ridden",
    "ring rang rung",
    "rise rose risen",
    "run ran run",
    "saw sawed sawn",
    "say said said",
    "see saw seen",
    "seek sought sought",
    "sell sold sold",
    "send sent sent",
    "set set set",
    "sew sewed sewn",
    "shake shook shaken",
    "shear sheared shorn",
    "shed shed shed",
    "shine shone shone shined",
    "shoot shot shot",
    "show showed shown showed",
    "shrink shrank shrunk",
    "shut shut shut",
    "sing sang sung",
    "sink sank sunk",
    "sit sat sat",
    "slay slew slain",
    "sleep slept slept",
    "slide slid slid",
    "sling slung slung",
    "slit slit slit",
    "smell smelled smelled smelt",
    "smite smote smitten",
    "sow sowed sown",
    "speak spoke spoken",
    "speed sped sped speeded",
    "spell spelled spelled spelt",
    "spend spent spent",
    "spill spilled spilled spilt",
    "spin spun spun",
    "spit spat spat spit",
    "split split split",
    "spoil spoiled spoiled spoilt",
    "spread spread spread",
    "spring sprang sprung",
    "stand stood stood",
    "steal stole stolen",
    "stick stuck stuck",
    "sting stung stung",
    "stink stank stunk",
    "strew strewed strewn",
    "stride strode stridden",
    "strike struck struck stricken",
    "string strung strung",
    "strive strove striven strived",
    "sublet sublet sublet",
    "swear swore sworn",
    "sweep swept swept",
    "swell swelled swollen swelled",
    "swim swam swum",
    "swing swung swung",
    "take took taken",
    "teach taught taught",
    "tear tore torn",
    "tell told told",
    "think thought thought",
    "thrive thrived thrived throve thriven",
    "throw threw thrown",
    "thrust thrust thrust",
    "tread trod trodden",
    "undergo underwent undergone",
    "understand understood understood",
    "undertake undertook undertaken",
    "upset upset upset",
    "wake woke woken waked",
    "waylay waylaid waylaid",
    "wear wore worn",
    "weave wove woven",
    "wed wed wed wedded",
    "weep wept wept",
    "wet wet wet wetted",
    "win won won",
    "wind wound wound",
    "withdraw withdrew withdrawn",
    "withhold withheld withheld",
    "withstand withstood withstood",
    "wring wrung wrung",
    "write wrote written",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(word: &str) -> (String, String, String, String, String) {
        let f = inflect(word);
        (f.base, f.third, f.past, f.participle, f.gerund)
    }

    fn check(word: &str, third: &str, past: &str, participle: &str, gerund: &str) {
        assert_eq!(
            forms(word),
            (word.into(), third.into(), past.into(), participle.into(), gerund.into()),
            "inflecting {word}"
        );
    }

    #[test]
    fn regular_spelling_rules() {
        check("visit", "visits", "visited", "visited", "visiting");
        check("stop", "stops", "stopped", "stopped", "stopping");
        check("plan", "plans", "planned", "planned", "planning");
        check("ban", "bans", "banned", "banned", "banning");
        check("try", "tries", "tried", "tried", "trying");
        check("deny", "denies", "denied", "denied", "denying");
        check("obey", "obeys", "obeyed", "obeyed", "obeying");
        check("agree", "agrees", "agreed", "agreed", "agreeing");
        check("make", "makes", "made", "made", "making");
        check("die", "dies", "died", "died", "dying");
        check("argue", "argues", "argued", "argued", "arguing");
        check("fix", "fixes", "fixed", "fixed", "fixing");
        check("push", "pushes", "pushed", "pushed", "pushing");
        check("reach", "reaches", "reached", "reached", "reaching");
        check("veto", "vetoes", "vetoed", "vetoed", "vetoing");
        check("panic", "panics", "panicked", "panicked", "panicking");
        check("open", "opens", "opened", "opened", "opening");
        check("target", "targets", "targeted", "targeted", "targeting");
        check("bomb", "bombs", "bombed", "bombed", "bombing");
        check("show", "shows", "showed", "shown", "showing");
        check("quiz", "quizzes", "quizzed", "quizzed", "quizzing");
        check("free", "frees", "freed", "freed", "freeing");
        check("accuse", "accuses", "accused", "accused", "accusing");
    }

    #[test]
    fn stressed_final_syllables_double() {
        check("admit", "admits", "admitted", "admitted", "admitting");
        check("commit", "commits", "committed", "committed", "committing");
        check("refer", "refers", "referred", "referred", "referring");
        check("deter", "deters", "deterred", "deterred", "deterring");
        check("control", "controls", "controlled", "controlled", "controlling");
        check("regret", "regrets", "regretted", "regretted", "regretting");
        check("recommit", "recommits", "recommitted", "recommitted", "recommitting");
        check("outwit", "outwits", "outwitted", "outwitted", "outwitting");
        // Unstressed final syllables do not double.
        check("offer", "offers", "offered", "offered", "offering");
        check("limit", "limits", "limited", "limited", "limiting");
        check("benefit", "benefits", "benefited", "benefited", "benefiting");
    }

    #[test]
    fn irregular_verbs() {
        check("meet", "meets", "met", "met", "meeting");
        check("hold", "holds", "held", "held", "holding");
        check("send", "sends", "sent", "sent", "sending");
        check("sell", "sells", "sold", "sold", "selling");
        check("seek", "seeks", "sought", "sought", "seeking");
        check("fight", "fights", "fought", "fought", "fighting");
        check("shoot", "shoots", "shot", "shot", "shooting");
        check("give", "gives", "gave", "given", "giving");
        check("take", "takes", "took", "taken", "taking");
        check("lead", "leads", "led", "led", "leading");
        check("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing");
        check("speak", "speaks", "spoke", "spoken", "speaking");
        check("tell", "tells", "told", "told", "telling");
        check("say", "says", "said", "said", "saying");
        check("see", "sees", "saw", "seen", "seeing");
        check("strike", "strikes", "struck", "struck", "striking");
        check("set", "sets", "set", "set", "setting");
        check("begin", "begins", "began", "begun", "beginning");
        check("forget", "forgets", "forgot", "forgotten", "forgetting");
        check("lie", "lies", "lay", "lain", "lying");
        check("go", "goes", "went", "gone", "going");
        check("do", "does", "did", "done", "doing");
        check("have", "has", "had", "had", "having");
        check("be", "is", "was", "been", "being");
        check("quit", "quits", "quit", "quit", "quitting");
        check("flee", "flees", "fled", "fled", "fleeing");
    }

    #[test]
    fn prefixed_verbs_inflect_like_their_stem() {
        check("overrun", "overruns", "overran", "overrun", "overrunning");
        check("resell", "resells", "resold", "resold", "reselling");
        check("rebuild", "rebuilds", "rebuilt", "rebuilt", "rebuilding");
        check("undercut", "undercuts", "undercut", "undercut", "undercutting");
        // "relay" and "delay" are not forms of "lay".
        check("relay", "relays", "relayed", "relayed", "relaying");
        check("delay", "delays", "delayed", "delayed", "delaying");
    }

    #[test]
    fn variants_and_multi_word_lemmas() {
        let travel = inflect("travel");
        assert_eq!(travel.past, "traveled");
        assert!(travel.variants.contains(&"travelled".to_string()));
        assert!(travel.variants.contains(&"travelling".to_string()));
        assert!(inflect("cancel").all().contains(&"cancelled".to_string()));
        assert!(inflect("fuel").all().contains(&"fuelled".to_string()));
        assert!(inflect("appeal").variants.is_empty());
        assert!(inflect("burn").all().contains(&"burnt".to_string()));
        assert!(inflect("be").all().contains(&"were".to_string()));
        check("call off", "calls off", "called off", "called off", "calling off");
        check("re-admit", "re-admits", "re-admitted", "re-admitted", "re-admitting");
        assert_eq!(forms("MEET"), forms("meet"));
    }

    #[test]
    fn all_lists_each_form_once() {
        assert_eq!(inflect("cut").all(), ["cut", "cuts", "cutting"]);
        assert_eq!(inflect("visit").all(), ["visit", "visits", "visited", "visiting"]);
        assert!(inflect("").all().is_empty());
    }

    #[test]
    fn irregular_table_is_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for line in IRREGULAR {
            let parts: Vec<_> = line.split(' ').collect();
            assert!(parts.len() >= 3, "{line}");
            assert!(
                parts
                    .iter()
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase())),
                "{line}"
            );
            assert!(seen.insert(parts[0]), "{} twice", parts[0]);
        }
        assert!(IRREGULAR.len() >= 150);
        // `irregular_entry` searches it by halves.
        let bases: Vec<&str> = IRREGULAR.iter().filter_map(|line| line.split(' ').next()).collect();
        assert!(bases.windows(2).all(|w| w[0] < w[1]), "not sorted by base form");
    }

    fn entry(lemma: &str, line: usize) -> VerbEntry {
        VerbEntry::new(
            lemma,
            Origin {
                file: "test".into(),
                line,
            },
        )
    }

    fn pattern(words: &[&str], code: &str, line: usize) -> VerbPattern {
        let mut elements = vec![PatternElement::Verb];
        elements.extend(words.iter().map(|w| PatternElement::Word(w.to_string())));
        VerbPattern {
            elements,
            code: (code != "---").then(|| code.to_string()),
            reverse_code: None,
            text: words.join(" "),
            line,
        }
    }

    #[test]
    fn dictionary_indexes_forms_and_merges() {
        let mut base = VerbDictionary::default();
        let mut meet = entry("meet", 1);
        meet.add_pattern(pattern(&["with"], "040", 2));
        meet.add_pattern(pattern(&["deadline"], "---", 3));
        assert!(meet.patterns[1].is_blocking());
        base.add(meet);
        base.add(entry("call off", 4));
        assert_eq!(base.len(), 2);
        assert_eq!(base.by_form("met"), [0]);
        assert_eq!(base.by_form("Met"), [0]);
        assert_eq!(base.by_form("called"), [1]);
        assert!(base.by_form("talk").is_empty());
        assert_eq!(base.verbs[1].after, ["off"]);
        assert_eq!(base.forms(), inflect("meet").all().len() + inflect("call").all().len());

        let mut overlay = VerbDictionary::default();
        let mut meet = entry("meet", 10);
        meet.add_pattern(pattern(&["with"], "036", 11));
        meet.add_pattern(pattern(&["again"], "040", 12));
        overlay.add(meet);
        overlay.add(entry("visit", 13));
        base.merge(overlay);
        assert_eq!(base.len(), 3);
        let meet = &base.verbs[0];
        let with = meet.patterns.iter().find(|p| p.text == "with").expect("kept");
        assert_eq!(with.code.as_deref(), Some("036"));
        assert_eq!(
            base.entries_for("visited")
                .map(|e| e.lemma.as_str())
                .collect::<Vec<_>>(),
            ["visit"]
        );
    }

    #[test]
    fn codes_and_specificity() {
        assert!(is_cameo_code("042") && is_cameo_code("1383") && is_cameo_code("04"));
        assert!(!is_cameo_code("0") && !is_cameo_code("12345") && !is_cameo_code("04a"));
        let p = pattern(&["talks", "with"], "043", 1);
        assert_eq!(p.specificity(), 2);
        assert!(!p.is_blocking());
        assert_eq!(synset_key("&AUXVERB1_"), "auxverb1");
    }
}
