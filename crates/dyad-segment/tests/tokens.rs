//! Behaviour of the tokeniser.

use dyad_segment::{Span, TokenKind, tokens};

fn toks(text: &str) -> Vec<(&str, TokenKind)> {
    tokens(text, Span::new(0, text.len()))
        .iter()
        .map(|t| (t.span.slice(text), t.kind))
        .collect()
}

fn words(text: &str) -> Vec<&str> {
    toks(text).into_iter().map(|(s, _)| s).collect()
}

#[test]
fn sentence_with_abbreviation_and_possessive() {
    use TokenKind::*;
    assert_eq!(
        toks("Turkey's U.S. envoy, Gen. al-Assad, left."),
        [
            ("Turkey", Word),
            ("'s", Possessive),
            ("U.S.", Abbreviation),
            ("envoy", Word),
            (",", Punct),
            ("Gen.", Abbreviation),
            ("al-Assad", Word),
            (",", Punct),
            ("left", Word),
            (".", Punct),
        ]
    );
}

#[test]
fn apostrophes_inside_words() {
    assert_eq!(words("don't O'Brien Turkey’s"), ["don't", "O'Brien", "Turkey", "’s"]);
    assert_eq!(words("the leaders' talks"), ["the", "leaders", "'", "talks"]);
}

#[test]
fn numbers_are_single_tokens() {
    for n in [
        "3,000",
        "2.5",
        "1.5 million",
        "$4.2bn",
        "10:30",
        "2026-04-27",
        "€30",
        "5th",
    ] {
        let text = format!("about {n} today");
        assert_eq!(toks(&text)[1], (n, TokenKind::Number), "{text}");
    }
}

#[test]
fn number_at_sentence_end_leaves_the_full_stop() {
    assert_eq!(words("It rose 2.5."), ["It", "rose", "2.5", "."]);
    assert_eq!(words("cost $5, 50% more"), ["cost", "$5", ",", "50", "%", "more"]);
}

#[test]
fn initials_and_dotted_names() {
    use TokenKind::*;
    assert_eq!(
        toks("John F. Kennedy and J.R.R. Tolkien"),
        [
            ("John", Word),
            ("F.", Initial),
            ("Kennedy", Word),
            ("and", Word),
            ("J.R.R.", Abbreviation),
            ("Tolkien", Word)
        ]
    );
    assert_eq!(words("World War I."), ["World", "War", "I", "."]);
}

#[test]
fn punctuation_each_its_own_token() {
    use TokenKind::*;
    assert_eq!(
        toks("“Yes!” (he said)... —"),
        [
            ("“", Quote),
            ("Yes", Word),
            ("!", Punct),
            ("”", Quote),
            ("(", Punct),
            ("he", Word),
            ("said", Word),
            (")", Punct),
            ("...", Punct),
            ("—", Punct),
        ]
    );
}

#[test]
fn urls_and_emails() {
    use TokenKind::*;
    assert_eq!(
        toks("See https://example.org/a?b=1, www.bbc.co.uk or mail press@un.org."),
        [
            ("See", Word),
            ("https://example.org/a?b=1", Url),
            (",", Punct),
            ("www.bbc.co.uk", Url),
            ("or", Word),
            ("mail", Word),
            ("press@un.org", Email),
            (".", Punct),
        ]
    );
}

#[test]
fn unicode_letters_inside_words() {
    assert_eq!(
        words("Erdoğan, Müller, Ердоган и الأسد."),
        ["Erdoğan", ",", "Müller", ",", "Ердоган", "и", "الأسد", "."]
    );
    assert_eq!(words("Café résumé"), ["Café", "résumé"]);
}

#[test]
fn spans_point_into_the_full_text() {
    let text = "Headline\n\nThe envoy left.";
    let within = Span::new(10, text.len());
    let got = tokens(text, within);
    assert_eq!(got[0].span, Span::new(10, 13));
    assert!(got.iter().all(|t| t.span.start >= 10 && t.span.end <= text.len()));
}

#[test]
fn out_of_range_or_mid_char_span_is_clipped() {
    let text = "é b";
    assert_eq!(tokens(text, Span::new(1, 100)).len(), 1);
    assert!(tokens(text, Span::new(50, 60)).is_empty());
}

#[test]
fn token_serialises_span_as_pair() {
    let text = "Hi";
    let json = serde_json::to_string(&tokens(text, Span::new(0, 2))).unwrap_or_default();
    assert_eq!(json, r#"[{"span":[0,2],"kind":"word"}]"#);
}
