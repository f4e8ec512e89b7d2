#!/usr/bin/env python3
"""Validate a diplo TSV lexicon (data/*.tsv).

Usage: python3 tools/check_lexicon.py data/countries.tsv [data/orgs.tsv ...]

Generic checks for every file: UTF-8; lines starting with '#' are comments; the first
other line is the header; every data line has the header's number of tab-separated
fields, no empty field, no leading/trailing spaces, and is not a duplicate.
Per-file checks come from SPECS (keyed on the file name): exact header, allowed values
(a set) or a pattern (regex, full match) per column, an optional key that must map to
one value of another column, and the columns to summarise. Exits 1 on any problem.
"""
import collections, os, re, sys

SPECS = {
    "countries.tsv": {
        "header": ["code", "lang", "form", "text"],
        "columns": {"code": r"[A-Z]{2}", "lang": {"en", "ru"}, "form": {"name", "abbr", "adj"}},
        "unique": (("lang", "text"), "code"),   # one surface form -> one country
        "summary": ["lang", "form"], "distinct": ["code"],
    },
    "concepts.tsv": {
        "header": ["concept", "lang", "text"],
        "columns": {"concept": r"(action|occasion|subject)\.[a-z0-9_]+", "lang": {"en", "ru"},
                    "text": r"[a-z0-9а-я'$]+( [a-z0-9а-я'$]+){0,7}"},
        "unique": (("lang", "text"), "concept"),   # one text -> one concept
        "summary": ["lang"], "distinct": ["concept"],
    },
    # Add orgs.tsv, places.tsv, roles.tsv here when their columns are fixed, e.g.
    # "places.tsv": {"header": [...], "columns": {"lang": {"en", "ru"}}, "summary": ["lang"]},
}

def check(path):
    spec = SPECS.get(os.path.basename(path), {})
    problems, header, rows, seen = [], None, [], {}
    try:
        lines = open(path, encoding="utf-8", newline="").read().split("\n")
    except (OSError, UnicodeDecodeError) as e:
        return [f"{path}: cannot read as UTF-8: {e}"], None, []
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        where = f"{path}:{n}"
        if line.startswith("#"):
            continue
        if line.endswith("\r"):
            problems.append(f"{where}: CR line end"); line = line[:-1]
        fields = line.split("\t")
        if header is None:
            header = fields
            if spec.get("header") and header != spec["header"]:
                problems.append(f"{where}: header {header} != {spec['header']}")
            continue
        if len(fields) != len(header):
            problems.append(f"{where}: {len(fields)} fields, header has {len(header)}"); continue
        for name, val in zip(header, fields):
            if val == "":
                problems.append(f"{where}: empty field '{name}'")
            elif val != val.strip():
                problems.append(f"{where}: leading/trailing space in '{name}'")
            rule = spec.get("columns", {}).get(name)
            if isinstance(rule, set) and val not in rule:
                problems.append(f"{where}: {name}={val!r} not in {sorted(rule)}")
            elif isinstance(rule, str) and not re.fullmatch(rule, val):
                problems.append(f"{where}: {name}={val!r} does not match {rule}")
        if line in seen:
            problems.append(f"{where}: duplicate of line {seen[line]}"); continue
        seen[line] = n
        rows.append(dict(zip(header, fields)))
    if header is None:
        problems.append(f"{path}: no header line")
    if "unique" in spec and header:
        keycols, valcol = spec["unique"]
        owner = {}
        for r in rows:
            k = tuple(r.get(c) for c in keycols)
            if owner.setdefault(k, r.get(valcol)) != r.get(valcol):
                problems.append(f"{path}: {keycols}={k} under two {valcol}s: {owner[k]}, {r.get(valcol)}")
    return problems, header, rows

def main(paths):
    bad = False
    for path in paths:
        problems, header, rows = check(path)
        spec = SPECS.get(os.path.basename(path), {})
        for p in problems[:50]:
            print(p)
        if len(problems) > 50:
            print(f"... and {len(problems) - 50} more problems")
        print(f"{path}: {len(rows)} entries, {len(problems)} problems")
        cols = [c for c in spec.get("summary", []) if header and c in header]
        if cols:
            count = collections.Counter(tuple(r[c] for c in cols) for r in rows)
            for k in sorted(count):
                print(f"  {'/'.join(k)}: {count[k]}")
        for c in spec.get("distinct", []):
            print(f"  distinct {c}: {len({r.get(c) for r in rows})}")
        bad = bad or bool(problems)
    return 1 if bad else 0

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
