//! References to earlier events and parties across sentences: "condemned the killings",
//! "praised the offer", "urged both sides".
//!
//! A verb whose object names an earlier event ("the killings", "the drills", "the new
//! measures") is aimed at whoever did that event: the source of the latest earlier event of
//! that kind in the last few sentences, when the verb reacts to it (an appeal, praise, an
//! investigation, a demand, an accusation, a rejection). "both sides", "the two sides", "the
//! two countries" are the two parties of the latest earlier event between two coded actors,
//! and the event is coded towards each.

use dyad_segment::Span;
use std::sync::LazyLock;

use crate::hash::WordMap;
use crate::{Actor, SentenceEvent};

/// An event with the antecedent spans of its source and target.
pub(crate) type Resolved = (SentenceEvent, [Option<Span>; 2]);

/// Nouns for a show of force: drills, a deployment, a missile test.
const SHOWS_OF_FORCE: &[&str] = &[
    "drills",
    "exercises",
    "deployment",
    "test",
    "launch",
    "launches",
    "manoeuvres",
];

/// How many sentences back a reference looks.
const REACH: usize = 3;

/// Nouns naming a deal two parties reached.
const DEAL_NOUNS: &[&str] = &["agreement", "deal", "accord", "declaration", "treaty", "pact"];

/// Nouns naming a document a body adopted or a court issued: they refer only to an event whose
/// own sentence names them.
const DOCUMENT_NOUNS: &[&str] = &["resolution", "resolutions", "ruling", "verdict"];

/// Nouns naming penalties one party imposed on another.
const PENALTY_NOUNS: &[&str] = &[
    "sanctions",
    "measures",
    "tariffs",
    "ban",
    "embargo",
    "duties",
    "restrictions",
];

/// Nouns naming an earlier event, with the CAMEO roots of the events they can name.
const EVENT_NOUNS: &[(&[&str], &[&str])] = &[
    // "the killings", "the raids", "the arrests": the hostile acts a doer is blamed for.
    (crate::events::ACT_NOUNS, &["17", "18", "19", "20"]),
    // "06": joint drills, a cooperative act of two parties (see `joint_doers`).
    (SHOWS_OF_FORCE, &["15", "13", "06"]),
    (PENALTY_NOUNS, &["16", "17"]),
    (&["offer", "proposal", "plan", "initiative"], &["03", "04", "05"]),
    // "condemned the threat", "rejected the ultimatum": the threatener.
    (&["threat", "threats", "ultimatum", "warning", "warnings"], &["13"]),
    // "condemned the resolution": whatever the body that passed it was coded doing.
    (DOCUMENT_NOUNS, &["0", "1", "2"]),
    // "welcomed the agreement": a deal reached (03, 057) or a truce (0871 is 08). Only 057 of
    // root 05: praise (051) is no deal ("Guterres praised …, and Russia welcomed the deal").
    (DEAL_NOUNS, &["03", "057", "06", "0871"]),
    (&["ceasefire", "truce"], &["03", "08"]),
    // "Lithuania closed its border crossings … Lukashenko called the border closure a swindle".
    (&["closure"], &["16", "17", "191"]),
    // "Sudan filed a case against the UAE … the UAE called the case a publicity stunt": the
    // party that brought it (115, 114).
    (&["case", "lawsuit", "complaint"], &["115", "114"]),
    // "demanded the return of the vehicles": whoever seized or held them.
    (&["return"], &["17", "18"]),
    // "The two leaders held talks … North Korea condemned the summit": its participants.
    (&["summit", "talks", "meeting"], &["04"]),
    // "welcomed the releases": prisoners freed (084x).
    (&["releases", "release"], &["08"]),
    // "reopened the Adre crossing … the UN welcomed the move", "declared the emergency …
    // criticised the decision": a step taken, cooperative or a measure, not an act of force.
    (
        &[
            "move",
            "decision",
            "step",
            "steps",
            "announcement",
            "reopening",
            "withdrawal",
            "handover",
        ],
        &["03", "05", "06", "07", "08", "16", "17"],
    ),
    // "vowed to crush the unrest": the protesters.
    // "called the storming of parliament treasonous": the protesters who stormed it.
    (
        &[
            "unrest",
            "protests",
            "protest",
            "demonstrations",
            "riots",
            "uprising",
            "storming",
            "rally",
            "rallies",
            "blockade",
            "blockades",
        ],
        &["14"],
    ),
];

/// Act nouns that name only an act of force, never an arrest or expulsion.
const VIOLENT_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "bombing",
    "bombings",
    "shelling",
    "killing",
    "killings",
    "shooting",
    "shootings",
    "assault",
    "assaults",
    "ambush",
    "massacre",
    "massacres",
    "invasion",
];

/// Roots of events that react to an earlier one: appeals, praise, investigations, demands,
/// accusations, rejections, threats.
const REACTION_ROOTS: &[&str] = &["02", "05", "09", "10", "11", "12", "13"];

/// "He offered to meet student representatives, but the students rejected the offer": a
/// reaction whose object names an event of the same sentence is aimed at that event's doer.
/// `words` are the reaction's object words (lower case); `code` its code; `before` the
/// sentence's events before it. The doer, if one fits.
pub(crate) fn doer_in_sentence<'e>(
    code: &str,
    words: impl Iterator<Item = &'e str>,
    mut before: impl Iterator<Item = &'e SentenceEvent>,
    own: Option<&Actor>,
) -> Option<Actor> {
    if !REACTION_ROOTS.iter().any(|r| code.starts_with(r)) {
        return None;
    }
    let roots = words.into_iter().find_map(|w| {
        EVENT_NOUNS
            .iter()
            .find(|(nouns, _)| nouns.contains(&w))
            .map(|(_, roots)| *roots)
    })?;
    before
        .find(|e| {
            roots.iter().any(|r| e.code.starts_with(r))
                && !e.negated
                // An uncoded doer ("He offered…") is resolved by the article's coreference.
                && e.source.as_ref().is_some_and(|s| {
                    own.is_none_or(|o| if s.code.is_some() { s.code != o.code } else { s.span != o.span })
                })
        })
        .and_then(|e| e.source.clone())
}

/// Words naming the two parties of an earlier event.
const BOTH_SIDES: &[&str] = &[
    "both sides",
    "the two sides",
    "the two countries",
    "both countries",
    "the two leaders",
    "both leaders",
    "both parties",
    "the two parties",
    "both men",
    "the two men",
    "both governments",
    "the two governments",
    "the two delegations",
    "both delegations",
    "the two presidents",
    "both presidents",
    "the two heads of state",
    "both heads of state",
    "the two heads of government",
    "the two prime ministers",
    "the two foreign ministers",
    "both foreign ministers",
    "the two defence ministers",
    "the two defense ministers",
    "the two ministers",
    "the two nations",
    "each country",
    "each side",
    "each government",
    "the warring parties",
    "the warring sides",
    "the rival factions",
    "the two factions",
    "both factions",
    "the neighbours",
    "the two neighbours",
    "both neighbours",
    "the neighbors",
    "the two neighbors",
    "both neighbors",
    "the two rivals",
    "both koreas",
    "the two koreas",
];

/// Weapons whose strike is an act ("the missiles killed…").
const WEAPON_NOUNS: &[&str] = &[
    "missiles",
    "missile",
    "rockets",
    "rocket",
    "drones",
    "shells",
    "bombs",
    "projectiles",
];

/// Whether the words (lower case) are "the strikes", "the missiles", "the attack": a definite
/// act or weapon of an earlier event, standing for whoever did it.
pub(crate) fn is_act_reference<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    match (words.next(), words.next(), words.next()) {
        (Some("the"), Some(noun), None) => crate::events::ACT_NOUNS.contains(&noun) || WEAPON_NOUNS.contains(&noun),
        _ => false,
    }
}

/// "Israeli jets struck Beirut … The strikes killed 12 people": the doer of the latest earlier
/// act of force (18–20) in the last few sentences, with the span where it was named; not one of
/// the victims' country (`victims`), who do not strike themselves.
pub(crate) fn doer_of_act(earlier: &[&[Resolved]], victims: Option<&str>) -> Option<(Actor, Span)> {
    recent_events(earlier)
        .find(|e| {
            crate::events::violent(&e.code)
                && !e.negated
                && coded(&e.source)
                && (victims.is_none() || e.source.as_ref().and_then(Actor::country) != victims)
        })
        .and_then(|e| e.source.clone())
        .map(|a| {
            let span = a.span;
            (a, span)
        })
}

/// Whether a phrase ends in words naming the two parties of an earlier event ("talks between
/// the warring parties"), in any case.
pub(crate) fn ends_naming_both_sides(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    (0..words.len()).any(|i| names_both_sides(words[i..].iter().copied()))
}

/// Whether the words (lower case) name the two parties of an earlier event ("the two sides").
pub(crate) fn names_both_sides<'w>(words: impl Iterator<Item = &'w str> + Clone) -> bool {
    // Asked of every unit the chunker builds and of every source: the words are split once (no
    // phrase has more than `PHRASE_WORDS`, so more words name none) and compared with the
    // phrases that start with their first word. Splitting every phrase was a twentieth of
    // ingest; trying each phrase in turn, 2%.
    let mut split = [""; PHRASE_WORDS];
    let mut n = 0;
    for word in words {
        let Some(slot) = split.get_mut(n) else {
            return false;
        };
        *slot = word;
        n += 1;
    }
    let Some((first, rest)) = split[..n].split_first() else {
        return false;
    };
    BOTH_SIDES_BY_FIRST
        .get(first)
        .is_some_and(|rests| rests.iter().any(|r| r.as_slice() == rest))
}

/// The most words of a [`BOTH_SIDES`] phrase (a test checks it).
const PHRASE_WORDS: usize = 5;

/// [`BOTH_SIDES`] by first word: the other words of each phrase.
static BOTH_SIDES_BY_FIRST: LazyLock<WordMap<&str, Vec<Vec<&str>>>> = LazyLock::new(|| {
    let mut by_first: WordMap<&str, Vec<Vec<&str>>> = WordMap::default();
    for phrase in BOTH_SIDES {
        let mut words = phrase.split(' ');
        if let Some(first) = words.next() {
            by_first.entry(first).or_default().push(words.collect());
        }
    }
    by_first
});

/// The events of the last `REACH` sentences before this one, latest first.
fn recent_events<'e>(earlier: &'e [&'e [Resolved]]) -> impl Iterator<Item = &'e SentenceEvent> {
    events_within(earlier, REACH)
}

/// How many sentences back a reaction's event noun looks when the last `REACH` sentences hold
/// no event of its kind: "The United States imposed a 50% tariff … (five sentences on the
/// order and the sanctioned judge) … Lula called the measures unacceptable".
const FAR_REACH: usize = 8;

/// Verbs an act noun names that its first four letters do not.
const IRREGULAR_ACTS: &[(&str, &[&str])] = &[
    ("strike", &["struck"]),
    ("strikes", &["struck"]),
    ("airstrike", &["struck", "strik", "bomb"]),
    ("airstrikes", &["struck", "strik", "bomb"]),
    ("shooting", &["shot", "fired"]),
    ("shootings", &["shot", "fired"]),
    ("expulsion", &["expel"]),
    ("seizure", &["seiz"]),
    // Words for one act name each other's verbs: "the abduction" of aid workers "kidnapped".
    ("abduction", &["kidnap"]),
    ("abductions", &["kidnap"]),
    ("kidnapping", &["abduct"]),
    ("kidnappings", &["abduct"]),
    // "dete-ntion" / "deta-ined".
    ("detention", &["detain", "arrest"]),
    ("detentions", &["detain", "arrest"]),
    ("arrest", &["detain"]),
    ("arrests", &["detain"]),
    ("assassination", &["kill", "shot"]),
];

/// Whether an event's verb (or noun) is the act a noun names: "the strikes" / "struck",
/// "the killings" / "killed".
fn names_act(noun: &str, verb: &str) -> bool {
    // Asked of every candidate act: compared in place, without lower-casing a copy.
    let starts = |prefix: &str| verb.get(..prefix.len()).is_some_and(|v| v.eq_ignore_ascii_case(prefix));
    starts(noun.get(..4).unwrap_or(noun))
        || IRREGULAR_ACTS
            .iter()
            .find(|(n, _)| *n == noun)
            .is_some_and(|(_, verbs)| verbs.iter().any(|v| starts(v)))
}

/// The first of `events` by another actor that the noun names and that was done to someone
/// ("23 workers abducted, among them 19 Malians" read as an act of the workers is not "the
/// abduction" to prefer).
fn named_act<'e>(
    mut events: impl Iterator<Item = &'e SentenceEvent>,
    named: impl Fn(&SentenceEvent) -> bool,
    by_other: impl Fn(&&'e SentenceEvent) -> bool,
) -> Option<&'e SentenceEvent> {
    events.find(|e| named(e) && coded(&e.target) && by_other(e))
}

/// The events of the last `reach` sentences before this one, latest first.
fn events_within<'e>(earlier: &'e [&'e [Resolved]], reach: usize) -> impl Iterator<Item = &'e SentenceEvent> {
    earlier
        .iter()
        .rev()
        .take(reach)
        .flat_map(|s| s.iter().rev())
        .map(|(e, _)| e)
}

/// An earlier actor standing on the referring words' span, with the span where it was named.
fn on_span(a: &Actor, words: Span) -> (Actor, Span) {
    (
        Actor {
            span: words,
            ..a.clone()
        },
        a.span,
    )
}

/// The two parties of the latest earlier event between two coded actors, other than `own`;
/// a pair that acted on each other (an event coded both ways: "signed", "held talks") before a
/// one-way pair (a host and one guest): "the two leaders" are the signatories.
fn last_pair<'e>(recent: impl Iterator<Item = &'e SentenceEvent>, own: Option<&str>) -> Option<[&'e Actor; 2]> {
    let pairs: Vec<[&Actor; 2]> = recent
        .filter_map(|e| Some([e.source.as_ref()?, e.target.as_ref()?]))
        .filter(|[s, t]| {
            s.code.is_some()
                && t.code.is_some()
                && s.code != t.code
                && s.code.as_deref() != own
                && t.code.as_deref() != own
        })
        .collect();
    let mutual = |[s, t]: &[&Actor; 2]| pairs.iter().any(|[x, y]| x.code == t.code && y.code == s.code);
    pairs
        .iter()
        .find(|p| mutual(p))
        .copied()
        .or_else(|| co_targets(&pairs))
        .or(pairs.first().copied())
}

/// Whether two actors are of different countries (or, without one, of different codes): not
/// two institutions of one state.
fn apart(a: &Actor, b: &Actor) -> bool {
    a.side() != b.side()
}

/// "Fidan hosted Russian and Ukrainian negotiators": the two actors one verb of a third party
/// was aimed at (one event each, same source, same words) are the two sides it brought
/// together, before the host and one guest.
fn co_targets<'e>(pairs: &[[&'e Actor; 2]]) -> Option<[&'e Actor; 2]> {
    pairs.iter().enumerate().find_map(|(i, [s, t])| {
        pairs[i + 1..]
            .iter()
            .find(|[s2, t2]| s2.span == s.span && s2.code == s.code && apart(t, t2) && apart(s, t2))
            .map(|[_, t2]| [*t2, *t])
    })
}

/// "The two leaders initialled the treaty", "Both men praised Trump": a subject naming the two
/// parties of an earlier event stands for each of them. The parties (each on the subject's
/// span) with the span of the mention each was resolved to; empty when the subject is no such
/// phrase or nothing earlier has two parties.
pub(crate) fn referred_sources(text: &str, event: &SentenceEvent, earlier: &[&[Resolved]]) -> Vec<(Actor, Span)> {
    let Some(source) = event.source.as_ref() else {
        return Vec::new();
    };
    let words = source.span.slice(text).to_lowercase();
    if !names_both_sides(words.split_whitespace()) {
        return Vec::new();
    }
    let own = event.target.as_ref().and_then(|a| a.code.as_deref());
    // "The two countries … have long accused each other": the states, however the pair was
    // last named ("called on Tehran and Islamabad" → IRNGOV, PAKGOV).
    last_pair(recent_events(earlier), own)
        .map(|pair| {
            pair.into_iter()
                .map(|a| as_government(as_country(on_span(a, source.span), &words), &words))
                .collect()
        })
        .unwrap_or_default()
}

/// What an event with no coded target refers to across sentences: the targets to code it
/// towards (each on the span of the referring words, "the killings") with the span of the
/// mention it was resolved to. Empty when it refers to nothing earlier.
pub(crate) fn referred_targets(text: &str, event: &SentenceEvent, earlier: &[&[Resolved]]) -> Vec<(Actor, Span)> {
    // "urged the warring parties": a code the chunker only inferred for the words ("parties"
    // → PTY with the sentence's country; agents kept) yields to the parties they refer to.
    // "talks between the neighbours in Ankara": the place after the phrase is where, not who.
    let names_sides = |t: &Actor| {
        let words = t.span.slice(text).to_lowercase();
        let head = ["in", "at", "near"]
            .iter()
            .find_map(|p| words.split_once(&format!(" {p} ")).map(|(h, _)| h.to_string()));
        // Such a place lends the phrase a country of its own ("the neighbours in Ankara" →
        // TURCVL), which the parties replace as an inferred one would be.
        let placed = head.is_some();
        let head = head.unwrap_or(words);
        (placed || !t.agents.is_empty()) && names_both_sides(head.split_whitespace())
    };
    let after = text.get(event.verb.end..).unwrap_or("");
    // A coded target stands, unless (below) a reaction's object names the victims of an act:
    // most events end here, before their object's words are built.
    let coded_target = event
        .target
        .as_ref()
        .is_some_and(|t| t.code.is_some() && !names_sides(t));
    let reaction = REACTION_ROOTS.iter().any(|r| event.code.starts_with(r));
    if coded_target && !reaction {
        return Vec::new();
    }
    let object = object_words(after);
    // "criticised the assault on the fishermen": the victims of the act a reaction names are
    // not whom it is aimed at; its doer, named before, is.
    let on_victims = reaction && act_on_victims(&object);
    if coded_target && !on_victims {
        return Vec::new();
    }
    let recent = || recent_events(earlier);
    let own = event.source.as_ref().and_then(|a| a.code.clone());
    // The referring words' span: from the object's start to the end of the phrase matched.
    let start = event.verb.end + (after.len() - after.trim_start().len());
    let span_of = |phrase: &str| {
        let lower = after.to_lowercase();
        lower.find(phrase).map_or(Span::new(start, start), |at| {
            Span::new(start, event.verb.end + at + phrase.len())
        })
    };
    // "offered to mediate between the two governments": a third party's offer, hosting or
    // mediation is aimed at both parties too.
    let mediating = ["039", "043", "045"].iter().any(|c| event.code.starts_with(c));
    // "signed separate agreements with each country": the parties after a partner preposition.
    // `object` is single-spaced lower-case words: "<word> <p>" without building the phrase.
    // What follows each "<word> " is found once, for all the phrases tried.
    fn after_word_in<'o>(object: &'o str, word: &str) -> Vec<&'o str> {
        object
            .match_indices(word)
            .filter_map(|(at, _)| object[at + word.len()..].strip_prefix(' '))
            .collect()
    }
    let after_with = after_word_in(&object, "with");
    // "hosted two rounds of talks between the neighbours": the parties may come late.
    let wide = if mediating {
        object_words_up_to(after, 12)
    } else {
        String::new()
    };
    let after_between = after_word_in(&wide, "between");
    // "spoke to the leaders of both countries": a role of each party (the role's sectors kept).
    let role: &[String] = event.target.as_ref().map_or(&[], |t| t.agents.as_slice());
    let after_of = if role.is_empty() {
        Vec::new()
    } else {
        after_word_in(&object, "of")
    };
    let follows = |rests: &[&str], p: &str| rests.iter().any(|rest| rest.starts_with(p));
    let role_of = |p: &&&str| !role.is_empty() && !object.starts_with(**p) && follows(&after_of, p);
    let names_both = |p: &&&str| {
        object.starts_with(**p) || (mediating && follows(&after_between, p)) || follows(&after_with, p) || role_of(p)
    };
    if let Some(phrase) = BOTH_SIDES.iter().find(names_both) {
        let role = if role_of(&phrase) { role } else { &[] };
        let words = span_of(phrase);
        // "called on both Koreas": the phrase names its two states itself.
        if phrase.ends_with("koreas") {
            return ["PRK", "KOR"]
                .into_iter()
                .filter(|c| own.as_deref().and_then(crate::country_of) != Some(*c))
                .map(|c| (state_on(words, c), words))
                .collect();
        }
        let states = names_states(phrase);
        let main = if states || phrase.contains("neighbo") {
            main_pair(earlier, own.as_deref(), false)
        } else if mediating {
            main_pair(earlier, own.as_deref(), true)
        } else {
            None
        };
        let last = || last_pair(recent().filter(|e| !states || two_countries(e)), own.as_deref());
        // "… (four sentences on the fighting's course) … Grossi urged both sides to exercise
        // restraint": with no pair in reach, the article's main pair.
        let far = || main_pair(earlier, own.as_deref(), false);
        let parties: Vec<&Actor> = match main.or_else(last) {
            Some(pair) => pair.to_vec(),
            None => match own_partners(recent(), own.as_deref()) {
                partners if partners.is_empty() => far().map(|pair| pair.to_vec()).unwrap_or_default(),
                partners => partners,
            },
        };
        // "India and Pakistan traded strikes … Rubio urged both sides": two states at war are
        // the countries, whichever of their forces fought.
        let at_war = parties.len() == 2 && fought(events_within(earlier, FAR_REACH), parties[0], parties[1]);
        return parties
            .into_iter()
            .filter(|a| a.code != own)
            .map(|a| {
                let (party, at) = if at_war {
                    as_state(on_span(a, words))
                } else {
                    as_government(as_country(on_span(a, words), phrase), phrase)
                };
                (with_role(party, role), at)
            })
            .collect();
    }
    if mediating && event.target.is_none() {
        if let Some(pair) = brokered_deal(text, event, &object, earlier, own.as_deref()) {
            return pair;
        }
        return implicit_parties(event, earlier, own.as_deref());
    }
    if let Some(attacker) = answered_attacker(text, event, &object, recent(), own.as_deref()) {
        let words = COUNTER_WORDS
            .iter()
            .find(|w| object.contains(**w))
            .map_or(event.verb, |w| span_of(w));
        return vec![on_span(attacker, words)];
    }
    if let Some(target) = parallel_measures(event, &object, recent(), own.as_deref()) {
        return vec![on_span(target, event.verb)];
    }
    // "Thousands of protesters rallied outside parliament … riot police used tear gas and
    // water cannon to clear demonstrators": crowd control naming no one is aimed at the
    // protesters of the latest protest in reach.
    if event.code.starts_with("175") && event.target.is_none() {
        let protest = recent().find(|e| {
            e.code.starts_with("14")
                && !e.negated
                && coded(&e.source)
                && e.source.as_ref().and_then(|a| a.code.as_deref()) != own.as_deref()
        });
        if let Some(protesters) = protest.and_then(|e| e.source.as_ref()) {
            return vec![on_span(protesters, event.verb)];
        }
    }
    // Only reactions point at an earlier event's doer ("condemned the killings", "praised the
    // offer"); a denial's links are made by `link_denials`.
    if !REACTION_ROOTS.iter().any(|r| event.code.starts_with(r)) {
        return Vec::new();
    }
    let noun = object
        .split_whitespace()
        .find(|w| EVENT_NOUNS.iter().any(|(nouns, _)| nouns.contains(w)));
    let Some(noun) = noun else { return Vec::new() };
    let Some((_, roots)) = EVENT_NOUNS.iter().find(|(nouns, _)| nouns.contains(&noun)) else {
        return Vec::new();
    };
    // "Prosecutors charged him … Orban condemned the attack": an attack is an act of force
    // (18–20), not the arrest or charge (17) that followed it.
    // "called the expulsion regrettable": diplomats expelled (161) as well as people (17x).
    let roots: &[&str] = if VIOLENT_NOUNS.contains(&noun) {
        &["18", "19", "20"]
    } else if matches!(noun, "expulsion" | "expulsions") {
        &["16", "17"]
    } else {
        roots
    };
    let words = span_of(noun);
    if let Some(court) = deciding_court(noun, earlier, own.as_deref()) {
        return vec![on_span(court, words)];
    }
    // "Iraq's government welcomed the PKK's decision … the SDF welcomed the decision": praise
    // or a defence of a step is not the step.
    // "welcomed the deal" after "Under the agreement, Israeli forces are to withdraw": an
    // intention (03) is a deal only when it was agreed, not when it is a term of one.
    let agreed = |e: &SentenceEvent| {
        let verb = e.verb.slice(text).to_ascii_lowercase();
        [
            "agree", "accept", "sign", "reach", "conclud", "approv", "endors", "commit", "pledg", "promis",
        ]
        .iter()
        .any(|v| verb.starts_with(v))
    };
    let deal_term = |e: &SentenceEvent| DEAL_NOUNS.contains(&noun) && e.code.starts_with("03") && !agreed(e);
    let of_kind = |e: &&SentenceEvent| {
        roots.iter().any(|r| e.code.starts_with(r))
            && !e.negated
            && !e.code.starts_with("051")
            && !e.code.starts_with("052")
            && !deal_term(e)
    };
    let kind: Vec<&SentenceEvent> = recent().filter(of_kind).collect();
    let by_other = |e: &&SentenceEvent| e.source.as_ref().is_some_and(|a| a.code.is_some() && a.code != own);
    let named_only = DOCUMENT_NOUNS.contains(&noun);
    // "Saudi Arabia condemned the strikes": an act named by the noun's own word ("struck") is
    // preferred, the nearest first, to any act of its kind ("Tehran's missile barrage" named as
    // the strikes' cause). Each search runs latest first, so it finds the nearest.
    let far = || events_within(earlier, FAR_REACH).filter(of_kind);
    let named_by_noun = |e: &SentenceEvent| names_act(noun, e.verb.slice(text));
    // Named acts far back beat unnamed ones near: "Gunmen kidnapped 23 aid workers … (ten
    // sentences on the suspects' other attacks) … Guterres condemned the abduction". The act
    // named is the one meant even when its doers were only "gunmen" (UAF, no country).
    let whole = || events_within(earlier, usize::MAX).filter(of_kind);
    let by_anyone_else = |e: &&SentenceEvent| {
        by_other(e)
            || e.source
                .as_ref()
                .is_some_and(|a| a.code.is_none() && !a.agents.is_empty())
    };
    // "The African Union also condemned the takeover", ten sentences after the soldiers
    // arrested the president; "Guterres welcomed the deal" after paragraphs of background: a
    // hostile act or a deal is the story's, however far. A "decision" or a "move" is a step
    // just taken, nearer.
    // So are sanctions ("The court condemned the sanctions" after a Q&A's paragraphs on whom
    // they target).
    let story_act = crate::events::ACT_NOUNS.contains(&noun)
        || DEAL_NOUNS.contains(&noun)
        || SHOWS_OF_FORCE.contains(&noun)
        || PENALTY_NOUNS.contains(&noun);
    let Some(done) = specific_act(noun, earlier, by_other)
        .or_else(|| named_deal(text, noun, roots, earlier, by_other))
        .or_else(|| {
            named_act(whole(), named_by_noun, by_anyone_else)
                .or_else(|| far().find(by_other))
                .or_else(|| whole().find(by_other).filter(|_| story_act))
                .filter(|_| !named_only)
        })
    else {
        return Vec::new();
    };
    // "Pakistan reached an agreement with the IMF … Sharif welcomed the agreement": a deal has
    // two parties, and a party's own side welcomes it towards the other.
    let own_country = own.as_deref().and_then(crate::country_of);
    if DEAL_NOUNS.contains(&noun) && own_country.is_some() {
        let others: Vec<&Actor> = [&done.source, &done.target]
            .into_iter()
            .flatten()
            .filter(|a| a.code.is_some() && a.country() != own_country)
            .collect();
        if others.len() == 1 {
            return others.into_iter().map(|a| on_span(a, words)).collect();
        }
    }
    // The mirrored copy of an act found far back is in its own sentence, beyond `kind`.
    let same_sentence: Vec<&SentenceEvent> = earlier
        .iter()
        .find(|s| s.iter().any(|(e, _)| std::ptr::eq(e, done)))
        .map(|s| s.iter().map(|(e, _)| e).collect())
        .unwrap_or_default();
    joint_doers(
        done,
        if same_sentence.is_empty() {
            &kind
        } else {
            &same_sentence
        },
    )
    .into_iter()
    .filter(|a| a.code != own)
    .map(|a| on_span(a, words))
    .collect()
}

/// "The International Court of Justice threw out Sudan's case … The UAE welcomed the ruling":
/// a decision, ruling or verdict after a court acted is the court's, whatever it did to whom
/// (every gold writer codes it so). The latest court in `FAR_REACH` sentences.
fn deciding_court<'e>(noun: &str, earlier: &'e [&'e [Resolved]], own: Option<&str>) -> Option<&'e Actor> {
    if !matches!(noun, "decision" | "ruling" | "verdict") {
        return None;
    }
    events_within(earlier, FAR_REACH)
        .filter(|e| !e.negated)
        .filter_map(|e| e.source.as_ref())
        .find(|a| a.code.as_deref().is_some_and(|c| c.contains("JUD") && Some(c) != own))
}

/// "The EU approved new sanctions against Russia … Britain announced its own sanctions on 100
/// tankers": sanctions (16) naming no target follow the latest earlier sanctions with one, by
/// another actor, in the last few sentences.
fn parallel_measures<'e>(
    event: &SentenceEvent,
    object: &str,
    recent: impl Iterator<Item = &'e SentenceEvent>,
    own: Option<&str>,
) -> Option<&'e Actor> {
    // "The State Department paused funding for UNRWA … Germany and Italy suspended new
    // payments": money stopped follows the money stopped before, as sanctions do.
    const MEASURES: &[&str] = &[
        "sanctions",
        "tariffs",
        "measures",
        "restrictions",
        "penalties",
        "payments",
        "funding",
        "contributions",
    ];
    if !event.code.starts_with("16") || !object.split_whitespace().any(|w| MEASURES.contains(&w)) {
        return None;
    }
    let earlier: Vec<&Actor> = recent
        .filter(|e| {
            e.code.starts_with("16")
                && !e.negated
                && e.source
                    .as_ref()
                    .is_some_and(|s| s.code.is_some() && s.code.as_deref() != own)
        })
        .filter_map(|e| {
            e.target
                .as_ref()
                .filter(|t| t.code.is_some() && t.code.as_deref() != own)
        })
        .collect();
    // Sanctions "against Russia" before those on its institutions ("blacklisting tankers in
    // Moscow's fleet").
    earlier
        .iter()
        .find(|t| t.code.as_deref().is_some_and(|c| c.len() == 3))
        .or(earlier.first())
        .copied()
}

/// Nouns naming one kind of attack, with the CAMEO code prefix of that kind.
const SPECIFIC_ACTS: &[(&str, &str)] = &[
    ("bombing", "183"),
    ("bombings", "183"),
    ("blast", "183"),
    ("explosion", "183"),
    ("shelling", "194"),
    ("airstrike", "195"),
    ("airstrikes", "195"),
];

/// "A suicide bomber blew himself up … The president condemned the bombing": a noun naming one
/// kind of attack refers to the latest act of that kind in the whole article, however many
/// sentences (and other attacks) came between.
fn specific_act<'e>(
    noun: &str,
    earlier: &'e [&'e [Resolved]],
    by_other: impl Fn(&&'e SentenceEvent) -> bool,
) -> Option<&'e SentenceEvent> {
    let (_, code) = SPECIFIC_ACTS.iter().find(|(n, _)| *n == noun)?;
    earlier
        .iter()
        .rev()
        .flat_map(|s| s.iter().rev())
        .map(|(e, _)| e)
        .filter(|e| e.code.starts_with(code) && !e.negated)
        .find(|e| by_other(e))
}

/// "Congo and M23 signed a declaration of principles … (three sentences of other news) … The
/// African Union welcomed the Doha declaration": an agreement noun refers to the latest event
/// of its kind in the article that names the same noun right after its verb, however far back;
/// a document ("the resolution") to one that names it anywhere after its verb in its sentence.
fn named_deal<'e>(
    text: &str,
    noun: &str,
    roots: &[&str],
    earlier: &'e [&'e [Resolved]],
    by_other: impl Fn(&&'e SentenceEvent) -> bool,
) -> Option<&'e SentenceEvent> {
    let document = DOCUMENT_NOUNS.contains(&noun);
    if !DEAL_NOUNS.contains(&noun) && !document {
        return None;
    }
    let names_it = |e: &SentenceEvent| {
        // A document may be named anywhere after the verb in its sentence ("declared Iran in
        // breach …, in a resolution drafted by…"); a deal right after it.
        let reach = if document {
            let rest = text.get(e.verb.end..).unwrap_or("");
            rest.find(". ").unwrap_or(rest.len())
        } else {
            40
        };
        let end = (e.verb.end + reach).min(text.len());
        (e.verb.end..=end)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .and_then(|end| text.get(e.verb.end..end))
            .is_some_and(|after| after.to_lowercase().contains(noun))
    };
    earlier
        .iter()
        .rev()
        .flat_map(|s| s.iter().rev())
        .map(|(e, _)| e)
        .filter(|e| roots.iter().any(|r| e.code.starts_with(r)) && !e.negated && names_it(e))
        .find(|e| by_other(e))
}

/// "A ceasefire between Israel and Hezbollah took effect … The deal, brokered by the United
/// States and France, …": a mediation (045) of a deal, truce or agreement named right before
/// or after its verb is aimed at the two parties of the latest such deal in reach.
fn brokered_deal(
    text: &str,
    event: &SentenceEvent,
    object: &str,
    earlier: &[&[Resolved]],
    own: Option<&str>,
) -> Option<Vec<(Actor, Span)>> {
    if !event.code.starts_with("045") {
        return None;
    }
    let deal_word = |w: &str| DEAL_NOUNS.contains(&w) || matches!(w, "ceasefire" | "truce");
    let start = (event.verb.start.saturating_sub(30)..=event.verb.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(event.verb.start);
    let before = text.get(start..event.verb.start).unwrap_or("").to_lowercase();
    let named =
        object.split_whitespace().take(3).any(deal_word) || before.split(|c: char| !c.is_alphanumeric()).any(deal_word);
    if !named {
        return None;
    }
    let deal = recent_events(earlier).find(|e| {
        !e.negated
            && ["0871", "057", "03"].iter().any(|c| e.code.starts_with(c))
            && coded(&e.source)
            && coded(&e.target)
            && [&e.source, &e.target]
                .iter()
                .all(|a| a.as_ref().and_then(|a| a.code.as_deref()) != own)
    })?;
    let parties = [&deal.source, &deal.target].into_iter().flatten();
    Some(parties.map(|a| on_span(a, event.verb)).collect())
}

/// "Thai and Cambodian troops exchanged fire … Malaysia offered to host talks": an offer to
/// host or mediate that names no party is aimed at the two sides of the latest earlier armed
/// conflict (roots 15–20) between two countries in the article, as states (the talks are
/// between the countries, whichever of their actors fought). Empty when the article has no such
/// pair, or the subject is one of them.
fn implicit_parties(event: &SentenceEvent, earlier: &[&[Resolved]], own: Option<&str>) -> Vec<(Actor, Span)> {
    let fighting = |e: &&SentenceEvent| {
        !e.negated && e.code.get(..2).is_some_and(|r| ("15".."21").contains(&r)) && two_countries(e)
    };
    let conflicts = earlier.iter().rev().flat_map(|s| s.iter().rev()).map(|(e, _)| e);
    let own_country = own.and_then(crate::country_of);
    let Some(pair) = last_pair(conflicts.filter(fighting), own) else {
        return Vec::new();
    };
    if pair.iter().any(|a| a.country().is_none() || a.country() == own_country) {
        return Vec::new();
    }
    pair.into_iter()
        .map(|a| as_country(on_span(a, event.verb), "countries"))
        .collect()
}

/// Who did `done`: its source, and its target too when the same act also runs the other way
/// ("South Korea and the United States conducted joint drills" is coded both ways, and
/// "condemned the drills" is aimed at both).
fn joint_doers<'e>(done: &'e SentenceEvent, kind: &[&'e SentenceEvent]) -> Vec<&'e Actor> {
    let code = |a: &Option<Actor>| a.as_ref().and_then(|a| a.code.clone());
    let mirrored = coded(&done.target)
        && kind.iter().any(|e| {
            e.code == done.code && code(&e.source) == code(&done.target) && code(&e.target) == code(&done.source)
        });
    [&done.source, &done.target]
        .into_iter()
        .take(if mirrored { 2 } else { 1 })
        .flatten()
        .collect()
}

/// Words saying that a hostile act answers an earlier one.
const COUNTER_WORDS: &[&str] = &[
    "counteroffensive",
    "counter-offensive",
    "counterattack",
    "counter-attack",
    "retaliatory",
    "retaliation",
    "reprisal",
    "reprisals",
];

/// "Gangs killed 15 people … Police launched a counteroffensive": a counter-attack or
/// retaliation with no target of its own is aimed at the doer of the latest earlier hostile
/// act (14–20) by someone other than its source.
fn answered_attacker<'e>(
    text: &str,
    event: &SentenceEvent,
    object: &str,
    recent: impl Iterator<Item = &'e SentenceEvent>,
    own: Option<&str>,
) -> Option<&'e Actor> {
    let hostile = |code: &str| code.get(..2).is_some_and(|r| ("14".."21").contains(&r));
    let verb = event.verb.slice(text).to_lowercase();
    let answers = verb.starts_with("retaliat") || object.split_whitespace().any(|w| COUNTER_WORDS.contains(&w));
    if !answers || !hostile(&event.code) {
        return None;
    }
    recent.filter(|e| hostile(&e.code) && !e.negated).find_map(|e| {
        e.source
            .as_ref()
            .filter(|a| a.code.is_some() && a.code.as_deref() != own)
    })
}

/// "Fidan met Umerov and later Ushakov. The minister urged both sides…": with no earlier event
/// between two others, both sides are the two latest different partners of the subject itself.
fn own_partners<'e>(recent: impl Iterator<Item = &'e SentenceEvent>, own: Option<&str>) -> Vec<&'e Actor> {
    let Some(own) = own else { return Vec::new() };
    let mut partners: Vec<&Actor> = Vec::new();
    for target in recent
        .filter(|e| e.source.as_ref().and_then(|a| a.code.as_deref()) == Some(own))
        .filter_map(|e| e.target.as_ref())
    {
        let new = target.code.as_deref().is_some_and(|c| c != own) && !partners.iter().any(|p| p.code == target.code);
        if new {
            partners.push(target);
        }
    }
    if partners.len() >= 2 {
        partners.truncate(2);
        partners
    } else {
        Vec::new()
    }
}

/// "urged both countries", "agreements with each country": a party named as a country is the
/// state itself (INDGOV → IND), where "both governments" keeps the government.
fn as_country((mut party, at): (Actor, Span), phrase: &str) -> (Actor, Span) {
    let country = ["countr", "nation"].iter().any(|w| phrase.contains(w));
    if let Some(state) = party.code.as_deref().and_then(crate::country_of).filter(|_| country) {
        party.code = Some(state.to_string());
        party.agents.clear();
    }
    (party, at)
}

/// "hosted both delegations", "the two governments": people or bodies of government are the
/// party's government, even where the party was last named as its country ("China
/// retaliated … hosted both delegations" → CHNGOV).
fn as_government((mut party, at): (Actor, Span), phrase: &str) -> (Actor, Span) {
    let government = [
        "delegation",
        "government",
        "leader",
        "president",
        "minister",
        "heads of",
    ]
    .iter()
    .any(|w| phrase.contains(w));
    let bare_country = |c: &&mut String| crate::country_of(c).is_some_and(|k| k.len() == c.len());
    if let Some(code) = party.code.as_mut().filter(|c| government && bare_country(c)) {
        code.push_str("GOV");
    }
    // "urged the two governments" after Rwanda was said to arm Burundian rebels: the phrase
    // names each side's government, whichever of its people the pair was last named by.
    if phrase.contains("governments")
        && let Some(state) = party.code.as_deref().and_then(crate::country_of)
    {
        party.code = Some(format!("{state}GOV"));
        party.agents.clear();
    }
    (party, at)
}

/// "the leaders of both countries": a country party takes the role's sectors (THA → THAGOV).
fn with_role(mut party: Actor, role: &[String]) -> Actor {
    if let Some(code) = party.code.as_mut().filter(|c| c.len() == 3 && !role.is_empty()) {
        code.push_str(&role.concat());
    }
    party
}

/// Whether two actors of different countries fought each other in these events: force or
/// its threat (roots 15, 17–20), not sanctions and tariffs (16).
fn fought<'e>(mut recent: impl Iterator<Item = &'e SentenceEvent>, a: &Actor, b: &Actor) -> bool {
    a.country().is_some()
        && b.country().is_some()
        && a.country() != b.country()
        && recent.any(|e| {
            let code = |x: &Option<Actor>| x.as_ref().and_then(|x| x.code.clone());
            let pair = [code(&e.source), code(&e.target)];
            matches!(e.code.get(..2), Some("15" | "17" | "18" | "19" | "20"))
                && !e.negated
                && (pair == [a.code.clone(), b.code.clone()] || pair == [b.code.clone(), a.code.clone()])
        })
}

/// A state's actor (its government, military, police) as the bare country; armed groups and
/// others keep their codes.
fn as_state((mut party, at): (Actor, Span)) -> (Actor, Span) {
    let state = party
        .code
        .as_deref()
        .is_some_and(|c| c.len() == 3 || crate::events::has_sector(c, &["GOV", "MIL", "COP"]));
    if let Some(country) = party.code.as_deref().and_then(crate::country_of).filter(|_| state) {
        party.code = Some(country.to_string());
        party.agents.clear();
    }
    (party, at)
}

/// "the two countries", "both governments", "each country": the parties are two states, not
/// two actors of one.
/// "U.N. Secretary-General Antonio Guterres urged both countries…" near the end of an article on
/// India and Pakistan: countries named as a pair are the article's main pair of states, the one
/// at least three earlier events ran between (more than any other pair), rather than the pair
/// of a side event ("Trump spoke to Modi"). Pairs with the referring event's own country
/// (`own`) are left out. The pair's latest actors, or `None` when no pair leads.
/// With `organisations`, a party may also be an actor of no country, by its code ("ready to
/// host further talks between the two sides" after Iran's and the IAEA's talks), and the
/// pair's actors are those of its latest event coded both ways, as in [`last_pair`].
fn main_pair<'e>(earlier: &'e [&'e [Resolved]], own: Option<&str>, organisations: bool) -> Option<[&'e Actor; 2]> {
    let own_country = own.and_then(crate::country_of);
    let events = || earlier.iter().rev().flat_map(|s| s.iter().rev()).map(|(e, _)| e);
    let key_of = |e: &'e SentenceEvent| {
        let side = |a: Option<&'e Actor>| {
            let code = a?.code.as_deref()?;
            crate::country_of(code).or(organisations.then_some(code))
        };
        let (a, b) = (side(e.source.as_ref())?, side(e.target.as_ref())?);
        let apart = a != b && !own_country.is_some_and(|own| own == a || own == b);
        (apart && !e.negated).then_some(if a < b { [a, b] } else { [b, a] })
    };
    let mut tally: Vec<([&str; 2], usize, &SentenceEvent)> = Vec::new();
    for e in events() {
        let Some(key) = key_of(e) else { continue };
        match tally.iter_mut().find(|(k, _, _)| *k == key) {
            Some(entry) => entry.1 += 1,
            None => tally.push((key, 1, e)),
        }
    }
    let most = tally.iter().map(|(_, n, _)| *n).max()?;
    let mut leaders = tally.iter().filter(|(_, n, _)| *n == most);
    let (key, latest) = match (leaders.next(), leaders.next()) {
        (Some((key, n, e)), None) if *n >= 3 => (*key, *e),
        _ => return None,
    };
    if organisations {
        return last_pair(events().filter(|e| key_of(e) == Some(key)), own);
    }
    Some([latest.source.as_ref()?, latest.target.as_ref()?])
}

/// A state named on `words` by its code.
fn state_on(words: Span, code: &str) -> Actor {
    Actor {
        span: words,
        code: Some(code.to_string()),
        agents: Vec::new(),
        entity: None,
        person: false,
    }
}

fn names_states(phrase: &str) -> bool {
    ["countr", "government", "nation"].iter().any(|w| phrase.contains(w))
}

/// The event's source and target belong to different countries (by the codes' first three
/// letters: "VENOPP" and "VENCOP" are one country).
fn two_countries(e: &SentenceEvent) -> bool {
    fn country(a: &Option<Actor>) -> Option<&str> {
        a.as_ref().and_then(|a| a.code.as_deref()).and_then(|c| c.get(..3))
    }
    country(&e.source) != country(&e.target)
}

fn coded(a: &Option<Actor>) -> bool {
    a.as_ref().is_some_and(|a| a.code.is_some())
}

/// Whether an object's words are "the <act> on|against …" ("the assault on the fishermen",
/// "the violence against demonstrators").
fn act_on_victims(object: &str) -> bool {
    let words: Vec<&str> = object.split_whitespace().collect();
    words
        .windows(2)
        .take(3)
        .any(|w| crate::events::ACT_NOUNS.contains(&w[0]) && matches!(w[1], "on" | "against"))
}

/// The lower-case words of the object right after a verb: up to the clause's end, at most
/// six words, past a determiner ("the", "its", "these", "Monday's").
fn object_words(after: &str) -> String {
    object_words_up_to(after, 6)
}

/// The words up to the clause's end: a comma, semicolon, colon or full stop, but not the
/// point or comma inside a number ("NZ$18.2 million", "1,000 troops").
fn clause_of(after: &str) -> &str {
    let bytes = after.as_bytes();
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    let end = after
        .char_indices()
        .find(|&(k, c)| {
            matches!(c, ',' | ';' | '.' | ':') && !(matches!(c, ',' | '.') && k > 0 && digit(k - 1) && digit(k + 1))
        })
        .map_or(after.len(), |(k, _)| k);
    &after[..end]
}

/// The object's first `n` words, as `object_words`.
fn object_words_up_to(after: &str, n: usize) -> String {
    let mut words = clause_of(after).split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase()
    });
    let mut first: Vec<String> = words.by_ref().take(n).collect();
    // "condemned what he called a flagrant violation", "what Beijing described as an
    // invasion": the object is what follows the speaker's naming of it.
    if first.first().is_some_and(|w| w == "what")
        && let Some(naming) = first.iter().take(5).position(|w| {
            matches!(
                w.as_str(),
                "called" | "termed" | "described" | "branded" | "labelled" | "labeled"
            )
        })
    {
        let skip = naming + 1 + usize::from(first.get(naming + 1).is_some_and(|w| w == "as"));
        first.drain(..skip.min(first.len()));
        first.extend(words.take(n - first.len()));
    }
    first.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `names_both_sides` reads at most `PHRASE_WORDS` words; every phrase fits, and each is
    /// found whole, not from a prefix or with a word more.
    #[test]
    fn every_both_sides_phrase_fits_the_word_limit() {
        for phrase in BOTH_SIDES {
            assert!(phrase.split(' ').count() <= PHRASE_WORDS, "{phrase}");
            assert!(names_both_sides(phrase.split_whitespace()), "{phrase}");
            let longer = format!("{phrase} here");
            assert!(!names_both_sides(longer.split_whitespace()), "{longer}");
        }
        assert!(!names_both_sides("the two".split_whitespace()));
        assert!(!names_both_sides("".split_whitespace()));
        assert!(!names_both_sides("a b c d e f".split_whitespace()));
    }

    fn actor(text: &str, words: &str, code: &str) -> Actor {
        let start = text.find(words).expect("words");
        Actor {
            span: Span::new(start, start + words.len()),
            code: Some(code.to_string()),
            agents: Vec::new(),
            entity: None,
            person: false,
        }
    }

    fn event(text: &str, source: Option<Actor>, target: Option<Actor>, code: &str, verb: &str) -> SentenceEvent {
        let at = text.find(verb).expect("verb");
        SentenceEvent {
            source,
            target,
            code: code.to_string(),
            verb: Span::new(at, at + verb.len()),
            negated: false,
            intent: false,
            reported_by: None,
            hedged: false,
            disputed_by: None,
            rule: String::new(),
            dated_at: None,
        }
    }

    const TEXT: &str = "Israeli jets struck Beirut. Russia and Ukraine held talks. Lebanon condemned the strikes. Turkey urged both sides to talk.";

    fn earlier() -> Vec<Resolved> {
        vec![
            (
                event(TEXT, Some(actor(TEXT, "Israeli jets", "ISRMIL")), None, "195", "struck"),
                [None, None],
            ),
            (
                event(
                    TEXT,
                    Some(actor(TEXT, "Russia", "RUS")),
                    Some(actor(TEXT, "Ukraine", "UKR")),
                    "046",
                    "held",
                ),
                [None, None],
            ),
        ]
    }

    #[test]
    fn an_objects_clause_does_not_end_inside_a_number() {
        assert_eq!(
            object_words(" NZ$18.2 million in funding, most of it budget support"),
            "nz$18.2 million in funding"
        );
        assert_eq!(object_words(" 1,000 troops. Then"), "1,000 troops");
    }

    /// The first-word shortcut accepts exactly the phrases a plain comparison does.
    #[test]
    fn both_sides_are_named_by_the_whole_phrase_only() {
        let plain = |words: &[&str]| BOTH_SIDES.iter().any(|p| p.split(' ').eq(words.iter().copied()));
        let mut cases: Vec<Vec<&str>> = vec![vec![], vec![""], vec!["the"], vec!["both"], vec!["sides"]];
        for phrase in BOTH_SIDES {
            let words: Vec<&str> = phrase.split(' ').collect();
            cases.push(words.clone());
            cases.push(words[..words.len() - 1].to_vec());
            cases.push(words[1..].to_vec());
            let mut longer = words.clone();
            longer.push("sides");
            cases.push(longer);
            let mut other = words.clone();
            other[0] = "th";
            cases.push(other);
        }
        for words in &cases {
            assert_eq!(names_both_sides(words.iter().copied()), plain(words), "{words:?}");
        }
        assert!(names_both_sides("the two sides".split(' ')));
        assert!(!names_both_sides("the two".split(' ')));
    }

    #[test]
    fn a_condemned_event_points_at_its_doer() {
        let before = earlier();
        let condemned = event(TEXT, Some(actor(TEXT, "Lebanon", "LBN")), None, "111", "condemned");
        let found = referred_targets(TEXT, &condemned, &[&before]);
        let codes: Vec<_> = found.iter().filter_map(|(a, _)| a.code.as_deref()).collect();
        assert_eq!(codes, ["ISRMIL"]);
    }

    #[test]
    fn both_sides_are_the_last_pair() {
        let before = earlier();
        let urged = event(TEXT, Some(actor(TEXT, "Turkey", "TUR")), None, "0256", "urged");
        let found = referred_targets(TEXT, &urged, &[&before]);
        let codes: Vec<_> = found.iter().filter_map(|(a, _)| a.code.as_deref()).collect();
        assert_eq!(codes, ["RUS", "UKR"]);
    }

    #[test]
    fn nothing_earlier_means_nothing_referred() {
        let urged = event(TEXT, Some(actor(TEXT, "Turkey", "TUR")), None, "0256", "urged");
        assert!(referred_targets(TEXT, &urged, &[]).is_empty());
    }

    #[test]
    fn the_two_leaders_are_the_last_pair() {
        let text = "Russia and Ukraine held talks. The two leaders signed a deal.";
        let held = event(
            text,
            Some(actor(text, "Russia", "RUS")),
            Some(actor(text, "Ukraine", "UKR")),
            "046",
            "held",
        );
        let before: Vec<Resolved> = vec![(held, [None, None])];
        let leaders = Actor {
            code: None,
            ..actor(text, "The two leaders", "X")
        };
        let signed = event(text, Some(leaders), None, "057", "signed");
        let found = referred_sources(text, &signed, &[&before]);
        let codes: Vec<_> = found.iter().filter_map(|(a, _)| a.code.as_deref()).collect();
        // Leaders are their governments, however their countries were named (every gold
        // writer codes "the two leaders" so: held4-008, held8-008, held9-004).
        assert_eq!(codes, ["RUSGOV", "UKRGOV"]);
        assert!(found.iter().all(|(a, _)| a.span.slice(text) == "The two leaders"));
        let russia = event(text, Some(actor(text, "Russia", "RUS")), None, "057", "signed");
        assert!(referred_sources(text, &russia, &[&before]).is_empty());
    }
}
