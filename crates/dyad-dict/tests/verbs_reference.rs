//! The PETRARCH verb dictionaries in `../shared/reference` load without errors, with plausible
//! counts and the codes the files give.

use dyad_dict::petrarch::verbs::read_verbs;
use dyad_dict::verbs::{PatternElement, VerbDictionary};
use dyad_dict::{Problem, Severity};

const REFERENCE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/reference/petrarch2");

/// Reads a reference file, or `None` (with the skip notice) when the reference is absent.
fn load(path: &str) -> Option<(VerbDictionary, Vec<Problem>)> {
    let full = format!("{REFERENCE}/{path}");
    let Ok(bytes) = std::fs::read(&full) else {
        println!("skipped: ../shared/reference is missing");
        return None;
    };
    let text = String::from_utf8_lossy(&bytes);
    Some(read_verbs(&text, path))
}

fn errors(problems: &[Problem]) -> Vec<&Problem> {
    problems.iter().filter(|p| p.severity == Severity::Error).collect()
}

/// Distinct pattern lines (a block's patterns are shared by all its verbs).
fn pattern_lines(dict: &VerbDictionary) -> usize {
    let mut lines: Vec<usize> = dict
        .verbs
        .iter()
        .flat_map(|v| v.patterns.iter().map(|p| p.line))
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines.len()
}

/// Asserts no Error problems and prints what loaded (the counts the closing notes quote).
fn assert_loaded_without_errors(name: &str, dict: &VerbDictionary, problems: &[Problem]) {
    assert!(errors(problems).is_empty(), "{:#?}", errors(problems));
    println!(
        "{name}: {} verbs, {} patterns, {} forms, {} synsets, {} transformations, {} warnings",
        dict.verbs.len(),
        dict.len(),
        dict.forms(),
        dict.synsets.len(),
        dict.transformations.len(),
        problems.len()
    );
}

#[test]
fn cameo_verbs_load_without_errors() {
    let Some((dict, problems)) = load("dictionaries/CAMEO.2.0.txt") else {
        return;
    };
    assert_loaded_without_errors("CAMEO.2.0.txt", &dict, &problems);
    assert!((1600..2000).contains(&dict.verbs.len()), "{} verbs", dict.verbs.len());
    // 4668 pattern lines, fewer once a later identical pattern replaces an earlier one.
    assert!((4200..4700).contains(&dict.len()), "{} patterns", dict.len());
    assert_eq!(dict.len(), pattern_lines(&dict));
    assert!(dict.forms() > 4 * 1000);
    assert_eq!(dict.synsets.len(), 40);
    assert_eq!(dict.transformations.len(), 8);
    let dollars = dict
        .synset("&CURRENCY")
        .expect("currency")
        .iter()
        .any(|p| p.key == "dollars");
    assert!(dollars, "plurals are generated for &CURRENCY");

    // `RUSH` is in the ACCELERATE block [---]: the verb alone codes nothing, "rushed to" is a
    // visit (042) with the target hosting it (043).
    let rush = &dict.verbs[dict.find("rush").expect("rush")];
    assert_eq!((rush.block.as_str(), rush.code.as_deref()), ("ACCELERATE", None));
    assert!(dict.by_form("rushed").contains(&dict.find("rush").expect("rush")));
    let to = rush
        .patterns
        .iter()
        .find(|p| p.text == "* (TO)")
        .expect("* (TO) pattern");
    assert_eq!(
        (to.code.as_deref(), to.reverse_code.as_deref()),
        (Some("042"), Some("043"))
    );

    // Multi-word verbs keep their fixed words; irregular forms come from the braces.
    let ask_for = &dict.verbs[dict.find("ask for").expect("ask for")];
    assert_eq!(
        (ask_for.verb.as_str(), ask_for.after.as_slice()),
        ("ask", ["for".to_string()].as_slice())
    );
    assert!(ask_for.forms.contains(&"asked".to_string()));
    assert!(dict.entries_for("met").any(|e| e.lemma == "meet"));
    assert!(dict.entries_for("withdrew").any(|e| e.lemma == "withdraw"));

    // Undefined synonym sets are reported, not fatal.
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("&WEATHER") || p.message.contains("weather"))
    );
    let synsets_used = dict
        .verbs
        .iter()
        .flat_map(|v| v.patterns.iter())
        .any(|p| p.elements.contains(&PatternElement::Synset("weapon".into())));
    assert!(synsets_used);
}

#[test]
fn validation_verbs_load_without_errors() {
    let Some((dict, problems)) = load("validate/PETR.Validate.verbs.txt") else {
        return;
    };
    assert_loaded_without_errors("PETR.Validate.verbs.txt", &dict, &problems);
    assert!((240..300).contains(&dict.verbs.len()), "{} verbs", dict.verbs.len());
    assert!((400..700).contains(&dict.len()), "{} patterns", dict.len());
    assert_eq!(dict.len(), pattern_lines(&dict));

    // ARRIVE [032:033]: "A arrived in B" is A→B 032 and B→A 033.
    let arrive = &dict.verbs[dict.find("arrive").expect("arrive")];
    assert_eq!(
        (arrive.code.as_deref(), arrive.reverse_code.as_deref()),
        (Some("032"), Some("033"))
    );
    // WIRE_+TAP: "wire" is fixed before the inflected word.
    let tap = &dict.verbs[dict.find("wire tap").expect("wire tap")];
    assert_eq!(
        (tap.before.as_slice(), tap.verb.as_str()),
        (["wire".to_string()].as_slice(), "tap")
    );
    assert!(tap.forms.contains(&"tapped".to_string()));
    // An embedded synonym set is inlined.
    let accord = dict.synset("ACCORDSYN").expect("accordsyn");
    assert!(accord.iter().any(|p| p.key == "economic") && accord.iter().any(|p| p.key == "yen"));
    // `[###]` loses its code to the comment, as in PETRARCH: a warning, not an error.
    assert!(problems.iter().any(|p| p.message.contains("cut off by '#'")));
}
