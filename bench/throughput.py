#!/usr/bin/env python3
"""Throughput of transliteration and name keys against icu_ext, in one run.

The text: Russian sentences of the project's own sample articles
(samples/articles.jsonl) and the Russian name forms of test/data/people.tsv,
repeated into rows of about 2 kB (transliteration) and one name a row (name
keys).  Every function runs over the same rows in the same session; each
figure is the median of five runs, reported as MB/s of input text and as a
ratio against icu_transform(text, 'Russian-Latin/BGN') of the icu_ext
extension on the same ICU.  One backend, one core.  Prints Markdown.
"""
import json
import os

from pgutil import ROOT, median_seconds, people, psql

RUNS = 5


def russian_text():
    with open(os.path.join(ROOT, "samples/articles.jsonl"), encoding="utf-8") as f:
        return " ".join(json.loads(l)["text"].replace("\n", " ") for l in f if '"lang": "ru"' in l)


def name_forms():
    return [p[c] for p in people() for c in ("cyrillic", "gen", "dat", "ins", "prep")]


def time_query(expr, table):
    """Median seconds of SELECT sum(length(expr)) over the table."""
    return median_seconds("SELECT sum(length(%s)) FROM %s" % (expr, table), RUNS)


def main():
    text = russian_text()
    names = name_forms()
    setup = ["CREATE EXTENSION IF NOT EXISTS diplo; CREATE EXTENSION IF NOT EXISTS icu_ext;",
             "DROP TABLE IF EXISTS bench_docs, bench_names;",
             "CREATE TABLE bench_docs AS SELECT repeat($t$%s$t$, 2) AS body FROM generate_series(1, 2000);" % text,
             "CREATE TABLE bench_names (name text);",
             "INSERT INTO bench_names SELECT n FROM unnest(ARRAY[%s]) n, generate_series(1, 20);"
             % ",".join("$n$%s$n$" % n for n in names)]
    psql("\n".join(setup))
    docs_mb, names_mb = (float(row[0]) / 1e6 for row in psql(
        "SELECT sum(octet_length(body)) FROM bench_docs; SELECT sum(octet_length(name)) FROM bench_names;"))

    rows = []
    base = time_query("icu_transform(body, 'Russian-Latin/BGN')", "bench_docs")
    rows.append(("transliteration", "icu_transform(body, 'Russian-Latin/BGN') (icu_ext)", docs_mb, base, base))
    for scheme in ("bgn", "kz", "iso9", "icao"):
        t = time_query("diplo_translit(body, '%s')" % scheme, "bench_docs")
        rows.append(("transliteration", "diplo_translit(body, '%s')" % scheme, docs_mb, t, base))
    nbase = time_query("icu_transform(name, 'Russian-Latin/BGN')", "bench_names")
    rows.append(("name keys", "icu_transform(name, 'Russian-Latin/BGN') (icu_ext)", names_mb, nbase, nbase))
    t = time_query("diplo_name_key(name)", "bench_names")
    rows.append(("name keys", "diplo_name_key(name)", names_mb, t, nbase))

    out = ["## Throughput", "",
           "Measured by `bench/throughput.py` (run by `scripts/bench.sh`): %.1f MB of Russian text in %d rows, "
           "%.2f MB of Russian names (%d rows); median of %d runs, one backend." % (
               docs_mb, 2000, names_mb, len(names) * 20, RUNS), "",
           "| task | function | MB/s | ratio to icu_ext (higher is faster) |", "| --- | --- | --- | --- |"]
    for task, fn, mb, t, b in rows:
        out.append("| %s | `%s` | %.1f | %.2f |" % (task, fn, mb / t, b / t))
    print("\n".join(out))


if __name__ == "__main__":
    main()
