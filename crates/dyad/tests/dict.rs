//! `dyad dict check` and `dyad dict lookup` through the binary.

mod common;
use common::dyad;

use std::path::PathBuf;
use std::process::Output;

fn first_code(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .lines()
        .next()
        .and_then(|l| l.split('\t').next())
        .unwrap_or("")
        .to_string()
}

fn reference(path: &str) -> Option<PathBuf> {
    let p = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/reference")).join(path);
    if p.exists() {
        Some(p)
    } else {
        println!("skipped: ../shared/reference is missing");
        None
    }
}

#[test]
fn bundled_lookups() {
    assert_eq!(
        first_code(&dyad(&["dict", "lookup", "Hakan Fidan", "--date", "2026-04-27"])),
        "TURGOV"
    );
    assert_eq!(first_code(&dyad(&["dict", "lookup", "the Kremlin"])), "RUSGOV");
    assert_eq!(first_code(&dyad(&["dict", "lookup", "Iranian"])), "IRN");
    assert_eq!(
        first_code(&dyad(&[
            "dict",
            "lookup",
            "Iranian foreign minister",
            "--date",
            "2026-04-27"
        ])),
        "IRNGOV"
    );
    assert_eq!(dyad(&["dict", "lookup", "zzqx unknown phrase"]).status.code(), Some(1));
}

#[test]
fn date_restricted_codes_change_at_the_boundary() {
    let dir = std::env::temp_dir().join(format!("dyad-dict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("test.actors.txt"),
        "JANE_EXAMPLE_\n+MINISTER_EXAMPLE\n\t[ABCGOV 20150101-20191231]\n\t[ABCOPP >20200101]\n",
    )
    .unwrap();
    let look = |date: &str| {
        first_code(&dyad(&[
            "dict",
            "lookup",
            "Jane Example",
            "--date",
            date,
            "--dictionaries",
            dir.to_str().unwrap(),
        ]))
    };
    assert_eq!(look("2019-12-31"), "ABCGOV");
    assert_eq!(look("2020-01-02"), "ABCOPP");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn extra_dictionaries_overlay_the_bundled_set() {
    let dir = std::env::temp_dir().join(format!("dyad-extra-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("mine.actors.txt"),
        "HARBOUR_TIMES_ [MEDXYZ]\nKREMLIN [RUSGOVX]\n",
    )
    .unwrap();
    let extra = ["--extra-dictionaries", dir.to_str().unwrap()];
    assert_eq!(
        first_code(&dyad(&[&["dict", "lookup", "Harbour Times"][..], &extra].concat())),
        "MEDXYZ"
    );
    assert_eq!(
        first_code(&dyad(&[&["dict", "lookup", "Kremlin"][..], &extra].concat())),
        "RUSGOVX"
    );
    assert_eq!(
        first_code(&dyad(
            &[&["dict", "lookup", "Hakan Fidan", "--date", "2026-04-27"][..], &extra].concat()
        )),
        "TURGOV"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_bundled_has_no_errors() {
    let out = dyad(&["dict", "check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains(" 0 errors"), "{stdout}");
}

#[test]
fn check_reference_dictionaries_load_with_zero_errors() {
    for dir in ["petrarch2/dictionaries", "petrarch2/validate"] {
        let Some(path) = reference(dir) else { return };
        let out = dyad(&["dict", "check", path.to_str().unwrap()]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{dir}: {stdout}");
        assert!(stdout.contains("  0 errors"), "{dir}: {stdout}");
        assert!(stdout.contains("verb patterns"), "{stdout}");
    }
}

#[test]
fn check_reports_bad_entries_with_file_and_line() {
    let dir = std::env::temp_dir().join(format!("dyad-bad-dict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.actors.txt");
    std::fs::write(&file, "GOOD_NAME_ [ABC]\nBAD_NAME_ [ABC 2019XX01-]\n").unwrap();
    let out = dyad(&["dict", "check", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.actors.txt:2:"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}
