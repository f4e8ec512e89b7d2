#!/usr/bin/env python3
"""Lint the office holders: data/office_holders.tsv (and a user's file in the same format).

Usage: python3 tools/check_office_holders.py [--keys build/holder_keys [--write-keys]] [--at YYYY-MM-DD]
           DATA_DIR [USER_FILE]

Checks, each problem a line, exit 1 when there is any:
  * the header and twelve fields a row; dates valid, start <= end;
  * one person id, one set of names (every row of a person spells them alike);
    surname_en inside name_en and surname_ru inside name_ru;
  * role from the FORMAT.md vocabulary; office one of the known offices
    (with an optional #seat); serves an ISO code of data/countries.tsv or an
    organisation key of data/orgs.tsv;
  * no two terms of one office of one state or organisation overlap (touching
    on one day is fine);
  * every UN member and observer state has a head of state and a foreign
    minister on the check day (--at, default: the "# current-to: YYYY-MM-DD"
    line of the file's header, else the latest start), unless the header says
    the office is vacant or its holder unknown ("# vacant: CC office FROM ...",
    "# unknown: CC office FROM ...");
  * with --keys: the key column holds the key diplo computes for the person
    (empty is allowed in a user's file: diplo computes it), every spelling of
    a person (in Latin or Cyrillic letters) gets that key from diplo, and no
    two persons share a key.  --write-keys rewrites the key column of the
    built-in file with the computed keys (after changing names or the key
    rules), then checks.
Prints a summary (rows, persons, states, the share of spellings keyed alike even
without the knowledge base).
"""
import argparse
import collections
import datetime
import os
import re
import subprocess
import sys

HEADER = ["person", "key", "name_en", "surname_en", "name_ru", "surname_ru", "variants",
          "office", "title", "role", "serves", "start", "end"]
ROLES = {"head_of_state", "head_of_government", "vice_president", "minister", "deputy_minister",
         "ambassador", "consul_general", "permanent_representative", "secretary_general",
         "parliamentarian", "official", "head_of_organization", "business", "other"}
OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "spokesperson", "org_head"}
# Sovereign states in countries.tsv that are neither UN members nor observers.
NOT_UN = {"XK", "TW"}


def read_rows(path, problems, current_to, declared):
    header, rows = None, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                m = re.match(r"#\s*current-to:\s*(\d{4}-\d\d-\d\d)", line)
                if m:
                    current_to.append(m.group(1))
                m = re.match(r"#\s*(vacant|unknown):\s*([A-Z]{2})\s+(\S+)\s+(\d{4}-\d\d-\d\d)", line)
                if m:
                    declared[(m.group(2), m.group(3))] = (m.group(1), m.group(4))
                continue
            if not line.strip():
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                if header != HEADER:
                    problems.append(f"{path}:{n}: header {header} is not {HEADER}")
                continue
            if len(fields) != len(HEADER):
                problems.append(f"{path}:{n}: {len(fields)} fields, not {len(HEADER)}")
                continue
            rows.append((f"{path}:{n}", dict(zip(HEADER, fields))))
    return rows


def first_column(path, col=0):
    out = set()
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            if header is None:
                header = line
                continue
            out.add(line.rstrip("\n").split("\t")[col])
    return out


def write_keys(path, computed):
    """Rewrites the key column of a file with the computed keys."""
    out = []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or not line.strip() or header is None:
                if not line.startswith("#") and line.strip():
                    header = fields
                out.append(line)
                continue
            fields[1] = computed.get(fields[0], fields[1])
            out.append("\t".join(fields) + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(out)


def main_without_write():
    sys.argv = [a for a in sys.argv if a != "--write-keys"]
    return main()


def day(s):
    return datetime.date.fromisoformat(s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keys", help="the holder_keys program")
    ap.add_argument("--write-keys", action="store_true", help="fill the key column of office_holders.tsv")
    ap.add_argument("--at", help="the day every state must have its holders (default: latest date in the file)")
    ap.add_argument("data")
    ap.add_argument("user_file", nargs="?")
    args = ap.parse_args()

    problems = []
    files = [os.path.join(args.data, "office_holders.tsv")] + ([args.user_file] if args.user_file else [])
    rows, current_to, declared = [], [], {}
    for f in files:
        rows += read_rows(f, problems, current_to, declared)
    states = first_column(os.path.join(args.data, "countries.tsv"))
    orgs = first_column(os.path.join(args.data, "orgs.tsv"))

    names = {}
    terms = collections.defaultdict(list)
    latest = datetime.date(2000, 1, 1)
    for where, r in rows:
        for c in ("person", "name_en", "surname_en", "office", "title", "role", "serves", "start"):
            if not r[c]:
                problems.append(f"{where}: empty {c}")
        if r["person"] and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["person"]):
            problems.append(f"{where}: person id {r['person']!r} is not a lowercase ASCII slug")
        spelt = tuple(r[c] for c in ("name_en", "surname_en", "name_ru", "surname_ru", "variants"))
        if names.setdefault(r["person"], spelt) != spelt:
            problems.append(f"{where}: {r['person']} spelt otherwise than on its first row")
        if r["surname_en"] not in r["name_en"]:
            problems.append(f"{where}: surname_en {r['surname_en']!r} not in name_en {r['name_en']!r}")
        if r["surname_ru"] not in r["name_ru"] or (r["name_ru"] and not r["surname_ru"]):
            problems.append(f"{where}: surname_ru {r['surname_ru']!r} not in name_ru {r['name_ru']!r}")
        if r["role"] not in ROLES:
            problems.append(f"{where}: role {r['role']!r} not in the FORMAT.md vocabulary")
        if r["office"].split("#")[0] not in OFFICES:
            problems.append(f"{where}: office {r['office']!r} not one of {sorted(OFFICES)}")
        if r["serves"] not in states and r["serves"] not in orgs:
            problems.append(f"{where}: serves {r['serves']!r} is neither a country code nor an org key")
        try:
            start = day(r["start"])
            end = day(r["end"]) if r["end"] else None
        except ValueError:
            problems.append(f"{where}: bad date {r['start']!r} .. {r['end']!r}")
            continue
        if end and end < start:
            problems.append(f"{where}: ends before it starts")
        latest = max(latest, start)
        terms[(r["office"], r["serves"])].append((start, end, r["person"], where))

    for (office, serves), ts in terms.items():
        ts.sort(key=lambda t: t[0])
        for a, b in zip(ts, ts[1:]):
            if a[1] is None or a[1] > b[0]:
                problems.append(f"{b[3]}: {b[2]} ({office} of {serves}) starts {b[0]} "
                                f"while {a[2]} ({a[3]}) holds it until {a[1] or 'today'}")

    at = day(args.at) if args.at else day(current_to[0]) if current_to else latest
    for state in sorted(states - NOT_UN):
        for office in ("head_of_state", "foreign_minister"):
            held = [t for (o, s), ts in terms.items() if s == state and o.split("#")[0] == office
                    for t in ts if t[0] <= at and (t[1] is None or t[1] >= at)]
            if not held and not (state, office) in declared:
                problems.append(f"{state}: no {office} on {at}")

    spellings = keyed_alike = 0
    if args.keys:
        out = subprocess.run([args.keys, args.data] + ([os.path.abspath(args.user_file)] if args.user_file else []),
                             capture_output=True, text=True)
        if out.returncode != 0:
            problems.append(f"{args.keys}: {out.stderr.strip()}")
        owners = collections.defaultdict(set)
        lines = [line.split("\t") for line in out.stdout.splitlines()]
        computed = {person: key for person, key, *_ in lines}
        if args.write_keys:
            write_keys(files[0], computed)
            return main_without_write()
        for where, r in rows:
            if r["key"] != computed.get(r["person"], r["key"]) and (r["key"] or where.startswith(files[0])):
                problems.append(f"{where}: key {r['key']!r}, but diplo computes {computed[r['person']]!r} "
                                f"(tools/check_office_holders.py --keys build/holder_keys --write-keys data)")
        spelt_by = collections.defaultdict(set)
        for person, key, spelling, got, generic in lines:
            spelt_by[spelling].add(person)
        for person, key, spelling, got, generic in lines:
            owners[key].add(person)
            # another script (Greek, Armenian) has no key; a spelling two persons
            # share (Albert II, a father's and son's surname) names neither alone
            if not generic or len(spelt_by[spelling]) > 1:
                continue
            spellings += 1
            keyed_alike += generic == key
            if got != key:
                problems.append(f"{person}: {spelling!r} keys to {got!r}, not the person's {key!r}")
        for key, persons in owners.items():
            if len(persons) > 1:
                problems.append(f"key {key!r} shared by {sorted(persons)}")

    for p in problems:
        print(p)
    print(f"office holders: {len(rows)} terms, {len(names)} persons, "
          f"{len({r['serves'] for _, r in rows} & states)} states, "
          f"{len({r['serves'] for _, r in rows} & orgs)} organisations, checked on {at} "
          f"({sum(v[0] == 'vacant' for v in declared.values())} offices vacant, "
          f"{sum(v[0] == 'unknown' for v in declared.values())} holders unknown)"
          + (f"; {keyed_alike}/{spellings} spellings keyed alike without the knowledge base" if spellings else "")
          + f"; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
