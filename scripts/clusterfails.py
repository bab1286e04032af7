#!/usr/bin/env python3
"""List gold engagement-cluster pairs that fail and why.

usage: clusterfails.py GOLD.json EXPORT.json
For each gold key with 2+ mentions: a pair fails when one mention is unmatched (recall) or
both are matched to different system engagements (split); for splits it prints both.
"""
import importlib.machinery, importlib.util, json, sys
from itertools import combinations

ld = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
spec = importlib.util.spec_from_loader("score", ld)
S = importlib.util.module_from_spec(spec)
ld.exec_module(S)


def desc(ex, e):
    parts = []
    for p in e.get("participants") or []:
        a = ex.actors.get(p, {})
        parts.append("%s[%s,%s,%s]" % (a.get("name"), a.get("type"), a.get("country"), p))
    files = sorted({ex.article_ids.get(r.get("article")) for r in e.get("reports") or []})
    return "%s %s %s place=%s docs=%s" % (e.get("type"), e.get("date"), parts, e.get("place"), files)


def main(gpath, epath):
    gold = json.load(open(gpath, encoding="utf-8"))
    ex = S.Export(json.load(open(epath, encoding="utf-8")))
    mentions = {}  # key -> [(file, gold eng, sys id)]
    for g in gold["articles"]:
        sys_e = ex.eng_by_file.get(g["file"], {})
        countries = {p["name"]: p.get("country") for p in g["persons"]}
        m = S.greedy(g["engagements"], sys_e, lambda ge, se: S.eng_match(ge, se, ex, countries))
        for gi, ge in enumerate(g["engagements"]):
            mentions.setdefault(ge["key"], []).append((g["file"], ge, m.get(gi), sys_e))
    allsys = {}
    for f, d in ex.eng_by_file.items():
        allsys.update(d)
    nun = nsplit = 0
    for k, ms in mentions.items():
        if len(ms) < 2:
            continue
        seen = set()
        for (f1, g1, s1, _), (f2, g2, s2, _) in combinations(ms, 2):
            if s1 is not None and s1 == s2:
                continue
            if s1 is None or s2 is None:
                nun += 1
                for f, g, s in ((f1, g1, s1), (f2, g2, s2)):
                    if s is None and (k, f) not in seen:
                        seen.add((k, f))
                        print("UNMATCHED %s in %s: gold %s %s %s" % (k, f, g["type"], g["date"], g["participants"]))
                        for e in ex.eng_by_file.get(f, {}).values():
                            print("   has %s" % desc(ex, e))
                continue
            nsplit += 1
            if (s1, s2) in seen:
                continue
            seen.add((s1, s2))
            print("SPLIT %s: %s vs %s" % (k, f1, f2))
            print("   gold %s %s %s" % (g1["type"], g1["date"], g1["participants"]))
            print("   A %s" % desc(ex, allsys[s1]))
            print("   B %s" % desc(ex, allsys[s2]))
    print("pairs failing: unmatched %d, split %d" % (nun, nsplit))


if __name__ == "__main__":
    main(*sys.argv[1:3])
