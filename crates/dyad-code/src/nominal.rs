//! Nominal events: events named by a noun rather than a verb — "Erdogan's visit to Egypt",
//! "Israeli airstrikes on Gaza", "the talks between Israel and Hamas", "an attack by
//! Osgiliath soldiers on the village".
//!
//! The source is an actor inside the noun's own phrase (a possessor or a national adjective),
//! an actor after "by", or the subject of a light verb whose object the noun is ("Russia
//! launched a drone attack on…"); the target is the first actor after one of the noun's
//! prepositions. "between X and Y" codes both directions. A noun inside a verb pattern's match
//! ("held talks with") belongs to that verb's event and is skipped.

use crate::chunk::Role;
use crate::events::{Context, VerbView, group_actors, mention_actors};
use crate::{Actor, SentenceEvent};

/// An event noun: its CAMEO code and the prepositions that introduce its target.
struct EventNoun {
    words: &'static [&'static str],
    code: &'static str,
    target_preps: &'static [&'static str],
    /// "talks between X and Y" are mutual.
    mutual: bool,
    /// The noun names the event only right after one of these words ("phone call", not "a
    /// call for calm"); empty: always.
    after: &'static [&'static str],
}

const NOUNS: &[EventNoun] = &[
    EventNoun {
        words: &["visit", "visits", "trip", "trips"],
        code: "042",
        target_preps: &["to", "in"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &["talks", "negotiations"],
        code: "046",
        target_preps: &["with"],
        mutual: true,
        after: &[],
    },
    EventNoun {
        words: &["call", "calls", "conversation", "conversations"],
        code: "041",
        target_preps: &["with"],
        mutual: true,
        after: &["phone", "telephone", "video"],
    },
    EventNoun {
        words: &["meeting", "meetings", "summit"],
        code: "040",
        target_preps: &["with"],
        mutual: true,
        after: &[],
    },
    EventNoun {
        words: &["attack", "attacks", "assault", "offensive", "raid", "raids"],
        code: "190",
        target_preps: &["on", "against", "in", "into"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &[
            "airstrike",
            "airstrikes",
            "strike",
            "strikes",
            "bombardment",
            "bombardments",
            "barrage",
            "barrages",
            "bombing",
            "bombings",
        ],
        code: "195",
        target_preps: &["on", "against", "in", "across"],
        mutual: false,
        after: &[],
    },
    // "Turkish military operations in northern Iraq": an operation is military only when said.
    EventNoun {
        words: &["operation", "operations", "incursion", "incursions"],
        code: "190",
        target_preps: &["in", "against", "into", "on"],
        mutual: false,
        after: &["military", "ground", "cross-border"],
    },
    EventNoun {
        words: &["shelling"],
        code: "194",
        target_preps: &["of", "on", "in"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &["invasion", "occupation"],
        code: "192",
        target_preps: &["of"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &["sanctions", "embargo", "tariffs", "duties"],
        code: "163",
        target_preps: &["on", "against"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &["fighting", "clashes"],
        code: "190",
        target_preps: &["with"],
        mutual: true,
        after: &[],
    },
    EventNoun {
        words: &["blockade", "siege"],
        code: "191",
        target_preps: &["of", "on", "against"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &["crackdown"],
        code: "175",
        target_preps: &["on", "against"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &["abduction", "abductions", "kidnapping", "kidnappings"],
        code: "181",
        target_preps: &["of"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &["execution", "executions", "hanging", "hangings"],
        code: "1823",
        target_preps: &["of"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &["arrest", "arrests", "detention"],
        code: "173",
        target_preps: &["of"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &["expulsion"],
        code: "174",
        target_preps: &["of"],
        mutual: false,
        after: &[],
    },
    // "welcoming Belarus's release of 14 political detainees".
    EventNoun {
        words: &["release", "releases"],
        code: "0841",
        target_preps: &["of"],
        mutual: false,
        after: &[],
    },
    EventNoun {
        words: &["withdrawal"],
        code: "0874",
        target_preps: &["from"],
        mutual: false,
        after: &[],
    },
];

/// The event noun `word` is, by one hash probe: this runs for every noun-phrase token, and a
/// scan of every noun's word list costs more than the rest of the nominal pass.
fn noun_of(word: &str) -> Option<&'static EventNoun> {
    static INDEX: std::sync::LazyLock<crate::hash::WordMap<&'static str, &'static EventNoun>> =
        std::sync::LazyLock::new(|| {
            let mut index = crate::hash::WordMap::default();
            for noun in NOUNS {
                for word in noun.words {
                    // The first noun listing a word wins, as the scan did.
                    index.entry(*word).or_insert(noun);
                }
            }
            index
        });
    INDEX.get(word).copied()
}

/// Whether `word` (lower case) names an event: "sanctions", "strikes", "talks".
pub(crate) fn is_event_noun(word: &str) -> bool {
    noun_of(word).is_some()
}

/// Verbs whose object noun names the event their subject carries out.
const LIGHT_VERBS: &[&str] = &[
    "launch",
    "carry",
    "conduct",
    "stage",
    "mount",
    "pay",
    "make",
    "hold",
    "begin",
    "continue",
    "intensify",
    "step",
    "escalate",
    "resume",
    "impose",
    "announce",
    "order",
];

/// Nouns of a joint military activity: "a joint operation", "joint patrols".
const JOINT_NOUNS: &[&str] = &[
    "operation",
    "operations",
    "exercise",
    "exercises",
    "drill",
    "drills",
    "patrol",
    "patrols",
    "manoeuvres",
    "maneuvers",
    "training",
    "mission",
];

/// "Turkish and Iraqi forces carried out a joint operation", "U.S. and Philippine forces …
/// during joint patrols": the coordinated subject of the clause cooperates militarily (062),
/// each party with each other.
fn joint_activities(cx: &Context<'_, '_>, verbs: &[VerbView], out: &mut Vec<SentenceEvent>) {
    let scene = &cx.scene;
    for (i, tok) in scene.toks.iter().enumerate() {
        if tok.lower != "joint" || scene.roles[i] != Role::Np {
            continue;
        }
        let Some(u) = scene.unit_inside(i) else { continue };
        let Some(noun) = (i + 1..scene.units[u].end).find(|&j| JOINT_NOUNS.contains(&scene.toks[j].lower.as_str()))
        else {
            continue;
        };
        let before: Vec<&VerbView> = verbs.iter().filter(|v| v.last < scene.units[u].start).collect();
        // "agreed to hold joint border patrols": planned, not held.
        let planned = before.iter().any(|v| {
            v.lemma
                .as_deref()
                .is_some_and(|l| crate::events::INTENT_VERBS.contains(&l))
        });
        let Some(subject) = before.iter().rev().find_map(|v| v.subject).filter(|_| !planned) else {
            continue;
        };
        let mut parties: Vec<Actor> = group_actors(scene, subject)
            .into_iter()
            .filter(|a| a.code.is_some())
            .collect();
        parties.dedup_by(|a, b| a.code == b.code);
        if parties.len() < 2 {
            continue;
        }
        for x in &parties {
            for y in parties.iter().filter(|y| y.code != x.code) {
                out.push(nominal_event(
                    (Some(x.clone()), Some(y.clone())),
                    "062".to_string(),
                    scene.toks[noun].span,
                    false,
                    format!("nominal event: joint {}", scene.toks[noun].lower),
                ));
            }
        }
    }
}

/// An event named by a noun: asserted, unreported, undisputed (the sentence's attribution
/// passes and `events::report_nominal` fill those in).
fn nominal_event(
    (source, target): (Option<Actor>, Option<Actor>),
    code: String,
    verb: dyad_segment::Span,
    intent: bool,
    rule: String,
) -> SentenceEvent {
    SentenceEvent {
        source,
        target,
        code,
        verb,
        negated: false,
        intent,
        reported_by: None,
        hedged: false,
        disputed_by: None,
        rule,
        dated_at: None,
    }
}

/// Words after "a ceasefire between X and Y" that put it in force.
const IN_FORCE: &[&[&str]] = &[
    &["took", "effect"],
    &["takes", "effect"],
    &["came", "into", "force"],
    &["comes", "into", "force"],
    &["came", "into", "effect"],
    &["went", "into", "effect"],
    &["goes", "into", "effect"],
    &["entered", "into", "force"],
    &["took", "hold"],
];

/// "A ceasefire between Israel and Hezbollah took effect": each party declared the truce
/// (0871) towards the other. Only a truce said to take effect: one called for, proposed or
/// merely mentioned ("the ceasefire between them was holding") is no new act.
fn truce_in_force(cx: &Context<'_, '_>, out: &mut Vec<SentenceEvent>) {
    let scene = &cx.scene;
    for (i, tok) in scene.toks.iter().enumerate() {
        if !matches!(tok.lower.as_str(), "ceasefire" | "truce") || scene.roles[i] != Role::Np {
            continue;
        }
        if scene.unit_inside(i).is_none_or(|u| scene.units[u].end != i + 1) {
            continue;
        }
        if scene.toks.get(i + 1).is_none_or(|t| t.lower != "between") {
            continue;
        }
        let Some(first) = scene.unit_starting.get(i + 2).copied().flatten() else {
            continue;
        };
        let group = scene.units[first].group;
        let members: Vec<usize> = (first..scene.units.len())
            .take_while(|&v| scene.units[v].group == group)
            .collect();
        let Some(&last) = members.last() else { continue };
        let end = scene.units[last].end;
        let in_force = IN_FORCE.iter().any(|words| {
            words
                .iter()
                .enumerate()
                .all(|(k, w)| scene.toks.get(end + k).is_some_and(|t| t.lower == *w))
        });
        if !in_force {
            continue;
        }
        let parties: Vec<Actor> = members
            .iter()
            .flat_map(|&v| scene.units[v].actors.iter().filter(|a| a.code.is_some()).cloned())
            .collect();
        for x in &parties {
            for y in parties.iter().filter(|y| y.code != x.code) {
                out.push(nominal_event(
                    (Some(x.clone()), Some(y.clone())),
                    "0871".to_string(),
                    tok.span,
                    false,
                    format!("nominal event: {} in force", tok.lower),
                ));
            }
        }
    }
}

pub(crate) fn events(cx: &Context<'_, '_>, verbs: &[VerbView], out: &mut Vec<SentenceEvent>) {
    joint_activities(cx, verbs, out);
    truce_in_force(cx, out);
    let scene = &cx.scene;
    for (i, tok) in scene.toks.iter().enumerate() {
        if scene.roles[i] != Role::Np {
            continue;
        }
        let Some(noun) = noun_of(&tok.lower) else {
            continue;
        };
        if !noun.after.is_empty() && (i == 0 || !noun.after.contains(&scene.toks[i - 1].lower.as_str())) {
            continue;
        }
        let Some(u) = scene.unit_inside(i) else { continue };
        // A noun that is a word of a verb's pattern ("held talks with") belongs to that event;
        // one filling the pattern's target ("condemned the U.S. strikes on Iran") does not.
        let covering = verbs
            .iter()
            .find(|v| v.covered.is_some_and(|(f, l)| f <= i && i <= l) && !v.slots.contains(&Some(u)));
        let in_pattern = covering.is_some();
        // "offered to host a meeting between Putin and Zelensky": an intended meeting has not
        // taken place, so its parties hold no talks yet.
        let intended = covering
            .and_then(|v| v.lemma.as_deref())
            .is_some_and(|l| crate::events::INTENT_VERBS.contains(&l));
        // The verb before the noun's phrase, and whether "for" opens the phrase ("travelled to
        // Muscat for talks with …").
        let verb_before = verbs.iter().rev().find(|v| v.last < scene.units[u].start);
        let after_for = scene.units[u].start > 0 && scene.toks[scene.units[u].start - 1].lower == "for";
        // The verb of travel before "for talks with …" (see `purpose` below).
        let travel = verb_before.filter(|v| {
            v.lemma
                .as_deref()
                .is_some_and(|l| ["travel", "arrive", "fly", "go", "come", "head", "visit", "return"].contains(&l))
        });
        // "Qatar will host negotiations between Kinshasa and M23": talks to come are intended;
        // so are those of a trip to come ("will visit Australia for talks with …").
        let scheduled =
            covering.is_some_and(|v| v.intent) || (after_for && travel.is_some_and(|v| v.intent || v.unreal));
        // "Ethiopian air strikes on a market killed dozens": the verb codes the event.
        let subject_of_coded_verb = verbs.iter().any(|v| v.coded && v.subject == Some(u));
        // "a request to resume security talks": the object of an infinitive that states no act
        // has not happened either.
        let object_of_unreal = verbs.iter().any(|v| v.unreal && v.last + 1 == scene.units[u].start);
        if object_of_unreal {
            continue;
        }
        // "mediated talks between Iranian and American negotiators": the parties' own talks are
        // an event beside the mediator's.
        let between =
            noun.mutual && !intended && matches!(following(cx, scene.units[u].end, noun), Following::Between(_));
        if (in_pattern && !between) || subject_of_coded_verb {
            continue;
        }
        // The noun heads its phrase (nothing but names may follow it inside the unit).
        if scene.toks[i + 1..scene.units[u].end].iter().any(|t| !t.cap) {
            continue;
        }
        // "the Ukraine peace summit": for meetings a country before the noun is usually the
        // topic or place; only a possessor ("Putin's talks with…") is the party.
        let possessed = scene.toks[scene.units[u].start..i]
            .iter()
            .any(|t| t.kind == dyad_segment::TokenKind::Possessive);
        // "Turkish military operations": the country's armed forces, as "Turkish military" says.
        let military = i > 0 && scene.toks[i - 1].lower == "military";
        let own: Vec<Actor> = if scene.units[u].start < i && (!noun.mutual || possessed) {
            scene.units[u]
                .actors
                .iter()
                .filter(|a| a.code.is_some())
                .cloned()
                .map(|mut a| {
                    if military
                        && a.code
                            .as_deref()
                            .is_some_and(|c| c.len() == 3 && crate::country_of(c).is_some())
                    {
                        a.code = a.code.map(|c| c + "MIL");
                    }
                    a
                })
                .collect()
        } else {
            Vec::new()
        };
        // "Iran condemned the U.S. strikes", "denied any involvement in the Israeli strikes": a
        // definite act a coded verb is aimed at was told before; with no target of its own it
        // is no new event.
        let referenced = scene.toks[scene.units[u].start].lower == "the"
            && verbs.iter().any(|v| {
                v.coded
                    && (v.slots[1] == Some(u) || v.covered.is_some_and(|(_, last)| last + 1 == scene.units[u].start))
            });
        let code = code_for(noun, &scene.toks[scene.units[u].start..i]);
        let after = following(cx, scene.units[u].end, noun);
        let verb_span = tok.span;
        let rule = format!("nominal event: {}", tok.lower);
        let push = |out: &mut Vec<SentenceEvent>, s: Option<&Actor>, t: Option<&Actor>| {
            if s.is_none_or(|s| s.code.is_none()) && t.is_none_or(|t| t.code.is_none()) {
                return;
            }
            if referenced && t.is_none_or(|t| t.code.is_none()) {
                return;
            }
            if let (Some(s), Some(t)) = (s, t)
                && s.code == t.code
            {
                return;
            }
            // "arrived in Iraq on his first foreign trip": the verb already coded the visit.
            let same_root = |e: &SentenceEvent| e.code.get(..2) == code.get(..2);
            let same_source = |e: &SentenceEvent| e.source.as_ref().map(|a| &a.code) == s.map(|a| &a.code);
            // "visited Australia for talks with Albanese": the visit is the meeting with the
            // country's leaders; talks with another country's ("travelled to Muscat for talks
            // with the United States") are an event of their own.
            let same_country = |e: &SentenceEvent| {
                let other = t.and_then(Actor::side);
                other.is_some() && e.target.as_ref().and_then(Actor::side) == other
            };
            if out
                .iter()
                .any(|e| same_root(e) && same_source(e) && (t.is_none() || e.target.is_none() || same_country(e)))
            {
                return;
            }
            let code = if scheduled {
                crate::events::intent_code(code)
            } else {
                code.to_string()
            };
            out.push(nominal_event(
                (s.cloned(), t.cloned()),
                code,
                verb_span,
                scheduled,
                rule.clone(),
            ));
        };
        if let Following::Between(group) = &after {
            if noun.mutual || noun.code == "190" {
                for (a, x) in group.iter().enumerate() {
                    for (b, y) in group.iter().enumerate() {
                        if a != b {
                            push(out, Some(x), Some(y));
                        }
                    }
                }
            }
            continue;
        }
        let (by, targets) = match after {
            Following::Actors { by, targets } => (by, targets),
            Following::Between(_) | Following::Nothing => (Vec::new(), Vec::new()),
        };
        if noun.code == "190" && vowed_answer(cx, verb_before, u, &own, &tok.lower, out) {
            continue;
        }
        // "Iran's missile and drone attack": the possessor of the first of two coordinated
        // modifiers owns the head they share.
        let own = if own.is_empty() && !noun.mutual && u > 0 {
            let before = &scene.units[u - 1];
            let joined = before.group == scene.units[u].group
                && scene.toks[before.end..scene.units[u].start]
                    .iter()
                    .all(|t| t.lower == "and");
            let possessed = scene.toks[before.start..before.end]
                .iter()
                .any(|t| t.kind == dyad_segment::TokenKind::Possessive);
            if joined && possessed {
                before.actors.iter().filter(|a| a.code.is_some()).cloned().collect()
            } else {
                own
            }
        } else {
            own
        };
        let mut sources = if own.is_empty() { by } else { own };
        if sources.is_empty() {
            sources = light_verb_subject(cx, verbs, scene.units[u].start);
            // "announcing retaliatory tariffs on American goods": the announcement is the
            // tariffs; a bare statement code of the light verb says less.
            if !sources.is_empty()
                && let Some(v) = verb_before
            {
                let light = scene.toks[v.last].span;
                out.retain(|e| !(e.verb == light && e.code.starts_with("01")));
            }
        }
        // "travelled to Muscat for indirect talks with the United States": talks one goes for
        // are the traveller's; "dropped its objection after talks with the Commission": talks
        // after which one acted too.
        let after_talks = noun.mutual
            && scene.units[u].start > 0
            && matches!(
                scene.toks[scene.units[u].start - 1].lower.as_str(),
                "after" | "following"
            );
        let purpose = noun.mutual && (after_for && travel.is_some() || after_talks) && !targets.is_empty();
        if sources.is_empty()
            && (purpose
                || matches!(
                    scene.toks[scene.units[u].start].lower.as_str(),
                    "his" | "her" | "its" | "their"
                ))
        {
            // "his visit to Lebanon": the owner is the subject of the clause before.
            sources = verbs
                .iter()
                .rev()
                .filter(|v| v.last < scene.units[u].start)
                .find_map(|v| v.subject)
                .map(|s| {
                    group_actors(scene, s)
                        .into_iter()
                        .filter(|a| a.code.is_some())
                        .collect()
                })
                .unwrap_or_default();
        }
        // A nominal event needs its agent: "strikes on Gaza" alone says who was hit, not who
        // struck, and often repeats an event coded elsewhere.
        if sources.is_empty() {
            continue;
        }
        // "Moroccan troops repelled an attack by the Polisario": the attack was on the
        // defenders, who fought back.
        let mut targets = targets;
        if let Some(defenders) = repelled_by(cx, verb_before, u).filter(|_| targets.is_empty() && noun.code == "190") {
            let repel = verb_before.map_or(tok.span, |v| scene.toks[v.last].span);
            for d in &defenders {
                for a in sources.iter().filter(|a| a.code != d.code) {
                    out.push(nominal_event(
                        (Some(d.clone()), Some(a.clone())),
                        "190".to_string(),
                        repel,
                        false,
                        format!("nominal event: repelled {}", tok.lower),
                    ));
                }
            }
            targets = defenders;
        }
        let none: [Option<&Actor>; 1] = [None];
        let s_list: Vec<Option<&Actor>> = if sources.is_empty() {
            none.to_vec()
        } else {
            sources.iter().map(Some).collect()
        };
        let t_list: Vec<Option<&Actor>> = if targets.is_empty() {
            none.to_vec()
        } else {
            targets.iter().map(Some).collect()
        };
        for s in &s_list {
            for t in &t_list {
                push(out, *s, *t);
            }
        }
    }
}

/// "the group would respond to every American and British attack": a promise to answer
/// attacks is a threat of force (138) against their authors, not an attack. Codes it and
/// returns true when the attack noun (unit `u`, authors `own`) is the object of such a verb.
fn vowed_answer(
    cx: &Context<'_, '_>,
    verb: Option<&VerbView>,
    u: usize,
    own: &[Actor],
    noun: &str,
    out: &mut Vec<SentenceEvent>,
) -> bool {
    const ANSWER: &[&str] = &["respond", "retaliate", "react", "answer", "avenge"];
    let scene = &cx.scene;
    let Some(v) = verb.filter(|v| v.intent && v.lemma.as_deref().is_some_and(|l| ANSWER.contains(&l))) else {
        return false;
    };
    // "respond to [every American and] British attack": a preposition, then only the phrase.
    let gap = v.last + 1..scene.units[u].start;
    let opens = scene
        .toks
        .get(v.last + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "to" | "for" | "against"));
    if !opens
        || scene.roles[gap]
            .iter()
            .any(|r| !matches!(r, Role::Np | Role::Coord | Role::Prep | Role::To))
    {
        return false;
    }
    // "every American and British attack": the coordinated nationality before shares the noun.
    let mut authors: Vec<Actor> = own.iter().filter(|a| a.code.is_some()).cloned().collect();
    if u > 0 && scene.units[u - 1].group == scene.units[u].group {
        authors.extend(scene.units[u - 1].actors.iter().filter(|a| a.code.is_some()).cloned());
    }
    let Some(subject) = v.subject else { return false };
    // "his forces would respond to any attack": a threat aimed at no one named.
    let anyone = matches!(scene.toks[scene.units[u].start].lower.as_str(), "any" | "every" | "all");
    if authors.is_empty() && !anyone {
        return false;
    }
    let targets: Vec<Option<Actor>> = if authors.is_empty() {
        vec![None]
    } else {
        authors.into_iter().map(Some).collect()
    };
    let verb_span = scene.toks[v.last].span;
    for s in group_actors(scene, subject) {
        for a in targets.iter().filter(|a| a.as_ref().is_none_or(|a| a.code != s.code)) {
            out.push(nominal_event(
                (Some(s.clone()), a.clone()),
                "138".to_string(),
                verb_span,
                true,
                format!("nominal event: answer to {noun}"),
            ));
        }
    }
    true
}

/// The coded subject of a verb of repelling right before the attack noun's phrase (unit `u`):
/// "troops |repelled| an attack by…".
fn repelled_by(cx: &Context<'_, '_>, verb: Option<&VerbView>, u: usize) -> Option<Vec<Actor>> {
    const REPEL: &[&str] = &["repel", "repulse", "foil", "thwart", "fend", "rebuff"];
    let v = verb.filter(|v| v.lemma.as_deref().is_some_and(|l| REPEL.contains(&l)))?;
    let scene = &cx.scene;
    // Only the verb's own object: nothing but "off"/"back" between them.
    let between = &scene.toks[v.last + 1..scene.units[u].start];
    if !between.iter().all(|t| matches!(t.lower.as_str(), "off" | "back")) {
        return None;
    }
    let defenders: Vec<Actor> = group_actors(scene, v.subject?)
        .into_iter()
        .filter(|a| a.code.is_some())
        .collect();
    (!defenders.is_empty()).then_some(defenders)
}

/// "drone attack", "air strikes", "artillery attack": the weapon named refines the code.
fn code_for(noun: &EventNoun, modifiers: &[crate::sentence::Tok]) -> &'static str {
    if !matches!(noun.code, "190" | "195") {
        return noun.code;
    }
    let has = |words: &[&str]| modifiers.iter().any(|t| words.contains(&t.lower.as_str()));
    if has(&["drone", "air", "aerial", "missile", "rocket", "airstrike"]) {
        "195"
    } else if has(&["artillery", "mortar", "tank"]) {
        "194"
    } else {
        noun.code
    }
}

enum Following {
    Nothing,
    /// "between X and Y".
    Between(Vec<Actor>),
    Actors {
        by: Vec<Actor>,
        targets: Vec<Actor>,
    },
}

/// The actors introduced by prepositions right after the noun's phrase.
fn following(cx: &Context<'_, '_>, mut i: usize, noun: &EventNoun) -> Following {
    let scene = &cx.scene;
    let mut by = Vec::new();
    let mut targets = Vec::new();
    // "Fighting broke out between X and Y": look past an intransitive verb of occurring.
    while scene
        .roles
        .get(i)
        .is_some_and(|r| matches!(r, Role::Verb | Role::Adv | Role::Aux))
        && scene.toks.get(i).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "broke" | "erupted" | "began" | "resumed" | "continued" | "out" | "has" | "have" | "took" | "place"
            )
        })
    {
        i += 1;
    }
    // "tariffs and visa sanctions against the country": a thing coordinated with the noun
    // shares its preposition.
    if scene.roles.get(i) == Some(&Role::Coord)
        && let Some(u) = scene.unit_starting.get(i + 1).copied().flatten()
        && !scene.units[u].is_actor()
        && matches!(scene.roles.get(scene.units[u].end), Some(Role::Prep))
    {
        i = scene.units[u].end;
    }
    // At most two prepositional phrases: "an attack by X on Y".
    for _ in 0..2 {
        let Some(prep) = scene.toks.get(i) else { break };
        if scene.roles[i] != Role::Prep && scene.roles[i] != Role::To {
            break;
        }
        let Some(u) = scene.unit_starting.get(i + 1).copied().flatten() else {
            break;
        };
        let word = prep.lower.as_str();
        // "sanctions against the South American country": a country named before, which the
        // article's coreference resolves.
        let country_reference = crate::coref::is_country_reference(
            scene.toks[scene.units[u].start..scene.units[u].end]
                .iter()
                .map(|t| t.lower.as_str()),
        );
        let actors: Vec<Actor> = group_actors(scene, u)
            .into_iter()
            .filter(|a| a.code.is_some() || country_reference)
            .collect();
        if word == "between" && actors.len() > 1 {
            return Following::Between(actors);
        }
        if word == "by" {
            by = actors;
        } else if noun.target_preps.contains(&word) && targets.is_empty() {
            targets = actors;
        } else if !scene.units[u].is_actor() {
            // "the attack of the war on Ukrainian cities": skip a plain complement.
        } else {
            break;
        }
        i = group_end(cx, u);
    }
    if by.is_empty() && targets.is_empty() {
        Following::Nothing
    } else {
        Following::Actors { by, targets }
    }
}

fn group_end(cx: &Context<'_, '_>, u: usize) -> usize {
    cx.scene
        .group_members(u)
        .map(|x| x.end)
        .max()
        .unwrap_or(cx.scene.units[u].end)
}

/// "Russia launched its largest drone attack": the subject of a light verb whose object
/// phrase starts at `start`.
fn light_verb_subject(cx: &Context<'_, '_>, verbs: &[VerbView], start: usize) -> Vec<Actor> {
    let Some(v) = verbs.iter().rev().find(|v| v.last < start) else {
        return Vec::new();
    };
    let light = v.lemma.as_deref().is_some_and(|l| LIGHT_VERBS.contains(&l));
    let adjacent = cx.scene.roles[v.last + 1..start]
        .iter()
        .all(|r| matches!(r, Role::Adv | Role::Np));
    match (light && adjacent, v.subject) {
        // "he ordered 25% tariffs on all Colombian goods": a pronoun subject stands as an
        // uncoded actor on its word, for the article's coreference to resolve.
        (true, Some(s)) if cx.scene.units[s].pronoun => mention_actors(cx, s),
        (true, Some(s)) => group_actors(&cx.scene, s)
            .into_iter()
            .filter(|a| a.code.is_some())
            .collect(),
        _ => Vec::new(),
    }
}
