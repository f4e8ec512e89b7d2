#!/usr/bin/env python3
"""Entity extraction throughput against PostgreSQL's own text parser, and memory over a million rows.

The text: the project's own sample articles (samples/articles.jsonl), English
and Russian, repeated into rows of about 2 kB.  In one session and on the same
rows: diplo_entities(body, lang) against to_tsvector('english'|'russian',
body), the parser users already know.  Each figure is the median of three
runs, in MB/s of input on one backend.  Then diplo_entities runs over
1,000,000 short rows and the backend's resident memory is read before, after
100,000 rows and after 1,000,000 rows: it must stay flat.  Prints Markdown.
"""
import json
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNS = 3
ROWS = 1000


def psql(sql):
    out = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-f", "-"],
                         input=sql, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(out.stderr)
    return out.stdout.split("\n")


def samples():
    by_lang = {"en": [], "ru": []}
    with open(os.path.join(ROOT, "samples/articles.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            by_lang[d["lang"]].append(d["text"])
    return {lang: "\n".join(texts) for lang, texts in by_lang.items()}


def timed(expr, where):
    sql = ("CREATE OR REPLACE FUNCTION pg_temp.t() RETURNS float8 LANGUAGE plpgsql AS $$"
           " DECLARE t0 timestamptz := clock_timestamp(); n bigint;"
           " BEGIN SELECT sum(%s) INTO n FROM bench_text WHERE %s;"
           " RETURN extract(epoch FROM clock_timestamp() - t0); END $$;\n" % (expr, where))
    sql += "SELECT pg_temp.t();\n" * RUNS
    return statistics.median(float(x) for x in psql(sql) if x)


def main():
    texts = samples()
    setup = ["CREATE EXTENSION IF NOT EXISTS diplo;", "DROP TABLE IF EXISTS bench_text;",
             "CREATE TABLE bench_text (lang text, body text);"]
    for lang, text in texts.items():
        reps = max(1, 2000 // len(text))
        setup.append("INSERT INTO bench_text SELECT '%s', repeat($t$%s$t$, %d) FROM generate_series(1, %d);"
                     % (lang, text + "\n", reps, ROWS))
    psql("\n".join(setup))
    rows = []
    for lang, cfg in (("en", "english"), ("ru", "russian")):
        where = "lang = '%s'" % lang
        mb = float(psql("SELECT sum(octet_length(body)) / 1e6 FROM bench_text WHERE %s;" % where)[0])
        t_ts = timed("length(to_tsvector('%s', body))" % cfg, where)
        t_de = timed("(SELECT count(*) FROM diplo_entities(body, lang))", where)
        rows.append((lang, mb, t_de, t_ts))

    # memory over a million rows: resident set size of this backend
    mem_sql = r"""
CREATE OR REPLACE FUNCTION pg_temp.rss() RETURNS bigint LANGUAGE sql AS $$
  SELECT (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmRSS:\s+(\d+)'))[1]::bigint $$;
SELECT pg_temp.rss();
SELECT count(*) FROM generate_series(1, 1000) g,
  diplo_entities('Ambassador of Kazakhstan to Spain Nurlan ' || (ARRAY['Onzhanov','Nogayev','Sarsenov'])[g % 3 + 1] || ' met the OSCE in Madrid on 3 May 2026.');
SELECT pg_temp.rss();
SELECT count(*) FROM generate_series(1, 100000) g,
  diplo_entities('Ambassador of Kazakhstan to Spain Nurlan ' || (ARRAY['Onzhanov','Nogayev','Sarsenov'])[g % 3 + 1] || ' met the OSCE in Madrid on 3 May 2026.');
SELECT pg_temp.rss();
SELECT count(*) FROM generate_series(1, 1000000) g,
  diplo_entities('Посол Казахстана в Испании Нурлан ' || (ARRAY['Онжанов','Ногаев','Сарсенов'])[g % 3 + 1] || ' встретился с министром в Мадриде 3 мая.');
SELECT pg_temp.rss();
"""
    out = [x for x in psql(mem_sql) if x]
    rss = [int(out[0]), int(out[2]), int(out[4]), int(out[6])]

    lines = ["## Entity extraction throughput", "",
             "Measured by `bench/entities_throughput.py` (run by `scripts/bench.sh`): the project's sample "
             "articles repeated into %d rows of about 2 kB per language; median of %d runs, one backend." % (ROWS, RUNS),
             "", "| language | MB | `diplo_entities` MB/s | `to_tsvector` MB/s | ratio (≥ 1.0: extraction no slower) |",
             "| --- | --- | --- | --- | --- |"]
    for lang, mb, t_de, t_ts in rows:
        lines.append("| %s | %.1f | %.1f | %.1f | %.2f |" % (lang, mb, mb / t_de, mb / t_ts, t_ts / t_de))
    lines += ["", "Backend resident memory (kB) while `diplo_entities` runs over short articles, one row each: "
              "after loading the lexicons (1,000 rows) %d, after 100,000 more %d, after 1,000,000 more %d "
              "(before any call: %d)." % (rss[1], rss[2], rss[3], rss[0])]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
