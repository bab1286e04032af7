#!/usr/bin/env python3
# clusdiag.py GOLD EXPORT: counts only (safe on a blind reference). For gold same-key pairs (engagements, targets): both found & joined,
# both found not joined (why: date gap, type, n sides), one missing, both missing.
import os, sys, json, collections, importlib.util, importlib.machinery
from itertools import combinations
loader = importlib.machinery.SourceFileLoader("score", os.environ.get("ACCORD_SCORER", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score")))
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
gold = json.load(open(sys.argv[1])); ex = S.Export(json.load(open(sys.argv[2])))
el, tl = [], []
for g in gold["articles"]:
    sys_e = ex.eng_by_file.get(g["file"], {})
    countries = {p["name"]: p.get("country") for p in g["persons"]}
    m = S.greedy(g["engagements"], sys_e, lambda ge, se: S.eng_match(ge, se, ex, countries))
    for gi, ge in enumerate(g["engagements"]):
        el.append((ge["key"], m.get(gi), ge, g["file"]))
    sys_t = ex.tgt_by_file.get(g["file"], {})
    m = S.greedy(g["targets"], sys_t, S.tgt_match)
    for gi, gt in enumerate(g["targets"]):
        tl.append((gt["key"], m.get(gi), gt, g["file"]))
def run(name, links, items):
    C = collections.Counter()
    for (k1, s1, g1, f1), (k2, s2, g2, f2) in combinations(links, 2):
        if k1 != k2: continue
        if s1 is None and s2 is None: C["both missed"] += 1
        elif s1 is None or s2 is None: C["one missed"] += 1
        elif s1 == s2: C["joined"] += 1
        else:
            a, b = items.get(s1, {}), items.get(s2, {})
            r = []
            if a.get("type") != b.get("type"): r.append("type %s/%s" % (a.get("type"), b.get("type")))
            if a.get("date") != b.get("date"): r.append("date")
            if name == "eng":
                pa, pb = set(a.get("participants") or []), set(b.get("participants") or [])
                if pa != pb: r.append("parts differ(%d/%d,common %d)" % (len(pa), len(pb), len(pa & pb)))
            else:
                for f in ("metric", "unit", "deadline"):
                    if a.get(f) != b.get(f): r.append(f)
                if sorted(a.get("holders") or []) != sorted(b.get("holders") or []): r.append("holders")
            C["found, not joined: " + ", ".join(r)] += 1
    print(name, sum(C.values()), "gold pairs")
    for k, v in C.most_common(): print("  %3d %s" % (v, k))
raw = json.load(open(sys.argv[2]))
engs = {e["id"]: e for e in raw.get("engagements", [])}
tg = {t["id"]: t for t in raw.get("targets", [])}
run("eng", el, engs); run("tgt", tl, tg)
