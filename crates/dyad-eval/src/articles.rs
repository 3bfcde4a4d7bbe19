//! dyad's article-level gold set: whole articles with every event a careful coder found,
//! each with its date, place and attribution.
//!
//! One JSON object per line:
//!
//! ```json
//! {"id":"art-001","published":"2026-04-27","title":"…","text":"PARAGRAPH.\n\nPARAGRAPH.",
//!  "events":[{"source":"TURGOV","target":"EGYGOV","cameo":"040","date":"2026-04-26",
//!             "place":{"name":"Cairo","country":"EGY"},"reported_by":null,
//!             "hedged":false,"disputed":false,"evidence":"met"}]}
//! ```
//!
//! [`score_articles`] matches gold and predicted events within each article by event type and
//! dyad (as the sentence set's type+dyad level), preferring the same CAMEO code, date and
//! evidence word, and reports precision, recall and F1 over events; then, over the matched
//! pairs, how often the date is the same day, the place is in the same country (both absent
//! counts as right; Kosovo's ISO-style XKX and CAMEO's KSV are one country) and the
//! attribution agrees (`reported_by`, `hedged`, `disputed`).

use std::collections::HashSet;
use std::fmt;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::gold::{Scores, event_type};
use crate::{EvalError, guarded};

/// A place's country in one spelling: dyad writes places with the gazetteer's ISO 3166-1 codes
/// (XKX for Kosovo, which has no assigned code), an annotator may write CAMEO's KSV.
fn one_country_code(code: &str) -> &str {
    match code {
        "KSV" => "XKX",
        other => other,
    }
}

/// One gold article.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldArticle {
    pub id: String,
    pub published: Option<NaiveDate>,
    pub text: String,
    pub events: Vec<ArticleEvent>,
    /// 1-based line in the gold file.
    pub line: usize,
}

/// An event of an article, gold or predicted.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ArticleEvent {
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub target: Option<String>,
    pub cameo: String,
    #[serde(default)]
    pub negated: bool,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub place: Option<Place>,
    #[serde(default)]
    pub reported_by: Option<String>,
    #[serde(default)]
    pub hedged: bool,
    #[serde(default)]
    pub disputed: bool,
    /// The word that carries the event (a gold annotation aid; predictions give the verb).
    #[serde(default)]
    pub evidence: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Place {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub country: Option<String>,
}

/// Correct out of judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Accuracy {
    pub right: usize,
    pub judged: usize,
}

impl Accuracy {
    pub fn rate(&self) -> f64 {
        if self.judged == 0 {
            0.0
        } else {
            self.right as f64 / self.judged as f64
        }
    }

    fn judge(&mut self, right: bool) {
        self.judged += 1;
        self.right += usize::from(right);
    }
}

/// Scores over a set of articles.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ArticleReport {
    pub articles: usize,
    pub crashed: usize,
    pub gold_events: usize,
    pub predicted_events: usize,
    /// Event type + source + target.
    pub events: Scores,
    /// Over matched pairs.
    pub date: Accuracy,
    pub place: Accuracy,
    /// `reported_by`, `hedged` and `disputed` all agree.
    pub attribution: Accuracy,
    pub reported_by: Accuracy,
    pub hedged: Accuracy,
    pub disputed: Accuracy,
    /// Per article: what was missed, what was spurious, what was matched with a wrong field.
    pub failures: Vec<String>,
}

#[derive(Deserialize)]
struct RawArticle {
    id: String,
    #[serde(default)]
    published: Option<String>,
    text: String,
    events: Vec<ArticleEvent>,
}

/// Whether a JSON Lines gold file holds articles (objects with `published`) rather than
/// sentences: decided by its first non-blank line.
pub fn is_article_file(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .and_then(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .is_some_and(|v| v.get("published").is_some())
}

/// Reads an article gold file; warnings name file and line of what was skipped.
pub fn read_articles(path: &Path) -> Result<(Vec<GoldArticle>, Vec<String>), EvalError> {
    let bytes = std::fs::read(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(parse_articles(
        &String::from_utf8_lossy(&bytes),
        &path.display().to_string(),
    ))
}

/// [`read_articles`] on text in memory.
pub fn parse_articles(text: &str, file: &str) -> (Vec<GoldArticle>, Vec<String>) {
    let mut articles = Vec::new();
    let mut warnings = Vec::new();
    let mut ids = HashSet::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        match article(raw, line) {
            Ok(a) => {
                if !ids.insert(a.id.clone()) {
                    warnings.push(format!("{file}:{line}: id {} used before", a.id));
                }
                articles.push(a);
            }
            Err(message) => warnings.push(format!("{file}:{line}: skipped: {message}")),
        }
    }
    (articles, warnings)
}

fn article(raw: &str, line: usize) -> Result<GoldArticle, String> {
    let parsed: RawArticle = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    if parsed.text.trim().is_empty() {
        return Err("empty text".into());
    }
    let published = match parsed.published.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => {
            Some(NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| format!("published {d:?} is not YYYY-MM-DD"))?)
        }
    };
    Ok(GoldArticle {
        id: parsed.id,
        published,
        text: parsed.text,
        events: parsed.events,
        line,
    })
}

/// Scores a coder on articles; `code` codes one article's text.
pub fn score_articles(
    articles: &[GoldArticle],
    mut code: impl FnMut(&GoldArticle) -> Vec<ArticleEvent>,
) -> ArticleReport {
    let mut report = ArticleReport::default();
    for article in articles {
        report.articles += 1;
        let predicted = match guarded(|| code(article)) {
            Ok(p) => p,
            Err(_) => {
                report.crashed += 1;
                Vec::new()
            }
        };
        let gold: Vec<&ArticleEvent> = article.events.iter().filter(|e| !e.negated).collect();
        let found: Vec<&ArticleEvent> = predicted.iter().filter(|e| !e.negated).collect();
        report.gold_events += gold.len();
        report.predicted_events += found.len();
        score_one(&mut report, article, &gold, &found);
    }
    report
}

fn key(e: &ArticleEvent) -> (String, Option<&str>, Option<&str>) {
    (event_type(&e.cameo), e.source.as_deref(), e.target.as_deref())
}

/// How well a candidate fits a gold event beyond the key: same code, date, evidence word.
fn closeness(g: &ArticleEvent, p: &ArticleEvent) -> usize {
    usize::from(g.cameo == p.cameo) * 4
        + usize::from(g.date.is_some() && g.date == p.date) * 2
        + usize::from(g.evidence.is_some() && g.evidence == p.evidence)
}

fn score_one(report: &mut ArticleReport, article: &GoldArticle, gold: &[&ArticleEvent], found: &[&ArticleEvent]) {
    let mut used = vec![false; found.len()];
    let mut notes = Vec::new();
    for g in gold {
        let best = (0..found.len())
            .filter(|&k| !used[k] && key(found[k]) == key(g))
            .max_by_key(|&k| (closeness(g, found[k]), usize::MAX - k));
        let Some(k) = best else {
            report.events.fn_ += 1;
            notes.push(format!("  missed:   {}", show(g)));
            continue;
        };
        used[k] = true;
        report.events.tp += 1;
        let p = found[k];
        let date_ok = g.date == p.date;
        fn country(e: &ArticleEvent) -> Option<&str> {
            e.place
                .as_ref()
                .and_then(|pl| pl.country.as_deref())
                .map(one_country_code)
        }
        let place_ok = country(g) == country(p);
        let by = |e: &ArticleEvent| e.reported_by.as_ref().map(|s| s.trim().to_lowercase());
        let by_ok = by(g) == by(p);
        report.date.judge(date_ok);
        report.place.judge(place_ok);
        report.reported_by.judge(by_ok);
        report.hedged.judge(g.hedged == p.hedged);
        report.disputed.judge(g.disputed == p.disputed);
        report
            .attribution
            .judge(by_ok && g.hedged == p.hedged && g.disputed == p.disputed);
        if !(date_ok && place_ok && by_ok && g.hedged == p.hedged && g.disputed == p.disputed) {
            notes.push(format!("  fields:   {}\n       got: {}", show(g), show(p)));
        }
    }
    for (k, p) in found.iter().enumerate() {
        if !used[k] {
            report.events.fp += 1;
            notes.push(format!("  spurious: {}", show(p)));
        }
    }
    if !notes.is_empty() {
        report
            .failures
            .push(format!("{} (line {}):\n{}", article.id, article.line, notes.join("\n")));
    }
}

fn show(e: &ArticleEvent) -> String {
    let or = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let place = e
        .place
        .as_ref()
        .map_or("-".into(), |p| format!("{}/{}", or(&p.name), or(&p.country)));
    format!(
        "{} {} {} ({}) date {} place {} by {}{}{} [{}]",
        or(&e.source),
        or(&e.target),
        e.cameo,
        event_type(&e.cameo),
        or(&e.date),
        place,
        or(&e.reported_by),
        if e.hedged { " hedged" } else { "" },
        if e.disputed { " disputed" } else { "" },
        or(&e.evidence),
    )
}

impl fmt::Display for ArticleReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = &self.events;
        writeln!(f, "articles: {} (crashed: {})", self.articles, self.crashed)?;
        writeln!(
            f,
            "events: gold {}, predicted {} (negated events left out)",
            self.gold_events, self.predicted_events
        )?;
        writeln!(f)?;
        writeln!(
            f,
            "{:<24}{:>6}{:>6}{:>6}{:>8}{:>8}{:>8}",
            "metric", "tp", "fp", "fn", "P", "R", "F1"
        )?;
        writeln!(
            f,
            "{:<24}{:>6}{:>6}{:>6}{:>8.3}{:>8.3}{:>8.3}",
            "type+dyad events",
            e.tp,
            e.fp,
            e.fn_,
            e.precision(),
            e.recall(),
            e.f1()
        )?;
        writeln!(f)?;
        writeln!(f, "over {} matched events:", e.tp)?;
        for (name, a) in [
            ("date (same day)", self.date),
            ("place (same country)", self.place),
            ("attribution (all three)", self.attribution),
            ("  reported_by", self.reported_by),
            ("  hedged", self.hedged),
            ("  disputed", self.disputed),
        ] {
            writeln!(f, "{name:<24}{:>6}/{:<6}{:>8.1}%", a.right, a.judged, 100.0 * a.rate())?;
        }
        write!(
            f,
            "events F1={:.3} date={:.1}% place={:.1}% attribution={:.1}%",
            e.f1(),
            100.0 * self.date.rate(),
            100.0 * self.place.rate(),
            100.0 * self.attribution.rate()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{"id":"a1","published":"2026-04-27","text":"X met Y in Cairo on Sunday.","events":[{"source":"TURGOV","target":"EGYGOV","cameo":"040","date":"2026-04-26","place":{"name":"Cairo","country":"EGY"},"reported_by":null,"hedged":false,"disputed":false,"evidence":"met"},{"source":"TURGOV","target":null,"cameo":"111","negated":true}]}
not json
{"id":"a2","published":"27/04/2026","text":"x","events":[]}
"#;

    fn event(source: &str, target: &str, cameo: &str, date: &str, country: Option<&str>) -> ArticleEvent {
        ArticleEvent {
            source: Some(source.into()),
            target: Some(target.into()),
            cameo: cameo.into(),
            date: Some(date.into()),
            place: country.map(|c| Place {
                name: None,
                country: Some(c.into()),
            }),
            ..ArticleEvent::default()
        }
    }

    #[test]
    fn reads_articles_and_names_bad_lines() {
        assert!(is_article_file(FILE));
        assert!(!is_article_file(
            r#"{"id":"dev-1","date":"2026-01-01","text":"t","events":[]}"#
        ));
        let (articles, warnings) = parse_articles(FILE, "g.jsonl");
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].events.len(), 2);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with("g.jsonl:2:"), "{warnings:?}");
        assert!(warnings[1].starts_with("g.jsonl:3:"), "{warnings:?}");
    }

    #[test]
    fn scores_events_then_fields_of_matched_pairs() {
        let (articles, _) = parse_articles(FILE, "g.jsonl");
        // Right event, right date, wrong place; plus a spurious one. The negated gold event
        // is not counted.
        let report = score_articles(&articles, |_| {
            vec![
                event("TURGOV", "EGYGOV", "042", "2026-04-26", Some("TUR")),
                event("EGYGOV", "TURGOV", "190", "2026-04-27", None),
            ]
        });
        assert_eq!(report.events, Scores { tp: 1, fp: 1, fn_: 0 });
        assert_eq!(report.date, Accuracy { right: 1, judged: 1 });
        assert_eq!(report.place, Accuracy { right: 0, judged: 1 });
        assert_eq!(report.attribution, Accuracy { right: 1, judged: 1 });
        assert!(
            report
                .to_string()
                .ends_with("events F1=0.667 date=100.0% place=0.0% attribution=100.0%")
        );
    }

    #[test]
    fn kosovo_is_one_country_in_either_spelling() {
        let file = FILE
            .replace("Cairo", "Pristina")
            .replace(r#""country":"EGY""#, r#""country":"KSV""#);
        let (articles, _) = parse_articles(&file, "g.jsonl");
        let report = score_articles(&articles, |_| {
            vec![event("TURGOV", "EGYGOV", "042", "2026-04-26", Some("XKX"))]
        });
        assert_eq!(report.place, Accuracy { right: 1, judged: 1 });
        let report = score_articles(&articles, |_| {
            vec![event("TURGOV", "EGYGOV", "042", "2026-04-26", Some("SRB"))]
        });
        assert_eq!(report.place, Accuracy { right: 0, judged: 1 });
    }

    #[test]
    fn a_panicking_coder_counts_as_a_crash() {
        let (articles, _) = parse_articles(FILE, "g.jsonl");
        let report = score_articles(&articles, |_| panic!("boom"));
        assert_eq!(report.crashed, 1);
        assert_eq!(report.events.fn_, 1);
    }
}
