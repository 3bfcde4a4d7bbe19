//! Shows how the coder reads a sentence: `cargo run -p dyad-code --example explain -- [DICT_DIR] "sentence"`.
//! Without a directory the bundled dictionaries are used; a PETRARCH `.xml` records file
//! instead of a directory loads the dictionaries its environment names.

use std::sync::Arc;

use dyad_code::{Coder, CoderOptions};
use dyad_segment::Span;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dicts, sentence) = match args.as_slice() {
        [dir, sentence] => {
            let (d, _) = dyad_dict::petrarch::load_dir(std::path::Path::new(dir)).expect("dictionaries");
            (d, sentence.clone())
        }
        [sentence] => (dyad_dict::bundled::load_bundled().0, sentence.clone()),
        _ => {
            eprintln!("usage: explain [DICT_DIR] SENTENCE");
            return;
        }
    };
    // PETRARCH=1 reads as `dyad eval petrarch` does.
    let options = if std::env::var_os("PETRARCH").is_some() {
        CoderOptions::petrarch()
    } else {
        CoderOptions::default()
    };
    let coder = Coder::new(Arc::new(dicts), options);
    let span = Span::new(0, sentence.len());
    let date = chrono::NaiveDate::from_ymd_opt(2026, 4, 27);
    print!("{}", coder.explain(&sentence, span, date));
    for e in coder.code_sentence(&sentence, span, date) {
        let (s, t, c) = e.petrarch_triple(&sentence);
        println!(
            "EVENT {s} {t} {c} negated={} intent={} rule={}",
            e.negated, e.intent, e.rule
        );
    }
}
