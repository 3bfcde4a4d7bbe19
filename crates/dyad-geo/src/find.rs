//! Place mentions in running text.
//!
//! A sentence is cut into word tokens (letters and digits, with inner hyphens, apostrophes
//! and full stops: "el-Mandeb", "d'Ivoire", "U.S."). Only a capitalised token can start a
//! mention (or "al-"/"el-" before a capital); from there the longest run of tokens, joined by
//! spaces only, whose key is in the index wins. The first-word table bounds how many tokens
//! to try, so there is no regex and no per-sentence allocation beyond the tokens.
//!
//! Precision rules (a mention is dropped unless they pass):
//! - a common English word ("Police", "Mobile", "Nice"), a person's name that is not a
//!   country or US state ("Jackson", "Paris"), an all-capitals token that is not a country or
//!   feature, and a town under 100,000 people need a locative cue (any cue but `Bare`);
//! - a mention followed by another capitalised word ("Paris Hilton", "Victoria Park",
//!   "Washington Post"; days and months aside) is part of a longer name, unless it is a
//!   country; so is a bare one right after a capitalised word ("President Washington");
//! - a cue inherited over a list ("in Syria, Iraq and Yemen") does not lift the rules above.
//!
//! Bare mentions of countries, capitals, large cities and features are returned with
//! [`Cue::Bare`]: "Russia said" is usually an actor, not a location. The caller decides;
//! [`Cue::is_locative`] is the simple rule.

use std::borrow::Cow;
use std::ops::Range;

use crate::normalize::key;
use crate::{Entry, Gazetteer, PlaceKind};

/// The word(s) before a mention that say how it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// "in", "inside", "within", "across", "throughout".
    In,
    /// "at", "through".
    At,
    /// "near", "outside", "around", "off", "along", "over", "between", "close to", "north of".
    Near,
    /// "from".
    From,
    /// "to", "into", "towards", "via".
    To,
    /// A place noun: "the city of X", "the port of X", "X province".
    PlaceNoun,
    /// The dateline at the start of the text ("GENEVA (Reuters) —").
    Dateline,
    /// Nothing: a subject or object ("Russia said", "struck Kyiv").
    Bare,
}

impl Cue {
    /// True for every cue that marks the mention as a location (all but `Bare`).
    pub fn is_locative(self) -> bool {
        self != Cue::Bare
    }
}

/// One place mention found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceMention {
    /// Byte range in the text given to [`Gazetteer::find_places`].
    pub span: Range<usize>,
    /// `&text[span]`.
    pub text: String,
    pub cue: Cue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    /// Starts with a capital ("Gaza", "al-Hudaydah").
    Title,
    /// Two or more letters, all capitals ("US", "KYIV").
    Upper,
}

#[derive(Debug)]
struct Token<'t> {
    start: usize,
    end: usize,
    key: Cow<'t, str>,
    case: Case,
    /// Only whitespace between this token and the one before (no punctuation).
    joined: bool,
    /// First token, or after sentence-like punctuation: capitalised by position.
    clause_start: bool,
    /// The gap before holds a comma (for "in Syria, Iraq and Lebanon").
    comma_before: bool,
}

/// Characters that may join two alphanumeric runs inside one token.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '.' | '\u{2011}')
}

/// The character at byte `at` of `text` (a character boundary) and its length: ASCII without
/// decoding. Every byte of every sentence with events passes through here; walking a peekable
/// `char_indices` cost most of tokenizing.
#[inline]
fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    match text.as_bytes().get(at) {
        None => None,
        Some(&b) if b.is_ascii() => Some((char::from(b), 1)),
        Some(_) => text[at..].chars().next().map(|c| (c, c.len_utf8())),
    }
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    // The next character to look at (a byte offset on a character boundary).
    let mut at = 0;
    let mut gap_start = 0;
    while let Some((c, len)) = char_at(text, at) {
        if !(c.is_alphanumeric() || c == '&') {
            at += len;
            continue;
        }
        let start = at;
        let mut end = start + len;
        at = end;
        if c != '&' {
            while let Some((c, len)) = char_at(text, at) {
                if c.is_alphanumeric() {
                    end = at + len;
                    at = end;
                } else if is_joiner(c) && is_possessive(text, at) {
                    break;
                } else if is_joiner(c) && next_is_alnum(text, at + len) {
                    at += len;
                } else {
                    break;
                }
            }
            end = take_abbreviation_stop(text, start, end);
        }
        let gap = &text[gap_start..start];
        let word = &text[start..end];
        tokens.push(Token {
            start,
            end,
            key: token_key(word),
            case: case_of(word),
            joined: !tokens.is_empty() && gap.chars().all(char::is_whitespace),
            clause_start: tokens.is_empty() || gap.chars().any(is_clause_mark),
            comma_before: gap.contains(','),
        });
        // The abbreviation's full stop is part of the token.
        at = at.max(end);
        gap_start = end;
    }
    tokens
}

/// [`key`] of a token, borrowed where it is the word itself: lower-case ASCII letters and
/// digits (most tokens), but for the abbreviations `key` spells out ("st" → "saint"). Every
/// token of every sentence with events is keyed: the copy was most of tokenizing.
fn token_key(word: &str) -> Cow<'_, str> {
    let plain = word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if plain && !matches!(word, "st" | "ste" | "mt" | "ft") {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(key(word))
    }
}

/// "'s" or "’s" ending a word: the possessive is not part of the name ("Mariupol's").
fn is_possessive(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let tail = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('\u{2019}'));
    tail.and_then(|t| t.strip_prefix('s'))
        .is_some_and(|after| !after.chars().next().is_some_and(char::is_alphanumeric))
}

fn next_is_alnum(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphanumeric)
}

/// "St." and "U.S." keep their final full stop, so the span covers the abbreviation.
fn take_abbreviation_stop(text: &str, start: usize, end: usize) -> usize {
    if !text[end..].starts_with('.') {
        return end;
    }
    let word = &text[start..end];
    let short = matches!(word, "St" | "Mt" | "Ft" | "Ste");
    if short || (word.contains('.') && word.len() <= 6) {
        end + 1
    } else {
        end
    }
}

fn is_clause_mark(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ':' | ';' | '"' | '\u{201C}' | '(' | '[' | '\u{2014}' | '\u{2013}' | '\n'
    )
}

#[rustfmt::skip]
const ARTICLE_PREFIXES: [&str; 9] = [
    "al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-",
];

fn case_of(word: &str) -> Case {
    if word.is_ascii() {
        return case_of_ascii(word);
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return Case::Lower;
    };
    if first.is_uppercase() {
        let rest_upper = word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        let count = word.chars().filter(|c| c.is_alphabetic()).count();
        return if rest_upper && count >= 2 {
            Case::Upper
        } else {
            Case::Title
        };
    }
    // "al-Hudaydah": an Arabic article before a capital starts a name too. Every article is
    // two or three ASCII letters and a hyphen: a word without one at byte 2 or 3 (nearly every
    // lower-case word) has none, and is not lower-cased again to look.
    if !word.as_bytes().get(2..4).is_some_and(|b| b.contains(&b'-')) {
        return Case::Lower;
    }
    let lower = word.get(..4).unwrap_or(word).to_lowercase();
    let after_article = ARTICLE_PREFIXES
        .iter()
        .find(|p| lower.starts_with(*p))
        .and_then(|p| word.get(p.len()..))
        .and_then(|s| s.chars().next());
    if after_article.is_some_and(char::is_uppercase) {
        Case::Title
    } else {
        Case::Lower
    }
}

/// [`case_of`] for an ASCII word, on its bytes (what nearly every token is): the same rules,
/// without decoding characters three times over.
fn case_of_ascii(word: &str) -> Case {
    let bytes = word.as_bytes();
    let Some(first) = bytes.iter().find(|b| b.is_ascii_alphabetic()) else {
        return Case::Lower;
    };
    if first.is_ascii_uppercase() {
        let mut letters = bytes.iter().filter(|b| b.is_ascii_alphabetic());
        let rest_upper = letters.clone().all(u8::is_ascii_uppercase);
        return if rest_upper && letters.nth(1).is_some() {
            Case::Upper
        } else {
            Case::Title
        };
    }
    if !bytes.get(2..4).is_some_and(|b| b.contains(&b'-')) {
        return Case::Lower;
    }
    let after_article = ARTICLE_PREFIXES
        .iter()
        .find(|p| {
            bytes
                .get(..p.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
        })
        .and_then(|p| bytes.get(p.len()));
    if after_article.is_some_and(u8::is_ascii_uppercase) {
        Case::Title
    } else {
        Case::Lower
    }
}

/// Words skipped when looking back for a cue: "in the occupied West Bank".
#[rustfmt::skip]
const MODIFIERS: &[&str] = &[
    "the", "northern", "southern", "eastern", "western", "central", "north", "south", "east",
    "west", "northeastern", "northwestern", "southeastern", "southwestern", "north eastern",
    "north western", "south eastern", "south western", "occupied", "neighbouring",
    "neighboring", "nearby", "besieged", "war torn", "rebel held", "government held", "coastal",
    "mainland", "annexed", "downtown", "southernmost", "northernmost", "embattled", "strategic",
    "contested", "disputed", "volatile", "restive", "oil rich", "nearby",
];

/// Nouns that make "the X of Y" a place: "the city of Aleppo".
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "city", "town", "village", "port", "province", "region", "capital", "district",
    "governorate", "state", "area", "territory", "enclave", "island", "islands", "strait",
    "camp", "oblast", "county", "municipality", "settlement", "neighbourhood", "neighborhood",
    "suburb", "republic", "kingdom", "emirate", "peninsula", "gulf", "sea", "straits", "streets",
    "parts", "districts", "areas", "neighbourhoods", "neighborhoods", "centre", "center", "heart",
];

/// Nouns that make "the X of Y" a nearby place: "the outskirts of Kyiv".
#[rustfmt::skip]
const NEAR_NOUNS: &[&str] = &[
    "outskirts", "suburbs", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest", "coast", "shores", "edge", "edges", "vicinity", "waters",
];

/// Words after a mention that make it a place: "Kharkiv region".
#[rustfmt::skip]
const PLACE_NOUNS_AFTER: &[&str] = &[
    "region", "province", "oblast", "governorate", "city", "district", "border", "crossing",
    "port", "airport", "strait", "coast", "camp", "refugee", "area", "valley", "countryside",
    "outskirts",
];

fn preposition(word: &str) -> Option<Cue> {
    Some(match word {
        "in" | "inside" | "within" | "throughout" | "across" => Cue::In,
        "at" | "through" => Cue::At,
        "near" | "outside" | "around" | "off" | "along" | "over" | "beyond" | "between" => Cue::Near,
        "from" => Cue::From,
        "to" | "into" | "toward" | "towards" | "via" | "onto" => Cue::To,
        // "visited Paris": the object of a visit is where the visitor goes.
        "visit" | "visits" | "visited" | "visiting" | "toured" => Cue::To,
        _ => return None,
    })
}

impl Gazetteer {
    /// Place mentions in one sentence (or any text), in order, never overlapping; each span
    /// is a byte range of `sentence` on character boundaries. See the module rules for what
    /// counts as a mention and [`Cue`] for how it is used.
    pub fn find_places(&self, sentence: &str) -> Vec<PlaceMention> {
        let tokens = tokenize(sentence);
        let dateline_start = crate::parse_dateline(sentence).map(|d| d.as_ptr() as usize - sentence.as_ptr() as usize);
        // Each mention with its last token, for lists ("in Syria and Iraq").
        let mut found: Vec<(PlaceMention, usize)> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if tokens[i].case == Case::Lower {
                i += 1;
                continue;
            }
            let Some((end, entries)) = self.longest_match(&tokens, i) else {
                i += 1;
                continue;
            };
            let span = tokens[i].start..tokens[end - 1].end;
            let (cue, direct) = if dateline_start == Some(span.start) {
                (Cue::Dateline, true)
            } else {
                cue_for(&tokens, i, end, found.last().map(|(m, last)| (m.cue, *last)))
            };
            if self.accept(&tokens, i, end, &entries, cue, direct) {
                let text = sentence[span.clone()].to_string();
                found.push((PlaceMention { span, text, cue }, end - 1));
                i = end;
            } else {
                i += 1;
            }
        }
        found.into_iter().map(|(m, _)| m).collect()
    }

    /// The longest index match starting at token `i`: (end token, entries).
    fn longest_match(&self, tokens: &[Token], i: usize) -> Option<(usize, Vec<Entry>)> {
        let first = tokens[i].key.split(' ').next()?;
        let max_words = usize::from(*self.first_words.get(first)?);
        let mut last = i + 1;
        let mut words = tokens[i].key.split(' ').count();
        while last < tokens.len() && tokens[last].joined {
            words += tokens[last].key.split(' ').count();
            if words > max_words {
                break;
            }
            last += 1;
        }
        let mut phrase = String::new();
        for end in (i + 1..=last).rev() {
            phrase.clear();
            for (n, t) in tokens[i..end].iter().enumerate() {
                if n > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(&t.key);
            }
            if phrase.is_empty() || phrase == "the" {
                continue;
            }
            // A leading "The" belongs to the name only when the name has it ("The Hague"):
            // "The Georgia election" starts at "Georgia".
            let entries = if tokens[i].key == "the" {
                self.chain(self.index.get(phrase.as_str()).copied())
            } else {
                self.entries(&phrase)
            };
            if !entries.is_empty() {
                return Some((end, entries));
            }
        }
        None
    }

    /// The precision rules from the module documentation. `direct` says the cue was found
    /// before this mention itself, not inherited over a list.
    fn accept(&self, tokens: &[Token], i: usize, end: usize, entries: &[Entry], cue: Cue, direct: bool) -> bool {
        let places = entries.iter().map(|e| self.place(*e));
        let country = places.clone().any(|p| p.kind == PlaceKind::Country);
        let state = places.clone().any(|p| p.kind == PlaceKind::Admin1);
        let feature = places.clone().any(|p| matches!(p.kind, PlaceKind::Feature(_)));
        let big = places
            .clone()
            .any(|p| p.kind == PlaceKind::Capital || p.population >= 100_000);
        let single = end == i + 1 && !tokens[i].key.contains(' ');
        if !country && followed_by_name(tokens, end) {
            return false;
        }
        if cue.is_locative() && direct {
            return true;
        }
        let word = &*tokens[i].key;
        if single && self.common_words.contains_key(word) {
            return false;
        }
        if single && !(country || state) && self.person_names.contains_key(word) {
            return false;
        }
        if single && tokens[i].case == Case::Upper && !(country || state || feature) {
            return false;
        }
        if cue.is_locative() {
            return true;
        }
        (country || state || feature || big) && !preceded_by_name(tokens, i)
    }
}

/// Capitalised words that may follow a place in news style ("in Kyiv Monday").
#[rustfmt::skip]
const DAYS_AND_MONTHS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
];

/// A capitalised word right after (spaces only): part of a longer name ("Paris Hilton",
/// "Victoria Park", "Washington Post").
fn followed_by_name(tokens: &[Token], end: usize) -> bool {
    tokens
        .get(end)
        .is_some_and(|t| t.joined && t.case != Case::Lower && !DAYS_AND_MONTHS.contains(&&*t.key))
}

/// A capitalised word right before, itself not at a clause start, where any word is
/// capitalised ("President Washington", but not "The Georgia election").
fn preceded_by_name(tokens: &[Token], i: usize) -> bool {
    i > 0 && tokens[i].joined && !tokens[i - 1].clause_start && tokens[i - 1].case != Case::Lower
}

/// The cue for the mention at tokens `i..end`, and whether it was found directly (not
/// inherited); `previous` is the last mention's cue and last token, for lists ("in Syria,
/// Iraq and Yemen").
fn cue_for(tokens: &[Token], i: usize, end: usize, previous: Option<(Cue, usize)>) -> (Cue, bool) {
    let inherited = |k: usize| match previous {
        Some((cue, last)) if last + 1 == k && cue != Cue::Dateline => (cue, false),
        _ => (Cue::Bare, true),
    };
    let mut k = i;
    while k > 0 {
        if tokens[k].comma_before {
            return appositive_cue(tokens, k).map_or_else(|| inherited(k), |cue| (cue, true));
        }
        if !tokens[k].joined {
            break;
        }
        k -= 1;
        let word = &*tokens[k].key;
        if MODIFIERS.contains(&word) {
            continue;
        }
        if let Some(cue) = preposition(word) {
            return (close_to(tokens, k).unwrap_or(cue), true);
        }
        return match word {
            "and" | "or" => inherited(k),
            "of" => (of_cue(tokens, k), true),
            _ => (after_cue(tokens, end), true),
        };
    }
    (after_cue(tokens, end), true)
}

/// "in the capital, Khartoum", "in the eastern city, Goma": a place named right after a
/// comma that closes "PREPOSITION the [modifiers] PLACE-NOUN" takes that preposition's cue.
fn appositive_cue(tokens: &[Token], k: usize) -> Option<Cue> {
    let noun = k.checked_sub(1)?;
    if !PLACE_NOUNS.contains(&&*tokens[noun].key) {
        return None;
    }
    // "the" at most two words before the noun ("the Sudanese capital"), then the preposition.
    let the = (noun.saturating_sub(3)..noun)
        .rev()
        .find(|&j| &*tokens[j].key == "the")?;
    if (the + 1..=noun).any(|j| !tokens[j].joined) {
        return None;
    }
    let prep = the.checked_sub(1).filter(|_| tokens[the].joined)?;
    preposition(&tokens[prep].key)
}

/// "close to X", "next to X" are Near, not To.
fn close_to(tokens: &[Token], k: usize) -> Option<Cue> {
    let prev = tokens[..k].last()?;
    (tokens[k].key == "to" && matches!(&*prev.key, "close" | "next")).then_some(Cue::Near)
}

/// "the city of X" → PlaceNoun, "north of X" → Near, "the government of X" → Bare.
fn of_cue(tokens: &[Token], of: usize) -> Cue {
    let Some(noun) = of.checked_sub(1).map(|n| &*tokens[n].key) else {
        return Cue::Bare;
    };
    if PLACE_NOUNS.contains(&noun) {
        Cue::PlaceNoun
    } else if NEAR_NOUNS.contains(&noun) {
        Cue::Near
    } else {
        Cue::Bare
    }
}

/// "Kharkiv region", "the Rafah crossing": a place noun right after.
fn after_cue(tokens: &[Token], end: usize) -> Cue {
    match tokens.get(end) {
        Some(t) if t.joined && PLACE_NOUNS_AFTER.contains(&&*t.key) => Cue::PlaceNoun,
        _ => Cue::Bare,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `tokenize` as it was before its byte walk: the reference for it.
    fn tokenize_by_chars(text: &str) -> Vec<Token<'_>> {
        let mut tokens = Vec::new();
        let mut chars = text.char_indices().peekable();
        let mut gap_start = 0;
        while let Some(&(start, c)) = chars.peek() {
            if !(c.is_alphanumeric() || c == '&') {
                chars.next();
                continue;
            }
            let mut end = start + c.len_utf8();
            chars.next();
            if c != '&' {
                while let Some(&(i, c)) = chars.peek() {
                    if c.is_alphanumeric() {
                        end = i + c.len_utf8();
                        chars.next();
                    } else if is_joiner(c) && is_possessive(text, i) {
                        break;
                    } else if is_joiner(c) && next_is_alnum(text, i + c.len_utf8()) {
                        chars.next();
                    } else {
                        break;
                    }
                }
                end = take_abbreviation_stop(text, start, end);
            }
            let gap = &text[gap_start..start];
            let word = &text[start..end];
            tokens.push(Token {
                start,
                end,
                key: token_key(word),
                case: case_by_chars(word),
                joined: !tokens.is_empty() && gap.chars().all(char::is_whitespace),
                clause_start: tokens.is_empty() || gap.chars().any(is_clause_mark),
                comma_before: gap.contains(','),
            });
            while chars.peek().is_some_and(|&(i, _)| i < end) {
                chars.next();
            }
            gap_start = end;
        }
        tokens
    }

    /// `case_of` as it was before its ASCII path: the reference for it.
    fn case_by_chars(word: &str) -> Case {
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let Some(first) = letters.next() else {
            return Case::Lower;
        };
        if first.is_uppercase() {
            let rest_upper = word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
            let count = word.chars().filter(|c| c.is_alphabetic()).count();
            return if rest_upper && count >= 2 {
                Case::Upper
            } else {
                Case::Title
            };
        }
        let lower = word.to_lowercase();
        let after_article = ARTICLE_PREFIXES
            .iter()
            .find(|p| lower.starts_with(*p))
            .and_then(|p| word.get(p.len()..))
            .and_then(|s| s.chars().next());
        if after_article.is_some_and(char::is_uppercase) {
            Case::Title
        } else {
            Case::Lower
        }
    }

    type Fields = (usize, usize, String, Case, bool, bool, bool);

    /// A token's fields, comparable.
    fn fields(tokens: &[Token<'_>]) -> Vec<Fields> {
        tokens
            .iter()
            .map(|t| {
                (
                    t.start,
                    t.end,
                    t.key.to_string(),
                    t.case,
                    t.joined,
                    t.clause_start,
                    t.comma_before,
                )
            })
            .collect()
    }

    /// The byte walk of `tokenize` gives the tokens the walk over `char_indices` gave.
    fn tokenizes_as_before(text: &str) {
        assert_eq!(fields(&tokenize(text)), fields(&tokenize_by_chars(text)), "{text:?}");
    }

    #[test]
    fn tokens_are_the_same_as_by_characters() {
        for text in [
            "",
            "&",
            "AT&T and Procter & Gamble.",
            "Talks in Geneva ended as ships waited in the Bab el-Mandeb strait.",
            "GENEVA (Reuters) \u{2014} the U.S. envoy met St. Petersburg's mayor in Côte d'Ivoire.",
            "Mariupol's mayor, al-Hudaydah and AL-Hudaydah, el-Fasher; Ste. Anne, Mt. Everest.",
            "Kyiv\u{2019}s forces crossed the Dnipro\u{2011}river at 3.5 km; \u{201C}Ash-Sham\u{201D} \u{2013} ok!",
            "the UN, NATO and the E.U. met in São Paulo, Zürich and 東京 (Tokyo) on Jan. 3.",
            "a-b- -c ' 'd e' f\u{2019} g. .h i.j.k.l.m.n.o.p",
            "ÉCOLE ÉTÉ Ωmega ǅemal ßtraße",
        ] {
            tokenizes_as_before(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_are_the_same_as_by_characters_anywhere(
            text in "[a-zA-Z0-9 .,'&:;!?()\\[\\]\n\"\u{2019}\u{2011}\u{2014}\u{2013}\u{201C}-]{0,40}|[a-zA-Zé ÉßΩǅ東京.,'\u{2019}-]{0,30}"
        ) {
            tokenizes_as_before(&text);
        }

        #[test]
        fn case_is_the_same_as_by_characters(word in "[a-zA-Z0-9.'-]{0,8}|(al|el|ash|As|AN|x)-[a-zA-Z]{0,4}") {
            proptest::prop_assert_eq!(case_of(&word), case_by_chars(&word), "{:?}", word);
        }
    }

    fn found(text: &str) -> Vec<(String, Cue)> {
        Gazetteer::embedded()
            .find_places(text)
            .into_iter()
            .map(|m| (m.text, m.cue))
            .collect()
    }

    fn one(name: &str, cue: Cue) -> (String, Cue) {
        (name.to_string(), cue)
    }

    #[test]
    fn a_place_in_apposition_to_a_place_noun_takes_its_preposition() {
        assert_eq!(
            found("Fighting broke out in the capital, Khartoum, in April."),
            vec![one("Khartoum", Cue::In)]
        );
        assert_eq!(
            found("Rebels shelled targets in the eastern city, Goma."),
            vec![one("Goma", Cue::In)]
        );
        assert_eq!(found("He met the president, Ruto, in the capital."), vec![]);
    }

    #[test]
    fn the_streets_of_a_city_are_in_it() {
        assert_eq!(
            found("Protesters took to the streets of Dar es Salaam."),
            vec![one("Dar es Salaam", Cue::PlaceNoun)]
        );
    }

    #[test]
    fn cues_from_prepositions() {
        let s = "Talks in Geneva ended as ships waited in the Bab el-Mandeb strait.";
        assert_eq!(
            found(s),
            vec![one("Geneva", Cue::In), one("Bab el-Mandeb strait", Cue::In)]
        );
        assert_eq!(found("The envoy arrived from Qatar."), vec![one("Qatar", Cue::From)]);
        assert_eq!(
            found("Shelling near Kharkiv continued."),
            vec![one("Kharkiv", Cue::Near)]
        );
        assert_eq!(found("Troops moved into northern Syria."), vec![one("Syria", Cue::To)]);
        assert_eq!(found("The envoy visited Kyiv."), vec![one("Kyiv", Cue::To)]);
        assert_eq!(
            found("Crowds attacked students in several parts of Bishkek."),
            vec![one("Bishkek", Cue::PlaceNoun)]
        );
        assert_eq!(
            found("Fighting on the outskirts of Kyiv and in the city of Aleppo."),
            vec![one("Kyiv", Cue::Near), one("Aleppo", Cue::PlaceNoun)]
        );
    }

    #[test]
    fn lists_inherit_the_cue() {
        assert_eq!(
            found("Strikes hit targets in Syria, Iraq and Yemen."),
            vec![one("Syria", Cue::In), one("Iraq", Cue::In), one("Yemen", Cue::In)]
        );
    }

    #[test]
    fn bare_countries_are_returned_bare() {
        assert_eq!(found("Russia said it would respond."), vec![one("Russia", Cue::Bare)]);
        assert_eq!(found("the Chad government"), vec![one("Chad", Cue::Bare)]);
        // A small town needs a cue; a place noun after it is one.
        assert_eq!(
            found("Troops raided the Jenin camp."),
            vec![one("Jenin", Cue::PlaceNoun)]
        );
    }

    #[test]
    fn multiword_and_special_names() {
        assert_eq!(
            found("Tankers crossed the Strait of Hormuz on Monday."),
            vec![one("Strait of Hormuz", Cue::Bare)]
        );
        assert_eq!(
            found("He flew to St. Petersburg."),
            vec![one("St. Petersburg", Cue::To)]
        );
        assert_eq!(
            found("Aid entered via the Rafah crossing."),
            vec![one("Rafah crossing", Cue::To)]
        );
        assert_eq!(found("Ships docked in al-Hudaydah."), vec![one("al-Hudaydah", Cue::In)]);
        assert_eq!(found("Troops left the U.S. base."), vec![one("U.S.", Cue::Bare)]);
    }

    /// A token's key is `key`'s, borrowed or not.
    #[test]
    fn token_keys_are_keys() {
        for word in [
            "kyiv",
            "2024",
            "st",
            "ste",
            "mt",
            "ft",
            "stx",
            "Paris",
            "al-Hudaydah",
            "d'Ivoire",
            "U.S",
            "São",
            "&",
            "a",
        ] {
            assert_eq!(token_key(word), key(word), "{word}");
        }
        assert!(matches!(token_key("kharkiv"), Cow::Borrowed(_)));
    }

    /// Every Arabic article before a capital makes a name; a hyphen elsewhere, or a lower-case
    /// word after the article, does not.
    #[test]
    fn arabic_articles_start_names() {
        for prefix in ARTICLE_PREFIXES {
            assert_eq!(case_of(&format!("{prefix}Sham")), Case::Title, "{prefix}");
            assert_eq!(case_of(&format!("{prefix}sham")), Case::Lower, "{prefix}");
        }
        assert_eq!(case_of("Al-Sham"), Case::Title);
        for word in ["al-", "a-Sham", "also", "well-known", "pro-Russian", "", "é-Sham"] {
            assert_eq!(case_of(word), Case::Lower, "{word}");
        }
    }

    #[test]
    fn common_words_and_names_need_a_cue() {
        assert!(found("May brought rain.").is_empty());
        assert!(found("Nice work, said the coach.").is_empty());
        assert!(found("Mobile phones were banned.").is_empty());
        assert!(found("Police said two people died.").is_empty());
        assert!(found("Reading the statement, he paused.").is_empty());
        assert!(found("Paris Hilton arrived.").is_empty());
        assert!(found("Jackson said the plan would work.").is_empty());
        assert!(found("The Washington Post reported it.").is_empty());
        assert!(found("Crowds filled Victoria Park.").is_empty());
        assert!(
            found("Fighting spread to Darfur, the UN said.")
                .iter()
                .all(|(t, _)| t != "UN")
        );
        assert_eq!(
            found("The Georgia election was close."),
            vec![one("Georgia", Cue::Bare)]
        );
        assert_eq!(
            found("The attack on Mariupol's Azovstal plant ended."),
            vec![one("Mariupol", Cue::Bare), one("Azovstal", Cue::Bare)]
        );
        assert_eq!(found("A truck attack in Nice killed 86."), vec![one("Nice", Cue::In)]);
        assert_eq!(found("She grew up in Jackson."), vec![one("Jackson", Cue::In)]);
    }

    #[test]
    fn dateline_cue() {
        assert_eq!(
            found("KYIV, Ukraine — Drones struck the city."),
            vec![one("KYIV", Cue::Dateline), one("Ukraine", Cue::Bare)]
        );
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Zürich and the city of Zürich — «in Zürich»";
        for m in Gazetteer::embedded().find_places(text) {
            assert_eq!(&text[m.span.clone()], m.text);
        }
    }
}
