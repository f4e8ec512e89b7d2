#!/usr/bin/env python3
"""Same-event links on the project's own test set (test/events/items.jsonl), as issue figures.

Runs `make eval` with the items as segments (every pair of items scored by
diplo_event_similarity, `same` = the % operator at the default threshold) and
reports, for all pairs, for pairs where both items have a publication date, and
for pairs across languages: the average precision of the ranking, the best F1 over
thresholds and the F1 of the pairs `%` marks the same; for the whole set and for the
part that bench/fit_event_model.py holds out of the fit (the pairs with a held-out item).  Prints Markdown.

Usage: python3 bench/links_eval.py [ITEMS.jsonl]
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fit_event_model import split  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def ranking(pairs):
    """pairs: (score, same_event, marked). AP, best F1, F1 of the marked."""
    pos = sum(1 for _, t, _ in pairs if t)
    if pos == 0:
        return 0.0, 0.0, 0.0
    ap = hits = 0
    best = 0.0
    for i, (s, t, _) in enumerate(sorted(pairs, key=lambda p: -p[0]), 1):
        if t:
            hits += 1
            ap += hits / i
        if s > 0:
            p, r = hits / i, hits / pos
            best = max(best, 2 * p * r / (p + r) if p + r else 0.0)
    tp = sum(1 for _, t, m in pairs if t and m)
    marked = sum(1 for _, _, m in pairs if m)
    p = tp / marked if marked else 0.0
    r = tp / pos
    return ap / pos, best, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    items_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "test/events/items.jsonl")
    items = [json.loads(line) for line in open(items_path, encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        docs, pred, links = (os.path.join(tmp, n) for n in ("docs.jsonl", "pred.jsonl", "links.jsonl"))
        with open(docs, "w", encoding="utf-8") as f:
            f.write(json.dumps({"id": "none", "lang": "en", "date": None, "text": "none"}) + "\n")
        out = subprocess.run(["make", "-s", "-C", ROOT, "eval", "IN=" + docs, "OUT=" + pred,
                              "SEGMENTS=" + items_path, "LINKS=" + links], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(out.stdout + out.stderr)
        scored = {}
        for line in open(links, encoding="utf-8"):
            l = json.loads(line)
            scored[frozenset((l["a"], l["b"]))] = (float(l["score"]), bool(l.get("same")))
    by = {d["seg"]: d for d in items}
    segs = sorted(by)
    classes = ("all pairs", "both with a publication date", "across languages")
    rows = {(part, c): [] for part in ("held out of the fit", "whole set") for c in classes}
    for i, a in enumerate(segs):
        for b in segs[i + 1:]:
            s, m = scored.get(frozenset((a, b)), (0.0, False))
            p = (s, by[a]["event"] == by[b]["event"], m)
            parts = ["whole set"]
            # a pair the fit did not see: at least one of its items is held out
            if "held-out" in (split(by[a]["event"]), split(by[b]["event"])):
                parts.append("held out of the fit")
            for part in parts:
                rows[part, "all pairs"].append(p)
                if by[a]["doc_date"] and by[b]["doc_date"]:
                    rows[part, "both with a publication date"].append(p)
                if by[a]["lang"] != by[b]["lang"]:
                    rows[part, "across languages"].append(p)
    undated = sum(1 for d in items if not d["doc_date"])
    lines = ["## Same-event links on the project's own items", "",
             "Measured by `bench/links_eval.py` on `test/events/items.jsonl`: %d items (%d without a publication "
             "date), %d events, every pair scored by `diplo_event_similarity`; `%%` at the default threshold "
             "marks the same.  The similarity's weights were fitted by `bench/fit_event_model.py` on the events "
             "that it does not hold out (%d of the items are held out); the whole set's figures include the "
             "fitted part and are optimistic." % (len(items), undated, len({d['event'] for d in items}),
                                                 sum(1 for d in items if split(d["event"]) == "held-out")), "",
             "| part | pairs | n | true | average precision | best F1 | F1 of `%` |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for (part, name), pairs in rows.items():
        ap, best, f1 = ranking(pairs)
        lines.append("| %s | %s | %d | %d | %.3f | %.3f | %.3f |" % (part, name, len(pairs),
                                                                    sum(1 for p in pairs if p[1]), ap, best, f1))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
