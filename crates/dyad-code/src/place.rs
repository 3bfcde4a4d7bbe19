//! Where an event happened: place names of its sentence (found and geocoded by [`dyad_geo`]),
//! the one that locates the event, and the article's dateline as a fallback.
//!
//! A place locates an event only with a locative cue ("in Geneva", "at the Rafah crossing",
//! "near Kharkiv", "the city of Aleppo"); "to Lebanon" locates a visit (CAMEO 04x) but not a
//! shipment; "from Qatar" is an origin; a bare name ("Russia said", "struck Kyiv") is an actor,
//! not a location. Among cued places the one nearest the verb in its clause wins, then the
//! nearest in the sentence; with none, the dateline's place ("ANKARA —"). Ambiguous names
//! are resolved by the countries the article's coded actors belong to, and the record keeps
//! the gazetteer's explanation.

use dyad_geo::{Context, Cue, Gazetteer, PlaceMention};
use dyad_segment::Span;

use crate::record::LocationRecord;

/// A cued place name of a sentence; `span` indexes the article's text.
#[derive(Debug, Clone)]
pub struct PlaceName {
    pub span: Span,
    pub cue: Cue,
}

/// The place names of the sentence at `sentence` in `text`.
pub fn place_names(gazetteer: &Gazetteer, text: &str, sentence: Span) -> Vec<PlaceName> {
    let words = sentence.slice(text);
    gazetteer
        .find_places(words)
        .into_iter()
        .filter(|m: &PlaceMention| {
            m.cue.is_locative()
                && !between_parties(words, m)
                && !in_longer_name(words, m)
                // "in March", "on Sunday": a date, not the town that shares its name.
                && !dyad_time::is_calendar_name(words.get(m.span.start..m.span.end).unwrap_or(""))
        })
        .map(|m| PlaceName {
            span: Span::new(sentence.start + m.span.start, sentence.start + m.span.end),
            cue: m.cue,
        })
        .collect()
}

/// "Mali's allies in the Alliance of Sahel States": a word the gazetteer knows (Alliance, Ohio)
/// that begins a longer proper name with "of" is that name's, not a place; nor is a country
/// before its embassy, consulate, mission or base. A place whose full
/// name has "of" ("the Gulf of Aden") is matched whole, so nothing follows it here.
fn in_longer_name(words: &str, m: &PlaceMention) -> bool {
    let rest = words.get(m.span.end..).unwrap_or("");
    let of_name = rest
        .strip_prefix(" of ")
        .is_some_and(|rest| rest.trim_start_matches("the ").starts_with(char::is_uppercase));
    // "outside the U.S. consulate in Nuuk": a country's mission or base abroad is not in it.
    let next = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.']);
    let outpost = ["embassy", "consulate", "mission", "base", "bases"].contains(&next);
    of_name || outpost
}

/// "mediated between Iran and the United States": the parties of a relation, not a place.
fn between_parties(words: &str, m: &PlaceMention) -> bool {
    let before = &words[..m.span.start];
    let clause = before.rsplit([',', ';']).next().unwrap_or(before);
    m.cue == Cue::Near
        && clause
            .split_whitespace()
            .rev()
            .take(6)
            .any(|w| w.eq_ignore_ascii_case("between"))
}

/// The place name that locates an event with CAMEO `code` whose verb is at `verb` (one in the
/// verb's clause, else the nearest in the sentence), and whether it is in the verb's clause.
pub fn name_for<'p>(text: &str, names: &'p [PlaceName], verb: Span, code: &str) -> (Option<&'p PlaceName>, bool) {
    let fits = |p: &&PlaceName| match p.cue {
        Cue::From | Cue::Bare => false,
        // A visit, or a meeting planned there (036: "will travel to Moscow for talks",
        // "invited him to make a state visit to Rabat": the writers place both at the meeting).
        Cue::To => code.starts_with("04") || code.starts_with("036"),
        _ => true,
    };
    let same_clause = |p: &&PlaceName| {
        let (a, b) = if p.span.end <= verb.start {
            (p.span.end, verb.start)
        } else {
            (verb.end, p.span.start)
        };
        a <= b
            && !text
                .get(a..b)
                .is_some_and(|between| between.contains([',', ';', ':', '—']))
    };
    let distance = |p: &&PlaceName| p.span.start.abs_diff(verb.start);
    // "accused the authorities of barring Moldovans living in Russia", "denied the accusation,
    // saying its forces were pursuing militias inside Sudan": a place in what a statement
    // reports is where the reported act happened, not where the statement was made.
    let statement = crate::article::speech_act(code);
    let outside_content = |p: &&PlaceName| {
        !statement || p.span.end <= verb.start || !text.get(verb.end..p.span.start).is_some_and(reports_content)
    };
    let in_clause = names
        .iter()
        .filter(fits)
        .filter(outside_content)
        .filter(same_clause)
        .min_by_key(distance);
    match in_clause {
        Some(name) => (Some(name), true),
        None => (
            names.iter().filter(fits).filter(outside_content).min_by_key(distance),
            false,
        ),
    }
}

/// Whether the words after a statement's verb open the content it reports: a clause ("that",
/// a comma and a gerund: ", saying …") or a charge ("of barring …").
fn reports_content(between: &str) -> bool {
    let words: Vec<&str> = between
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let gerund_after = |i: usize| words.get(i + 1).is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
    between.contains(", ")
        || words
            .iter()
            .enumerate()
            .any(|(i, w)| w.eq_ignore_ascii_case("that") || (w.eq_ignore_ascii_case("of") && gerund_after(i)))
}

/// Geocodes a place name of `text` in the article's `context`.
pub fn locate(gazetteer: &Gazetteer, text: &str, span: Span, context: &Context) -> Option<LocationRecord> {
    let words = span.slice(text);
    let found = gazetteer.resolve(words, context)?;
    Some(LocationRecord {
        text: words.to_string(),
        name: Some(found.place.name.clone()),
        country: found.place.country.clone(),
        lat: Some(found.place.lat),
        lon: Some(found.place.lon),
        span: Some(span),
        why: Some(found.why),
    })
}

/// The span of an actor's words when they are only a place name the gazetteer knows (a city
/// struck, a capital visited): the event happened there.
pub fn actor_place(gazetteer: &Gazetteer, text: &str, actor: &crate::Actor) -> Option<Span> {
    // "Prosecutors charged Khama": a person is no place, whatever town shares the name.
    if actor.person {
        return None;
    }
    let words = actor.span.slice(text);
    let skip = if words.starts_with("the ") { 4 } else { 0 };
    // "struck Port Sudan's airport": a part of a place is in that place.
    let name = words[skip..]
        .split_once("'s ")
        .filter(|(_, part)| part.split_whitespace().next_back().is_some_and(is_part_of_place))
        .map_or(&words[skip..], |(place, _)| place);
    let found = gazetteer.find_places(name);
    let [only] = found.as_slice() else { return None };
    let country_only = gazetteer
        .lookup(&only.text)
        .first()
        .is_some_and(|p| p.kind == dyad_geo::PlaceKind::Country);
    (only.span.len() == name.len() && !country_only)
        .then(|| Span::new(actor.span.start + skip, actor.span.start + skip + name.len()))
}

/// An uncoded place name as an actor becomes its country ("shelled Kharkiv" → UKR). With
/// `at_target` (the event happens at the target: an attack, a visit), a seat of government
/// coded as its government ("Kyiv" → UKRGOV) becomes the country too.
pub fn place_actor(gazetteer: &Gazetteer, text: &str, actor: &mut crate::Actor, context: &Context, at_target: bool) {
    let seat = at_target
        && actor
            .code
            .as_deref()
            .is_some_and(|c| c.len() == 6 && c.ends_with("GOV") && !actor.person);
    if (actor.code.is_some() && !seat) || !actor.agents.is_empty() {
        return;
    }
    let words = actor.span.slice(text);
    let name = words.strip_prefix("the ").unwrap_or(words);
    // "Beirut's southern suburbs", "Kyiv's power grid": a part of a place is in that place.
    let name = name
        .split_once("'s ")
        .filter(|(_, part)| part.split_whitespace().next_back().is_some_and(is_part_of_place))
        .map_or(name, |(place, _)| place);
    // "the capital Naypyitaw", "the port city Odesa": the name after the place nouns.
    let name = {
        let named = name.trim_start_matches(|c: char| c.is_lowercase() || c == ' ');
        let nouns = &name[..name.len() - named.len()];
        if !named.is_empty() && !nouns.is_empty() && nouns.split_whitespace().all(is_place_noun) {
            named
        } else {
            name
        }
    };
    // "the port of Odesa", "the Baltic port of Ust-Luga" are Odesa and Ust-Luga.
    let name = name
        .split_once(" of ")
        .filter(|(noun, _)| {
            noun.split_whitespace()
                .next_back()
                .is_some_and(|w| is_place_noun(&w.to_ascii_lowercase()))
        })
        .map_or(name, |(_, place)| place);
    // "the Baltic port | of Ust-Luga": the name after the phrase when it ends in a place noun.
    let after = text.get(actor.span.end..).unwrap_or("");
    let name = match after.strip_prefix(" of ") {
        Some(rest)
            if name
                .split_whitespace()
                .next_back()
                .is_some_and(|w| is_place_noun(&w.to_ascii_lowercase())) =>
        {
            let end = rest
                .split(' ')
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .map(|w| w.len() + 1)
                .sum::<usize>()
                .saturating_sub(1);
            let named = rest.get(..end).unwrap_or("").trim_end_matches([',', '.']);
            if named.is_empty() { name } else { named }
        }
        _ => name,
    };
    let found = gazetteer.find_places(name);
    let [only] = found.as_slice() else { return };
    if only.span.len() != name.len() {
        return;
    }
    if let Some(country) = gazetteer
        .resolve(&only.text, context)
        .and_then(|r| r.place.country.as_deref().map(actor_country).map(str::to_string))
    {
        actor.code = Some(country);
    }
}

/// The actor code of a place's country: GeoNames gives Kosovo the user-assigned ISO code XKX,
/// CAMEO names its actors KSV. Every other country's code is the same in both.
pub(crate) fn actor_country(iso: &str) -> &str {
    match iso {
        "XKX" => "KSV",
        other => other,
    }
}

/// Nouns that name a place by the name after "of" ("the port of Odesa").
pub(crate) fn is_place_noun(word: &str) -> bool {
    matches!(
        word,
        "port" | "city" | "town" | "village" | "capital" | "region" | "province" | "district" | "island" | "enclave"
    )
}

/// Nouns for a part of a place or what is built there: "Beirut's southern suburbs".
fn is_part_of_place(word: &str) -> bool {
    is_place_noun(word)
        || matches!(
            word,
            "suburbs"
                | "suburb"
                | "outskirts"
                | "centre"
                | "center"
                | "districts"
                | "neighbourhoods"
                | "neighborhoods"
                | "neighbourhood"
                | "neighborhood"
                | "streets"
                | "airport"
                | "harbour"
                | "harbor"
                | "infrastructure"
                | "grid"
                | "downtown"
                | "areas"
        )
}

/// Words for a body of water or its edge: "the Gulf of Oman" is not Oman.
pub(crate) fn is_water_noun(word: &str) -> bool {
    matches!(
        word,
        "gulf" | "sea" | "strait" | "straits" | "ocean" | "bay" | "channel" | "waters" | "coast" | "lake"
    )
}

/// The dateline's place at the start of the article's text ("ANKARA —", "GENEVA (Reuters) -").
pub fn dateline(text: &str) -> Option<Span> {
    let place = dyad_geo::parse_dateline(text)?;
    // `place` is a sub-slice of `text`: its offset is where it starts.
    let start = place.as_ptr() as usize - text.as_ptr() as usize;
    Some(Span::new(start, start + place.len()))
}

/// Where the story's words start after a dateline ("BAMAKO (Reuters) — "): the first byte
/// after the dash that ends the dateline and the spaces after it.
pub fn dateline_end(text: &str) -> Option<usize> {
    let place = dateline(text)?;
    let line = text.get(place.end..)?.split('\n').next()?;
    let (at, dash) = ['\u{2014}', '\u{2013}']
        .iter()
        .filter_map(|d| line.find(*d).map(|at| (at, d.len_utf8())))
        .chain(
            [" -- ", " - "]
                .iter()
                .filter_map(|d| line.find(d).map(|at| (at, d.len()))),
        )
        .min()?;
    let after = &line[at + dash..];
    Some(place.end + at + dash + (after.len() - after.trim_start().len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located(text: &str, verb: &str, code: &str) -> Option<String> {
        let gazetteer = Gazetteer::embedded();
        let names = place_names(gazetteer, text, Span::new(0, text.len()));
        let at = text.find(verb).expect("verb in text");
        let name = name_for(text, &names, Span::new(at, at + verb.len()), code).0?;
        let mut context = Context::new();
        context.add_country("LBN");
        locate(gazetteer, text, name.span, &context).and_then(|l| l.country)
    }

    #[test]
    fn the_story_starts_after_the_datelines_dash() {
        let text = "BAMAKO (Reuters) — Algeria closed its airspace.";
        assert_eq!(
            dateline_end(text).map(|at| &text[at..]),
            Some("Algeria closed its airspace.")
        );
        let text = "KYIV, Ukraine - Russia struck the city.";
        assert_eq!(
            dateline_end(text).map(|at| &text[at..]),
            Some("Russia struck the city.")
        );
        assert_eq!(dateline_end("Algeria closed its airspace - for now."), None);
    }

    fn placed_target(text: &str, words: &str, code: &str) -> Option<String> {
        let at = text.find(words).expect("words in text");
        let mut actor = crate::Actor {
            span: Span::new(at, at + words.len()),
            code: Some(code.to_string()),
            agents: Vec::new(),
            entity: None,
            person: false,
        };
        place_actor(Gazetteer::embedded(), text, &mut actor, &Context::new(), true);
        actor.code
    }

    #[test]
    fn a_part_of_a_place_struck_is_where_the_strike_happened() {
        let text = "The RSF struck Port Sudan's airport with drones.";
        let at = text.find("Port Sudan's airport").expect("words in text");
        let actor = crate::Actor {
            span: Span::new(at, at + "Port Sudan's airport".len()),
            code: Some("SDN".to_string()),
            agents: Vec::new(),
            entity: None,
            person: false,
        };
        let span = actor_place(Gazetteer::embedded(), text, &actor).expect("a place");
        assert_eq!(span.slice(text), "Port Sudan");
    }

    #[test]
    fn a_part_of_a_capital_attacked_is_in_its_country() {
        let text = "Israeli warplanes pounded Beirut's southern suburbs on Tuesday.";
        assert_eq!(
            placed_target(text, "Beirut's southern suburbs", "LBNGOV"),
            Some("LBN".into())
        );
        let text = "Russian drones hit Kyiv's power grid.";
        assert_eq!(placed_target(text, "Kyiv's power grid", "UKRGOV"), Some("UKR".into()));
        // What belongs to the government is still the government's.
        let text = "Russian drones hit Kyiv's negotiators.";
        assert_eq!(
            placed_target(text, "Kyiv's negotiators", "UKRGOV"),
            Some("UKRGOV".into())
        );
    }

    #[test]
    fn a_cued_place_locates_the_event() {
        assert_eq!(
            located("Iran and Oman held talks in Geneva on Monday.", "held", "046"),
            Some("CHE".into())
        );
    }

    #[test]
    fn a_month_is_no_place() {
        assert_eq!(
            located(
                "Pakistani forces attacked Taliban positions in March.",
                "attacked",
                "190"
            ),
            None
        );
    }

    #[test]
    fn an_origin_is_not_a_location() {
        assert_eq!(
            located("The minister, who arrived from Qatar, met Erdogan.", "met", "040"),
            None
        );
    }

    #[test]
    fn ambiguous_names_follow_the_article() {
        assert_eq!(
            located("Gunmen attacked a checkpoint in Tripoli.", "attacked", "190"),
            Some("LBN".into())
        );
    }

    #[test]
    fn a_visit_is_located_where_it_goes() {
        assert_eq!(
            located("Macron flew to Beirut on Friday.", "flew", "042"),
            Some("LBN".into())
        );
        assert_eq!(located("France sent aid to Beirut.", "sent", "070"), None);
        // The object of "visited" is where the visit goes; a planned trip for talks (036) is
        // placed where the talks will be.
        assert_eq!(
            located("Macron visited Beirut on Friday.", "visited", "042"),
            Some("LBN".into())
        );
        assert_eq!(
            located("Macron will travel to Beirut next week for talks.", "travel", "036"),
            Some("LBN".into())
        );
    }

    #[test]
    fn a_place_in_what_a_statement_reports_is_not_where_it_was_made() {
        let text = "Peskov accused the Moldovan authorities of barring Moldovans living in Russia from voting.";
        assert_eq!(located(text, "accused", "112"), None);
        let text = "The RSF denied the accusation, saying its forces were pursuing militias inside Sudan.";
        assert_eq!(located(text, "denied", "016"), None);
        // A statement made somewhere is still located there, and acts keep their places.
        assert_eq!(
            located("Peskov accused Chisinau in Moscow of barring voters.", "accused", "112"),
            Some("RUS".into())
        );
        assert_eq!(
            located(
                "The army said its forces were pursuing militias inside Sudan.",
                "pursuing",
                "190"
            ),
            Some("SDN".into())
        );
    }

    #[test]
    fn the_parties_of_a_relation_are_not_its_place() {
        assert_eq!(
            located(
                "Oman mediated between Iran and the United States in Muscat.",
                "mediated",
                "045"
            ),
            Some("OMN".into())
        );
    }

    #[test]
    fn a_word_opening_a_longer_name_is_not_a_place() {
        assert_eq!(
            located(
                "Burkina Faso and Niger, Mali's allies in the Alliance of Sahel States, pledged troops.",
                "pledged",
                "0332"
            ),
            None
        );
        // A name that has "of" in it is matched whole and kept.
        let text = "Houthi forces fired a missile at a ship in the Gulf of Aden.";
        let names = place_names(Gazetteer::embedded(), text, Span::new(0, text.len()));
        assert!(names.iter().any(|n| n.span.slice(text) == "Gulf of Aden"));
    }

    #[test]
    fn a_countrys_consulate_abroad_is_not_in_that_country() {
        assert_eq!(
            located(
                "Demonstrators marched outside the U.S. consulate in Nuuk on Saturday.",
                "marched",
                "141"
            ),
            Some("GRL".into())
        );
    }

    #[test]
    fn datelines_name_a_place() {
        let text = "ANKARA — Turkey said on Monday it would host the talks.";
        assert_eq!(dateline(text).map(|s| s.slice(text)), Some("ANKARA"));
        assert_eq!(dateline("Turkey said on Monday it would host the talks."), None);
    }
}
