//! The dyad coder: who did what to whom in a sentence, coded in CAMEO and PLOVER.
//!
//! Pipeline inside one sentence (each stage its own module):
//!
//! 1. [`lexicon`]: tokens get a coarse part of speech from a closed-class lexicon, the verb
//!    dictionary's forms and spelling rules — no external parser;
//! 2. `actors`: longest dictionary matches over tokens (actors, agents), composed into actor
//!    codes ("Turkey's Foreign Minister Hakan Fidan" → TURGOV);
//! 3. `chunk`: a role per token (noun-phrase word, verb, auxiliary, preposition, clause
//!    marker), noun-phrase units with their actors ("the government of Gondor" → GONGOV) and
//!    coordinated groups ("Iran and Russia");
//! 4. `patterns`: verb patterns matched with PETRARCH semantics around each verb;
//! 5. `events`: verb groups (auxiliaries, modals, negation, passive, infinitive chains),
//!    subjects and objects by clause, reported speech, one event per dyad; `article` codes
//!    them through [`dyad_ontology`] to Goldstein, QuadClass and PLOVER.
//!
//! [`Coder::code_sentence`] returns [`SentenceEvent`]s with spans; [`Coder::code_article`]
//! turns them into [`record::EventRecord`]s, the JSON Lines contract of `dyad code`.

mod actors;
mod article;
mod chunk;
mod complements;
mod coref;
mod events;
mod hash;
pub mod lexicon;
mod nominal;
mod patterns;
pub mod place;
pub mod record;
mod refer;
mod sentence;
#[cfg(test)]
mod tests;
pub mod when;

pub use article::{
    DateResolution, MentionResolution, PlaceResolution, Resolutions, SCHEMA_VERSION, SentenceContext, build_tables,
    country_of,
};

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
    /// Give a sentence's country to its agent-only actors ("police", "protesters") when every
    /// coded actor in the sentence belongs to that one country. Off for PETRARCH compatibility.
    pub infer_country: bool,
    /// PETRARCH's literal reading: pattern words match exactly (no plural forms) and an agent
    /// word anywhere in a noun phrase counts ("military targets" → MIL).
    pub literal: bool,
}

impl CoderOptions {
    /// PETRARCH's semantics, for its validation records: intentions coded as the act, no
    /// country inferred for agent-only actors.
    pub fn petrarch() -> CoderOptions {
        CoderOptions {
            require_dyad: false,
            intent: false,
            infer_country: false,
            literal: true,
        }
    }
}

impl Default for CoderOptions {
    fn default() -> Self {
        CoderOptions {
            require_dyad: false,
            intent: true,
            infer_country: true,
            literal: false,
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
    /// Sector codes with no country to attach to ("a senior official" → `["GOV"]`); kept beside
    /// `code` when the country was only inferred from the rest of the sentence.
    pub agents: Vec<String>,
    /// The named entity when the mention names a person or organisation ("Hakan Fidan").
    pub entity: Option<String>,
    /// The mention names a person (a dictionary person entry): what "he" and "she" refer to.
    pub person: bool,
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
    /// Who states it when it is reported speech ("X said that Y attacked Z": X), or the
    /// source named by "according to X".
    pub reported_by: Option<Actor>,
    /// Stated as unconfirmed: "reportedly", "allegedly", "is said to", what someone claims or
    /// is accused of doing, what a denial denies.
    pub hedged: bool,
    /// Who denies it in the same sentence ("Iran denied that it had attacked the tanker").
    pub disputed_by: Option<Actor>,
    /// The dictionary entry or pattern that fired: `file:line pattern`.
    pub rule: String,
    /// Where the event is dated from when not at its own verb: "is due to hold talks on
    /// Sunday, mediated by Oman" dates the mediation by the talks' verb.
    pub dated_at: Option<Span>,
}

/// The coder: dictionaries plus indexes built once, shared by threads.
pub struct Coder {
    dicts: Arc<Dictionaries>,
    options: CoderOptions,
    index: actors::ActorIndex,
    synsets: patterns::SynsetIndex,
    pattern_index: patterns::PatternIndex,
}

impl Coder {
    pub fn new(dicts: Arc<Dictionaries>, options: CoderOptions) -> Coder {
        let index = actors::ActorIndex::new(&dicts);
        let synsets = patterns::SynsetIndex::new(&dicts.verbs);
        let pattern_index = patterns::PatternIndex::new(&dicts.verbs);
        Coder {
            dicts,
            options,
            index,
            synsets,
            pattern_index,
        }
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
        self.code_tokens(text, sentence, date).unwrap_or_default()
    }

    /// How the coder read a sentence: tokens with their roles, noun-phrase units with their
    /// actors, and every verb with its entry, pattern and subject (the `explain` example).
    pub fn explain(&self, text: &str, sentence: Span, date: Option<NaiveDate>) -> String {
        let toks = sentence::prepare(text, sentence);
        let (roles, units) = self.read(&toks, date);
        let mut out = String::new();
        for (t, r) in toks.iter().zip(&roles) {
            out.push_str(&format!("{}/{:?}/{:?} ", t.lower, r, t.class));
        }
        out.push('\n');
        for u in &units {
            let words: Vec<&str> = toks[u.start..u.end].iter().map(|t| t.lower.as_str()).collect();
            let codes: Vec<String> = u
                .actors
                .iter()
                .map(|a| a.code.clone().unwrap_or_else(|| format!("?{}", a.agents.concat())))
                .collect();
            out.push_str(&format!(
                "unit [{}] group {} actors {:?}\n",
                words.join(" "),
                u.group,
                codes
            ));
        }
        out.push_str(&events::explain(&self.context(&toks, &roles, &units)));
        out
    }

    /// Roles and noun-phrase units of a prepared sentence (the shallow syntax both coding and
    /// `explain` start from).
    fn read(&self, toks: &[sentence::Tok], date: Option<NaiveDate>) -> (Vec<chunk::Role>, Vec<chunk::Unit>) {
        let pieces = self.index.pieces(&self.dicts, toks);
        let roles = chunk::roles(toks, &pieces, &self.dicts);
        let mut units = chunk::units(toks, &roles, &pieces, date, self.options.literal);
        if self.options.infer_country {
            chunk::infer_country(&mut units, toks);
        }
        chunk::describe_names(&mut units);
        (roles, units)
    }

    fn context<'a>(
        &'a self,
        toks: &'a [sentence::Tok],
        roles: &'a [chunk::Role],
        units: &'a [chunk::Unit],
    ) -> events::Context<'a, 'a> {
        events::Context {
            dicts: &self.dicts,
            synsets: &self.synsets,
            pattern_index: &self.pattern_index,
            scene: patterns::Scene::new(toks, roles, units),
            options: self.options,
        }
    }

    /// Whether a sentence holds a discard phrase of story scope (the whole article is skipped).
    pub fn discards_story(&self, text: &str, sentence: Span) -> bool {
        let toks = sentence::prepare(text, sentence);
        self.index.discard(&toks) == Some(dyad_dict::model::DiscardScope::Story)
    }

    fn code_tokens(&self, text: &str, sentence: Span, date: Option<NaiveDate>) -> Option<Vec<SentenceEvent>> {
        let (mut events, _) = self.code_with_mentions(text, sentence, date);
        events.retain(|e| self.keeps(e));
        Some(events)
    }

    /// The sentence's events before the coded-actor requirement (a pronoun source may still be
    /// resolved across sentences) and every actor mention in it.
    pub(crate) fn code_with_mentions(
        &self,
        text: &str,
        sentence: Span,
        date: Option<NaiveDate>,
    ) -> (Vec<SentenceEvent>, Vec<Actor>) {
        let (events, mentions, _) = self.code_with_discard(text, sentence, date);
        (events, mentions)
    }

    /// [`Coder::code_with_mentions`] plus the scope of the sentence's discard phrase, if any
    /// (then nothing is coded): the article pass learns of story discards without preparing
    /// every sentence a second time (see [`Coder::discards_story`]).
    pub(crate) fn code_with_discard(
        &self,
        text: &str,
        sentence: Span,
        date: Option<NaiveDate>,
    ) -> (Vec<SentenceEvent>, Vec<Actor>, Option<dyad_dict::model::DiscardScope>) {
        let toks = sentence::prepare(text, sentence);
        if toks.is_empty() {
            return (Vec::new(), Vec::new(), None);
        }
        if let Some(scope) = self.index.discard(&toks) {
            return (Vec::new(), Vec::new(), Some(scope));
        }
        let (roles, units) = self.read(&toks, date);
        let mut events = events::events(&self.context(&toks, &roles, &units));
        self.add_later_complements(&toks, &roles, date, &mut events);
        let mentions = units.into_iter().flat_map(|u| u.actors).collect();
        (events, mentions, None)
    }

    /// "urged X to halt hostilities and return to dialogue": what the governing verb codes with
    /// each later complement ([`complements`]). A generic code of that verb ("urge +", 020)
    /// gives way to the specific request found.
    fn add_later_complements(
        &self,
        toks: &[sentence::Tok],
        roles: &[chunk::Role],
        date: Option<NaiveDate>,
        events: &mut Vec<SentenceEvent>,
    ) {
        let mut specific = Vec::new();
        for skip in complements::later_complements(toks, roles) {
            let to = toks[skip.0 - 1].span.start;
            let reduced = complements::without(toks, skip);
            let (roles, units) = self.read(&reduced, date);
            for event in events::events(&self.context(&reduced, &roles, &units)) {
                let governed = event.verb.start < to && events.iter().any(|e| e.verb == event.verb);
                if governed && !events.iter().any(|e| e.same_dyad_and_code(&event)) {
                    specific.push(event.verb);
                    events.push(event);
                }
            }
        }
        events.retain(|e| !(specific.contains(&e.verb) && is_generic(&e.code)));
    }

    /// The coded-actor requirement: one coded actor by default, both with `require_dyad`.
    ///
    /// A role with no country ("police", "two men") is not a coded actor, except when reading
    /// literally: PETRARCH reports it as `---COP`.
    pub(crate) fn keeps(&self, e: &SentenceEvent) -> bool {
        let literal = self.options.literal;
        if self.options.require_dyad {
            coded_side(&e.source, literal) && coded_side(&e.target, literal)
        } else {
            Self::keeps_in_article(e, literal)
        }
    }

    /// What the article's reading pass keeps as context for later sentences: an event with
    /// either side coded, whatever `require_dyad` says. `--require-dyad` filters the records
    /// at the end (`article::code_parts`), so that it only ever removes events and never
    /// changes what later references resolve to.
    pub(crate) fn keeps_in_article(e: &SentenceEvent, literal: bool) -> bool {
        coded_side(&e.source, literal) || coded_side(&e.target, literal)
    }

    /// Every event of an article as contract records, sentence by sentence.
    pub fn code_article(&self, article: &dyad_read::Article) -> Vec<record::EventRecord> {
        article::code_article(self, article)
    }

    /// Every resolution made while coding an article (mention → antecedent, date phrase →
    /// date, place name → gazetteer entry), for `dyad read` to show.
    pub fn resolutions(&self, article: &dyad_read::Article) -> Resolutions {
        let parts = article::ArticleParts {
            id: &article.id,
            text: &article.text,
            sentences: &article.sentences,
            published: article.published,
        };
        article::resolutions(self, &parts)
    }

    /// Codes a clean text as one article with no metadata but its publication date (its id is
    /// empty): the whole pipeline of `code_article`, for text that did not come through
    /// `dyad-read` (the gold set, pasted text).
    pub fn code_text(&self, text: &str, published: Option<NaiveDate>) -> Vec<record::EventRecord> {
        let sentences = dyad_segment::sentences(text);
        let parts = article::ArticleParts {
            id: "",
            text,
            sentences: &sentences,
            published,
        };
        article::code_parts(self, &parts)
    }
}

/// Whether one side of an event is a coded actor: a code, or, reading literally, agents alone
/// (PETRARCH reports "police" as `---COP`).
fn coded_side(a: &Option<Actor>, literal: bool) -> bool {
    a.as_ref()
        .is_some_and(|a| a.code.is_some() || (literal && !a.agents.is_empty()))
}

impl Actor {
    /// The country the actor's code begins with ("TURGOV" → "TUR"); see [`country_of`].
    pub fn country(&self) -> Option<&str> {
        self.code.as_deref().and_then(country_of)
    }

    /// What the actor belongs to: its country, else its whole code (an organisation, a group
    /// of no country). Two actors with the same are one side ("RUSGOV" and "RUS").
    pub fn side(&self) -> Option<&str> {
        self.code.as_deref().map(|c| country_of(c).unwrap_or(c))
    }

    /// The code to report: the full code, else the sector codes alone for a role with no
    /// country ("unidentified gunmen" → UAF, "the police" → COP), as CAMEO and GDELT write them.
    pub fn reported_code(&self) -> Option<String> {
        match &self.code {
            Some(code) => Some(code.clone()),
            None if !self.agents.is_empty() => Some(self.agents.concat()),
            None => None,
        }
    }
}

/// A code of a root with nothing more specific ("020", "100"): PETRARCH's root-level codes end
/// in 0 after the two root digits.
fn is_generic(code: &str) -> bool {
    code.len() == 3 && code.ends_with('0')
}

impl SentenceEvent {
    /// The same event code between the same actors (by code, else by text span).
    fn same_dyad_and_code(&self, other: &SentenceEvent) -> bool {
        let key = |a: &Option<Actor>| a.as_ref().map(|a| (a.code.clone(), a.span));
        self.code == other.code && key(&self.source) == key(&other.source) && key(&self.target) == key(&other.target)
    }

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
