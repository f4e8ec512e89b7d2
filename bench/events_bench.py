#!/usr/bin/env python3
"""Events: the GIN index on diplo_event against pg_trgm over the same entities.

    python3 bench/events_bench.py [--items N] [--queries Q] [--seq-queries S] [--group-items G]

N synthetic news items (bench/events_gen.py: invented persons, every state,
English and Russian, a fifth of the events reported two or three times) are
loaded into items(id, lang, published, body, true_event); then

- `ev diplo_event` = to_diplo_event(body, lang, published), and the
  alternative's column `entity_text` = the normal forms of the entities
  (dates left out) in text order, for `gin (entity_text gin_trgm_ops)`;
- both GIN indexes are built (time, size);
- Q queries drawn from the table run with the index (enable_seqscan off)
  and S of them with a sequential scan (enable_indexscan and
  enable_bitmapscan off): `ev % q` against `entity_text % q_text` (the same
  item's values; pg_trgm's default threshold), and
  `ev @> diplo_event_query(person => name)` against
  `entity_text ILIKE '%surname%'` (a person of the item, in its script);
  each query is `count(*)` of the matching rows, timed on the server;
- diplo_event_groups runs over the first G items, and its groups are scored
  pairwise against the events the generator knows.

One backend, no parallel workers, JIT off.  Prints Markdown.
Needs a server (PG* environment) with diplo and pg_trgm; it creates and
drops its own tables (items, items_g, ...) in the current database.
--trgm-only runs the pg_trgm parts alone (for a diplo without diplo_event).
"""
import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

from pgutil import ROOT, psql

SETTINGS = ("SET max_parallel_workers_per_gather = 0; SET max_parallel_maintenance_workers = 0; "
            "SET jit = off; SET client_min_messages = warning;\n")
ENTITY_TEXT = ("(SELECT string_agg(normal, ' ' ORDER BY start_offset) "
               "FROM diplo_entities(body, lang, published) WHERE kind <> 'date')")

LATENCY_FN = r"""
CREATE OR REPLACE FUNCTION pg_temp.lat(sql text, args anyarray, dummy anyelement, budget float8, min_runs int)
RETURNS TABLE (ms float8, n bigint) LANGUAGE plpgsql AS $$
DECLARE q dummy%TYPE; t0 timestamptz; start timestamptz := clock_timestamp(); runs int := 0;
BEGIN
  FOREACH q IN ARRAY args LOOP
    EXIT WHEN runs >= min_runs AND clock_timestamp() - start > budget * interval '1 second';
    runs := runs + 1;
    t0 := clock_timestamp();
    EXECUTE sql INTO n USING q;
    ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
    RETURN NEXT;
  END LOOP;
END $$;
"""
# pairs of items in one group / in one true event / both; an item no group names is a group alone
GROUP_SCORE = """
WITH dup AS (SELECT count(*) - count(DISTINCT item_id) AS d FROM items_groups),
p AS (SELECT g.id, coalesce(min(gr.group_id), -g.id) AS gid, g.true_event AS tev
      FROM items_g g LEFT JOIN items_groups gr ON gr.item_id = g.id GROUP BY g.id, g.true_event),
cell AS (SELECT count(*) AS c FROM p GROUP BY gid, tev),
pg AS (SELECT count(*) AS c FROM p GROUP BY gid),
te AS (SELECT count(*) AS c FROM p GROUP BY tev)
SELECT (SELECT sum(c * (c - 1) / 2) FROM cell), (SELECT sum(c * (c - 1) / 2) FROM pg),
       (SELECT sum(c * (c - 1) / 2) FROM te),
       (SELECT count(*) FROM pg WHERE c > 1), (SELECT count(*) FROM te WHERE c > 1),
       (SELECT count(*) FROM pg), (SELECT count(*) FROM te),
       (SELECT count(DISTINCT group_id) FROM items_groups), (SELECT d FROM dup),
       (SELECT count(*) FROM items_groups WHERE item_id NOT IN (SELECT id FROM items_g)),
       (SELECT max(c) FROM pg), (SELECT max(c) FROM te);"""
INDEX_ONLY = "SET enable_seqscan = off;\n"
SEQ_ONLY = "SET enable_indexscan = off; SET enable_bitmapscan = off;\n"


def run(sql):
    return psql(SETTINGS + sql)


def timed(sql):
    t0 = time.monotonic()
    out = run(sql)
    return time.monotonic() - t0, out


def p99(xs):
    xs = sorted(xs)
    return xs[max(0, math.ceil(0.99 * len(xs)) - 1)]


def load(n, seed, per_day):
    """Generates n items into a file and COPYs them; returns (generate s, copy s, MB)."""
    run("DROP TABLE IF EXISTS items, items_raw, items_ev, items_et, items_g, items_groups;"
        "CREATE TABLE items_raw (id bigint, lang text, published date, body text, true_event bigint);")
    fd, path = tempfile.mkstemp(suffix=".tsv", prefix="diplo_events_")
    try:
        t0 = time.monotonic()
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            r = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "events_gen.py"),
                                "--items", str(n), "--seed", str(seed), "--per-day", str(per_day)], stdout=f)
        if r.returncode != 0:
            sys.exit("events_gen.py failed")
        t_gen = time.monotonic() - t0
        t0 = time.monotonic()
        with open(path, "rb") as f:
            r = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
                                "COPY items_raw FROM STDIN"], stdin=f, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(r.stderr)
        t_copy = time.monotonic() - t0
    finally:
        os.unlink(path)
    mb = float(run("SELECT sum(octet_length(body)) / 1e6 FROM items_raw;")[0][0])
    return t_gen, t_copy, mb


def query_ids(n, k):
    """k distinct ids spread over 1..n, deterministically."""
    ids, seen, i = [], set(), 0
    while len(ids) < min(k, n):
        i += 1
        x = (i * 2654435761) % n + 1
        if x not in seen:
            seen.add(x)
            ids.append(x)
    return ids


def latencies(sql, args_sql, dummy, mode, budget, min_runs):
    """[(ms, count)] of `sql` ($1 = each element of the array args_sql in turn) with the index or a
    seqscan; no new query starts after `budget` seconds once `min_runs` have run."""
    rows = run(LATENCY_FN + (INDEX_ONLY if mode == "index" else SEQ_ONLY) +
               "SELECT ms, n FROM pg_temp.lat(%s, %s, %s, %g, %d);" % (quote(sql), args_sql, dummy, budget, min_runs))
    return [(float(ms), int(c)) for ms, c in rows]


PLAN_FN = r"""
CREATE OR REPLACE FUNCTION pg_temp.plan(sql text, arg anyelement) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN RETURN QUERY EXECUTE 'EXPLAIN (COSTS off) ' || sql USING arg; END $$;
"""


def plan_of(sql, args_sql, mode):
    """The scan node the planner picks for the first query of args_sql (mode: index or default)."""
    rows = run(PLAN_FN + (INDEX_ONLY if mode == "index" else "") +
               "SELECT pg_temp.plan(%s, (%s)[1]);" % (quote(sql), args_sql))
    for (line,) in rows:
        for node in ("Bitmap Index Scan", "Index Only Scan", "Index Scan", "Seq Scan"):
            if node in line:
                return node
    return rows[0][0].strip()


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=int(os.environ.get("DIPLO_EVENTS_ITEMS", 1000000)))
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--seq-queries", type=int, default=15)
    ap.add_argument("--budget", type=float, default=240,
                    help="seconds for the queries of one kind and one plan; at least 20 (index) or 5 (seqscan) run")
    ap.add_argument("--group-items", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-day", type=int, default=300, help="items published a day (events_gen.py)")
    ap.add_argument("--trgm-only", action="store_true", help="leave out diplo_event (not installed yet)")
    ap.add_argument("--keep", action="store_true", help="keep the tables")
    a = ap.parse_args()
    n = a.items
    diplo = not a.trgm_only
    run("CREATE EXTENSION IF NOT EXISTS diplo; CREATE EXTENSION IF NOT EXISTS pg_trgm;")
    if diplo and not run("SELECT 1 FROM pg_proc WHERE proname = 'diplo_event_groups';"):
        sys.exit("diplo_event and diplo_event_groups are not installed (use --trgm-only)")
    out = []

    # ---- load
    t_gen, t_copy, mb = load(n, a.seed, a.per_day)
    t_ev = None
    if diplo:
        t_ev, _ = timed("CREATE TABLE items_ev AS SELECT id, to_diplo_event(body, lang, published) AS ev FROM items_raw;")
    t_et, _ = timed("CREATE TABLE items_et AS SELECT id, %s AS entity_text FROM items_raw;" % ENTITY_TEXT)
    run("CREATE TABLE items AS SELECT r.id, r.lang, r.published, r.body, r.true_event%s, t.entity_text "
        "FROM items_raw r %s JOIN items_et t USING (id) ORDER BY r.id;"
        "ALTER TABLE items ADD PRIMARY KEY (id);"
        "DROP TABLE items_raw, items_et%s; VACUUM ANALYZE items;"
        % ((", e.ev", "JOIN items_ev e USING (id)", ", items_ev") if diplo else ("", "", "")))
    # the libraries are loaded (and their settings known) once a function of theirs has run
    sizes = run("SELECT similarity('a', 'b'), diplo_name_key('a');"
                "SELECT pg_table_size('items'), pg_relation_size('items'), avg(pg_column_size(entity_text))%s, "
                "current_setting('maintenance_work_mem'), current_setting('shared_buffers'), "
                "current_setting('pg_trgm.similarity_threshold', true)%s FROM items;"
                % ((", avg(pg_column_size(ev))", ", current_setting('diplo.event_similarity_threshold', true)")
                   if diplo else (", NULL", ", NULL")))[-1]
    table_size, heap_size = int(sizes[0]), int(sizes[1])
    et_bytes, ev_bytes = float(sizes[2]), (float(sizes[3]) if diplo else None)
    mwm, sb, trgm_thr, ev_thr = sizes[4], sizes[5], sizes[6], (sizes[7] if diplo else None)

    # ---- indexes
    idx = []
    if diplo:
        t, _ = timed("CREATE INDEX items_ev_gin ON items USING gin (ev);")
        idx.append(("`gin (ev)`", t, int(run("SELECT pg_relation_size('items_ev_gin');")[0][0])))
    t, _ = timed("CREATE INDEX items_et_trgm ON items USING gin (entity_text gin_trgm_ops);")
    idx.append(("`gin (entity_text gin_trgm_ops)`", t, int(run("SELECT pg_relation_size('items_et_trgm');")[0][0])))
    run("ANALYZE items;")

    # ---- queries drawn from the table
    ids = query_ids(n, a.queries)
    id_array = "ARRAY[%s]::bigint[]" % ",".join(map(str, ids))
    # a person of each drawn item (the k-th found, in the item's script) and the surname
    persons = run("""
SELECT u.o, p.normal FROM unnest(%s) WITH ORDINALITY u(id, o) JOIN items i USING (id)
CROSS JOIN LATERAL (SELECT normal FROM diplo_entities(i.body, i.lang, i.published) WHERE kind = 'person'
                    ORDER BY start_offset) p
ORDER BY u.o;""" % id_array)
    by_item = {}
    for o, name in persons:
        by_item.setdefault(int(o), []).append(name)
    names = []
    for k in range(1, len(ids) + 1):
        cand = list(dict.fromkeys(by_item.get(k, [])))
        if cand:
            names.append(cand[k % len(cand)])
    surnames = [nm.split()[-1] for nm in names]
    name_array = "ARRAY[%s]::text[]" % ",".join(quote(x) for x in names)
    surname_array = "ARRAY[%s]::text[]" % ",".join(quote(x) for x in surnames)
    ordered = "ARRAY(SELECT %s FROM unnest(" + id_array + ") WITH ORDINALITY u(id, o) JOIN items USING (id) ORDER BY o)"
    kinds = []
    if diplo:
        kinds.append(("diplo", "similar item", "`ev % q`",
                      "SELECT count(*) FROM items WHERE ev % $1", ordered % "ev", "NULL::diplo_event"))
    kinds.append(("pg_trgm", "similar item", "`entity_text % q_text`",
                  "SELECT count(*) FROM items WHERE entity_text % $1", ordered % "entity_text", "NULL::text"))
    if diplo:
        kinds.append(("diplo", "person", "`ev @> diplo_event_query(person => name)`",
                      "SELECT count(*) FROM items WHERE ev @> diplo_event_query(person => $1)", name_array,
                      "NULL::text"))
    kinds.append(("pg_trgm", "person", "`entity_text ILIKE '%surname%'`",
                  "SELECT count(*) FROM items WHERE entity_text ILIKE '%' || $1 || '%'", surname_array,
                  "NULL::text"))
    results = []
    warnings = []
    seq_n = min(a.seq_queries, len(ids))
    for method, task, label, sql, args_sql, dummy in kinds:
        ix = latencies(sql, args_sql, dummy, "index", a.budget, 20)
        seq_args = "(%s)[1:%d]" % (args_sql, seq_n)
        sq = latencies(sql, seq_args, dummy, "seq", a.budget, 5)
        bad = [(k + 1, ix[k][1], sq[k][1]) for k in range(min(len(sq), len(ix))) if ix[k][1] != sq[k][1]]
        for k, ci, cs in bad:
            warnings.append("%s, %s: query %d finds %d rows with the index and %d with a seqscan"
                            % (method, label, k, ci, cs))
        plans = (plan_of(sql, args_sql, "default"), plan_of(sql, args_sql, "index"))
        results.append((method, task, label, ix, sq, plans))

    # ---- grouping
    grouping = None
    if diplo:
        g = min(a.group_items, n)
        run("CREATE TABLE items_g AS SELECT id, ev, true_event FROM items WHERE id <= %d;"
            "CREATE INDEX items_g_ev ON items_g USING gin (ev); VACUUM ANALYZE items_g;" % g)
        t_group, _ = timed("CREATE TABLE items_groups AS SELECT * FROM diplo_event_groups('items_g', 'id', 'ev');")
        stats = run(GROUP_SCORE)[0]
        tp, pred_pairs, true_pairs = (int(x or 0) for x in stats[:3])
        grouping = dict(g=g, t=t_group, tp=tp, pred=pred_pairs, true=true_pairs, pred_multi=int(stats[3]),
                        true_multi=int(stats[4]), pred_all=int(stats[5]), true_all=int(stats[6]),
                        returned_groups=int(stats[7]), dup=int(stats[8]), foreign=int(stats[9]),
                        largest=int(stats[10]), largest_true=int(stats[11]))
        if grouping["dup"]:
            warnings.append("diplo_event_groups put %d items in more than one group (the smallest group id counted)"
                            % grouping["dup"])
        if grouping["foreign"]:
            warnings.append("diplo_event_groups returned %d item ids not in the table" % grouping["foreign"])
    if not a.keep:
        run("DROP TABLE IF EXISTS items, items_g, items_groups;")

    # ---- report
    mib = 1024.0 * 1024.0
    out += ["## Events: GIN index at %s items" % format(n, ","), "",
            "Measured by `bench/events_bench.py`: %s synthetic news items from `bench/events_gen.py` "
            "(seed %d, %d items a day; %.0f MB of text, %.0f bytes an item; invented persons, every state, English "
            "and Russian about half each, a fifth of the events reported two or three times). One backend, no "
            "parallel workers, JIT off; maintenance_work_mem %s, shared_buffers %s."
            % (format(n, ","), a.seed, a.per_day, mb, mb * 1e6 / n, mwm, sb), "",
            "### Load", "",
            "| step | seconds | items/s |", "| --- | --- | --- |",
            "| generate (Python) | %.1f | %.0f |" % (t_gen, n / t_gen),
            "| `COPY` | %.1f | %.0f |" % (t_copy, n / t_copy)]
    if diplo:
        out.append("| `to_diplo_event(body, lang, published)` | %.1f | %.0f |" % (t_ev, n / t_ev))
    out += ["| `entity_text` (`string_agg` of `diplo_entities(...).normal`) | %.1f | %.0f |" % (t_et, n / t_et), "",
            "Table `items`: %.0f MiB (heap %.0f MiB); `entity_text` %.0f bytes a row%s." %
            (table_size / mib, heap_size / mib, et_bytes,
             (", `ev` %.0f bytes a row" % ev_bytes) if diplo else ""), "",
            "| index | build s | size MiB | size / table |", "| --- | --- | --- | --- |"]
    for label, t, size in idx:
        out.append("| %s | %.1f | %.1f | %.2f |" % (label, t, size / mib, size / table_size))
    out += ["", "### Queries", "",
            "%d queries drawn from the table (every item a query: its own `ev` or `entity_text`; a person of it by "
            "the name the item gives, English or Russian, and for `ILIKE` the surname); each `count(*)` of the "
            "matching rows, timed on the server (plpgsql, `clock_timestamp`, planning included). Index: "
            "`enable_seqscan` off; seqscan: `enable_indexscan` and `enable_bitmapscan` off, the first %d queries. "
            "A kind of query stops after %.0f s once 20 (index) or 5 (seqscan) have run. "
            "Thresholds: `diplo.event_similarity_threshold` %s, `pg_trgm.similarity_threshold` %s."
            % (len(ids), seq_n, a.budget, ev_thr if diplo else "-", trgm_thr), "",
            "| method | query | rows found (mean) | index median ms | index p99 ms | seqscan median ms | seqscan p99 ms "
            "| seqscan / index (same queries) | queries index / seqscan | plan by default |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    med = {}
    for method, task, label, ix, sq, plans in results:
        mi, ms = statistics.median(x for x, _ in ix), statistics.median(x for x, _ in sq)
        same = statistics.median(x for x, _ in ix[:len(sq)])     # the seqscan's queries with the index
        med[(method, task)] = mi
        out.append("| %s | %s | %.1f | %.2f | %.2f | %.1f | %.1f | %.0f | %d / %d | %s |" % (
            method, label, statistics.mean(c for _, c in ix), mi, p99([x for x, _ in ix]), ms,
            p99([x for x, _ in sq]), ms / same if same else float("nan"), len(ix), len(sq), plans[0]))
    if diplo:
        out += ["", "diplo index against pg_trgm index, median latency (> 1: diplo faster): similar item %.2f, "
                "person %.2f (`ILIKE` finds the surname in the script of the query only, diplo the person in "
                "both)." % (med[("pg_trgm", "similar item")] / med[("diplo", "similar item")],
                                  med[("pg_trgm", "person")] / med[("diplo", "person")])]
    if grouping:
        gr = grouping
        prec = gr["tp"] / gr["pred"] if gr["pred"] else float("nan")
        rec = gr["tp"] / gr["true"] if gr["true"] else float("nan")
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else float("nan")
        out += ["", "### Same-event grouping", "",
                "`diplo_event_groups('items_g', 'id', 'ev')` over the first %s items (their own GIN index), "
                "against the events the generator reported: pairs of items put in one group." % format(gr["g"], ","),
                "", "| measure | value |", "| --- | --- |",
                "| time | %.1f s (%.0f items/s) |" % (gr["t"], gr["g"] / gr["t"]),
                "| groups returned (largest) | %d (%d items) |" % (gr["returned_groups"], gr["largest"]),
                "| true events with two reports or more (largest) | %d (%d items) |" % (gr["true_multi"], gr["largest_true"]),
                "| pairs: grouped / true / both | %d / %d / %d |" % (gr["pred"], gr["true"], gr["tp"]),
                "| pairwise precision | %.2f %% |" % (100 * prec),
                "| pairwise recall | %.2f %% |" % (100 * rec),
                "| F1 | %.2f %% |" % (100 * f1)]
    if warnings:
        out.append("")
        out += ["**Check:** " + w + "." for w in warnings]
    print("\n".join(out))


if __name__ == "__main__":
    main()
