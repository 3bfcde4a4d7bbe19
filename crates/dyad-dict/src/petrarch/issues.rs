//! PETRARCH issue lists (`*Issue*.txt`): phrase → issue code, inside
//! `<ISSUE CATEGORY="...">` blocks.
//!
//! ```text
//! n:atrocity [ID_ATROCITY]       # n: the noun and its plural
//! ethnic v:purge [ID_ATROCITY]   # v: the verb's regular forms
//! al+zarqawi network [NAMED_TERROR_GROUP]   # +: "al zarqawi" and "al-zarqawi"
//! ~Saturday Night massacre       # ignore phrase: cancels issue coding of the sentence
//! ~~Armenian genocide            # the second ignore list
//! ```

use std::sync::Arc;

use super::codes::{Bracket, brackets, split_codes};
use super::text::lines;
use crate::english::{plural, verb_forms};
use crate::error::Problem;
use crate::model::{IssueAction, IssueEntry, Origin, Phrase};

/// Expansions multiply; past this many variants a line is cut short (with a warning).
const MAX_VARIANTS: usize = 64;

/// Reads an issue list. Bad lines are reported and skipped; the rest loads.
pub fn read_issues(text: &str, file: &str) -> (Vec<IssueEntry>, Vec<Problem>) {
    let file: Arc<str> = Arc::from(file);
    let mut issues = Vec::new();
    let mut problems = Vec::new();
    let mut category: Option<String> = None;
    for (line, content) in lines(text, &['#']) {
        let content = content.trim();
        if content.starts_with("</ISSUE") {
            category = None;
            continue;
        }
        if content.starts_with("<ISSUE") {
            category = category_of(content);
            continue;
        }
        let mut report = |warning: bool, message: String| {
            problems.push(if warning {
                Problem::warning(&*file, line, message)
            } else {
                Problem::error(&*file, line, message)
            });
        };
        if let Some((text, action)) = split_line(content, &mut report) {
            let variants = expand(text, &mut report);
            if variants.is_empty() {
                report(false, "expected an issue phrase".to_string());
                continue;
            }
            let origin = Origin::new(&file, line);
            issues.push(IssueEntry {
                variants,
                action,
                category: category.clone(),
                origin,
            });
        }
    }
    (issues, problems)
}

/// The `CATEGORY="..."` attribute of an `<ISSUE ...>` tag.
fn category_of(tag: &str) -> Option<String> {
    let (_, rest) = tag.split_once("CATEGORY=\"")?;
    rest.split_once('"').map(|(name, _)| name.to_string())
}

/// Splits a line into its phrase text and action; `None` when the line is to be skipped.
fn split_line<'a>(content: &'a str, report: &mut impl FnMut(bool, String)) -> Option<(&'a str, IssueAction)> {
    if let Some(text) = content.strip_prefix("~~") {
        return Some((text, IssueAction::IgnoreStrong));
    }
    if let Some(text) = content.strip_prefix('~') {
        return Some((text, IssueAction::Ignore));
    }
    let (text, rest) = split_codes(content);
    let Some(rest) = rest else {
        report(
            true,
            "no issue code in [...]; the line is ignored (as PETRARCH does)".to_string(),
        );
        return None;
    };
    let first = |(groups, tail): (Vec<Bracket<'a>>, &'a str)| (groups.first().map(|g| g.content), tail);
    match brackets(rest).map(first) {
        Ok((Some(code), tail)) if !code.is_empty() && !code.contains(char::is_whitespace) => {
            if !tail.is_empty() {
                // Real files run two entries into one line; PETRARCH keeps only the first.
                report(true, format!("text after the code ignored: '{tail}'"));
            }
            Some((text, IssueAction::Code(code.to_string())))
        }
        Ok(_) => {
            report(false, format!("expected one issue code in [...], found '{rest}'"));
            None
        }
        Err(message) => {
            report(false, message);
            None
        }
    }
}

/// Every phrase a line stands for: the product of each word's expansions.
fn expand(text: &str, report: &mut impl FnMut(bool, String)) -> Vec<Phrase> {
    let mut variants = vec![String::new()];
    for word in text.split_whitespace() {
        let forms = expand_token(word, report);
        variants = variants
            .iter()
            .flat_map(|head| forms.iter().map(move |form| join(head, ' ', form)))
            .collect();
        if variants.len() > MAX_VARIANTS {
            report(
                true,
                format!("more than {MAX_VARIANTS} expansions; the rest are dropped"),
            );
            variants.truncate(MAX_VARIANTS);
        }
    }
    variants.iter().filter_map(|v| Phrase::new(v)).collect()
}

/// A token's forms: `+` joins parts with a blank or a hyphen; each part may carry `n:`/`v:`.
fn expand_token(token: &str, report: &mut impl FnMut(bool, String)) -> Vec<String> {
    let mut forms = vec![String::new()];
    for (i, part) in token.split('+').enumerate() {
        let words = expand_word(part, report);
        let separators: &[char] = if i == 0 { &[' '] } else { &[' ', '-'] };
        let mut next = Vec::with_capacity(forms.len() * separators.len() * words.len());
        for head in &forms {
            for &sep in separators {
                next.extend(words.iter().map(|w| join(head, sep, w)));
            }
        }
        forms = next;
    }
    forms
}

fn expand_word(part: &str, report: &mut impl FnMut(bool, String)) -> Vec<String> {
    if let Some(noun) = part.strip_prefix("n:") {
        return vec![noun.to_string(), plural(noun, false)];
    }
    if let Some(verb) = part.strip_prefix("v:") {
        let [third, past, gerund] = verb_forms(verb);
        return vec![verb.to_string(), third, past, gerund];
    }
    if let Some((prefix, word)) = part.split_once(':')
        && prefix.len() == 1
    {
        report(
            true,
            format!("unknown expansion '{prefix}:'; '{word}' is used as written"),
        );
        return vec![word.to_string()];
    }
    vec![part.to_string()]
}

fn join(head: &str, sep: char, word: &str) -> String {
    if head.is_empty() {
        word.to_string()
    } else if word.is_empty() {
        head.to_string()
    } else {
        format!("{head}{sep}{word}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "<ISSUE CATEGORY=\"ID_ATROCITY\" TYPE=\"ALL\">\n\
n:atrocity [ID_ATROCITY]\n\
ethnic v:purge [ID_ATROCITY]\n\
pre+n:school [EARLY_EDUCATION]\n\
~Saturday Night massacre\n\
~~Armenian genocide  # historical\n\
european central bank\n\
v:block m:site [CENSORSHIP]\n\
</ISSUE>\n\
bad [TWO WORDS]\n\
run on [RUN]two [TWO]\n";

    fn keys(entry: &IssueEntry) -> Vec<&str> {
        entry.variants.iter().map(|v| v.key.as_str()).collect()
    }

    #[test]
    fn expansions() {
        let (issues, _) = read_issues(SAMPLE, "issues.txt");
        assert_eq!(keys(&issues[0]), ["atrocity", "atrocities"]);
        assert_eq!(issues[0].category.as_deref(), Some("ID_ATROCITY"));
        assert_eq!(
            keys(&issues[1]),
            ["ethnic purge", "ethnic purges", "ethnic purged", "ethnic purging"]
        );
        assert_eq!(
            keys(&issues[2]),
            ["pre school", "pre schools", "pre-school", "pre-schools"]
        );
        assert_eq!(issues[3].action, IssueAction::Ignore);
        assert_eq!(issues[4].action, IssueAction::IgnoreStrong);
        assert_eq!(keys(&issues[4]), ["armenian genocide"]);
        assert_eq!(issues[5].variants.len(), 4, "m: is not an expansion");
        assert_eq!(issues[6].action, IssueAction::Code("RUN".to_string()));
        assert_eq!(issues.len(), 7);
    }

    #[test]
    fn problems() {
        let (_, problems) = read_issues(SAMPLE, "issues.txt");
        let lines: Vec<_> = problems.iter().map(|p| (p.line, p.severity)).collect();
        use crate::Severity::{Error, Warning};
        assert_eq!(lines, [(7, Warning), (8, Warning), (10, Error), (11, Warning)]);
    }
}
