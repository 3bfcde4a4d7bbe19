//! Shared body of the reader fuzz targets: read the bytes as one format and check the
//! invariants every article must keep.

use dyad_read::{Format, Item, ReadOptions, Reader};
use std::ops::ControlFlow;

pub fn read_as(data: &[u8], format: Option<Format>) {
    let options = ReadOptions { english_only: false, ..ReadOptions::default() };
    let mut reader = Reader::new(options);
    let _ = reader.read_bytes("fuzz", data, format, &mut |item| {
        if let Item::Article(a) = item {
            let mut last = 0;
            for s in &a.sentences {
                assert!(last <= s.start && s.start < s.end && s.end <= a.text.len());
                assert!(a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end));
                last = s.end;
            }
            if let Some(file) = a.offsets.to_file(a.text.len().saturating_sub(1)) {
                assert!(file <= data.len());
            }
        }
        ControlFlow::Continue(())
    });
}
