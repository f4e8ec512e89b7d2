#!/usr/bin/env python3
"""Fits the weights of diplo_event_similarity (data/event_model.tsv) on the project's own labelled items.

Every pair of items of test/events/items.jsonl gets its evidence from the installed extension
(diplo_event_evidence: the model's features, each in [0, 1]); a pair is positive when both items
report the same event.  The items are split by event: the events whose name hashes to 0 mod 3
are held out (split() below, shared with bench/links_eval.py), and only pairs within the fit part
are fitted.  Pairs that share no person, host, country, organisation or topic score 0 by rule and
take no part.

The model is a logistic regression with an L2 penalty, fitted by Newton's method (plain Python,
no packages).  Its intercept is then moved so that the cutoff with the best F1 on the fit part
falls on the default threshold of the % operator (0.6).  Prints the weights and the figures of
both parts; --write FILE writes the weights with a header naming what they were fitted on.

Run against a server with diplo installed (the PG* environment), e.g.
    make fit-event-model
"""
import argparse
import datetime
import hashlib
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pgutil import ROOT, psql  # noqa: E402

THRESHOLD = 0.6   # DIPLO_EVENT_THRESHOLD_DEFAULT
PENALTY = 1.0     # L2 on every weight but the intercept
GATE = ("persons", "host_same", "countries", "orgs", "topics")


def split(event):
    """'held-out' or 'fit': a stable split of the events by their name."""
    return "held-out" if int(hashlib.md5(event.encode()).hexdigest(), 16) % 3 == 0 else "fit"


def evidence(items_path):
    """(a, b, features dict) of every pair of items that passes the gate."""
    rows = psql(r"""
CREATE EXTENSION IF NOT EXISTS diplo;
CREATE TEMP TABLE segs (n serial, s jsonb);
\copy segs (s) FROM '%s' WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')
ALTER TABLE segs ADD COLUMN ev diplo_event;
UPDATE segs SET ev = to_diplo_event(s->>'text', s->>'lang', (s->>'doc_date')::date);
SELECT a.s->>'seg', b.s->>'seg', diplo_event_evidence(a.ev, b.ev)
FROM segs a JOIN segs b ON a.n < b.n;
""" % items_path)
    out = []
    for a, b, x in rows:
        x = json.loads(x)
        if any(x[g] > 0 for g in GATE):
            out.append((a, b, x))
    return out


def solve(m, v):
    """m x = v by Gaussian elimination with partial pivoting."""
    n = len(v)
    a = [row[:] + [v[i]] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        for r in range(n):
            if r != c and a[r][c]:
                f = a[r][c] / a[c][c]
                for k in range(c, n + 1):
                    a[r][k] -= f * a[c][k]
    return [a[i][n] / a[i][i] for i in range(n)]


def sigmoid(z):
    return 1 / (1 + math.exp(-z)) if z > -30 else 0.0


def fit(xs, ys, names):
    n = len(names)
    w = [0.0] * n
    for _ in range(50):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y in zip(xs, ys):
            p = sigmoid(sum(wi * xi for wi, xi in zip(w, x)))
            d = p * (1 - p)
            nz = [i for i in range(n) if x[i]]
            for i in nz:
                grad[i] += (p - y) * x[i]
                for j in nz:
                    hess[i][j] += d * x[i] * x[j]
        for i in range(n):
            if names[i] == "intercept":
                continue
            grad[i] += PENALTY * w[i]
            hess[i][i] += PENALTY
        for i in range(n):
            hess[i][i] += 1e-9
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def figures(scored):
    """scored: (score, positive). Average precision, best F1 and its cutoff, F1 at THRESHOLD."""
    pos = sum(1 for _, t in scored if t)
    ranked = sorted(scored, key=lambda p: -p[0])
    hits, ap, best, cut = 0, 0.0, 0.0, THRESHOLD
    for i, (s, t) in enumerate(ranked, 1):
        if t:
            hits += 1
            ap += hits / i
            f = 2 * hits / (i + pos)
            if f > best:
                best, cut = f, s
    marked = [t for s, t in scored if s >= THRESHOLD]
    f1 = 2 * sum(marked) / (len(marked) + pos) if pos else 0.0
    return (ap / pos if pos else 0.0), best, cut, f1


def feature_order(features, path):
    """The features in the order of the weights file when there is one (jsonb sorts its keys)."""
    order = []
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            order = [line.split("\t")[0] for line in f if not line.startswith("#")][1:]
    return [k for k in order if k in features] + [k for k in features if k not in order]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", default=os.path.join(ROOT, "test/events/items.jsonl"))
    ap.add_argument("--write", help="the weights file to write (data/event_model.tsv)")
    args = ap.parse_args()
    items = {}
    copy = os.path.join("/tmp", "fit_items_%d.jsonl" % os.getpid())
    with open(args.items, encoding="utf-8") as f, open(copy, "w", encoding="utf-8") as out:
        for line in f:
            if line.strip():
                d = json.loads(line)
                items[d["seg"]] = d
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
    os.chmod(copy, 0o644)
    pairs = evidence(copy)
    os.unlink(copy)
    names = feature_order(pairs[0][2], args.write)
    parts = {"fit": ([], []), "held-out": ([], [])}
    totals = {"fit": 0, "held-out": 0}
    for a, b, x in pairs:
        ea, eb = items[a]["event"], items[b]["event"]
        if split(ea) == split(eb):
            parts[split(ea)][0].append([x[k] for k in names])
            parts[split(ea)][1].append(1 if ea == eb else 0)
    ids = sorted(items)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            ea, eb = items[a]["event"], items[b]["event"]
            if split(ea) == split(eb) and ea == eb:
                totals[split(ea)] += 1
    xs, ys = parts["fit"]
    w = fit(xs, ys, names)

    def scores(part):
        xs, ys = parts[part]
        out = [(sigmoid(sum(wi * xi for wi, xi in zip(w, x))), y) for x, y in zip(xs, ys)]
        # positives that the gate scores 0 still count against recall
        return out + [(0.0, 1)] * (totals[part] - sum(ys))

    cut = figures(scores("fit"))[2]
    # the fit's best cutoff on the default threshold
    w[names.index("intercept")] += math.log(THRESHOLD / (1 - THRESHOLD)) - math.log(cut / (1 - cut))
    report = []
    for part in ("fit", "held-out"):
        s = scores(part)
        a, best, _, f1 = figures(s)
        report.append("%s: %d items' pairs, %d same-event; AP %.3f, best F1 %.3f, F1 at %.1f %.3f"
                      % (part, len(s), totals[part], a, best, THRESHOLD, f1))
    print("\n".join(report))
    for k, v in zip(names, w):
        print("%-22s %8.4f" % (k, v))
    if args.write:
        nfit = sum(1 for d in items.values() if split(d["event"]) == "fit")
        with open(args.write, "w", encoding="utf-8") as f:
            f.write("# diplo data: the weights of diplo_event_similarity (event_model.tsv)\n#\n"
                    "# A logistic model over the evidence of two news items (diplo_event_evidence;\n"
                    "# the features are described in src/core/event_match.c).  Fitted by\n"
                    "# bench/fit_event_model.py (make fit-event-model) on %s: %d of its %d items,\n"
                    "# the events whose name hashes to 1 or 2 mod 3; the rest is held out.  L2 penalty\n"
                    "# %.1f; the intercept moved so that the fit's best-F1 cutoff is the default\n"
                    "# threshold %.1f of the %% operator.  Fitted %s.\n#\n"
                    "# %s\n# %s\n#\n"
                    "# Columns: feature (the model's name of it), weight (added to the log-odds\n"
                    "# when the feature is 1).  Every feature has one line.  After changing the\n"
                    "# weights, REINDEX nothing (they are not in the index) but re-run\n"
                    "# bench/links_eval.py.\n"
                    % (os.path.relpath(args.items, ROOT), nfit, len(items), PENALTY, THRESHOLD,
                       datetime.date.today().isoformat(), report[0], report[1]))
            f.write("feature\tweight\n")
            for k, v in zip(names, w):
                f.write("%s\t%.4f\n" % (k, v))


if __name__ == "__main__":
    main()
