//! PETRARCH/TABARI agent dictionaries (`*.agents.txt`).
//!
//! ```text
//! !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
//! FOREIGN_MINISTER [~GOV]            # code after the actor's: IRN + GOV
//! HUMAN_RIGHTS_BODY  [NGO~]          # code before the actor's: NGO + IRN
//! ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
//! POLICE {} [~COP]                   # {} : no plural
//! CONGRESS!PERSON! [~LEG]            # one phrase per substitution, no plurals
//! ```
//!
//! Without `{...}` the regular plural of the last word is added.

use std::collections::HashMap;
use std::sync::Arc;

use super::codes::{brackets, split_codes};
use super::text::lines;
use crate::english::plural_phrase;
use crate::error::Problem;
use crate::model::{AgentDictionary, AgentEntry, AgentPlacement, Origin, Phrase};

/// Reads an agent dictionary. Bad lines are reported and skipped; the rest loads.
pub fn read_agents(text: &str, file: &str) -> (AgentDictionary, Vec<Problem>) {
    let file: Arc<str> = Arc::from(file);
    let mut dict = AgentDictionary::default();
    let mut problems = Vec::new();
    let mut substitutions = HashMap::new();
    for (line, content) in lines(text, &['#']) {
        let content = content.trim();
        if let Some((name, items)) = substitution_set(content) {
            substitutions.insert(name.to_string(), items);
            continue;
        }
        match read_entry(content, &substitutions) {
            Ok(Entry::Agent {
                phrases,
                code,
                placement,
                loose,
                brace_closed,
            }) => {
                if brace_closed {
                    problems.push(Problem::warning(&*file, line, "code closed with '}' instead of ']'"));
                }
                let origin = Origin::new(&file, line);
                dict.insert(AgentEntry {
                    phrases,
                    code,
                    placement,
                    loose,
                    origin,
                });
            }
            Ok(Entry::NoCode) => problems.push(Problem::warning(
                &*file,
                line,
                "no agent code in [...]; the line is ignored (as PETRARCH does)",
            )),
            Err(message) => problems.push(Problem::error(&*file, line, message)),
        }
    }
    (dict, problems)
}

/// What one agent line holds.
enum Entry {
    Agent {
        phrases: Vec<Phrase>,
        code: String,
        placement: AgentPlacement,
        loose: bool,
        brace_closed: bool,
    },
    NoCode,
}

/// A `!NAME! = A, B, C` line: the marker name (without `!`) and its items.
fn substitution_set(content: &str) -> Option<(&str, Vec<String>)> {
    let rest = content.strip_prefix('!')?;
    let (name, after) = rest.split_once('!')?;
    let items = after.trim_start().strip_prefix('=')?;
    let items = items
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    Some((name, items.collect()))
}

fn read_entry(content: &str, substitutions: &HashMap<String, Vec<String>>) -> Result<Entry, String> {
    let (phrase_part, rest) = split_codes(content);
    let Some(rest) = rest else { return Ok(Entry::NoCode) };
    let (groups, tail) = brackets(rest)?;
    if !tail.is_empty() {
        return Err(format!("expected nothing after the agent code, found '{tail}'"));
    }
    let [group] = groups.as_slice() else {
        return Err(format!("expected one agent code in [...], found {}", groups.len()));
    };
    let (code, placement) = agent_code(group.content)?;
    let (root, plurals) = split_plurals(phrase_part)?;
    let loose = root.trim().contains(char::is_whitespace);
    let phrases = phrases(root, plurals, substitutions)?;
    Ok(Entry::Agent {
        phrases,
        code,
        placement,
        loose,
        brace_closed: group.brace_closed,
    })
}

/// `~GOV` → (GOV, Suffix); `NGO~` → (NGO, Prefix). Blanks inside the brackets are ignored.
fn agent_code(content: &str) -> Result<(String, AgentPlacement), String> {
    let code: String = content.chars().filter(|c| !c.is_whitespace()).collect();
    let (bare, placement) = if let Some(bare) = code.strip_prefix('~') {
        (bare, AgentPlacement::Suffix)
    } else if let Some(bare) = code.strip_suffix('~') {
        (bare, AgentPlacement::Prefix)
    } else {
        return Err(format!(
            "expected '~' before or after the agent code, found '[{content}]'"
        ));
    };
    if bare.is_empty() || bare.contains('~') {
        return Err(format!(
            "expected an agent code like [~GOV] or [NGO~], found '[{content}]'"
        ));
    }
    Ok((bare.to_string(), placement))
}

/// Splits `ROOT {PLURALS}` into the root text and the plural list, if braces are present.
fn split_plurals(part: &str) -> Result<(&str, Option<&str>), String> {
    let Some((root, rest)) = part.split_once('{') else {
        return Ok((part, None));
    };
    let Some((plurals, after)) = rest.split_once('}') else {
        return Err("expected '}' closing the plural list".to_string());
    };
    if !after.trim().is_empty() {
        return Err(format!(
            "expected the code after the plural list, found '{}'",
            after.trim()
        ));
    }
    Ok((root, Some(plurals)))
}

/// Every phrase of an entry: substitution variants (no plurals), or the root with its
/// explicit or regular plurals.
fn phrases(
    root: &str,
    plurals: Option<&str>,
    substitutions: &HashMap<String, Vec<String>>,
) -> Result<Vec<Phrase>, String> {
    let variants = expand_markers(root.trim(), substitutions)?;
    let mut phrases: Vec<Phrase> = variants.iter().filter_map(|v| Phrase::new(v)).collect();
    let Some(first) = phrases.first() else {
        return Err("expected an agent phrase before the code".to_string());
    };
    if variants.len() > 1 {
        return Ok(phrases);
    }
    match plurals {
        Some(list) => phrases.extend(list.split_whitespace().filter_map(Phrase::new)),
        None => {
            if let Some(key) = plural_phrase(&first.key, false) {
                phrases.push(Phrase { text: key.clone(), key });
            }
        }
    }
    Ok(phrases)
}

/// Replaces every `!NAME!` marker by each item of its set.
fn expand_markers(text: &str, substitutions: &HashMap<String, Vec<String>>) -> Result<Vec<String>, String> {
    let Some(start) = text.find('!') else {
        return Ok(vec![text.to_string()]);
    };
    let after_open = &text[start + 1..];
    let Some(len) = after_open.find('!') else {
        return Err(format!("expected a closing '!' in '{text}'"));
    };
    let name = &after_open[..len];
    let items = substitutions
        .get(name)
        .ok_or_else(|| format!("substitution set !{name}! is not defined before this line"))?;
    let tails = expand_markers(&after_open[len + 1..], substitutions)?;
    let head = &text[..start];
    Ok(items
        .iter()
        .flat_map(|item| tails.iter().map(move |tail| format!("{head}{item}{tail}")))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Severity;

    const SAMPLE: &str = "<!-- AGENTS -->\n\
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n\
!MINST! = MINISTER, MINISTERS\n\
FOREIGN_MINISTER [~GOVFRM] # jap\n\
POLICE {} [ ~COP]\n\
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n\
HUMAN_RIGHTS_BODY  [NGO~]\n\
CONGRESS!PERSON! [~LEG]\n\
!MINST! OF_SILLY_WALKS [~GOV]\n\
DEPARMENT_OF_ENVIRONMENT [~ENV}\n\
ISLAMIC_EXTREMIST\n\
ARMY [MIL]\n\
!NOPE!_X [~GOV]\n";

    fn read() -> (AgentDictionary, Vec<Problem>) {
        read_agents(SAMPLE, "sample.agents.txt")
    }

    #[test]
    fn codes_plurals_and_placement() {
        let (dict, _) = read();
        let fm = dict.find("foreign ministers").expect("regular plural");
        assert_eq!((fm.code.as_str(), fm.placement), ("GOVFRM", AgentPlacement::Suffix));
        assert!(dict.find("polices").is_none(), "{{}} means no plural");
        assert_eq!(dict.find("police").map(|a| a.code.as_str()), Some("COP"));
        assert!(dict.find("attorneys general").is_some());
        assert!(dict.find("attorney generals").is_none());
        let body = dict.find("human rights body").expect("prefix agent");
        assert_eq!(body.compose(Some("IRN")), "NGOIRN");
    }

    #[test]
    fn substitutions_expand_without_plurals() {
        let (dict, _) = read();
        for word in ["congressman", "congresswomen", "congressperson"] {
            assert_eq!(dict.find(word).map(|a| a.code.as_str()), Some("LEG"), "{word}");
        }
        assert!(dict.find("congresspersons").is_none());
        let silly = dict.find("ministers of silly walks").expect("marker with a blank");
        assert!(silly.loose);
    }

    #[test]
    fn problems_name_their_lines() {
        let (dict, problems) = read();
        let summary: Vec<_> = problems.iter().map(|p| (p.line, p.severity)).collect();
        assert_eq!(
            summary,
            [
                (10, Severity::Warning),
                (11, Severity::Warning),
                (12, Severity::Error),
                (13, Severity::Error)
            ]
        );
        assert!(
            dict.find("deparment of environment").is_some(),
            "brace typo still loads"
        );
        assert!(problems[3].message.contains("!NOPE!"));
    }
}
