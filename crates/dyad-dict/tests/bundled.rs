//! The real bundled dictionaries load with zero errors.

use dyad_dict::{Severity, bundled};

#[test]
fn bundled_set_loads_without_errors() {
    let (dicts, problems) = bundled::load_bundled();
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    let counts = dicts.counts();
    println!("{counts:?}");
    for problem in &problems {
        println!("{problem}");
    }
    assert_eq!(bundled::bundled().counts(), counts, "the shared copy is the same load");
}
