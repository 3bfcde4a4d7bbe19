//! The language of an article's text.
//!
//! Almost every article dyad reads is English, and whatlang, which scores a text against every
//! language it knows, was 7% of the CPU of `dyad ingest`. English prose is recognised far more
//! cheaply by its function words: in news copy "the", "of", "and", "to" and their kind are a
//! fifth of all words, while in other Latin-script languages these words are rare or absent
//! (the few shared spellings, like Dutch "was" or French "on", are not enough to reach the
//! threshold). A text that does not clearly pass is left to whatlang, so the fast path can
//! only say "English" where whatlang would have said so too.

/// The language of a text (ISO 639-3 code and English name) when detection is reliable.
pub(crate) fn detect(text: &str) -> Option<(&'static str, &'static str)> {
    if clearly_english(text) {
        let english = whatlang::Lang::Eng;
        return Some((english.code(), english.eng_name()));
    }
    // On the first 1,000 characters: whatlang's cost grows with its input, and a paragraph of
    // prose decides the language as well as a page.
    let sample_end = text.char_indices().nth(1000).map_or(text.len(), |(i, _)| i);
    let info = whatlang::detect(&text[..sample_end])?;
    info.is_reliable().then(|| (info.lang().code(), info.lang().eng_name()))
}

/// Words looked at: enough prose to be sure, few enough to be quick.
const SAMPLE_WORDS: usize = 200;
/// Fewer words than this decide nothing (a headline, a caption).
const MIN_WORDS: usize = 40;

/// English function words that are not words (or are rare words) in the other languages of
/// news written in Latin script; `lower` is a lower-cased word. A `match` on the bytes (the
/// compiler branches on the length first), not a scan of a list: this runs for the first 200
/// words of every article.
fn is_function_word(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"the"
            | b"of"
            | b"and"
            | b"to"
            | b"that"
            | b"with"
            | b"said"
            | b"was"
            | b"for"
            | b"from"
            | b"has"
            | b"have"
            | b"were"
            | b"which"
            | b"this"
            | b"would"
            | b"by"
            | b"is"
            | b"are"
            | b"its"
            | b"their"
            | b"will"
            | b"after"
            | b"on"
            | b"at"
            | b"it"
            | b"be"
            | b"been"
    )
}

/// Whether at least a sixth of the first words are English function words, "the" among them
/// at least one word in forty.
fn clearly_english(text: &str) -> bool {
    let (mut words, mut function, mut the) = (0usize, 0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(SAMPLE_WORDS)
    {
        words += 1;
        // No function word is longer than six letters or accented.
        if word.len() > 6 || !word.is_ascii() {
            continue;
        }
        let mut lower = [0u8; 6];
        lower[..word.len()].copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let lower = &lower[..word.len()];
        if lower == b"the" {
            the += 1;
        }
        if is_function_word(lower) {
            function += 1;
        }
    }
    words >= MIN_WORDS && function * 6 >= words && the * 40 >= words
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "The foreign minister of the small republic said on Monday that talks with its \
        neighbour would resume next week in the capital, after a month in which both sides had accused each \
        other of moving troops towards the border. Officials from the two governments were expected to meet \
        at a hotel near the airport, and diplomats said the agenda included the return of detained fishermen \
        and the reopening of a road that has been closed since the spring.";

    const OTHERS: &[(&str, &str)] = &[
        (
            "fra",
            "Le ministre des affaires étrangères a déclaré lundi que les négociations avec le pays voisin \
             reprendraient la semaine prochaine dans la capitale, après un mois pendant lequel les deux parties \
             se sont accusées de déplacer des troupes vers la frontière. Les responsables des deux gouvernements \
             doivent se rencontrer dans un hôtel près de l'aéroport, selon des diplomates.",
        ),
        (
            "deu",
            "Der Außenminister der kleinen Republik sagte am Montag, die Gespräche mit dem Nachbarland würden \
             nächste Woche in der Hauptstadt fortgesetzt, nachdem beide Seiten einander einen Monat lang \
             vorgeworfen hatten, Truppen an die Grenze zu verlegen. Was die Beamten beider Regierungen \
             besprechen wollen, ist noch nicht bekannt, sagten Diplomaten in der Hauptstadt am Abend.",
        ),
        (
            "spa",
            "El ministro de Asuntos Exteriores dijo el lunes que las conversaciones con el país vecino se \
             reanudarán la próxima semana en la capital, después de un mes en el que ambas partes se acusaron \
             mutuamente de mover tropas hacia la frontera. Los funcionarios de los dos gobiernos se reunirán en \
             un hotel cerca del aeropuerto, según dijeron los diplomáticos.",
        ),
        (
            "nld",
            "De minister van Buitenlandse Zaken zei maandag dat de gesprekken met het buurland volgende week in \
             de hoofdstad worden hervat, nadat beide partijen elkaar een maand lang hadden beschuldigd van het \
             verplaatsen van troepen naar de grens. Het was de eerste keer dat de ambtenaren van beide \
             regeringen elkaar in een hotel bij het vliegveld zouden ontmoeten, zeiden diplomaten.",
        ),
    ];

    #[test]
    fn english_prose_takes_the_fast_path_and_agrees_with_whatlang() {
        assert!(clearly_english(ENGLISH));
        let slow = whatlang::detect(ENGLISH).expect("detected");
        assert_eq!(Some((slow.lang().code(), slow.lang().eng_name())), detect(ENGLISH));
        assert_eq!(detect(ENGLISH).map(|(code, _)| code), Some("eng"));
    }

    #[test]
    fn other_languages_are_left_to_whatlang() {
        for (code, text) in OTHERS {
            assert!(!clearly_english(text), "{code} passed as English");
            assert_eq!(detect(text).map(|(c, _)| c), Some(*code), "{code}");
        }
    }

    #[test]
    fn function_words_are_whole_lower_case_words() {
        for word in ["the", "of", "said", "which", "would", "been"] {
            assert!(is_function_word(word.as_bytes()), "{word}");
        }
        for word in ["The", "then", "he", "ofs", "", "whic"] {
            assert!(!is_function_word(word.as_bytes()), "{word}");
        }
    }

    #[test]
    fn a_short_text_decides_nothing_by_itself() {
        let headline = "The minister said the talks would resume";
        assert!(!clearly_english(headline));
    }

    #[test]
    fn a_list_of_names_is_not_clearly_english() {
        let names = "Ankara Beijing Cairo Damascus Geneva Havana Istanbul Jakarta Kabul Lagos Manila Nairobi \
            Oslo Paris Quito Rabat Seoul Tehran Vienna Warsaw Yerevan Zagreb the Ankara Beijing Cairo Damascus \
            Geneva Havana Istanbul Jakarta Kabul Lagos Manila Nairobi Oslo Paris Quito Rabat Seoul Tehran";
        assert!(!clearly_english(names));
    }
}
