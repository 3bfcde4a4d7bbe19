#!/usr/bin/env python3
"""Fails when any dependency's licence is not one dyad can ship under MIT OR Apache-2.0.

Reads `cargo metadata` (the locked, resolved graph of the workspace and the fuzz crate) and checks
each package's SPDX expression: an `OR` needs one allowed alternative, an `AND` needs all.
"""
import json
import re
import subprocess
import sys

ALLOWED = {
    "MIT", "MIT-0", "Apache-2.0", "Apache-2.0 WITH LLVM-exception", "BSD-2-Clause", "BSD-3-Clause",
    "ISC", "Zlib", "Unicode-3.0", "Unicode-DFS-2016", "CC0-1.0", "Unlicense", "BSL-1.0", "0BSD",
    "MPL-2.0", "CDLA-Permissive-2.0", "NCSA",
}


def allowed(expr: str) -> bool:
    expr = expr.strip()
    while expr.startswith("(") and expr.endswith(")") and balanced(expr[1:-1]):
        expr = expr[1:-1].strip()
    for op, combine in ((" OR ", any), (" AND ", all)):
        parts = split_top(expr, op)
        if len(parts) > 1:
            return combine(allowed(p) for p in parts)
    return expr in ALLOWED


def balanced(s: str) -> bool:
    depth = 0
    for c in s:
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def split_top(expr: str, op: str) -> list:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(expr):
        c = expr[i]
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth == 0 and expr.startswith(op, i):
            parts.append(expr[start:i])
            i += len(op)
            start = i
            continue
        i += 1
    parts.append(expr[start:])
    return parts


def check(manifest_args: list) -> list:
    meta = json.loads(subprocess.check_output(
        ["cargo", "metadata", "--format-version", "1", "--locked", *manifest_args]))
    bad = []
    for pkg in meta["packages"]:
        lic = pkg.get("license")
        if pkg.get("source") is None:
            continue  # the project's own crates
        if not lic or not allowed(re.sub(r"\s*/\s*", " OR ", lic)):
            bad.append(f"{pkg['name']} {pkg['version']}: {lic or 'no licence declared'}")
    return bad


def main() -> int:
    bad = check([]) + check(["--manifest-path", "fuzz/Cargo.toml"])
    if bad:
        print("dependencies with licences not allowed:", *sorted(set(bad)), sep="\n  ")
        return 1
    print("licences: every dependency is under an allowed licence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
