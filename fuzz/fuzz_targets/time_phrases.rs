#![no_main]
use dyad_time::{NaiveDate, Tense, find_dates, tense_near};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first two bytes pick a publication date in 1900..2100.
    let (n, text) = match data {
        [a, b, rest @ ..] => (u32::from(u16::from_le_bytes([*a, *b])), rest),
        _ => (0, data),
    };
    let Ok(text) = std::str::from_utf8(text) else { return };
    let year = 1900 + i32::from(u16::try_from(n % 200).unwrap_or(0));
    let published = NaiveDate::from_ymd_opt(year, 1 + n % 12, 1 + n % 28).expect("valid date");
    let mut prev_end = 0;
    for m in find_dates(text) {
        assert!(m.span.start >= prev_end && m.span.start < m.span.end);
        assert_eq!(&text[m.span.clone()], m.text);
        prev_end = m.span.end;
        let tense = tense_near(text, m.span.start);
        for t in [tense, Tense::Past, Tense::Future] {
            if let Some(r) = m.expr.resolve(published, t) {
                assert!(r.start() <= r.end());
                assert_eq!(r.date, r.start());
            }
        }
    }
});
