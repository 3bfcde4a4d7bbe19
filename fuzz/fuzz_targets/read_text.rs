#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| dyad_fuzz::read_as(data, Some(dyad_read::Format::Text)));
