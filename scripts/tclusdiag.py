#!/usr/bin/env python3
# tclusdiag.py GOLD EXPORT: counts only (safe on a blind reference): reasons for missed mentions of gold targets that have >=2 mentions (restated)
import os, sys, json, collections, importlib.util, importlib.machinery
loader = importlib.machinery.SourceFileLoader("score", os.environ.get("ACCORD_SCORER", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score")))
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
gold = json.load(open(sys.argv[1])); ex = S.Export(json.load(open(sys.argv[2])))
keys = collections.Counter(t["key"] for g in gold["articles"] for t in g["targets"])
T = collections.Counter(); units = collections.Counter()
for g in gold["articles"]:
    sys_t = ex.tgt_by_file.get(g["file"], {})
    m = S.greedy(g["targets"], sys_t, S.tgt_match)
    used = set(m.values()); free = {k: v for k, v in sys_t.items() if k not in used}
    for gi, gt in enumerate(g["targets"]):
        if keys[gt["key"]] < 2: continue
        units[gt["unit"]] += 1
        if gi in m: T["found"] += 1; continue
        reasons = []
        for sid, t in free.items():
            r = []
            if S.norm(gt["unit"]) != S.norm(t.get("unit")): r.append("unit")
            v = t.get("value")
            if not isinstance(v, (int, float)) or abs(v - gt["value"]) > 0.01 * abs(gt["value"]): r.append("value")
            if gt.get("deadline") and str(t.get("deadline")) != gt["deadline"]: r.append("deadline")
            if sorted(gt["holders"]) != sorted(t.get("holders") or []): r.append("holders(%d->%d)" % (len(gt["holders"]), len(t.get("holders") or [])))
            words = {w for w in S.norm(gt["metric"]).split() if len(w) > 2}
            if not (words & set(S.norm(t.get("metric")).split())): r.append("metric")
            reasons.append(r)
        T["none in doc" if not reasons else "+".join(min(reasons, key=len))] += 1
print(dict(T.most_common()), "units:", dict(units))
