//! The event record of the JSON Lines contract (PRODUCT.md): what `dyad code` prints.
//!
//! Every key is always present; unknown values are `null` (or `[]`). Spans are half-open byte
//! ranges into the article's clean text.

use dyad_segment::Span;
use serde::Serialize;

/// One coded event with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRecord {
    /// Stable: a hash of article id, sentence index, verb span, dyad and code.
    pub id: String,
    pub article_id: String,
    pub sentence_index: usize,
    pub sentence: String,
    pub schema_version: u32,
    /// `YYYY-MM-DD` or null.
    pub date: Option<String>,
    /// `day | week | month | year | range` or null.
    pub date_precision: Option<String>,
    pub date_range: Option<[String; 2]>,
    /// The date phrase that dated the event ("on Sunday", "last week"); null when the date is
    /// the publication date.
    pub date_evidence: Option<Evidence>,
    pub source: Option<ActorRecord>,
    pub target: Option<ActorRecord>,
    pub cameo: CameoRecord,
    pub plover: Option<PloverRecord>,
    pub location: Option<LocationRecord>,
    pub verb: VerbRecord,
    pub negated: bool,
    pub attribution: Attribution,
    pub participants: Vec<ActorRecord>,
    pub mediators: Vec<ActorRecord>,
    /// Which dictionary entry or pattern produced the event (file:line and pattern text).
    pub rule: String,
    /// The event is stated as intended or planned ("will visit", "plans to"), coded as such.
    pub intent: bool,
    /// For a denial (CAMEO 016): the ids of the events it denies.
    pub denies: Vec<String>,
}

/// An actor as found in the sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRecord {
    /// The words of the mention in the sentence.
    pub text: String,
    /// CAMEO-style actor code (country + sectors); null when the phrase is in no dictionary.
    pub code: Option<String>,
    /// ISO 3166-1 alpha-3 (or the code's first three letters when it names a country).
    pub country: Option<String>,
    /// The named person or organisation, when the mention names one.
    pub entity: Option<String>,
    pub span: Span,
    /// Sector codes found without a country ("a senior official" → GOV), also kept when the
    /// country in `code` was inferred from the sentence.
    pub agents: Vec<String>,
    /// Where the actor was named when this mention ("he", "the minister", "Fidan") was
    /// resolved by coreference; null otherwise.
    pub antecedent: Option<AntecedentRecord>,
}

/// Words of the text that support a field, with their span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub text: String,
    pub span: Span,
}

/// The earlier mention a pronoun, role or short name was resolved to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AntecedentRecord {
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CameoRecord {
    pub code: String,
    pub root: String,
    /// The code's name in the CAMEO codebook ("Make a visit"); null for codes CAMEO lacks.
    pub name: Option<String>,
    pub goldstein: Option<f64>,
    pub quad_class: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PloverRecord {
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: Option<String>,
    pub context: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocationRecord {
    /// The place name as written.
    pub text: String,
    /// The gazetteer entry's name.
    pub name: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Where the name is in the article's text.
    pub span: Option<Span>,
    /// How the gazetteer chose among the places the name could mean.
    pub why: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerbRecord {
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The outlet or speaker making the claim ("X said that Y attacked Z": X).
    pub reported_by: Option<String>,
    pub hedged: bool,
    pub disputed: bool,
    pub disputed_by: Vec<String>,
}
