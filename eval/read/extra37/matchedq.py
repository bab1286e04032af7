#!/usr/bin/env python3
# matchedq.py GOLD EXPORT REGEX: system engagements whose every report quote matches REGEX, with M(atched) or X(tra)
import os, sys, json, re, importlib.util, importlib.machinery
loader = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
gold = json.load(open(sys.argv[1])); raw = json.load(open(sys.argv[2])); ex = S.Export(raw); rx = re.compile(sys.argv[3], re.I)
anyq = len(sys.argv) > 4
ref = os.path.basename(sys.argv[1]).split('.')[0]
for g in gold["articles"]:
    sys_e = ex.eng_by_file.get(g["file"], {})
    countries = {p["name"]: p.get("country") for p in g["persons"]}
    m = S.greedy(g["engagements"], sys_e, lambda ge, se: S.eng_match(ge, se, ex, countries))
    used = set(m.values())
    for sid, se in sys_e.items():
        qs = [r.get('quote', '') for r in se.get('reports', [])]
        hit = [bool(rx.search(q)) for q in qs]
        if not qs or not (any(hit) if anyq else all(hit)): continue
        print("%s %s %s %s %s %s" % ('M' if sid in used else 'X', ref, g['file'][:45], se.get('type'), se.get('date'), [ex.actors.get(p, {}).get('name', p) for p in se.get('participants') or []]))
        for q in qs: print("    ", q[:300])
