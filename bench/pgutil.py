"""Shared by the benchmarks: psql against the server of the PG* environment,
a server-side timer, and the test list of people."""
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def psql(sql):
    """Runs SQL (several statements allowed); the output lines, fields split on tabs."""
    out = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-f", "-"],
                         input=sql, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(out.stderr)
    return [line.split("\t") for line in out.stdout.splitlines() if line]


def median_seconds(select, runs):
    """Median wall time on the server of `select` (a query whose result is discarded)."""
    sql = ("CREATE OR REPLACE FUNCTION pg_temp.t() RETURNS float8 LANGUAGE plpgsql AS $$"
           " DECLARE t0 timestamptz := clock_timestamp(); n bigint;"
           " BEGIN %s INTO n; RETURN extract(epoch FROM clock_timestamp() - t0); END $$;\n" % select)
    sql += "SELECT pg_temp.t();\n" * runs
    return statistics.median(float(row[0]) for row in psql(sql))


def interleaved_medians(selects, rounds):
    """Median wall time on the server of each query, the queries taking turns in one session
    (A B A B ...), so that a machine's drift in speed touches them alike."""
    sql = ""
    for n, select in enumerate(selects):
        sql += ("CREATE OR REPLACE FUNCTION pg_temp.t%d() RETURNS float8 LANGUAGE plpgsql AS $$"
                " DECLARE t0 timestamptz := clock_timestamp(); n bigint;"
                " BEGIN %s INTO n; RETURN extract(epoch FROM clock_timestamp() - t0); END $$;\n" % (n, select))
    sql += "".join("SELECT %d, pg_temp.t%d();\n" % (n, n) for _ in range(rounds) for n in range(len(selects)))
    times = [[] for _ in selects]
    for n, t in psql(sql):
        times[int(n)].append(float(t))
    return [statistics.median(t) for t in times]


def people(path=os.path.join(ROOT, "test/data/people.tsv")):
    """The rows of the test list of people, as dicts keyed by its header."""
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if header is None:
                header = fields
            else:
                rows.append(dict(zip(header, fields)))
    return rows
