//! Properties over arbitrary text: nothing panics, spans are sound.

use dyad_geo::{Context, Gazetteer, parse_dateline, parse_dateline_parts};
use proptest::prelude::*;

/// Text mixing place names, cue words, punctuation and multibyte characters.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "in ",
        "the ",
        "near ",
        "from ",
        "Gaza",
        "Strait of Hormuz",
        "St.",
        "U.S.",
        "al-",
        "Kyiv",
        "Zürich",
        "Côte d'Ivoire",
        "KYIV, Ukraine — ",
        " — ",
        "(Reuters) - ",
        ", ",
        ". ",
        "'s ",
        "Tripoli",
        "New York",
        "é",
        "—",
        "ß",
        "İ",
        "\u{301}",
        "日本",
        "🙂",
        "\n",
        "-",
        "'",
        " ",
        "Bab el-Mandeb",
        "Police",
        "and ",
        "of ",
        "The ",
        "city of ",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(String::from), any::<String>()], 0..12)
        .prop_map(|parts| parts.concat())
}

fn check_mentions(text: &str) {
    let mentions = Gazetteer::embedded().find_places(text);
    let mut previous_end = 0;
    for m in &mentions {
        assert!(m.span.start < m.span.end, "empty span {:?}", m.span);
        assert!(m.span.start >= previous_end, "overlap or disorder at {:?}", m.span);
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert_eq!(&text[m.span.clone()], m.text);
        previous_end = m.span.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn find_places_spans_are_sound(text in newsish()) {
        check_mentions(&text);
    }

    #[test]
    fn find_places_on_any_string(text in any::<String>()) {
        check_mentions(&text);
    }

    #[test]
    fn lookup_and_resolve_never_panic(text in newsish()) {
        let g = Gazetteer::embedded();
        let _ = g.lookup(&text);
        let mut ctx = Context::new();
        ctx.add_country(&text);
        ctx.set_dateline_country(Some(&text));
        let _ = g.resolve(&text, &ctx);
    }

    #[test]
    fn dateline_is_a_slice_of_the_line(text in newsish()) {
        if let Some(place) = parse_dateline(&text) {
            let start = place.as_ptr() as usize - text.as_ptr() as usize;
            prop_assert!(start + place.len() <= text.len());
            prop_assert_eq!(&text[start..start + place.len()], place);
        }
        let _ = parse_dateline_parts(&text);
    }
}
