#!/usr/bin/env python3
"""Engagement-cluster misses, by document and class.

usage: clusters.py GOLD.json EXPORT.json [--all]

For every gold engagement key that two or more documents report, prints which
documents' system engagements matched it (the scorer's own matching, imported
from /work/shared/eval/score) and whether their ids are equal. Classes:
  ok      every document matched and all ids are equal
  extract some document has no matching system engagement (an extraction miss)
  split   two or more documents matched but with different ids (consolidation)
Prints one line per key that is not ok (every key with --all), then counts.
"""
import importlib.machinery
import importlib.util
import json
import sys
from itertools import combinations

_loader = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
_spec = importlib.util.spec_from_loader("score", _loader)
score = importlib.util.module_from_spec(_spec)
_loader.exec_module(score)


def why(ge, f, links, ex, countries):
    """Why document f has no system engagement matching gold engagement ge:
    none (no engagement at all), merged (it reports the engagement another
    document matched, whose merged type, date or participants differ from
    what this document's reference says), type, date, parts (an engagement
    that differs from the reference only in that), absent (none close)."""
    sys_e = ex.eng_by_file.get(f, {})
    if not sys_e:
        return "none"
    matched = {s for _, s, _ in links if s is not None}
    if matched & set(sys_e):
        return "merged"
    for field, relax in (("type", {"type"}), ("date", {"date"}), ("parts", {"parts"})):
        for e in sys_e.values():
            g = dict(ge)
            if "type" in relax:
                g["type"] = e.get("type")
            if "date" in relax:
                g["date"] = (e.get("date") or "x")[:len(ge["date"])] if e.get("date") else "none"
            if "parts" in relax:
                if {g["type"], e.get("type")} - {"talks", "meeting"} and g["type"] != e.get("type"):
                    continue
                if score.date_ok(ge["date"], e.get("date")):
                    return "parts"
                continue
            if score.eng_match(g, e, ex, countries):
                return field
    return "absent"


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    gold = json.load(open(args[0], encoding="utf-8"))
    ex = score.Export(json.load(open(args[1], encoding="utf-8")))
    by_key = {}  # key -> [(file, system id or None, gold engagement)]
    for g in gold["articles"]:
        sys_e = ex.eng_by_file.get(g["file"], {})
        countries = {p["name"]: p.get("country") for p in g["persons"]}
        m = score.greedy(g["engagements"], sys_e, lambda ge, se: score.eng_match(ge, se, ex, countries))
        for gi, ge in enumerate(g["engagements"]):
            by_key.setdefault(ge["key"], []).append((g["file"], m.get(gi), ge))
    counts = {"ok": 0, "extract": 0, "split": 0, "extract+split": 0}
    reasons = {}
    cmap = {g["file"]: {p["name"]: p.get("country") for p in g["persons"]} for g in gold["articles"]}
    pairs = {"tp": 0, "extract": 0, "split": 0}
    for key, links in sorted(by_key.items()):
        if len(links) < 2:
            continue
        ids = [s for _, s, _ in links if s is not None]
        miss = len(ids) < len(links)
        split = len(set(ids)) > 1
        cls = "ok" if not miss and not split else ("extract+split" if miss and split else ("extract" if miss else "split"))
        counts[cls] += 1
        for (_, s1, _), (_, s2, _) in combinations(links, 2):
            if s1 is not None and s1 == s2:
                pairs["tp"] += 1
            elif s1 is None or s2 is None:
                pairs["extract"] += 1
            else:
                pairs["split"] += 1
        for f, s_, ge in links:
            if s_ is None:
                r = why(ge, f, links, ex, cmap[f])
                reasons[r] = reasons.get(r, 0) + 1
        if cls != "ok" or "--all" in argv:
            print("%s %s" % (cls, key))
            for f, s, ge in links:
                desc = ""
                if s is not None:
                    e = ex.eng_by_file[f][s]
                    desc = "%s %s %s %s" % (e.get("type"), e.get("date"),
                                            [ex.actors.get(p, {}).get("name") for p in e.get("participants") or []],
                                            e.get("place") or "")
                print("   %-50s %-10s %s %s" % (f[:50], s or "-", desc, "" if s else why(ge, f, links, ex, cmap[f])))
                print("   %50s gold: %s %s %s" % ("", ge["type"], ge["date"], ge["participants"]))
                if s is None:  # what the document has instead (unmatched system engagements)
                    used = {x for ff, x, _ in links if ff == f and x is not None}
                    for sid, e in ex.eng_by_file.get(f, {}).items():
                        print("   %50s   has %s %s %s %s" % ("", sid, e.get("type"), e.get("date"),
                              [ex.actors.get(p, {}).get("name") for p in e.get("participants") or []]))
    print("keys:", counts, "pairs:", pairs, "unmatched reports:", dict(sorted(reasons.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
