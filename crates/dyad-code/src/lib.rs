//! The dyad coder: who did what to whom in a sentence, coded in CAMEO and PLOVER.
//!
//! Pipeline inside one sentence (each stage its own module):
//!
//! 1. [`lexicon`]: tokens get a coarse part of speech from a closed-class lexicon, the verb
//!    dictionary's forms and spelling rules — no external parser;
//! 2. `actors`: longest dictionary matches over tokens (actors, agents), composed into actor
//!    mentions ("Turkey's Foreign Minister Hakan Fidan" → TURGOV) and coordinated groups;
//! 3. `clauses`: verb groups (auxiliaries, modals, negation, passive), clause boundaries,
//!    subjects, objects, reported speech;
//! 4. `events`: verb patterns matched with PETRARCH semantics, one event per dyad, coded
//!    through [`dyad_ontology`] to Goldstein, QuadClass and PLOVER.
//!
//! [`Coder::code_sentence`] returns [`SentenceEvent`]s with spans; [`Coder::code_article`]
//! turns them into [`record::EventRecord`]s, the JSON Lines contract of `dyad code`.

pub mod lexicon;
pub mod record;

use std::sync::Arc;

use chrono::NaiveDate;
use dyad_dict::Dictionaries;
use dyad_segment::Span;

/// Choices that change what is coded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoderOptions {
    /// Keep only events whose source and target are both coded (`--require-dyad`).
    pub require_dyad: bool,
    /// Code stated intentions and plans ("will visit", "plans to attack") with CAMEO's
    /// intend-to codes (03x cooperative, 13x threats) instead of the act itself. Off for
    /// PETRARCH compatibility, whose unit tests code "will abandon" as the act.
    pub intent: bool,
}

impl Default for CoderOptions {
    fn default() -> Self {
        CoderOptions {
            require_dyad: false,
            intent: true,
        }
    }
}

/// An actor mention as the coder found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The whole mention (determiners and titles included) in the text.
    pub span: Span,
    /// Full code (country + sectors, or an organisation's code); `None` when unknown.
    pub code: Option<String>,
    /// Sector codes with no country to attach to ("a senior official" → `["GOV"]`).
    pub agents: Vec<String>,
    /// The named entity when the mention names a person or organisation ("Hakan Fidan").
    pub entity: Option<String>,
}

/// One event found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceEvent {
    pub source: Option<Actor>,
    pub target: Option<Actor>,
    /// CAMEO event code ("042"); PETRARCH test dictionaries may use non-CAMEO codes.
    pub code: String,
    /// The verb (or event noun) that carries the event.
    pub verb: Span,
    pub negated: bool,
    pub intent: bool,
    /// Who states it when it is reported speech ("X said that Y attacked Z": X).
    pub reported_by: Option<Actor>,
    /// The dictionary entry or pattern that fired: `file:line pattern`.
    pub rule: String,
}

/// The coder: dictionaries plus indexes built once, shared by threads.
pub struct Coder {
    dicts: Arc<Dictionaries>,
    options: CoderOptions,
}

impl Coder {
    pub fn new(dicts: Arc<Dictionaries>, options: CoderOptions) -> Coder {
        Coder { dicts, options }
    }

    pub fn options(&self) -> CoderOptions {
        self.options
    }

    pub fn dictionaries(&self) -> &Dictionaries {
        &self.dicts
    }

    /// Events of the sentence at `sentence` in `text`; date-restricted actor codes resolve on
    /// `date` (their default code when `None`).
    pub fn code_sentence(&self, text: &str, sentence: Span, date: Option<NaiveDate>) -> Vec<SentenceEvent> {
        let _ = (text, sentence, date);
        todo!("coder core")
    }

    /// Every event of an article as contract records, sentence by sentence.
    pub fn code_article(&self, article: &dyad_read::Article) -> Vec<record::EventRecord> {
        let _ = article;
        todo!("article records")
    }
}

impl SentenceEvent {
    /// The event as PETRARCH's validation records write it: `(source, target, code)` where a
    /// missing actor is `---`, an agent with no country `---GOV`, and an actor found in the
    /// text but in no dictionary its upper-cased text in double quotes.
    pub fn petrarch_triple(&self, text: &str) -> (String, String, String) {
        (
            petrarch_actor(self.source.as_ref(), text),
            petrarch_actor(self.target.as_ref(), text),
            self.code.clone(),
        )
    }
}

fn petrarch_actor(actor: Option<&Actor>, text: &str) -> String {
    match actor {
        None => "---".to_string(),
        Some(Actor { code: Some(code), .. }) => code.clone(),
        Some(a) if !a.agents.is_empty() => format!("---{}", a.agents.concat()),
        Some(a) => format!("\"{}\"", a.span.slice(text).to_uppercase()),
    }
}
