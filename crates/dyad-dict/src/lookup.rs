//! What an actor phrase resolves to on a date, and by which rule (`dyad dict lookup`).
//!
//! Rules, in the order results are listed:
//!
//! 1. `actor`: the phrase is an actor name (a leading "the" is optional both ways);
//! 2. `country+agent` / `actor+agent`: an actor name followed by an agent term
//!    ("Iranian foreign minister" → IRN + GOV → IRNGOV);
//! 3. `agent+of+country` / `agent+of+actor`: "foreign minister of Iran";
//! 4. `agent`: an agent term alone ("the foreign minister" → GOV, no country).

use chrono::NaiveDate;

use crate::model::{ActorEntry, ActorKind, AgentEntry, DatedCode, Dictionaries};

/// One way a phrase resolves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The code on the date (`None`: a known name with no code then, or the null code).
    pub code: Option<String>,
    /// The dictionary phrase(s) matched, as written there (`+` joins an actor and an agent).
    pub matched: String,
    /// The actor's kind; `None` for an agent alone.
    pub kind: Option<ActorKind>,
    /// The rule and where its entries are defined, e.g. `actor Phoenix.Countries.actors.txt:1234`.
    pub rule: String,
    /// The period of the code used, when it is date-restricted.
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

/// Every resolution of `text`. With a date, each matching entry gives the code valid then;
/// without one, an actor gives one resolution per code it has (its whole history).
pub fn lookup(dicts: &Dictionaries, text: &str, date: Option<NaiveDate>) -> Vec<Resolution> {
    let tokens = query_tokens(text);
    if tokens.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    if let Some(actor) = find_actor(dicts, &tokens) {
        found.extend(actor_resolutions(actor, date));
    }
    for split in 1..tokens.len() {
        found.extend(compose(dicts, &tokens[..split], &tokens[split..], date, false));
        if tokens[split] == "of" {
            found.extend(compose(dicts, &tokens[split + 1..], &tokens[..split], date, true));
        }
    }
    if let Some(agent) = find_agent(dicts, &tokens) {
        found.push(agent_resolution(agent));
    }
    found
}

/// The query's tokens, normalised like dictionary keys, with surrounding punctuation (but not
/// the final dot of an abbreviation such as "U.S.") removed.
fn query_tokens(text: &str) -> Vec<String> {
    let trim: &[char] = &[',', ';', ':', '!', '?', '"', '(', ')', '\u{201c}', '\u{201d}'];
    text.split(|c: char| c.is_whitespace() || c == '_')
        .map(|t| t.trim_matches(trim).to_lowercase())
        .filter(|t| !t.is_empty())
        .collect()
}

/// The actor named by `tokens`, trying with and without a leading "the".
fn find_actor<'d>(dicts: &'d Dictionaries, tokens: &[String]) -> Option<&'d ActorEntry> {
    the_variants(tokens).iter().find_map(|key| dicts.actors.get(key))
}

/// The agent named by `tokens`; a leading "the" is dropped if needed.
fn find_agent<'d>(dicts: &'d Dictionaries, tokens: &[String]) -> Option<&'d AgentEntry> {
    the_variants(tokens).iter().find_map(|key| dicts.agents.get(key))
}

/// The key as given first (an exact entry wins), then with its leading "the" removed or added.
fn the_variants(tokens: &[String]) -> Vec<String> {
    let key = tokens.join(" ");
    match tokens {
        [first, rest @ ..] if first == "the" && !rest.is_empty() => vec![key, rest.join(" ")],
        _ => {
            let with_the = format!("the {key}");
            vec![key, with_the]
        }
    }
}

fn actor_resolutions(actor: &ActorEntry, date: Option<NaiveDate>) -> Vec<Resolution> {
    let rule = format!("actor {}", actor.origin);
    let matched = actor.root().map_or_else(String::new, |p| p.text.clone());
    let codes: Vec<Option<&DatedCode>> = match date {
        Some(date) => vec![actor.dated_code_on(date)],
        None if actor.codes.is_empty() => vec![None],
        None => actor.codes.iter().map(Some).collect(),
    };
    codes
        .into_iter()
        .map(|code| {
            resolution(
                code.and_then(usable),
                matched.clone(),
                Some(actor.kind),
                rule.clone(),
                code,
            )
        })
        .collect()
}

/// An actor + agent composition, if both parts are known and the actor has a code.
fn compose(
    dicts: &Dictionaries,
    actor_tokens: &[String],
    agent_tokens: &[String],
    date: Option<NaiveDate>,
    with_of: bool,
) -> Option<Resolution> {
    let actor = find_actor(dicts, actor_tokens)?;
    let agent = find_agent(dicts, agent_tokens)?;
    let code = match date {
        Some(date) => actor.dated_code_on(date),
        None => actor.default_code().or(actor.codes.first()),
    };
    let actor_code = code.and_then(usable)?;
    let kind = if actor.kind == ActorKind::Country {
        "country"
    } else {
        "actor"
    };
    let rule = match with_of {
        false => format!("{kind}+agent {} {}", actor.origin, agent.origin),
        true => format!("agent+of+{kind} {} {}", agent.origin, actor.origin),
    };
    // Name the phrases that matched ("Iranian", "foreign minister"), not the entries' first ones.
    let matched_phrase = |phrases: &[crate::model::Phrase], tokens: &[String]| {
        let key = tokens.join(" ");
        phrases
            .iter()
            .find(|p| p.key == key || p.key.strip_prefix("the ") == Some(key.as_str()))
            .or(phrases.first())
            .map(|p| p.text.clone())
    };
    let actor_text = matched_phrase(&actor.phrases, actor_tokens).unwrap_or_default();
    let agent_text = matched_phrase(&agent.phrases, agent_tokens).unwrap_or_default();
    let matched = format!("{actor_text} + {agent_text}");
    Some(resolution(
        Some(&agent.compose(Some(actor_code))),
        matched,
        Some(actor.kind),
        rule,
        code,
    ))
}

fn agent_resolution(agent: &AgentEntry) -> Resolution {
    let matched = agent.phrases.first().map_or_else(String::new, |p| p.text.clone());
    let rule = format!("agent {}", agent.origin);
    resolution(Some(&agent.compose(None)), matched, None, rule, None)
}

/// A code other than the null code.
fn usable(code: &DatedCode) -> Option<&str> {
    (!code.is_null()).then_some(code.code.as_str())
}

fn resolution(
    code: Option<&str>,
    matched: String,
    kind: Option<ActorKind>,
    rule: String,
    period: Option<&DatedCode>,
) -> Resolution {
    Resolution {
        code: code.map(str::to_string),
        matched,
        kind,
        rule,
        valid_from: period.and_then(|c| c.from),
        valid_to: period.and_then(|c| c.to),
    }
}
