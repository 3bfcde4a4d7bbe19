//! Abbreviations that carry a full stop without ending a sentence, and the
//! capitalised words that typically start one.

/// How an abbreviation behaves before a capitalised word; this is what
/// decides whether its full stop can also end the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AbbrevKind {
    /// Precedes a name or number (`Gen.`, `Mr.`, `St.`, `vs.`): only a
    /// typical sentence start ("He", "The") after it begins a new sentence.
    Title,
    /// Month (`Jan.`, `Sept.`): continues before a number or lowercase word,
    /// ends the sentence before anything capitalised.
    Month,
    /// Abbreviation only before a number (`No. 5`); otherwise a plain word.
    Numeric,
    /// Follows a name (`Inc.`, `Jr.`): only a typical sentence start after it
    /// begins a new sentence.
    Suffix,
    /// Often the last word of a sentence (`etc.`, `et al.`): any
    /// capitalised word after it begins a new sentence.
    Trailing,
    /// Dotted initialism (`U.S.`, `p.m.`): only a typical sentence start
    /// after it begins a new sentence. Unlisted dotted forms such as `N.A.T.O.`
    /// are recognised by shape.
    Initialism,
}

/// Known abbreviations, lower-case, without the final full stop, sorted by
/// bytes so lookups can binary-search without allocating.
pub const ABBREVIATIONS: &[(&str, AbbrevKind)] = {
    use AbbrevKind::*;
    &[
        ("a.m", Initialism),
        ("adm", Title),
        ("al", Trailing),
        ("amb", Title),
        ("apr", Month),
        ("art", Numeric),
        ("aug", Month),
        ("ave", Suffix),
        ("brig", Title),
        ("bros", Suffix),
        ("capt", Title),
        ("cmdr", Title),
        ("co", Suffix),
        ("col", Title),
        ("corp", Suffix),
        ("cpl", Title),
        ("d.c", Initialism),
        ("dec", Month),
        ("dept", Suffix),
        ("det", Title),
        ("dr", Title),
        ("e.g", Initialism),
        ("e.u", Initialism),
        ("etc", Trailing),
        ("feb", Month),
        ("fr", Title),
        ("ft", Title),
        ("gen", Title),
        ("gov", Title),
        ("hon", Title),
        ("i.e", Initialism),
        ("inc", Suffix),
        ("insp", Title),
        ("jan", Month),
        ("jr", Suffix),
        ("jul", Month),
        ("jun", Month),
        ("lt", Title),
        ("ltd", Suffix),
        ("maj", Title),
        ("mar", Month),
        ("messrs", Title),
        ("mr", Title),
        ("mrs", Title),
        ("ms", Title),
        ("mt", Title),
        ("no", Numeric),
        ("nos", Numeric),
        ("nov", Month),
        ("oct", Month),
        ("p.m", Initialism),
        ("ph.d", Initialism),
        ("pres", Title),
        ("prof", Title),
        ("pvt", Title),
        ("rep", Title),
        ("rev", Title),
        ("sen", Title),
        ("sep", Month),
        ("sept", Month),
        ("sgt", Title),
        ("sr", Suffix),
        ("st", Title),
        ("supt", Title),
        ("u.k", Initialism),
        ("u.n", Initialism),
        ("u.s", Initialism),
        ("vol", Numeric),
        ("vs", Title),
    ]
};

/// Longest key in [`ABBREVIATIONS`]; longer words skip the lookup.
const MAX_KEY: usize = 8;

/// A key of up to eight bytes packed big-endian into a `u64`, zero-padded,
/// so integer order equals byte order and a lookup is a binary search over
/// integers instead of over `memcmp` calls.
const fn pack(key: &[u8]) -> u64 {
    let mut packed = 0u64;
    let mut i = 0;
    while i < MAX_KEY {
        packed <<= 8;
        if i < key.len() {
            packed |= key[i] as u64;
        }
        i += 1;
    }
    packed
}

/// [`ABBREVIATIONS`] keys packed with [`pack`], in the same order.
const PACKED: [u64; ABBREVIATIONS.len()] = {
    let mut packed = [0u64; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < packed.len() {
        packed[i] = pack(ABBREVIATIONS[i].0.as_bytes());
        i += 1;
    }
    packed
};

/// The kind of a known abbreviation. `word` may carry its final full stop
/// (`"Gen."` or `"Gen"`); case is ignored.
pub fn abbreviation_kind(word: &str) -> Option<AbbrevKind> {
    let word = word.strip_suffix('.').unwrap_or(word);
    let bytes = word.as_bytes();
    // A NUL byte would collide with the padding.
    if bytes.is_empty() || bytes.len() > MAX_KEY || !word.is_ascii() || bytes.contains(&0) {
        return None;
    }
    let mut buf = [0u8; MAX_KEY];
    let key = &mut buf[..bytes.len()];
    key.copy_from_slice(bytes);
    key.make_ascii_lowercase();
    let i = PACKED.binary_search(&pack(key)).ok()?;
    ABBREVIATIONS.get(i).map(|&(_, kind)| kind)
}

/// What the word before a full stop is, as far as splitting is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordClass {
    /// An ordinary word or number: its full stop ends the sentence.
    Plain,
    /// A single capital letter (`F` in "John F. Kennedy").
    Initial,
    /// A listed or dotted abbreviation.
    Abbrev(AbbrevKind),
}

/// Classifies `word`, the text between the last separator and a full stop.
pub(crate) fn classify(word: &str) -> WordClass {
    if let Some(kind) = abbreviation_kind(word) {
        return WordClass::Abbrev(kind);
    }
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_uppercase() => WordClass::Initial,
        _ if is_dotted(word) => WordClass::Abbrev(AbbrevKind::Initialism),
        _ => WordClass::Plain,
    }
}

/// `N.A.T.O`, `Ph.D`: two or more dot-separated runs of one or two letters.
pub(crate) fn is_dotted(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let letters = part.chars().count();
        if !(1..=2).contains(&letters) || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// Capitalised words that usually open a sentence in news copy: pronouns,
/// determiners, conjunctions and sentence adverbs. After an abbreviation
/// such as "U.S." they signal a new sentence, where a capitalised noun
/// ("U.S. Ambassador") does not.
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "A" | "About"
            | "According"
            | "After"
            | "Also"
            | "Although"
            | "An"
            | "And"
            | "As"
            | "At"
            | "But"
            | "By"
            | "Despite"
            | "During"
            | "Earlier"
            | "For"
            | "From"
            | "He"
            | "Her"
            | "His"
            | "However"
            | "I"
            | "If"
            | "In"
            | "It"
            | "Its"
            | "Last"
            | "Later"
            | "Meanwhile"
            | "My"
            | "No"
            | "Now"
            | "On"
            | "One"
            | "Our"
            | "She"
            | "Since"
            | "So"
            | "Some"
            | "That"
            | "The"
            | "Their"
            | "Then"
            | "There"
            | "These"
            | "They"
            | "This"
            | "Those"
            | "Under"
            | "We"
            | "What"
            | "When"
            | "While"
            | "With"
            | "Yet"
            | "You"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_lowercase_and_fits_key_buffer() {
        for pair in ABBREVIATIONS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} !< {}", pair[0].0, pair[1].0);
        }
        for (key, _) in ABBREVIATIONS {
            assert_eq!(*key, key.to_ascii_lowercase());
            assert!(key.len() <= MAX_KEY && !key.ends_with('.'));
        }
    }

    #[test]
    fn every_entry_is_found() {
        for (key, kind) in ABBREVIATIONS {
            assert_eq!(abbreviation_kind(key), Some(*kind), "{key}");
            assert_eq!(abbreviation_kind(&key.to_ascii_uppercase()), Some(*kind));
        }
    }

    #[test]
    fn lookup_ignores_case_and_final_dot() {
        assert_eq!(abbreviation_kind("Gen."), Some(AbbrevKind::Title));
        assert_eq!(abbreviation_kind("U.S."), Some(AbbrevKind::Initialism));
        assert_eq!(abbreviation_kind("SEPT"), Some(AbbrevKind::Month));
        assert_eq!(abbreviation_kind("General"), None);
        assert_eq!(abbreviation_kind("us"), None);
        assert_eq!(abbreviation_kind(""), None);
        assert_eq!(abbreviation_kind("é"), None);
        assert_eq!(abbreviation_kind("gen\0"), None);
        assert_eq!(abbreviation_kind("messrsxy"), None);
    }

    #[test]
    fn classify_shapes() {
        assert_eq!(classify("F"), WordClass::Initial);
        assert_eq!(classify("Ö"), WordClass::Initial);
        assert_eq!(classify("f"), WordClass::Plain);
        assert_eq!(classify("J.R.R"), WordClass::Abbrev(AbbrevKind::Initialism));
        assert_eq!(classify("example.com"), WordClass::Plain);
        assert_eq!(classify("2025"), WordClass::Plain);
        assert_eq!(classify("Monday"), WordClass::Plain);
        assert_eq!(classify(""), WordClass::Plain);
    }

    #[test]
    fn starters_are_capitalised_function_words() {
        assert!(is_sentence_starter("He"));
        assert!(is_sentence_starter("The"));
        assert!(!is_sentence_starter("Ambassador"));
        assert!(!is_sentence_starter("he"));
    }
}
