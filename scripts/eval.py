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
    with open(args.inp, encoding="utf-8") as f, tempfile.NamedTemporaryFile(
            "w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for line in f:
            if line.strip():
                tmp.write(json.dumps(json.loads(line), ensure_ascii=False) + "\n")
    os.chmod(tmp.name, 0o644)
    sql = PREDICT_SQL % {"path": tmp.name, "mentions": MENTIONS_SQL, "segments": SEGMENTS_SQL}
    out = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-f", "-"],
                         input=sql, capture_output=True, text=True)
    os.unlink(tmp.name)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        sys.exit(1)
    with open(args.out, "w", encoding="utf-8") as f:
        for line in out.stdout.splitlines():
            if line.strip():
                f.write(json.dumps(json.loads(line), ensure_ascii=False) + "\n")
    if args.segments:
        # event links come with the events issue; an empty file is a valid answer
        open(args.links, "w").close()


if __name__ == "__main__":
    main()
