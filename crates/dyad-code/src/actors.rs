//! Actor recognition: longest dictionary matches over tokens, and the composition of actor,
//! agent and person matches inside one noun phrase into an actor code.
//!
//! Matching is by token sequence, not by substring, so "Iranian" never matches inside
//! "Iranians'"-like noise and spans always sit on token boundaries. An index from a phrase's
//! first token to the longest phrase starting with it bounds the work per token; keys are
//! built incrementally, so a lookup costs one hash probe per candidate length.

use crate::hash::WordMap as HashMap;

use chrono::NaiveDate;
use dyad_dict::Dictionaries;
use dyad_dict::model::{ActorEntry, ActorKind, AgentEntry, AgentPlacement, DiscardScope};
use dyad_segment::TokenKind;

use crate::lexicon::{self, Class};
use crate::sentence::Tok;

/// What a dictionary match is.
#[derive(Debug, Clone, Copy)]
pub(crate) enum PieceKind<'d> {
    Actor(&'d ActorEntry),
    Agent(&'d AgentEntry),
}

/// A dictionary match over tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Piece<'d> {
    pub start: usize,
    pub end: usize,
    pub kind: PieceKind<'d>,
}

/// Nouns that make the agent word before them part of a place's name ("refugee camp").
const PLACE_HEADS: &[&str] = &["camp", "camps", "station", "stations"];

/// First-token indexes over the actor, agent and discard phrases of a dictionary set.
#[derive(Debug, Default)]
pub(crate) struct ActorIndex {
    /// First token → most tokens a phrase starting with it can span.
    actor_first: HashMap<String, usize>,
    agent_first: HashMap<String, usize>,
    /// Discards by first token: (remaining tokens, last token is a stem, scope).
    discards: HashMap<String, Vec<(Vec<String>, bool, DiscardScope)>>,
    /// One-word stem discards ("BASKETBALL" also matches "basketballer"), by their first
    /// three bytes (shorter stems under their whole text).
    stem_discards: HashMap<String, Vec<(String, DiscardScope)>>,
    /// Whether a stem of one or two bytes is among them (keyed under its whole text): without
    /// one, a token needs one stem lookup, not three.
    short_stems: [bool; 2],
}

impl ActorIndex {
    pub fn new(dicts: &Dictionaries) -> ActorIndex {
        let mut index = ActorIndex::default();
        for (key, _) in dicts.actors.phrases() {
            note_phrase(&mut index.actor_first, key);
        }
        for (key, _) in dicts.agents.phrases() {
            note_phrase(&mut index.agent_first, key);
        }
        for discard in &dicts.discards {
            let mut words = discard.phrase.key.split(' ').map(str::to_string);
            let Some(first) = words.next() else { continue };
            let rest: Vec<String> = words.collect();
            let stem = !discard.whole_word;
            if rest.is_empty() && stem {
                let key = stem_key(&first).to_string();
                index.stem_discards.entry(key).or_default().push((first, discard.scope));
            } else {
                index
                    .discards
                    .entry(first)
                    .or_default()
                    .push((rest, stem, discard.scope));
            }
        }
        index.short_stems = [1, 2].map(|n| index.stem_discards.keys().any(|k| k.len() == n));
        index
    }

    /// Every longest match, left to right, never overlapping; actors win ties with agents.
    /// Every dictionary match in a sentence, longest first, never overlapping.
    pub fn pieces<'d>(&self, dicts: &'d Dictionaries, toks: &[Tok]) -> Vec<Piece<'d>> {
        let mut pieces = Vec::new();
        let mut i = 0;
        let mut key = String::with_capacity(64);
        while i < toks.len() {
            if !matches!(
                toks[i].kind,
                TokenKind::Word | TokenKind::Abbreviation | TokenKind::Number
            ) || currency_prefix(toks, i)
            {
                i += 1;
                continue;
            }
            // The token's head as dictionary keys start, found once for both tables.
            let head = first_token_key(&toks[i].lower);
            let actor = self
                .longest(&self.actor_first, head, toks, i, &mut key, |k| dicts.actors.get(k))
                .filter(|(end, _)| plausible_name(toks, i, *end) && !continental(toks, i))
                .or_else(|| controlled_by(&toks[i].lower).and_then(|name| Some((i + 1, dicts.actors.get(name)?))));
            // "the Jenin refugee camp", "a police station": an agent word naming a place is no
            // agent.
            let agent = self
                .longest(&self.agent_first, head, toks, i, &mut key, |k| dicts.agents.get(k))
                .filter(|(end, _)| !toks.get(*end).is_some_and(|t| PLACE_HEADS.contains(&t.lower.as_str())));
            let piece = match (actor, agent) {
                (Some((ae, _)), Some((ge, g))) if ge > ae => Some((ge, PieceKind::Agent(g))),
                (Some((ae, a)), _) => Some((ae, PieceKind::Actor(a))),
                (None, Some((ge, g))) => Some((ge, PieceKind::Agent(g))),
                (None, None) => None,
            };
            match piece {
                Some((end, kind)) => {
                    pieces.push(Piece { start: i, end, kind });
                    i = end;
                }
                None => i += 1,
            }
        }
        pieces
    }

    fn longest<'d, T>(
        &self,
        first: &HashMap<String, usize>,
        head: &str,
        toks: &[Tok],
        i: usize,
        key: &mut String,
        get: impl Fn(&str) -> Option<&'d T>,
    ) -> Option<(usize, &'d T)> {
        let max = *first.get(head)?;
        key.clear();
        let mut best = None;
        for (j, tok) in toks.iter().enumerate().skip(i).take(max) {
            if j > i && tok.kind != TokenKind::Possessive && !tok.lower.starts_with('\'') {
                key.push(' ');
            }
            key.push_str(&tok.lower);
            if let Some(found) = get(key) {
                best = Some((j + 1, found));
            }
            if tok.is_hard_boundary() || tok.is_punct(",") {
                break;
            }
        }
        best
    }

    /// Whether a discard phrase occurs in the sentence, and its scope (story beats sentence).
    pub fn discard(&self, toks: &[Tok]) -> Option<DiscardScope> {
        let mut found = None;
        for (i, tok) in toks.iter().enumerate() {
            let keys = [stem_key(&tok.lower), short_key(&tok.lower, 1), short_key(&tok.lower, 2)];
            for (k, key) in keys.iter().enumerate() {
                if k > 0 && (key.len() != k || !self.short_stems[k - 1]) {
                    continue;
                }
                for (stem, scope) in self.stem_discards.get(*key).map_or(&[][..], Vec::as_slice) {
                    if tok.lower.starts_with(stem.as_str()) {
                        found = stronger(found, *scope);
                    }
                }
            }
            let Some(candidates) = self.discards.get(&tok.lower) else {
                continue;
            };
            for (rest, stem, scope) in candidates {
                if discard_matches(&toks[i + 1..], rest, *stem) {
                    found = stronger(found, *scope);
                }
            }
        }
        found
    }
}

/// The first three bytes of a stem (the whole stem when shorter), on a char boundary.
fn stem_key(word: &str) -> &str {
    short_key(word, 3)
}

fn short_key(word: &str, n: usize) -> &str {
    let mut end = n.min(word.len());
    while !word.is_char_boundary(end) {
        end -= 1;
    }
    &word[..end]
}

fn stronger(found: Option<DiscardScope>, scope: DiscardScope) -> Option<DiscardScope> {
    match (found, scope) {
        (Some(DiscardScope::Story), _) | (_, DiscardScope::Story) => Some(DiscardScope::Story),
        _ => Some(DiscardScope::Sentence),
    }
}

fn discard_matches(toks: &[Tok], rest: &[String], stem: bool) -> bool {
    if toks.len() < rest.len() {
        return false;
    }
    rest.iter().enumerate().all(|(k, word)| {
        if stem && k + 1 == rest.len() {
            toks[k].lower.starts_with(word.as_str())
        } else {
            toks[k].lower == *word
        }
    })
}

/// The first token of a dictionary key as the tokenizer would produce it ("people's" → "people").
fn first_token_key(word: &str) -> &str {
    match word.find(['\'', '\u{2019}']) {
        Some(at) if at > 0 && (word.ends_with("'s") || word.ends_with('\'')) => &word[..at],
        _ => word,
    }
}

fn note_phrase(first: &mut HashMap<String, usize>, key: &str) {
    let words: Vec<&str> = key.split(' ').collect();
    let Some(head) = words.first() else { return };
    // Possessives and dots can split one dictionary word into two tokens.
    let slack = key.matches(['\'', '\u{2019}']).count();
    let tokens = words.len() + slack;
    let slot = first.entry(first_token_key(head).to_string()).or_insert(0);
    *slot = (*slot).max(tokens);
}

/// A one-word match in lower case that is an ordinary English word ("chad", "us", "turkey")
/// is not a name.
/// "US$10.9 million", "NZ$18.2 million": letters glued to a currency sign name the currency,
/// not a country taking part.
pub(crate) fn currency_prefix(toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1)
        .is_some_and(|next| next.span.start == toks[i].span.end && next.lower.starts_with(['$', '€', '£', '¥']))
}

/// "the South American country", "Latin American leaders": "American" after a word naming
/// part of the Americas is of the continent, not of the United States.
fn continental(toks: &[Tok], start: usize) -> bool {
    toks[start].lower == "american"
        && start > 0
        && matches!(
            toks[start - 1].lower.as_str(),
            "south" | "latin" | "central" | "north" | "pan"
        )
}

fn plausible_name(toks: &[Tok], start: usize, end: usize) -> bool {
    if toks[start..end].iter().any(|t| t.cap) {
        return true;
    }
    if end - start > 1 {
        return true;
    }
    let word = &toks[start].lower;
    !(lexicon::is_common_word(word) || matches!(toks[start].class, Class::Pronoun | Class::Determiner))
}

/// Actor codes composed from the pieces of one noun phrase.
#[derive(Debug, Clone, Default)]
pub(crate) struct Composed {
    /// Full codes, one per actor the phrase names (a code `A/B` names two).
    pub codes: Vec<String>,
    /// Agent codes when the phrase names no actor ("a senior official" → GOV).
    pub agents: Vec<String>,
    /// The person or organisation named, as written in the dictionary's first phrase.
    pub entity: Option<String>,
    /// Prefix agents without an actor ("MSF" in "MSF diplomats").
    pub prefixes: Vec<String>,
    /// The code without its last agent ("Danish Islamist media" → DNKMUS), which a coordinated
    /// agent phrase shares ("… and government" → DNKMUSGOV).
    pub shared: Option<String>,
    /// Suffix agent codes the phrase's code takes, in order (all found, unless the code is
    /// final: then none, or a governing group's forces).
    pub suffixes: Vec<String>,
    /// The actor code is complete (a person, an organisation): no agent is added to it.
    pub final_code: bool,
    /// The actor is a seat of government standing for its government ("Ankara").
    pub metonym: bool,
    /// The phrase names a person.
    pub person: bool,
}

/// The actor a hyphenated word says owns, holds or runs what it modifies: "a Greek-owned
/// carrier", "Houthi-held areas", "the Saudi-led coalition" name Greece, the Houthis, Saudi
/// Arabia. Not "Iran-backed", "Hamas-linked": a backer or an ally is not the actor itself.
/// Not "Bahamas-flagged" either: a flag of convenience names no party to the act.
pub(crate) fn controlled_by(word: &str) -> Option<&str> {
    const CONTROL: &[&str] = &[
        "held",
        "controlled",
        "run",
        "owned",
        "operated",
        "led",
        "installed",
        "occupied",
        "administered",
        "governed",
        "ruled",
        "dominated",
    ];
    // `rsplit_once('-')` as a byte loop: asked of nearly every token, most short and unhyphenated.
    let at = word.bytes().rposition(|b| b == b'-')?;
    let (name, participle) = (&word[..at], &word[at + 1..]);
    (!name.is_empty() && CONTROL.contains(&participle)).then_some(name)
}

impl Composed {
    pub fn is_actor(&self) -> bool {
        !self.codes.is_empty() || !self.agents.is_empty() || !self.prefixes.is_empty()
    }
}

/// Composes the pieces of one noun phrase: the most specific actor code (a person's or
/// organisation's full code beats a country), with agent codes appended (suffix agents) or
/// prepended (prefix agents) unless the code already carries them.
pub(crate) fn compose(pieces: &[Piece<'_>], date: Option<NaiveDate>) -> Composed {
    let mut out = Composed::default();
    let mut base: Option<(Vec<String>, bool, bool)> = None; // (codes, final, metonym)
    let mut suffixes: Vec<&str> = Vec::new();
    for piece in pieces {
        match piece.kind {
            PieceKind::Actor(entry) => {
                let Some(code) = code_on(entry, date) else { continue };
                // "South Korea's Joint Chiefs of Staff": a metonym of one country's institution
                // (USAMIL) after another country names that country's institution (KORMIL).
                if let Some(sector) = foreign_institution(base.as_ref().map(|b| b.0.as_slice()), entry, code) {
                    suffixes.push(sector);
                    continue;
                }
                let codes: Vec<String> = code.split('/').filter(|c| !c.is_empty()).map(str::to_string).collect();
                let is_final = is_final(entry, code);
                let replace = match &base {
                    None => true,
                    // "Iran's Revolutionary Guards": a more specific code of the same country
                    // (IRNMIL) refines the country (IRN).
                    // "the U.N. peacekeeping force MONUSCO": a named body of an organisation
                    // refines the organisation, even one whose code is final.
                    Some((old, old_final, _)) => {
                        (!old_final && (is_final || refines(old, &codes)))
                            || (entry.kind == ActorKind::Organisation && refines(old, &codes))
                    }
                };
                if is_final || entry.kind == ActorKind::Organisation {
                    out.entity = entry.root().map(|p| p.text.replace('_', " "));
                    out.person = entry.kind == ActorKind::Person;
                }
                if replace {
                    base = Some((codes, is_final, entry.kind == ActorKind::Metonym));
                }
            }
            PieceKind::Agent(agent) => match agent.placement {
                AgentPlacement::Suffix => suffixes.push(&agent.code),
                AgentPlacement::Prefix => out.prefixes.push(agent.code.clone()),
            },
        }
    }
    opposition_bodies(&mut suffixes);
    out.suffixes = suffixes.iter().map(|s| s.to_string()).collect();
    match base {
        Some((codes, is_final, metonym)) => {
            out.final_code = is_final;
            out.metonym = metonym;
            let agents: Vec<String> = if !is_final {
                out.suffixes.clone()
            } else if !out.person && codes.iter().all(|c| governing(c)) {
                // "Taliban forces", "Taliban officials": a group that governs has forces and
                // officials of its own (AFGGOVTALMIL, AFGGOVTALGOV), as `dyad dict lookup` says.
                out.suffixes
                    .iter()
                    .filter(|a| matches!(a.as_str(), "MIL" | "COP" | "GOV"))
                    .cloned()
                    .collect()
            } else {
                Vec::new()
            };
            // What coordinated bare adjectives share ("Pakistani and Taliban forces"): only
            // the agents the code took.
            if is_final {
                out.suffixes.clone_from(&agents);
            }
            out.codes = codes
                .iter()
                .map(|code| with_agents(&base_for(code, metonym, &agents), &out.prefixes, &agents))
                .map(|code| {
                    if out.person {
                        titled_office(code, &suffixes)
                    } else {
                        code
                    }
                })
                .collect();
            if !is_final && let Some(first) = codes.first() {
                let shared_agents = &agents[..agents.len().saturating_sub(1)];
                out.shared = Some(with_agents(
                    &base_for(first, metonym, &agents),
                    &out.prefixes,
                    shared_agents,
                ));
            }
            out.prefixes.clear();
        }
        None => {
            out.agents = out.suffixes.clone();
            out.agents.dedup();
        }
    }
    out
}

/// "Bangladeshi Prime Minister Sheikh Hasina resigned", told the day after she left office:
/// a former office-holder (`BGDELI`) named with the office itself, and not as "former", is
/// coded by the office the phrase gives her (`BGDGOV`).
fn titled_office(code: String, titles: &[&str]) -> String {
    let Some(country) = code.strip_suffix("ELI").filter(|c| c.len() == 3) else {
        return code;
    };
    if titles.contains(&"ELI") {
        return code;
    }
    match titles.iter().find(|t| matches!(**t, "GOV" | "MIL" | "LEG" | "JUD")) {
        Some(office) => format!("{country}{office}"),
        None => code,
    }
}

/// A group's code that places it in its country's government ("AFGGOVTAL").
fn governing(code: &str) -> bool {
    code.len() > 6 && code.get(3..6) == Some("GOV")
}

/// One code extending another of the same country ("IRNMIL" refines "IRN").
fn refines(old: &[String], new: &[String]) -> bool {
    matches!((old, new), ([o], [c]) if c.len() > o.len() && c.starts_with(o.as_str()))
}

/// A person's code, or an organisation's or group's own code, takes no agent codes: "Hamas
/// officials" stay Hamas, "President Erdogan" stays TURGOV.
pub(crate) fn is_final(entry: &ActorEntry, code: &str) -> bool {
    entry.kind == ActorKind::Person
        || (code.len() > 3 && !matches!(entry.kind, ActorKind::Country | ActorKind::Metonym))
}

/// "Police in Islamabad": a seat of government stands for its country when an agent is added
/// (PAKGOV + COP → PAKCOP).
pub(crate) fn base_for(code: &str, metonym: bool, agents: &[String]) -> String {
    if metonym && !agents.is_empty() && code.len() > 3 && code.is_char_boundary(3) {
        code[..3].to_string()
    } else {
        code.to_string()
    }
}

/// The sector of metonym `entry` (code `code`) when it follows a bare country `base` of another
/// country: "Joint Chiefs of Staff" is the Pentagon's only on its own.
fn foreign_institution<'c>(base: Option<&[String]>, entry: &ActorEntry, code: &'c str) -> Option<&'c str> {
    let [country] = base? else { return None };
    let sector = code.get(3..).filter(|s| !s.is_empty())?;
    let other_country = country.len() == 3 && code.get(..3).is_some_and(|c| c != country);
    (entry.kind == ActorKind::Metonym && other_country && !code.contains('/')).then_some(sector)
}

/// "the opposition National Unity Government", "an opposition parliament": an opposition's own
/// government or assembly is the opposition (Phoenix: GOVERNMENT_IN_EXILE, OPPOSITION_PARLIAMENT
/// → OPP), not a government of it.
fn opposition_bodies(suffixes: &mut Vec<&str>) {
    if let Some(at) = suffixes.iter().position(|s| *s == "OPP") {
        let mut i = 0;
        suffixes.retain(|s| {
            i += 1;
            i <= at + 1 || !matches!(*s, "GOV" | "LEG")
        });
    }
}

/// The sectors of a party owned by someone ("his party", "Besigye's party"): a party (PTY)
/// is in opposition (OPP) when its owner is, whichever way the owner was found.
pub(crate) fn owned_party_sectors(agents: &[String], owner_in_opposition: bool) -> Vec<String> {
    if owner_in_opposition && agents == ["PTY"] {
        vec!["OPP".to_string()]
    } else {
        agents.to_vec()
    }
}

/// Applies agent codes found elsewhere ("the government *of* Gondor") to an actor code.
pub(crate) fn with_agents(code: &str, prefixes: &[String], agents: &[String]) -> String {
    let mut full = prefixes.concat();
    full.push_str(code);
    for agent in agents {
        if !full.ends_with(agent.as_str()) {
            full.push_str(agent);
        }
    }
    full
}

fn code_on(entry: &ActorEntry, date: Option<NaiveDate>) -> Option<&str> {
    match date {
        Some(date) => entry.code_on(date),
        None => entry.default_code().filter(|c| !c.is_null()).map(|c| c.code.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_segment::Span;

    fn dicts() -> Dictionaries {
        let actors = "GONDOR [GON]\n+MINAS_TIRITH\nARNOR_ [ARN]\nFALASTUR [GONGOV]\nLORIEN [ELR/GAL]\nCHAD [TCD]\n";
        let agents = "GOVERNMENT [~GOV]\nFOREIGN_MINISTER [~GOV]\nMSF {} [NGO~]\nPOLICE {} [~COP]\n";
        let (a, _) = dyad_dict::petrarch::read_actors(actors, "actors");
        let (g, _) = dyad_dict::petrarch::read_agents(agents, "agents");
        Dictionaries {
            actors: a,
            agents: g,
            ..Dictionaries::default()
        }
    }

    fn codes(text: &str) -> Composed {
        let d = dicts();
        let index = ActorIndex::new(&d);
        let toks = crate::sentence::prepare(text, Span::new(0, text.len()));
        let pieces = index.pieces(&d, &toks);
        compose(&pieces, None)
    }

    #[test]
    fn country_and_agents_compose() {
        assert_eq!(codes("the Gondor government").codes, ["GONGOV"]);
        assert_eq!(codes("Minas Tirith police").codes, ["GONCOP"]);
        assert_eq!(codes("MSF Arnor").codes, ["NGOARN"]);
        assert_eq!(codes("Falastur").codes, ["GONGOV"]);
        assert_eq!(codes("Gondor's foreign minister Falastur").codes, ["GONGOV"]);
        assert_eq!(codes("Lorien").codes, ["ELR", "GAL"]);
        assert_eq!(codes("the police").agents, ["COP"]);
    }

    #[test]
    fn lower_case_common_words_are_not_names() {
        assert!(codes("a chad").codes.is_empty());
        assert_eq!(codes("Chad").codes, ["TCD"]);
    }
}
