#!/usr/bin/env python3
"""make eval: predictions for a JSON-lines file of documents, from the installed extension.

    make eval IN=<docs.jsonl> OUT=<pred.jsonl>

Each input line is {"id", "lang", "date", "text", ...}; each output line is
{"id", "mentions": [...], "segments": [...]} in the format of
../shared/gold/FORMAT.md.  The documents are loaded into a throwaway cluster
(pg_virtualenv) and every prediction is computed there, in SQL, by the
installed extension: this script only moves JSON in and out.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

# One JSON object per document, in input order: mentions from diplo_entities(),
# news items from diplo_segments().
PREDICT_SQL = r"""
CREATE EXTENSION diplo;
CREATE TEMP TABLE docs (n serial, doc jsonb);
\copy docs (doc) FROM '%(path)s' WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')
SELECT json_build_object(
         'id', doc->>'id',
         'mentions', %(mentions)s,
         'segments', %(segments)s)
FROM docs ORDER BY n;
"""

MENTIONS_SQL = r"""coalesce((
           SELECT json_agg(json_build_object('kind', e.kind, 'start', e.start_offset, 'end', e.end_offset,
                                             'key', e.key, 'role', e.role, 'country', e.state)
                           ORDER BY e.start_offset, e.kind)
           FROM diplo_entities(doc->>'text', doc->>'lang', (doc->>'date')::date) e), '[]'::json)"""


SEGMENTS_SQL = r"""coalesce((
           SELECT json_agg(json_build_object('start', s.start_offset, 'end', s.end_offset) ORDER BY s.ordinal)
           FROM diplo_segments(doc->>'text') s), '[]'::json)"""


# Every pair of news items of a segments file, scored by diplo_event_similarity;
# "same" is the % operator at the default diplo.event_similarity_threshold.
LINKS_SQL = r"""
CREATE EXTENSION IF NOT EXISTS diplo;
CREATE TEMP TABLE segs (n serial, s jsonb);
\copy segs (s) FROM '%(path)s' WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')
ALTER TABLE segs ADD COLUMN ev diplo_event;
UPDATE segs SET ev = to_diplo_event(s->>'text', s->>'lang', (s->>'doc_date')::date);
SELECT json_build_object('a', a.s->>'seg', 'b', b.s->>'seg', 'score', round(x.score::numeric, 4),
                         'same', a.ev %% b.ev)
FROM segs a JOIN segs b ON a.n < b.n,
     LATERAL (SELECT diplo_event_similarity(a.ev, b.ev) AS score) x
WHERE x.score > 0
ORDER BY a.n, b.n;
"""


def jsonl_copy(path):
    """A JSON-lines file re-serialised one object a line, in a file the server's psql can read."""
    with open(path, encoding="utf-8") as f, tempfile.NamedTemporaryFile(
            "w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for line in f:
            if line.strip():
                tmp.write(json.dumps(json.loads(line), ensure_ascii=False) + "\n")
    os.chmod(tmp.name, 0o644)
    return tmp.name


def run_psql(sql):
    out = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-f", "-"],
                         input=sql, capture_output=True, text=True)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        sys.exit(1)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--in", dest="inp", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--segments")
    ap.add_argument("--links")
    ap.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if not args.inside:
        # re-run this script inside a throwaway cluster
        cmd = ["pg_virtualenv", "-v", os.environ.get("PG_MAJOR", "15"), sys.executable,
               os.path.abspath(__file__), "--inside", "--in", args.inp, "--out", args.out]
        if args.segments:
            cmd += ["--segments", args.segments, "--links", args.links or "/dev/null"]
        sys.exit(subprocess.run(cmd, stdout=subprocess.DEVNULL).returncode)

    # one JSON document a line, validated and re-serialised so that COPY sees no stray bytes
    docs = jsonl_copy(args.inp)
    preds = run_psql(PREDICT_SQL % {"path": docs, "mentions": MENTIONS_SQL, "segments": SEGMENTS_SQL})
    os.unlink(docs)
    with open(args.out, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    if args.segments:
        segs = jsonl_copy(args.segments)
        links = run_psql(LINKS_SQL % {"path": segs})
        os.unlink(segs)
        with open(args.links, "w", encoding="utf-8") as f:
            for link in links:
                f.write(json.dumps(link, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
