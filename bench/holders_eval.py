#!/usr/bin/env python3
"""Persons known by their office on the project's own items (test/holders/articles.json).

Compiles the annotations into the gold format of ../shared/gold/FORMAT.md (every
word-bounded occurrence of an annotated text is a person mention), runs `make eval`
on the items, and scores the persons: mentions found (precision, recall, F1), role
and state accuracy where the gold gives them, B-cubed F1 of the keys (one person,
one key, across items and scripts), the share of pairs of different persons that
share a key, and the same for the mentions no title stands next to.  Writes the
gold to build/holders_gold.jsonl so that ../shared/gold/tools/score.py can score
it too.  Prints Markdown.

Usage: python3 bench/holders_eval.py   (from the source tree, extension built)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# a title in the words just before a mention (same sentence): the mention is "titled"
TITLES = re.compile(r"(President|Minister|Premier|Secretary|Chancellor|King|Prime|Spokes|"
                    r"президент|министр|премьер|генсек|глава|представитель|канцлер|король)[^.!?]*$",
                    re.IGNORECASE)


def bounded(text, start, end):
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def compile_gold(docs):
    gold = []
    for d in docs:
        mentions = []
        for p in sorted(d["persons"], key=lambda p: -len(p["text"])):
            for m in re.finditer(re.escape(p["text"]), d["text"]):
                s, e = m.start(), m.end()
                if not bounded(d["text"], s, e) or any(s < b and a < e for a, b, _ in mentions):
                    continue
                mentions.append((s, e, p))
        out = []
        for s, e, p in sorted(mentions, key=lambda m: m[0]):
            g = {"kind": "person", "start": s, "end": e, "text": p["text"], "ref": p["ref"]}
            if p.get("role"):
                g["role"] = p["role"]
            if p.get("country"):
                g["country"] = p["country"]
            g["titled"] = bool(TITLES.search(d["text"][max(0, s - 45):s]))
            out.append(g)
        gold.append({"id": d["id"], "lang": d["lang"], "date": d["date"], "text": d["text"],
                     "mentions": out, "segments": []})
    return gold


def bcubed(pairs):
    if not pairs:
        return 0.0
    p = r = 0.0
    for g, s in pairs:
        same_s = [x for x in pairs if x[1] == s]
        same_g = [x for x in pairs if x[0] == g]
        both = sum(1 for x in pairs if x[0] == g and x[1] == s)
        p += both / len(same_s)
        r += both / len(same_g)
    p, r = p / len(pairs), r / len(pairs)
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold, pred, titled=None):
    tp = npred = ngold = role_ok = role_n = state_ok = state_n = 0
    pairs = []
    for g in gold:
        pm = {(m["start"], m["end"]): m for m in pred.get(g["id"], []) if m["kind"] == "person"}
        gm = [m for m in g["mentions"] if titled is None or m["titled"] == titled]
        ngold += len(gm)
        npred += len(pm) if titled is None else 0
        for m in gm:
            p = pm.get((m["start"], m["end"]))
            if p is None:
                continue
            tp += 1
            pairs.append((m["ref"], p.get("key")))
            if m.get("role"):
                role_n += 1
                role_ok += p.get("role") == m["role"]
            if m.get("country"):
                state_n += 1
                state_ok += p.get("country") == m["country"]
    refs = {}
    for g, k in pairs:
        refs.setdefault(k, set()).add(g)
    persons = sorted({g for g, _ in pairs})
    shared = sum(1 for i, a in enumerate(persons) for b in persons[i + 1:]
                 if any(a in s and b in s for s in refs.values()))
    npairs = len(persons) * (len(persons) - 1) // 2
    prec = tp / npred if npred else None
    rec = tp / ngold if ngold else 0.0
    return {"found": rec, "precision": prec, "role": role_ok / role_n if role_n else 0.0, "role_n": role_n,
            "state": state_ok / state_n if state_n else 0.0, "state_n": state_n, "bcubed": bcubed(pairs),
            "shared": shared / npairs if npairs else 0.0, "n": ngold}


def main():
    src = json.load(open(os.path.join(ROOT, "test/holders/articles.json"), encoding="utf-8"))
    gold = compile_gold(src["docs"])
    os.makedirs(os.path.join(ROOT, "build"), exist_ok=True)
    gold_path = os.path.join(ROOT, "build/holders_gold.jsonl")
    with open(gold_path, "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = os.path.join(tmp, "pred.jsonl")
        out = subprocess.run(["make", "-s", "-C", ROOT, "eval", "IN=" + gold_path, "OUT=" + pred_path],
                             capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(out.stdout + out.stderr)
        pred = {}
        for line in open(pred_path, encoding="utf-8"):
            d = json.loads(line)
            pred[d["id"]] = d["mentions"]
    total = sum(len(g["mentions"]) for g in gold)
    untitled = sum(1 for g in gold for m in g["mentions"] if not m["titled"])
    lines = ["## Persons known by their office: the project's own items", "",
             "Measured by `bench/holders_eval.py`: %d short items written for the project "
             "(`test/holders/articles.json`: English and Russian, %d undated, page furniture, traps such as "
             "`a Trump card`, `Bush fires`, `Свобода слова`), %d person mentions of which %d have no title "
             "next to them." % (len(gold), sum(1 for g in gold if not g["date"]), total, untitled), "",
             "| mentions | n | precision | found | role | state | key B-cubed F1 | different persons sharing a key |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    misses = [(g["id"], m["text"]) for g in gold for m in g["mentions"]
              if not any(p["kind"] == "person" and (p["start"], p["end"]) == (m["start"], m["end"])
                         for p in pred.get(g["id"], []))]
    for name, titled in (("all", None), ("with a title", True), ("without a title", False)):
        s = score(gold, pred, titled)
        lines.append("| %s | %d | %s | %.3f | %.3f (%d) | %.3f (%d) | %.3f | %.2f %% |" % (
            name, s["n"], "%.3f" % s["precision"] if s["precision"] is not None else "", s["found"],
            s["role"], s["role_n"], s["state"], s["state_n"], s["bcubed"], 100 * s["shared"]))
    lines += ["", "Missed: " + (", ".join("%s `%s`" % m for m in misses) or "none") + "."]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
