//! PETRARCH 2 verb dictionaries (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`).
//!
//! A file holds, in any order:
//!
//! - synonym sets: `&LABEL` and member lines `+WORD`, `+TWO_WORDS`, `+AUSTRIAN FLORIN`
//!   (plurals are generated unless the label or the member ends in `_`; a member may be another
//!   set, `+&OTHER`, as TABARI allowed);
//! - verb blocks: a header `--- NAME [code] ---`, verb lines (`GIVE {GAVE GIVEN GIVING}`,
//!   `+CORDON_OFF`, `WIRE_+TAP`, an optional own `[code]`) and pattern lines
//!   `- PRE-VERB WORDS * POST-VERB WORDS [code]`;
//! - transformations `~ a (a b ATTACK) SAY = a b 015`.
//!
//! Codes are `[042]`, `[---]` (no event), `[042:043]` (source→target and target→source
//! events) or `[:173]`. Pattern syntax: `*` the verb, `$` source, `+` target, `%` compound
//! actor, `^` a skipped actor, `&SET` a synonym set, `{ }` a noun phrase (last word the head),
//! `( )` a prepositional phrase, `_` joins neighbours that must be adjacent (a blank allows
//! words between), `A/B` alternatives. `#` and `;` start comments, `<!-- -->` blocks too.
//!
//! Where PETRARCH's own reading differs from what the file plainly means, dyad follows
//! PETRARCH on what is matched (a verb listed in two blocks belongs to the first; patterns
//! are pooled by block name; a later identical pattern replaces an earlier one) and reports a
//! warning; lines it cannot read at all are errors and are skipped.

use std::collections::HashMap;
use std::sync::Arc;

use super::text::lines;
use crate::english::plural_phrase;
use crate::error::Problem;
use crate::model::{Origin, Phrase};
use crate::verbs::{
    PatternElement, TransformArg, TransformEvent, Transformation, VerbDictionary, VerbEntry, VerbPattern, inflect,
    is_cameo_code, synset_key,
};

/// Reads a PETRARCH 2 verb dictionary. `file` names it in problems and origins.
pub fn read_verbs(text: &str, file: &str) -> (VerbDictionary, Vec<Problem>) {
    // Old files carry stray 0x1A (DOS end-of-file) bytes; they are not part of any word.
    let cleaned;
    let text = if text.contains('\u{1a}') {
        cleaned = text.replace('\u{1a}', "");
        cleaned.as_str()
    } else {
        text
    };
    let mut reader = Reader::new(file);
    for (line, content) in lines(text, &['#', ';']) {
        reader.read_line(line, content.trim());
    }
    reader.finish()
}

/// The code pair of a `[...]` group: source→target and target→source.
type Codes = (Option<String>, Option<String>);

struct Block {
    name: String,
    codes: Codes,
}

struct Synset {
    key: String,
    no_plural: bool,
    line: usize,
}

struct Reader {
    file: Arc<str>,
    dict: VerbDictionary,
    problems: Vec<Problem>,
    block: Option<Block>,
    synset: Option<Synset>,
    /// Patterns by block name: PETRARCH files patterns under the block's name.
    patterns: HashMap<String, Vec<VerbPattern>>,
    /// Entry index by lemma, and the lines where block names were first seen.
    lemmas: HashMap<String, usize>,
    block_lines: HashMap<String, usize>,
}

impl Reader {
    fn new(file: &str) -> Reader {
        Reader {
            file: Arc::from(file),
            dict: VerbDictionary::default(),
            problems: Vec::new(),
            block: None,
            synset: None,
            patterns: HashMap::new(),
            lemmas: HashMap::new(),
            block_lines: HashMap::new(),
        }
    }

    fn error(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Problem::error(&*self.file, line, message));
    }

    fn warning(&mut self, line: usize, message: impl Into<String>) {
        self.problems.push(Problem::warning(&*self.file, line, message));
    }

    fn read_line(&mut self, line: usize, content: &str) {
        if content.starts_with("---") {
            self.end_synset();
            self.header(line, content);
        } else if let Some(body) = content.strip_prefix('-') {
            self.end_synset();
            self.pattern(line, body);
        } else if let Some(label) = content.strip_prefix('&') {
            self.end_synset();
            self.synset_label(line, label);
        } else if let Some(member) = content.strip_prefix('+').filter(|_| self.synset.is_some()) {
            self.synset_member(line, member);
        } else if let Some(rest) = content.strip_prefix('~') {
            self.end_synset();
            self.transformation(line, rest);
        } else {
            self.end_synset();
            self.verb_line(line, content);
        }
    }

    fn finish(mut self) -> (VerbDictionary, Vec<Problem>) {
        self.end_synset();
        let shared: HashMap<String, Arc<Vec<VerbPattern>>> = self
            .patterns
            .drain()
            .map(|(block, list)| (block, Arc::new(list)))
            .collect();
        for entry in &mut self.dict.verbs {
            if let Some(patterns) = shared.get(&entry.block) {
                entry.patterns = Arc::clone(patterns);
            }
        }
        self.check_transformation_verbs();
        self.dict.reindex();
        (self.dict, self.problems)
    }

    // ----- synonym sets -----

    fn synset_label(&mut self, line: usize, label: &str) {
        let label = label.trim();
        if label.is_empty() || label.contains(char::is_whitespace) {
            self.error(
                line,
                format!("expected a synonym set label like &NAME, found '&{label}'"),
            );
            return;
        }
        let key = synset_key(label);
        if self.dict.synsets.contains_key(&key) {
            self.warning(
                line,
                format!("synonym set &{label} is defined again; the members are added"),
            );
        }
        self.dict.synsets.entry(key.clone()).or_default();
        self.synset = Some(Synset {
            key,
            no_plural: label.ends_with('_'),
            line,
        });
    }

    fn end_synset(&mut self) {
        let Some(set) = self.synset.take() else { return };
        if self.dict.synsets.get(&set.key).is_none_or(Vec::is_empty) {
            self.warning(
                set.line,
                format!("synonym set &{} has no members", set.key.to_uppercase()),
            );
        }
    }

    fn synset_member(&mut self, line: usize, member: &str) {
        let Some(set) = &self.synset else { return };
        let (key, no_plural) = (set.key.clone(), set.no_plural);
        let member = member.trim();
        let phrases = if let Some(other) = member.strip_prefix('&') {
            match self
                .dict
                .synsets
                .get(&synset_key(other))
                .filter(|_| synset_key(other) != key)
            {
                Some(phrases) => phrases.clone(),
                None => {
                    let msg = format!("synonym set &{other} is not defined before it is used; member skipped");
                    return self.warning(line, msg);
                }
            }
        } else {
            match member_phrases(member, no_plural) {
                Some(phrases) => phrases,
                None => return self.error(line, "expected a word or phrase after '+'"),
            }
        };
        let set = self.dict.synsets.entry(key).or_default();
        for phrase in phrases {
            if !set.iter().any(|p| p.key == phrase.key) {
                set.push(phrase);
            }
        }
    }

    // ----- verb blocks -----

    fn header(&mut self, line: usize, content: &str) {
        let inner = content.trim_start_matches('-').trim_end_matches(['-', ' ', '\t']);
        let (name, rest) = match inner.find('[') {
            Some(at) => (inner[..at].trim(), &inner[at..]),
            None => (inner.trim(), ""),
        };
        // A bad header still starts a block (named after its line if need be, coding
        // nothing), so the lines below it are not filed under the previous block.
        let name = if name.is_empty() {
            self.error(line, "expected a block name after '---'");
            format!("line {line}")
        } else {
            name.to_string()
        };
        let groups = bracket_groups(rest).unwrap_or_else(|msg| {
            self.error(line, format!("in block header: {msg}"));
            Vec::new()
        });
        if groups.len() > 1 {
            self.warning(
                line,
                format!("block {name} has {} codes; the first is used", groups.len()),
            );
        }
        let codes = groups
            .first()
            .and_then(|group| self.codes(line, group))
            .unwrap_or_default();
        if let Some(first) = self.block_lines.get(&name) {
            let msg = format!("block {name} was already started at line {first}; PETRARCH pools the patterns of both");
            self.warning(line, msg);
        } else {
            self.block_lines.insert(name.clone(), line);
        }
        self.block = Some(Block { name, codes });
    }

    /// Parses a code group, reporting errors and odd codes; `None` when unusable.
    fn codes(&mut self, line: usize, group: &str) -> Option<Codes> {
        match parse_codes(group) {
            Ok((codes, odd)) => {
                for code in odd {
                    self.warning(
                        line,
                        format!("code [{code}] is not a CAMEO code (2 to 4 digits); kept as written"),
                    );
                }
                Some(codes)
            }
            Err(msg) => {
                self.error(line, msg);
                None
            }
        }
    }

    fn verb_line(&mut self, line: usize, content: &str) {
        let Some(block) = &self.block else {
            return self.error(line, "verb outside a block: expected '--- NAME [code] ---' first");
        };
        let (block_name, block_codes) = (block.name.clone(), block.codes.clone());
        let parsed = match split_verb_line(content) {
            Ok(parsed) => parsed,
            Err(msg) => return self.error(line, msg),
        };
        if !parsed.tail.is_empty() {
            self.warning(line, format!("text after the verb's code ignored: '{}'", parsed.tail));
        }
        let codes = match parsed.code {
            Some(group) => match self.codes(line, group) {
                Some(codes) => codes,
                None => return,
            },
            None => block_codes,
        };
        let (verb, note) = match VerbWords::parse(parsed.words) {
            Ok(found) => found,
            Err(msg) => return self.error(line, msg),
        };
        if let Some(note) = note {
            self.warning(line, note);
        }
        let forms = match parsed.forms {
            Some(list) => {
                if list.contains(',') {
                    self.warning(line, "',' between forms read as a blank (PETRARCH reads ',' as a verb)");
                }
                match explicit_forms(&verb, list) {
                    Ok(forms) => forms,
                    Err(msg) => return self.error(line, msg),
                }
            }
            None => inflect(&verb.verb).all(),
        };
        self.add_verb(line, verb, forms, codes, block_name);
    }

    fn add_verb(&mut self, line: usize, verb: VerbWords, forms: Vec<String>, codes: Codes, block: String) {
        let lemma = verb.lemma();
        if let Some(&at) = self.lemmas.get(&lemma) {
            let existing = &mut self.dict.verbs[at];
            if existing.block == block {
                // Listed again in its own block, usually to add irregular forms.
                for form in forms {
                    if !existing.forms.contains(&form) {
                        existing.forms.push(form);
                    }
                }
                return;
            }
            let msg = format!(
                "verb {} is already in block {} (line {}); PETRARCH keeps the first, so this line is ignored",
                lemma.to_uppercase(),
                existing.block,
                existing.origin.line
            );
            return self.warning(line, msg);
        }
        let entry = VerbEntry {
            lemma: lemma.clone(),
            verb: verb.verb,
            before: verb.before,
            after: verb.after,
            separable: false,
            forms,
            code: codes.0,
            reverse_code: codes.1,
            block,
            patterns: Arc::default(),
            origin: Origin {
                file: self.file.clone(),
                line,
            },
        };
        self.lemmas.insert(lemma, self.dict.verbs.len());
        self.dict.verbs.push(entry);
    }

    // ----- patterns -----

    fn pattern(&mut self, line: usize, body: &str) {
        let Some(open) = body.rfind('[') else {
            return self.error(line, "expected a [code] at the end of the pattern");
        };
        let (text, group) = (body[..open].trim_start(), &body[open + 1..]);
        let Some(close) = group.find(']') else {
            if group.trim().is_empty() {
                // `[###]`: PETRARCH cuts the line at the first `#`, so the code is lost.
                return self.warning(
                    line,
                    "the pattern's code is cut off by '#' (a comment); pattern skipped",
                );
            }
            return self.error(line, "expected ']' to close the pattern's code");
        };
        if !group[close + 1..].trim().is_empty() {
            return self.error(
                line,
                format!("expected nothing after the code, found '{}'", group[close + 1..].trim()),
            );
        }
        let Some(block) = self.block.as_ref().map(|b| b.name.clone()) else {
            return self.error(line, "pattern outside a block: expected '--- NAME [code] ---' first");
        };
        let Some((code, reverse_code)) = self.codes(line, &group[..close]) else {
            return;
        };
        let (text, parsed) = match self.parse_text(text) {
            Ok(found) => found,
            Err(msg) => return self.error(line, msg),
        };
        for note in parsed.notes {
            self.warning(line, note);
        }
        if let Some(name) = parsed.undefined.first() {
            let msg =
                format!("synonym set &{name} is not defined before this pattern; pattern skipped, as in PETRARCH");
            return self.warning(line, msg);
        }
        let elements = parsed.elements;
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let pattern = VerbPattern {
            elements,
            code,
            reverse_code,
            text,
            line,
        };
        self.store_pattern(line, block, pattern);
    }

    /// Parses a pattern's text. A fragment glued to the code (`(ON ^) ^)[111]`, an editing
    /// leftover) is dropped when the text only parses without it; PETRARCH would read it
    /// into the code.
    fn parse_text<'t>(&self, text: &'t str) -> Result<(&'t str, ParsedPattern), String> {
        let synsets = &self.dict.synsets;
        let defined = |key: &str| synsets.contains_key(key);
        let msg = match parse_pattern(text, &defined) {
            Ok(parsed) => return Ok((text, parsed)),
            Err(msg) => msg,
        };
        let Some((kept, glued)) = glued_fragment(text) else {
            return Err(msg);
        };
        let Ok(mut parsed) = parse_pattern(kept, &defined) else {
            return Err(msg);
        };
        parsed
            .notes
            .push(format!("'{glued}' glued to the code does not fit the pattern; ignored"));
        Ok((kept, parsed))
    }

    fn store_pattern(&mut self, line: usize, block: String, pattern: VerbPattern) {
        let list = self.patterns.entry(block).or_default();
        match list.iter_mut().find(|p| p.elements == pattern.elements) {
            Some(old) => {
                let differs = (&old.code, &old.reverse_code) != (&pattern.code, &pattern.reverse_code);
                let earlier = old.line;
                *old = pattern;
                if differs {
                    let msg =
                        format!("pattern repeats line {earlier} with another code; the later wins, as in PETRARCH");
                    self.warning(line, msg);
                }
            }
            None => list.push(pattern),
        }
    }

    // ----- transformations -----

    fn transformation(&mut self, line: usize, rest: &str) {
        match parse_transformation(rest, line) {
            Ok(t) => self.dict.transformations.push(t),
            Err(msg) => self.error(line, msg),
        }
    }

    fn check_transformation_verbs(&mut self) {
        let mut unknown = Vec::new();
        for t in &self.dict.transformations {
            let mut event = Some(&t.pattern);
            while let Some(e) = event {
                for verb in e.verb.split('_').filter(|v| *v != "q" && !v.is_empty()) {
                    if !self.lemmas.contains_key(verb) {
                        unknown.push((t.line, verb.to_string()));
                    }
                }
                event = match &e.target {
                    TransformArg::Event(inner) => Some(inner),
                    TransformArg::Actor(_) => None,
                };
            }
        }
        for (line, verb) in unknown {
            self.warning(
                line,
                format!(
                    "transformation names verb {}, which no block lists",
                    verb.to_uppercase()
                ),
            );
        }
    }
}

/// Splits off the last word of a pattern when nothing separates it from the code that followed.
fn glued_fragment(text: &str) -> Option<(&str, &str)> {
    if text.is_empty() || text.ends_with(char::is_whitespace) {
        return None;
    }
    let start = text.rfind(char::is_whitespace).map_or(0, |at| at + 1);
    Some((text[..start].trim_end(), &text[start..]))
}

/// Lower-cased phrases of one synonym set member, with its plural unless suppressed.
fn member_phrases(member: &str, label_no_plural: bool) -> Option<Vec<Phrase>> {
    let phrase = Phrase::new(member)?;
    let mut phrases = vec![phrase];
    if !label_no_plural && !member.ends_with('_') {
        let plural = plural_phrase(&phrases[0].key, false).and_then(|p| Phrase::new(&p));
        phrases.extend(plural.filter(|p| p.key != phrases[0].key));
    }
    Some(phrases)
}

/// The `[...]` groups of a header's tail; dashes and blanks between them are allowed.
fn bracket_groups(rest: &str) -> Result<Vec<&str>, String> {
    let mut groups = Vec::new();
    let mut tail = rest.trim_start_matches(['-', ' ', '\t']);
    while let Some(body) = tail.strip_prefix('[') {
        let Some(end) = body.find(']') else {
            return Err(format!("expected ']' to close '[{body}'"));
        };
        groups.push(&body[..end]);
        tail = body[end + 1..].trim_start_matches(['-', ' ', '\t']);
    }
    if !tail.is_empty() {
        return Err(format!("expected only [code] after the name, found '{tail}'"));
    }
    Ok(groups)
}

/// Parses a code group: `042`, `---`, `042:043`, `:173`. Also returns the codes that are
/// kept but are not CAMEO codes (the validation file uses `075A`, `def`, `+++`).
fn parse_codes(group: &str) -> Result<(Codes, Vec<String>), String> {
    let group = group.trim();
    if group.is_empty() {
        return Err("expected a code inside [ ]".to_string());
    }
    if group.contains(char::is_whitespace) || group.matches(':').count() > 1 {
        return Err(format!("expected a code like 042, 042:043 or ---, found [{group}]"));
    }
    let (forward, reverse) = group.split_once(':').unwrap_or((group, ""));
    let mut odd = Vec::new();
    let mut one = |code: &str| -> Option<String> {
        if code.is_empty() || code == "---" {
            return None;
        }
        if !is_cameo_code(code) {
            odd.push(code.to_string());
        }
        Some(code.to_string())
    };
    let codes = (one(forward), one(reverse));
    Ok((codes, odd))
}

/// A verb line split into its parts: the verb words, `{forms}`, `[code]` and stray text.
struct VerbLine<'a> {
    words: &'a str,
    forms: Option<&'a str>,
    code: Option<&'a str>,
    tail: &'a str,
}

fn split_verb_line(content: &str) -> Result<VerbLine<'_>, String> {
    let (head, code, tail) = match content.find('[') {
        Some(open) => {
            let rest = &content[open + 1..];
            let close = rest.find(']').ok_or("expected ']' to close the verb's code")?;
            (&content[..open], Some(&rest[..close]), rest[close + 1..].trim())
        }
        None => (content, None, ""),
    };
    let (words, forms) = match head.find('{') {
        Some(open) => {
            let rest = &head[open + 1..];
            let close = rest.find('}').ok_or("expected '}' to close the verb's forms")?;
            if !rest[close + 1..].trim().is_empty() {
                return Err(format!(
                    "expected only [code] after the forms, found '{}'",
                    rest[close + 1..].trim()
                ));
            }
            (&head[..open], Some(&rest[..close]))
        }
        None => (head, None),
    };
    Ok(VerbLine {
        words: words.trim(),
        forms,
        code,
        tail,
    })
}

/// A verb's words: the inflected word with the fixed words before and after it.
struct VerbWords {
    before: Vec<String>,
    verb: String,
    after: Vec<String>,
}

impl VerbWords {
    /// Parses `GIVE`, `+CORDON_OFF`, `WIRE_+TAP`; also returns a note when the line needed
    /// a guess (blanks between words, no `+`).
    fn parse(text: &str) -> Result<(VerbWords, Option<String>), String> {
        let tokens: Vec<&str> = text.split_whitespace().collect();
        if tokens.is_empty() {
            return Err("expected a verb".to_string());
        }
        let mut note = None;
        let joined = tokens.join("_");
        if tokens.len() > 1 {
            note = Some(format!(
                "multi-word verb '{text}' written with blanks; read as {joined}"
            ));
        }
        let parts: Vec<&str> = joined.split('_').filter(|p| !p.is_empty()).collect();
        if parts.is_empty() {
            return Err(format!("expected a verb, found only '{text}'"));
        }
        let marked: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].starts_with('+')).collect();
        let at = match marked.as_slice() {
            [one] => *one,
            [] if parts.len() == 1 => 0,
            [] => {
                if note.is_none() {
                    note = Some(format!("no '+' marks the verb in {joined}; taking the first word"));
                }
                0
            }
            _ => return Err(format!("expected one '+' to mark the verb in {joined}")),
        };
        let words: Vec<String> = parts.iter().map(|p| p.trim_start_matches('+').to_lowercase()).collect();
        if let Some(bad) = words.iter().find(|w| !is_verb_word(w)) {
            return Err(format!("expected a verb word, found '{bad}'"));
        }
        let verb = VerbWords {
            before: words[..at].to_vec(),
            verb: words[at].clone(),
            after: words[at + 1..].to_vec(),
        };
        Ok((verb, note))
    }

    fn lemma(&self) -> String {
        let mut all = self.before.clone();
        all.push(self.verb.clone());
        all.extend(self.after.iter().cloned());
        all.join(" ")
    }
}

fn is_verb_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '.'))
}

/// The forms of a verb with an explicit `{...}` list: the base and exactly the listed forms
/// (PETRARCH generates nothing when the list is given, even an empty one).
fn explicit_forms(verb: &VerbWords, list: &str) -> Result<Vec<String>, String> {
    let mut forms = vec![verb.verb.clone()];
    for item in list
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|i| !i.is_empty())
    {
        let (form, _) = VerbWords::parse(item)?;
        if !forms.contains(&form.verb) {
            forms.push(form.verb);
        }
    }
    Ok(forms)
}

// ----- pattern syntax -----

/// One lexical unit of a pattern.
#[derive(Debug, PartialEq)]
enum Lex {
    Sep,
    Join,
    Open(char),
    Close(char),
    Star,
    Slot(char),
    Synset(String),
    Word(String),
}

fn is_delimiter(c: char) -> bool {
    c.is_whitespace() || matches!(c, '_' | '(' | ')' | '{' | '}' | '*')
}

/// Splits a pattern into lexical units. A synonym set label may itself contain `_`
/// (`&FIGHT_OF_WORDS`): the longest defined label wins and the rest are joined words.
fn lex(text: &str, defined: &dyn Fn(&str) -> bool) -> (Vec<Lex>, Vec<String>) {
    let mut out = Vec::new();
    let mut undefined = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let width = c.len_utf8();
        match c {
            c if c.is_whitespace() => out.push(Lex::Sep),
            '_' => out.push(Lex::Join),
            '(' | '{' => out.push(Lex::Open(c)),
            ')' | '}' => out.push(Lex::Close(c)),
            '*' => out.push(Lex::Star),
            '$' | '+' | '%' | '^' => out.push(Lex::Slot(c)),
            '&' => {
                let end = rest[1..]
                    .find(|c: char| is_delimiter(c) && c != '_')
                    .map_or(rest.len(), |e| e + 1);
                if let Some(name) = lex_synset(&rest[1..end], defined, &mut out) {
                    undefined.push(name);
                }
                rest = &rest[end..];
                continue;
            }
            _ => {
                let end = rest.find(is_delimiter).unwrap_or(rest.len());
                out.push(Lex::Word(rest[..end].to_lowercase()));
                rest = &rest[end..];
                continue;
            }
        }
        rest = &rest[width..];
    }
    (out, undefined)
}

/// Pushes a synonym set reference (and words joined to it); returns its name when no such
/// set is defined.
fn lex_synset(raw: &str, defined: &dyn Fn(&str) -> bool, out: &mut Vec<Lex>) -> Option<String> {
    let parts: Vec<&str> = raw.split('_').collect();
    let found = (1..=parts.len())
        .rev()
        .find(|&k| defined(&synset_key(&parts[..k].join("_"))));
    let take = found.unwrap_or(1);
    out.push(Lex::Synset(synset_key(&parts[..take].join("_"))));
    for part in &parts[take..] {
        out.push(Lex::Join);
        if !part.is_empty() {
            out.push(Lex::Word(part.to_lowercase()));
        }
    }
    found.is_none().then(|| raw.to_string())
}

/// A pattern's elements, notes on what was read by guess and undefined synonym sets.
#[derive(Debug)]
struct ParsedPattern {
    elements: Vec<PatternElement>,
    notes: Vec<String>,
    undefined: Vec<String>,
}

/// Parses a pattern's text into elements.
fn parse_pattern(text: &str, defined: &dyn Fn(&str) -> bool) -> Result<ParsedPattern, String> {
    let (lexes, undefined) = lex(text, defined);
    let mut notes = Vec::new();
    let mut elements: Vec<PatternElement> = Vec::new();
    let (mut saw_sep, mut saw_join) = (false, false);
    let mut previous_star_or_atom: Option<bool> = None;
    let mut i = 0;
    while i < lexes.len() {
        let (element, next) = match &lexes[i] {
            Lex::Sep => {
                saw_sep = true;
                i += 1;
                continue;
            }
            Lex::Join => {
                saw_join = true;
                i += 1;
                continue;
            }
            Lex::Open(c) => group(&lexes, i, *c)?,
            Lex::Close(c) => return Err(format!("unexpected '{c}' without an opening bracket")),
            Lex::Star => (PatternElement::Verb, i + 1),
            other => (atom(other)?, i + 1),
        };
        let is_star = matches!(lexes[i], Lex::Star);
        if let Some(prev_star) = previous_star_or_atom
            && !saw_sep
            && !saw_join
            && (prev_star || is_star)
            && !matches!(lexes[i], Lex::Open(_))
        {
            notes.push("'*' is written against a word; read as separate tokens".to_string());
        }
        if !elements.is_empty() && (saw_sep || !saw_join) {
            elements.push(PatternElement::Gap);
        }
        elements.push(element);
        previous_star_or_atom = Some(is_star);
        if matches!(lexes[next - 1], Lex::Close(_)) {
            previous_star_or_atom = None;
        }
        (saw_sep, saw_join) = (false, false);
        i = next;
    }
    let verbs = elements.iter().filter(|e| **e == PatternElement::Verb).count();
    if verbs != 1 {
        return Err(format!(
            "expected one '*' (the verb's place) in the pattern, found {verbs}"
        ));
    }
    Ok(ParsedPattern {
        elements,
        notes,
        undefined,
    })
}

/// A single-token element: word, alternatives, synonym set or actor slot.
fn atom(lex: &Lex) -> Result<PatternElement, String> {
    Ok(match lex {
        Lex::Word(word) => word_element(word),
        Lex::Synset(key) if key.is_empty() => return Err("expected a synonym set name after '&'".to_string()),
        Lex::Synset(key) => PatternElement::Synset(key.clone()),
        Lex::Slot('$') => PatternElement::Source,
        Lex::Slot('+') => PatternElement::Target,
        Lex::Slot('%') => PatternElement::Compound,
        Lex::Slot(_) => PatternElement::OtherActor,
        Lex::Star => return Err("'*' (the verb) cannot stand inside brackets".to_string()),
        other => return Err(format!("unexpected {other:?} in pattern")),
    })
}

/// A word, or alternatives when written `TO/FOR`.
fn word_element(word: &str) -> PatternElement {
    let options: Vec<String> = word.split('/').filter(|w| !w.is_empty()).map(str::to_string).collect();
    match options.len() {
        0 | 1 => PatternElement::Word(options.into_iter().next().unwrap_or_else(|| word.to_string())),
        _ => PatternElement::Alternatives(options),
    }
}

/// Parses a bracketed group starting at `lexes[start]` (an opening bracket); returns the
/// element and the index after the group.
fn group(lexes: &[Lex], start: usize, open: char) -> Result<(PatternElement, usize), String> {
    let close = if open == '(' { ')' } else { '}' };
    let mut inner = Vec::new();
    let mut i = start + 1;
    loop {
        match lexes.get(i) {
            None => return Err(format!("expected '{close}' to close '{open}'")),
            Some(Lex::Close(c)) if *c == close => break,
            Some(Lex::Close(c)) => return Err(format!("expected '{close}' to close '{open}', found '{c}'")),
            Some(Lex::Sep | Lex::Join) => i += 1,
            Some(Lex::Open('{')) if open == '(' => {
                let (phrase, next) = group(lexes, i, '{')?;
                inner.push(phrase);
                i = next;
            }
            Some(Lex::Open(c)) => return Err(format!("'{c}' cannot stand inside '{open}'")),
            Some(other) => {
                inner.push(atom(other)?);
                i += 1;
            }
        }
    }
    let element = if open == '{' {
        if inner.is_empty() {
            return Err("expected words inside { }".to_string());
        }
        PatternElement::NounPhrase(inner)
    } else {
        let mut inner = inner.into_iter();
        let preposition = match inner.next() {
            Some(PatternElement::Word(w)) => vec![w],
            Some(PatternElement::Alternatives(ws)) => ws,
            _ => return Err("expected a preposition after '('".to_string()),
        };
        PatternElement::Prepositional {
            preposition,
            object: inner.collect(),
        }
    };
    Ok((element, i + 1))
}

// ----- transformations -----

const MAX_TRANSFORM_DEPTH: usize = 8;

/// Parses `a (a b ATTACK) SAY = a b 015` (the text after `~`).
fn parse_transformation(rest: &str, line: usize) -> Result<Transformation, String> {
    let (lhs, rhs) = rest.split_once('=').ok_or("expected '=' in the transformation")?;
    let spaced = lhs.replace('(', " ( ").replace(')', " ) ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let (pattern, used) = transform_event(&tokens, 0, 0)?;
    if used != tokens.len() {
        return Err(format!(
            "expected '=' after the transformation's verb, found '{}'",
            tokens[used]
        ));
    }
    let result: Vec<&str> = rhs.split_whitespace().collect();
    let [source, target, code] = result.as_slice() else {
        return Err("expected 'source target code' after '='".to_string());
    };
    Ok(Transformation {
        pattern,
        source: source.to_lowercase(),
        target: target.to_lowercase(),
        code: code.to_lowercase(),
        line,
    })
}

/// `source target verb` from `tokens[at..]`, where the target may be `( event )`.
fn transform_event(tokens: &[&str], at: usize, depth: usize) -> Result<(TransformEvent, usize), String> {
    // Real transformations nest two levels; a bound keeps hostile input off the stack.
    if depth > MAX_TRANSFORM_DEPTH {
        return Err(format!("expected at most {MAX_TRANSFORM_DEPTH} nested events"));
    }
    let word = |i: usize, what: &str| -> Result<String, String> {
        match tokens.get(i) {
            Some(t) if *t != "(" && *t != ")" => Ok(t.to_lowercase()),
            Some(t) => Err(format!("expected {what}, found '{t}'")),
            None => Err(format!("expected {what} before '='")),
        }
    };
    let source = word(at, "a source actor")?;
    let (target, next) = if tokens.get(at + 1) == Some(&"(") {
        let (inner, after) = transform_event(tokens, at + 2, depth + 1)?;
        if tokens.get(after) != Some(&")") {
            return Err("expected ')' to close the inner event".to_string());
        }
        (TransformArg::Event(Box::new(inner)), after + 1)
    } else {
        (TransformArg::Actor(word(at + 1, "a target actor")?), at + 2)
    };
    let verb = word(next, "a verb")?;
    Ok((TransformEvent { source, target, verb }, next + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Severity;
    use PatternElement as E;

    const SAMPLE: &str = "\
<!-- invented sample -->
&MONEY
+CASH_
+COIN
+GOLDEN_GOOSE
&TIMES_
+NOW
+LATER

--- PAY  [070] ---
PAY {PAID PAYING PAYS}
+PAY_OUT {+PAID_OUT +PAYING_OUT} [071]   # multi-word
HAND_+OVER [---]
- * &MONEY (TO +)                         [0711:0712]
- $ * IN_&TIMES_AID  [072] ; a TABARI comment
- * {OLD &MONEY} (FOR/AGAINST)            [:073]

---  ROAM   [---]---  ---
WANDER
PAY
- % * TOGETHER  [---]

~ a (b . PAY) ROAM = a b 099
";

    fn read(text: &str) -> (VerbDictionary, Vec<Problem>) {
        read_verbs(text, "sample.verbs")
    }

    fn w(s: &str) -> E {
        E::Word(s.to_string())
    }

    #[test]
    fn reads_synsets_verbs_patterns_and_transformations() {
        let (dict, problems) = read(SAMPLE);
        let errors: Vec<_> = problems.iter().filter(|p| p.severity == Severity::Error).collect();
        assert!(errors.is_empty(), "{errors:?}");
        let money: Vec<_> = dict
            .synset("&MONEY")
            .expect("defined")
            .iter()
            .map(|p| p.key.as_str())
            .collect();
        assert_eq!(money, ["cash", "coin", "coins", "golden goose", "golden gooses"]);
        let times: Vec<_> = dict
            .synset("times")
            .expect("defined")
            .iter()
            .map(|p| p.key.as_str())
            .collect();
        assert_eq!(times, ["now", "later"]);

        let pay = &dict.verbs[dict.find("pay").expect("pay")];
        assert_eq!(pay.forms, ["pay", "paid", "paying", "pays"]);
        assert_eq!((pay.code.as_deref(), pay.block.as_str()), (Some("070"), "PAY"));
        assert_eq!(pay.patterns.len(), 3);
        let first = &pay.patterns[0];
        assert_eq!(
            first.elements,
            [
                E::Verb,
                E::Gap,
                E::Synset("money".into()),
                E::Gap,
                E::Prepositional {
                    preposition: vec!["to".into()],
                    object: vec![E::Target]
                }
            ]
        );
        assert_eq!(
            (first.code.as_deref(), first.reverse_code.as_deref()),
            (Some("0711"), Some("0712"))
        );
        let second = &pay.patterns[1];
        assert_eq!(
            second.elements,
            [
                E::Source,
                E::Gap,
                E::Verb,
                E::Gap,
                w("in"),
                E::Synset("times".into()),
                w("aid")
            ]
        );
        let third = &pay.patterns[2];
        assert_eq!(
            (third.code.as_deref(), third.reverse_code.as_deref()),
            (None, Some("073"))
        );
        assert_eq!(
            third.elements[2..],
            [
                E::NounPhrase(vec![w("old"), E::Synset("money".into())]),
                E::Gap,
                E::Prepositional {
                    preposition: vec!["for".into(), "against".into()],
                    object: vec![]
                }
            ]
        );

        let pay_out = &dict.verbs[dict.find("pay out").expect("pay out")];
        assert_eq!(
            (pay_out.verb.as_str(), pay_out.after.as_slice()),
            ("pay", ["out".to_string()].as_slice())
        );
        assert_eq!(pay_out.forms, ["pay", "paid", "paying"]);
        assert_eq!(pay_out.code.as_deref(), Some("071"));
        let hand_over = &dict.verbs[dict.find("hand over").expect("hand over")];
        assert_eq!(
            (hand_over.before.as_slice(), hand_over.verb.as_str()),
            (["hand".to_string()].as_slice(), "over")
        );
        assert_eq!(hand_over.code, None);
        assert!(hand_over.forms.contains(&"overs".to_string()));

        // PAY is listed again under ROAM: PETRARCH keeps the first block.
        assert!(
            problems
                .iter()
                .any(|p| p.line == 20 && p.message.contains("already in block PAY"))
        );
        let wander = &dict.verbs[dict.find("wander").expect("wander")];
        assert_eq!(wander.block, "ROAM");
        assert_eq!(
            wander.patterns[0].elements,
            [E::Compound, E::Gap, E::Verb, E::Gap, w("together")]
        );
        assert!(wander.patterns[0].is_blocking());

        assert_eq!(dict.len(), 3 + 1, "PAY's three patterns are shared by its verbs");
        assert!(Arc::ptr_eq(
            &pay.patterns,
            &dict.verbs[dict.find("hand over").expect("verb")].patterns
        ));
        assert_eq!(dict.by_form("paid").len(), 2);
        let t = &dict.transformations[0];
        assert_eq!(
            (t.source.as_str(), t.target.as_str(), t.code.as_str()),
            ("a", "b", "099")
        );
        assert_eq!(t.pattern.verb, "roam");
        let TransformArg::Event(inner) = &t.pattern.target else {
            panic!("nested event expected")
        };
        assert_eq!((inner.source.as_str(), inner.verb.as_str()), ("b", "pay"));
        assert_eq!(inner.target, TransformArg::Actor(".".into()));
        assert!(
            problems.iter().any(|p| p.message.contains("ROAM, which no block")),
            "{problems:?}"
        );
    }

    #[test]
    fn underscores_make_neighbours_adjacent() {
        let defined = |k: &str| k == "fight_of_words" || k == "neg";
        let ParsedPattern {
            elements: els,
            notes,
            undefined,
        } = parse_pattern("SO IN_AND_*_OUT NOW", &defined).expect("parses");
        assert!(undefined.is_empty());
        assert_eq!(
            els,
            [w("so"), E::Gap, w("in"), w("and"), E::Verb, w("out"), E::Gap, w("now")]
        );
        assert!(notes.is_empty());
        let els = parse_pattern("IN_ * &FIGHT_OF_WORDS &NEG_WANT", &defined)
            .expect("parses")
            .elements;
        assert_eq!(
            els,
            [
                w("in"),
                E::Gap,
                E::Verb,
                E::Gap,
                E::Synset("fight_of_words".into()),
                E::Gap,
                E::Synset("neg".into()),
                w("want")
            ]
        );
        let ParsedPattern {
            elements: els, notes, ..
        } = parse_pattern("*SCEPTICAL", &defined).expect("parses");
        assert_eq!(els, [E::Verb, E::Gap, w("sceptical")]);
        assert_eq!(notes.len(), 1);
        let els = parse_pattern("+ * (FROM ^) {U.N. MISSION}", &defined)
            .expect("parses")
            .elements;
        let undefined = parse_pattern("* &FIGHT_CRIM &NONE", &defined)
            .expect("parses")
            .undefined;
        assert_eq!(undefined, ["FIGHT_CRIM", "NONE"]);
        assert_eq!(
            els[4],
            E::Prepositional {
                preposition: vec!["from".into()],
                object: vec![E::OtherActor]
            }
        );
        assert_eq!(els[6], E::NounPhrase(vec![w("u.n."), w("mission")]));
    }

    #[test]
    fn bad_patterns_are_errors() {
        let defined = |_: &str| false;
        for (text, expect) in [
            ("AID", "found 0"),
            ("* * AID", "found 2"),
            ("* (TO", "expected ')'"),
            ("* TO)", "unexpected ')'"),
            ("* {AID)", "found ')'"),
            ("* ({A} (B))", "'(' cannot"),
            ("(*)", "cannot stand"),
            ("* ()", "preposition"),
            ("* {}", "words inside"),
        ] {
            let err = parse_pattern(text, &defined).expect_err(text);
            assert!(err.contains(expect), "{text}: {err}");
        }
    }

    #[test]
    fn problems_name_the_line_and_skip_the_entry() {
        let text = "PAY\n- * AID [070]\n--- GIVE [07 0] ---\n--- GIVE [070] ---\n- * AID\n- * AID [070\n\
                    - * AID [070] x\n- * AID [1:2:3]\n+_\nGIVE_+UP_+IN\nGIVE {GAVE\n- * (TO [010]\n~ a b\n~ a ( b c = a b 1\n\
                    - * AID [###]\n&\n&A B\n&S\n+&NOPE\n";
        let (dict, problems) = read(text);
        let lines: Vec<(usize, Severity)> = problems.iter().map(|p| (p.line, p.severity)).collect();
        let errors: Vec<usize> = lines.iter().filter(|l| l.1 == Severity::Error).map(|l| l.0).collect();
        assert_eq!(
            errors,
            [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17],
            "{problems:#?}"
        );
        let warnings: Vec<usize> = lines.iter().filter(|l| l.1 == Severity::Warning).map(|l| l.0).collect();
        assert!([4, 15, 18, 19].iter().all(|l| warnings.contains(l)), "{problems:#?}");
        assert!(problems.iter().all(|p| p.file == "sample.verbs"));
        assert!(problems.iter().any(|p| p.message.contains("expected ']'")));
        assert!(dict.verbs.is_empty() && dict.is_empty());
    }

    #[test]
    fn odd_but_readable_lines_are_warnings() {
        let text = "--- LASH OUT [122] [123] ---\nLASH OUT\n- * AID [075A]\n- * AID [075]\nSPY {SPIES SPIED}[090]\nRECONVENE[---]\n\u{1a}\n- * &NOPE [010]";
        let (dict, problems) = read(text);
        assert!(
            problems.iter().all(|p| p.severity == Severity::Warning),
            "{problems:#?}"
        );
        assert_eq!(problems.iter().filter(|p| p.line == 1).count(), 1);
        assert!(problems.iter().any(|p| p.line == 2 && p.message.contains("LASH_OUT")));
        assert!(problems.iter().any(|p| p.line == 3 && p.message.contains("075A")));
        assert!(problems.iter().any(|p| p.line == 4 && p.message.contains("line 3")));
        let lash = &dict.verbs[dict.find("lash out").expect("lash out")];
        assert_eq!((lash.code.as_deref(), lash.patterns.len()), (Some("122"), 1));
        assert_eq!(lash.patterns[0].code.as_deref(), Some("075"));
        let spy = &dict.verbs[dict.find("spy").expect("spy")];
        assert_eq!((spy.code.as_deref(), spy.forms.len()), (Some("090"), 3));
        assert_eq!(dict.verbs[dict.find("reconvene").expect("reconvene")].code, None);
        assert!(
            problems
                .iter()
                .any(|p| p.line == 8 && p.message.contains("&NOPE is not defined"))
        );
    }

    #[test]
    fn editing_leftovers_are_warnings() {
        let text = "--- CRACK [---] ---\n+CRACK_DOWN {+CRACKED_DOWN , +CRACKS_DOWN}\n\
                    - * ATTACK (ON ^)      ^)[111]\n- * (ON ^)) [112]\n";
        let (dict, problems) = read(text);
        let lines: Vec<(usize, Severity)> = problems.iter().map(|p| (p.line, p.severity)).collect();
        assert_eq!(
            lines,
            [(2, Severity::Warning), (3, Severity::Warning), (4, Severity::Error)]
        );
        let crack = &dict.verbs[dict.find("crack down").expect("crack down")];
        assert_eq!(crack.forms, ["crack", "cracked", "cracks"]);
        assert_eq!(crack.patterns.len(), 1);
        assert_eq!(crack.patterns[0].text, "* ATTACK (ON ^)");
        assert_eq!(crack.patterns[0].elements.len(), 5);
    }

    #[test]
    fn synset_plurals() {
        let keys = |m: &str, no_plural| -> Vec<String> {
            let phrases = member_phrases(m, no_plural).expect("phrase");
            phrases.into_iter().map(|p| p.key).collect()
        };
        assert_eq!(keys("ALLY", false), ["ally", "allies"]);
        assert_eq!(
            keys("CROSS_BORDER_RAID", false),
            ["cross border raid", "cross border raids"]
        );
        assert_eq!(keys("CASH_", false), ["cash"]);
        assert_eq!(keys("DID N'T", true), ["did n't"]);
        assert!(member_phrases("  ", false).is_none());
    }
}
