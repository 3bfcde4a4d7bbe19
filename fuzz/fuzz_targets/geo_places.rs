#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let gazetteer = dyad_geo::Gazetteer::embedded();
    let mut previous_end = 0;
    let mut context = dyad_geo::Context::new();
    for mention in gazetteer.find_places(text) {
        assert!(mention.span.start >= previous_end && mention.span.start < mention.span.end);
        assert_eq!(&text[mention.span.clone()], mention.text);
        previous_end = mention.span.end;
        if let Some(found) = gazetteer.resolve(&mention.text, &context) {
            if let Some(code) = &found.place.country {
                context.add_country(code);
            }
        }
    }
    let _ = gazetteer.lookup(text);
    if let Some(place) = dyad_geo::parse_dateline(text) {
        assert!(place.len() <= text.len());
    }
});
