//! Completeness against the reference codebooks in ../shared/reference (skipped when absent).
//!
//! These tests read the references with their own small parsers, independent of
//! scripts/ontology/derive.py, so a derivation bug shows up as a mismatch.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use dyad_ontology::{PloverType, cameo, cameo_codes, plover_contexts, sector, sectors};

const REFERENCE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/reference");
const MAPPING_TSV: &str = include_str!("../data/cameo2plover.tsv");

/// The reference file's text, or `None` (after saying so) when the references are absent.
fn reference(path: &str) -> Option<String> {
    let text = fs::read_to_string(format!("{REFERENCE}/{path}")).ok();
    if text.is_none() {
        println!("skipped: ../shared/reference is missing");
    }
    text
}

/// Data lines of a two-column reference TSV, header dropped.
fn pairs(text: &str) -> Vec<(&str, &str)> {
    text.lines()
        .skip(1)
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim(), b.trim()))
        .collect()
}

#[test]
fn every_cameo_code_has_the_codebook_name() {
    let Some(text) = reference("cameo/CAMEO.eventcodes.txt") else {
        return;
    };
    let rows = pairs(&text);
    for (code, name) in &rows {
        let event = cameo(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(event.name, *name, "{code}");
    }
    assert_eq!(rows.len(), cameo_codes().count(), "no codes beyond the codebook");
}

#[test]
fn every_goldstein_value_matches() {
    let Some(text) = reference("cameo/CAMEO.goldsteinscale.txt") else {
        return;
    };
    let rows = pairs(&text);
    for (code, value) in &rows {
        let value: f32 = value.parse().unwrap_or_else(|e| panic!("{code}: {e}"));
        let event = cameo(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(event.goldstein, value, "{code}");
        assert_eq!(event.goldstein_from, *code, "{code} has its own value");
    }
    assert_eq!(rows.len(), cameo_codes().count());
}

/// One line of CAMEO2PLOVER-2021: type, mode and contexts as the table writes them.
#[derive(Debug, PartialEq)]
struct SourceRow {
    event_type: String,
    mode: String,
    context: Vec<String>,
}

fn source_rows(text: &str) -> BTreeMap<String, Vec<SourceRow>> {
    let mut rows: BTreeMap<String, Vec<SourceRow>> = BTreeMap::new();
    for line in text.lines() {
        let body = line.split('#').next().unwrap_or("");
        let Some((code, rest)) = body.split_once(':') else {
            continue;
        };
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let mut fields = rest.split(',').map(str::trim);
        let row = SourceRow {
            event_type: fields.next().unwrap_or("").to_owned(),
            mode: fields.next().unwrap_or("").to_owned(),
            context: split_list(fields.next().unwrap_or(""), ';'),
        };
        rows.entry(code.to_owned()).or_default().push(row);
    }
    rows
}

fn split_list(field: &str, sep: char) -> Vec<String> {
    field
        .split(sep)
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "-")
        .map(String::from)
        .collect()
}

/// Our mapping table's rows by code: (type, source mode, source contexts, note).
fn our_rows() -> BTreeMap<&'static str, (SourceRow, &'static str)> {
    let field = |s: &str| {
        if s == "-" { String::new() } else { s.to_owned() }
    };
    MAPPING_TSV
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&'static str> = l.split('\t').collect();
            let row = SourceRow {
                event_type: field(f[1]),
                mode: field(f[4]),
                context: split_list(f[5], ';'),
            };
            (f[0], (row, f[6]))
        })
        .collect()
}

#[test]
fn every_mapping_row_matches_cameo2plover() {
    let Some(text) = reference("plover/CAMEO2PLOVER-2021.txt") else {
        return;
    };
    let source = source_rows(&text);
    let ours = our_rows();
    let mut not_cameo = Vec::new();
    for (code, rows) in &source {
        let Some(event) = cameo(code) else {
            assert!(!ours.contains_key(code.as_str()), "{code} is not CAMEO but mapped");
            not_cameo.push(code.as_str());
            continue;
        };
        let (row, note) = &ours[code.as_str()];
        assert!(rows.contains(row), "{code}: {row:?} not among {rows:?}");
        if rows.iter().any(|r| r != row) {
            assert!(note.contains("conflict"), "{code}: conflicting rows without a note");
        }
        let mapped = event.plover.as_ref().map(|m| m.event_type.to_string());
        assert_eq!(mapped.as_deref(), Some(row.event_type.as_str()), "{code}");
    }
    for event in cameo_codes().filter(|e| !source.contains_key(e.code)) {
        assert_eq!(event.plover, None, "{} is not in the table", event.code);
    }
    println!("CAMEO2PLOVER codes that are not CAMEO codes: {not_cameo:?}");
}

/// `\section{NAME}` headings of the "Event Categories" chapter.
fn manual_types(tex: &str) -> Vec<String> {
    let chapter = tex.split("\\chapter{Event Categories}").nth(1).unwrap_or("");
    let chapter = chapter.split("\\chapter{").next().unwrap_or("");
    chapter
        .lines()
        .filter_map(|l| l.trim().strip_prefix("\\section{"))
        .filter_map(|l| l.strip_suffix('}'))
        .map(String::from)
        .collect()
}

/// First cells of the rows of each "TYPE modes" table, commented-out rows skipped.
fn manual_modes(tex: &str) -> BTreeMap<String, Vec<String>> {
    let mut modes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in tex.lines().map(str::trim).filter(|l| !l.starts_with('%')) {
        if let Some(ty) = PloverType::ALL.iter().find(|t| is_mode_caption(line, t.name())) {
            current = Some(ty.name().to_owned());
        } else if line.starts_with("\\end{tabular}") {
            current = None;
        } else if let Some(ty) = &current {
            let name = line.split('&').next().unwrap_or("").trim();
            if line.contains('&') && !name.is_empty() && name != "Name" {
                modes.entry(ty.clone()).or_default().push(name.to_owned());
            }
        }
    }
    modes
}

fn is_mode_caption(line: &str, name: &str) -> bool {
    line.starts_with("\\caption{")
        && (line.contains(&format!("{{{name} modes")) || line.contains(&format!("{{{name}}} modes")))
}

/// Names in the general-contexts table, LaTeX escapes removed.
fn manual_contexts(tex: &str) -> Vec<String> {
    let table = tex.split("\\label{tab:general-contexts}").nth(1).unwrap_or("");
    let table = table.split("\\end{longtable}").next().unwrap_or("");
    let body = table.split("\\endlastfoot").nth(1).unwrap_or("");
    body.lines()
        .filter(|l| l.contains('&') && !l.trim_start().starts_with('%'))
        .map(|l| {
            let cell = l.split('&').next().unwrap_or("");
            let name = cell.rsplit('{').next().unwrap_or(cell);
            name.trim().trim_end_matches('}').replace("\\_", "_")
        })
        .collect()
}

#[test]
fn plover_types_modes_and_contexts_match_the_manual() {
    let Some(tex) = reference("plover/PLOVER_MANUAL.tex") else {
        return;
    };
    let mut names: Vec<&str> = PloverType::ALL.iter().map(|t| t.name()).collect();
    let mut sections = manual_types(&tex);
    names.sort_unstable();
    sections.sort_unstable();
    assert_eq!(sections, names);
    let modes = manual_modes(&tex);
    for ty in PloverType::ALL {
        let expected = modes.get(ty.name()).cloned().unwrap_or_default();
        assert_eq!(ty.modes(), expected, "{ty}");
    }
    assert_eq!(plover_contexts(), manual_contexts(&tex));
}

/// Every three-letter piece of every bracketed code in the Phoenix dictionaries.
fn phoenix_chunks() -> Option<(BTreeSet<String>, BTreeSet<String>)> {
    let dir = fs::read_dir(format!("{REFERENCE}/petrarch2/dictionaries")).ok()?;
    let (mut all, mut agents) = (BTreeSet::new(), BTreeSet::new());
    for entry in dir.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with("Phoenix.") {
            continue;
        }
        let text = String::from_utf8_lossy(&fs::read(entry.path()).ok()?).into_owned();
        let chunks = code_chunks(&text);
        if name == "Phoenix.agents.txt" {
            agents.extend(chunks.iter().cloned());
        }
        all.extend(chunks);
    }
    Some((all, agents))
}

/// Pieces of codes like `[USAGOV 450703-470121]`, `[~GOVMED]`, `[NGO~]`.
fn code_chunks(text: &str) -> BTreeSet<String> {
    let mut chunks = BTreeSet::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        for piece in line.split('[').skip(1) {
            let code = piece.split([']', ' ', '\t']).next().unwrap_or("");
            let code = code.trim_matches(['~', '!', '+']);
            if code.len() >= 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
                chunks.extend(
                    code.as_bytes()
                        .chunks_exact(3)
                        .map(|c| String::from_utf8_lossy(c).into_owned()),
                );
            }
        }
    }
    chunks
}

#[test]
fn sector_attestation_matches_the_references() {
    let Some((all, agents)) = phoenix_chunks() else {
        println!("skipped: ../shared/reference is missing");
        return;
    };
    let Some(doc) = reference("petrarch2/dictionaries-format.rst") else {
        return;
    };
    let Some(tex) = reference("plover/PLOVER_MANUAL.tex") else {
        return;
    };
    let doc = code_chunks(&doc);
    let chapter = tex
        .split("\\chapter{Country Names and Sector Codes}")
        .nth(1)
        .unwrap_or("");
    let chapter = chapter.split("\\chapter{").next().unwrap_or("");
    let plover: BTreeSet<&str> = chapter
        .lines()
        .filter_map(|l| l.trim().split_once('&'))
        .map(|(code, _)| code.trim())
        .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
        .collect();
    for s in sectors() {
        assert_eq!(s.attested.phoenix, all.contains(s.code), "{} in Phoenix", s.code);
        assert_eq!(s.attested.format_doc, doc.contains(s.code), "{} in format doc", s.code);
        assert_eq!(s.attested.plover, plover.contains(s.code), "{} in PLOVER", s.code);
    }
    for code in &agents {
        assert!(sector(code).is_some(), "agent code piece {code} is not in sectors.tsv");
    }
    for code in &plover {
        assert!(sector(code).is_some(), "PLOVER code {code} is not in sectors.tsv");
    }
}
