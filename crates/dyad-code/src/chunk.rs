//! Shallow syntax: a role per token (noun-phrase word, verb, auxiliary, preposition, clause
//! marker...), noun-phrase units with the actors they name, and coordinated groups.
//!
//! Noun/verb ambiguity ("the attack" / "Iran will attack") is decided from the neighbouring
//! roles: after a determiner, possessive, adjective or number a word is a noun; after an
//! auxiliary, modal, negation or "to" it is a verb; after a subject it is a verb.

use chrono::NaiveDate;
use dyad_dict::Dictionaries;
use dyad_segment::{Span, TokenKind};

use crate::Actor;
use crate::actors::{Composed, Piece, PieceKind, base_for, compose, with_agents};
use crate::lexicon::{self, Class, VerbForm};
use crate::sentence::Tok;

/// The syntactic role of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Part of a noun phrase (nouns, names, determiners, adjectives, numbers, pronouns).
    Np,
    Verb,
    Prep,
    /// The infinitive marker (also the preposition "to": decided by what follows).
    To,
    Coord,
    Comma,
    /// A subordinator or relative pronoun starting a clause.
    Sub,
    Aux,
    Modal,
    Neg,
    Adv,
    /// Punctuation that closes a clause (; : quotes, brackets, dashes, final stop).
    Boundary,
}

/// Roles of every token.
pub(crate) fn roles(toks: &[Tok], pieces: &[Piece<'_>], dicts: &Dictionaries) -> Vec<Role> {
    let mut in_piece = vec![false; toks.len()];
    for p in pieces {
        in_piece[p.start..p.end].iter_mut().for_each(|b| *b = true);
    }
    let mut roles = Vec::with_capacity(toks.len());
    for (i, tok) in toks.iter().enumerate() {
        let role = if in_piece[i] {
            Role::Np
        } else {
            let next = toks.get(i + 1);
            base_role(tok, next, i, &roles, toks, dicts, &in_piece)
        };
        roles.push(role);
    }
    join_modifiers(toks, &mut roles);
    participle_modifiers(toks, &mut roles);
    heads_after_participles(toks, &mut roles);
    noun_compounds_of_verbs(toks, &mut roles);
    participles_after_to(toks, &mut roles);
    plural_subjects_before_verbs(toks, &mut roles);
    heads_after_indefinites(toks, &mut roles);
    plural_nouns_in_s(toks, &mut roles);
    compound_heads(toks, &mut roles);
    heads_after_adjectives(toks, &mut roles);
    phrasal_gerunds(toks, &mut roles);
    heads_after_possessives(toks, &mut roles);
    heads_after_coordinated_names(toks, &mut roles);
    heads_after_singular_names(toks, &mut roles);
    acts_after_nationalities(toks, &in_piece, &mut roles);
    plurals_after_names(toks, &in_piece, &mut roles);
    present_statements(toks, &mut roles);
    verbs_after_act_subjects(toks, &mut roles);
    hyphenated_verbs(toks, &mut roles);
    participle_after_verb(toks, &mut roles);
    adverbial_last(toks, &mut roles);
    predicate_intents(toks, &mut roles);
    subordinating_prepositions(toks, &mut roles);
    bracketed_names(toks, &mut roles);
    adverbial_since(toks, &mut roles);
    labels_after_naming_verbs(toks, &mut roles);
    roles
}

/// "called the protesters criminals", "branded the activists traitors": a plural label right
/// after the plural it labels is what they were called, not part of who they are.
fn labels_after_naming_verbs(toks: &[Tok], roles: &mut [Role]) {
    const NAMING: &[&str] = &[
        "call", "calls", "called", "calling", "brand", "brands", "branded", "branding", "label", "labels", "labelled",
        "labeled", "dub", "dubbed",
    ];
    for i in 2..toks.len() {
        let plural_before = roles[i - 1] == Role::Np && toks[i - 1].lower.ends_with('s') && !toks[i - 1].cap;
        let label = roles[i] == Role::Np && toks[i].lower.ends_with('s') && !toks[i].cap;
        let ends_phrase = roles.get(i + 1).is_none_or(|r| *r != Role::Np);
        // The naming verb last: this runs for every token of every sentence.
        let named =
            || (i.saturating_sub(5)..i - 1).any(|j| roles[j] == Role::Verb && NAMING.contains(&toks[j].lower.as_str()));
        if plural_before && label && ends_phrase && named() {
            roles[i] = Role::Adv;
        }
    }
}

/// "India has since restricted Chinese investment": "since" between an auxiliary and its
/// verb is an adverb ("since then"), not a clause opener cutting the verb from its subject.
fn adverbial_since(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len().saturating_sub(1) {
        if toks[i].lower == "since" && roles[i - 1] == Role::Aux && roles[i + 1] == Role::Verb {
            roles[i] = Role::Adv;
        }
    }
}

/// "called the Indian strikes an act of war", "would respond to every American and British
/// attack": after a determiner and names in the dictionaries, a word naming an act is the head
/// noun, not a verb whose subject is a nationality.
fn acts_after_nationalities(toks: &[Tok], in_piece: &[bool], roles: &mut [Role]) {
    const ACTS: &[&str] = &[
        "drills",
        "exercises",
        "sanctions",
        "measures",
        "tariffs",
        "claims",
        "accusations",
    ];
    // "the Indian strikes", "every American and British attack": names (and "and") back to a
    // determiner or quantifier.
    let determined = |i: usize| {
        let mut j = i - 1;
        while j > 0 && ((in_piece[j] && toks[j].cap) || toks[j].lower == "and") {
            j -= 1;
        }
        matches!(toks[j].lower.as_str(), "the" | "every" | "any" | "each" | "an" | "a")
    };
    for i in 2..toks.len() {
        let candidate = roles[i] == Role::Verb && in_piece[i - 1] && toks[i - 1].cap && determined(i);
        let act =
            || crate::events::ACT_NOUNS.contains(&toks[i].lower.as_str()) || ACTS.contains(&toks[i].lower.as_str());
        if candidate && act() {
            roles[i] = Role::Np;
        }
    }
}

/// "struck Hamas positions near its troops", "Houthi targets in Yemen": an -s form that can be a
/// noun, right after a name in the dictionaries and before a preposition or the clause's end,
/// is a plural the name describes, not the name's verb.
fn plurals_after_names(toks: &[Tok], in_piece: &[bool], roles: &mut [Role]) {
    for i in 1..toks.len() {
        if roles[i] != Role::Verb || !in_piece[i - 1] || !toks[i - 1].cap || in_piece[i] {
            continue;
        }
        let before_phrase = toks.get(i + 1).is_none_or(|t| {
            matches!(
                t.lower.as_str(),
                "near" | "in" | "on" | "along" | "inside" | "across" | "," | "."
            )
        });
        // "a charge Israel rejects.": a verb of stance is the name's verb, never its plural.
        let stance = matches!(
            toks[i].lower.as_str(),
            "rejects" | "denies" | "disputes" | "condemns" | "welcomes" | "opposes" | "accuses" | "blames"
        );
        if before_phrase && plural_or_third_person(&toks[i]) && !stance {
            roles[i] = Role::Np;
        }
    }
}

/// "Amnesty International accuses police of…", "the police chief urges protesters to…": the
/// present tense of live pages and headlines. A verb of statement or stance in -s that is
/// (almost) never a plural noun is the verb of the phrase before it, even after a word that
/// can be an adjective ("international", "chief").
fn present_statements(toks: &[Tok], roles: &mut [Role]) {
    const STATEMENTS: &[&str] = &[
        "accuses",
        "urges",
        "warns",
        "condemns",
        "denies",
        "rejects",
        "criticises",
        "criticizes",
        "insists",
        "threatens",
        "welcomes",
        "blames",
        "praises",
        "slams",
        "hails",
        "says",
        "tells",
        "announces",
        "confirms",
        "dismisses",
        "expels",
        "refuses",
        "declares",
        "vows",
    ];
    for i in 1..toks.len() {
        // Every token passes here: the role and suffix tests first.
        if roles[i] == Role::Np
            && roles[i - 1] == Role::Np
            && toks[i].lower.ends_with('s')
            && STATEMENTS.contains(&toks[i].lower.as_str())
        {
            roles[i] = Role::Verb;
        }
    }
}

/// "said the strikes hit camps used by…", "after Pakistani air strikes hit Kabul": a clause
/// opening with a phrase that ends in a plural act or weapon is that subject and its verb, not
/// one noun phrase.
fn verbs_after_act_subjects(toks: &[Tok], roles: &mut [Role]) {
    for i in 2..toks.len() {
        if roles[i] != Role::Np || roles[i - 1] != Role::Np || !toks[i - 1].lower.ends_with('s') {
            continue;
        }
        // The phrase's first word, at most four words back, right after a clause opener.
        let Some(first) = (i.saturating_sub(5)..i)
            .rev()
            .take_while(|&j| roles[j] == Role::Np)
            .last()
        else {
            continue;
        };
        let opens_clause = first == 0
            || toks[first - 1].class == Class::SayVerb
            || matches!(
                toks[first - 1].lower.as_str(),
                "that" | "," | "." | "and" | "but" | "after" | "before" | "when" | "as" | "since"
            );
        let act = || crate::refer::is_act_reference(["the", toks[i - 1].lower.as_str()].into_iter());
        let tensed = || {
            matches!(
                toks[i].form,
                Some(VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Base)
            )
        };
        if opens_clause && act() && tensed() {
            roles[i] = Role::Verb;
        }
    }
}

/// "rejected the original U.S. plan but…", "the Egyptian proposal, …": a bare verb form after
/// a determiner-led phrase ending in a singular name cannot be its verb (that would be
/// "plans"); with no object after it, it is the head noun.
fn heads_after_singular_names(toks: &[Tok], roles: &mut [Role]) {
    for i in 2..toks.len() {
        if roles[i] != Role::Verb || roles[i - 1] != Role::Np {
            continue;
        }
        let bare = match toks[i].form {
            None => true,
            Some(VerbForm::Base) => lexicon::can_be_noun(&toks[i].lower),
            Some(_) => false,
        };
        if !bare {
            continue;
        }
        let name = &toks[i - 1];
        let singular_name = roles[i - 1] == Role::Np && name.cap && !name.lower.ends_with('s');
        // "The Philippines and the Central African Republic agree that…": a coordinated
        // subject is plural.
        let opening = (0..i - 1).rev().take_while(|&j| roles[j] == Role::Np).last();
        let determined =
            opening.is_some_and(|j| toks[j].class == Class::Determiner && (j == 0 || roles[j - 1] != Role::Coord));
        let no_object = toks.get(i + 1).is_none()
            || matches!(roles[i + 1], Role::Coord | Role::Boundary | Role::Comma | Role::Prep);
        if singular_name && determined && no_object {
            roles[i] = Role::Np;
        }
    }
}

/// "attacks on American and British ships in the Red Sea": two coordinated names take a plural
/// verb ("Britain and France ship arms"), so a third-person form in -s right after them
/// cannot be their verb; it is the head noun they describe.
fn heads_after_coordinated_names(toks: &[Tok], roles: &mut [Role]) {
    for i in 3..toks.len() {
        if roles[i] != Role::Verb || roles[i - 2] != Role::Coord || toks[i - 2].lower != "and" {
            continue;
        }
        let names = [i - 1, i - 3].iter().all(|&j| roles[j] == Role::Np && toks[j].cap);
        if names && plural_or_third_person(&toks[i]) {
            roles[i] = Role::Np;
        }
    }
}

/// A word in -s that is a verb's third person or a plural noun ("ships", "targets", "talks"),
/// which a verb of saying never is here.
fn plural_or_third_person(word: &Tok) -> bool {
    word.lower.ends_with('s')
        && word.class != Class::SayVerb
        && word.form == Some(VerbForm::ThirdPerson)
        && lexicon::can_be_noun(&word.lower)
}

/// "is due to hold talks", "is likely to meet", "are ready to negotiate", "stood ready to help":
/// an adjective after a form of "be" (or a linking verb) and before an infinitive works as the
/// verb that governs it (an intention, see `events::INTENT_WORDS`), not as a noun phrase that
/// would become the subject.
fn predicate_intents(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len().saturating_sub(2) {
        let candidate = crate::events::INTENT_WORDS.contains(&toks[i].lower.as_str())
            && roles[i] == Role::Np
            && toks[i + 1].lower == "to"
            && roles[i + 2] == Role::Verb;
        // A form of "be" before it, adverbs allowed between ("is also due to"), or a linking
        // verb ("stood ready to help", "remains willing to").
        let be = || {
            (0..i).rev().find(|&j| roles[j] != Role::Adv).is_some_and(|j| {
                roles[j] == Role::Aux
                    || (roles[j] == Role::Verb
                        && matches!(
                            toks[j].lower.as_str(),
                            "stand" | "stands" | "stood" | "remain" | "remains" | "remained" | "seemed" | "seems"
                        ))
            })
        };
        if candidate && be() {
            roles[i] = Role::Verb;
        }
    }
}

/// "after Russia launched…": a preposition that can open a clause does so when its noun
/// phrase is followed by a verb.
fn subordinating_prepositions(toks: &[Tok], roles: &mut [Role]) {
    for i in 0..toks.len() {
        if roles[i] != Role::Prep || !matches!(toks[i].lower.as_str(), "after" | "before" | "until" | "since" | "as") {
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && roles[j] == Role::Np {
            j += 1;
        }
        if j > i + 1 && j < toks.len() && matches!(roles[j], Role::Verb | Role::Aux | Role::Modal | Role::Adv) {
            roles[i] = Role::Sub;
        }
    }
}

/// "Pashinyan and Aliyev last met": "last" or "first" ending a noun phrase right before its
/// verb is an adverb, not part of the name.
fn adverbial_last(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len().saturating_sub(1) {
        if matches!(toks[i].lower.as_str(), "last" | "first")
            && roles[i] == Role::Np
            && roles[i - 1] == Role::Np
            && toks[i - 1].class == Class::Other
            && matches!(roles[i + 1], Role::Verb | Role::Aux)
        {
            roles[i] = Role::Adv;
        }
        // "fired a missile at Tel Aviv early on Thursday": "early" or "late" after a name and
        // before a time phrase says when, and is no part of the name.
        let time_follows = matches!(toks[i + 1].lower.as_str(), "on" | "in" | "this" | "last" | "next")
            || toks[i + 1].class == Class::Time;
        if matches!(toks[i].lower.as_str(), "early" | "late") && roles[i] == Role::Np && toks[i - 1].cap && time_follows
        {
            roles[i] = Role::Adv;
        }
        // "found former President Jair Bolsonaro guilty of plotting a coup": a verdict after a
        // name is said of it, not part of it.
        if matches!(toks[i].lower.as_str(), "guilty" | "liable" | "innocent") && roles[i] == Role::Np && toks[i - 1].cap
        {
            roles[i] = Role::Adv;
        }
    }
}

/// "Yemen's internationally recognised government", "the newly elected president": an -ly
/// adverb and a participle between a determiner (or possessive) and a noun modify the noun.
fn participle_modifiers(toks: &[Tok], roles: &mut [Role]) {
    for i in 2..toks.len().saturating_sub(1) {
        let opener = &toks[i - 2];
        let opens_phrase =
            opener.kind == TokenKind::Possessive || matches!(opener.class, Class::Determiner | Class::Possessive);
        let participle = matches!(
            toks[i].form,
            Some(VerbForm::Past | VerbForm::PastParticiple | VerbForm::PastOrParticiple)
        );
        if opens_phrase
            && roles[i - 2] == Role::Np
            && toks[i - 1].class == Class::Adverb
            && toks[i - 1].lower.ends_with("ly")
            && participle
            && roles[i] == Role::Verb
            && roles[i + 1] == Role::Np
            && toks[i + 1].kind == TokenKind::Word
            && toks[i + 1].class == Class::Other
        {
            roles[i - 1] = Role::Np;
            roles[i] = Role::Np;
        }
    }
}

/// "the failed attempt to…", "its leaked report blames…": after a determiner (or possessive)
/// and a participle modifying the phrase, a word that may be a noun or a verb is the phrase's
/// noun: a determiner and a participle are never followed by a finite verb. Not when an object
/// follows at once ("the detained say they were beaten": the participle is the noun there).
fn heads_after_participles(toks: &[Tok], roles: &mut [Role]) {
    let past = |t: &Tok| {
        t.lower.ends_with("ed")
            || matches!(
                t.form,
                Some(VerbForm::Past | VerbForm::PastParticiple | VerbForm::PastOrParticiple)
            )
    };
    for i in 2..toks.len() {
        if roles[i] != Role::Verb || roles[i - 1] != Role::Np {
            continue;
        }
        let opener = &toks[i - 2];
        let opens_phrase = roles[i - 2] == Role::Np
            && (opener.kind == TokenKind::Possessive || matches!(opener.class, Class::Determiner | Class::Possessive));
        let modifier = roles[i - 1] == Role::Np && toks[i - 1].kind == TokenKind::Word && past(&toks[i - 1]);
        let object_next = toks.get(i + 1).is_some_and(|n| {
            roles[i + 1] == Role::Np && matches!(n.class, Class::Determiner | Class::Pronoun | Class::Possessive)
        });
        if opens_phrase && modifier && !past(&toks[i]) && !object_next {
            roles[i] = Role::Np;
        }
    }
}

/// "sent search and rescue teams", "deployed attack helicopters": a bare verb form followed
/// at once by a verb form in -s is a compound noun (no verb group is "rescue teams"), when what
/// comes before cannot be their subject (a coordinator, a verb, a preposition, a determiner or
/// adjective). "Rebels attack villages" keeps its verb.
fn noun_compounds_of_verbs(toks: &[Tok], roles: &mut [Role]) {
    for i in 2..toks.len() {
        if roles[i - 1] != Role::Verb || roles[i] != Role::Verb {
            continue;
        }
        let (first, second) = (&toks[i - 1], &toks[i]);
        let bare = matches!(first.form, Some(VerbForm::Base) | None) && !first.lower.ends_with("ed");
        let plural = second.lower.len() > 3
            && second.lower.ends_with('s')
            && !second.lower.ends_with("ss")
            && matches!(second.form, Some(VerbForm::ThirdPerson) | None)
            && second.class != Class::SayVerb;
        let before = &toks[i - 2];
        let no_subject = match roles[i - 2] {
            Role::Coord | Role::Verb | Role::Prep => true,
            Role::Np => matches!(before.class, Class::Determiner | Class::Possessive | Class::Adjective),
            _ => false,
        };
        if bare && plural && no_subject {
            roles[i - 1] = Role::Np;
            roles[i] = Role::Np;
        }
    }
}

/// "sent tents to flooded areas": an infinitive is never a participle, so "to" before a word
/// in -ed (or a past form) that is followed by a noun phrase is the preposition and the word
/// modifies the noun.
fn participles_after_to(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len().saturating_sub(1) {
        if roles[i - 1] != Role::To || roles[i] != Role::Verb {
            continue;
        }
        let (word, form) = (&toks[i].lower, toks[i].form);
        let participle = word.ends_with("ed") || matches!(form, Some(VerbForm::PastParticiple | VerbForm::Past));
        let base_too = matches!(form, Some(VerbForm::Base));
        if participle && !base_too && roles[i + 1] == Role::Np {
            roles[i - 1] = Role::Prep;
            roles[i] = Role::Np;
        }
    }
}

/// "stockpiles of artillery shells ran low", "the strikes killed": a verb form in -s right
/// before a verb in the past (or an auxiliary) is a plural noun, the subject of that verb; no
/// verb in -s is followed at once by a finite verb.
fn plural_subjects_before_verbs(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len().saturating_sub(1) {
        if roles[i] != Role::Verb || roles[i - 1] != Role::Np {
            continue;
        }
        let word = &toks[i];
        let plural = word.lower.len() > 3
            && word.lower.ends_with('s')
            && !word.lower.ends_with("ss")
            && word.class != Class::SayVerb
            && matches!(word.form, Some(VerbForm::ThirdPerson) | None);
        let next = &toks[i + 1];
        let finite_next = match roles[i + 1] {
            Role::Verb => match next.form {
                Some(form) => matches!(form, VerbForm::Past | VerbForm::PastOrParticiple),
                None => next.lower.ends_with("ed"),
            },
            Role::Aux | Role::Modal => true,
            _ => false,
        };
        if plural && finite_next {
            roles[i] = Role::Np;
        }
    }
}

/// A base verb form: "request", "demand"; not "requests", "requested" or "requesting".
fn base_form(tok: &Tok) -> bool {
    let word = tok.lower.as_str();
    match tok.form {
        Some(form) => form == VerbForm::Base,
        None => !(word.ends_with('s') || word.ends_with("ed") || word.ends_with("ing")),
    }
}

/// "considering a South Korean request to resume talks": a base verb form cannot follow a
/// singular subject opened by "a" or "an" (it would be "requests" or "requested"), so right
/// after such a noun phrase it is the phrase's noun.
fn heads_after_indefinites(toks: &[Tok], roles: &mut [Role]) {
    for i in 2..toks.len() {
        if roles[i] != Role::Verb || roles[i - 1] != Role::Np || !base_form(&toks[i]) {
            continue;
        }
        let start = (0..i).rev().find(|&j| roles[j] != Role::Np).map_or(0, |j| j + 1);
        if matches!(toks[start].lower.as_str(), "a" | "an" | "another") && start < i - 1 {
            roles[i] = Role::Np;
        }
    }
}

/// "struck more than 60 Houthi targets", "in response to attacks on shipping": a verb form in
/// -s cannot agree with a phrase counting more than one ("60 Houthi"), nor follow "to" (an
/// infinitive is bare) or another preposition, so there it is a plural noun.
fn plural_nouns_in_s(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len() {
        // "urged action over comments by its consul": nor does one follow a preposition, even
        // a say-verb's ("comments", "remarks").
        let after_preposition = roles[i - 1] == Role::Prep
            && toks[i].lower.ends_with('s')
            && toks[i].form == Some(VerbForm::ThirdPerson)
            && lexicon::can_be_noun(&toks[i].lower);
        if roles[i] == Role::Verb && after_preposition {
            roles[i] = Role::Np;
            continue;
        }
        if roles[i] != Role::Verb || !plural_or_third_person(&toks[i]) {
            continue;
        }
        // "Bangkok is open to talks with Phnom Penh" is read as an intended verb (see
        // `events::readiness`), so "talks" stays one there.
        let readiness = i >= 2 && crate::events::READINESS_WORDS.contains(&toks[i - 2].lower.as_str());
        if roles[i - 1] == Role::To && !readiness {
            roles[i] = Role::Np;
            continue;
        }
        if roles[i - 1] != Role::Np {
            continue;
        }
        let start = (0..i).rev().find(|&j| roles[j] != Role::Np).map_or(0, |j| j + 1);
        let counted = toks[start..i].iter().any(|t| {
            (t.class == Class::Number && !matches!(t.lower.as_str(), "1" | "one"))
                || matches!(
                    t.lower.as_str(),
                    "several" | "many" | "dozens" | "hundreds" | "thousands" | "numerous"
                )
        });
        if counted {
            roles[i] = Role::Np;
        }
    }
}

/// "citing strong consumer demand.", "a rise in the oil price rise", "the parliament building":
/// a base verb form (or, after a determiner, an -ing noun) right
/// after a singular common noun, with nothing after it to be its object, is the last noun of a
/// compound; a singular subject would take "demands" or "demanded". Collective nouns that
/// take a plural verb ("people", "police") keep it.
fn compound_heads(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len().saturating_sub(1) {
        if roles[i] != Role::Verb || roles[i - 1] != Role::Np {
            continue;
        }
        let (noun, word) = (&toks[i - 1], toks[i].lower.as_str());
        let singular = roles[i - 1] == Role::Np
            && noun.class == Class::Other
            && noun.kind == TokenKind::Word
            && !noun.cap
            && !noun.lower.ends_with('s')
            && !matches!(
                noun.lower.as_str(),
                "people" | "police" | "staff" | "militia" | "youth" | "clergy"
            );
        let no_object = matches!(roles[i + 1], Role::Boundary | Role::Comma | Role::Prep | Role::Coord);
        // "set fire to the parliament building and …", "after the cabinet meeting,": after a
        // determiner and a noun, an -ing noun ends the phrase.
        let determined = i >= 2 && matches!(toks[i - 2].class, Class::Determiner | Class::Possessive);
        // Only nouns that name a thing or an occasion: "the police firing at protesters" acts.
        let gerund_noun = determined
            && matches!(
                word,
                "building" | "meeting" | "hearing" | "briefing" | "gathering" | "crossing" | "ceiling" | "wedding"
            );
        if singular && no_object && (base_form(&toks[i]) || gerund_noun) {
            roles[i] = Role::Np;
        }
    }
}

/// "new nationwide protests against the government": a noun/verb word right after an
/// adjective inside a noun phrase is the noun it describes (an adjective does not take a
/// verb after it). Past forms are left alone ("a recently signed deal" is decided elsewhere).
fn heads_after_adjectives(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len() {
        if roles[i] != Role::Verb || roles[i - 1] != Role::Np {
            continue;
        }
        let before = &toks[i - 1];
        let adjective = matches!(before.class, Class::Adjective | Class::Adverb);
        let word = toks[i].lower.as_str();
        let past = word.ends_with("ed")
            || word.ends_with("ing")
            || matches!(
                toks[i].form,
                Some(VerbForm::Past | VerbForm::PastParticiple | VerbForm::PastOrParticiple | VerbForm::Gerund)
            );
        if adjective && !past && toks[i].class != Class::SayVerb {
            roles[i] = Role::Np;
        }
    }
}

/// "pledged continued military support", "voiced renewed concern": a past participle right
/// after a verb and before a common noun phrase modifies that noun; two verbs in a row are
/// not two events.
fn participle_after_verb(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len().saturating_sub(1) {
        if roles[i] != Role::Verb || roles[i - 1] != Role::Verb {
            continue;
        }
        let participle = matches!(
            toks[i].form,
            Some(VerbForm::Past | VerbForm::PastParticiple | VerbForm::PastOrParticiple)
        );
        let noun_follows = roles[i + 1] == Role::Np
            && toks[i + 1].kind == TokenKind::Word
            && !toks[i + 1].cap
            && matches!(toks[i + 1].class, Class::Other | Class::Adjective);
        if participle && !toks[i].cap && noun_follows {
            roles[i] = Role::Np;
        }
    }
}

/// "while ruling out talks", "after calling off the strike": an -ing word listed as an
/// adjective ("the ruling party") followed by a verb particle is the verb.
fn phrasal_gerunds(toks: &[Tok], roles: &mut [Role]) {
    for i in 0..toks.len().saturating_sub(1) {
        if roles[i] == Role::Np
            && toks[i].class == Class::Adjective
            && toks[i].lower.ends_with("ing")
            && matches!(toks[i + 1].lower.as_str(), "out" | "off" | "up" | "down")
        {
            roles[i] = Role::Verb;
            roles[i + 1] = Role::Adv;
        }
    }
}

/// "the foreign minister's remarks", "Russia's attacks continued": right after a possessive
/// "'s" comes the owned noun, never a verb, even a word of saying ("it's", "he's" are not
/// possessives).
fn heads_after_possessives(toks: &[Tok], roles: &mut [Role]) {
    for i in 2..toks.len() {
        if roles[i] == Role::Verb && toks[i - 1].kind == TokenKind::Possessive && toks[i - 2].class != Class::Pronoun {
            roles[i] = Role::Np;
        }
    }
}

/// "North Korea test-fired a missile", "Parliament fast-tracked the bill": a hyphenated past
/// form (read as a modifier, "rebel-held") between a noun phrase and a determiner is the verb.
fn hyphenated_verbs(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len().saturating_sub(1) {
        let word = toks[i].lower.as_str();
        if roles[i] != Role::Np || toks[i].class != Class::Adjective || !word.contains('-') || roles[i - 1] != Role::Np
        {
            continue;
        }
        let determiner_next =
            roles[i + 1] == Role::Np && matches!(toks[i + 1].class, Class::Determiner | Class::Possessive);
        let past = matches!(
            toks[i].form,
            Some(VerbForm::Past | VerbForm::PastParticiple | VerbForm::PastOrParticiple)
        );
        if determiner_next && past {
            roles[i] = Role::Verb;
        }
    }
}

/// "awful and evil minister", "heavily and unjustly": a coordinator between two modifiers
/// stays inside its phrase.
fn join_modifiers(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len().saturating_sub(1) {
        // "More than 40 Bahraini political prisoners": a comparison of quantity is part of the
        // phrase it counts.
        let counted = toks[i + 1].kind == TokenKind::Number || toks[i + 1].class == Class::Number;
        if toks[i].lower == "than" && matches!(toks[i - 1].lower.as_str(), "more" | "fewer" | "less") && counted {
            roles[i] = Role::Np;
            roles[i - 1] = Role::Np;
            continue;
        }
        if roles[i] != Role::Coord {
            continue;
        }
        let (prev, next) = (toks[i - 1].class, toks[i + 1].class);
        if prev == Class::Adjective && next == Class::Adjective {
            roles[i] = Role::Np;
        } else if prev == Class::Adverb && next == Class::Adverb {
            roles[i] = Role::Adv;
        }
    }
}

/// "the European Union (EU)": a short bracketed name right after a noun phrase belongs to it.
fn bracketed_names(toks: &[Tok], roles: &mut [Role]) {
    for i in 1..toks.len() {
        if toks[i].lower != "(" || roles[i - 1] != Role::Np {
            continue;
        }
        let close = (i + 1..toks.len().min(i + 6)).find(|&j| toks[j].lower == ")");
        if let Some(close) = close
            && close > i + 1
            && toks[i + 1..close]
                .iter()
                .all(|t| t.cap || t.kind == TokenKind::Abbreviation)
        {
            roles[i..=close].iter_mut().for_each(|r| *r = Role::Np);
        }
    }
}

/// Whether the place noun at `noun` opens with "the" after at most three lower-case describing
/// words ("the city", "the southern port city", "the besieged eastern town").
fn described_place(toks: &[Tok], noun: usize) -> bool {
    for back in 1..=4.min(noun) {
        let t = &toks[noun - back];
        if t.lower == "the" {
            return true;
        }
        if t.cap || t.form.is_some() || !matches!(t.class, Class::Other | Class::Adjective) {
            return false;
        }
    }
    false
}

fn base_role(
    tok: &Tok,
    next: Option<&Tok>,
    i: usize,
    roles: &[Role],
    toks: &[Tok],
    dicts: &Dictionaries,
    in_piece: &[bool],
) -> Role {
    match tok.kind {
        TokenKind::Punct if tok.lower == "," => return Role::Comma,
        TokenKind::Punct | TokenKind::Quote => return Role::Boundary,
        TokenKind::Possessive | TokenKind::Number => return Role::Np,
        TokenKind::Symbol | TokenKind::Url | TokenKind::Email => return Role::Np,
        _ => {}
    }
    // "in May", "Theresa May": capitalised inside a sentence, "May" is a month or a name.
    if tok.lower == "may" && tok.cap && i > 0 && !toks[i - 1].is_punct("\"") {
        return Role::Np;
    }
    // "will lower its levies", "to free the hostages": an adjective that is also a verb is
    // the verb right after a modal or "to".
    if tok.class == Class::Adjective
        && matches!(roles.last(), Some(Role::Modal | Role::To))
        && dicts.verbs.entries_for(&tok.lower).next().is_some()
    {
        return Role::Verb;
    }
    match tok.class {
        // "have long accused each other": between an auxiliary and a participle, "long" is
        // how long.
        Class::Adjective
            if tok.lower == "long"
                && roles.last() == Some(&Role::Aux)
                && next.is_some_and(|n| {
                    matches!(
                        n.form,
                        Some(VerbForm::Past | VerbForm::PastParticiple | VerbForm::PastOrParticiple)
                    )
                }) =>
        {
            return Role::Adv;
        }
        // "… and Chile's Gabriel Boric all voiced support": "all" or "both" after a name and
        // before a past verb stands apart from the subject; the verb is the clause's.
        Class::Determiner
            if matches!(tok.lower.as_str(), "all" | "both")
                && i > 0
                && toks[i - 1].cap
                && toks[i - 1].kind == TokenKind::Word
                && next.is_some_and(|n| matches!(n.form, Some(VerbForm::Past | VerbForm::PastOrParticiple))) =>
        {
            return Role::Adv;
        }
        Class::Determiner | Class::Possessive | Class::Adjective | Class::Number | Class::Time | Class::Pronoun => {
            if tok.lower == "that" && next.is_some_and(|n| n.class != Class::Other || n.cap) {
                return Role::Sub;
            }
            return Role::Np;
        }
        Class::Preposition if tok.lower == "to" => return Role::To,
        // "at least 27 people": a quantity, not a place.
        Class::Preposition
            if tok.lower == "at" && next.is_some_and(|n| matches!(n.lower.as_str(), "least" | "most")) =>
        {
            return Role::Adv;
        }
        // "thousands of workers", "dozens of soldiers": the head is what is counted.
        Class::Preposition
            if tok.lower == "of"
                && i > 0
                && matches!(
                    toks[i - 1].lower.as_str(),
                    "thousands" | "hundreds" | "dozens" | "scores" | "millions" | "tens"
                ) =>
        {
            return Role::Np;
        }
        // "the port of Odesa", "the southern port city of Odesa": the place is the head.
        Class::Preposition
            if tok.lower == "of"
                && i > 1
                && crate::place::is_place_noun(&toks[i - 1].lower)
                && described_place(toks, i - 1)
                && next.is_some_and(|n| n.cap) =>
        {
            return Role::Np;
        }
        Class::Preposition if tok.lower == "about" && next.is_some_and(|n| n.lower == "to") => return Role::Adv,
        Class::Preposition => return Role::Prep,
        Class::Coordinator => return Role::Coord,
        Class::Subordinator | Class::Relative => return Role::Sub,
        Class::Auxiliary => return Role::Aux,
        Class::Modal => return Role::Modal,
        Class::Negation => return Role::Neg,
        Class::Adverb => {
            // "a nationwide campaign": inside a noun phrase an adverb-looking word is a modifier.
            let inside = after_modifier(i, roles, toks)
                && next.is_some_and(|n| matches!(n.class, Class::Other | Class::Adjective) && !n.cap);
            return if inside { Role::Np } else { Role::Adv };
        }
        // "a state of emergency", "the report": a determiner makes a say-verb a noun.
        Class::SayVerb => {
            // "Rakhine state", "Kaduna State": after a name, a region.
            let region = tok.lower == "state" && i > 0 && toks[i - 1].cap && toks[i - 1].kind == TokenKind::Word;
            // "a state of emergency", "the report": a say-verb after a determiner is a noun; but
            // after an adjective that ends a noun phrase ("the military said", "officials
            // said") a past form is the verb.
            let past = matches!(tok.form, Some(VerbForm::Past | VerbForm::PastOrParticiple));
            let after_adjective = i > 0 && toks[i - 1].class == Class::Adjective;
            let noun = after_modifier(i, roles, toks) && !(past && after_adjective);
            return if region || noun { Role::Np } else { Role::Verb };
        }
        Class::Other => {}
    }
    let mid_sentence_name = tok.cap && i > 0 && !toks[i - 1].is_punct("\"") && !toks[i - 1].is_punct(":");
    if mid_sentence_name {
        return Role::Np;
    }
    let dict_verb = !dicts.verbs.by_form(&tok.lower).is_empty();
    let form = tok.form;
    let past = matches!(
        form,
        Some(VerbForm::Past | VerbForm::PastParticiple | VerbForm::PastOrParticiple | VerbForm::Gerund)
    );
    if !dict_verb && !past {
        return Role::Np;
    }
    // "mushroom hunting trip": a gerund before a common noun modifies it.
    if form == Some(VerbForm::Gerund)
        && roles.last() == Some(&Role::Np)
        && next.is_some_and(|n| n.class == Class::Other && !n.cap && n.kind == TokenKind::Word)
    {
        return Role::Np;
    }
    // "demands from striking farmers": these participles before a plural of people describe them.
    if form == Some(VerbForm::Gerund)
        && matches!(
            tok.lower.as_str(),
            "striking" | "protesting" | "demonstrating" | "warring" | "rioting" | "marching" | "picketing"
        )
        && next
            .is_some_and(|n| n.class == Class::Other && !n.cap && n.kind == TokenKind::Word && n.lower.ends_with('s'))
    {
        return Role::Np;
    }
    let prev_is_piece = i > 0 && in_piece[i - 1];
    if reads_as_noun(tok, i, roles, toks, form, prev_is_piece) {
        Role::Np
    } else {
        Role::Verb
    }
}

/// Whether token `i` follows a determiner, possessive or adjective inside a noun phrase.
fn after_modifier(i: usize, roles: &[Role], toks: &[Tok]) -> bool {
    i > 0
        && roles.last() == Some(&Role::Np)
        && matches!(
            toks[i - 1].class,
            Class::Determiner | Class::Possessive | Class::Adjective
        )
}

/// Noun or verb, for a word that can be a verb, from the roles before it.
fn reads_as_noun(
    tok: &Tok,
    i: usize,
    roles: &[Role],
    toks: &[Tok],
    form: Option<VerbForm>,
    prev_is_piece: bool,
) -> bool {
    let noun_ok = lexicon::can_be_noun(&tok.lower);
    let Some(&prev_role) = roles.last() else {
        return noun_ok
            && !matches!(
                form,
                Some(VerbForm::Past | VerbForm::PastParticiple | VerbForm::PastOrParticiple)
            );
    };
    let prev = &toks[i - 1];
    match prev_role {
        Role::To | Role::Aux | Role::Modal | Role::Neg => false,
        Role::Adv => false,
        Role::Np if prev.cap && attack_noun_before_target(tok, toks.get(i + 1)) => true,
        // "Philippine supply boats", "Iranian oil exports": after a name, a bare noun-able word
        // followed by a common noun is a compound, not the verb.
        Role::Np
            if prev.cap
                && noun_ok
                && form.is_none_or(|f| f == VerbForm::Base)
                && toks.get(i + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && !n.cap
                        && n.class == Class::Other
                        && n.form.is_none_or(|f| f == VerbForm::ThirdPerson)
                }) =>
        {
            true
        }
        // "an Israeli strike", "a Hamas attack": after "a"/"an" and a name, a noun-able word is
        // the head noun.
        Role::Np
            if prev.cap
                && i >= 2
                && matches!(toks[i - 2].lower.as_str(), "a" | "an")
                && noun_ok
                && !matches!(
                    form,
                    Some(VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::PastParticiple)
                ) =>
        {
            true
        }
        // "the Chinese side is willing", "the Russian side said": "side" after "the" and a
        // name is a party, not the verb "to side".
        Role::Np
            if prev.cap && i >= 2 && toks[i - 2].lower == "the" && matches!(tok.lower.as_str(), "side" | "sides") =>
        {
            true
        }
        Role::Np => {
            // A capitalised adjective ends a name ("Amnesty International urged"): not a modifier.
            let modifier = (matches!(
                prev.class,
                Class::Determiner | Class::Possessive | Class::Adjective | Class::Number
            ) && !(prev.cap && prev_is_piece))
                || prev.kind == TokenKind::Possessive
                // "dozens of detained employees": "of" inside a quantity phrase.
                || prev.lower == "of";
            if modifier {
                // "the affected villages", "its planned visit": a participle after a
                // determiner or adjective modifies the noun; but after a number ending a name
                // ("the Group of Seven urged") or an agent word ("the Myanmar military
                // refused"), or before "to" or a new phrase, a past form is the verb.
                let past = matches!(form, Some(VerbForm::Past | VerbForm::PastOrParticiple));
                let phrase_follows = toks.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.class,
                        Class::Determiner | Class::Possessive | Class::Preposition | Class::Number
                    )
                });
                // "the EU's foreign policy chief welcomed Belarus's …": a title that is also an
                // adjective ("chief", "general") ends the phrase as its noun.
                let title = crate::coref::is_person_role(&prev.lower);
                return !(past && (prev.class == Class::Number || prev_is_piece || phrase_follows || title));
            }
            // "peace talks", "air strikes": a common noun before a noun-able word.
            let common_noun = !prev.cap && prev.class == Class::Other && prev.kind == TokenKind::Word;
            // "stockpiles of artillery shells ran low": before a verb, the compound's head.
            let verb_follows = toks.get(i + 1).is_some_and(|n| {
                matches!(n.class, Class::Auxiliary | Class::Modal)
                    || matches!(n.form, Some(VerbForm::Past | VerbForm::PastOrParticiple))
            });
            // "rockets hit a hospital", "prices hit a record", "jets hit Iran's broadcaster": an
            // irregular past right after a plural and before a new phrase is the plural's verb.
            let past_before_object = form == Some(VerbForm::PastOrParticiple)
                && subject_plural(&prev.lower)
                && toks.get(i + 1).is_some_and(|n| {
                    matches!(n.class, Class::Determiner | Class::Possessive | Class::Number)
                        || (n.cap && n.class == Class::Other)
                });
            common_noun
                && (noun_ok || (verb_follows && tok.lower.ends_with('s')))
                && !prev_is_piece
                && !ends_ed(&tok.lower)
                && !plural_subject_agrees(&prev.lower, tok)
                && !past_before_object
        }
        Role::Prep => form != Some(VerbForm::Gerund),
        Role::Verb => noun_ok && form != Some(VerbForm::Gerund),
        Role::Coord => {
            // "a new bombing and shelling offensive": coordinated gerunds inside a noun phrase.
            form == Some(VerbForm::Gerund)
                && i >= 2
                && roles.get(i - 2) == Some(&Role::Np)
                && toks[i - 2].lower.ends_with("ing")
        }
        // "energy, trade and defence": a list of nouns.
        Role::Comma => {
            noun_ok
                && toks
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.class, Class::Coordinator) || n.lower == ",")
        }
        Role::Sub | Role::Boundary => noun_ok && !ends_ed(&tok.lower),
    }
}

/// "the U.S. strikes on Iranian facilities", "Russian attacks against ports": after a name,
/// a plural attack word followed by its target's preposition is the noun.
fn attack_noun_before_target(tok: &Tok, next: Option<&Tok>) -> bool {
    matches!(
        tok.lower.as_str(),
        "strikes" | "attacks" | "raids" | "airstrikes" | "air-strikes" | "bombings" | "assaults" | "sanctions"
    ) && next.is_some_and(|n| matches!(n.lower.as_str(), "on" | "against"))
}

/// Plurals that usually modify the next noun ("arms deal", "war crimes charge").
const MODIFYING_PLURALS: &[&str] = &[
    "arms",
    "weapons",
    "rights",
    "news",
    "customs",
    "goods",
    "sales",
    "affairs",
    "sports",
    "drugs",
    "crimes",
    "elections",
    "talks",
];

/// "protesters stage a sit-in", "rebels shell the town": a plural noun followed by a bare
/// verb form agrees with it as subject and verb. Plurals that usually modify the next noun
/// ("arms deal", "war crimes charge") are the exception.
fn plural_subject_agrees(prev: &str, word: &Tok) -> bool {
    subject_plural(prev) && !word.lower.ends_with('s') && word.form.is_none_or(|f| f == VerbForm::Base)
}

/// A plural noun that can be a subject, not one that usually modifies the next noun.
fn subject_plural(prev: &str) -> bool {
    let plural = (prev.len() > 3 && prev.ends_with('s') && !prev.ends_with("ss") && !prev.ends_with("us"))
        || matches!(prev, "police" | "people" | "personnel");
    plural && !MODIFYING_PLURALS.contains(&prev)
}

fn ends_ed(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed")
}

/// A noun phrase (or an agent phrase with its "of Gondor" complement) and the actors it names.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// Tokens `start..end`.
    pub start: usize,
    pub end: usize,
    /// Actors named: one per code; uncoded names give one actor with `code: None`.
    pub actors: Vec<Actor>,
    pub pronoun: bool,
    /// Only time words and numbers ("on Thursday", "last week").
    pub time: bool,
    /// The coordinated group this unit belongs to.
    pub group: usize,
    /// What a coordinated agent phrase takes from this one (see `Composed::shared`).
    pub shared: Option<String>,
    /// Agent codes when the unit names only agents: (prefix agents, suffix agents).
    pub agents_only: Option<(Vec<String>, Vec<String>)>,
    /// Suffix agents of the phrase ("Ukrainian delegations" → GOV), shared back to a bare
    /// coordinated adjective ("Russian and Ukrainian delegations").
    pub suffixes: Vec<String>,
    /// Joined to the previous unit by a coordinator (a list), not only by commas (an apposition).
    pub coordinated: bool,
}

impl Unit {
    pub fn is_actor(&self) -> bool {
        !self.actors.is_empty()
    }

    /// Names only what the dictionaries do not know (a capitalised name, uncoded).
    fn uncoded_name(&self) -> bool {
        self.is_actor() && self.actors.iter().all(|a| a.code.is_none())
    }
}

/// Noun-phrase units of the sentence, in order, with "agent of/in/from actor" merged and
/// coordination groups assigned.
pub(crate) fn units(
    toks: &[Tok],
    roles: &[Role],
    pieces: &[Piece<'_>],
    date: Option<NaiveDate>,
    literal: bool,
) -> Vec<Unit> {
    let mut raw: Vec<(usize, usize, Composed)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if roles[i] != Role::Np {
            i += 1;
            continue;
        }
        let start = i;
        // A dictionary name is never split: "the International Committee of the Red Cross".
        let in_name = |i: usize| pieces.iter().any(|p| p.start < i && i < p.end);
        let continues = |i: usize| literal || i <= start || in_name(i) || !starts_new_phrase(toks, i);
        while i < toks.len() && roles[i] == Role::Np && continues(i) {
            i += 1;
        }
        let inside: Vec<Piece<'_>> = pieces
            .iter()
            .filter(|p| p.start >= start && p.end <= i)
            .filter(|p| {
                literal
                    || !matches!(p.kind, PieceKind::Agent(_))
                    || heads_phrase(toks, pieces, p.end, i)
                    || owned_thing(toks, pieces, start, p, i)
            })
            .copied()
            .collect();
        let mut composed = compose(&inside, date);
        if composed.metonym && named_after_place(&toks[start..i]) {
            composed = Composed::default();
        }
        raw.push((start, i, composed));
    }
    let mut units: Vec<Unit> = Vec::with_capacity(raw.len());
    let mut k = 0;
    while k < raw.len() {
        let (start, end, composed) = &raw[k];
        let agents_only = composed.codes.is_empty() && composed.is_actor();
        // "the head of the African Union mission": the one who leads a coded body acts for it.
        let leader = !agents_only && composed.codes.is_empty() && leader_of(&toks[*start..*end], toks.get(*end));
        if (agents_only || leader)
            && let Some((last, named)) = agent_complement(toks, roles, &raw, k)
        {
            if agents_only {
                share_complement(&mut units, toks, roles, *start, &named);
            }
            let actors = named
                .iter()
                .map(|(code, span, entity, fin, metonym)| Actor {
                    span: Span::new(toks[*start].span.start, span.end),
                    // The leader is the body's; agents combine with the complement's code.
                    code: Some(if leader {
                        code.clone()
                    } else {
                        complement_code(code, *fin, *metonym, &composed.prefixes, &composed.agents)
                    }),
                    agents: Vec::new(),
                    entity: entity.clone(),
                    person: leader,
                })
                .collect();
            units.push(unit(toks, *start, raw[last].1, actors));
            k = last + 1;
            continue;
        }
        if let Some(body) = members_of(toks, &raw, k) {
            let (s, e, c) = &raw[body];
            let whole = Span::new(toks[*start].span.start, toks[*e - 1].span.end);
            let actors = actors_of(toks, *s, *e, c)
                .into_iter()
                .map(|a| Actor { span: whole, ..a })
                .collect();
            let mut u = unit(toks, *start, *e, actors);
            u.agents_only = Some((c.prefixes.clone(), c.agents.clone()));
            units.push(u);
            k = body + 1;
            continue;
        }
        let actors = actors_of(toks, *start, *end, composed);
        let mut u = unit(toks, *start, *end, actors);
        u.shared = composed.shared.clone();
        u.suffixes = composed.suffixes.clone();
        if agents_only {
            u.agents_only = Some((composed.prefixes.clone(), composed.agents.clone()));
        }
        units.push(u);
        k += 1;
    }
    assign_groups(&mut units, toks, roles);
    counted_nationals(&mut units, toks);
    share_country(&mut units);
    share_head(&mut units, toks);
    known_as(&mut units, toks);
    possessive_owner(&mut units, toks);
    conflict_parties(&mut units, toks);
    numbered_reference(&mut units, toks, roles);
    units
}

/// "the warring parties", "all parties", "both parties": the sides of a conflict, not
/// political parties (PTY) of whatever country the sentence names.
fn conflict_parties(units: &mut [Unit], toks: &[Tok]) {
    for unit in units.iter_mut() {
        // Only phrases ending in "parties" are looked at word by word (every unit passes here).
        if unit.end <= unit.start || unit.end - unit.start > 4 || toks[unit.end - 1].lower != "parties" {
            continue;
        }
        let words: Vec<&str> = toks[unit.start..unit.end].iter().map(|t| t.lower.as_str()).collect();
        let sides = matches!(
            words.as_slice(),
            ["all" | "both", "parties"]
                | ["all", "the" | "warring", "parties"]
                | ["all", "the", "warring", "parties"]
                | ["the", "two" | "warring" | "rival", "parties"]
        );
        let party = |a: &Actor| a.code.as_deref() == Some("PTY") || a.agents.iter().all(|g| g == "PTY");
        // Still a party to the verb's pattern ("urge + to stop"), with no code of its own.
        if sides && !unit.actors.is_empty() && unit.actors.iter().all(party) {
            unit.actors.truncate(1);
            unit.actors[0].code = None;
            unit.actors[0].agents.clear();
            unit.agents_only = None;
        }
    }
}

/// "The Group to Support Islam and Muslims, known as JNIM, said…": an uncoded name takes the
/// code of the name it is "known as".
fn known_as(units: &mut [Unit], toks: &[Tok]) {
    for k in 1..units.len() {
        let start = units[k].start;
        let known = start >= 3
            && toks[start - 1].lower == "as"
            && toks[start - 2].lower == "known"
            && (toks[start - 3].lower == "," || (toks[start - 3].lower == "also" && start >= 4));
        let Some(code) = units[k].actors.iter().find_map(|a| a.code.clone()).filter(|_| known) else {
            continue;
        };
        let comma = (0..start).rev().find(|&i| toks[i].lower == ",");
        let Some(before) = (0..k).rev().find(|&j| Some(units[j].end) == comma) else {
            continue;
        };
        let named = &mut units[before];
        if named.actors.iter().all(|a| a.code.is_none() && a.agents.is_empty())
            && let Some(a) = named.actors.first_mut()
        {
            a.code = Some(code);
        }
    }
}

/// "the two leaders met", "the three countries": the last N distinct actors named before, in
/// the same sentence (leaders keep their codes, countries are reduced to the country).
fn numbered_reference(units: &mut [Unit], toks: &[Tok], roles: &[Role]) {
    for k in 1..units.len() {
        // "Saudi Arabia and Qatar urged both sides": the subject of the verb whose object the
        // phrase is cannot be what it names; look before that subject (or leave it to the
        // article, which knows the earlier sentences).
        let verb_between = units[k - 1].end < units[k].start
            && roles[units[k - 1].end..units[k].start]
                .iter()
                .all(|r| matches!(r, Role::Verb | Role::Aux | Role::Modal | Role::Adv | Role::Neg));
        let before = if verb_between {
            let group = units[k - 1].group;
            units[..k].iter().position(|u| u.group == group).unwrap_or(k - 1)
        } else {
            k
        };
        let words: Vec<&str> = toks[units[k].start..units[k].end]
            .iter()
            .map(|t| t.lower.as_str())
            .collect();
        let (n, head) = match words.as_slice() {
            ["the", "two", head] | ["both", head] => (2, *head),
            // "hosted officials from Hamas and the Palestinian Authority, where the rival
            // factions signed a declaration".
            ["the", "rival" | "warring", head] => (2, *head),
            ["the", "three", head] => (3, *head),
            _ => continue,
        };
        let countries = matches!(head, "countries" | "nations" | "states" | "neighbours" | "neighbors");
        let people = matches!(
            head,
            "leaders"
                | "sides"
                | "governments"
                | "ministers"
                | "presidents"
                | "delegations"
                | "armies"
                | "men"
                | "factions"
                | "parties"
        );
        if !(countries || people) || units[k].actors.iter().any(|a| a.code.is_some()) {
            continue;
        }
        // "Spain, Ireland and Norway recognised a Palestinian state, prompting Israel to recall
        // its ambassadors from the three countries": a list of exactly n comes first.
        let Some(found) =
            numbered_list(&units[..before], n, countries).or_else(|| last_named(&units[..before], n, countries))
        else {
            continue;
        };
        let span = Span::new(toks[units[k].start].span.start, toks[units[k].end - 1].span.end);
        units[k].actors = found
            .into_iter()
            .map(|code| Actor {
                span,
                code: Some(code),
                agents: Vec::new(),
                entity: None,
                person: false,
            })
            .collect();
    }
}

/// An actor's code, reduced to its country when counting countries.
fn counted_code(code: &str, countries: bool) -> &str {
    if countries {
        crate::country_of(code).unwrap_or(code)
    } else {
        code
    }
}

/// The last `n` distinct coded actors named in `units`, in sentence order.
fn last_named(units: &[Unit], n: usize, countries: bool) -> Option<Vec<String>> {
    let mut found: Vec<String> = Vec::new();
    for a in units.iter().rev().flat_map(|u| u.actors.iter().rev()) {
        let Some(code) = a.code.as_deref() else { continue };
        let code = counted_code(code, countries);
        if !found.iter().any(|c| c == code) {
            found.push(code.to_string());
        }
        if found.len() == n {
            found.reverse();
            return Some(found);
        }
    }
    None
}

/// The codes of the last coordinated group of exactly `n` coded actors, in sentence order.
fn numbered_list(units: &[Unit], n: usize, countries: bool) -> Option<Vec<String>> {
    let mut groups: Vec<usize> = units.iter().map(|u| u.group).collect();
    groups.dedup();
    groups.into_iter().rev().find_map(|g| {
        let mut codes: Vec<String> = Vec::new();
        for a in units.iter().filter(|u| u.group == g).flat_map(|u| u.actors.iter()) {
            let Some(code) = a.code.as_deref() else { continue };
            let code = counted_code(code, countries);
            if !codes.iter().any(|c| c == code) {
                codes.push(code.to_string());
            }
        }
        (codes.len() == n).then_some(codes)
    })
}

/// "Russian and Ukrainian delegations": a bare country adjective coordinated with a phrase
/// whose head is an agent shares that head (RUSGOV, UKRGOV). So does each adjective of a
/// longer list, joined by a comma to one that took the head ("the Malian, Burkinabe and
/// Nigerien juntas").
fn share_head(units: &mut [Unit], toks: &[Tok]) {
    let mut took_head = vec![false; units.len()];
    for k in (0..units.len().saturating_sub(1)).rev() {
        let next = &units[k + 1];
        let joined = next.coordinated || took_head[k + 1];
        if !joined || next.group != units[k].group || next.suffixes.is_empty() {
            continue;
        }
        let suffixes = next.suffixes.clone();
        let u = &mut units[k];
        // "his Pakistani and Afghan counterparts": a determiner before the name is no head.
        let first = (u.start..u.end)
            .find(|&i| !matches!(toks[i].class, Class::Determiner | Class::Possessive))
            .unwrap_or(u.start);
        let bare = u.end - first == 1 && toks[first].cap && u.suffixes.is_empty() && u.actors.len() == 1;
        if !bare {
            continue;
        }
        if let Some(a) = u.actors.first_mut()
            && let Some(code) = &a.code
            && code.len() == 3
        {
            a.code = Some(with_agents(code, &[], &suffixes));
            u.suffixes = suffixes;
            took_head[k] = true;
        }
    }
}

/// "Moscow denied that its forces…": an agent phrase owned by a possessive pronoun takes the
/// country of the nearest actor before it.
fn possessive_owner(units: &mut [Unit], toks: &[Tok]) {
    for k in 1..units.len() {
        if !matches!(toks[units[k].start].lower.as_str(), "its" | "their" | "his" | "her") {
            continue;
        }
        // "his country would sever relations": the country of the one it belongs to.
        let own_country = units[k].end - units[k].start == 2
            && units[k].actors.is_empty()
            && matches!(toks[units[k].end - 1].lower.as_str(), "country" | "nation");
        // "The Israeli military said its aircraft had struck…": the owner's weapons are the
        // owner acting.
        let own_weapons = units[k].end - units[k].start == 2
            && units[k].actors.is_empty()
            && matches!(
                toks[units[k].end - 1].lower.as_str(),
                "aircraft" | "jets" | "warplanes" | "drones" | "warships" | "artillery"
            );
        if own_weapons {
            let owner = units[..k]
                .iter()
                .rev()
                .flat_map(|u| u.actors.iter())
                .find(|a| a.code.is_some());
            if let Some(code) = owner.and_then(|a| a.code.clone()) {
                let owned = owned_actor(toks, &units[k], code);
                units[k].actors.push(owned);
            }
            continue;
        }
        let Some((prefixes, agents)) = units[k]
            .agents_only
            .clone()
            .or_else(|| own_country.then(|| (Vec::new(), Vec::new())))
        else {
            continue;
        };
        let owner = units[..k]
            .iter()
            .rev()
            .flat_map(|u| u.actors.iter())
            .find_map(|a| a.code.as_deref().filter(|c| crate::country_of(c).is_some()));
        let Some(owner) = owner.map(str::to_string) else {
            continue;
        };
        // "JNIM said its fighters had destroyed…": a non-state group's members are the group.
        if !own_country && crate::events::has_sector(&owner, &["REB", "INS", "SEP", "CRM"]) {
            if let Some(a) = units[k].actors.first_mut() {
                a.code = Some(owner);
                a.agents.clear();
            }
            continue;
        }
        let country = crate::country_of(&owner).unwrap_or_default().to_string();
        if own_country {
            let owned = owned_actor(toks, &units[k], country);
            units[k].actors.push(owned);
        } else {
            // "opposition leader Kizza Besigye … his party": an opposition figure's party is in
            // opposition too. The nearest actor may still lack its country here.
            let nearest = units[..k].iter().rev().flat_map(|u| u.actors.first()).next();
            let opposition = nearest.is_some_and(|a| {
                a.code
                    .as_deref()
                    .is_some_and(|c| crate::events::has_sector(c, &["OPP"]))
                    || a.agents.iter().any(|g| g == "OPP")
            });
            let agents = crate::actors::owned_party_sectors(&agents, opposition);
            if let Some(a) = units[k].actors.first_mut() {
                a.code = Some(with_agents(&country, &prefixes, &agents));
                a.agents.clear();
            }
        }
    }
}

/// The owner's code on the whole of an owned phrase ("its aircraft", "his country").
fn owned_actor(toks: &[Tok], unit: &Unit, code: String) -> Actor {
    Actor {
        span: Span::new(toks[unit.start].span.start, toks[unit.end - 1].span.end),
        code: Some(code),
        agents: Vec::new(),
        entity: None,
        person: false,
    }
}

/// "the missiles killed…": a verb form right after the phrase, which is then its subject (not
/// "condemned the detention of…").
fn verb_follows(toks: &[Tok], end: usize) -> bool {
    toks.get(end).is_some_and(|t| {
        !matches!(t.class, Class::Preposition | Class::Determiner | Class::Coordinator)
            && t.form.is_some_and(|f| f != VerbForm::Gerund)
    })
}

/// "a loan to the country", "sanctions on the nation": "the country" as a party to an act;
/// not "left the country", "across the country", where it is a place.
fn country_as_party(toks: &[Tok], start: usize) -> bool {
    start > 0
        && matches!(
            toks[start - 1].lower.as_str(),
            "to" | "on" | "against" | "with" | "toward" | "towards"
        )
}

/// Gives agent-only actors ("protesters", "police") the country of the sentence when every
/// coded actor in it belongs to one country.
pub(crate) fn infer_country(units: &mut [Unit], toks: &[Tok]) {
    // "In Oujda, near the Algerian border, protesters threw stones": a border names the
    // neighbour, not the country of those acting by it.
    let border = |u: &Unit| matches!(toks[u.end - 1].lower.as_str(), "border" | "borders" | "frontier");
    let mut countries = units
        .iter()
        .filter(|u| !border(u))
        .flat_map(|u| u.actors.iter())
        .filter_map(|a| a.code.as_deref().and_then(crate::country_of));
    let Some(first) = countries.next().map(str::to_string) else {
        return;
    };
    if countries.any(|c| c != first) {
        return;
    }
    for u in units.iter_mut() {
        // "Western intelligence services", "foreign diplomats": said to be from elsewhere.
        let elsewhere = toks[u.start..u.end].iter().any(|t| from_elsewhere(&t.lower));
        if elsewhere {
            continue;
        }
        // "Druze gunmen": attackers a name describes are no longer unidentified.
        let named = (u.start.max(1)..u.end.saturating_sub(1)).any(|i| toks[i].cap && toks[i].class != Class::Adjective);
        for a in u.actors.iter_mut() {
            // Unidentified attackers ("gunmen") have no known country.
            if a.code.is_none() && !a.agents.is_empty() && (named || !a.agents.iter().any(|g| g == "UAF")) {
                // The agents stay: they mark the country as inferred, which coreference may
                // overrule ("The minister, who arrived from Qatar, …" is the earlier minister).
                a.code = Some(with_agents(&first, &[], &a.agents));
            }
        }
    }
}

/// A modifier saying an agent is not of the country around it ("Western intelligence
/// services", "foreign diplomats"), or of no known country ("unidentified gunmen").
pub(crate) fn from_elsewhere(word: &str) -> bool {
    matches!(
        word,
        "western"
            | "foreign"
            | "international"
            | "overseas"
            | "outside"
            | "external"
            | "unidentified"
            | "unknown"
            // "deported dozens of sub-Saharan migrants": people come from elsewhere.
            | "sub-saharan"
            | "migrant"
            | "migrants"
    )
}

/// "Lawmakers and officials in Fornost and Gondor": agent phrases coordinated before the one
/// with the complement take the same complement.
fn share_complement(units: &mut [Unit], toks: &[Tok], roles: &[Role], start: usize, named: &[Named]) {
    let mut next_start = start;
    for u in units.iter_mut().rev() {
        let joined = u.end < next_start
            && roles[u.end..next_start]
                .iter()
                .all(|r| matches!(r, Role::Comma | Role::Coord));
        let Some((prefixes, agents)) = u.agents_only.clone() else {
            break;
        };
        if !joined {
            break;
        }
        u.actors = named
            .iter()
            .map(|(code, _, entity, fin, metonym)| Actor {
                span: Span::new(toks[u.start].span.start, toks[u.end - 1].span.end),
                code: Some(complement_code(code, *fin, *metonym, &prefixes, &agents)),
                agents: Vec::new(),
                entity: entity.clone(),
                person: false,
            })
            .collect();
        next_start = u.start;
    }
}

fn complement_code(code: &str, fin: bool, metonym: bool, prefixes: &[String], agents: &[String]) -> String {
    if fin {
        return code.to_string();
    }
    with_agents(&base_for(code, metonym, agents), prefixes, agents)
}

/// "released six Americans", "two Britons were detained": a number and a plural name of a
/// nationality count people, civilians of that country, not its state.
fn counted_nationals(units: &mut [Unit], toks: &[Tok]) {
    for unit in units.iter_mut() {
        let words = &toks[unit.start..unit.end];
        // Only an exact number: the gold set codes "dozens of Palestinians" as the country.
        let [count, people] = words else { continue };
        let counted = count.kind == TokenKind::Number || matches!(count.class, Class::Number);
        let plural = people.cap && people.lower.ends_with('s');
        if !counted || !plural {
            continue;
        }
        for actor in unit.actors.iter_mut() {
            if let Some(code) = actor.code.as_mut().filter(|c| c.len() == 3) {
                code.push_str("CVL");
            }
        }
    }
}

/// "Danish media and government": an agent phrase coordinated after a phrase with a country
/// takes that country (and its other modifiers).
fn share_country(units: &mut [Unit]) {
    for k in 1..units.len() {
        let Some((prefixes, agents)) = units[k].agents_only.clone() else {
            continue;
        };
        let group = units[k].group;
        let shared = units[..k]
            .iter()
            .rev()
            .take_while(|u| u.group == group)
            .find_map(|u| u.shared.clone());
        if let Some(shared) = shared {
            let span = units[k].actors.first().map(|a| a.span);
            if let Some(span) = span {
                units[k].actors = vec![Actor {
                    span,
                    code: Some(with_agents(&shared, &prefixes, &agents)),
                    agents: Vec::new(),
                    entity: None,
                    person: false,
                }];
            }
        }
    }
}

/// "a Malian army convoy", "Philippine navy boats": an agent word after a country, before a
/// noun that ends the phrase and names a crewed vehicle, unit or post, stands for the crew
/// (MLIMIL).
/// Places and things ("British military targets", "army headquarters") stay the country's;
/// without a country ("military targets") the agent is no actor.
fn owned_thing(toks: &[Tok], pieces: &[Piece<'_>], start: usize, agent: &Piece<'_>, end: usize) -> bool {
    const CREWED: &[&str] = &[
        "convoy",
        "convoys",
        "patrol",
        "patrols",
        "boat",
        "boats",
        "vessel",
        "vessels",
        "ship",
        "ships",
        "jet",
        "jets",
        "aircraft",
        "plane",
        "planes",
        "helicopter",
        "helicopters",
        "unit",
        "units",
        "column",
        "columns",
        "vehicle",
        "vehicles",
        "crew",
        "crews",
        // Manned positions: "seized 25 Pakistani army posts" is aimed at the soldiers in them.
        "post",
        "posts",
        "outpost",
        "outposts",
        "checkpoint",
        "checkpoints",
        "garrison",
        "garrisons",
    ];
    let country_before = pieces
        .iter()
        .any(|p| p.start >= start && p.end <= agent.start && matches!(p.kind, PieceKind::Actor(_)));
    // "a Malian army convoy escorting fuel tankers": a participle after the crewed noun
    // describes it; the convoy is still the phrase's head.
    let head_ends = agent.end + 1 == end
        || toks
            .get(agent.end + 1)
            .is_some_and(|t| t.lower.ends_with("ing") && t.form == Some(VerbForm::Gerund));
    country_before && agent.end < end && head_ends && CREWED.contains(&toks[agent.end].lower.as_str())
}

/// An agent word names the phrase's head only when nothing but names, other dictionary
/// phrases or a possessive follow it: "military targets" is not the military.
fn heads_phrase(toks: &[Tok], pieces: &[Piece<'_>], from: usize, end: usize) -> bool {
    // "President Alexander Stubb's visit": what follows a possessive is another phrase.
    let end = (from..end)
        .find(|&j| toks[j].kind == TokenKind::Possessive)
        .unwrap_or(end);
    (from..end).all(|j| {
        toks[j].cap
            || toks[j].class != Class::Other
            || toks[j].kind != TokenKind::Word
            || pieces.iter().any(|p| p.start <= j && j < p.end)
            // "Philippine navy personnel": a head naming only people of the agent before it.
            || matches!(toks[j].lower.as_str(), "personnel" | "staff" | "members" | "officers" | "units")
    })
}

/// "the Doha declaration", "the Minsk agreements", "the Astana process": a document or
/// process named after the city where it was made; the city stands for no government here.
fn named_after_place(words: &[Tok]) -> bool {
    words.len() > 1
        && words.last().is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "declaration"
                    | "declarations"
                    | "agreement"
                    | "agreements"
                    | "accord"
                    | "accords"
                    | "process"
                    | "format"
                    | "protocol"
                    | "protocols"
                    | "communique"
                    | "memorandum"
                    | "framework"
                    | "talks"
                    | "summit"
            )
        })
}

/// A complement actor: code, span, entity, whether the code is final, whether a metonym.
type Named = (String, Span, Option<String>, bool, bool);

/// "gave Venezuela an ultimatum": an article after a noun starts the next noun phrase.
fn starts_new_phrase(toks: &[Tok], i: usize) -> bool {
    // "on Monday they would…": a subject pronoun opens a phrase of its own (capitalised
    // inside a sentence it is a name: "Vice Premier He Lifeng").
    if !toks[i].cap && matches!(toks[i].lower.as_str(), "they" | "he" | "she" | "we") {
        return true;
    }
    // "said last week it would resume funding": after a time word "it" is a subject too (after
    // other words it may be an object: "struck it").
    if toks[i].lower == "it" && toks[i - 1].class == Class::Time {
        return true;
    }
    // "granted him political asylum", "sold them drones": an object pronoun is a phrase of
    // its own, never a modifier of the noun after it ("her" may be a possessive).
    if !toks[i - 1].cap && matches!(toks[i - 1].lower.as_str(), "him" | "them" | "us" | "me" | "it") {
        return true;
    }
    // "struck Gaza last week", "a loan to the country this month": a time phrase is not part of
    // the noun phrase before it ("the last week" is).
    let relative_time = matches!(toks[i].lower.as_str(), "last" | "this" | "next")
        && toks.get(i + 1).is_some_and(|t| t.class == Class::Time)
        && toks.get(i + 2).is_none_or(|t| t.kind != TokenKind::Possessive)
        && !matches!(toks[i - 1].class, Class::Determiner | Class::Possessive);
    if relative_time {
        return true;
    }
    matches!(toks[i].lower.as_str(), "a" | "an" | "the")
        && !matches!(
            toks[i - 1].class,
            Class::Determiner | Class::Number | Class::Pronoun | Class::Possessive | Class::Adverb
        )
        && toks[i - 1].kind != TokenKind::Possessive
}

/// "leaders of the main opposition parties", "members of the ruling party": people of a body
/// named by its agents alone are that body (BGDOPP, not the government "leaders" says by
/// itself). The index of the body's chunk.
fn members_of(toks: &[Tok], raw: &[(usize, usize, Composed)], k: usize) -> Option<usize> {
    const MEMBERS: &[&str] = &["leaders", "members", "representatives", "delegates", "heads"];
    let (start, end, _) = &raw[k];
    let (body_start, _, body) = raw.get(k + 1)?;
    // Asked of every chunk: the cheap tests first, without collecting its words.
    let head = match &toks[*start..*end] {
        [head] => head.lower.as_str(),
        [det, head] if matches!(det.lower.as_str(), "the" | "senior" | "some" | "several" | "top") => {
            head.lower.as_str()
        }
        _ => return None,
    };
    let of = toks.get(*end).is_some_and(|t| t.lower == "of") && *body_start == end + 1;
    (MEMBERS.contains(&head) && of && body.codes.is_empty() && !body.agents.is_empty()).then_some(k + 1)
}

/// "the head of", "its chief of", "the leader of": a phrase naming only the person who leads
/// what the "of" phrase after it names.
fn leader_of(words: &[Tok], next: Option<&Tok>) -> bool {
    let leader = |t: &Tok| {
        matches!(
            t.lower.as_str(),
            "head" | "chief" | "leader" | "chairman" | "chairwoman" | "boss"
        )
    };
    let article = |t: &Tok| matches!(t.lower.as_str(), "the" | "a" | "its" | "their");
    next.is_some_and(|t| t.lower == "of")
        && match words {
            [head] => leader(head),
            [det, head] => article(det) && leader(head),
            _ => false,
        }
}

/// "government of Gondor", "lawmakers in Fornost and Gondor", "soldiers from Gondor": the
/// index of the last chunk used and the actor codes of the complement.
fn agent_complement(
    toks: &[Tok],
    roles: &[Role],
    raw: &[(usize, usize, Composed)],
    k: usize,
) -> Option<(usize, Vec<Named>)> {
    let (start, end) = (raw[k].0, raw[k].1);
    let prep = toks.get(end)?;
    if !matches!(prep.lower.as_str(), "of" | "in" | "from" | "for") {
        return None;
    }
    // "recalled their ambassadors from Algeria": agents already owned by a possessive are the
    // owner's; "from Algeria" is where they leave, not whose they are.
    if prep.lower == "from" && matches!(toks[start].lower.as_str(), "their" | "its" | "his" | "her" | "our") {
        return None;
    }
    let mut found = Vec::new();
    let mut last = k;
    let mut at = k + 1;
    let mut expect_start = end + 1;
    while let Some((s, e, c)) = raw.get(at) {
        if *s != expect_start || c.codes.is_empty() {
            break;
        }
        for code in &c.codes {
            found.push((
                code.clone(),
                Span::new(toks[*s].span.start, toks[*e - 1].span.end),
                c.entity.clone(),
                c.final_code,
                c.metonym,
            ));
        }
        last = at;
        // Continue over ", " / "and" to a coordinated complement.
        let mut j = *e;
        while j < toks.len() && matches!(roles[j], Role::Comma | Role::Coord) {
            j += 1;
        }
        if j == *e {
            break;
        }
        expect_start = j;
        at += 1;
    }
    (!found.is_empty()).then_some((last, found))
}

/// The name in "Armenian Prime Minister Nikol Pashinyan": unknown capitalised words after a
/// one-person title. The dictionaries code such a phrase by its country and title alone, but it
/// names a person, whom a later "Pashinyan" or "he" refers to.
fn titled_name(toks: &[Tok], start: usize, end: usize) -> Option<String> {
    let mut first = end;
    while first > start
        && toks[first - 1].cap
        && toks[first - 1].class == Class::Other
        && !crate::coref::is_person_role(&toks[first - 1].lower)
    {
        first -= 1;
    }
    let names = end - first;
    let title = first.checked_sub(1).filter(|&t| t >= start)?;
    // "journalist Evan Gershkovich" names a person as "President William Ruto" does, so that
    // "Gershkovich" and "he" find him later.
    let title_word = &toks[title].lower;
    let named = (1..=3).contains(&names)
        && (crate::coref::is_person_role(title_word) || PERSON_NOUNS.contains(&title_word.as_str()));
    // Tokens keep only their lower-case form; the words were capitalised, so capitalise back.
    named.then(|| {
        toks[first..end]
            .iter()
            .map(|t| capitalised(&t.lower))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Heads of phrases naming securities, currencies and markets.
const MARKET_NOUNS: &[&str] = &[
    "bonds",
    "stocks",
    "shares",
    "equities",
    "markets",
    "currency",
    "currencies",
    "peso",
    "rupee",
    "lira",
    "rouble",
    "ruble",
    "yuan",
    "yen",
    "rand",
    "naira",
    "futures",
    "prices",
    "index",
    "indices",
];

fn actors_of(toks: &[Tok], start: usize, end: usize, composed: &Composed) -> Vec<Actor> {
    let span = Span::new(toks[start].span.start, toks[end - 1].span.end);
    // "Argentine bonds rallied", "Pakistan's stocks rose": securities and markets act for no
    // one.
    if MARKET_NOUNS.contains(&toks[end - 1].lower.as_str()) {
        return Vec::new();
    }
    // "criticised the break on social media", "posted on social media": a channel, not the
    // press.
    if end - start >= 2 && toks[end - 2].lower == "social" && toks[end - 1].lower == "media" {
        return Vec::new();
    }
    if !composed.codes.is_empty() {
        let titled = (!composed.person).then(|| titled_name(toks, start, end)).flatten();
        let one = one_person(&toks[start..end]);
        return composed
            .codes
            .iter()
            .map(|code| Actor {
                span,
                code: Some(code.clone()),
                agents: Vec::new(),
                entity: titled.clone().or_else(|| composed.entity.clone()),
                person: composed.person || titled.is_some() || one,
            })
            .collect();
    }
    if composed.is_actor() {
        let mut agents = composed.prefixes.clone();
        agents.extend(composed.agents.iter().cloned());
        // "President William Ruto": a role without a country, but a named person.
        let titled = titled_name(toks, start, end);
        return vec![Actor {
            span,
            code: None,
            agents,
            person: titled.is_some(),
            entity: titled,
        }];
    }
    // "the group", "the bloc": an organisation named earlier; "officers": a force named earlier;
    // "the two sides": the parties of an earlier event; "the Western powers": countries listed
    // earlier. All are left to the article's pass.
    let words = || toks[start..end].iter().map(|t| t.lower.as_str());
    if crate::coref::is_organisation_reference(words())
        || crate::coref::is_force_reference(words())
        || (crate::coref::is_country_reference(words()) && country_as_party(toks, start))
        || (crate::refer::is_act_reference(words()) && verb_follows(toks, end))
        || crate::refer::names_both_sides(words())
        || crate::coref::powers_reference(words()).is_some()
    {
        return vec![Actor {
            span,
            code: None,
            agents: Vec::new(),
            entity: None,
            person: false,
        }];
    }
    // An unknown name: capitalised words that are not just the sentence's first word.
    let named = toks[start..end]
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            t.cap
                && t.class == Class::Other
                && (start + k > 0 || end - start == 1)
                && !crate::actors::currency_prefix(toks, start + k)
        })
        .count();
    if named > 0 && !natural_feature(&toks[start..end]) && !named_after_place(&toks[start..end]) {
        return vec![Actor {
            span,
            code: None,
            agents: Vec::new(),
            entity: None,
            person: false,
        }];
    }
    Vec::new()
}

/// "a Chinese national", "an American journalist": one person, whom "he" or "him" may name
/// later ("accused a Chinese national of spying and arrested him").
/// Nouns for one private person: "a Chinese national", "journalist Evan Gershkovich".
const PERSON_NOUNS: &[&str] = &[
    "national",
    "citizen",
    "man",
    "woman",
    "journalist",
    "reporter",
    "tourist",
    "businessman",
    "businesswoman",
    "activist",
    "student",
    "academic",
    "researcher",
    "worker",
    "engineer",
    "lawyer",
    "dissident",
    "blogger",
    "writer",
    "photographer",
];

fn one_person(words: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() >= 2 && matches!(first.lower.as_str(), "a" | "an") && PERSON_NOUNS.contains(&last.lower.as_str())
}

/// "the Red Sea", "the Gulf of Aden", "the Nile River": a name whose head is a body of water or
/// a landform is a place, never an actor (a ship hijacked in the Red Sea is not aimed at it).
fn natural_feature(words: &[Tok]) -> bool {
    const FEATURES: &[&str] = &[
        "sea",
        "ocean",
        "gulf",
        "strait",
        "straits",
        "bay",
        "channel",
        "waters",
        "river",
        "lake",
        "canal",
        "desert",
        "mountains",
        "peninsula",
        "sound",
    ];
    let head = words
        .iter()
        .position(|t| t.lower == "of")
        .map_or(words.len(), |of| of)
        .checked_sub(1)
        .map(|i| words[i].lower.as_str());
    head.is_some_and(|h| FEATURES.contains(&h))
}

/// "each other", "one another".
pub(crate) fn is_reciprocal(words: &[Tok]) -> bool {
    matches!(words, [a, b] if matches!((a.lower.as_str(), b.lower.as_str()), ("each", "other") | ("one", "another")))
}

fn unit(toks: &[Tok], start: usize, end: usize, actors: Vec<Actor>) -> Unit {
    let words = &toks[start..end];
    let time = words.iter().all(|t| {
        matches!(
            t.class,
            Class::Time | Class::Number | Class::Determiner | Class::Adjective
        )
    }) && words.iter().any(|t| t.class == Class::Time);
    // "accused each other": a reciprocal pronoun fills a slot as a personal one does; its
    // parties are the coordinated subject (`events::emit`).
    let pronoun = actors.is_empty() && (end - start == 1 && words[0].class == Class::Pronoun || is_reciprocal(words));
    Unit {
        start,
        end,
        actors,
        pronoun,
        time,
        group: 0,
        shared: None,
        agents_only: None,
        suffixes: Vec::new(),
        coordinated: false,
    }
}

/// Units joined only by commas and coordinators form one group ("Mordor, Rohan and Bree"),
/// unless the join separates an object from the next clause's subject ("attacked Gaza and
/// Hamas fired").
fn assign_groups(units: &mut [Unit], toks: &[Tok], roles: &[Role]) {
    let mut group = 0;
    for k in 0..units.len() {
        if k > 0 && !joins(&units[k - 1], &units[k], toks, roles) {
            group += 1;
        } else if k > 0 {
            units[k].coordinated = roles[units[k - 1].end..units[k].start].contains(&Role::Coord);
        }
        units[k].group = group;
    }
}

fn joins(left: &Unit, right: &Unit, toks: &[Tok], roles: &[Role]) -> bool {
    if !left.is_actor() && !right.is_actor() {
        return false;
    }
    let between = &roles[left.end..right.start];
    if between.is_empty() || !between.iter().all(|r| matches!(r, Role::Comma | Role::Coord)) {
        return false;
    }
    if !between.contains(&Role::Coord) && !between.contains(&Role::Comma) {
        return false;
    }
    // "In Syria, Mazloum Abdi, commander of the SDF, welcomed…": a phrase fronted before the
    // subject ends at its comma.
    let fronted = left.start > 0
        && roles[left.start - 1] == Role::Prep
        && (left.start == 1 || roles[left.start - 2] == Role::Boundary);
    if fronted && !between.contains(&Role::Coord) {
        return false;
    }
    // "…Russian gas imports, but the Slovak government dropped…": ", but" opens a clause.
    if between.contains(&Role::Comma)
        && toks[left.end..right.start]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "but" | "yet"))
    {
        return false;
    }
    // A comma alone joins only inside a list that ends with a coordinator later on, or an
    // apposition of two actors; keep "X, Y and Z" together but not "…, officials said".
    let mut next = right.end;
    while next < roles.len() && roles[next] == Role::Adv {
        next += 1;
    }
    let verb_follows = next < roles.len() && matches!(roles[next], Role::Verb | Role::Aux | Role::Modal);
    // "in Nampula and Beira, and South Africa temporarily closed": a list has one
    // coordinator; a second one, after a comma and before a verb, starts a clause.
    if verb_follows && left.coordinated && between.contains(&Role::Comma) && between.contains(&Role::Coord) {
        return false;
    }
    // "to help protect President Kiir's government, and the Ugandan military chief, General
    // Muhoozi, has threatened…": ", and" after an object that no comma list leads to opens a
    // clause (a list of two takes no comma).
    let comma_and = between.contains(&Role::Comma) && between.contains(&Role::Coord);
    let listed_before = left.start > 0 && roles[left.start - 1] == Role::Comma;
    if comma_and
        && !left.coordinated
        && !listed_before
        && left.start > 0
        && matches!(roles[left.start - 1], Role::Verb | Role::Prep | Role::To)
    {
        return false;
    }
    // "met Macron and Putin said": the object ends and a clause begins; but "between" always
    // takes both ("the meeting between Macron and Putin lasted two hours").
    let object_then_subject = verb_follows
        && left.start > 0
        && matches!(roles[left.start - 1], Role::Verb | Role::Prep | Role::To)
        && toks[left.start - 1].lower != "between"
        // "days after U.S. and Venezuelan officials held talks": a preposition that opens a
        // clause is followed by its subject.
        && !matches!(
            toks[left.start - 1].lower.as_str(),
            "after" | "before" | "since" | "until" | "because" | "while" | "as"
        )
        && !takes_clause(&toks[left.start - 1]);
    if object_then_subject {
        return false;
    }
    if between.iter().all(|r| *r == Role::Comma) {
        // Only when a coordinator follows the right unit directly ("A, B and C").
        let after = roles.get(right.end).copied();
        return (right.is_actor() && left.is_actor() && matches!(after, Some(Role::Coord | Role::Comma)))
            || describes_name(left, right, toks, after);
    }
    true
}

/// "arrested Jorge Glas, a former minister who…": a name the dictionaries do not know and the
/// coded role after it that describes it are one actor (the role's code, the name's words).
/// So is "Elena Lasconi, the opposition leader who had been due to face him, accused…": a
/// definite role, when a relative clause follows it.
fn describes_name(left: &Unit, right: &Unit, toks: &[Tok], after: Option<Role>) -> bool {
    let indefinite = matches!(toks[right.start].lower.as_str(), "a" | "an");
    let definite = toks[right.start].lower == "the" && after == Some(Role::Sub);
    left.uncoded_name()
        && (right.agents_only.is_some() || right.actors.iter().any(|a| a.code.is_some()))
        && (indefinite || definite)
        && matches!(after, Some(Role::Sub | Role::Boundary) | None)
}

/// "Jorge Glas, a former minister who…" ([`describes_name`]): the name takes the coded role's
/// actors, on its own words and as a person, so that "Glas" and "he" later find him.
pub(crate) fn describe_names(units: &mut [Unit]) {
    for k in 1..units.len() {
        let (name, role) = (&units[k - 1], &units[k]);
        // A role of agents alone ("the opposition leader") describes the name too: the country
        // is inferred later, as for the role itself.
        // A name with a title of its own ("Opposition leader Sali Berisha, a former prime
        // minister") keeps it.
        let titled = name.actors.iter().any(|a| !a.agents.is_empty());
        let describing = |a: &Actor| a.code.is_some() || (!a.agents.is_empty() && !titled);
        if !name.uncoded_name() || role.group != name.group || !role.actors.iter().any(describing) {
            continue;
        }
        // Not in a list ("Glas, Ramaphosa and Lula"), whose members are several actors.
        if units.iter().any(|u| u.group == role.group && u.coordinated) {
            continue;
        }
        let span = name.actors[0].span;
        let described = role
            .actors
            .iter()
            .filter(|a| describing(a))
            .map(|a| Actor {
                span,
                person: true,
                ..a.clone()
            })
            .collect();
        units[k - 1].actors = described;
    }
}

/// Verbs of saying and believing, whose object is often a whole clause ("believes Iran and
/// Iraq can cope").
fn takes_clause(tok: &Tok) -> bool {
    const STEMS: &[&str] = &[
        "believ", "think", "thought", "hope", "expect", "fear", "feel", "felt", "know", "knew", "suspect", "doubt",
    ];
    tok.class == Class::SayVerb || STEMS.iter().any(|s| tok.lower.starts_with(s))
}
