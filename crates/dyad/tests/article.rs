//! Article-level understanding through the binary: coreference across sentences (issue 5).

mod common;
use common::dyad_stdin;

use serde_json::Value;

/// The two-paragraph example: the minister of the second paragraph is the one named in the
/// first.
const TWO_PARAGRAPHS: &str = "Turkish Foreign Minister Hakan Fidan met Egyptian President Abdel Fattah al-Sisi in Cairo on Sunday to discuss a ceasefire in Gaza.\n\nThe minister, who arrived from Qatar earlier in the day, told reporters he was hopeful about the talks. He later met Egyptian Foreign Minister Badr Abdelatty.\n";

fn code(text: &str) -> (Vec<Value>, String) {
    let out = dyad_stdin(&["code", "--published", "2026-04-27", "--format", "jsonl"], text);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let events = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    (events, text.to_string())
}

fn slice<'a>(text: &'a str, span: &Value) -> &'a str {
    let at = |i: usize| span[i].as_u64().expect("span end") as usize;
    &text[at(0)..at(1)]
}

#[test]
fn a_role_in_a_later_paragraph_is_the_actor_named_first() {
    let (events, text) = code(TWO_PARAGRAPHS);
    let told = events
        .iter()
        .find(|e| e["verb"]["text"] == "told")
        .unwrap_or_else(|| panic!("an event on 'told': {events:?}"));
    let source = &told["source"];
    assert_eq!(source["code"], "TURGOV", "{told}");
    assert_eq!(slice(&text, &source["span"]), "The minister");
    let antecedent = &source["antecedent"];
    assert_eq!(
        slice(&text, &antecedent["span"]),
        "Turkish Foreign Minister Hakan Fidan"
    );
    assert_eq!(antecedent["text"], "Turkish Foreign Minister Hakan Fidan");
}

#[test]
fn a_pronoun_opening_a_sentence_is_the_subject_of_the_one_before() {
    let (events, text) = code(TWO_PARAGRAPHS);
    let met = events
        .iter()
        .find(|e| e["verb"]["text"] == "met" && e["sentence_index"] == 2)
        .unwrap_or_else(|| panic!("the second meeting: {events:?}"));
    assert_eq!(met["source"]["code"], "TURGOV");
    assert_eq!(slice(&text, &met["source"]["span"]), "He");
    assert_eq!(met["target"]["code"], "EGYGOV");
    // Without the article around it the pronoun has no code and the event no coded source.
    let (alone, _) = code("He later met Egyptian Foreign Minister Badr Abdelatty.\n");
    assert!(alone.iter().all(|e| e["source"]["code"].is_null()), "{alone:?}");
}

#[test]
fn events_are_dated_by_their_sentence_against_the_publication_date() {
    let (events, text) = code(TWO_PARAGRAPHS);
    let told = events.iter().find(|e| e["verb"]["text"] == "told").expect("told");
    // Published Monday 2026-04-27: "earlier in the day" is that day (it dates the arrival in
    // its relative clause; the telling has no phrase of its own and takes the publication
    // date). `dyad read` shows the phrase resolved (dyad_read_shows_every_resolution).
    assert_eq!(told["date"], "2026-04-27");
    assert_eq!(told["date_precision"], "day");
    // "on Sunday" in a past-tense sentence is the Sunday before.
    let first = events.iter().find(|e| e["sentence_index"] == 0).expect("first meeting");
    assert_eq!(first["date"], "2026-04-26");
    assert_eq!(slice(&text, &first["date_evidence"]["span"]), "Sunday");
    // A sentence with no date phrase takes the publication date.
    let later = events
        .iter()
        .find(|e| e["sentence_index"] == 2)
        .expect("second meeting");
    assert_eq!(later["date"], "2026-04-27");
    assert!(later["date_evidence"].is_null());
}

#[test]
fn a_span_of_days_is_a_range() {
    let (events, _) = code("Russian and Chinese warships held joint drills in the Sea of Japan last weekend.\n");
    let drill = events.first().unwrap_or_else(|| panic!("an event: {events:?}"));
    // Monday 2026-04-27: last weekend is 25–26 April.
    assert_eq!(drill["date"], "2026-04-25");
    assert_eq!(drill["date_precision"], "range");
    assert_eq!(drill["date_range"], serde_json::json!(["2026-04-25", "2026-04-26"]));
}

#[test]
fn a_denial_disputes_what_it_denies_and_links_to_it() {
    let text =
        "Russian troops shelled Kharkiv on Monday, Ukrainian officials said.\n\nThe Kremlin denied the report.\n";
    let (events, _) = code(text);
    let shelling = events
        .iter()
        .find(|e| e["cameo"]["root"] == "19")
        .expect("the shelling");
    let denial = events.iter().find(|e| e["cameo"]["code"] == "016").expect("the denial");
    assert_eq!(shelling["attribution"]["disputed"], true);
    assert_eq!(shelling["attribution"]["disputed_by"], serde_json::json!(["RUSGOV"]));
    assert_eq!(shelling["attribution"]["reported_by"], "UKRGOV");
    assert_eq!(denial["denies"], serde_json::json!([shelling["id"].clone()]));
    // Nothing is disputed without a denial.
    let (plain, _) = code("Russian troops shelled Kharkiv on Monday, Ukrainian officials said.\n");
    assert!(plain.iter().all(|e| e["attribution"]["disputed"] == false));
}

#[test]
fn an_attacked_city_stands_for_its_country_and_locates_the_event() {
    let (events, _) = code("Russian drones struck Kharkiv overnight.\n");
    let strike = events.first().unwrap_or_else(|| panic!("an event: {events:?}"));
    assert_eq!(strike["target"]["code"], "UKR");
    let (events, text) = code("Iran and Oman held talks in Muscat on Sunday.\n");
    let talks = events.first().unwrap_or_else(|| panic!("an event: {events:?}"));
    let location = &talks["location"];
    assert_eq!(location["country"], "OMN");
    assert_eq!(slice(&text, &location["span"]), "Muscat");
    let lat = location["lat"].as_f64().expect("latitude");
    assert!((lat - 23.6).abs() < 0.5, "{location}");
    assert!(location["why"].as_str().is_some_and(|w| w.contains("Muscat")));
}

#[test]
fn a_dateline_locates_events_whose_sentence_names_no_place() {
    let (events, _) = code("ANKARA — Turkey condemned the attack on its embassy.\n");
    let condemned = events.first().unwrap_or_else(|| panic!("an event: {events:?}"));
    assert_eq!(condemned["location"]["country"], "TUR");
}

#[test]
fn dyad_read_shows_every_resolution() {
    let out = dyad_stdin(&["read", "--published", "2026-04-27"], TWO_PARAGRAPHS);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let article: Value = serde_json::from_slice(&out.stdout).expect("one JSON line");
    let text = article["text"].as_str().expect("text");
    let r = &article["resolutions"];
    let minister = r["mentions"]
        .as_array()
        .and_then(|m| m.iter().find(|m| m["text"] == "The minister"))
        .unwrap_or_else(|| panic!("the minister resolved: {r}"));
    assert_eq!(minister["code"], "TURGOV");
    assert_eq!(
        slice(text, &minister["antecedent"]["span"]),
        "Turkish Foreign Minister Hakan Fidan"
    );
    let dates: Vec<(&str, &str)> = r["dates"]
        .as_array()
        .expect("dates")
        .iter()
        .map(|d| (d["text"].as_str().unwrap_or(""), d["date"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(dates, [("Sunday", "2026-04-26"), ("earlier in the day", "2026-04-27")]);
    let cairo = r["places"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["text"] == "Cairo"))
        .unwrap_or_else(|| panic!("Cairo geocoded: {r}"));
    assert_eq!(cairo["cue"], "in");
    assert_eq!(cairo["location"]["country"], "EGY");
    let qatar = r["places"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["text"] == "Qatar"));
    assert_eq!(qatar.map(|q| &q["cue"]), Some(&Value::from("from")));
}

#[test]
fn attendees_join_the_meeting_and_a_mediator_is_named_on_it() {
    let text = "DOHA (Reuters) — Israeli and Hamas negotiators held indirect talks in Doha on Sunday, mediated by Qatar.\n\nEgyptian and American officials also attended the talks.\n";
    let (events, _) = code(text);
    let talks: Vec<&Value> = events.iter().filter(|e| e["cameo"]["code"] == "046").collect();
    assert_eq!(talks.len(), 2, "{events:?}");
    for t in &talks {
        let codes = |key: &str| -> Vec<&str> {
            t[key]
                .as_array()
                .expect("a list")
                .iter()
                .filter_map(|a| a["code"].as_str())
                .collect()
        };
        assert_eq!(codes("participants"), ["EGYGOV", "USAGOV"]);
        assert_eq!(codes("mediators"), ["QAT"]);
    }
    // Attending is not the attendees meeting each other.
    assert!(events.iter().all(|e| e["sentence_index"] != 1), "{events:?}");
}

/// Names the dictionaries lack, introduced by a title ("Armenian Deputy Prime Minister Mher
/// Grigoryan"), are people: a later surname, even opening a sentence, refers back to them, and
/// "the two leaders" are the parties of the last event between two actors.
#[test]
fn titled_names_and_the_two_leaders_refer_back() {
    let text = "Armenian Deputy Prime Minister Mher Grigoryan and Azerbaijani Deputy Prime Minister Shahin Mustafayev signed a declaration in Washington on Friday.\n\nThe two leaders initialled a peace treaty. Grigoryan and Mustafayev last met in Abu Dhabi in July.\n";
    let (events, text) = code(text);
    let pairs = |sentence: u64, verb: &str| {
        let mut found: Vec<String> = events
            .iter()
            .filter(|e| e["sentence_index"] == sentence && e["verb"]["text"] == verb)
            .map(|e| format!("{} {}", e["source"]["code"], e["target"]["code"]))
            .collect();
        found.sort();
        found
    };
    let both = ["\"ARMGOV\" \"AZEGOV\"", "\"AZEGOV\" \"ARMGOV\""];
    assert_eq!(pairs(1, "initialled"), both, "{events:?}");
    assert_eq!(pairs(2, "met"), both, "{events:?}");
    let met = events
        .iter()
        .find(|e| e["sentence_index"] == 2 && e["source"]["code"] == "ARMGOV")
        .unwrap_or_else(|| panic!("Pashinyan's meeting: {events:?}"));
    assert_eq!(slice(&text, &met["source"]["span"]), "Grigoryan");
    assert_eq!(
        met["source"]["antecedent"]["text"],
        "Armenian Deputy Prime Minister Mher Grigoryan"
    );
}

/// A denial disputes the hedged claim it answers, not an earlier act of the denier's country,
/// and an accusation against the denier stays undisputed (it was made).
#[test]
fn a_denial_disputes_the_reported_claim_it_answers() {
    let text = "Turkish and Russian officials held talks in Ankara on Monday. Russia has reportedly asked Turkey to guarantee the security of its personnel; a Turkish diplomat denied that any such request had been made.\n\nHamas accused Israel of stalling. Israel rejected the accusation.\n";
    let (events, _) = code(text);
    let disputed: Vec<String> = events
        .iter()
        .filter(|e| e["attribution"]["disputed"] == true)
        .map(|e| format!("{} {} {}", e["source"]["code"], e["target"]["code"], e["verb"]["text"]))
        .collect();
    assert_eq!(disputed, [r#""RUS" "TUR" "asked""#], "{events:?}");
}

/// Both sides resolved to one actor: the act stands with no target (never X → X). The minister
/// is a name the dictionaries lack, known only through its title.
#[test]
fn an_event_never_targets_its_own_source() {
    let text = "Georgian Foreign Minister Maka Botchorishvili addressed parliament in Tbilisi on Saturday.\n\nBotchorishvili on Sunday accused Western diplomats of interfering in Georgia's internal affairs.\n";
    let (events, _) = code(text);
    let accused = events
        .iter()
        .find(|e| e["verb"]["text"] == "accused")
        .unwrap_or_else(|| panic!("an event on 'accused': {events:?}"));
    assert_eq!(accused["source"]["code"], "GEOGOV", "{accused}");
    assert!(accused["target"].is_null(), "{accused}");
    for e in &events {
        let (s, t) = (&e["source"]["code"], &e["target"]["code"]);
        assert!(s.is_null() || s != t, "{e}");
    }
}
