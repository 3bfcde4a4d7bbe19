//! dyad's own verb patterns (`data/verbs.txt`): one `CODE<TAB>PATTERN` a line.
//!
//! The code is a CAMEO event code (2 to 4 digits) or `---` (known, codes nothing, and blocks
//! shorter patterns of the same verb). The pattern's first token is the verb lemma, inflected
//! automatically, or given its forms as `{base past participle gerund third}`; `_` joins a
//! phrasal particle (`call_off`, which may also follow the object). Then, in order: literal
//! words that must follow each other, `+` the target, `$` the source, `*` a gap of a few
//! words and `(a|an|the)` alternatives. A line with the lemma alone codes the bare verb.
//! `#` starts a comment. See `docs/dictionaries.md`.

use std::collections::HashMap;
use std::sync::Arc;

use crate::error::Problem;
use crate::model::Origin;
use crate::verbs::{Forms, PatternElement, VerbDictionary, VerbEntry, VerbPattern, is_cameo_code};

/// Reads a bundled verb file. `file` names it in problems and origins.
pub fn read_bundled_verbs(text: &str, file: &str) -> (VerbDictionary, Vec<Problem>) {
    let mut reader = Reader {
        file: Arc::from(file),
        ..Reader::default()
    };
    for (i, raw) in text.lines().enumerate() {
        let content = raw.split('#').next().unwrap_or("").trim();
        if !content.is_empty() {
            reader.read_line(i + 1, content);
        }
    }
    reader.dict.reindex();
    (reader.dict, reader.problems)
}

#[derive(Default)]
struct Reader {
    file: Arc<str>,
    dict: VerbDictionary,
    problems: Vec<Problem>,
    /// Entry index by lemma.
    lemmas: HashMap<String, usize>,
    /// Line of the form override given for a lemma, and of the lemma's bare code.
    overrides: HashMap<String, usize>,
    bare_codes: HashMap<String, usize>,
}

/// One parsed line: the verb and what follows it.
struct Line {
    lemma: Vec<String>,
    forms: Option<Forms>,
    elements: Vec<PatternElement>,
}

impl Reader {
    fn read_line(&mut self, line: usize, content: &str) {
        let (code_text, pattern) = content.split_once(char::is_whitespace).unwrap_or((content, ""));
        let pattern = pattern.trim();
        let code = match parse_code(code_text) {
            Ok(code) => code,
            Err(msg) => return self.error(line, msg),
        };
        if pattern.is_empty() {
            return self.error(line, "expected a pattern after the code");
        }
        match parse_line(pattern) {
            Ok(parsed) => self.add(line, code, pattern, parsed),
            Err(msg) => self.error(line, msg),
        }
    }

    fn error(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Problem::error(&*self.file, line, message));
    }

    fn warning(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Problem::warning(&*self.file, line, message));
    }

    fn add(&mut self, line: usize, code: Option<String>, text: &str, parsed: Line) {
        let lemma = parsed.lemma.join(" ");
        let at = self.entry(line, &parsed.lemma);
        if let Some(forms) = parsed.forms {
            self.set_forms(line, at, &lemma, forms);
        }
        if parsed.elements.len() == 1 {
            return self.set_bare_code(line, at, &lemma, code);
        }
        let pattern = VerbPattern {
            elements: parsed.elements,
            code,
            reverse_code: None,
            text: text.to_string(),
            line,
        };
        if let Some(old) = self.dict.verbs[at].add_pattern(pattern) {
            self.warning(line, format!("pattern repeats line {}; this line wins", old.line));
        }
    }

    /// The entry for a lemma, created on first use.
    fn entry(&mut self, line: usize, words: &[String]) -> usize {
        let lemma = words.join(" ");
        if let Some(&at) = self.lemmas.get(&lemma) {
            return at;
        }
        let mut entry = VerbEntry::new(
            &lemma,
            Origin {
                file: self.file.clone(),
                line,
            },
        );
        entry.separable = !entry.after.is_empty();
        let at = self.dict.verbs.len();
        self.dict.verbs.push(entry);
        self.lemmas.insert(lemma, at);
        at
    }

    fn set_forms(&mut self, line: usize, at: usize, lemma: &str, forms: Forms) {
        let all = forms.all();
        if let Some(&earlier) = self.overrides.get(lemma)
            && self.dict.verbs[at].forms != all
        {
            self.warning(
                line,
                format!("forms of {lemma} differ from those on line {earlier}; this line wins"),
            );
        }
        self.overrides.insert(lemma.to_string(), line);
        self.dict.verbs[at].forms = all;
    }

    fn set_bare_code(&mut self, line: usize, at: usize, lemma: &str, code: Option<String>) {
        if let Some(&earlier) = self.bare_codes.get(lemma)
            && self.dict.verbs[at].code != code
        {
            self.warning(
                line,
                format!("{lemma} alone is coded on line {earlier} too; this line wins"),
            );
        }
        self.bare_codes.insert(lemma.to_string(), line);
        self.dict.verbs[at].code = code;
    }
}

/// `---` → no event; otherwise 2 to 4 digits.
fn parse_code(text: &str) -> Result<Option<String>, String> {
    match text {
        "---" => Ok(None),
        code if is_cameo_code(code) => Ok(Some(code.to_string())),
        other => Err(format!(
            "expected a CAMEO code (2 to 4 digits) or --- before the pattern, found '{other}'"
        )),
    }
}

/// Splits a pattern into tokens; `{...}` and `(...)` stay one token even with blanks inside.
fn tokens(pattern: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    let mut open: Option<(char, String)> = None;
    for piece in pattern.split_whitespace() {
        if let Some((close, mut acc)) = open.take() {
            acc.push(' ');
            acc.push_str(piece);
            if piece.contains(close) {
                out.push(acc);
            } else {
                open = Some((close, acc));
            }
            continue;
        }
        let close = match piece.chars().next() {
            Some('{') => Some('}'),
            Some('(') => Some(')'),
            _ => None,
        };
        match close {
            Some(c) if !piece.contains(c) => open = Some((c, piece.to_string())),
            _ => out.push(piece.to_string()),
        }
    }
    if let Some((close, acc)) = open {
        return Err(format!("expected '{close}' to close '{acc}'"));
    }
    Ok(out)
}

fn parse_line(pattern: &str) -> Result<Line, String> {
    let tokens = tokens(pattern)?;
    let mut rest = tokens.iter().map(String::as_str).peekable();
    let first = rest.next().ok_or("expected a verb")?;
    let lemma = parse_lemma(first)?;
    let forms = match rest.peek() {
        Some(t) if t.starts_with('{') => {
            let t = rest.next().unwrap_or_default();
            Some(parse_forms(t, &lemma[0])?)
        }
        _ => None,
    };
    let mut elements = vec![PatternElement::Verb];
    for token in rest {
        elements.push(parse_element(token, &elements)?);
    }
    if elements.last() == Some(&PatternElement::Gap) {
        return Err("expected a word after the gap '*' (a gap at the end matches nothing)".to_string());
    }
    Ok(Line { lemma, forms, elements })
}

/// `call_off` → ["call", "off"].
fn parse_lemma(token: &str) -> Result<Vec<String>, String> {
    let words: Vec<String> = token.split('_').map(str::to_lowercase).collect();
    match words.iter().find(|w| !is_word(w)) {
        Some(bad) => Err(format!(
            "expected the verb lemma first (words joined by '_'), found '{bad}' in '{token}'"
        )),
        None => Ok(words),
    }
}

/// `{meet met met meeting meets}`: base, past, participle, gerund, third person.
fn parse_forms(token: &str, base: &str) -> Result<Forms, String> {
    let inner = token.trim_start_matches('{').trim_end_matches('}');
    if token.matches('{').count() != 1 || !token.ends_with('}') {
        return Err(format!(
            "expected forms as {{base past participle gerund third}}, found '{token}'"
        ));
    }
    let words: Vec<String> = inner.split_whitespace().map(str::to_lowercase).collect();
    let [b, past, participle, gerund, third] = words.as_slice() else {
        return Err(format!(
            "expected 5 forms (base past participle gerund third), found {}",
            words.len()
        ));
    };
    if let Some(bad) = words.iter().find(|w| !is_word(w)) {
        return Err(format!("expected a word in the forms, found '{bad}'"));
    }
    if b != base {
        return Err(format!(
            "expected the forms to start with the base form '{base}', found '{b}'"
        ));
    }
    Ok(Forms {
        base: b.clone(),
        third: third.clone(),
        past: past.clone(),
        participle: participle.clone(),
        gerund: gerund.clone(),
        variants: Vec::new(),
    })
}

fn parse_element(token: &str, so_far: &[PatternElement]) -> Result<PatternElement, String> {
    let element = match token {
        "+" => PatternElement::Target,
        "$" => PatternElement::Source,
        "*" => PatternElement::Gap,
        t if t.starts_with('(') => parse_alternatives(t)?,
        t if t.starts_with('{') => return Err("forms {...} must directly follow the verb".to_string()),
        t if is_word(t) => PatternElement::Word(t.to_lowercase()),
        t => return Err(format!("expected a word, '+', '$', '*' or (a|b), found '{t}'")),
    };
    // A slot may appear once; two gaps in a row say nothing one gap does not.
    let slot = matches!(element, PatternElement::Target | PatternElement::Source);
    let repeated =
        (slot && so_far.contains(&element)) || (element == PatternElement::Gap && so_far.last() == Some(&element));
    if repeated {
        return Err(format!("'{token}' appears twice"));
    }
    Ok(element)
}

/// `(a|an|the)` → alternatives.
fn parse_alternatives(token: &str) -> Result<PatternElement, String> {
    let Some(inner) = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')) else {
        return Err(format!("expected alternatives like (a|an|the), found '{token}'"));
    };
    let words: Vec<String> = inner.split('|').map(|w| w.trim().to_lowercase()).collect();
    if let Some(bad) = words.iter().find(|w| !is_word(w)) {
        return Err(format!("expected words between '|' in '{token}', found '{bad}'"));
    }
    Ok(match words.len() {
        1 => PatternElement::Word(words.into_iter().next().unwrap_or_default()),
        _ => PatternElement::Alternatives(words),
    })
}

/// A literal word: letters, digits and the punctuation words carry ("u.n.", "cease-fire").
fn is_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '.' | '’'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Severity;
    use PatternElement as E;

    const SAMPLE: &str = "\
# invented fixture
042\tvisit +
042\tpay (a|an) * visit to +
043\thold talks with +   # meeting
036\texpress willingness to meet +
---\tmeet (a|the) deadline
040\tmeet
0874\tcall_off +
1383\tthreaten to use nuclear weapons against +
041\tbefriend {befriend befriended befriended befriending befriends} +
";

    fn w(s: &str) -> E {
        E::Word(s.to_string())
    }

    #[test]
    fn reads_the_documented_examples() {
        let (dict, problems) = read_bundled_verbs(SAMPLE, "verbs.txt");
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(dict.len(), 8);
        let visit = &dict.verbs[dict.find("visit").expect("visit")];
        assert_eq!(visit.patterns[0].elements, [E::Verb, E::Target]);
        assert_eq!(visit.patterns[0].code.as_deref(), Some("042"));
        let pay = &dict.verbs[dict.find("pay").expect("pay")];
        assert_eq!(
            pay.patterns[0].elements,
            [
                E::Verb,
                E::Alternatives(vec!["a".into(), "an".into()]),
                E::Gap,
                w("visit"),
                w("to"),
                E::Target
            ]
        );
        assert!(dict.by_form("paid").contains(&dict.find("pay").expect("pay")));
        let meet = &dict.verbs[dict.find("meet").expect("meet")];
        assert_eq!(meet.code.as_deref(), Some("040"));
        assert!(meet.patterns[0].is_blocking());
        assert_eq!(meet.patterns[0].line, 6);
        let call_off = &dict.verbs[dict.find("call off").expect("call off")];
        assert_eq!((call_off.verb.as_str(), call_off.separable), ("call", true));
        assert_eq!(call_off.after, ["off"]);
        assert_eq!(dict.by_form("called"), [dict.find("call off").expect("call off")]);
        let befriend = &dict.verbs[dict.find("befriend").expect("befriend")];
        assert_eq!(befriend.forms, ["befriend", "befriends", "befriended", "befriending"]);
        assert_eq!(befriend.patterns[0].elements, [E::Verb, E::Target]);
        assert_eq!(befriend.origin.line, 10);
        assert_eq!(&*befriend.origin.file, "verbs.txt");
    }

    #[test]
    fn bad_lines_are_reported_and_skipped() {
        let text = "\
42x\tvisit +
12345\tvisit +
042
042\tvisit + +
042\tvisit $ to $
042\tpay a visit *
042\tpay (a|) visit
042\tpay (a|an visit
042\tmeet {meet met met meeting} +
042\tmeet {meat met met meeting meets} +
042\tvisit {visit visited visited visiting visits
042\tvisit & +
042\tvisit % +
042\t+ visit
042\tvisit * * +
042\tvisit {visit} +
042\tvisit + {visit visited visited visiting visits}
0\tvisit
042\tvisit +
";
        let (dict, problems) = read_bundled_verbs(text, "bad.txt");
        let errors: Vec<usize> = problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| p.line)
            .collect();
        assert_eq!(errors, (1..=18).collect::<Vec<_>>(), "{problems:#?}");
        assert!(problems.iter().all(|p| p.file == "bad.txt" && !p.message.is_empty()));
        assert_eq!(dict.len(), 1);
        assert_eq!(dict.verbs.len(), 1);
    }

    #[test]
    fn repeats_warn_and_the_later_line_wins() {
        let text = "042\tvisit +\n043\tvisit +\n040\tvisit\n041\tvisit\n\
                    042\tgo {go went gone going goes} to +\n042\tgo {go wend gone going goes} to the +\n";
        let (dict, problems) = read_bundled_verbs(text, "t");
        let warnings: Vec<usize> = problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .map(|p| p.line)
            .collect();
        assert_eq!(warnings, [2, 4, 6], "{problems:#?}");
        let visit = &dict.verbs[dict.find("visit").expect("visit")];
        assert_eq!(
            (visit.patterns.len(), visit.patterns[0].code.as_deref()),
            (1, Some("043"))
        );
        assert_eq!(visit.code.as_deref(), Some("041"));
        assert_eq!(dict.by_form("wend").len(), 1);
        assert!(dict.by_form("went").is_empty());
    }

    #[test]
    fn tokens_keep_brackets_together() {
        assert_eq!(
            tokens("meet {meet met met meeting meets} (a | the) +").expect("ok"),
            ["meet", "{meet met met meeting meets}", "(a | the)", "+"]
        );
        assert!(tokens("meet (a").is_err());
    }
}
