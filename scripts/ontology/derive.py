#!/usr/bin/env python3
"""Derive dyad-ontology's data tables from the shared reference material.

Usage: scripts/ontology/derive.py [REFERENCE_DIR]

REFERENCE_DIR defaults to ../shared/reference next to the repository. The
script writes, under crates/dyad-ontology/data/:

  cameo.tsv           code, goldstein, goldstein_from, name
  plover_modes.tsv    type, mode        (mode names of the PLOVER manual)
  plover_contexts.tsv context           (general contexts of the PLOVER manual)
  cameo2plover.tsv    code, type, mode, context, source_mode, source_context, note
  sectors.tsv         code, kind, attested, description

Only facts (codes, names, numbers) are taken from the references; the
descriptions in sectors.tsv and all notes are the project's own words.
Findings that need a human's eye are printed to stderr.
"""

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "crates" / "dyad-ontology" / "data"
NONE = "-"  # explicit "no value" marker in every table

PLOVER_TYPES = [
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
]

# Source values of CAMEO2PLOVER-2021 that the PLOVER manual does not know,
# mapped to the manual's nearest term (None = drop) with the reason.
MODE_FIXES = {
    ("RETREAT", "ease"): (None, "mode 'ease' was withdrawn (the table's own note says so)"),
    ("RETREAT", "return"): (None, "mode 'return' is commented out of the manual"),
    ("THREATEN", "ban"): ("restrict", "manual: THREATEN restrict covers bans on parties or people"),
    ("THREATEN", "political"): ("restrict", "manual: THREATEN restrict covers restricting political activity"),
    ("COERCE", "ban"): ("restrict", "manual: COERCE restrict covers bans from political life"),
    ("ASSAULT", "assassinate"): ("targeted", "manual: targeted covers (attempted) assassinations"),
    ("ASSAULT", "massacre"): ("targeted", "manual: targeted covers mass killings; 'massacre' is commented out"),
    ("ASSAULT", "cleansing"): (None, "mode 'cleansing' is commented out of the manual"),
    ("ASSAULT", "seize"): ("destroy", "'seize' is a COERCE mode; ASSAULT's mode for destruction is 'destroy'"),
}
CONTEXT_FIXES = {
    "democracy": ("pro_democracy", "context 'democracy' is 'pro_democracy' in the manual"),
    "humanitarian": ("human_security", "no 'humanitarian' context in the manual; nearest is human_security"),
}

# CAMEO actor role/sector codes: (code, kind, description in our own words).
# Which reference attests each code is computed, not typed in.
SECTORS = [
    # Domestic roles (CAMEO agents)
    ("GOV", "role", "government: executive, ministries, officials"),
    ("MIL", "role", "state military forces"),
    ("REB", "role", "rebels: armed opposition"),
    ("OPP", "role", "political opposition"),
    ("PTY", "role", "political party"),
    ("COP", "role", "police and other law enforcement"),
    ("JUD", "role", "judiciary: judges, courts, prosecutors"),
    ("SPY", "role", "state intelligence services"),
    ("MED", "role", "media (CAMEO); PLOVER reuses MED for health and JRN for media"),
    ("EDU", "role", "education: schools, teachers, students"),
    ("BUS", "role", "business: companies, executives"),
    ("CRM", "role", "criminals and criminal gangs"),
    ("CVL", "role", "civilians and unaffiliated people"),
    ("LEG", "role", "legislature: parliaments, lawmakers"),
    ("ELI", "role", "elites: former officials and other notables"),
    ("HLH", "role", "health: doctors, hospitals, health agencies"),
    ("REF", "role", "refugees and displaced people"),
    ("AGR", "role", "agriculture: farmers, peasants"),
    ("LAB", "role", "labour: workers, unions"),
    ("ENV", "role", "environmental groups and agencies"),
    ("HRI", "role", "human-rights groups and bodies"),
    ("DEV", "role", "development and aid bodies"),
    ("UAF", "role", "unidentified armed forces"),
    ("INS", "role", "insurgents"),
    ("SEP", "role", "separatists"),
    ("MOD", "role", "moderates"),
    ("RAD", "role", "radicals, hard-liners"),
    ("PPL", "role", "people in general"),
    # PLOVER sector codes that CAMEO lacks
    ("PRM", "role", "paramilitary groups not opposing the government (PLOVER)"),
    ("UNK", "role", "unidentified actor (PLOVER)"),
    ("JRN", "role", "journalists and news media (PLOVER)"),
    ("PRE", "role", "partially recognised entity (PLOVER)"),
    ("SOC", "role", "civil-society organisation or movement (PLOVER)"),
    # Status of a country-level actor
    ("UNR", "status", "not (yet) internationally recognised state"),
    ("OCC", "status", "territory under occupation"),
    # Religions
    ("REL", "religion", "religious body or figure, unspecified faith"),
    ("CHR", "religion", "Christian"),
    ("CTH", "religion", "Catholic"),
    ("PRO", "religion", "Protestant"),
    ("CPT", "religion", "Coptic"),
    ("MAR", "religion", "Maronite"),
    ("MUS", "religion", "Muslim (code used by the Phoenix dictionaries)"),
    ("MOS", "religion", "Muslim (CAMEO codebook code)"),
    ("SHI", "religion", "Shia Muslim"),
    ("JEW", "religion", "Jewish"),
    ("HIN", "religion", "Hindu"),
    ("BUD", "religion", "Buddhist"),
    ("SIK", "religion", "Sikh"),
    ("TAO", "religion", "Taoist"),
    # Ethnic groups
    ("KUR", "ethnic", "Kurdish"),
    ("TAM", "ethnic", "Tamil"),
    ("TIB", "ethnic", "Tibetan"),
    ("UIG", "ethnic", "Uyghur"),
    # Organisation prefixes that stand where a country code would
    ("IGO", "organisation", "intergovernmental organisation"),
    ("NGO", "organisation", "non-governmental organisation"),
    ("NGM", "organisation", "non-governmental movement"),
    ("IMG", "organisation", "international militarised group"),
    ("MNC", "organisation", "multinational corporation"),
    ("UNO", "organisation", "United Nations"),
    ("EUR", "organisation", "Europe (CAMEO region); European Union in PLOVER"),
    ("ISM", "organisation", "international social movement (PLOVER)"),
]


def warn(msg):
    print(msg, file=sys.stderr)


def read_tsv_pairs(path):
    """Rows of a two-column reference TSV, header skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            code, value = (line.split("\t") + [""])[:2]
            rows.append((code.strip(), value.strip()))
    return rows


def derive_cameo(ref):
    names = dict(read_tsv_pairs(ref / "cameo" / "CAMEO.eventcodes.txt"))
    scale = dict(read_tsv_pairs(ref / "cameo" / "CAMEO.goldsteinscale.txt"))
    for code in sorted(set(scale) - set(names)):
        warn(f"cameo: {code} has a Goldstein value but no name; skipped")
    rows = []
    for code, name in names.items():
        if not name:
            warn(f"cameo: {code} has no name")
        value, source = goldstein_for(code, scale)
        rows.append((code, value, source, name))
    return rows


def goldstein_for(code, scale):
    """A code's own value, else the nearest ancestor's (recorded as its source)."""
    for cut in range(len(code), 1, -1):
        value = scale.get(code[:cut], "")
        if value:
            if cut != len(code):
                warn(f"cameo: {code} lacks a Goldstein value; using {code[:cut]}")
            return value, code[:cut]
    sys.exit(f"cameo: {code} has no Goldstein value, nor has any ancestor")


def latex_name(cell):
    """'\\hyperref[x]{pro\\_democracy}' -> 'pro_democracy'."""
    cell = re.sub(r"\\hyperref\[[^\]]*\]\{([^}]*)\}", r"\1", cell)
    return cell.replace("\\_", "_").strip()


def derive_plover(ref):
    tex = (ref / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    lines = [l for l in tex.splitlines() if not l.lstrip().startswith("%")]
    modes, contexts = [], []
    table, in_body = None, False
    for line in lines:
        cap = re.search(r"\\caption\{(?:\\plcat\{)?([A-Z]+)\}? modes", line)
        if cap:
            table, in_body = cap.group(1), False
        elif "tab:general-contexts" in line:
            table, in_body = "context", False
        elif table and re.match(r"\s*\\end(lastfoot|\{tabular\}|\{longtable\})", line):
            in_body = line.strip() == "\\endlastfoot"
            table = table if in_body else None
        elif table and line.strip().startswith("Name & Content"):
            in_body = True
        elif table and in_body and "&" in line and "\\hline" not in line:
            name = latex_name(line.split("&")[0])
            if name:
                (contexts.append(name) if table == "context" else modes.append((table, name)))
    # REQUEST and REJECT share one list; the manual prints it twice.
    if sorted(m for t, m in modes if t == "REQUEST") != sorted(m for t, m in modes if t == "REJECT"):
        warn("plover: REQUEST and REJECT mode lists differ")
    return modes, contexts


def parse_c2p(ref):
    """(code, type, mode, [contexts]) per line of CAMEO2PLOVER-2021, in order."""
    rows = []
    for line in (ref / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d+):\s*(.*)$", body)
        if not m:
            continue
        fields = [f.strip() for f in m.group(2).split(",")] + ["", ""]
        contexts = [c.strip() for c in fields[2].split(";") if c.strip()]
        rows.append((m.group(1), fields[0], fields[1], contexts))
    return rows


def normalise(ptype, mode, contexts, known_modes, known_contexts, notes):
    """Map source mode/contexts onto the manual's vocabulary, noting each change."""
    if mode and (ptype, mode) not in known_modes:
        fixed = MODE_FIXES.get((ptype, mode))
        if fixed is None and mode in known_contexts:
            notes.append(f"'{mode}' given as mode is a context; moved")
            contexts, mode = contexts + [mode], None
        elif fixed is None:
            sys.exit(f"cameo2plover: unknown {ptype} mode '{mode}': add it to MODE_FIXES")
        else:
            notes.append(f"mode {mode} -> {fixed[0] or NONE}: {fixed[1]}")
            mode = fixed[0]
    out = []
    for c in contexts:
        if c not in known_contexts:
            if c not in CONTEXT_FIXES:
                sys.exit(f"cameo2plover: unknown context '{c}': add it to CONTEXT_FIXES")
            notes.append(f"context {c} -> {CONTEXT_FIXES[c][0]}: {CONTEXT_FIXES[c][1]}")
            c = CONTEXT_FIXES[c][0]
        if c not in out:
            out.append(c)
    return mode, out


def derive_mapping(ref, cameo_rows, modes, contexts):
    known_modes, known_contexts = set(modes), set(contexts)
    by_code = {}
    for code, ptype, mode, ctx in parse_c2p(ref):
        by_code.setdefault(code, []).append((ptype, mode, ctx))
    cameo_codes = [r[0] for r in cameo_rows]
    for code in sorted(set(by_code) - set(cameo_codes)):
        warn(f"cameo2plover: {code} is not a CAMEO code in CAMEO.eventcodes.txt; dropped")
    rows = []
    for code in cameo_codes:
        rows.append(mapping_row(code, by_code.get(code, []), known_modes, known_contexts))
    return rows


def mapping_row(code, sources, known_modes, known_contexts):
    if not sources:
        why = "root dropped by PLOVER" if code[:2] in ("01", "02") else "absent from the table"
        return (code, NONE, NONE, NONE, NONE, NONE, f"no PLOVER equivalent: {why}")
    notes = []
    distinct = list(dict.fromkeys((t, m, tuple(c)) for t, m, c in sources))
    if len(distinct) > 1:
        alts = " / ".join(t for t, _, _ in distinct)
        notes.append(f"conflict in the table ({alts}); first row kept")
        warn(f"cameo2plover: {code} has {len(distinct)} different rows: {alts}")
    ptype, mode, ctx = distinct[0][0], distinct[0][1], list(distinct[0][2])
    if ptype not in PLOVER_TYPES:
        sys.exit(f"cameo2plover: {code} maps to unknown type {ptype}")
    new_mode, new_ctx = normalise(ptype, mode, ctx, known_modes, known_contexts, notes)
    return (code, ptype, new_mode or NONE, ";".join(new_ctx) or NONE,
            mode or NONE, ";".join(ctx) or NONE, "; ".join(notes) or NONE)


def dictionary_chunks(ref):
    """Every 3-letter piece of every code in the Phoenix dictionaries."""
    chunks = set()
    for path in sorted((ref / "petrarch2" / "dictionaries").glob("Phoenix.*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("#"):
                continue
            for code in re.findall(r"\[([~!+]*[A-Z]+)[~]?(?:\s|\])", line):
                code = code.strip("~!+")
                chunks.update(code[i:i + 3] for i in range(0, len(code) - 2, 3))
    return chunks


def format_doc_codes(ref):
    text = (ref / "petrarch2" / "dictionaries-format.rst").read_text(encoding="utf-8")
    chunks = set()
    for code in re.findall(r"\[~?([A-Z]+)~?[\] ]", text):
        chunks.update(code[i:i + 3] for i in range(0, len(code) - 2, 3))
    return chunks


def plover_sector_codes(ref):
    """Codes in the manual's sector and non-state actor tables (one chapter)."""
    tex = (ref / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8")
    chapter = tex.split("\\chapter{Country Names and Sector Codes}")[1].split("\\chapter{")[0]
    return set(re.findall(r"^\s*([A-Z]{3})\s*&", chapter, re.M))


def derive_sectors(ref):
    in_dict, in_doc, in_plover = dictionary_chunks(ref), format_doc_codes(ref), plover_sector_codes(ref)
    rows = []
    for code, kind, description in SECTORS:
        seen = [name for name, pool in (("phoenix", in_dict), ("format-doc", in_doc),
                                        ("plover", in_plover)) if code in pool]
        rows.append((code, kind, ",".join(seen) or NONE, description))
    missing = sorted(in_plover - {s[0] for s in SECTORS})
    if missing:
        warn(f"sectors: PLOVER codes not in SECTORS: {missing}")
    return rows


def write(name, header, rows):
    body = "".join("\t".join(str(f) for f in row) + "\n" for row in rows)
    (OUT / name).write_text(f"# {header}\n" + body, encoding="utf-8")
    print(f"wrote {name}: {len(rows)} rows")


def main():
    ref = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "reference"
    OUT.mkdir(parents=True, exist_ok=True)
    cameo = derive_cameo(ref)
    modes, contexts = derive_plover(ref)
    header = "generated by scripts/ontology/derive.py from the shared reference; do not edit by hand"
    write("cameo.tsv", f"{header}\n# code\tgoldstein\tgoldstein_from\tname", cameo)
    write("plover_modes.tsv", f"{header}\n# type\tmode", modes)
    write("plover_contexts.tsv", f"{header}\n# context", [(c,) for c in contexts])
    write("cameo2plover.tsv",
          f"{header}\n# code\ttype\tmode\tcontext\tsource_mode\tsource_context\tnote",
          derive_mapping(ref, cameo, modes, contexts))
    write("sectors.tsv", f"{header}\n# code\tkind\tattested\tdescription", derive_sectors(ref))


if __name__ == "__main__":
    main()
