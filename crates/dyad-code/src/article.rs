//! From [`SentenceEvent`]s to [`EventRecord`]s: the JSON Lines contract of `dyad code`.
//!
//! The coder finds events with spans; this module dresses them for output: the stable event id,
//! the date (the publication date, at day precision, until date resolution exists), actor
//! countries, the CAMEO and PLOVER codings from [`dyad_ontology`], the verb and the attribution.

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::NaiveDate;
use dyad_dict::model::ActorKind;
use dyad_segment::Span;
use xxhash_rust::xxh3::Xxh3;

use crate::coref::Discourse;
use crate::hash::{WordMap, WordSet};
use crate::place;
use crate::refer::Resolved;
use serde::Serialize;

use crate::record::{
    ActorRecord, AntecedentRecord, Attribution, CameoRecord, EventRecord, Evidence, LocationRecord, PloverRecord,
    VerbRecord,
};
use crate::when::{self, DatePhrase};
use crate::{Actor, Coder, SentenceEvent};

/// The version of the record layout every JSON line carries.
pub const SCHEMA_VERSION: u32 = 1;

/// Codes every event of an article, sentence by sentence, into contract records.
///
/// Two passes: the first codes each sentence and resolves coreference in text order, counting
/// the countries the article's actors belong to; the second dates and locates each event
/// (place names are geocoded in the light of those countries) and builds its record.
pub(crate) fn code_article(coder: &Coder, article: &dyad_read::Article) -> Vec<EventRecord> {
    let parts = ArticleParts {
        id: &article.id,
        text: &article.text,
        sentences: &article.sentences,
        published: article.published,
    };
    code_parts(coder, &parts)
}

/// What coding needs of an article: its id, clean text, sentence spans and date.
pub(crate) struct ArticleParts<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub sentences: &'a [Span],
    pub published: Option<NaiveDate>,
}

pub(crate) fn code_parts(coder: &Coder, article: &ArticleParts<'_>) -> Vec<EventRecord> {
    let read = read_article(coder, article);
    // A story-scope discard ("+TYPHOON", a sports competition) leaves the whole article uncoded
    // (found by the reading pass, which prepares each sentence once).
    if read.story_discarded {
        return Vec::new();
    }
    let text = article.text;
    let gazetteer = dyad_geo::Gazetteer::embedded();
    // At its size at once: a record is large, and growing the list copied every one before.
    let mut records = Vec::with_capacity(read.events.iter().map(Vec::len).sum());
    let attendees = attendees(article, &read.mentions);
    let mut ids = IdSet::default();
    // "GITEGA, Jan 12 (Reuters) - Burundi closed its border on Thursday": the dateline's date
    // is the filing date, not a date of the sentence's events.
    let body = place::dateline_end(text).unwrap_or(0);
    for (index, (&sentence, events)) in article.sentences.iter().zip(read.events).enumerate() {
        if events.is_empty() {
            continue;
        }
        let dates: Vec<DatePhrase> = article
            .published
            .map(|published| when::date_phrases(text, sentence, published))
            .unwrap_or_default()
            .into_iter()
            .filter(|phrase| phrase.span.start >= body)
            .collect();
        let names = place::place_names(gazetteer, text, sentence);
        let context = SentenceContext {
            article_id: article.id,
            text,
            sentence_index: index,
            sentence,
            published: article.published,
        };
        for (mut event, mut antecedents) in events {
            let about = Subject {
                mentions: &read.mentions[..=index.min(read.mentions.len().saturating_sub(1))],
                places: &read.places,
                dateline: read.dateline.as_ref(),
            };
            mass_expulsion(&mut event, text);
            reporters_own_role(&mut event);
            if own_government(&mut event, text) {
                antecedents[1] = None;
            }
            for actor in [event.source.as_mut(), event.target.as_mut()].into_iter().flatten() {
                role_of_the_place(actor, text, &names, |span| {
                    place::locate(gazetteer, text, span, &read.places)
                });
            }
            if let Some((recipient, named)) = implied_recipient(&event, &about) {
                event.target = Some(recipient);
                antecedents[1] = Some(named);
            }
            let (place_name, in_clause) = place::name_for(text, &names, event.verb, &event.code);
            let clause_place = place_name.and_then(|name| place::locate(gazetteer, text, name.span, &read.places));
            if let Some(place) = clause_place.as_ref() {
                aim_at_place(&mut event, place);
            } else if let Some(dateline) = read.dateline.as_ref() {
                // Protesters of no named country, in a story filed from where they are.
                protesters_of_the_place(&mut event, dateline);
                // "captured most of the city", in a story filed from Goma.
                if event.code.starts_with("192") {
                    aim_at_place(&mut event, dateline);
                }
            }
            let mut record = context.record(&event);
            record.id = ids.unique(record.id);
            let dated_at = event.dated_at.unwrap_or(event.verb);
            if let Some(phrase) = when::phrase_for(text, &dates, dated_at, event.intent) {
                let ahead = event.intent || when::intended_after(text, &event.code, dated_at, phrase);
                date_record(&mut record, phrase, phrase.date_for(dated_at, ahead), text);
            }
            // A cued place of the sentence; else a city that is the target ("shelled Kharkiv",
            // "visited Beijing"); else the dateline.
            // Only where the act happens at the target: a visit, or force ("accused Moscow" is
            // not in Moscow).
            let physical = matches!(event.code.get(..3), Some("042" | "043" | "044"))
                || matches!(event.code.get(..2), Some("15" | "17" | "18" | "19" | "20"));
            let target_place = || {
                let actor = event.target.as_ref().filter(|_| physical)?;
                place::actor_place(gazetteer, text, actor).and_then(|s| place::locate(gazetteer, text, s, &read.places))
            };
            // "Wang Yi visited New Delhi last week, …, both suspended since a clash in the Galwan
            // valley": a place named in another clause yields to the city visited or struck.
            record.location = match clause_place {
                Some(place) if in_clause => Some(place),
                elsewhere => target_place().or(elsewhere),
            }
            .or_else(|| read.dateline.clone());
            let antecedent = |span: Span| AntecedentRecord {
                text: span.slice(text).to_string(),
                span,
            };
            if let (Some(actor), Some(span)) = (record.source.as_mut(), antecedents[0]) {
                actor.antecedent = Some(antecedent(span));
            }
            if let (Some(actor), Some(span)) = (record.target.as_mut(), antecedents[1]) {
                actor.antecedent = Some(antecedent(span));
            }
            records.push(record);
        }
    }
    records.retain(|r| !visits_home(r));
    drop_unresolved_twins(&mut records);
    if coder.options.require_dyad {
        records.retain(|r| {
            r.source.as_ref().is_some_and(|a| a.code.is_some()) && r.target.as_ref().is_some_and(|a| a.code.is_some())
        });
    }
    link_denials(&mut records, text);
    add_mediators(&mut records);
    add_participants(&mut records, &attendees, text);
    records
}

/// "Pakistani air strikes hit Kabul and the eastern province of Paktika": a target no
/// dictionary or gazetteer resolved adds nothing beside the same act on a resolved target
/// (here both are Afghanistan); it would only count the act again with a blank dyad.
fn drop_unresolved_twins(records: &mut Vec<EventRecord>) {
    let coded = |a: &Option<ActorRecord>| a.as_ref().is_some_and(|a| a.code.is_some());
    let same_act = |a: &EventRecord, b: &EventRecord| {
        a.sentence_index == b.sentence_index
            && a.verb.span == b.verb.span
            && a.cameo.code == b.cameo.code
            && a.source.as_ref().map(|s| &s.code) == b.source.as_ref().map(|s| &s.code)
    };
    let twins: Vec<usize> = (0..records.len())
        .filter(|&k| {
            let r = &records[k];
            r.target.is_some() && !coded(&r.target) && records.iter().any(|o| coded(&o.target) && same_act(r, o))
        })
        .collect();
    drop_records(records, twins);
}

/// "Iranian state media reported that police had arrested dozens of Afghan migrants": a role
/// with no country, in what a state's own media or officials report, is that state's.
fn reporters_own_role(event: &mut SentenceEvent) {
    let Some(country) = event
        .reported_by
        .as_ref()
        .and_then(|r| r.code.as_deref())
        .filter(|c| crate::events::state_institution(c))
        .and_then(country_of)
    else {
        return;
    };
    if let Some(source) = event
        .source
        .as_mut()
        .filter(|s| s.code.is_none() && !s.agents.is_empty() && !s.agents.iter().any(|a| a == "UAF"))
    {
        source.code = Some(format!("{country}{}", source.agents.concat()));
    }
}

/// The country of an event's source when it is a country's opposition, party, unions,
/// students or citizens: who turn on, or relent towards, their own government.
fn dissenters_home(event: &SentenceEvent) -> Option<&str> {
    let code = event.source.as_ref()?.code.as_deref()?;
    crate::events::has_sector(code, &["OPP", "PTY", "LAB", "CVL", "EDU"])
        .then(|| country_of(code))
        .flatten()
}

/// "Opposition parties criticised the government's handling of the row": a country's own
/// opposition, protesters or unions who turn on "the government" turn on their own, whichever
/// foreign government was named last. True when the target changed.
fn own_government(event: &mut SentenceEvent, text: &str) -> bool {
    let Some(home) = dissenters_home(event).map(str::to_string) else {
        return false;
    };
    let Some(target) = event.target.as_mut() else {
        return false;
    };
    let words = target.span.slice(text).to_ascii_lowercase();
    let bare = ["the government", "the authorities"].iter().any(|w| {
        words
            .strip_prefix(w)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with("'s") || rest.starts_with("’s"))
    });
    if !bare || target.code.as_deref().and_then(country_of) == Some(home.as_str()) {
        return false;
    }
    target.code = Some(format!("{home}GOV"));
    true
}

/// "Iran has expelled more than 450,000 Afghans": expelling (166) people by the thousand is a
/// mass expulsion (201), as "expel * hundreds of thousands" is in the dictionary.
fn mass_expulsion(event: &mut SentenceEvent, text: &str) {
    if event.code != "166" {
        return;
    }
    let verb = event.verb.slice(text).to_ascii_lowercase();
    if !(verb.starts_with("expel") || verb.starts_with("deport")) {
        return;
    }
    let after = text.get(event.verb.end..).unwrap_or("");
    let thousands = after.split_whitespace().take(4).any(|w| {
        let digits: String = w.chars().filter(|c| c.is_ascii_digit()).collect();
        let all_number = w.chars().all(|c| c.is_ascii_digit() || c == ',');
        (all_number && digits.parse::<u64>().is_ok_and(|n| n >= 1000)) || matches!(w, "thousands" | "millions")
    });
    if thousands {
        event.code = "201".to_string();
    }
}

/// "A plane carrying Mexico's diplomats landed in Mexico City": arriving in one's own country
/// is coming home, not a visit (042, 043) to it.
fn visits_home(record: &EventRecord) -> bool {
    let code = |a: &Option<ActorRecord>| a.as_ref().and_then(|a| a.code.clone());
    let (Some(source), Some(target)) = (code(&record.source), code(&record.target)) else {
        return false;
    };
    matches!(record.cameo.code.get(..3), Some("042" | "043"))
        && target.len() == 3
        && country_of(&source) == Some(target.as_str())
}

/// What an article is about so far: its sentences' coded mentions up to the current one, its
/// countries and its dateline.
struct Subject<'r> {
    mentions: &'r [Vec<Actor>],
    places: &'r dyad_geo::Context,
    dateline: Option<&'r LocationRecord>,
}

/// "The United States pledged $2 million in humanitarian aid", "Carney announced 2 billion
/// dollars in military aid": aid (07) or a pledge of it (033) naming no recipient goes to the
/// country the article is about: its dateline's, else the country that most of the actors so
/// far belong to (two mentions at least, more than any other); never the giver's own. The
/// target stands on the verb's words; its antecedent is the latest mention of that country.
fn implied_recipient(event: &SentenceEvent, about: &Subject<'_>) -> Option<(Actor, Span)> {
    let aid = event.code.starts_with("07") || event.code.starts_with("033");
    if !aid || event.negated || event.target.is_some() {
        return None;
    }
    let giver = event.source.as_ref()?.code.as_deref()?;
    let giver_country = country_of(giver);
    let mentions = || about.mentions.iter().flatten();
    let country = match about.places.dateline_country() {
        Some(c) => place::actor_country(c).to_string(),
        None => {
            let mut tally: Vec<(&str, usize)> = Vec::new();
            for c in mentions().filter_map(|a| a.code.as_deref().and_then(country_of)) {
                match tally.iter_mut().find(|(x, _)| *x == c) {
                    Some(entry) => entry.1 += 1,
                    None => tally.push((c, 1)),
                }
            }
            tally.sort_by_key(|entry| std::cmp::Reverse(entry.1));
            match tally.as_slice() {
                [(c, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| m < n) => c.to_string(),
                _ => return None,
            }
        }
    };
    if giver_country == Some(country.as_str()) {
        return None;
    }
    let named = about
        .mentions
        .iter()
        .rev()
        .flat_map(|sentence| sentence.iter().rev())
        .find(|a| a.code.as_deref().and_then(country_of) == Some(country.as_str()))
        .map(|a| a.span)
        .or_else(|| about.dateline.and_then(|d| d.span))?;
    let recipient = Actor {
        span: event.verb,
        code: Some(country),
        agents: Vec::new(),
        entity: None,
        person: false,
    };
    Some((recipient, named))
}

/// "Pakistani troops shelled villages along the Line of Control in Poonch", "Russian troops
/// captured two villages in the Donetsk region": force used abroad against no coded target is
/// aimed at the country of the place named in its clause (as a struck city stands for its
/// country). At home ("shelled villages in Darfur" by Sudan's army) the place names no target.
/// A visit ("arrived in Sharm el-Sheikh", "a UN official visited the Adre camp") is to the
/// country of its destination, whoever the visitor.
fn aim_at_place(event: &mut SentenceEvent, place: &LocationRecord) {
    protesters_of_the_place(event, place);
    let violent = matches!(event.code.get(..2), Some("18" | "19" | "20"));
    let visit = event.code.starts_with("042");
    let untargeted = event.target.as_ref().is_none_or(|t| t.code.is_none());
    let source_country = event
        .source
        .as_ref()
        .and_then(|s| s.code.as_deref())
        .and_then(country_of);
    // "Cambodian rockets hit a hospital in Surin province": a role whose country was only
    // inferred from the sentence's one country (the attacker's: agents kept) is no target
    // against the place abroad where the act landed.
    let inferred_home = event
        .target
        .as_ref()
        .is_some_and(|t| !t.agents.is_empty() && source_country.is_some() && t.country() == source_country);
    let (Some(country), Some(span)) = (place.country.as_deref().map(place::actor_country), place.span) else {
        return;
    };
    let abroad = match source_country {
        Some(home) => home != country,
        None => visit,
    };
    // "M23 rebels captured Goma": territory taken by an armed group at home is taken from the
    // country it lies in. (Troops retaking their own villages take them from no one.)
    let armed_group = |c: &str| matches!(c.get(3..6), Some("REB" | "INS" | "UAF"));
    let occupied = event.code.starts_with("192")
        && event
            .source
            .as_ref()
            .and_then(|s| s.code.as_deref())
            .is_some_and(armed_group);
    if !(violent || visit) || !(untargeted || (violent && inferred_home)) || !(abroad || occupied) {
        return;
    }
    // "killing civilians in … Pakistani Kashmir", "killed several senior commanders" in Iran:
    // people of a role and no country (or only the attacker's, inferred) are the place's. Not
    // sectors that often name a building ("hit a hospital in Surin": the country, as
    // `struck_building` codes one with a country).
    const PEOPLE: &[&str] = &["CVL", "MIL", "COP", "SPY", "GOV"];
    if let Some(role) = event.target.as_mut().filter(|t| {
        (t.code.is_none() || inferred_home)
            && !t.agents.is_empty()
            && t.agents.iter().all(|a| PEOPLE.contains(&a.as_str()))
    }) {
        role.code = Some(format!("{country}{}", role.agents.concat()));
        return;
    }
    event.target = Some(Actor {
        span,
        code: Some(country.to_string()),
        agents: Vec::new(),
        entity: None,
        person: false,
    });
}

/// "A court in Yekaterinburg convicted him", "police in Kathmandu": a role named by its noun
/// alone (its country inferred from the sentence or the article), with "in" and a place right
/// after it, is of the place's country.
fn role_of_the_place(
    actor: &mut Actor,
    text: &str,
    names: &[place::PlaceName],
    locate: impl Fn(Span) -> Option<LocationRecord>,
) {
    let sectors = match actor.code.as_deref() {
        _ if !actor.agents.is_empty() => actor.agents.concat(),
        Some(code) if country_of(code).is_some() => code[3..].to_string(),
        _ => return,
    };
    // "a hospital in Surin": sectors that often name a building are left to `struck_building`.
    let building = ["HLH", "EDU", "REL"].iter().any(|s| sectors.starts_with(s));
    if sectors.is_empty() || actor.person || building || !bare_role(actor.span.slice(text)) {
        return;
    }
    // "talks between the warring parties in Istanbul": parties resolved to earlier actors keep
    // their own countries (the span may start at the act: "talks between the warring parties").
    if crate::refer::ends_naming_both_sides(actor.span.slice(text)) {
        return;
    }
    let after = text.get(actor.span.end..).unwrap_or("");
    let start = after
        .strip_prefix(" in ")
        .map(|rest| actor.span.end + (after.len() - rest.len()));
    let right_after = |n: &&place::PlaceName| Some(n.span.start) == start;
    // "marched toward the U.S. Embassy in Panama City …, and riot police fired tear gas":
    // police work where they are, so bare police take the country of the sentence's first
    // place named with "in", however far from them.
    let police_there = |n: &&place::PlaceName| sectors.starts_with("COP") && n.cue == dyad_geo::Cue::In;
    let Some(name) = names
        .iter()
        .find(right_after)
        .or_else(|| names.iter().find(police_there))
    else {
        return;
    };
    let Some(place) = locate(name.span) else {
        return;
    };
    let Some(country) = place.country.as_deref().map(place::actor_country) else {
        return;
    };
    if actor.country() != Some(country) {
        actor.code = Some(format!("{country}{sectors}"));
    }
}

/// "a court", "police", "the security forces": a role named by common nouns only, with no
/// name or country word that would fix its country ("Russian police" is Russian wherever).
fn bare_role(words: &str) -> bool {
    let mut words = words.split_whitespace().peekable();
    let Some(first) = words.next() else { return false };
    let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    // A lone capitalised word is a name ("Hamas in Doha") unless it is a common noun that opens
    // the sentence ("Police in Pristina arrested…").
    let alone = words.peek().is_none();
    let lone_noun = || {
        alone
            && matches!(
                first.to_ascii_lowercase().as_str(),
                "police" | "troops" | "soldiers" | "officials" | "prosecutors" | "authorities" | "judges"
            )
    };
    let opens = lower(first) || matches!(first, "A" | "An" | "The") || lone_noun();
    opens && words.all(lower)
}

/// "Thousands of protesters marched in Nuuk against U.S. plans": protesters whose country was
/// only inferred from the sentence's one coded country (here the foreign power protested
/// against) are people of the place where they march.
fn protesters_of_the_place(event: &mut SentenceEvent, place: &LocationRecord) {
    let Some(country) = place.country.as_deref().map(place::actor_country) else {
        return;
    };
    if !event.code.starts_with("14") {
        return;
    }
    let Some(source) = event.source.as_mut() else { return };
    let inferred = !source.agents.is_empty() && source.country().is_some_and(|c| c != country);
    // "protesters have torched homes in the capital, Noumea, according to the French high
    // commissioner": against no one, they are the place's people too.
    let against_it = event
        .target
        .as_ref()
        .and_then(Actor::country)
        .is_none_or(|c| Some(c) == source.country());
    if inferred && against_it {
        source.code = Some(format!("{country}{}", source.agents.concat()));
    }
}

/// "Hungary formally began its withdrawal from the court": a state leaving an international
/// body or court cuts its ties to it (160); only armed forces retreat (0874) or promise to
/// (0356).
fn leaving_a_body(event: &mut SentenceEvent) {
    let source = event
        .source
        .as_ref()
        .and_then(|a| a.code.as_deref())
        .unwrap_or_default();
    let target = event
        .target
        .as_ref()
        .and_then(|a| a.code.as_deref())
        .unwrap_or_default();
    let armed = crate::events::has_sector(source, &["MIL", "REB", "UAF", "INS"]);
    if !target.starts_with("IGO") || source.is_empty() || armed {
        return;
    }
    if event.code == "0874" {
        event.code = "160".to_string();
    }
    // "Hungary said it will withdraw from the International Criminal Court", "Armenia would
    // leave the CSTO": announcing an exit is a threat to break ties (1313, as two writers code
    // it), not an intent to pull troops back (0356).
    if event.code == "0356" {
        event.code = "1313".to_string();
    }
}

/// "demonstrators torched vehicles on the Mozambican side": protesters aim at no one by
/// acting in their own country; a protest's target is whom it is against, never the bare
/// country they protest in. And a riot needs rioters, not an armed group.
fn protest_parties(event: &mut SentenceEvent, text: &str) {
    // "Gang members set fire to the police station": the riot patterns ("set fire to *
    // police") by an armed group are destruction of property; looting by one is seizing it.
    let source = event.source.as_ref().and_then(|s| s.code.as_deref());
    let armed = source.is_some_and(|c| crate::events::has_sector(c, &["CRM", "REB", "MIL", "UAF", "INS"]));
    // "crowds looted shops": looting by anyone but protesters (whose "stormed and looted"
    // is their riot) is seizing property too.
    let protesters = source.is_some_and(|c| crate::events::has_sector(c, &["OPP"]));
    if event.code == "145" {
        let verb = event.verb.slice(text).to_ascii_lowercase();
        let looting = ["loot", "ransack", "plunder", "pillag"]
            .iter()
            .any(|w| verb.starts_with(w));
        if armed {
            event.code = if looting { "171" } else { "1712" }.to_string();
        } else if looting && !protesters {
            event.code = "171".to_string();
        }
    }
    let home = event.source.as_ref().and_then(Actor::country);
    let own_country = event
        .target
        .as_ref()
        .and_then(|t| t.code.as_deref())
        .is_some_and(|c| c.len() == 3 && Some(c) == home);
    // "the army sent 5,000 troops to Catatumbo": forces moved within their own country, like
    // a protest there, are aimed at no one.
    if (event.code.starts_with("14") || event.code.starts_with("15")) && own_country {
        event.target = None;
    }
}

/// "Demonstrators ransacked the Rwandan, Ugandan and Kenyan embassies … Police fired tear gas
/// to disperse the protesters": police of no country named, acting on people of one country,
/// are that country's police (CODCOP), as police act at home.
/// Only protesters: foreigners arrested ("police arrested hundreds of Afghans") are not
/// their own country's to arrest.
fn domestic_police(event: &mut SentenceEvent) {
    let protesters = |t: &&Actor| {
        t.code
            .as_deref()
            .is_some_and(|c| crate::events::has_sector(c, &["OPP"]))
    };
    let Some(country) = event
        .target
        .as_ref()
        .filter(protesters)
        .and_then(Actor::country)
        .map(str::to_string)
    else {
        return;
    };
    let bare_police = |s: &Actor| match s.code.as_deref() {
        Some(code) => code == "COP",
        None => s.agents == ["COP"],
    };
    if let Some(source) = event.source.as_mut().filter(|s| bare_police(s)) {
        source.code = Some(format!("{country}COP"));
        source.agents.clear();
    }
}

/// "Imran Khan's party called off its protest in Islamabad": dissent eased (082) with no one
/// named is eased towards the dissenters' own government, the one they protested against; and
/// "protest leaders have vowed to keep demonstrating" (a threat to protest, 133, naming no one)
/// threatens it.
fn dissent_at_home(event: &mut SentenceEvent) {
    let aimless = if event.code.starts_with("082") {
        event.target.as_ref().is_none_or(|t| t.code.is_none())
    } else {
        event.code.starts_with("133") && event.target.is_none()
    };
    if !aimless {
        return;
    }
    let Some(country) = dissenters_home(event).map(str::to_string) else {
        return;
    };
    event.target = Some(Actor {
        span: event.verb,
        code: Some(format!("{country}GOV")),
        agents: Vec::new(),
        entity: None,
        person: false,
    });
}

/// "HTS seized Damascus", "M23 rebels seized Goma": a place seized (171 is property) is
/// territory taken (192) from its country.
fn seized_place(gazetteer: &dyad_geo::Gazetteer, text: &str, event: &mut SentenceEvent, places: &dyad_geo::Context) {
    if event.code != "171" {
        return;
    }
    let Some(target) = event.target.as_ref() else { return };
    let mut placed = target.clone();
    place::place_actor(gazetteer, text, &mut placed, places, true);
    let country = placed.code.as_deref().filter(|c| c.len() == 3);
    if country.is_some() && placed.code != target.code {
        event.code = "192".to_string();
        event.target = Some(placed);
    }
}

/// "recalled their ambassadors from Algiers", "closed their embassies in Juba": a capital
/// after "from" or "in" names where the mission is, not the government it deals with; the
/// relations cut (16x) are with the country.
fn mission_in_capital(event: &mut SentenceEvent, text: &str) {
    if !event.code.starts_with("16") {
        return;
    }
    let Some(target) = event.target.as_mut() else { return };
    let Some(code) = target.code.as_deref().filter(|c| c.len() == 6 && c.ends_with("GOV")) else {
        return;
    };
    let capitalised = |words: &str| {
        words
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    let before = text.get(..target.span.start).unwrap_or("").trim_end();
    let words = target.span.slice(text);
    // "from Algiers", or one phrase "their embassies in Juba".
    let placed = ((before.ends_with(" from") || before.ends_with(" in")) && capitalised(words))
        || words.split_once(" in ").is_some_and(|(_, place)| capitalised(place));
    if placed {
        target.code = Some(code[..3].to_string());
    }
}

/// "struck a mosque in Bahawalpur", "rockets hit a hospital": a building struck from abroad is
/// its country's, not the congregation's or the doctors' (PAKREL → PAK).
fn struck_building(event: &mut SentenceEvent, text: &str) {
    const BUILDINGS: &[&str] = &[
        "mosque",
        "mosques",
        "church",
        "churches",
        "temple",
        "temples",
        "synagogue",
        "hospital",
        "hospitals",
        "clinic",
        "school",
        "schools",
        "university",
    ];
    if !crate::events::violent(&event.code) {
        return;
    }
    // At home the role stays ("the military bombed a school in Sagaing" → MMREDU).
    let home = event.source.as_ref().and_then(Actor::country).map(str::to_string);
    let Some(target) = event
        .target
        .as_mut()
        .filter(|t| t.country().map(str::to_string) != home)
    else {
        return;
    };
    let head = target.span.slice(text).rsplit(' ').next().unwrap_or("");
    let country = target.code.as_deref().and_then(country_of).map(str::to_string);
    if let Some(country) = country.filter(|_| BUILDINGS.contains(&head)) {
        target.code = Some(country);
    }
}

/// How many sentences back "X and Y also attended" reaches for its meeting.
const PARTICIPANT_REACH: usize = 2;

/// Sentences saying who else attended ("Qatar, Egypt and Turkey also attended", "… also took
/// part"): their index and the coded actors before the verb.
fn attendees(article: &ArticleParts<'_>, mentions: &[Vec<Actor>]) -> Vec<(usize, Vec<Actor>)> {
    const CUES: &[&str] = &[
        "also attended",
        "also took part",
        "were also present",
        "also participated",
        "also joined",
    ];
    let mut out = Vec::new();
    for (index, (&sentence, actors)) in article.sentences.iter().zip(mentions).enumerate() {
        // Only a sentence with actors can list attendees, and every cue has "also": the rest
        // are passed over without a lower-case copy and five searches each.
        let raw = sentence.slice(article.text);
        if actors.is_empty() || !raw.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b"also")) {
            continue;
        }
        let words = raw.to_ascii_lowercase();
        let Some(at) = CUES.iter().filter_map(|c| words.find(c)).min() else {
            continue;
        };
        let cue = sentence.start + at;
        let present: Vec<Actor> = actors.iter().filter(|a| a.span.end <= cue).cloned().collect();
        if !present.is_empty() {
            out.push((index, present));
        }
    }
    out
}

/// "X, Y and Z also attended": the attendees join the latest meeting (CAMEO 04x) of their
/// sentence or the two before as `participants`, besides its source and target.
///
/// Attending is not meeting one another: the attendance sentence's own events on the attending
/// verb are dropped once the meeting is found.
fn add_participants(records: &mut Vec<EventRecord>, attendees: &[(usize, Vec<Actor>)], text: &str) {
    let attending = |r: &EventRecord, sentence: usize| {
        r.sentence_index == sentence
            && ["attend", "took", "part", "join", "present"]
                .iter()
                .any(|w| r.verb.text.to_lowercase().contains(w))
    };
    for (sentence, actors) in attendees {
        let meeting_of = |r: &EventRecord, mediation: bool| {
            r.cameo.root == "04"
                && r.cameo.code.starts_with("045") == mediation
                && !r.negated
                && !attending(r, *sentence)
                && r.sentence_index <= *sentence
                && sentence - r.sentence_index <= PARTICIPANT_REACH
        };
        // The meeting itself before a mediation of it.
        let meeting = (0..records.len())
            .rev()
            .find(|&k| meeting_of(&records[k], false))
            .or_else(|| (0..records.len()).rev().find(|&k| meeting_of(&records[k], true)));
        let Some(k) = meeting else { continue };
        let (at, verb) = (records[k].sentence_index, records[k].verb.span);
        // Every record of that meeting (both directions of a mutual one).
        for r in records
            .iter_mut()
            .filter(|r| r.sentence_index == at && r.verb.span == verb)
        {
            let code = |a: &Option<ActorRecord>| a.as_ref().and_then(|a| a.code.clone());
            let parties = [code(&r.source), code(&r.target)];
            for actor in actors {
                if !r.participants.iter().any(|p| p.code == actor.code) && !parties.contains(&actor.code) {
                    r.participants.push(actor_record(actor, text));
                }
            }
        }
        records.retain(|r| !attending(r, *sentence));
    }
}

/// A mediation (CAMEO 045) in a sentence makes its mediator a `mediator` of the sentence's
/// other cooperative events between the parties ("talks between Iran and the United States
/// mediated by Oman", "a ceasefire brokered by Qatar").
fn add_mediators(records: &mut [EventRecord]) {
    for m in 0..records.len() {
        if records[m].negated || !records[m].cameo.code.starts_with("045") {
            continue;
        }
        let Some(mediator) = records[m].source.clone().filter(|a| a.code.is_some()) else {
            continue;
        };
        let sentence = records[m].sentence_index;
        for r in records.iter_mut().filter(|r| r.sentence_index == sentence) {
            let cooperative = matches!(r.cameo.root.as_str(), "03" | "04" | "05" | "06" | "08");
            let by_mediator = r.source.as_ref().is_some_and(|a| a.code == mediator.code);
            // The mediations themselves (this one included) are by the mediator or 045.
            if !cooperative || by_mediator || r.cameo.code.starts_with("045") {
                continue;
            }
            if !r.mediators.iter().any(|x| x.code == mediator.code) {
                r.mediators.push(mediator.clone());
            }
        }
    }
}

/// An article's events before dating and locating (one list per sentence, each event with the
/// antecedent spans of its source and target), the countries its actors belong to, and its
/// dateline's place.
struct ReadArticle {
    events: Vec<Vec<Resolved>>,
    /// Each sentence's coded actor mentions.
    mentions: Vec<Vec<Actor>>,
    places: dyad_geo::Context,
    dateline: Option<LocationRecord>,
    /// A sentence holds a discard phrase of story scope.
    story_discarded: bool,
}

/// The first pass: codes each sentence and resolves coreference in text order.
fn read_article(coder: &Coder, article: &ArticleParts<'_>) -> ReadArticle {
    let text = article.text;
    let gazetteer = dyad_geo::Gazetteer::embedded();
    let mut discourse = Discourse::default();
    let mut places = dyad_geo::Context::new();
    let mut events = Vec::with_capacity(article.sentences.len());
    let mut coded_mentions = Vec::with_capacity(article.sentences.len());
    let mut story_discarded = false;
    let body = place::dateline_end(text);
    for &sentence in article.sentences {
        // "BAMAKO (Reuters) — Algeria closed…": the dateline says where the story was filed, not
        // who acts; read as words it is a capital standing for its government (MLIGOV).
        // Its place still tells whose story it is ("CHISINAU (AFP) — … police detained 74
        // people": Moldova's police), so its words are read for their actors alone.
        let (sentence, filed_from) = match body {
            Some(body) if sentence.start < body && body < sentence.end => {
                let (_, place, _) = coder.code_with_discard(text, Span::new(sentence.start, body), article.published);
                (Span::new(body, sentence.end), place)
            }
            _ => (sentence, Vec::new()),
        };
        discourse.enter_sentence(sentence);
        let (found, found_mentions, discard) = coder.code_with_discard(text, sentence, article.published);
        let mentions: Vec<Actor> = filed_from.into_iter().chain(found_mentions).collect();
        story_discarded |= discard == Some(dyad_dict::model::DiscardScope::Story);
        discourse.note(&mentions, text);
        coded_mentions.push(mentions.iter().filter(|a| a.code.is_some()).cloned().collect());
        for code in mentions.iter().filter_map(|a| a.code.as_deref()) {
            if let Some(country) = country_of(code) {
                places.add_country(country);
            }
        }
        let earlier: Vec<&[Resolved]> = events.iter().map(Vec::as_slice).collect();
        let referring: Vec<(SentenceEvent, Option<Span>)> = found
            .into_iter()
            .flat_map(|event| refer_targets(text, event, &earlier, &discourse))
            .collect();
        let kept: Vec<Resolved> = share_referred(text, referring)
            .into_iter()
            .filter_map(|(mut event, referred)| {
                let mut antecedents = resolve(&mut discourse, &mut event, text);
                // "The strikes hit camps …": the doer of the act referred to.
                if let Some(source) = event.source.as_mut().filter(|a| {
                    a.code.is_none()
                        && crate::refer::is_act_reference(a.span.slice(text).to_lowercase().split_whitespace())
                }) && let Some((doer, named)) =
                    crate::refer::doer_of_act(&earlier, event.target.as_ref().and_then(Actor::country))
                {
                    source.code = doer.code;
                    source.entity = doer.entity;
                    antecedents[0] = Some(named);
                }
                if referred.is_some() {
                    antecedents[1] = referred;
                }
                summoned_by_pronoun(&mut event, text, antecedents[1]);
                // An attacked, visited or aided city stands for its country, even a seat of
                // government ("struck Kyiv", "arrived in New Delhi", "sent rescue teams to
                // Naypyitaw"): the place, not its government.
                // "called off a visit to Seoul": the visit that will not happen was to the
                // country, as a visit made is.
                let visit_off = event.code.starts_with("16")
                    && event.target.as_ref().is_some_and(|t| {
                        text.get(event.verb.end..t.span.start)
                            .is_some_and(|between| between.contains("visit"))
                    });
                let at_target = crate::events::violent(&event.code)
                    || event.code.starts_with("042")
                    || event.code.starts_with("07")
                    || visit_off;
                seized_place(gazetteer, text, &mut event, &places);
                if let Some(actor) = event.source.as_mut() {
                    place::place_actor(gazetteer, text, actor, &places, false);
                }
                if let Some(actor) = event.target.as_mut() {
                    place::place_actor(gazetteer, text, actor, &places, at_target);
                }
                protest_parties(&mut event, text);
                leaving_a_body(&mut event);
                domestic_police(&mut event);
                dissent_at_home(&mut event);
                struck_building(&mut event, text);
                mission_in_capital(&mut event, text);
                Coder::keeps_in_article(&event, coder.options.literal).then_some((event, antecedents))
            })
            .collect();
        let kept = without_repeats(kept);
        credit_claims(&mut events, &kept);
        events.push(kept);
    }
    let dateline = place::dateline(text).and_then(|span| place::locate(gazetteer, text, span, &places));
    if let Some(country) = dateline.as_ref().and_then(|d| d.country.as_deref()) {
        places.set_dateline_country(Some(country));
    }
    ReadArticle {
        events,
        mentions: coded_mentions,
        places,
        dateline,
        story_discarded,
    }
}

/// Every resolution the coder makes in an article, for `dyad read` to show why: actor mentions
/// resolved to antecedents, date phrases resolved to dates, place names geocoded.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Resolutions {
    pub mentions: Vec<MentionResolution>,
    pub dates: Vec<DateResolution>,
    pub places: Vec<PlaceResolution>,
    pub dateline: Option<LocationRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MentionResolution {
    pub sentence_index: usize,
    pub text: String,
    pub span: Span,
    pub code: Option<String>,
    pub antecedent: AntecedentRecord,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateResolution {
    pub sentence_index: usize,
    pub text: String,
    pub span: Span,
    pub date: String,
    pub precision: String,
    pub range: Option<[String; 2]>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceResolution {
    pub sentence_index: usize,
    pub text: String,
    pub span: Span,
    /// How the text introduces it: in, at, near, from, to, place noun.
    pub cue: String,
    /// The gazetteer entry chosen, with why; null when the name resolves to nothing.
    pub location: Option<LocationRecord>,
}

pub(crate) fn resolutions(coder: &Coder, article: &ArticleParts<'_>) -> Resolutions {
    let text = article.text;
    let gazetteer = dyad_geo::Gazetteer::embedded();
    let read = read_article(coder, article);
    let mut out = Resolutions {
        dateline: read.dateline.clone(),
        ..Resolutions::default()
    };
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    for (index, (&sentence, events)) in article.sentences.iter().zip(&read.events).enumerate() {
        for (event, antecedents) in events {
            for (actor, antecedent) in [&event.source, &event.target].into_iter().zip(antecedents) {
                if let (Some(actor), Some(span)) = (actor, antecedent) {
                    out.mentions.push(MentionResolution {
                        sentence_index: index,
                        text: actor.span.slice(text).to_string(),
                        span: actor.span,
                        code: actor.code.clone(),
                        antecedent: AntecedentRecord {
                            text: span.slice(text).to_string(),
                            span: *span,
                        },
                    });
                }
            }
        }
        if let Some(published) = article.published {
            for phrase in when::date_phrases(text, sentence, published) {
                out.dates.push(DateResolution {
                    sentence_index: index,
                    text: phrase.span.slice(text).to_string(),
                    span: phrase.span,
                    date: day(phrase.date.date),
                    precision: when::precision_name(phrase.date.precision).to_string(),
                    range: phrase.date.range.map(|(a, b)| [day(a), day(b)]),
                });
            }
        }
        for name in place::place_names(gazetteer, text, sentence) {
            out.places.push(PlaceResolution {
                sentence_index: index,
                text: name.span.slice(text).to_string(),
                span: name.span,
                cue: format!("{:?}", name.cue).to_lowercase(),
                location: place::locate(gazetteer, text, name.span, &read.places),
            });
        }
    }
    out.mentions.dedup();
    out
}

/// How many sentences back a denial ("Iran denied the report") may reach for what it denies.
const DENIAL_REACH: usize = 2;

/// A denial (CAMEO 016) disputes the events it denies: those of its sentence already marked as
/// disputed by the denier, else the latest events, in its sentence or the two before, whose
/// source is the denier's country ("Pakistan accused India of killing civilians, a charge New
/// Delhi denied"). Each denied event gets `disputed` and the denier in `disputed_by`; the
/// denial lists their ids in `denies`.
fn link_denials(records: &mut Vec<EventRecord>, text: &str) {
    // Acts restated inside a denial ("denied carrying out the strike") of an act reported
    // earlier: the same act, dropped once the denial is linked to the earlier report.
    let mut restated: Vec<usize> = Vec::new();
    for d in 0..records.len() {
        let denial = &records[d];
        if denial.negated || !denial.cameo.code.starts_with("016") {
            continue;
        }
        let Some(denier) = denial.source.as_ref().and_then(|a| a.code.clone()) else {
            continue;
        };
        let country = country_of(&denier).unwrap_or(&denier).to_string();
        // A state answers for its institutions' acts; an armed group or party only for its own
        // ("The ELN denied killing civilians" does not deny what the Colombian army did).
        let state = denier.len() == 3
            || crate::events::state_institution(&denier)
            || crate::events::has_sector(&denier, &["SPY"]);
        let sentence = denial.sentence_index;
        let in_reach = |r: &EventRecord| r.sentence_index <= sentence && sentence - r.sentence_index <= DENIAL_REACH;
        // The denier's own claims ("…, saying its military was targeting fighters") are not
        // what it denies.
        let own_claim =
            |r: &EventRecord| r.sentence_index == sentence && r.attribution.reported_by.as_ref() == Some(&denier);
        let candidate =
            |r: &EventRecord| !r.negated && !r.cameo.code.starts_with("016") && in_reach(r) && !own_claim(r);
        let marked: Vec<usize> = (0..records.len())
            .filter(|&k| candidate(&records[k]) && records[k].attribution.disputed_by.contains(&denier))
            .collect();
        let of_country = |a: &Option<ActorRecord>| {
            a.as_ref().and_then(|a| a.code.as_deref()).is_some_and(|c| {
                if state {
                    country_of(c).unwrap_or(c) == country
                } else {
                    c.starts_with(denier.as_str())
                }
            })
        };
        // What the denier is said to have done, not a statement or demand it made. An
        // accusation against the denier is not disputed either: the accusation was made; what
        // it alleges is denied, and that is an event only when the alleged act was coded (then
        // it is the denier's act).
        let done = |r: &EventRecord| of_country(&r.source) && !speech_act(&r.cameo.code);
        let latest = |fits: &dyn Fn(&EventRecord) -> bool| -> Vec<usize> {
            let matching: Vec<usize> = (0..records.len())
                .filter(|&k| k != d && candidate(&records[k]) && fits(&records[k]))
                .collect();
            let last = matching.iter().map(|&k| records[k].sentence_index).max();
            matching
                .into_iter()
                .filter(|&k| Some(records[k].sentence_index) == last)
                .collect()
        };
        // "Russia has reportedly asked Turkey …; a Turkish diplomat denied that any such request
        // had been made": a hedged claim involving the denier is what it denies first.
        let claimed = |r: &EventRecord| r.attribution.hedged && (of_country(&r.source) || of_country(&r.target));
        // "The RSF denied carrying out the strike": the denial's own complement restates an
        // act of the denier already reported in an earlier sentence; that report is denied.
        // The denial's complement: an act named within a few words after the denying verb
        // ("denied carrying out the attack", "denied targeting civilians").
        let denying = records[d].verb.span;
        let complement: Vec<usize> = (0..records.len())
            .filter(|&k| k != d && done(&records[k]) && complements(text, denying, records[k].verb.span))
            .collect();
        let restates = |r: &EventRecord| {
            done(r) && r.sentence_index < sentence && complement.iter().any(|&m| records[m].cameo.root == r.cameo.root)
        };
        let reported = latest(&restates);
        let denied = if !reported.is_empty() {
            let roots: Vec<&str> = reported.iter().map(|&k| records[k].cameo.root.as_str()).collect();
            restated.extend(
                complement
                    .iter()
                    .filter(|&&m| roots.contains(&records[m].cameo.root.as_str())),
            );
            reported
        } else if !marked.is_empty() {
            marked
        } else {
            let claims = latest(&claimed);
            if claims.is_empty() { latest(&done) } else { claims }
        };
        let ids: Vec<String> = denied.iter().map(|&k| records[k].id.clone()).collect();
        for &k in &denied {
            let attribution = &mut records[k].attribution;
            attribution.disputed = true;
            if !attribution.disputed_by.contains(&denier) {
                attribution.disputed_by.push(denier.clone());
            }
        }
        records[d].denies = ids;
    }
    drop_records(records, restated);
}

/// Whether the verb at `act` is in the complement right after the denying verb at `denying`:
/// at most four words later, with no comma or coordinator between.
fn complements(text: &str, denying: Span, act: Span) -> bool {
    let Some(between) = text.get(denying.end..act.start) else {
        return false;
    };
    let words: Vec<&str> = between.split_whitespace().collect();
    act.start >= denying.end
        && words.len() <= 4
        && !between.contains([',', ';'])
        && !words.iter().any(|w| matches!(*w, "and" | "but" | "or"))
}

/// Removes the records at `drop` (in any order, repeats allowed) and their ids from every
/// denial's `denies`.
fn drop_records(records: &mut Vec<EventRecord>, mut drop: Vec<usize>) {
    drop.sort_unstable();
    drop.dedup();
    let gone: HashSet<String> = drop
        .iter()
        .filter_map(|&k| records.get(k))
        .map(|r| r.id.clone())
        .collect();
    for &k in drop.iter().rev() {
        if k < records.len() {
            records.remove(k);
        }
    }
    for r in records.iter_mut() {
        r.denies.retain(|id| !gone.contains(id));
    }
}

/// Where a sentence's events come from: what a record needs besides the event itself.
#[derive(Debug, Clone, Copy)]
pub struct SentenceContext<'a> {
    pub article_id: &'a str,
    /// The article's clean text, which every span indexes.
    pub text: &'a str,
    pub sentence_index: usize,
    pub sentence: Span,
    pub published: Option<NaiveDate>,
}

impl SentenceContext<'_> {
    /// The record of one event of this sentence.
    pub fn record(&self, event: &SentenceEvent) -> EventRecord {
        let text = self.text;
        EventRecord {
            id: event_id(self.article_id, self.sentence_index, event),
            article_id: self.article_id.to_string(),
            sentence_index: self.sentence_index,
            sentence: self.sentence.slice(text).to_string(),
            schema_version: SCHEMA_VERSION,
            date: self.published.map(ymd),
            date_precision: self.published.map(|_| "day".to_string()),
            date_range: None,
            date_evidence: None,
            source: event.source.as_ref().map(|a| actor_record(a, text)),
            target: event.target.as_ref().map(|a| actor_record(a, text)),
            cameo: cameo_record(&event.code),
            plover: plover_record(&event.code),
            location: None,
            verb: VerbRecord {
                text: event.verb.slice(text).to_string(),
                span: event.verb,
            },
            negated: event.negated,
            attribution: Attribution {
                reported_by: event
                    .reported_by
                    .as_ref()
                    .filter(|a| !self_report(event, a, text))
                    .map(|a| {
                        let words = a.span.slice(text);
                        let named = source_name(words);
                        match &a.code {
                            // "Egypt's state-run Al-Qahera News": an outlet of a country that
                            // the dictionaries do not know is named, not the country.
                            Some(code) if code.len() == 3 && described(words, named) => named.to_string(),
                            Some(code) => code.clone(),
                            None => named.to_string(),
                        }
                    }),
                hedged: event.hedged,
                disputed: event.disputed_by.is_some(),
                disputed_by: event
                    .disputed_by
                    .iter()
                    .map(|a| a.code.clone().unwrap_or_else(|| a.span.slice(text).to_string()))
                    .collect(),
            },
            denies: Vec::new(),
            participants: Vec::new(),
            mediators: Vec::new(),
            rule: event.rule.clone(),
            intent: event.intent,
        }
    }
}

/// "Egypt hosted Trump and more than 20 other leaders": two events of a sentence that
/// coreference resolved to the same coded source, target code (or none), code and polarity are
/// one event; the first is kept. Events with no coded source are left alone.
fn without_repeats(events: Vec<Resolved>) -> Vec<Resolved> {
    let code = |a: &Option<Actor>| a.as_ref().and_then(|a| a.code.clone());
    let mut seen = HashSet::new();
    events
        .into_iter()
        .filter(|(e, _)| {
            code(&e.source).is_none() || seen.insert((code(&e.source), code(&e.target), e.code.clone(), e.negated))
        })
        .collect()
}

/// `YYYY-MM-DD`, as chrono's `%Y-%m-%d` writes it (by hand for four-digit years,
/// [`dyad_time::IsoDay`]).
fn ymd(d: NaiveDate) -> String {
    dyad_time::IsoDay::of(d).map_or_else(|| d.format("%Y-%m-%d").to_string(), |day| day.as_str().to_owned())
}

/// Dates a record by a phrase of its sentence instead of the publication date.
fn date_record(record: &mut EventRecord, phrase: &DatePhrase, date: dyad_time::ResolvedDate, text: &str) {
    record.date = Some(ymd(date.date));
    record.date_precision = Some(when::precision_name(date.precision).to_string());
    record.date_range = date.range.map(|(a, b)| [ymd(a), ymd(b)]);
    record.date_evidence = Some(Evidence {
        text: phrase.span.slice(text).to_string(),
        span: phrase.span,
    });
}

/// The event, or one copy per earlier party or doer its object refers to ("condemned the
/// killings", "urged both sides"; see [`crate::refer`]), with the referred mention's span.
fn refer_targets(
    text: &str,
    event: SentenceEvent,
    earlier: &[&[Resolved]],
    discourse: &Discourse,
) -> Vec<(SentenceEvent, Option<Span>)> {
    let sources = crate::refer::referred_sources(text, &event, earlier);
    if !sources.is_empty() {
        // "The two countries accused each other": whatever the act, done both ways.
        let after = text
            .get(event.verb.end..)
            .unwrap_or("")
            .trim_start()
            .to_ascii_lowercase();
        let each_other = after.starts_with("each other") || after.starts_with("one another");
        return refer_sources(event, &sources, each_other);
    }
    // "The minister urged both sides": who the subject is decides which parties are the
    // others, so the referred target is chosen with the subject as it will resolve.
    let mut probe = event.clone();
    if let Some(source) = probe.source.as_mut().filter(|a| a.code.is_none())
        && let Some(r) = discourse.resolve(source, text, None)
    {
        *source = r.actor;
    }
    // A court's "ruling", "verdict" or "judgment" is the court's, whatever else was done since;
    // its "decision" only when nothing done nearer is one.
    let court = court_ruling(text, &event, discourse);
    let mut referred = match court.clone() {
        Some((ruling, named)) if !ruling.span.slice(text).to_ascii_lowercase().ends_with("decision") => {
            vec![(ruling, named)]
        }
        _ => crate::refer::referred_targets(text, &probe, earlier),
    };
    if referred.is_empty()
        && let Some(target) = event.target.as_ref().filter(|t| t.code.is_none())
        && let Some(european) =
            crate::coref::powers_reference(target.span.slice(text).to_lowercase().split_whitespace())
    {
        // "accused the Western powers": each country of the list they were named in.
        referred = discourse
            .named_powers(target.span, european, text)
            .into_iter()
            .map(|(a, origin)| (Actor { span: target.span, ..a }, origin))
            .collect();
    }
    if referred.is_empty()
        && event.target.is_none()
        && let Some(court) = court
    {
        referred.push(court);
    }
    if referred.is_empty() {
        return vec![(event, None)];
    }
    referred
        .into_iter()
        .map(|(target, span)| {
            let mut copy = event.clone();
            copy.target = Some(target);
            (copy, Some(span))
        })
        .collect()
}

/// "Georgescu condemned the ruling", "Ciolacu welcomed the decision" after "Romania's
/// Constitutional Court annulled the first round": praise, criticism or rejection of a court's
/// ruling, verdict or decision is aimed at the court named before (its own act, an annulment or
/// a ruling, often codes nothing to point at). The court on the noun's words, with the span
/// where it was named.
fn court_ruling(text: &str, event: &SentenceEvent, discourse: &Discourse) -> Option<(Actor, Span)> {
    let untargeted = event.target.as_ref().is_none_or(|t| t.code.is_none());
    if !untargeted || !matches!(event.code.get(..2), Some("05" | "11" | "12")) {
        return None;
    }
    let after = text.get(event.verb.end..)?.trim_start();
    let noun = [
        "the ruling",
        "the verdict",
        "the judgment",
        "the judgement",
        "the decision",
        "the court's decision",
        // "Biden called the warrants outrageous": warrants are a court's, however much was
        // said about them since ("the warrant" also opens "the warrants").
        "the arrest warrant",
        "the warrant",
    ]
    .into_iter()
    .find(|n| after.len() >= n.len() && after[..n.len()].eq_ignore_ascii_case(n))?;
    let start = text.len() - after.len();
    let words = Span::new(start, start + noun.len());
    let (court, named) = discourse.latest_before(start, |a| {
        a.code
            .as_deref()
            .is_some_and(|c| crate::events::has_sector(c, &["JUD"]) || c.starts_with("IGOJUD"))
    })?;
    Some((Actor { span: words, ..court }, named))
}

/// How many sentences back a claim of responsibility reaches for the act it claims.
const CLAIM_REACH: usize = 3;

/// "Armed gangs attacked the town … The Viv Ansanm coalition claimed responsibility": a claim
/// of responsibility (015) by a coded group makes it the doer of the recent violent acts (18–20)
/// whose doer was unidentified (a bare sector code such as UAF, or no code at all).
fn credit_claims(events: &mut [Vec<Resolved>], sentence: &[Resolved]) {
    let Some(claimer) = sentence
        .iter()
        .filter(|(e, _)| e.code.starts_with("015"))
        .find_map(|(e, _)| e.source.as_ref().filter(|a| a.code.is_some()))
    else {
        return;
    };
    let unidentified = |a: &Option<Actor>| {
        a.as_ref().is_none_or(|a| {
            a.code
                .as_deref()
                .is_none_or(|c| c.len() == 3 && country_of(c).is_none())
        })
    };
    let start = events.len().saturating_sub(CLAIM_REACH);
    for (event, _) in events[start..].iter_mut().flatten() {
        let violent = matches!(event.code.get(..2), Some("18" | "19" | "20"));
        if violent && !event.negated && unidentified(&event.source) {
            let span = event.source.as_ref().map_or(claimer.span, |a| a.span);
            event.source = Some(Actor {
                span,
                ..claimer.clone()
            });
        }
    }
}

/// Roots of acts aimed at whoever the subject's previous verb was aimed at: demands,
/// accusations, rejections, threats.
const SHARING_ROOTS: &[&str] = &["10", "11", "12", "13"];

/// "Pyongyang condemned the drills and threatened to take countermeasures": a later verb of
/// the same subject, coordinated by "and", with no coded target of its own is aimed at the
/// parties the earlier verb's referring object ("the drills") was resolved to.
fn share_referred(text: &str, events: Vec<(SentenceEvent, Option<Span>)>) -> Vec<(SentenceEvent, Option<Span>)> {
    let mut out: Vec<(SentenceEvent, Option<Span>)> = Vec::with_capacity(events.len());
    for (event, referred) in events {
        // "vowed to defeat the militants": a role left to coreference is a target of its own.
        let open = event
            .target
            .as_ref()
            .is_none_or(|t| t.code.is_none() && t.agents.is_empty())
            && SHARING_ROOTS.iter().any(|r| event.code.starts_with(r));
        let Some(subject) = event.source.as_ref().map(|a| a.span).filter(|_| open) else {
            out.push((event, referred));
            continue;
        };
        let coordinated = |e: &SentenceEvent| {
            e.verb.end <= event.verb.start
                && text
                    .get(e.verb.end..event.verb.start)
                    .is_some_and(|between| between.contains(" and ") && !between.contains(". "))
        };
        // The latest earlier verb of this subject whose target was referred to.
        let Some(verb) = out
            .iter()
            .rev()
            .find(|(e, r)| r.is_some() && e.source.as_ref().is_some_and(|a| a.span == subject) && coordinated(e))
            .map(|(e, _)| e.verb)
        else {
            out.push((event, referred));
            continue;
        };
        let shared: Vec<(SentenceEvent, Option<Span>)> = out
            .iter()
            .filter(|(e, r)| e.verb == verb && r.is_some())
            .map(|(e, r)| {
                let mut copy = event.clone();
                copy.target = e.target.clone();
                (copy, *r)
            })
            .collect();
        out.extend(shared);
    }
    out
}

/// "Russia's charge d'affaires said … Poland summoned him": summoning a diplomat named before
/// is an official complaint (114), as when the sentence names him (`events`).
fn summoned_by_pronoun(event: &mut SentenceEvent, text: &str, antecedent: Option<Span>) {
    let summoned = event.verb.slice(text).to_ascii_lowercase().starts_with("summon");
    let diplomat = antecedent.is_some_and(|a| {
        a.slice(text)
            .split_whitespace()
            .any(|w| crate::events::DIPLOMATS.contains(&w.to_lowercase().as_str()))
    });
    if event.code == "040" && summoned && diplomat {
        event.code = "114".to_string();
    }
}

/// "The two leaders signed": one copy per party as source; with no target of its own, a
/// reciprocal event ("initialled the treaty", "held talks") runs between the two parties.
fn refer_sources(
    event: SentenceEvent,
    parties: &[(Actor, Span)],
    each_other: bool,
) -> Vec<(SentenceEvent, Option<Span>)> {
    // "the two sides exchanged 205 prisoners": a target whose country was only inferred from
    // the sentence (agents kept) is no party; the sides did it to each other.
    let reciprocal = event
        .target
        .as_ref()
        .is_none_or(|t| t.code.is_none() || !t.agents.is_empty())
        && (each_other || crate::events::SYMMETRIC_ROOTS.iter().any(|r| event.code.starts_with(r)));
    let mut out = Vec::new();
    for (k, (party, _)) in parties.iter().enumerate() {
        let mut copy = event.clone();
        copy.source = Some(party.clone());
        if reciprocal {
            let Some((other, span)) = parties.get(usize::from(k == 0)) else {
                continue;
            };
            copy.target = Some(other.clone());
            out.push((copy, Some(*span)));
        } else {
            out.push((copy, None));
        }
    }
    out
}

/// Resolves the event's uncoded source and target through the article's discourse (see
/// [`crate::coref`]); returns the antecedent spans of source and target. Resolved mentions
/// become antecedents themselves ("The minister … he").
fn resolve(discourse: &mut Discourse, event: &mut SentenceEvent, text: &str) -> [Option<Span>; 2] {
    let source_code = event.source.as_ref().and_then(|a| a.code.clone());
    let target_code = event.target.as_ref().and_then(|a| a.code.clone());
    let source_span = resolve_actor(discourse, &mut event.source, text, target_code.as_deref());
    let unresolved_target = event.target.clone();
    // "Opposition leader Sajith Premadasa also congratulated him": an object pronoun is never
    // the clause's own subject, however the subject itself was resolved.
    let object_pronoun = event
        .target
        .as_ref()
        .is_some_and(|t| matches!(t.span.slice(text), "him" | "her" | "them"));
    let avoid = if object_pronoun {
        event.source.as_ref().and_then(|a| a.code.clone()).or(source_code)
    } else {
        source_code
    };
    let mut target_span = resolve_actor(discourse, &mut event.target, text, avoid.as_deref());
    // "Israel launched a surprise attack and killed several senior commanders": force from
    // abroad is not aimed at a role of the attacker's own country that coreference found.
    let violent = event.code.get(..2).is_some_and(|r| ("18".."21").contains(&r));
    // A state by its bare country code ("Israel").
    let state = event
        .source
        .as_ref()
        .filter(|s| s.code.as_deref().is_some_and(|c| c.len() == 3))
        .and_then(Actor::country);
    if violent && target_span.is_some() && state.is_some() && event.target.as_ref().and_then(Actor::country) == state {
        event.target = unresolved_target;
        target_span = None;
    }
    let mut spans = [source_span, target_span];
    // "…, a police spokesman said", "…, he said": a speaker who is a person or a state
    // institution is resolved as an actor is, never to the event's target.
    // "Chad summoned Sudan's ambassador, the foreign ministry said": an institution reporting
    // a state's own (peaceful) act is that state's. Force is often reported by its victims.
    let doer_country = event.source.as_ref().and_then(Actor::country).map(str::to_string);
    if let (Some(speaker), Some(country)) = (event.reported_by.as_mut(), doer_country)
        && !violent
        && speaker.code.is_none()
        && one_official(speaker, text)
    {
        speaker.code = Some(format!("{country}{}", speaker.agents.concat()));
    } else if event.reported_by.as_ref().is_some_and(|a| resolvable_speaker(a, text)) {
        resolve_actor(discourse, &mut event.reported_by, text, target_code.as_deref());
    }
    // "accused Western diplomats of interfering": a role of no one country is no party.
    if event
        .target
        .as_ref()
        .is_some_and(|t| t.code.is_none() && crate::coref::plural_foreign(t.span.slice(text)))
    {
        event.target = None;
        spans[1] = None;
    }
    // Resolved to the same actor on both sides ("it accused the government" where "it" is the
    // government): the act stands, aimed at no one else.
    let code = |a: &Option<Actor>| a.as_ref().and_then(|a| a.code.clone());
    if code(&event.source).is_some() && code(&event.source) == code(&event.target) {
        event.target = None;
        spans[1] = None;
    }
    spans
}

/// Sectors of a state's own institutions: a speaker of one of them speaks for a country.
const STATE_SECTORS: &[&str] = &["GOV", "MIL", "COP", "JUD", "LEG"];

/// An uncoded speaker to resolve: "he"/"she", a surname ("Ruto"), or one official of a state
/// institution ("a police spokesman", "the foreign ministry", "General Romeo Brawner").
/// Outlets and groups keep their own words ("state news agency KCNA", "rights groups",
/// "diplomats"); a one-word outlet ("Reuters") names no person, so coreference leaves it.
fn resolvable_speaker(speaker: &Actor, text: &str) -> bool {
    let words = speaker.span.slice(text);
    let surname = !words.contains(' ') && words.chars().next().is_some_and(char::is_uppercase) && !acronym(words);
    speaker.code.is_none()
        && (matches!(words.to_lowercase().as_str(), "he" | "she") || surname || one_official(speaker, text))
}

/// One official or body of a state institution ("a police spokesman", "the foreign ministry"),
/// not a group ("diplomats") or an outlet named by its acronym.
fn one_official(speaker: &Actor, text: &str) -> bool {
    let words = speaker.span.slice(text);
    let last = words.split_whitespace().last().unwrap_or("");
    let plural = last.ends_with('s') && last.chars().next().is_some_and(char::is_lowercase);
    let official = !speaker.agents.is_empty() && speaker.agents.iter().all(|a| STATE_SECTORS.contains(&a.as_str()));
    official && !acronym(words) && !plural
}

fn acronym(words: &str) -> bool {
    let last = words.split_whitespace().last().unwrap_or("");
    last.len() > 1 && last.chars().all(|c| c.is_ascii_uppercase())
}

/// Resolves one actor in place (never to `avoid`, the other actor's code); its antecedent span.
fn resolve_actor(
    discourse: &mut Discourse,
    actor: &mut Option<Actor>,
    text: &str,
    avoid: Option<&str>,
) -> Option<Span> {
    let r = discourse.resolve(actor.as_ref()?, text, avoid)?;
    discourse.note_resolved(&r);
    *actor = Some(r.actor);
    Some(r.antecedent)
}

/// The name in an uncoded source's description: "state news agency IRNA" → "IRNA", "Egypt's
/// state-run Al-Qahera News" → "Al-Qahera News"; words with no name stay as they are
/// ("regional security sources").
fn source_name(words: &str) -> &str {
    let named = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // Each word with its byte offset (`w` is a sub-slice of `words`).
    let list: Vec<(usize, &str)> = words
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - words.as_ptr() as usize, w))
        .collect();
    let names = list.iter().rev().take_while(|(_, w)| named(w)).count();
    // The first name word and the description word before it.
    let first = list.len() - names;
    match (list.get(first), first.checked_sub(1).and_then(|k| list.get(k))) {
        (Some(&(start, _)), Some(&(_, before))) if !named(before) => &words[start..],
        // "a joint statement": no name; the description without its article.
        _ => match list.first() {
            Some(&(_, article)) if list.len() > 1 && matches!(article, "a" | "an" | "the") => &words[list[1].0..],
            _ => words,
        },
    }
}

/// Whether `named` (from [`source_name`]) follows a description of an outlet in `words`
/// ("Egypt's state-run | Al-Qahera News"; not "the | United States", "Joint Chiefs of | Staff").
fn described(words: &str, named: &str) -> bool {
    const MEDIA: &[&str] = &[
        "state-run",
        "state-owned",
        "state-controlled",
        "official",
        "agency",
        "broadcaster",
        "newspaper",
        "daily",
        "outlet",
        "channel",
        "television",
        "radio",
        "media",
    ];
    words.len() > named.len()
        && words[..words.len() - named.len()]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| MEDIA.contains(&w))
}

/// Statements, appeals, demands, accusations, rejections and threats: acts of speech.
pub(crate) fn speech_act(code: &str) -> bool {
    ["01", "02", "10", "11", "12", "13"].iter().any(|r| code.starts_with(r))
}

/// "Egypt urged restraint, Egypt's foreign ministry said": a speaker reporting its own act
/// is the act's source, not a separate attribution.
fn self_report(event: &SentenceEvent, speaker: &Actor, text: &str) -> bool {
    // Only for speech acts: "Thailand's army said Thai troops fired" keeps its reporter; so
    // does "the ministry said it had summoned the ambassador": a summons or a formal complaint
    // (114) is a diplomatic act the speaker reports, as every gold set codes it.
    speech_act(&event.code)
        && event.code != "114"
        && speaker.code.is_some()
        && event
            .source
            .as_ref()
            .is_some_and(|s| s.code == speaker.code || one_group(text, s.span, speaker.span))
}

/// "Lithuania, Latvia and Estonia said they would…": two names of one coordinated list (only
/// commas, "and", "the" and other names between them).
pub(crate) fn one_group(text: &str, a: Span, b: Span) -> bool {
    let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
    let Some(gap) = text.get(first.end..second.start) else {
        return false;
    };
    gap.len() < 80
        && !gap.trim().is_empty()
        && gap
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .all(|w| w == "and" || w == "the" || w.chars().next().is_some_and(char::is_uppercase))
}

/// A stable id: xxh3-128 of article id, sentence index, verb span, source and target codes
/// and the event code. An actor with no code contributes its span instead, so two uncoded
/// actors of one verb do not collide.
fn event_id(article_id: &str, sentence_index: usize, event: &SentenceEvent) -> String {
    let mut h = Xxh3::new();
    let mut field = |bytes: &[u8]| {
        h.update(bytes);
        h.update(&[0x1f]);
    };
    field(article_id.as_bytes());
    field(sentence_index.to_string().as_bytes());
    field(format!("{}-{}", event.verb.start, event.verb.end).as_bytes());
    for actor in [&event.source, &event.target] {
        let key = match actor {
            None => String::new(),
            Some(Actor { code: Some(code), .. }) => code.clone(),
            Some(a) => format!("@{}-{}", a.span.start, a.span.end),
        };
        field(key.as_bytes());
    }
    field(event.code.as_bytes());
    format!("{:032x}", h.digest128())
}

/// Ids already given in one article; a repeat (the same event found twice) gets a suffix hashed
/// in, so ids stay unique and still depend only on the input.
#[derive(Default)]
struct IdSet {
    /// The word hasher: ids are hex digests, and a set lives for one article.
    seen: WordMap<String, usize>,
}

impl IdSet {
    fn unique(&mut self, id: String) -> String {
        let count = self.seen.entry(id.clone()).or_insert(0);
        *count += 1;
        if *count == 1 {
            return id;
        }
        let mut h = Xxh3::new();
        h.update(id.as_bytes());
        h.update(format!("#{count}").as_bytes());
        format!("{:032x}", h.digest128())
    }
}

fn actor_record(actor: &Actor, text: &str) -> ActorRecord {
    ActorRecord {
        text: actor.span.slice(text).to_string(),
        code: actor.reported_code(),
        country: actor.code.as_deref().and_then(country_of).map(str::to_string),
        entity: actor.entity.clone(),
        span: actor.span,
        agents: actor.agents.clone(),
        antecedent: None,
    }
}

/// The ISO 3166-1 alpha-3 country an actor code starts with ("TURGOV" → "TUR"), when its first
/// three letters are a country of dyad's bundled country dictionary; `None` for organisations
/// ("IGOUNO"), regions and codes of other shapes.
pub fn country_of(code: &str) -> Option<&str> {
    let prefix = code.get(..3)?;
    COUNTRIES.contains(prefix).then_some(prefix)
}

/// The country codes of [`country_of`]. The coder's word hasher, not SipHash (asked ~600
/// times per article, SipHash made `country_of` 1% of ingest's instructions): the set is fixed
/// dictionary codes, which input cannot add to, so hash flooding is no concern.
static COUNTRIES: LazyLock<WordSet<String>> = LazyLock::new(|| {
    dyad_dict::bundled::bundled()
        .actors
        .entries()
        .iter()
        .filter(|e| e.kind == ActorKind::Country)
        .flat_map(|e| e.codes.iter().map(|c| c.code.clone()))
        .filter(|c| c.len() == 3)
        .collect()
});

/// Builds the tables that coding otherwise builds for its first article (the gazetteer; the
/// country codes, from the bundled dictionaries), about 0.1 s of one thread: a caller can
/// have them built on another thread while it loads its own dictionaries.
pub fn build_tables() {
    dyad_geo::Gazetteer::embedded();
    LazyLock::force(&COUNTRIES);
}

/// CAMEO coding of an event code; codes CAMEO does not know (PETRARCH's test dictionaries use
/// made-up ones) keep their first two characters as root and have no Goldstein value or class.
fn cameo_record(code: &str) -> CameoRecord {
    match dyad_ontology::cameo(code) {
        Some(e) => CameoRecord {
            code: code.to_string(),
            root: e.root.to_string(),
            name: Some(e.name.to_string()),
            goldstein: Some(goldstein(e.goldstein)),
            quad_class: Some(e.quad_class.number()),
        },
        None => CameoRecord {
            code: code.to_string(),
            root: code.chars().take(2).collect(),
            name: None,
            goldstein: None,
            quad_class: None,
        },
    }
}

/// The table's value as written (1.9, not the f32's 1.899999976158142).
fn goldstein(value: f32) -> f64 {
    value.to_string().parse().unwrap_or(f64::from(value))
}

fn plover_record(code: &str) -> Option<PloverRecord> {
    let mapping = dyad_ontology::cameo(code)?.plover.as_ref()?;
    Some(PloverRecord {
        event_type: mapping.event_type.name().to_string(),
        mode: mapping.mode.map(str::to_string),
        context: mapping.context.iter().map(|c| c.to_string()).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Turkish Foreign Minister Hakan Fidan met Chinese President Xi Jinping in Beijing on Monday.";

    fn actor(start: usize, end: usize, code: Option<&str>) -> Actor {
        Actor {
            span: Span::new(start, end),
            code: code.map(str::to_string),
            agents: Vec::new(),
            entity: None,
            person: false,
        }
    }

    fn event(code: &str) -> SentenceEvent {
        SentenceEvent {
            source: Some(Actor {
                entity: Some("Hakan Fidan".to_string()),
                ..actor(0, 36, Some("TURGOV"))
            }),
            target: Some(actor(41, 69, Some("CHNGOV"))),
            code: code.to_string(),
            verb: Span::new(37, 40),
            negated: false,
            intent: false,
            reported_by: None,
            hedged: false,
            disputed_by: None,
            rule: "test:1 MEET".to_string(),
            dated_at: None,
        }
    }

    fn context() -> SentenceContext<'static> {
        SentenceContext {
            article_id: "a1",
            text: TEXT,
            sentence_index: 0,
            sentence: Span::new(0, TEXT.len()),
            published: NaiveDate::from_ymd_opt(2026, 4, 27),
        }
    }

    #[test]
    fn record_of_a_meeting() {
        let r = context().record(&event("042"));
        assert_eq!(r.id.len(), 32);
        assert_eq!(r.date.as_deref(), Some("2026-04-27"));
        assert_eq!(r.date_precision.as_deref(), Some("day"));
        let source = r.source.as_ref().expect("source");
        assert_eq!(source.text, "Turkish Foreign Minister Hakan Fidan");
        assert_eq!(source.country.as_deref(), Some("TUR"));
        assert_eq!(source.entity.as_deref(), Some("Hakan Fidan"));
        assert_eq!(r.target.as_ref().and_then(|t| t.country.as_deref()), Some("CHN"));
        assert_eq!(r.verb.text, "met");
        assert_eq!((r.cameo.root.as_str(), r.cameo.quad_class), ("04", Some(1)));
        assert_eq!(r.cameo.goldstein, Some(1.9));
        let plover = r.plover.as_ref().expect("042 maps to PLOVER");
        assert_eq!(
            (plover.event_type.as_str(), plover.mode.as_deref()),
            ("CONSULT", Some("visit"))
        );
        let json = serde_json::to_value(&r).expect("serialise");
        assert_eq!(json["cameo"]["goldstein"], serde_json::json!(1.9));
        assert_eq!(json["plover"]["type"], "CONSULT");
    }

    #[test]
    fn ids_are_stable_and_distinguish_events() {
        let c = context();
        assert_eq!(c.record(&event("042")).id, c.record(&event("042")).id);
        assert_ne!(c.record(&event("042")).id, c.record(&event("043")).id);
        let mut other = event("042");
        other.target = Some(actor(41, 69, None));
        assert_ne!(c.record(&event("042")).id, c.record(&other).id);
        let mut ids = IdSet::default();
        let first = ids.unique("x".to_string());
        let second = ids.unique("x".to_string());
        assert_eq!(first, "x");
        assert_ne!(second, "x");
    }

    /// The hand-written date is chrono's, for every year it handles and where it hands over.
    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        let chrono = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        for (y, m, d) in [
            (0, 1, 1),
            (9, 2, 3),
            (99, 10, 31),
            (999, 12, 9),
            (2026, 12, 7),
            (9999, 12, 31),
            (-1, 12, 31),
            (10000, 1, 1),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("date");
            assert_eq!(ymd(date), chrono(date), "{date:?}");
        }
        let mut date = NaiveDate::from_ymd_opt(1999, 12, 25).expect("date");
        for _ in 0..400 {
            assert_eq!(ymd(date), chrono(date));
            date = date.succ_opt().expect("next day");
        }
    }

    #[test]
    fn unknown_codes_and_countries() {
        let r = cameo_record("999");
        assert_eq!((r.root.as_str(), r.goldstein, r.quad_class), ("99", None, None));
        assert!(plover_record("999").is_none());
        assert!(plover_record("010").is_none(), "root 01 has no PLOVER equivalent");
        assert_eq!(country_of("TURGOV"), Some("TUR"));
        assert_eq!(country_of("IGOUNO"), None);
        assert_eq!(country_of("US"), None);
        assert_eq!(country_of("é"), None);
    }

    #[test]
    fn an_outlet_is_named_without_its_description() {
        assert_eq!(source_name("state news agency IRNA"), "IRNA");
        assert_eq!(source_name("Egypt's state-run Al-Qahera News"), "Al-Qahera News");
        assert_eq!(source_name("regional security sources"), "regional security sources");
        assert_eq!(source_name("Reuters"), "Reuters");
        assert_eq!(source_name("Human Rights Watch"), "Human Rights Watch");
        assert_eq!(source_name("witnesses"), "witnesses");
        assert_eq!(source_name(""), "");
        assert_eq!(source_name("a joint statement"), "joint statement");
        assert!(described("Egypt's state-run Al-Qahera News", "Al-Qahera News"));
        assert!(!described("the United States", "United States"));
        assert!(!described("Egypt", "Egypt"));
        assert!(!described("South Korea's Joint Chiefs of Staff", "Staff"));
    }

    #[test]
    fn names_of_one_list_are_one_group() {
        let text = "Lithuania, Latvia and Estonia said they would act. Estonia and Iran met.";
        let span = |w: &str, from: usize| {
            let start = from + text[from..].find(w).expect("word");
            Span::new(start, start + w.len())
        };
        assert!(one_group(text, span("Lithuania", 0), span("Estonia", 0)));
        assert!(one_group(text, span("Estonia", 0), span("Latvia", 0)));
        // Across a clause: "said they would act. Estonia" is not a list.
        assert!(!one_group(text, span("Lithuania", 0), span("Estonia", 40)));
    }

    #[test]
    fn reported_by_code_else_text() {
        let mut e = event("042");
        e.reported_by = Some(actor(49, 58, None));
        let r = context().record(&e);
        assert_eq!(r.attribution.reported_by.as_deref(), Some("President"));
        e.reported_by = Some(actor(49, 58, Some("CHNGOV")));
        assert_eq!(context().record(&e).attribution.reported_by.as_deref(), Some("CHNGOV"));
    }
}
