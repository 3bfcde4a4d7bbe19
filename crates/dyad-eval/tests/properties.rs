//! Property tests: no file contents make the gold or records readers panic, and what they
//! return points back into the file (lines within it, warnings naming it).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use dyad_eval::{parse_gold, parse_records, read_gold, read_records};
use proptest::prelude::*;

/// A file in the temporary directory, unique to this process and call, removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(contents: &[u8], ext: &str) -> TempFile {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("dyad-eval-prop-{}-{n}.{ext}", std::process::id()));
        std::fs::write(&path, contents).expect("temp file writes");
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Lines as `str::lines` counts them, which is how the readers number lines.
fn line_count(text: &str) -> usize {
    text.lines().count().max(1)
}

fn check_gold(bytes: &[u8]) {
    let file = TempFile::new(bytes, "jsonl");
    let (sentences, warnings) = read_gold(&file.0).expect("an existing file reads");
    let text = String::from_utf8_lossy(bytes);
    let lines = line_count(&text);
    for s in &sentences {
        assert!(1 <= s.line && s.line <= lines, "line {} of {lines}", s.line);
        assert!(!s.id.is_empty() && !s.text.is_empty());
    }
    let name = file.0.display().to_string();
    for w in &warnings {
        assert!(w.starts_with(&format!("{name}:")), "{w}");
    }
    // The in-memory entry point reads the same.
    assert_eq!(parse_gold(&text, &name), (sentences, warnings));
}

fn check_records(bytes: &[u8]) {
    let file = TempFile::new(bytes, "xml");
    let from_file = read_records(&file.0);
    let text = dyad_dict::petrarch::decode(bytes);
    let lines = line_count(&text);
    let dir = file.0.parent().unwrap_or(Path::new(""));
    let name = file.0.display().to_string();
    let in_memory = parse_records(&text, &name, dir);
    match (&from_file, &in_memory) {
        (Ok((env, records, warnings)), Ok(same)) => {
            assert_eq!((env, records, warnings), (&same.0, &same.1, &same.2));
            for r in records {
                assert!(1 <= r.line && r.line <= lines, "record line {} of {lines}", r.line);
                assert!(!r.id.is_empty() && !r.text.is_empty());
            }
            for w in warnings {
                assert!(w.starts_with(&format!("{name}:")), "{w}");
            }
        }
        (Err(a), Err(b)) => {
            assert_eq!(a.to_string(), b.to_string());
            if let dyad_eval::EvalError::Xml { line, .. } = a {
                assert!(1 <= *line && *line <= lines + 1, "error line {line} of {lines}");
            }
        }
        _ => panic!("file and in-memory readers disagree: {from_file:?} / {in_memory:?}"),
    }
}

/// Lines that look like gold lines, with the ways they go wrong.
fn goldish() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just(
            r#"{"id":"a","text":"Iran met Israel.","events":[{"source":"IRN","target":"ISR","cameo":"042"}]}"#
                .to_string()
        ),
        Just(r#"{"id":"a","text":"x","events":[]}"#.to_string()),
        Just(r#"{"id":"b","date":"2026-04-27","text":"t","events":[],"tags":["x"," ","x"]}"#.to_string()),
        Just(r#"{"id":"c","date":"2026-02-30","text":"t","events":[]}"#.to_string()),
        Just(r#"{"id":" ","text":"t","events":[]}"#.to_string()),
        Just(r#"{"id":"d","text":"  ","events":[]}"#.to_string()),
        Just(
            r#"{"id":"e","text":"t","events":[{"cameo":"9999","negated":true,"intent":null,"source":""}]}"#.to_string()
        ),
        Just(r#"{"id":"f","text":"t","events":[{"cameo":""}]}"#.to_string()),
        Just(r#"{"id":"g","text":"t","events":[{"cameo":"0"}],"extra":1}"#.to_string()),
        Just(r#"{"id":1,"text":"t","events":[]}"#.to_string()),
        Just(r#"{"id":"h","text":"\ud800","events":[]}"#.to_string()),
        Just(r#"{"id":"i","text":"é中🙂","date":"","events":[{"cameo":"é"}]}"#.to_string()),
        Just("[]".to_string()),
        Just("null".to_string()),
        Just("{".to_string()),
        Just(String::new()),
        Just("   ".to_string()),
        "\\PC{0,30}",
    ];
    let sep = prop::sample::select(&["\n", "\r\n", "\r", "\n\n", ""][..]);
    prop::collection::vec((line, sep), 0..12)
        .prop_map(|v| v.into_iter().flat_map(|(l, s)| [l, s.to_string()]).collect())
}

/// Text built from the pieces records files are made of, whole and truncated.
fn recordsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<Validation>".to_string()),
        Just("</Validation>".to_string()),
        Just("<Environment>".to_string()),
        Just("</Environment>".to_string()),
        Just("<Verbfile>v.txt</Verbfile>".to_string()),
        Just("<Actorfile> ../a.txt </Actorfile>".to_string()),
        Just("<Agentfile></Agentfile>".to_string()),
        Just("<Discardfile>/abs/d.txt</Discardfile>".to_string()),
        Just("<Include>valid DEMO</Include>".to_string()),
        Just("<Config option=\"require_dyad\" value=\"false\"></Config>".to_string()),
        Just("<Config option=\"\" value=\"x\"/>".to_string()),
        Just("<Config/>".to_string()),
        Just("<Sentences>".to_string()),
        Just("</Sentences>".to_string()),
        Just("<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\" sentence=\"true\">".to_string()),
        Just("<Sentence id='X-1' date = '20260230' sentence='maybe'>".to_string()),
        Just("<Sentence id=\"Y\" id=\"Z\">".to_string()),
        Just("<Sentence id=unquoted>".to_string()),
        Just("<Sentence>".to_string()),
        Just("</Sentence>".to_string()),
        Just("<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>".to_string()),
        Just("<EventCoding sourcecode=\"ARN\" targetcode=\"\" eventcode=\"064\"/>".to_string()),
        Just("<EventCoding noevents=\"True\"/>".to_string()),
        Just("<EventCoding noevents=\"perhaps\"/>".to_string()),
        Just("<EventCoding error=\"dateline\"/>".to_string()),
        Just("<EventCoding error=\"\" noevents=\"true\"/>".to_string()),
        Just("<EventCoding/>".to_string()),
        Just("<Text>".to_string()),
        Just("</Text>".to_string()),
        Just("<Text>Arnor is about to restore ties with Gondor.</Text>".to_string()),
        Just("<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>".to_string()),
        Just("<Parse/>".to_string()),
        Just("<Stop/>".to_string()),
        Just("<!-- a comment -- with dashes -->".to_string()),
        Just("<! -- PETRARCH's odd comment -->".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".to_string()),
        Just("<!DOCTYPE x>".to_string()),
        Just("<![CDATA[ <raw> & ]]>".to_string()),
        Just("&amp;".to_string()),
        Just("&lt;".to_string()),
        Just("&#65;".to_string()),
        Just("&#x1F642;".to_string()),
        Just("&#0;".to_string()),
        Just("&#xD800;".to_string()),
        Just("&bogus;".to_string()),
        Just("AT&T".to_string()),
        Just("&".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("</".to_string()),
        Just("<Sentence id=\"".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("=".to_string()),
        Just("\u{1a}".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just(" ".to_string()),
        "\\PC{0,12}",
        "[<>/=\"'&;a-zA-Z ]{0,10}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// A complete record with a random field or two broken, to get past the XML layer.
fn record_file() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&["", " date=\"20260427\"", " date=\"2026-04-27\"", " date=\"x\""][..]),
        prop::sample::select(&[" id=\"R-1\"", " id=\" \"", "", " id=\"R-1\" id=\"R-2\""][..]),
        prop::sample::select(&["", " sentence=\"false\"", " sentence=\"TRUE\"", " sentence=\"1\""][..]),
        prop::collection::vec(recordsish(), 0..3),
        "\\PC{0,40}",
    )
        .prop_map(|(date, id, active, inner, text)| {
            let text = text.replace(['<', '&'], " ");
            format!(
                "<Validation><Sentences>\n<Sentence{date}{id} category=\"C\"{active}>\n{}<Text>{text}</Text>\n</Sentence>\n<Sentence id=\"R-1\"><Text>again</Text></Sentence></Sentences></Validation>",
                inner.concat()
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn gold_reads_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_gold(&bytes);
    }

    #[test]
    fn gold_reads_gold_like_lines(text in goldish()) {
        check_gold(text.as_bytes());
    }

    #[test]
    fn records_read_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_records(&bytes);
    }

    #[test]
    fn records_read_xml_like_text(text in recordsish()) {
        check_records(text.as_bytes());
    }

    #[test]
    fn records_read_record_like_files(text in record_file()) {
        check_records(text.as_bytes());
    }
}

#[test]
fn a_well_formed_record_reads() {
    let doc = "<Validation>\n<Environment><Verbfile>v.txt</Verbfile></Environment>\n<Sentences>\n\
               <Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\">\n\
               <EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"/>\n\
               <Text>Arnor  restored\nties.</Text>\n</Sentence>\n</Sentences>\n</Validation>\n";
    let (env, records, warnings) = parse_records(doc, "mem.xml", Path::new("/base")).expect("parses");
    assert_eq!(env.verbs.as_deref(), Some(Path::new("/base/v.txt")));
    assert_eq!(records.len(), 1, "{warnings:?}");
    assert_eq!((records[0].line, records[0].text.as_str()), (4, "Arnor restored ties."));
    check_records(doc.as_bytes());
}
