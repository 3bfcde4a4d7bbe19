//! Coreference across the sentences of one article: "he", "the minister", "Fidan" after a first
//! full mention.
//!
//! The sentence coder leaves such mentions uncoded (a pronoun as an uncoded actor on its own
//! span, a role description as sector codes without a country, an unknown capitalised name as
//! uncoded text). Here each is linked to the most recent compatible coded actor mentioned
//! before it in the article, and takes that actor's code. The antecedent's span is kept so the
//! output can show why.
//!
//! Compatibility is deliberately strict (a wrong link invents a dyad; a missing one only loses
//! an actor): "he"/"she" need a person from the dictionaries, "it" a country or organisation,
//! "they" anything but a person, a role its sector ("the minister" → an actor coded …GOV), a
//! surname the last word of a person's name.

use dyad_segment::Span;

use crate::Actor;

/// Personal pronouns that may stand for an actor named in an earlier sentence.
pub(crate) fn is_personal(word: &str) -> bool {
    matches!(word, "he" | "she" | "him" | "her" | "it" | "they" | "them")
}

/// Role words naming one person: they refer back to a person, never to "Cairo" or "Egypt".
const PERSON_ROLES: &[&str] = &[
    "minister",
    "president",
    "premier",
    "chancellor",
    "envoy",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "diplomat",
    "secretary",
    "king",
    "queen",
    "prince",
    "emir",
    "general",
    "commander",
    "chief",
    "official",
    "senator",
    "governor",
    "mayor",
    "negotiator",
    "representative",
    "d'affaires",
];

/// Whether mention `a` names one person by a title ("Russia's ambassador", "the Chinese
/// envoy"); not a body ("the foreign ministry") nor people ("officials"), nor a post someone
/// held ("who served as vice president under Rafael Correa").
fn holds_title(a: &Actor, text: &str) -> bool {
    let head = a.span.slice(text).rsplit(char::is_whitespace).next().unwrap_or("");
    let before = text.get(..a.span.start).unwrap_or("").trim_end();
    let post = before
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("as"));
    !post && is_person_role(&head.to_ascii_lowercase())
}

/// Whether `word` (lower case) is a title held by one person ("minister", "president").
pub(crate) fn is_person_role(word: &str) -> bool {
    PERSON_ROLES.contains(&word)
}

/// Definite descriptions of an organisation named earlier ("the group" after "Hezbollah", "the
/// lender" after "the IMF").
const ORGANISATION_NOUNS: &[&str] = &[
    "group",
    "movement",
    "organisation",
    "organization",
    "bloc",
    "alliance",
    "agency",
    "lender",
    "fund",
    "militia",
    "council",
    "commission",
    "committee",
    "assembly",
];

/// Bodies whose own name ends in the noun ("the commission" after "the Ethiopian Human Rights
/// Commission", "the council" after "the U.N. Security Council"): the noun says which body,
/// so only an actor named with it fits.
const NAMED_BODY_NOUNS: &[&str] = &["council", "commission", "committee", "assembly"];

/// What an organisation reference's head noun can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OrganisationKind {
    /// "the group", "the movement", "the militia": an armed, opposition or civic group, never
    /// an intergovernmental body ("the group" after "EU foreign policy chief Josep Borrell").
    Group,
    /// "the bloc", "the alliance", "the agency", "the lender", "the fund", "the organisation".
    Body,
    /// "the council", "the commission": a body named with that word.
    Named(&'static str),
}

/// The kind of organisation the last word of a reference names.
fn organisation_kind(noun: &str) -> OrganisationKind {
    if let Some(named) = NAMED_BODY_NOUNS.iter().find(|n| **n == noun) {
        return OrganisationKind::Named(named);
    }
    match noun {
        "group" | "movement" | "militia" => OrganisationKind::Group,
        _ => OrganisationKind::Body,
    }
}

/// Whether the words are "the group", "the militant group", "the bloc", …
pub(crate) fn is_organisation_reference<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    if words.next() != Some("the") {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    match rest.as_slice() {
        [noun] => ORGANISATION_NOUNS.contains(noun),
        [modifier, noun] => {
            (matches!(*modifier, "militant" | "armed" | "rebel" | "islamist" | "jihadist") || affiliation(modifier))
                && ORGANISATION_NOUNS.contains(noun)
        }
        // "the al Qaeda-linked group": a short name before the affiliation word.
        [.., last, noun] if rest.len() <= 4 => affiliation(last) && ORGANISATION_NOUNS.contains(noun),
        _ => false,
    }
}

/// Whether the words are "the country", "the nation" or, with up to three describing words,
/// "the South American country", "the island nation": a country named earlier.
pub(crate) fn is_country_reference<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    if words.next() != Some("the") {
        return false;
    }
    let mut n = 0;
    let mut last = "";
    for w in words {
        n += 1;
        last = w;
        if n > 4 || matches!(w, "'s" | "of" | "and" | "or") {
            return false;
        }
    }
    n >= 1 && matches!(last, "country" | "nation")
}

/// Whether the words are "officers" or "the officers": members of a police or armed force,
/// which the dictionaries leave uncoded because the word alone does not say which.
pub(crate) fn is_force_reference<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    matches!(
        (words.next(), words.next(), words.next()),
        (Some("officers"), None, _) | (Some("the"), Some("officers"), None)
    )
}

/// Western countries, and which of them are European: what "the Western powers" and "the
/// European countries" can refer to.
const WESTERN: &[(&str, bool)] = &[
    ("USA", false),
    ("CAN", false),
    ("AUS", false),
    ("NZL", false),
    ("GBR", true),
    ("FRA", true),
    ("DEU", true),
    ("ITA", true),
    ("ESP", true),
    ("PRT", true),
    ("NLD", true),
    ("BEL", true),
    ("LUX", true),
    ("IRL", true),
    ("DNK", true),
    ("NOR", true),
    ("SWE", true),
    ("FIN", true),
    ("ISL", true),
    ("AUT", true),
    ("CHE", true),
    ("POL", true),
    ("CZE", true),
    ("SVK", true),
    ("HUN", true),
    ("SVN", true),
    ("HRV", true),
    ("ROU", true),
    ("BGR", true),
    ("GRC", true),
    ("EST", true),
    ("LVA", true),
    ("LTU", true),
    ("MLT", true),
    ("CYP", true),
];

/// "the Western powers", "three European countries", "Western governments": a group of
/// countries named earlier as a list. `Some(true)` when the words ask for European ones.
pub(crate) fn powers_reference<'w>(words: impl Iterator<Item = &'w str>) -> Option<bool> {
    let mut rest = words.skip_while(|w| *w == "the" || NUMBER_WORDS.contains(w));
    let european = match rest.next()? {
        "western" => false,
        "european" => true,
        _ => return None,
    };
    let noun = rest.next()?;
    (rest.next().is_none() && POWER_NOUNS.contains(&noun)).then_some(european)
}

const NUMBER_WORDS: &[&str] = &["two", "three", "four", "five", "six", "seven"];

const POWER_NOUNS: &[&str] = &[
    "powers",
    "countries",
    "nations",
    "governments",
    "states",
    "allies",
    "capitals",
];

/// "Western diplomats", "unidentified officials": people of several foreign countries, or of
/// none known, are no one actor named before.
pub(crate) fn plural_foreign(words: &str) -> bool {
    words
        .split_whitespace()
        .any(|w| matches!(w.to_ascii_lowercase().as_str(), "western" | "unidentified" | "unknown"))
}

/// Whether the country `code` is Western (European, when `european`).
fn western(code: &str, european: bool) -> bool {
    WESTERN.iter().any(|(c, e)| *c == code && (*e || !european))
}

/// "Qaeda-linked", "Iran-backed", "Moscow-aligned": a word saying whom a group belongs with.
fn affiliation(word: &str) -> bool {
    ["-linked", "-backed", "-aligned", "-affiliated", "-allied", "-led"]
        .iter()
        .any(|end| word.ends_with(end))
}

/// How far back (in actor mentions) an antecedent is looked for.
const MAX_DISTANCE: usize = 40;

/// A mention linked to the actor it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The mention with the antecedent's code, entity and person flag.
    pub actor: Actor,
    /// Where the antecedent was named.
    pub antecedent: Span,
}

/// The coded actors an article has named so far, in text order.
#[derive(Debug, Default)]
pub(crate) struct Discourse {
    /// Each coded mention with the span where its actor was first named (itself, or the
    /// antecedent it was resolved to).
    seen: Vec<(Actor, Span)>,
    /// The sentence being read and the one before it, as the segmenter cut them.
    sentence: Option<Span>,
    previous: Option<Span>,
}

impl Discourse {
    /// Moves on to the next sentence (its span without a dateline).
    pub fn enter_sentence(&mut self, span: Span) {
        self.previous = self.sentence.replace(span);
    }

    /// The sentence before the current one, when `mention` opens the current one: where a
    /// sentence-opening "He" or "It" looks for its antecedent.
    fn before_opening(&self, mention: Span, text: &str) -> Option<Span> {
        let current = self.sentence?;
        let lead = text.get(current.start..mention.start)?;
        lead.trim_matches([' ', '"', '\u{201c}'])
            .is_empty()
            .then_some(self.previous?)
    }

    /// The first of `candidates` named in `sentence`; of two readings of one mention, the later
    /// noted (resolved) one, as `candidates` run latest first.
    fn first_in<'s>(
        sentence: Option<Span>,
        candidates: impl Iterator<Item = &'s (Actor, Span)>,
    ) -> Option<&'s (Actor, Span)> {
        let sentence = sentence?;
        candidates
            .filter(|(a, _)| sentence.start <= a.span.start && a.span.end <= sentence.end)
            .min_by_key(|(a, _)| a.span.start)
    }
    /// Adds the coded actors of a sentence (in any order; kept sorted by position).
    pub fn note<'a>(&mut self, actors: impl IntoIterator<Item = &'a Actor>, text: &str) {
        let mut named = Vec::new();
        for a in actors {
            if let Some(r) = self.described_person(a, text, None) {
                named.push((r.actor, r.antecedent));
            } else if a.code.is_some() {
                named.push((a.clone(), a.span));
            } else if (a.person || (one_name(a, text) && self.has_person()))
                && let Some(r) = self.resolve(a, text, None)
            {
                // "President William Ruto" resolved now, so that a later "Ruto" finds him;
                // "Rasmussen told reporters…" now, so that the "He" after it is Rasmussen.
                named.push((r.actor, r.antecedent));
            }
        }
        self.add(named);
    }

    /// The latest coded actor named before byte `at` (within the usual reach) that `fits`, with
    /// where it was first named.
    pub fn latest_before(&self, at: usize, fits: impl Fn(&Actor) -> bool) -> Option<(Actor, Span)> {
        self.recent(at, None).find(|(a, _)| fits(a)).cloned()
    }

    /// The mentions named before byte `at`, latest first, within the reach of a reference, and
    /// none coded `avoid` (the event's other actor; with `None`, none uncoded).
    fn recent<'s>(&'s self, at: usize, avoid: Option<&'s str>) -> impl Iterator<Item = &'s (Actor, Span)> {
        self.seen
            .iter()
            .rev()
            .filter(move |(a, _)| a.span.end <= at)
            .take(MAX_DISTANCE)
            .filter(move |(a, _)| a.code.as_deref() != avoid)
    }

    /// Whether a person is among the recent mentions (what a surname could refer to).
    fn has_person(&self) -> bool {
        self.seen.iter().rev().take(MAX_DISTANCE).any(|(a, _)| a.person)
    }

    /// Adds a resolved mention, so that later mentions may chain through it.
    pub fn note_resolved(&mut self, r: &Resolution) {
        self.add([(r.actor.clone(), r.antecedent)]);
    }

    fn add(&mut self, mentions: impl IntoIterator<Item = (Actor, Span)>) {
        self.seen.extend(mentions);
        self.seen.sort_by_key(|(a, _)| a.span.start);
        self.seen
            .dedup_by(|(a, _), (b, _)| a.span == b.span && a.code == b.code);
    }

    /// The actor `mention` (a mention in `text`) stands for, if it needs and has one; `avoid`
    /// is a code the result must not take (the event's other actor).
    pub fn resolve(&self, mention: &Actor, text: &str, avoid: Option<&str>) -> Option<Resolution> {
        let words = mention.span.slice(text);
        // A code of its own is final; one inferred from the sentence's only country (agents
        // kept) yields to an earlier actor for a definite role ("the minister").
        let definite = words.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("the "));
        // "Azerbaijani police searched… police also arrested eight Russian citizens": a bare
        // force noun is the force named before, not of the country of the people it acts on.
        let bare_force = matches!(words.to_ascii_lowercase().as_str(), "police" | "troops" | "soldiers");
        // "Spain voiced support for Arevalo's government": nor is a role's owner named.
        let owner = possessor(words);
        if let Some(r) = self.described_person(mention, text, avoid) {
            return Some(r);
        }
        if mention.code.is_none() && secretary_general(words) {
            return Some(self.secretary_general(mention, avoid));
        }
        if mention.code.is_some() && (mention.agents.is_empty() || !(definite || bare_force || owner.is_some())) {
            return None;
        }
        // "Opposition lawmakers called Sall's move a constitutional coup": an uncoded thing
        // owned by a person named before ("Sall's move", "Netanyahu's remarks") stands for
        // that person.
        if mention.code.is_none()
            && mention.agents.is_empty()
            && let Some(owner) = owner.filter(|_| owned_thing(words))
            && let Some((found, origin)) = self
                .recent(mention.span.start, avoid)
                .find(|(a, _)| a.person && a.code.is_some() && Mention::Surname(owner).fits(a, text))
        {
            return Some(Resolution {
                actor: Actor {
                    span: mention.span,
                    ..found.clone()
                },
                antecedent: *origin,
            });
        }
        let kind = Mention::of(mention, words)?;
        // "accused Western diplomats of interfering": people of several foreign countries are
        // no one actor named before ("the Western powers" with a list is `powers_reference`).
        if plural_foreign(words) && matches!(kind, Mention::Role(..)) {
            return None;
        }
        let candidates = || {
            self.recent(mention.span.start, avoid)
                // "Trump ordered tariffs against the South American country": not his own.
                .filter(|(a, _)| {
                    !matches!(kind, Mention::Country)
                        || avoid.and_then(crate::country_of) != a.code.as_deref().and_then(crate::country_of)
                })
                .filter(|(a, _)| kind.fits(a, text))
        };
        // "the minister" is first the last actor introduced with that title ("Foreign Minister
        // Hakan Fidan"), then any fitting one.
        let head = words.rsplit(char::is_whitespace).next().unwrap_or("");
        let titled =
            |(a, _): &&(Actor, Span)| matches!(kind, Mention::Role(..)) && contains_word(a.span.slice(text), head);
        // "protesters marched on parliament … Police fired tear gas at the crowds": a crowd
        // after protesters are the protesters, not civilians at large.
        let protesters = || {
            self.recent(mention.span.start, avoid).find(|(a, _)| {
                !a.person
                    && a.code
                        .as_deref()
                        .is_some_and(|c| crate::events::has_sector(c, &["OPP"]))
            })
        };
        // "Arce's government", "Putin's spokesman": a role owned by a person named before is of
        // that person's country, whatever other governments were named since.
        if let Mention::Role(agents, _) = kind
            && let Some(owner) = owner
            && let Some((found, origin)) = self
                .recent(mention.span.start, avoid)
                .find(|(a, _)| Mention::Surname(owner).fits(a, text))
            && let Some(country) = found.code.as_deref().and_then(crate::country_of)
        {
            // "Imran Khan's party": an opposition figure's party is in opposition too.
            let opposition = found
                .code
                .as_deref()
                .is_some_and(|c| crate::events::has_sector(c, &["OPP"]));
            let sectors = crate::actors::owned_party_sectors(agents, opposition).concat();
            return Some(Resolution {
                actor: Actor {
                    span: mention.span,
                    code: Some(format!("{country}{sectors}")),
                    agents: Vec::new(),
                    entity: mention.entity.clone(),
                    person: mention.person,
                },
                antecedent: *origin,
            });
        }
        let crowd = matches!(kind, Mention::Role(agents, _) if agents == ["CVL"])
            && matches!(words.to_ascii_lowercase().as_str(), "the crowd" | "the crowds");
        // Only a role can be titled: any other mention takes the first fitting actor, without
        // trying every candidate for a title first. "it" is rather a country or body that acts
        // than a place where something happened: "Israel's actions in Gaza … demanded that it
        // withdraw" is Israel.
        let opening = self.before_opening(mention.span, text);
        let fitting = match kind {
            Mention::Role(..) if crowd => protesters().or_else(|| candidates().next()),
            Mention::Role(..) => candidates().find(titled).or_else(|| candidates().next()),
            // "India's foreign ministry rejected the allegations … It said …", "ECOWAS
            // condemned the coup … It demanded …": an "It" opening a sentence is the sentence
            // before's subject, whatever body or state it is.
            Mention::Thing => Self::first_in(
                opening,
                self.recent(mention.span.start, avoid)
                    .filter(|(a, _)| !a.person && a.code.is_some()),
            )
            .or_else(|| candidates().find(|(a, _)| !after_in(text, a.span)))
            .or_else(|| candidates().next()),
            // "Orban said he would invite Netanyahu and assured him … He called the ruling
            // brazen": a sentence opening on "He" goes on about the last sentence's subject,
            // the first person it named, not its last.
            Mention::Person => Self::first_in(opening, candidates()).or_else(|| candidates().next()),
            _ => candidates().next(),
        };
        let Some((found, origin)) = fitting else {
            return self.home_role(mention, &kind, text, avoid);
        };
        // "a loan to the country": the country itself, whichever of its actors was named.
        let code = match kind {
            Mention::Country => found.code.as_deref().and_then(crate::country_of).map(str::to_string),
            // "Russia's defence ministry said air defences had destroyed…": a body of people
            // (not one person) fitting a ministry is its country's force, not the ministry.
            Mention::Role(agents, false) if !found.person => {
                let code = found.code.as_deref().unwrap_or("");
                match crate::country_of(code) {
                    Some(country) if code[3..].contains("GOV") && !agents.iter().any(|a| a == "GOV") => {
                        Some(format!("{country}{}", agents.concat()))
                    }
                    // "seven officers from the police's mobile brigade … Police fired tear gas":
                    // bare police are the country's police, not the unit of it named before.
                    Some(country)
                        if bare_force && code[3..] != agents.concat() && code[3..].contains(&agents.concat()) =>
                    {
                        Some(format!("{country}{}", agents.concat()))
                    }
                    // "health officials said …; the government lifted the ban": a body of the
                    // government at large is not the ministry named before ("the ministry" is).
                    Some(country)
                        if agents == ["GOV"]
                            && code[3..].starts_with("GOV")
                            && code.len() > 6
                            && !words.to_ascii_lowercase().contains("ministr") =>
                    {
                        Some(format!("{country}GOV"))
                    }
                    _ => found.code.clone(),
                }
            }
            _ => found.code.clone(),
        };
        Some(Resolution {
            actor: Actor {
                span: mention.span,
                code,
                agents: Vec::new(),
                // "Prime Minister Irakli Kobakhidze" resolved to GEOGOV is still Kobakhidze.
                entity: mention.entity.clone().or_else(|| found.entity.clone()),
                person: mention.person || found.person,
            },
            antecedent: *origin,
        })
    }

    /// "The Secretary-General condemns the attacks": the head of an intergovernmental body
    /// named before ("NATO Secretary-General Mark Rutte"), else the UN's, whom the bare title
    /// names in UN statements and most news (then the title is its own antecedent).
    fn secretary_general(&self, mention: &Actor, avoid: Option<&str>) -> Resolution {
        let named = self
            .recent(mention.span.start, avoid)
            .find(|(a, _)| a.person && a.code.as_deref().is_some_and(|c| c.starts_with("IGO")));
        let (code, entity, antecedent) = match named {
            Some((a, at)) => (a.code.clone(), a.entity.clone(), *at),
            None => (Some("IGOUNOSGN".to_string()), None, mention.span),
        };
        Resolution {
            actor: Actor {
                span: mention.span,
                code,
                agents: Vec::new(),
                entity,
                person: true,
            },
            antecedent,
        }
    }

    /// "Duma Boko was sworn in … Boko, a human rights lawyer, told supporters": a name the
    /// dictionaries do not know, coded only by the description beside it, is the dictionary
    /// person named before with that name, whose office the description does not change.
    fn described_person(&self, mention: &Actor, text: &str, avoid: Option<&str>) -> Option<Resolution> {
        let words = mention.span.slice(text);
        if mention.code.is_none() || mention.entity.is_some() || !mention.person || !is_name(words) {
            return None;
        }
        let (found, origin) = self.recent(mention.span.start, avoid).find(|(a, _)| {
            a.person && a.entity.is_some() && a.code.is_some() && Mention::Surname(words).fits(a, text)
        })?;
        Some(Resolution {
            actor: Actor {
                span: mention.span,
                ..found.clone()
            },
            antecedent: *origin,
        })
    }

    /// "a resolution drafted by Britain, France, Germany and the United States … accused the
    /// Western powers": the latest list of two or more Western (or European) countries named
    /// before `mention`, each with where it was named; empty when there is none.
    pub fn named_powers(&self, mention: Span, european: bool, text: &str) -> Vec<(Actor, Span)> {
        let member = |a: &Actor| !a.person && a.code.as_deref().is_some_and(|c| c.len() == 3 && western(c, european));
        let end = self
            .seen
            .iter()
            .take_while(|(a, _)| a.span.end <= mention.start)
            .count();
        let seen = &self.seen[..end];
        let lo = end.saturating_sub(MAX_DISTANCE);
        for last in (lo..end).rev() {
            if !member(&seen[last].0) {
                continue;
            }
            let mut first = last;
            while first > lo
                && member(&seen[first - 1].0)
                && crate::article::one_group(text, seen[first - 1].0.span, seen[first].0.span)
            {
                first -= 1;
            }
            let mut list: Vec<(Actor, Span)> = seen[first..=last].to_vec();
            list.dedup_by(|a, b| a.0.code == b.0.code);
            if list.len() >= 2 {
                return list;
            }
        }
        Vec::new()
    }

    /// "President William Ruto", "the interior ministry" in an article about one country's
    /// institutions: a role with no antecedent of its sector belongs to the country most of the
    /// article's coded actors so far belong to, when one has at least half of them.
    fn home_role(&self, mention: &Actor, kind: &Mention<'_>, text: &str, avoid: Option<&str>) -> Option<Resolution> {
        // "officers" with no force named before are the police of the article's country.
        let police = ["COP".to_string()];
        let agents: &[String] = match kind {
            Mention::Role(agents, _) => agents,
            Mention::Force => &police,
            _ => return None,
        };
        // Unidentified gunmen have no country to inherit; "Western intelligence services" are
        // said to be from elsewhere.
        let elsewhere = || {
            mention
                .span
                .slice(text)
                .split_whitespace()
                .any(|w| crate::chunk::from_elsewhere(&w.to_ascii_lowercase()))
        };
        // "Rights groups accused the IMF": rights groups work across borders; with no country
        // of their own they are of none (HRI), not of the country the story is about.
        if agents.iter().any(|a| a == "UAF") || agents == ["HRI"] || elsewhere() {
            return None;
        }
        let countries: Vec<(&str, Span)> = self
            .seen
            .iter()
            .filter(|(a, _)| a.span.end <= mention.span.start)
            .filter_map(|(a, _)| Some((a.code.as_deref().and_then(crate::country_of)?, a.span)))
            .collect();
        let mut tally: Vec<(&str, usize, Span)> = Vec::new();
        for (country, span) in &countries {
            match tally.iter_mut().find(|(c, _, _)| c == country) {
                Some(entry) => {
                    entry.1 += 1;
                    entry.2 = *span;
                }
                None => tally.push((country, 1, *span)),
            }
        }
        // "The United States imposed tariffs on Brazil and sanctioned the Supreme Court
        // justice": with no country dominant yet, a role acted on by one country is of the
        // only other country named.
        let other = avoid.and_then(crate::country_of).and_then(|own| {
            let others: Vec<&(&str, usize, Span)> = tally.iter().filter(|(c, _, _)| *c != own).collect();
            match others.as_slice() {
                [(country, _, last)] if tally.len() == 2 => Some((*country, *last)),
                _ => None,
            }
        });
        let dominant = tally
            .iter()
            .max_by_key(|(_, n, _)| *n)
            .filter(|(_, count, _)| *count >= 2 && 2 * count >= countries.len())
            .map(|(country, _, last)| (*country, *last));
        let (country, last) = dominant.or(other)?;
        let code = format!("{country}{}", agents.concat());
        if avoid == Some(code.as_str()) {
            return None;
        }
        Some(Resolution {
            actor: Actor {
                span: mention.span,
                code: Some(code),
                agents: Vec::new(),
                entity: mention.entity.clone(),
                person: mention.person,
            },
            antecedent: last,
        })
    }
}

/// Whether the words at `span` follow "in" ("in Gaza"): a place named as where.
fn after_in(text: &str, span: Span) -> bool {
    text.get(..span.start)
        .and_then(|before| before.trim_end().rsplit(char::is_whitespace).next())
        .is_some_and(|w| w.eq_ignore_ascii_case("in"))
}

/// What kind of mention needs an antecedent, and what it can refer to.
enum Mention<'a> {
    /// "he", "she", "him", "her".
    Person,
    /// "it".
    Thing,
    /// "they", "them".
    Plural,
    /// "the minister" (GOV), "the rebels" (REB): sector codes without a country, and whether
    /// the role is one person's ("the minister", not "the rebels").
    Role(&'a [String], bool),
    /// "Fidan": an unknown capitalised name.
    Surname(&'a str),
    /// "the group", "the bloc", "the commission": an organisation of the kind the noun names.
    Organisation(OrganisationKind),
    /// "officers": the police or an armed force.
    Force,
    /// "the country": the country of an actor named earlier.
    Country,
}

impl<'a> Mention<'a> {
    fn of(mention: &'a Actor, words: &'a str) -> Option<Mention<'a>> {
        if !mention.agents.is_empty() {
            let head = words
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            // "President Hassan Sheikh Mohamud" is one person too, never "the defence ministry".
            return Some(Mention::Role(&mention.agents, mention.person || is_person_role(&head)));
        }
        let lower = words.to_ascii_lowercase();
        if is_organisation_reference(lower.split_whitespace()) {
            let noun = lower.rsplit(char::is_whitespace).next().unwrap_or("");
            return Some(Mention::Organisation(organisation_kind(noun)));
        }
        if is_force_reference(lower.split_whitespace()) {
            return Some(Mention::Force);
        }
        if is_country_reference(lower.split_whitespace()) {
            return Some(Mention::Country);
        }
        match lower.as_str() {
            "he" | "she" | "him" | "her" => return Some(Mention::Person),
            "it" => return Some(Mention::Thing),
            "they" | "them" => return Some(Mention::Plural),
            _ => {}
        }
        let name = without_honorific(words.trim());
        is_name(name).then_some(Mention::Surname(name))
    }

    fn fits(&self, a: &Actor, text: &str) -> bool {
        let Some(code) = a.code.as_deref() else { return false };
        match self {
            // "Russia's ambassador said … Poland summoned him": a title one person holds is a
            // person too.
            Mention::Person => a.person || holds_title(a, text),
            Mention::Thing => !a.person && (code.len() == 3 || a.entity.is_some()),
            Mention::Plural => !a.person,
            // A group's leader ("Hamas political chief Ismail Haniyeh") carries the group's code.
            Mention::Organisation(kind) => {
                let has = |sectors: &[&str]| sectors.iter().any(|s| code.contains(s));
                match kind {
                    // "about 30 Serb gunmen … arming and training the group": armed men are a
                    // group even without a name.
                    OrganisationKind::Group => {
                        !has(&["IGO"])
                            && code.len() > 3
                            && (if a.person {
                                has(&["REB", "OPP", "NGO"])
                            } else {
                                a.entity.is_some() || has(&["REB", "UAF", "INS"])
                            })
                    }
                    OrganisationKind::Body => {
                        let group = has(&["REB", "OPP", "IGO", "NGO"]);
                        code.len() > 3 && ((!a.person && a.entity.is_some()) || (a.person && group))
                    }
                    OrganisationKind::Named(noun) => !a.person && contains_word(a.span.slice(text), noun),
                }
            }
            Mention::Country => !a.person && crate::country_of(code).is_some(),
            // "Police said …, but officers detained 22 people": the force named last.
            Mention::Force => crate::country_of(code).is_some() && crate::events::has_sector(code, &["COP", "MIL"]),
            Mention::Role(agents, one_person) => {
                // "the aid group" after "the International Committee of the Red Cross"
                // (NGOHLHIRC): a body of no country carries its sector in the whole code.
                let sectors = if crate::country_of(code).is_some() {
                    code.get(3..).unwrap_or("")
                } else {
                    code
                };
                // A body ("government troops") is a person named before only when it is the
                // person's very sector: not the defence minister (GOVMIL) for troops (MIL).
                let fits_kind = if a.person {
                    *one_person || sectors == agents.concat()
                } else {
                    !one_person
                };
                fits_kind && agents.iter().all(|s| sectors.contains(s.as_str()))
            }
            // The family name comes last in most names and first in some ("Lee Jae-myung",
            // "Xi Jinping"); news rarely calls a leader by a given name, so either end fits.
            Mention::Surname(name) => {
                if !a.person {
                    return false;
                }
                // The dictionary's spelling of the name, then the text's last word ("Bernardo
                // Arévalo" is written "Arevalo" too; the text's first word may be a title).
                let written = a.span.slice(text).split_whitespace().next_back();
                a.entity.as_deref().is_some_and(|named| names(named, name))
                    || (!name.contains(' ') && written.is_some_and(|w| w.eq_ignore_ascii_case(name)))
                    || (a.entity.is_none() && names(a.span.slice(text), name))
            }
        }
    }
}

/// Whether the words are a bare "the Secretary-General".
fn secretary_general(words: &str) -> bool {
    let lower = words.to_ascii_lowercase();
    matches!(
        lower.strip_prefix("the ").unwrap_or(&lower),
        "secretary-general" | "secretary general"
    )
}

/// Whether the person called `named` is `name`: the whole name, or its first or last word.
fn names(named: &str, name: &str) -> bool {
    // "Min Aung Hlaing" after "Senior General Min Aung Hlaing": the whole name.
    if name.contains(' ') {
        return contains_words(named, name);
    }
    // "Ferdinand Marcos Jr." is "Marcos": a generational suffix is not the surname.
    let mut words = named
        .split_whitespace()
        .filter(|w| !matches!(w.trim_end_matches(['.', ',']), "Jr" | "Sr" | "II" | "III" | "IV"));
    let first = words.next();
    [first, words.next_back().or(first)]
        .into_iter()
        .flatten()
        .any(|w| w.eq_ignore_ascii_case(name))
}

/// "Mr Dissanayake", "Ms Hasina": the British style's honorific is no part of the name.
fn without_honorific(name: &str) -> &str {
    ["Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mr. ", "Mrs. ", "Ms. ", "Dr. "]
        .iter()
        .find_map(|h| name.strip_prefix(h))
        .map_or(name, str::trim_start)
}

/// The name owning a phrase ("Arce" of "Arce's government", "Luis Arce" of "Luis Arce's
/// office"), if the phrase opens with a possessive name.
fn possessor(words: &str) -> Option<&str> {
    let end = possessive_at(words)?;
    let name = without_honorific(words[..end].trim());
    is_name(name).then_some(name)
}

/// Where the first possessive "'s " (straight or curly) of a phrase begins.
fn possessive_at(words: &str) -> Option<usize> {
    words.find("'s ").or_else(|| words.find("\u{2019}s "))
}

/// Whether the words after a possessive name are a thing, lower case ("Sall's move"), not a
/// name of its own ("Sall's Alliance for the Republic").
fn owned_thing(words: &str) -> bool {
    let Some(at) = possessive_at(words) else {
        return false;
    };
    let rest = words[at..].split_whitespace().skip(1);
    let mut rest = rest.peekable();
    rest.peek().is_some() && rest.all(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
}

/// An uncoded mention of a capitalised name: a surname or a full name named before, perhaps.
fn one_name(a: &Actor, text: &str) -> bool {
    a.code.is_none() && a.agents.is_empty() && is_name(a.span.slice(text))
}

/// One to four capitalised words ("Fidan", "Min Aung Hlaing").
fn is_name(words: &str) -> bool {
    let n = words.split_whitespace().count();
    (1..=4).contains(&n)
        && words
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether `phrase` holds `words` as whole words, in order (case-insensitive).
fn contains_words(phrase: &str, words: &str) -> bool {
    // Without allocating: this runs for every candidate antecedent of every repeated name.
    let mut from = phrase.split_whitespace();
    loop {
        let mut probe = from.clone();
        if words
            .split_whitespace()
            .all(|w| probe.next().is_some_and(|h| h.eq_ignore_ascii_case(w)))
        {
            return true;
        }
        if from.next().is_none() {
            return false;
        }
    }
}

/// Whether `word` is one of the words of `phrase`, ignoring case.
fn contains_word(phrase: &str, word: &str) -> bool {
    !word.is_empty() && phrase.split_whitespace().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(text: &str, words: &str, code: Option<&str>, person: bool) -> Actor {
        let start = text.find(words).expect("words in text");
        Actor {
            span: Span::new(start, start + words.len()),
            code: code.map(str::to_string),
            agents: Vec::new(),
            entity: person.then(|| words.trim_start_matches("Foreign Minister ").to_string()),
            person,
        }
    }

    const TEXT: &str =
        "Foreign Minister Hakan Fidan met Hamas officials. He said Fidan would return. The minister left. It ended.";

    fn discourse() -> Discourse {
        let mut d = Discourse::default();
        let hamas = Actor {
            entity: Some("Hamas".to_string()),
            ..actor(TEXT, "Hamas", Some("PSEREBHMS"), false)
        };
        d.note(
            &[actor(TEXT, "Foreign Minister Hakan Fidan", Some("TURGOV"), true), hamas],
            TEXT,
        );
        d
    }

    #[test]
    fn pronouns_take_the_last_compatible_actor() {
        let d = discourse();
        let he = actor(TEXT, "He", None, false);
        let r = d.resolve(&he, TEXT, None).expect("he resolves");
        assert_eq!(r.actor.code.as_deref(), Some("TURGOV"));
        assert_eq!(r.antecedent.slice(TEXT), "Foreign Minister Hakan Fidan");
        let it = actor(TEXT, "It", None, false);
        assert_eq!(
            d.resolve(&it, TEXT, None).and_then(|r| r.actor.code),
            Some("PSEREBHMS".to_string())
        );
    }

    #[test]
    fn roles_and_surnames_need_a_matching_antecedent() {
        let d = discourse();
        let mut minister = actor(TEXT, "The minister", None, false);
        minister.agents = vec!["GOV".to_string()];
        assert_eq!(
            d.resolve(&minister, TEXT, None).and_then(|r| r.actor.code),
            Some("TURGOV".to_string())
        );
        let surname = actor(TEXT, "Fidan would", None, false);
        let surname = Actor {
            span: Span::new(surname.span.start, surname.span.start + "Fidan".len()),
            ..surname
        };
        assert_eq!(
            d.resolve(&surname, TEXT, None).and_then(|r| r.actor.code),
            Some("TURGOV".to_string())
        );
        let mut police = actor(TEXT, "The minister", None, false);
        police.agents = vec!["COP".to_string()];
        assert!(d.resolve(&police, TEXT, None).is_none());
    }

    #[test]
    fn the_other_actor_of_the_event_is_not_an_antecedent() {
        let d = discourse();
        let he = actor(TEXT, "He", None, false);
        assert!(d.resolve(&he, TEXT, Some("TURGOV")).is_none());
    }

    #[test]
    fn a_name_is_found_as_whole_words_in_order() {
        assert!(contains_words("Senior General Min Aung Hlaing", "min aung hlaing"));
        assert!(!contains_words("Senior General Min Aung Hlaing", "Aung Min"));
        assert!(!contains_words("Min Aung", "Min Aung Hlaing"));
        assert!(!contains_words("Minh Aung", "Min"));
    }

    #[test]
    fn nothing_before_means_nothing_resolved() {
        let d = Discourse::default();
        let he = actor(TEXT, "He", None, false);
        assert!(d.resolve(&he, TEXT, None).is_none());
    }

    #[test]
    fn the_group_is_an_organisation_named_earlier() {
        let text = "Foreign Minister Hakan Fidan met Hamas officials. The group said no.";
        let mut d = Discourse::default();
        let hamas = Actor {
            entity: Some("Hamas".to_string()),
            ..actor(text, "Hamas", Some("PSEREBHMS"), false)
        };
        d.note(
            &[actor(text, "Foreign Minister Hakan Fidan", Some("TURGOV"), true), hamas],
            text,
        );
        let group = actor(text, "The group", None, false);
        assert_eq!(
            d.resolve(&group, text, None).and_then(|r| r.actor.code),
            Some("PSEREBHMS".to_string())
        );
        // A person of a government is no organisation.
        assert!(d.resolve(&group, text, Some("PSEREBHMS")).is_none());
        assert!(is_country_reference("the south american country".split(' ')));
        assert!(is_country_reference("the country".split(' ')));
        assert!(!is_country_reference("the country 's president".split(' ')));
        assert!(!is_country_reference("a country".split(' ')));
        assert!(is_organisation_reference("the militant group".split(' ')));
        assert!(!is_organisation_reference("the group 's leader".split(' ')));
        assert!(is_organisation_reference("the al qaeda-linked group".split(' ')));
        assert!(is_organisation_reference("the iran-backed militia".split(' ')));
        assert!(!is_organisation_reference("the al qaeda group".split(' ')));
        assert!(!is_organisation_reference("a group".split(' ')));
    }
}
