//! A cheap guess at whether a date phrase looks back or forward, from the
//! words around it. It only needs to separate "met on Friday" from "will
//! meet on Friday", so it reads modals and a few "scheduled to" idioms.

use crate::Tense;
use crate::scan::{Kind, toks};

/// How many words either side are looked at.
const WINDOW: usize = 8;

/// Words that put the verb in the future on their own.
const FUTURE: &[&str] = &["will", "shall", "ll", "upcoming", "tomorrow"];

/// Words that, followed by "to", "for" or "on", announce a future event:
/// "scheduled to", "due on", "plans to", "is to".
const LEADS: &[&str] = &[
    "scheduled",
    "due",
    "set",
    "expected",
    "plans",
    "plan",
    "planned",
    "going",
    "poised",
    "slated",
    "is",
    "are",
];

/// Words that settle the verb in the past.
const PAST: &[&str] = &[
    "said",
    "says",
    "was",
    "were",
    "had",
    "did",
    "has",
    "have",
    "told",
    "ago",
    "yesterday",
    "last",
];

/// Words that may open a clause before a date: "On Friday, …", "But late on Monday …".
const OPENERS: &[&str] = &[
    "on", "by", "and", "but", "then", "so", "early", "late", "earlier", "later", "also", "until",
];

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// `word` followed by `next` reads as future: "scheduled to", "due on".
fn future_pair(word: &str, next: &str) -> bool {
    is_one_of(word, LEADS)
        && (next.eq_ignore_ascii_case("to") || (!is_one_of(word, &["is", "are"]) && is_one_of(next, &["for", "on"])))
}

/// The tense a single word signals, if any.
fn word_tense(word: &str) -> Option<Tense> {
    if is_one_of(word, FUTURE) {
        return Some(Tense::Future);
    }
    let regular_past = word.len() > 4 && word.ends_with("ed") && !is_one_of(word, LEADS);
    (regular_past || is_one_of(word, PAST)).then_some(Tense::Past)
}

/// The words of the clause around byte `at`: those before it (nearest last)
/// and those from it on. A clause ends at `.`, `;`, `:`, `!` or `?`.
fn clause_words(text: &str, at: usize) -> (Vec<&str>, Vec<&str>) {
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for t in toks(text) {
        let word = &text[t.start..t.end];
        let boundary = matches!(t.kind, Kind::Punct(b'.' | b';' | b':' | b'!' | b'?'));
        if t.start < at {
            if boundary {
                before.clear();
            } else if matches!(t.kind, Kind::Word(_)) {
                before.push(word);
            }
        } else if boundary || after.len() == WINDOW {
            break;
        } else if matches!(t.kind, Kind::Word(_)) {
            after.push(word);
        }
    }
    (before, after)
}

/// Guesses the tense for a date phrase starting at byte `at` of `text`
/// (usually the sentence): `Future` after "will", "'ll", "shall",
/// "upcoming", or "scheduled/due/set/expected/plans/going/is to" (and
/// "scheduled/due/set for|on"); `Past` after "said", "was", "had", a regular
/// past ("-ed") and the like; the nearest cue before the phrase wins,
/// looking back up to eight words within the clause. A phrase that opens
/// its clause ("On Friday, leaders will meet") takes the first cue after
/// it. With no cue the answer is `Unknown`, which resolves like `Past`.
pub fn tense_near(text: &str, at: usize) -> Tense {
    let (before, after) = clause_words(text, at);
    for (k, word) in before.iter().enumerate().rev().take(WINDOW) {
        if let Some(tense) = word_tense(word) {
            return tense;
        }
        if k > 0 && future_pair(before[k - 1], word) {
            return Tense::Future;
        }
    }
    if before.iter().all(|w| is_one_of(w, OPENERS)) {
        for (k, word) in after.iter().enumerate() {
            if after.get(k + 1).is_some_and(|next| future_pair(word, next)) {
                return Tense::Future;
            }
            if let Some(tense) = word_tense(word) {
                return tense;
            }
        }
    }
    Tense::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, word: &str) -> Tense {
        tense_near(text, text.find(word).unwrap_or(0))
    }

    #[test]
    fn future_cues() {
        assert_eq!(at("The leaders will meet on Friday.", "Friday"), Tense::Future);
        assert_eq!(at("They'll vote on Sunday.", "Sunday"), Tense::Future);
        assert_eq!(at("Talks are scheduled to resume on Monday.", "Monday"), Tense::Future);
        assert_eq!(at("The report is due on Monday.", "Monday"), Tense::Future);
        assert_eq!(
            at("Talks scheduled for Friday were cancelled.", "Friday"),
            Tense::Future
        );
        assert_eq!(at("The president is to visit Kyiv on Friday.", "Friday"), Tense::Future);
        assert_eq!(at("On Friday, the leaders will meet in Rome.", "Friday"), Tense::Future);
        assert_eq!(
            at("He said on Monday that talks will resume on Friday.", "Friday"),
            Tense::Future
        );
    }

    #[test]
    fn past_cues() {
        assert_eq!(at("He said on Monday that talks will resume.", "Monday"), Tense::Past);
        assert_eq!(at("Police arrested 20 people on Sunday.", "Sunday"), Tense::Past);
        assert_eq!(
            at("The talks, which will resume soon, were held on Monday.", "Monday"),
            Tense::Past
        );
        assert_eq!(at("On Monday, the army shelled the town.", "Monday"), Tense::Past);
    }

    #[test]
    fn no_cue_is_unknown() {
        assert_eq!(at("Protests on Monday.", "Monday"), Tense::Unknown);
        assert_eq!(tense_near("", 5), Tense::Unknown);
        assert_eq!(tense_near("é on Monday", 1), Tense::Unknown);
    }
}
