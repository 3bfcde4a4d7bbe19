//! Property tests: whatever the input, spans are well-formed and every
//! non-whitespace char lands in exactly one sentence and one token.

use dyad_segment::{Span, sentences, tokens};
use proptest::prelude::*;

/// Checks the span invariants shared by sentences and tokens, and that the
/// spans cover every non-whitespace char of `within` exactly once.
fn check_cover(text: &str, within: Span, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut prev_end = within.start;
    for s in spans {
        prop_assert!(s.start < s.end, "empty span {s:?}");
        prop_assert!(s.start >= prev_end, "unsorted or overlapping {s:?}");
        prop_assert!(s.end <= within.end, "out of range {s:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let gap = &text[prev_end..s.start];
        prop_assert!(gap.chars().all(char::is_whitespace), "lost text {gap:?}");
        prev_end = s.end;
    }
    let tail = &text[prev_end..within.end];
    prop_assert!(tail.chars().all(char::is_whitespace), "lost tail {tail:?}");
    Ok(())
}

fn check_all(text: &str) -> Result<(), TestCaseError> {
    let sents = sentences(text);
    check_cover(text, Span::new(0, text.len()), &sents)?;
    for s in &sents {
        let slice = s.slice(text);
        let first = slice.chars().next();
        let last = slice.chars().next_back();
        prop_assert!(first.is_some_and(|c| !c.is_whitespace()), "{slice:?}");
        prop_assert!(last.is_some_and(|c| !c.is_whitespace()), "{slice:?}");
        let toks: Vec<Span> = tokens(text, *s).iter().map(|t| t.span).collect();
        check_cover(text, *s, &toks)?;
    }
    Ok(())
}

/// Pieces that exercise the tricky paths, glued together at random.
fn news_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(". ".to_string()),
        Just("! ".to_string()),
        Just("? ".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("”".to_string()),
        Just("“".to_string()),
        Just("«".to_string()),
        Just(" »".to_string()),
        Just("’s".to_string()),
        Just("…".to_string()),
        Just("...".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(" \u{a0}".to_string()),
        Just(",".to_string()),
        Just("U.S.".to_string()),
        Just("Gen.".to_string()),
        Just("p.m.".to_string()),
        Just("No.".to_string()),
        Just("Jan.".to_string()),
        Just("etc.".to_string()),
        Just("J.".to_string()),
        Just("3,000".to_string()),
        Just("$4.2bn".to_string()),
        Just("1.5 million".to_string()),
        Just("https://x.org/a.".to_string()),
        Just("a@b.co".to_string()),
        Just("al-Assad".to_string()),
        Just("don't".to_string()),
        Just("He".to_string()),
        Just("the".to_string()),
        Just(" ".to_string()),
        "[a-zA-Z]{1,6}",
        "[0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check_all(&text)?;
    }

    #[test]
    fn punctuation_soup(text in "[ .!?\"'”“…\n’a-zA-Z0-9,\u{a0}é]{0,80}") {
        check_all(&text)?;
    }

    #[test]
    fn news_like(pieces in prop::collection::vec(news_piece(), 0..60)) {
        check_all(&pieces.concat())?;
    }

    #[test]
    fn arbitrary_within_spans(text in "[ .a-zé”\n]{0,40}", a in 0usize..50, b in 0usize..50) {
        let within = Span::new(a.min(b), a.max(b));
        let toks = tokens(&text, within);
        let mut prev = 0;
        for t in &toks {
            prop_assert!(t.span.start >= prev && t.span.start < t.span.end);
            prop_assert!(t.span.start >= within.start && t.span.end <= within.end.min(text.len()));
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            prev = t.span.end;
        }
    }
}
