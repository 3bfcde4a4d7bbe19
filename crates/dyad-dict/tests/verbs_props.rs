//! Neither verb reader panics on arbitrary input, and every problem names a line of it.

use dyad_dict::Problem;
use dyad_dict::bundled::verbs::read_bundled_verbs;
use dyad_dict::petrarch::verbs::read_verbs;
use proptest::prelude::*;

fn lines_ok(text: &str, problems: &[Problem]) -> Result<(), TestCaseError> {
    let count = text.lines().count();
    for p in problems {
        prop_assert!(
            p.line >= 1 && p.line <= count,
            "line {} of {}: {}",
            p.line,
            count,
            p.message
        );
    }
    Ok(())
}

/// Text made mostly of the characters the formats give meaning to.
fn dictionary_like() -> impl Strategy<Value = String> {
    let line = "(---|- |&|\\+|~|<!--|-->|#|)[-A-Za-z0-9_&+*$%^(){}\\[\\]:|/ \t#;~=.\u{1a}]{0,40}";
    prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn petrarch_reader_survives(text in dictionary_like()) {
        let (dict, problems) = read_verbs(&text, "p");
        lines_ok(&text, &problems)?;
        for entry in &dict.verbs {
            prop_assert!(!entry.forms.is_empty());
            for pattern in entry.patterns.iter() {
                let verbs = pattern.elements.iter().filter(|e| **e == dyad_dict::verbs::PatternElement::Verb).count();
                prop_assert_eq!(verbs, 1);
            }
        }
    }

    #[test]
    fn bundled_reader_survives(text in dictionary_like()) {
        let (_, problems) = read_bundled_verbs(&text, "b");
        lines_ok(&text, &problems)?;
    }

    #[test]
    fn readers_survive_any_text(text in any::<String>()) {
        let (_, problems) = read_verbs(&text, "p");
        lines_ok(&text, &problems)?;
        let (_, problems) = read_bundled_verbs(&text, "b");
        lines_ok(&text, &problems)?;
    }

    #[test]
    fn inflection_never_panics(word in "[a-zA-Z' -]{0,12}|\\PC{0,12}") {
        let forms = dyad_dict::verbs::inflect(&word).all();
        prop_assert!(forms.len() <= 12);
        let non_ascii = format!("{word}éal");
        prop_assert!(!dyad_dict::verbs::inflect(&non_ascii).all().is_empty());
    }
}
