//! Coordinated infinitive complements: "urged Thailand and Cambodia to halt hostilities and
//! return to dialogue" asks for two things, and each may be its own event (0256 and 026).
//!
//! A verb pattern covers one complement ("urge + to return to * (talks|negotiations)"): the
//! matcher reads "to" right after the target, so the second conjunct is never seen through the
//! first. Rather than teach every pattern step about coordination, the sentence is read again
//! without the first conjunct ("urged Thailand and Cambodia to return to dialogue"), and what
//! the governing verb codes there is added. The reduced sentence keeps the original tokens and
//! spans, so its events point at the right words; it is built only where the construction is
//! present, so the common sentence pays one scan of its roles.

use crate::chunk::Role;
use crate::lexicon::VerbForm;
use crate::sentence::Tok;

/// The token ranges to leave out for each later complement: `(to + 1, start of the conjunct)`,
/// so that `toks[..=to]` followed by `toks[conjunct..]` reads "… to <conjunct> …".
pub(crate) fn later_complements(toks: &[Tok], roles: &[Role]) -> Vec<(usize, usize)> {
    let Some(to) = (0..roles.len().saturating_sub(1)).find(|&i| roles[i] == Role::To && roles[i + 1] == Role::Verb)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut i = to + 2;
    while i + 1 < toks.len() {
        match roles[i] {
            Role::Boundary | Role::Sub => break,
            // "to exercise restraint, avoid escalation and resume talks".
            Role::Coord | Role::Comma if roles[i + 1] == Role::Verb && is_bare(&toks[i + 1]) => {
                out.push((to + 1, i + 1));
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// A bare infinitive: "return", not "returned" or "returns" ("…and returned home" is a new
/// clause of the subject).
fn is_bare(tok: &Tok) -> bool {
    let word = tok.lower.as_str();
    match tok.form {
        Some(form) => form == VerbForm::Base,
        // The lexicon knows irregular and ambiguous forms; other verbs show their inflection.
        None => !(word.ends_with("ed") || word.ends_with("ing") || (word.ends_with('s') && !word.ends_with("ss"))),
    }
}

/// `toks` without `skip` (a half-open range of token indexes).
pub(crate) fn without(toks: &[Tok], (from, to): (usize, usize)) -> Vec<Tok> {
    toks[..from].iter().chain(&toks[to..]).cloned().collect()
}

#[cfg(test)]
mod tests {
    use crate::tests::triples;

    #[test]
    fn each_coordinated_complement_of_a_request_is_coded() {
        let text = "The African Union urged Ethiopia and Eritrea to stop the fighting and return to dialogue.";
        let got = triples(text);
        for want in [
            "IGOAFRAFU ETH 0256",
            "IGOAFRAFU ERI 0256",
            "IGOAFRAFU ETH 026",
            "IGOAFRAFU ERI 026",
        ] {
            assert!(got.iter().any(|t| t == want), "{want} missing from {got:?}");
        }
    }

    #[test]
    fn a_list_of_three_complements_reaches_the_last() {
        let text = "Norway urged Serbia to exercise restraint, respect the truce and hold talks with Kosovo.";
        let got = triples(text);
        assert!(got.iter().any(|t| t == "NOR SRB 0256"), "{got:?}");
        assert!(got.iter().any(|t| t == "NOR SRB 026"), "{got:?}");
    }

    #[test]
    fn a_past_tense_verb_after_and_is_not_a_complement() {
        // "…and returned to Paris" is what France did, not what it urged.
        let text = "France urged Iran to release the detained tourists and returned its ambassador to Tehran.";
        let got = triples(text);
        assert!(!got.iter().any(|t| t.ends_with(" 026")), "{got:?}");
    }
}
