//! A sentence prepared for coding: tokens with lower-case text, capitalisation and a coarse
//! word class, contractions split ("didn't" → "did" + "n't") so patterns written for
//! Treebank-style tokens match.

use dyad_segment::{Span, TokenKind};

use crate::lexicon::{self, Class, VerbForm};

/// One token of the sentence being coded.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub span: Span,
    pub lower: String,
    pub kind: TokenKind,
    /// The token starts with an upper-case letter.
    pub cap: bool,
    pub class: Class,
    /// `lexicon::verb_form(&lower)`: the chunker and the event rules ask it of a token many
    /// times (a million times per thousand articles), so it is read once here.
    pub form: Option<VerbForm>,
}

impl Tok {
    pub fn is_punct(&self, p: &str) -> bool {
        matches!(self.kind, TokenKind::Punct | TokenKind::Quote | TokenKind::Symbol) && self.lower == p
    }

    /// Punctuation that closes a clause for the purposes of subject and object search.
    pub fn is_hard_boundary(&self) -> bool {
        match self.kind {
            TokenKind::Quote => true,
            TokenKind::Punct => !matches!(self.lower.as_str(), "," | "-" | "." | "'"),
            _ => false,
        }
    }
}

/// Tokens of `sentence` in `text`, with contractions split.
pub(crate) fn prepare(text: &str, sentence: Span) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(sentence.len() / 5 + 2);
    let mut tokens = dyad_segment::token_iter(text, sentence).peekable();
    let mut after_abbreviation = false;
    while let Some(token) = tokens.next() {
        let word = token.span.slice(text);
        // "U.S.-led talks": the segmenter ends the abbreviation at its full stop, leaving "-led"
        // as a dash and a verb; the hyphen and the word after it are one modifier.
        if after_abbreviation
            && word == "-"
            && let Some(next) = tokens
                .peek()
                .filter(|n| n.span.start == token.span.end && n.kind == TokenKind::Word)
        {
            let joined = Span::new(token.span.start, next.span.end);
            tokens.next();
            push(&mut toks, text, joined, TokenKind::Word);
            after_abbreviation = false;
            continue;
        }
        after_abbreviation =
            token.kind == TokenKind::Abbreviation && tokens.peek().is_some_and(|n| n.span.start == token.span.end);
        if token.kind == TokenKind::Word && word.contains('_') {
            // PETRARCH-style joined names ("Dol_Amroth") are separate words.
            let mut at = token.span.start;
            for part in word.split('_') {
                if !part.is_empty() {
                    push(&mut toks, text, Span::new(at, at + part.len()), TokenKind::Word);
                }
                at += part.len() + 1;
            }
            continue;
        }
        if token.kind == TokenKind::Word
            && let Some(split) = contraction_split(word)
        {
            let cut = token.span.start + split;
            push(&mut toks, text, Span::new(token.span.start, cut), TokenKind::Word);
            push(&mut toks, text, Span::new(cut, token.span.end), TokenKind::Word);
            continue;
        }
        push(&mut toks, text, token.span, token.kind);
    }
    drop_inline_quotes(&mut toks);
    toks
}

/// The most words an inline quotation may hold ("a \"monstrous crime\"").
const INLINE_QUOTE_WORDS: usize = 6;

/// `expressed "full solidarity" with Poland`: quotation marks around a few words inside a
/// clause (a quoted phrase, scare quotes) end nothing, so they are dropped and patterns and
/// phrases read across them as a reader does. Quoted speech is left alone: its opening mark
/// follows punctuation or starts the sentence, and its words hold a comma or a stop. So is a
/// name given after "called" or "dubbed" (`what it called "baseless" claims`): the marks keep
/// the name from reading as the object of a statement.
fn drop_inline_quotes(toks: &mut Vec<Tok>) {
    const NAMING: &[&str] = &[
        "call", "calls", "called", "calling", "dub", "dubbed", "term", "termed", "brand", "branded", "label",
        "labelled", "labeled",
    ];
    let quote = |t: &Tok| t.kind == TokenKind::Quote;
    let plain = |t: &Tok| {
        matches!(
            t.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation | TokenKind::Possessive
        )
    };
    let mut drop = Vec::new();
    let mut i = 1;
    while i < toks.len() {
        if quote(&toks[i]) && plain(&toks[i - 1]) && !NAMING.contains(&toks[i - 1].lower.as_str()) {
            let close = (i + 2..toks.len().min(i + 2 + INLINE_QUOTE_WORDS)).find(|&j| quote(&toks[j]));
            if let Some(j) = close
                && toks[i + 1..j].iter().all(plain)
            {
                drop.extend([i, j]);
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    if drop.is_empty() {
        return;
    }
    let mut k = 0;
    toks.retain(|_| {
        k += 1;
        !drop.contains(&(k - 1))
    });
}

fn push(toks: &mut Vec<Tok>, text: &str, span: Span, kind: TokenKind) {
    let word = span.slice(text);
    // ASCII (nearly every word) is lower-cased in one copy: no Unicode case rules, no typographic
    // apostrophe to replace.
    let lower = if !word.is_ascii() {
        word.to_lowercase().replace('\u{2019}', "'")
    } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
        word.to_ascii_lowercase()
    } else {
        word.to_string()
    };
    let cap = word.chars().next().is_some_and(char::is_uppercase);
    let (class, form) = if kind == TokenKind::Word || kind == TokenKind::Abbreviation {
        lexicon::class_and_verb_form(&lower)
    } else if kind == TokenKind::Number {
        (Class::Number, lexicon::verb_form(&lower))
    } else {
        (Class::Other, lexicon::verb_form(&lower))
    };
    toks.push(Tok {
        span,
        lower,
        kind,
        cap,
        class,
        form,
    });
}

/// Where to split a negative contraction ("didn't" at 3, "won't" at 2) or `'ll`/`'re`/`'ve`/`'d`.
fn contraction_split(word: &str) -> Option<usize> {
    let lower_end = |suffix: &str| {
        word.len() > suffix.len()
            && word.is_char_boundary(word.len() - suffix.len())
            && word[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    // "cannot" reads as "can not".
    if word.len() == 6 && word.eq_ignore_ascii_case("cannot") {
        return Some(3);
    }
    for suffix in ["n't", "n\u{2019}t"] {
        if lower_end(suffix) {
            return Some(word.len() - suffix.len());
        }
    }
    for suffix in [
        "'ll",
        "'re",
        "'ve",
        "'d",
        "\u{2019}ll",
        "\u{2019}re",
        "\u{2019}ve",
        "\u{2019}d",
    ] {
        if lower_end(suffix) {
            return Some(word.len() - suffix.len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        prepare(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.lower)
            .collect()
    }

    #[test]
    fn quotation_marks_inside_a_clause_are_dropped() {
        assert_eq!(
            words("Germany expressed \"full solidarity\" with Poland."),
            ["germany", "expressed", "full", "solidarity", "with", "poland", "."]
        );
        // Quoted speech, and a name given after "called", keep their marks.
        assert_eq!(words("\"We will fight,\" he said.").len(), 9);
        assert!(words("what it called \"baseless\" claims").contains(&"\"".to_string()));
    }

    #[test]
    fn contractions_split_like_treebank() {
        assert_eq!(words("Iran didn't attack."), ["iran", "did", "n't", "attack", "."]);
        assert_eq!(words("They won't go"), ["they", "wo", "n't", "go"]);
        assert_eq!(words("We'll see"), ["we", "'ll", "see"]);
        assert_eq!(words("Iran cannot attack"), ["iran", "can", "not", "attack"]);
    }

    #[test]
    fn spans_stay_on_the_text() {
        let text = "Egypt's leader didn't come";
        for t in prepare(text, Span::new(0, text.len())) {
            assert_eq!(t.span.slice(text).to_lowercase(), t.lower);
        }
    }
}
