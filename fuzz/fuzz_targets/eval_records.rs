#![no_main]
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let text = dyad_dict::petrarch::decode(data);
    let lines = text.lines().count().max(1);
    match dyad_eval::parse_records(&text, "fuzz.xml", Path::new("base")) {
        Ok((_env, records, warnings)) => {
            for r in &records {
                assert!(1 <= r.line && r.line <= lines, "record line {} of {lines}", r.line);
                assert!(!r.id.is_empty() && !r.text.is_empty());
            }
            assert!(warnings.iter().all(|w| w.starts_with("fuzz.xml:")));
        }
        Err(dyad_eval::EvalError::Xml { line, .. }) => assert!(1 <= line && line <= lines + 1),
        Err(e) => panic!("only XML errors without a file: {e}"),
    }
});
