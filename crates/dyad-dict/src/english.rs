//! The little English morphology dictionaries need: regular noun plurals and verb forms.

/// The regular plural of a word. `man_rule` adds `-man` → `-men` (dyad's bundled agents);
/// PETRARCH files spell those plurals out (`!PERSON!`, `LAWMAN {LAWMEN}`), so their reader
/// leaves it off. Unlike PETRARCH's bare "Y → IES", a vowel before `y` keeps it
/// ("attorney" → "attorneys").
pub fn plural(word: &str, man_rule: bool) -> String {
    let lower = word.to_lowercase();
    if man_rule && lower.ends_with("man") {
        return format!("{}en", &lower[..lower.len() - 2]);
    }
    if let Some(stem) = lower.strip_suffix('y')
        && stem.chars().last().is_some_and(|c| c.is_alphabetic() && !is_vowel(c))
    {
        return format!("{stem}ies");
    }
    if ["s", "x", "z", "ch", "sh"].iter().any(|end| lower.ends_with(end)) {
        return format!("{lower}es");
    }
    format!("{lower}s")
}

/// The plural of a phrase key: its last token pluralised. `None` when the last token does not
/// end in a letter ("lieutenant (jg)") and so has no regular plural.
pub fn plural_phrase(key: &str, man_rule: bool) -> Option<String> {
    let (head, last) = match key.rsplit_once(' ') {
        Some((head, last)) => (Some(head), last),
        None => (None, key),
    };
    if !last.chars().last().is_some_and(char::is_alphabetic) {
        return None;
    }
    let last = plural(last, man_rule);
    Some(match head {
        Some(head) => format!("{head} {last}"),
        None => last,
    })
}

/// The regular verb forms PETRARCH's issue `v:` prefix asks for: third person, past, gerund.
pub fn verb_forms(verb: &str) -> [String; 3] {
    let v = verb.to_lowercase();
    if let Some(stem) = v.strip_suffix('e')
        && !v.ends_with("ee")
    {
        return [format!("{v}s"), format!("{v}d"), format!("{stem}ing")];
    }
    if let Some(stem) = v.strip_suffix('y')
        && stem.chars().last().is_some_and(|c| !is_vowel(c))
    {
        return [format!("{stem}ies"), format!("{stem}ied"), format!("{v}ing")];
    }
    let third = if ["s", "x", "z", "ch", "sh"].iter().any(|e| v.ends_with(e)) {
        format!("{v}es")
    } else {
        format!("{v}s")
    };
    [third, format!("{v}ed"), format!("{v}ing")]
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        let cases = [
            ("ministry", "ministries"),
            ("attorney", "attorneys"),
            ("congress", "congresses"),
        ];
        for (one, many) in cases {
            assert_eq!(plural(one, false), many);
        }
        assert_eq!(plural("box", false), "boxes");
        assert_eq!(plural("church", false), "churches");
        assert_eq!(plural("chairman", true), "chairmen");
        assert_eq!(plural("chairman", false), "chairmans");
        assert_eq!(plural("Minister", false), "ministers");
    }

    #[test]
    fn phrase_plurals_touch_the_last_word() {
        assert_eq!(
            plural_phrase("foreign minister", false).as_deref(),
            Some("foreign ministers")
        );
        assert_eq!(plural_phrase("lieutenant (jg)", false), None);
    }

    #[test]
    fn verbs() {
        assert_eq!(verb_forms("purge"), ["purges", "purged", "purging"]);
        assert_eq!(verb_forms("bomb"), ["bombs", "bombed", "bombing"]);
        assert_eq!(verb_forms("deny"), ["denies", "denied", "denying"]);
        assert_eq!(verb_forms("block"), ["blocks", "blocked", "blocking"]);
    }
}
