use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

fn temp_file(name: &str, text: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("dyad-eval-gold-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

const GOLD: &str = r#"{"id":"dev-001","date":"2026-04-27","text":"Turkey's foreign minister met his Chinese counterpart.","events":[{"source":"TURGOV","target":"CHNGOV","cameo":"042"}],"tags":["apposition"]}

{"id":"dev-002","text":"Iran did not attack Israel.","events":[{"source":"IRN","target":"ISR","cameo":"190","negated":true}],"tags":["negation"]}
not json
{"id":"dev-003","date":"2026-02-30","text":"Bad date.","events":[]}
{"id":"dev-004","text":"No events key."}
{"id":"dev-005","text":"Odd code.","events":[{"source":null,"target":"USA","cameo":"0429","intent":true}],"tags":["apposition","apposition",""]}
{"id":"dev-001","text":"Same id again.","events":[]}
"#;

#[test]
fn gold_lines_are_read_and_bad_ones_reported() {
    let path = temp_file("gold.jsonl", GOLD);
    let (sentences, warnings) = read_gold(&path).expect("reads");
    let ids: Vec<_> = sentences.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["dev-001", "dev-002", "dev-005", "dev-001"]);
    let first = &sentences[0];
    assert_eq!(first.date, NaiveDate::from_ymd_opt(2026, 4, 27));
    assert_eq!(first.line, 1);
    assert_eq!(first.tags, ["apposition"]);
    assert_eq!(
        first.events,
        [GoldEvent {
            source: Some("TURGOV".into()),
            target: Some("CHNGOV".into()),
            cameo: "042".into(),
            negated: false,
            intent: false,
        }]
    );
    assert!(sentences[1].events[0].negated);
    let odd = &sentences[2];
    assert_eq!(odd.line, 7);
    assert_eq!(odd.events[0].source, None);
    assert!(odd.events[0].intent);
    assert_eq!(odd.tags, ["apposition"]);

    let lines: Vec<&str> = warnings
        .iter()
        .map(|w| w.split(": ").next().and_then(|at| at.rsplit(':').next()).unwrap_or(""))
        .collect();
    assert_eq!(lines, ["4", "5", "6", "7", "8"], "{warnings:#?}");
    assert!(warnings[0].contains("gold.jsonl:4: skipped"), "{warnings:#?}");
    assert!(warnings[2].contains("missing field `events`"), "{warnings:#?}");
    assert!(
        warnings[3].contains("unknown CAMEO code \"0429\" (scored as CONSULT)"),
        "{warnings:#?}"
    );
    assert!(warnings[4].contains("id dev-001 used before"), "{warnings:#?}");
}

#[test]
fn event_types_fall_back_to_the_root() {
    assert_eq!(event_type("042"), "CONSULT");
    assert_eq!(event_type("0429"), "CONSULT");
    assert_eq!(event_type("010"), "CAMEO01");
    assert_eq!(event_type("0219"), "CAMEO02");
    assert_eq!(event_type("99"), "CAMEO99");
    assert_eq!(cameo_root("0874"), "08");
    assert_eq!(cameo_root("7"), "7");
}

fn sentence(id: &str, events: Vec<GoldEvent>, tags: &[&str]) -> GoldSentence {
    GoldSentence {
        id: id.into(),
        date: None,
        text: format!("text of {id}"),
        events,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        line: 1,
    }
}

fn gold(source: &str, target: &str, cameo: &str, negated: bool) -> GoldEvent {
    GoldEvent {
        source: Some(source.into()).filter(|s: &String| !s.is_empty()),
        target: Some(target.into()).filter(|s: &String| !s.is_empty()),
        cameo: cameo.into(),
        negated,
        intent: false,
    }
}

fn predicted(source: &str, target: &str, cameo: &str, negated: bool) -> Predicted {
    let g = gold(source, target, cameo, negated);
    Predicted {
        source: g.source,
        target: g.target,
        cameo: g.cameo,
        negated,
    }
}

#[test]
fn scores_at_each_level() {
    let sentences = vec![
        // Exact match, twice (multiset): 2 tp everywhere.
        sentence(
            "s1",
            vec![
                gold("TURGOV", "CHNGOV", "042", false),
                gold("TURGOV", "CHNGOV", "042", false),
            ],
            &["a"],
        ),
        // Same type (CONSULT: 042 vs 043), same root, but country-only dyad match.
        sentence("s2", vec![gold("IRNGOV", "USA", "042", false)], &["a", "b"]),
        // Missed event, and a negated event produced as having happened.
        sentence(
            "s3",
            vec![gold("ISR", "PSE", "190", false), gold("IRN", "ISR", "190", true)],
            &[],
        ),
        // Coder crashes.
        sentence("s4", vec![gold("RUS", "UKR", "173", false)], &["b"]),
        // Negation done right; nothing else.
        sentence("s5", vec![gold("CHN", "TWN", "138", true)], &[]),
    ];
    let report = score_gold(&sentences, |s| match s.id.as_str() {
        "s1" => vec![
            predicted("TURGOV", "CHNGOV", "042", false),
            predicted("TURGOV", "CHNGOV", "042", false),
        ],
        "s2" => vec![predicted("IRN", "USA", "043", false)],
        "s3" => vec![predicted("IRN", "ISR", "193", false)],
        "s4" => panic!("boom"),
        _ => vec![predicted("CHN", "TWN", "13", true)],
    });
    assert_eq!((report.sentences, report.crashed), (5, 1));
    assert_eq!((report.gold_events, report.predicted_events), (5, 4));
    let counts = |s: &Scores| (s.tp, s.fp, s.fn_);
    assert_eq!(counts(&report.event_type), (4, 0, 1));
    assert_eq!(counts(&report.type_dyad), (2, 2, 3));
    assert_eq!(counts(&report.type_country_dyad), (3, 1, 2));
    assert_eq!(counts(&report.root_dyad), (2, 2, 3));
    assert_eq!(
        report.negation,
        NegationScore {
            gold: 2,
            produced_negated: 1,
            produced_unnegated: 1,
            predicted: 1,
        }
    );
    let tags: Vec<_> = report
        .tags
        .iter()
        .map(|t| (t.tag.as_str(), t.sentences, counts(&t.type_dyad)))
        .collect();
    assert_eq!(tags, [("a", 2, (2, 1, 1)), ("b", 2, (0, 1, 2))]);

    let failed: Vec<_> = report.failures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(failed, ["s2", "s3", "s4"]);
    assert_eq!(report.failures[2].crash.as_deref(), Some("boom"));
    assert!(
        report.failures[1]
            .problems
            .contains(&"1 negated event(s) coded as having happened".to_string())
    );

    let shown = report.to_string();
    assert_eq!(
        shown.lines().last(),
        Some("type+dyad: P=0.500 R=0.400 F1=0.444"),
        "{shown}"
    );
    assert!(shown.contains("type+country dyad"), "{shown}");
    let verbose = report.failures_text();
    assert!(
        verbose.contains("s4 (line 1): crash: boom; type+dyad: 1 missed, 0 spurious"),
        "{verbose}"
    );
    assert!(verbose.contains("  gold:      IRNGOV USA 042 (CONSULT)"), "{verbose}");
    assert!(verbose.contains("  predicted: IRN ISR 193 (ASSAULT)"), "{verbose}");
    assert!(verbose.contains("IRN ISR 190 (ASSAULT) [negated]"), "{verbose}");
}

#[test]
fn empty_scores_are_zero_not_nan() {
    let report = score_gold(&[], |_| Vec::new());
    assert_eq!(
        report.to_string().lines().last(),
        Some("type+dyad: P=0.000 R=0.000 F1=0.000")
    );
}
