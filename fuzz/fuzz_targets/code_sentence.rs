#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, LazyLock};

use dyad_code::{Coder, CoderOptions, SentenceEvent};
use dyad_segment::Span;

/// The bundled dictionaries with the default options, and with PETRARCH's with both actors
/// required.
static CODERS: LazyLock<[Coder; 2]> = LazyLock::new(|| {
    let dicts = Arc::new(dyad_dict::bundled::load_bundled().0);
    let petrarch = CoderOptions {
        require_dyad: true,
        ..CoderOptions::petrarch()
    };
    [
        Coder::new(dicts.clone(), CoderOptions::default()),
        Coder::new(dicts, petrarch),
    ]
});

fn check_span(what: &str, span: Span, text: &str, sentence: Span) {
    assert!(
        sentence.start <= span.start && span.end <= sentence.end,
        "{what} {span:?} outside {sentence:?}"
    );
    assert!(span.start < span.end, "{what} {span:?} empty");
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a char"
    );
}

fn check(coder: &Coder, text: &str, sentence: Span) {
    let events: Vec<SentenceEvent> = coder.code_sentence(text, sentence, None);
    for e in &events {
        check_span("verb", e.verb, text, sentence);
        for (what, actor) in [
            ("source", &e.source),
            ("target", &e.target),
            ("reported_by", &e.reported_by),
        ] {
            if let Some(actor) = actor {
                check_span(what, actor.span, text, sentence);
            }
        }
        let _ = e.petrarch_triple(text);
    }
    assert_eq!(
        events,
        coder.code_sentence(text, sentence, None),
        "coding twice differs"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for coder in CODERS.iter() {
        // The whole input as one sentence, and each sentence the segmenter cuts from it.
        check(coder, text, Span::new(0, text.len()));
        for sentence in dyad_segment::sentences(text) {
            check(coder, text, sentence);
        }
    }
});
