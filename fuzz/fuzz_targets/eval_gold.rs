#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines = text.lines().count();
    let (sentences, warnings) = dyad_eval::parse_gold(&text, "fuzz.jsonl");
    for s in &sentences {
        assert!(1 <= s.line && s.line <= lines, "line {} of {lines}", s.line);
        assert!(!s.id.is_empty() && !s.text.is_empty());
    }
    assert!(warnings.iter().all(|w| w.starts_with("fuzz.jsonl:")));
});
