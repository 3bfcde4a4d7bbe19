//! Readers never panic, whatever the text, and phrase keys are stable under normalisation.

use dyad_dict::model::normalise;
use dyad_dict::{bundled, petrarch};
use proptest::prelude::*;

/// Text made of the characters that matter to the formats, plus anything else.
fn dictionary_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("\t[".to_string()),
        Just("]".to_string()),
        Just("+".to_string()),
        Just("~".to_string()),
        Just("!X!".to_string()),
        Just("{".to_string()),
        Just("}".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just(" >20130803".to_string()),
        Just(" 120801-130803".to_string()),
        Just("n:".to_string()),
        Just("<ISSUE CATEGORY=\"X\">".to_string()),
        Just("[[country]]\ncode = ".to_string()),
        "[A-Z_ #=,.:-]{0,12}",
        any::<String>(),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn petrarch_readers_do_not_panic(text in dictionary_text()) {
        let (actors, _) = petrarch::read_actors(&text, "a");
        for entry in actors.entries() {
            prop_assert!(!entry.phrases.is_empty());
        }
        let _ = petrarch::read_agents(&text, "g");
        let _ = petrarch::read_discards(&text, "d");
        let _ = petrarch::read_issues(&text, "i");
    }

    #[test]
    fn bundled_readers_do_not_panic(text in dictionary_text()) {
        let _ = bundled::parse_countries(&text, "c");
        let _ = bundled::parse_people(&text, "p");
        let _ = bundled::parse_agents(&text, "g");
    }

    #[test]
    fn problems_point_at_real_lines(text in dictionary_text()) {
        let lines = text.lines().count().max(1);
        let (_, problems) = petrarch::read_actors(&text, "a");
        for problem in problems {
            prop_assert!(problem.line >= 1 && problem.line <= lines, "{problem}");
        }
    }

    #[test]
    fn normalise_is_idempotent(text in any::<String>()) {
        let once = normalise(&text);
        prop_assert_eq!(normalise(&once), once.clone());
        prop_assert!(!once.contains("  ") && !once.starts_with(' ') && !once.ends_with(' '));
    }
}
