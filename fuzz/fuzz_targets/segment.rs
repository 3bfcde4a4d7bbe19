#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut covered = 0;
    for sentence in dyad_segment::sentences(text) {
        assert!(sentence.start >= covered && sentence.end <= text.len());
        assert!(text[covered..sentence.start].trim().is_empty(), "text lost between sentences");
        for token in dyad_segment::tokens(text, sentence) {
            assert!(token.span.start >= sentence.start && token.span.end <= sentence.end);
        }
        covered = sentence.end;
    }
    assert!(text[covered..].trim().is_empty(), "text lost after the last sentence");
});
