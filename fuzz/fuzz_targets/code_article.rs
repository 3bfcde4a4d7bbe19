#![no_main]
//! The whole article pipeline on arbitrary text: coreference, dates, places, denials. Every
//! span a record carries (actors, antecedents, verb, date evidence, location) must be a valid
//! range of the text, and coding twice must give the same records.
use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, LazyLock};

use dyad_code::record::EventRecord;
use dyad_code::{Coder, CoderOptions};
use dyad_segment::Span;

static CODER: LazyLock<Coder> =
    LazyLock::new(|| Coder::new(Arc::new(dyad_dict::bundled::load_bundled().0), CoderOptions::default()));

fn check_span(what: &str, span: Span, text: &str) {
    assert!(span.start <= span.end && span.end <= text.len(), "{what} {span:?} outside the text");
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} splits a char"
    );
}

fn check(r: &EventRecord, text: &str) {
    check_span("verb", r.verb.span, text);
    for (what, actor) in [("source", &r.source), ("target", &r.target)] {
        if let Some(a) = actor {
            check_span(what, a.span, text);
            if let Some(ante) = &a.antecedent {
                check_span("antecedent", ante.span, text);
                assert!(ante.span.end <= a.span.end, "an antecedent after its mention");
            }
        }
    }
    if let Some(e) = &r.date_evidence {
        check_span("date evidence", e.span, text);
    }
    if let Some(span) = r.location.as_ref().and_then(|l| l.span) {
        check_span("location", span, text);
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let published = dyad_time::NaiveDate::from_ymd_opt(2026, 4, 27);
    let records = CODER.code_text(text, published);
    for r in &records {
        check(r, text);
    }
    let again = CODER.code_text(text, published);
    assert_eq!(records, again, "coding twice differs");
});
