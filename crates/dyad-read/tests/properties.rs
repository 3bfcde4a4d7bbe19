//! Property tests: no input makes a reader panic, and every article it produces keeps the
//! invariants later stages rely on.

use dyad_read::{Format, Item, ReadOptions, Reader};
use proptest::prelude::*;
use std::ops::ControlFlow;

fn check(bytes: &[u8], format: Format) {
    let options = ReadOptions {
        english_only: false,
        ..ReadOptions::default()
    };
    let mut reader = Reader::new(options);
    let _ = reader.read_bytes("prop", bytes, Some(format), &mut |item| {
        if let Item::Article(a) = item {
            let mut last_end = 0;
            for s in &a.sentences {
                assert!(s.start >= last_end && s.start < s.end && s.end <= a.text.len());
                assert!(a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end));
                last_end = s.end;
            }
            for clean in [0, a.text.len() / 2, a.text.len().saturating_sub(1)] {
                let file = a.offsets.to_file(clean).expect("every clean byte maps to the file");
                assert!(file <= bytes.len(), "offset {file} beyond input of {}", bytes.len());
            }
        }
        ControlFlow::Continue(())
    });
}

/// Every item of a read, as text (an article without its offset map).
fn items(bytes: &[u8], format: Format, offsets: bool) -> Vec<String> {
    let options = ReadOptions {
        english_only: false,
        offsets,
        ..ReadOptions::default()
    };
    let mut out = Vec::new();
    let _ = Reader::new(options).read_bytes("prop", bytes, Some(format), &mut |item| {
        out.push(match item {
            Item::Article(mut a) => {
                if !offsets {
                    assert!(a.offsets.pieces.is_empty(), "offsets mapped though not asked for");
                }
                a.offsets = Default::default();
                format!("{a:?}")
            }
            Item::Diagnostic(d) => d.to_string(),
        });
        ControlFlow::Continue(())
    });
    out
}

/// A read without offsets gives the same articles and diagnostics, only without the map.
fn same_without_offsets(bytes: &[u8], format: Format) {
    assert_eq!(items(bytes, format, false), items(bytes, format, true));
}

/// Text built from the pieces news markup is made of, so the generator reaches deep paths.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<item><title>T</title><description>".to_string()),
        Just("</description></item>".to_string()),
        Just("&amp;".to_string()),
        Just("\n\n".to_string()),
        Just("# ".to_string()),
        Just("[a](http://x.example)".to_string()),
        Just("Photo: AFP".to_string()),
        Just("April 27, 2026".to_string()),
        Just("The U.S. envoy met Gen. Smith. ".to_string()),
        Just("\"Quoted.\" ".to_string()),
        Just("{\"text\":\"".to_string()),
        Just("\"}\n".to_string()),
        "[a-zA-Z .,!?é]{0,20}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_break_readers(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        for format in [Format::Text, Format::Markdown, Format::Html, Format::Jsonl, Format::Feed] {
            check(&bytes, format);
            same_without_offsets(&bytes, format);
        }
    }

    #[test]
    fn newsy_text_never_breaks_readers(text in newsy()) {
        let rss = format!("<rss><channel><title>F</title>{text}</channel></rss>");
        for format in [Format::Text, Format::Markdown, Format::Html, Format::Jsonl] {
            check(text.as_bytes(), format);
            same_without_offsets(text.as_bytes(), format);
        }
        check(rss.as_bytes(), Format::Feed);
        same_without_offsets(rss.as_bytes(), Format::Feed);
    }
}
