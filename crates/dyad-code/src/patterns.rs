//! Verb pattern matching with PETRARCH semantics, over tokens and noun-phrase units.
//!
//! Elements before the verb are matched leftwards from the verb, elements after it rightwards.
//! Adjacent elements match adjacent tokens; after a gap the next element may be up to
//! [`MAX_GAP`] tokens further, never across a clause boundary. `$`, `+`, `%` and `^` match
//! a whole noun-phrase unit that names an actor. Matching backtracks, so the first way a
//! pattern fits is found; among the patterns of a verb the most specific match wins.

use std::sync::Arc;

use dyad_dict::verbs::{PatternElement as E, VerbDictionary, VerbPattern};

use crate::hash::{WordMap as HashMap, WordSet};

use crate::chunk::{Role, Unit};
use crate::lexicon::Class;
use crate::sentence::Tok;

/// How many tokens a gap may skip.
pub(crate) const MAX_GAP: usize = 8;

/// What a pattern bound when it matched.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Binding {
    pub source: Option<usize>,
    pub target: Option<usize>,
    pub compound: Option<usize>,
    /// First and last token the pattern covers (the verb included).
    pub first: usize,
    pub last: usize,
}

/// The sentence as patterns see it.
pub(crate) struct Scene<'a> {
    pub toks: &'a [Tok],
    pub roles: &'a [Role],
    pub units: &'a [Unit],
    /// Unit index starting / ending at each token.
    pub unit_starting: Vec<Option<usize>>,
    pub unit_ending: Vec<Option<usize>>,
    /// Unit index covering each token.
    unit_covering: Vec<Option<usize>>,
}

impl<'a> Scene<'a> {
    /// Whether every actor of unit `u` is a place where an act can land: a country, or a seat
    /// of government named as a place ("Port Sudan", coded SDNGOV), which the article's place
    /// pass turns into its country.
    pub fn names_country_place(&self, u: usize) -> bool {
        let unit = &self.units[u];
        let named = self.toks[unit.start..unit.end].iter().all(|t| t.cap);
        unit.actors.iter().all(|a| {
            a.code
                .as_deref()
                .is_some_and(|c| c.len() == 3 || (named && c.len() == 6 && c.ends_with("GOV")))
        })
    }

    /// The tokens inside `span` (an actor's words).
    pub fn tokens_in(&self, span: dyad_segment::Span) -> impl Iterator<Item = &'a Tok> + Clone + use<'a> {
        self.toks
            .iter()
            .filter(move |t| span.start <= t.span.start && t.span.end <= span.end)
    }

    /// The units of unit `u`'s coordinated or appositive group, in order.
    pub fn group_members(&self, u: usize) -> impl Iterator<Item = &'a Unit> + Clone + use<'a> {
        let group = self.units[u].group;
        self.units.iter().filter(move |x| x.group == group)
    }

    /// The first token of unit `u`'s group.
    pub fn group_start(&self, u: usize) -> usize {
        self.group_members(u).next().map_or(self.units[u].start, |x| x.start)
    }

    /// Whether unit `u`'s group is a list ("X, Y and Z"), not an apposition ("the minister,
    /// Hakan Fidan,"): a member after the first is joined by a coordinator.
    pub fn is_list(&self, u: usize) -> bool {
        self.group_members(u).skip(1).any(|x| x.coordinated)
    }

    /// The index of the token at exactly `span` (an event's verb).
    pub fn token_at(&self, span: dyad_segment::Span) -> Option<usize> {
        self.toks.iter().position(|t| t.span == span)
    }

    pub fn new(toks: &'a [Tok], roles: &'a [Role], units: &'a [Unit]) -> Scene<'a> {
        let mut unit_starting = vec![None; toks.len()];
        let mut unit_ending = vec![None; toks.len()];
        let mut unit_covering = vec![None; toks.len()];
        for (k, u) in units.iter().enumerate() {
            unit_starting[u.start] = Some(k);
            unit_ending[u.end - 1] = Some(k);
            unit_covering[u.start..u.end].iter_mut().for_each(|c| *c = Some(k));
        }
        Scene {
            toks,
            roles,
            units,
            unit_starting,
            unit_ending,
            unit_covering,
        }
    }

    /// Where the coordinated list unit `k` starts ends (the last member's end).
    pub fn group_end(&self, k: usize) -> usize {
        let group = self.units[k].group;
        let mut end = self.units[k].end;
        for u in &self.units[k + 1..] {
            if u.group != group || !u.coordinated && !u.is_actor() {
                break;
            }
            end = u.end;
        }
        end
    }

    /// The unit containing token `i`, if any.
    pub fn unit_inside(&self, i: usize) -> Option<usize> {
        self.unit_covering.get(i).copied().flatten()
    }

    /// "paused NZ$18.2 million (US$10.9 million) in funding": an amount restated in brackets
    /// is an aside a gap passes over. The index of its closing bracket.
    fn amount_aside(&self, i: usize) -> Option<usize> {
        if self.toks[i].lower != "(" {
            return None;
        }
        let close = (i + 1..self.toks.len().min(i + 7)).find(|&k| self.toks[k].lower == ")")?;
        let inside = &self.toks[i + 1..close];
        let amount = inside.iter().any(|t| t.class == Class::Number);
        let clause = (i + 1..close).any(|k| self.roles[k] == Role::Verb);
        (amount && !clause).then_some(close)
    }

    fn stops_gap(&self, i: usize) -> bool {
        self.roles[i] == Role::Boundary
            || (self.roles[i] == Role::Sub && self.toks[i].lower != "that")
            // "rejected the offer and demanded that prosecutors charge…": a coordinated verb
            // starts another act ("reject * charges" must not reach "charge").
            || (self.roles[i] == Role::Coord && self.roles.get(i + 1) == Some(&Role::Verb))
            // "whom China has called a dangerous separatist, won the election": a verb after a
            // comma closes the clause the gap is in ("call * election" must not reach it).
            || (self.roles[i] == Role::Comma && self.roles.get(i + 1) == Some(&Role::Verb))
            // "held talks on Tuesday, with Egyptian officials shuttling between…": ", with"
            // opens an absolute clause, not the talks' partner.
            || (self.roles[i] == Role::Comma && self.toks.get(i + 1).is_some_and(|t| t.lower == "with"))
            || self.opens_clause(i)
    }

    /// "Relations sank after Indian and Chinese soldiers clashed in…": "after", "before",
    /// "until" or "since" followed by a noun phrase and a finite verb opens a clause of its own
    /// (a preposition to the chunker), so "sink * in" must not reach across it.
    fn opens_clause(&self, i: usize) -> bool {
        use crate::lexicon::VerbForm;
        if self.roles[i] != Role::Prep || !matches!(self.toks[i].lower.as_str(), "after" | "before" | "until" | "since")
        {
            return false;
        }
        let mut j = i + 1;
        // "Indian and Chinese soldiers": coordinated words of one noun phrase.
        while self.roles.get(j) == Some(&Role::Np)
            || (self.roles.get(j) == Some(&Role::Coord) && self.roles.get(j + 1) == Some(&Role::Np))
        {
            j += 1;
        }
        j > i + 1 && self.roles.get(j) == Some(&Role::Verb) && self.toks[j].form.is_none_or(|f| f != VerbForm::Gerund)
    }
}

/// Synonym sets split into tokens once, indexed by first token, so matching a set at a
/// position is one hash probe instead of a scan over every phrase of the set.
#[derive(Debug, Default)]
pub(crate) struct SynsetIndex {
    sets: HashMap<String, HashMap<String, Vec<Vec<String>>>>,
    /// A number per set, and the sets each word can start a phrase of.
    ids: HashMap<String, usize>,
    by_first: HashMap<String, Vec<usize>>,
}

impl SynsetIndex {
    pub fn new(verbs: &VerbDictionary) -> SynsetIndex {
        let mut sets: HashMap<String, HashMap<String, Vec<Vec<String>>>> = HashMap::default();
        for (label, phrases) in &verbs.synsets {
            let by_first = sets.entry(label.clone()).or_default();
            for phrase in phrases {
                let words: Vec<String> = phrase.tokens().map(str::to_string).collect();
                if let Some(first) = words.first() {
                    by_first.entry(first.clone()).or_default().push(words);
                }
            }
        }
        let mut ids: HashMap<String, usize> = HashMap::default();
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (label, starts) in &sets {
            let id = ids.len();
            ids.insert(label.clone(), id);
            for first in starts.keys() {
                by_first.entry(first.clone()).or_default().push(id);
            }
        }
        SynsetIndex { sets, ids, by_first }
    }

    /// Which sets have a phrase starting with one of the sentence's words.
    pub fn presence(&self, words: &WordSet<&str>) -> Vec<bool> {
        let mut present = vec![false; self.ids.len()];
        for w in words {
            for &id in self.by_first.get(*w).map_or(&[][..], Vec::as_slice) {
                present[id] = true;
            }
        }
        present
    }

    /// The phrases of set `label` starting with `word`.
    fn starting(&self, label: &str, word: &str) -> &[Vec<String>] {
        self.sets
            .get(label)
            .and_then(|m| m.get(word))
            .map_or(&[], Vec::as_slice)
    }

    /// Whether some phrase of set `label` can start with a word of the sentence.
    fn any_start(&self, label: &str, present: &[bool]) -> bool {
        self.ids
            .get(label)
            .is_some_and(|&id| present.get(id).copied().unwrap_or(false))
    }
}

/// For each verb's pattern list, the patterns by one of their literal words, so a verb with
/// thousands of patterns (Phoenix's SAY) only tries those whose word is in the sentence.
#[derive(Debug, Default)]
pub(crate) struct PatternIndex {
    /// Keyed by the address of a shared pattern list.
    lists: HashMap<usize, ListIndex>,
}

#[derive(Debug, Default)]
struct ListIndex {
    by_word: HashMap<String, Vec<u32>>,
    /// Patterns with no literal word to key them by.
    always: Vec<u32>,
}

impl PatternIndex {
    pub fn new(verbs: &VerbDictionary) -> PatternIndex {
        let mut lists: HashMap<usize, ListIndex> = HashMap::default();
        for entry in &verbs.verbs {
            let key = Arc::as_ptr(&entry.patterns) as usize;
            if lists.contains_key(&key) {
                continue;
            }
            let mut index = ListIndex::default();
            for (i, pattern) in entry.patterns.iter().enumerate() {
                let i = i as u32;
                match anchor(&pattern.elements) {
                    Some(words) => {
                        for w in words {
                            index.by_word.entry(w.to_string()).or_default().push(i);
                            // A plural pattern word also fits a singular in the text.
                            if let Some(stem) = w.strip_suffix('s') {
                                index.by_word.entry(stem.to_string()).or_default().push(i);
                            }
                        }
                    }
                    None => index.always.push(i),
                }
            }
            lists.insert(key, index);
        }
        PatternIndex { lists }
    }

    /// Indices (ascending) of the patterns in `patterns` worth trying for a sentence whose
    /// words (singulars included) are `words`.
    pub fn candidates(&self, patterns: &Arc<Vec<VerbPattern>>, words: &WordSet<&str>) -> Vec<u32> {
        let Some(index) = self.lists.get(&(Arc::as_ptr(patterns) as usize)) else {
            return (0..patterns.len() as u32).collect();
        };
        let mut out = index.always.clone();
        for w in words {
            if let Some(found) = index.by_word.get(*w) {
                out.extend_from_slice(found);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The words to key a pattern by: its longest literal word, else the alternatives of its first
/// alternatives element; `None` when it has neither.
fn anchor(elements: &[E]) -> Option<Vec<&str>> {
    let mut literal: Vec<&str> = Vec::new();
    let mut alternatives: Option<&[String]> = None;
    collect_words(elements, &mut literal, &mut alternatives);
    if let Some(longest) = literal.iter().max_by_key(|w| w.len()) {
        return Some(vec![longest]);
    }
    alternatives.map(|ws| ws.iter().map(String::as_str).collect())
}

fn collect_words<'p>(elements: &'p [E], literal: &mut Vec<&'p str>, alternatives: &mut Option<&'p [String]>) {
    for e in elements {
        match e {
            E::Word(w) => literal.push(w),
            E::Alternatives(ws) if alternatives.is_none() => *alternatives = Some(ws),
            E::NounPhrase(inner) => collect_words(inner, literal, alternatives),
            E::Prepositional { preposition, object } => {
                if preposition.len() == 1 {
                    literal.push(&preposition[0]);
                } else if alternatives.is_none() {
                    *alternatives = Some(preposition);
                }
                collect_words(object, literal, alternatives);
            }
            _ => {}
        }
    }
}

/// Whether every literal word (and some phrase of every synonym set) of the pattern occurs in
/// the sentence: a cheap filter before matching.
pub(crate) fn words_present(pattern: &VerbPattern, synsets: &SynsetIndex, words: &Words<'_>) -> bool {
    pattern
        .elements
        .iter()
        .all(|e| element_words_present(e, synsets, words))
}

/// The sentence's words (singulars included) and which synonym sets can occur in it.
pub(crate) struct Words<'a> {
    pub set: WordSet<&'a str>,
    pub synsets: Vec<bool>,
}

fn element_words_present(e: &E, synsets: &SynsetIndex, words: &Words<'_>) -> bool {
    let has = |w: &str| words.set.contains(w) || w.strip_suffix('s').is_some_and(|stem| words.set.contains(stem));
    match e {
        E::Word(w) => has(w),
        E::NounPhrase(inner) => inner.iter().all(|e| element_words_present(e, synsets, words)),
        E::Prepositional { preposition, object } => {
            preposition.iter().any(|p| has(p)) && object.iter().all(|e| element_words_present(e, synsets, words))
        }
        E::Alternatives(ws) => ws.iter().any(|w| has(w)),
        E::Synset(label) => synsets.any_start(label, &words.synsets),
        _ => true,
    }
}

/// Matches `pattern` around a verb covering tokens `first..=last`.
///
/// With `literal` off, a pattern word also matches its plural ("agreement" → "agreements"),
/// and `open_target` drops a final "with +" so "Iran and Iraq held talks" fits "hold talks
/// with +" (the caller then codes the coordinated subject both ways).
pub(crate) fn match_pattern(
    scene: &Scene<'_>,
    synsets: &SynsetIndex,
    pattern: &VerbPattern,
    (first, last): (usize, usize),
    literal: bool,
    (open_target, passive): (bool, bool),
) -> Option<Binding> {
    let split = pattern.elements.iter().position(|e| *e == E::Verb)?;
    let (before, mut after) = (&pattern.elements[..split], &pattern.elements[split + 1..]);
    // "Somali troops were ambushed by al-Shabaab" fits "ambush +": in the passive the target
    // is the subject, so the slot right after the verb is not looked for.
    if passive && let [E::Target, rest @ ..] = after {
        after = rest;
    }
    if open_target {
        match after {
            [rest @ .., E::Word(w), E::Target] if w == "with" => after = rest,
            [rest @ .., E::Prepositional { preposition, object }]
                if preposition.iter().any(|p| p == "with") && object == &[E::Target] =>
            {
                after = rest
            }
            _ => return None,
        }
    }
    let mut binding = Binding {
        first,
        last,
        ..Binding::default()
    };
    let m = Matcher {
        scene,
        synsets,
        literal,
        landing: !literal && pattern.code.as_deref().is_some_and(crate::events::violent),
    };
    let mut steps: Vec<Step> = Vec::with_capacity(before.len() + after.len() + 2);
    for e in after {
        flatten(e, &mut steps, false);
    }
    let mut left: Vec<Step> = Vec::with_capacity(before.len() + 2);
    for e in before.iter().rev() {
        flatten_rev(e, &mut left);
    }
    if !m.right(&steps, last + 1, false, &mut binding) {
        return None;
    }
    if first == 0 && !left.iter().all(|s| matches!(s, Step::Gap)) {
        return None;
    }
    if !m.left(&left, first as isize - 1, false, &mut binding) {
        return None;
    }
    Some(binding)
}

/// A pattern element reduced to what matching needs.
#[derive(Debug, Clone)]
enum Step<'p> {
    Word(&'p str),
    Any(&'p [String]),
    Synset(&'p str),
    Slot(Slot),
    Gap,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Source,
    Target,
    Compound,
    Other,
}

fn flatten<'p>(e: &'p E, out: &mut Vec<Step<'p>>, loose: bool) {
    match e {
        E::Word(w) => push_loose(out, Step::Word(w), loose),
        E::Alternatives(ws) => push_loose(out, Step::Any(ws), loose),
        E::Synset(s) => push_loose(out, Step::Synset(s), loose),
        E::Source => push_loose(out, Step::Slot(Slot::Source), loose),
        E::Target => push_loose(out, Step::Slot(Slot::Target), loose),
        E::Compound => push_loose(out, Step::Slot(Slot::Compound), loose),
        E::OtherActor => push_loose(out, Step::Slot(Slot::Other), loose),
        E::Gap => {
            if !matches!(out.last(), Some(Step::Gap)) {
                out.push(Step::Gap);
            }
        }
        E::Verb => {}
        E::NounPhrase(inner) => {
            for (k, e) in inner.iter().enumerate() {
                flatten(e, out, loose || k > 0);
            }
        }
        E::Prepositional { preposition, object } => {
            push_loose(out, Step::Any(preposition), loose);
            for e in object {
                flatten(e, out, true);
            }
        }
    }
}

fn push_loose<'p>(out: &mut Vec<Step<'p>>, step: Step<'p>, loose: bool) {
    if loose && !matches!(out.last(), Some(Step::Gap)) {
        out.push(Step::Gap);
    }
    out.push(step);
}

/// Elements before the verb, in matching order (right to left).
fn flatten_rev<'p>(e: &'p E, out: &mut Vec<Step<'p>>) {
    let mut forward = Vec::new();
    flatten(e, &mut forward, false);
    out.extend(forward.into_iter().rev());
}

struct Matcher<'s, 'a> {
    scene: &'s Scene<'a>,
    synsets: &'s SynsetIndex,
    literal: bool,
    /// A violent pattern: an attack on a thing ("struck a power station in Port Sudan") is
    /// aimed at the place it lands in.
    landing: bool,
}

/// Whether `token` is `word` or, unless literal, its plural.
fn word_fits(token: &str, word: &str, literal: bool) -> bool {
    if token == word {
        return true;
    }
    // An amount ("$500 million", one token) ends in the word a pattern names.
    if token.rsplit_once(' ').is_some_and(|(_, last)| last == word) {
        return true;
    }
    if literal {
        return false;
    }
    // A plural in the pattern also fits a singular in the text ("exercises" / "exercise").
    if let Some(stem) = word.strip_suffix('s')
        && token == stem
    {
        return true;
    }
    if token.len() <= word.len() || !token.starts_with(word) {
        return false;
    }
    matches!(&token[word.len()..], "s" | "es")
        || (word.ends_with('y') && token == format!("{}ies", &word[..word.len() - 1]))
}

/// "about", "nearly", "some" right before a number.
fn approximation(toks: &[Tok], p: usize) -> bool {
    matches!(
        toks[p].lower.as_str(),
        "about" | "around" | "nearly" | "almost" | "roughly" | "some" | "approximately" | "over"
    ) && toks.get(p + 1).is_some_and(|t| t.class == Class::Number)
}

impl Matcher<'_, '_> {
    fn right(&self, steps: &[Step<'_>], pos: usize, gap: bool, b: &mut Binding) -> bool {
        let Some((step, rest)) = steps.split_first() else {
            return true;
        };
        if let Step::Gap = step {
            return self.right(rest, pos, true, b);
        }
        let toks = self.scene.toks;
        let reach = if gap { MAX_GAP } else { 0 };
        let entry = *b;
        let mut p = pos;
        // Tokens of an amount's aside skipped by the gap, beyond its reach.
        let mut skipped = 0;
        while p < toks.len() && p <= pos + skipped + reach.max(self.modifier_reach(step, pos)) {
            if let Some(end) = self
                .fits_right(step, p, b)
                .filter(|_| p == pos || !(self.gap_infinitive(step, p) || self.word_in_apposition(step, pos, p)))
            {
                let saved = *b;
                b.last = b.last.max(end - 1);
                if self.right(rest, end, false, b) {
                    return true;
                }
                *b = saved;
            }
            if gap && let Some(close) = self.scene.amount_aside(p) {
                skipped += close + 1 - p;
                p = close + 1;
                continue;
            }
            if self.scene.stops_gap(p) {
                break;
            }
            p += 1;
        }
        // "expressed support on Tuesday for Dodik" fits "express * support for +": a phrase of
        // time between two adjacent elements is skipped, as a coder reading it would.
        if gap {
            return false;
        }
        *b = entry;
        // "met separately with Japarov": an adverb of manner between two adjacent elements is
        // skipped too (not a particle: "ordered the troops back" is no "order + to").
        let manner = self.scene.roles.get(pos) == Some(&Role::Adv)
            && self.scene.toks[pos].lower.len() > 4
            && self.scene.toks[pos].lower.ends_with("ly");
        if manner && self.right(steps, pos + 1, false, b) {
            return true;
        }
        *b = entry;
        self.time_phrase_end(pos)
            .is_some_and(|after| self.right(steps, after, false, b))
    }

    /// Where a phrase of time starting at `p` ends: a time unit ("Tuesday", "last week"),
    /// possibly after "on", "in", "at" or "during", and "early" or "late" ("early on Sunday").
    fn time_phrase_end(&self, p: usize) -> Option<usize> {
        let toks = self.scene.toks;
        let p = if matches!(toks.get(p)?.lower.as_str(), "early" | "late" | "earlier" | "later") {
            p + 1
        } else {
            p
        };
        let q = match toks.get(p)?.lower.as_str() {
            "on" | "in" | "at" | "during" if self.scene.roles[p] == Role::Prep => p + 1,
            _ => p,
        };
        let k = self.scene.unit_starting.get(q).copied().flatten()?;
        let unit = &self.scene.units[k];
        (unit.time && unit.start == q).then_some(unit.end)
    }

    /// "released Vadim Krasikov, a Russian intelligence officer": a word reached across a gap
    /// and a comma, inside a coded actor, describes that actor; it is not the pattern's noun
    /// ("release * intelligence").
    fn word_in_apposition(&self, step: &Step<'_>, pos: usize, p: usize) -> bool {
        matches!(step, Step::Word(_) | Step::Any(_) | Step::Synset(_))
            && (pos..p).any(|i| self.scene.roles[i] == Role::Comma)
            && self
                .scene
                .unit_inside(p)
                .is_some_and(|u| self.scene.units[u].actors.iter().any(|a| a.code.is_some()))
    }

    /// "accused France of seeking to sabotage diplomacy": a pattern's word reached across a gap
    /// does not match an infinitive ("accuse + of * (sabotage|…)" names a charge, not what the
    /// accused would do).
    fn gap_infinitive(&self, step: &Step<'_>, p: usize) -> bool {
        matches!(step, Step::Word(_) | Step::Any(_))
            && self.scene.roles[p] == Role::Verb
            && p > 0
            && self.scene.roles[p - 1] == Role::To
    }

    /// Unless literal, a word of a pattern may be preceded by up to two modifiers inside its
    /// noun phrase: "joint exercises" also fits "joint naval exercises".
    fn modifier_reach(&self, step: &Step<'_>, pos: usize) -> usize {
        if self.literal || matches!(step, Step::Slot(_)) || pos == 0 || self.scene.roles[pos - 1] != Role::Np {
            return 0;
        }
        let roles = self.scene.roles;
        (pos..roles.len().min(pos + 2))
            .take_while(|&i| roles[i] == Role::Np)
            .count()
    }

    /// Where the match of `step` starting at `p` ends (exclusive).
    fn fits_right(&self, step: &Step<'_>, p: usize, b: &mut Binding) -> Option<usize> {
        let toks = self.scene.toks;
        match step {
            Step::Word(w) => word_fits(&toks[p].lower, w, self.literal).then_some(p + 1),
            Step::Any(ws) => ws
                .iter()
                .any(|w| word_fits(&toks[p].lower, w, self.literal))
                .then_some(p + 1),
            Step::Synset(label) => self.synset_right(label, p),
            Step::Slot(slot) => {
                let p = self.raised_object(p).unwrap_or(p);
                // "hit about 1,600 Hezbollah targets": an approximation before a number opens
                // the object.
                let p = if approximation(toks, p) { p + 1 } else { p };
                let mut k = self.scene.unit_starting[p].or_else(|| self.scene.unit_inside(p))?;
                let mut unit = &self.scene.units[k];
                // "accusing them of…": a pronoun fills a slot; coreference resolves it.
                let pronoun = unit.pronoun && !self.literal;
                // "raided the Jenin refugee camp in the occupied West Bank": an unknown name
                // as the object of a violent act lands in the country named after it too.
                let uncoded = unit.actors.iter().all(|a| a.code.is_none());
                let landing = (*slot == Slot::Target && self.landing && !pronoun)
                    .then(|| self.landing_place(unit.end))
                    .flatten();
                if !unit.is_actor() && !pronoun && *slot == Slot::Target && self.landing {
                    k = landing?;
                    unit = &self.scene.units[k];
                } else if uncoded
                    && !self.literal
                    && let Some(place) = landing
                {
                    k = place;
                    unit = &self.scene.units[k];
                } else if !unit.is_actor() && !pronoun && *slot != Slot::Other {
                    return None;
                }
                bind(b, *slot, k);
                // "urged Israel and Hamas to…": the slot takes the whole coordinated group.
                let end = if self.literal {
                    unit.end
                } else {
                    self.scene.group_end(k)
                };
                Some(end)
            }
            Step::Gap => Some(p),
        }
    }

    /// "Police beat and detained the opposition leader": a verb followed by "and" and a second
    /// verb shares that verb's object; where the object starts, if `p` is such an "and".
    fn raised_object(&self, p: usize) -> Option<usize> {
        let roles = self.scene.roles;
        if self.literal || roles.get(p) != Some(&Role::Coord) || roles.get(p + 1) != Some(&Role::Verb) {
            return None;
        }
        let mut q = p + 1;
        while q < roles.len() && matches!(roles[q], Role::Verb | Role::Aux | Role::Adv | Role::Neg) {
            q += 1;
        }
        (q < roles.len() && roles[q] == Role::Np).then_some(q)
    }

    /// The place after a non-actor object ("a power station in Port Sudan", "an oil refinery
    /// in Russia's Samara region"): a unit right after "in" or "inside" coded as a country or
    /// as a capital standing for its government (the article's place pass makes it a country),
    /// or ground an actor holds; or the actor after "used by", "run by", "held by".
    fn landing_place(&self, after: usize) -> Option<usize> {
        let toks = self.scene.toks;
        // "camps used by the militant groups…", "bases run by…": what the object belongs to.
        let owned = matches!(
            toks.get(after).map(|t| t.lower.as_str()),
            Some("used" | "run" | "held" | "operated" | "controlled" | "owned" | "manned")
        ) && toks.get(after + 1).is_some_and(|t| t.lower == "by");
        if owned {
            let k = self.scene.unit_starting.get(after + 2).copied().flatten()?;
            return self.scene.units[k].actors.iter().any(|a| a.code.is_some()).then_some(k);
        }
        if !matches!(toks.get(after).map(|t| t.lower.as_str()), Some("in" | "inside")) {
            return None;
        }
        let k = self.scene.unit_starting.get(after + 1).copied().flatten()?;
        let unit = &self.scene.units[k];
        // "launchers in Houthi-held areas": ground an actor holds is that actor's.
        let held = toks[unit.start..unit.end]
            .iter()
            .any(|t| crate::actors::controlled_by(&t.lower).is_some());
        let place = !unit.actors.is_empty() && (self.scene.names_country_place(k) || held);
        place.then_some(k)
    }

    fn synset_right(&self, label: &str, p: usize) -> Option<usize> {
        let toks = self.scene.toks;
        self.synsets
            .starting(label, &toks[p].lower)
            .iter()
            .filter_map(|words| {
                let end = p + words.len();
                (end <= toks.len() && words.iter().zip(&toks[p..end]).all(|(w, t)| t.lower == *w)).then_some(end)
            })
            .max()
    }

    fn left(&self, steps: &[Step<'_>], pos: isize, gap: bool, b: &mut Binding) -> bool {
        let Some((step, rest)) = steps.split_first() else {
            return true;
        };
        if let Step::Gap = step {
            return self.left(rest, pos, true, b);
        }
        let reach = if gap { MAX_GAP as isize } else { 0 };
        let mut p = pos;
        while p >= 0 && p >= pos - reach {
            let at = p as usize;
            if let Some(start) = self.fits_left(step, at, b) {
                let saved = *b;
                b.first = b.first.min(start);
                if self.left(rest, start as isize - 1, false, b) {
                    return true;
                }
                *b = saved;
            }
            if self.scene.stops_gap(at) {
                break;
            }
            p -= 1;
        }
        false
    }

    /// Where the match of `step` ending at `p` (inclusive) starts.
    fn fits_left(&self, step: &Step<'_>, p: usize, b: &mut Binding) -> Option<usize> {
        let toks = self.scene.toks;
        match step {
            Step::Word(w) => word_fits(&toks[p].lower, w, self.literal).then_some(p),
            Step::Any(ws) => ws
                .iter()
                .any(|w| word_fits(&toks[p].lower, w, self.literal))
                .then_some(p),
            Step::Synset(label) => {
                // Phrases ending at `p`: try each start position a phrase could have.
                (0..=p).rev().take(6).find(|&start| {
                    self.synsets.starting(label, &toks[start].lower).iter().any(|words| {
                        start + words.len() == p + 1 && words.iter().zip(&toks[start..=p]).all(|(w, t)| t.lower == *w)
                    })
                })
            }
            Step::Slot(slot) => {
                let k = self.scene.unit_ending[p].or_else(|| self.scene.unit_inside(p))?;
                let unit = &self.scene.units[k];
                if !unit.is_actor() && *slot != Slot::Other {
                    return None;
                }
                bind(b, *slot, k);
                Some(unit.start)
            }
            Step::Gap => Some(p),
        }
    }
}

fn bind(b: &mut Binding, slot: Slot, unit: usize) {
    match slot {
        Slot::Source => b.source = Some(unit),
        Slot::Target => b.target = Some(unit),
        Slot::Compound => b.compound = Some(unit),
        Slot::Other => {}
    }
}
