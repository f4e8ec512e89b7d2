#!/usr/bin/env python3
"""Name-matching quality of diplo against the alternative users have today.

diplo:        diplo_name_key(name) as the key, diplo_name_similarity(a, b) for ranking.
alternative:  ICU 'Russian-Latin/BGN' (icu_transform of icu_ext), folded to ASCII
              lower case, as the key; pg_trgm similarity() of the transliteration
              for ranking.

Test sets: test/data/people.tsv (real public people, Latin and Russian forms in
five cases), and the person names visible in ../shared/gold (read at run time).
Runs psql against the server named by the PG* environment (the caller starts a
throwaway cluster) and prints a Markdown report on stdout.
"""
import argparse
import collections
import json
import os

from pgutil import people, psql as run_sql
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = ["gen", "dat", "ins", "prep"]


def strip_marks(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def people_forms(path):
    """(person, variant, name) rows; 'latin' is each person's reference form."""
    rows = []
    for n, p in enumerate(people(path)):
        pid = "p%d" % n
        latin = p["latin"]
        words = latin.split()
        forms = {"latin": latin, "latin_ascii": strip_marks(latin), "cyr_nom": p["cyrillic"]}
        for c in CASES:
            forms["cyr_" + c] = p[c]
        cyr = p["cyrillic"].split()
        if p["region"] != "east_asia" and len(words) >= 2:
            # surname first as lists write it (in capitals, or before a comma), and an initial
            forms["latin_caps_surname_first"] = " ".join([words[-1].upper()] + words[:-1])
            forms["latin_comma_surname_first"] = words[-1] + ", " + " ".join(words[:-1])
            forms["latin_initial"] = words[0][0] + ". " + " ".join(words[1:])
            forms["cyr_caps_surname_first"] = " ".join([cyr[-1].upper()] + cyr[:-1])
        for v, name in forms.items():
            rows.append((pid, v, name))
    return rows


def gold_forms(gold_path):
    """Person mentions of two words or more (or an initial) from the gold, by ref."""
    rows = set()
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            for m in doc["mentions"]:
                if m["kind"] != "person":
                    continue
                text = doc["text"][m["start"]:m["end"]]
                if len(text.replace(".", ". ").split()) < 2:
                    continue  # surname-only mentions are resolved in context, not by key
                variant = "cyr" if any("\u0400" <= ch <= "\u04ff" for ch in text) else "latin"
                rows.add((m["key"] if "key" in m else m["ref"], variant, text))
    return sorted(rows)


def psql(sql, data=None):
    return run_sql(sql + "\n" if data is None else data)


def load(table, rows):
    buf = ["CREATE TEMP TABLE IF NOT EXISTS dummy(); DROP TABLE IF EXISTS %s;" % table,
           "CREATE TABLE %s (person text, variant text, name text);" % table,
           "COPY %s FROM stdin;" % table]
    for r in rows:
        buf.append("\t".join(x.replace("\\", "\\\\").replace("\t", " ") for x in r))
    buf.append("\\.")
    psql(None, "\n".join(buf) + "\n")


KEYS_SQL = """
CREATE TABLE {t}_keys AS
  SELECT person, variant, name, diplo_name_key(name) AS diplo,
         lower(icu_transform(name, 'Russian-Latin/BGN; Latin-ASCII')) AS alt
  FROM {t};
"""

SPLIT_SQL = """
SELECT m, count(*), sum(CASE WHEN m = 'diplo' THEN (a.diplo = b.diplo)::int ELSE (a.alt = b.alt)::int END)
FROM {t}_keys a JOIN {t}_keys b ON a.person = b.person AND a.name < b.name
     {ref_filter}
CROSS JOIN (VALUES ('diplo'), ('alt')) v(m)
GROUP BY m;
"""

MERGE_SQL = """
WITH persons AS (SELECT count(DISTINCT person) AS n FROM {t}_keys),
d AS (SELECT count(DISTINCT (a.person, b.person)) AS merged FROM {t}_keys a JOIN {t}_keys b
      ON a.diplo = b.diplo AND a.person < b.person),
x AS (SELECT count(DISTINCT (a.person, b.person)) AS merged FROM {t}_keys a JOIN {t}_keys b
      ON a.alt = b.alt AND a.person < b.person)
SELECT n * (n - 1) / 2, d.merged, x.merged FROM persons, d, x;
"""

MERGED_EXAMPLES_SQL = """
SELECT DISTINCT a.diplo, a.name, b.name FROM {t}_keys a JOIN {t}_keys b
  ON a.diplo = b.diplo AND a.person < b.person AND a.variant = 'latin' AND b.variant = 'latin'
LIMIT 20;
"""

SPLIT_EXAMPLES_SQL = """
SELECT r.name, r.diplo, k.name, k.diplo FROM {t}_keys r JOIN {t}_keys k
  ON r.person = k.person AND r.variant = 'latin' AND k.variant <> 'latin' AND r.diplo IS DISTINCT FROM k.diplo
ORDER BY r.name LIMIT {n};
"""

RANK_SQL = """
WITH c AS (SELECT person, name FROM {t} WHERE variant = '{ref}'),
q AS (SELECT person, name FROM {t} WHERE variant LIKE 'cyr%' AND person IN (SELECT person FROM c)),
s AS (SELECT q.person AS qp, q.name AS qn, c.person AS cp,
             diplo_name_similarity(q.name, c.name) AS d,
             similarity(icu_transform(q.name, 'Russian-Latin/BGN'), c.name) AS x
      FROM q CROSS JOIN c),
best AS (SELECT qp, qn,
                max(d) FILTER (WHERE cp = qp) AS d_right, max(d) FILTER (WHERE cp <> qp) AS d_wrong,
                max(x) FILTER (WHERE cp = qp) AS x_right, max(x) FILTER (WHERE cp <> qp) AS x_wrong
         FROM s GROUP BY qp, qn)
SELECT count(*), sum((d_right > coalesce(d_wrong, -1))::int), sum((x_right > coalesce(x_wrong, -1))::int)
FROM best;
"""

RANK_MISSES_SQL = """
WITH q AS (SELECT person, name FROM {t} WHERE variant LIKE 'cyr%'),
c AS (SELECT person, name FROM {t} WHERE variant = 'latin'),
s AS (SELECT q.person AS qp, q.name AS qn, c.person AS cp, c.name AS cn,
             diplo_name_similarity(q.name, c.name) AS d FROM q CROSS JOIN c),
b AS (SELECT qn, max(d) FILTER (WHERE cp = qp) AS right_sim, max(d) FILTER (WHERE cp <> qp) AS wrong_sim,
             (array_agg(cn ORDER BY d DESC) FILTER (WHERE cp <> qp))[1] AS wrong_name,
             (array_agg(cn) FILTER (WHERE cp = qp))[1] AS right_name
      FROM s GROUP BY qp, qn)
SELECT qn, right_name, round(right_sim::numeric, 3), wrong_name, round(wrong_sim::numeric, 3)
FROM b WHERE right_sim <= wrong_sim LIMIT {n};
"""


def pct(a, b):
    return "%.2f %%" % (100.0 * a / b) if b else "n/a"


def measure(table, rows, ref_variant, examples):
    load(table, rows)
    psql(KEYS_SQL.format(t=table))
    split = {m: (int(n), int(eq)) for m, n, eq in psql(SPLIT_SQL.format(t=table, ref_filter=
             "AND a.variant <> b.variant" if ref_variant is None else
             "AND (a.variant = '%s' OR b.variant = '%s')" % (ref_variant, ref_variant)))}
    pairs, d_merged, x_merged = map(int, psql(MERGE_SQL.format(t=table))[0])
    res = {"split": split, "pairs": pairs, "d_merged": d_merged, "x_merged": x_merged}
    rank_ref = ref_variant or "latin"
    n, d_top, x_top = map(int, psql(RANK_SQL.format(t=table, ref=rank_ref))[0])
    res["rank"] = (n, d_top, x_top)
    if examples:
        res["split_examples"] = psql(SPLIT_EXAMPLES_SQL.format(t=table, n=examples))
        res["merged_examples"] = psql(MERGED_EXAMPLES_SQL.format(t=table))
        res["rank_misses"] = psql(RANK_MISSES_SQL.format(t=table, n=examples))
    return res


def report(title, res):
    out = ["### " + title, "",
           "| measure | target | diplo | ICU BGN + pg_trgm |", "| --- | --- | --- | --- |"]
    dn, deq = res["split"]["diplo"]
    xn, xeq = res["split"]["alt"]
    out.append("| same person, equal key (%d true pairs) | ≥ 95 %% | %s | %s |" % (dn, pct(deq, dn), pct(xeq, xn)))
    out.append("| different people, equal key (%d pairs of people) | < 0.5 %% | %s (%d) | %s (%d) |" % (
        res["pairs"], pct(res["d_merged"], res["pairs"]), res["d_merged"],
        pct(res["x_merged"], res["pairs"]), res["x_merged"]))
    n, d_top, x_top = res["rank"]
    out.append("| Russian form ranks its Latin name first (%d forms) | ≥ 99 %% | %s | %s |" % (
        n, pct(d_top, n), pct(x_top, n)))
    out.append("")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--people", default=os.path.join(ROOT, "test/data/people.tsv"))
    ap.add_argument("--gold", default=os.path.join(ROOT, "../shared/gold/seeds.jsonl"))
    ap.add_argument("--examples", type=int, default=0, help="list up to N errors of each kind")
    args = ap.parse_args()

    psql("CREATE EXTENSION IF NOT EXISTS diplo; CREATE EXTENSION IF NOT EXISTS icu_ext;"
         " CREATE EXTENSION IF NOT EXISTS pg_trgm;")
    lines = ["## Name matching quality", "",
             "Measured by `bench/names_quality.py` (run by `scripts/bench.sh`), in one run for both methods.", ""]
    people = people_forms(args.people)
    res = measure("people", people, "latin", args.examples)
    lines += report("Test list: %d people (`test/data/people.tsv`): the Latin reference against its "
                    "ASCII form, surname-first forms as lists write them (`ARAGHCHI Abbas`, `Araghchi, Abbas`, "
                    "`АРАКЧИ Аббас`), an initial (`A. Araghchi`) and the Russian forms in five cases"
                    % len(set(r[0] for r in people)), res)
    if os.path.exists(args.gold):
        gold = gold_forms(args.gold)
        gres = measure("gold", gold, None, 0)
        lines += report("Seed corpus: full person names visible in `../shared/gold` (%d refs), "
                        "cross-script pairs" % len(set(r[0] for r in gold)), gres)
    if args.examples:
        lines += ["### Errors (diplo)", "", "Split (reference, key, variant, key):"]
        lines += ["    " + " | ".join(r) for r in res["split_examples"]]
        lines += ["", "Merged (key, name, name):"] + ["    " + " | ".join(r) for r in res["merged_examples"]]
        lines += ["", "Ranking misses (form, right name, score, top name, score):"]
        lines += ["    " + " | ".join(r) for r in res["rank_misses"]]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
