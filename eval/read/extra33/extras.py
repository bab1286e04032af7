#!/usr/bin/env python3
# extras.py GOLD EXPORT: each unmatched system engagement, with whether its file has an unmatched gold (near) and its quote
import os, sys, json, importlib.util, importlib.machinery
loader = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
gold = json.load(open(sys.argv[1])); raw=json.load(open(sys.argv[2])); ex = S.Export(raw)
ref=os.path.basename(sys.argv[1]).split('.')[0]
for g in gold["articles"]:
    sys_e = ex.eng_by_file.get(g["file"], {})
    countries = {p["name"]: p.get("country") for p in g["persons"]}
    m = S.greedy(g["engagements"], sys_e, lambda ge, se: S.eng_match(ge, se, ex, countries))
    used = set(m.values())
    missed=[ge for gi,ge in enumerate(g["engagements"]) if gi not in m]
    for sid, se in sys_e.items():
        if sid in used: continue
        names=[ex.actors.get(p,{}).get('name',p) for p in se.get('participants') or []]
        q=[r.get('quote','') for r in se.get('reports',[])]
        tag = "NEAR" if missed else "ALONE"
        print("%s %s %s %s %s %s %s" % (tag, ref, g['file'][:60], se.get('type'), se.get('date'), se.get('status'), names))
        for r in se.get('reports',[]): print("    Q[%s]: %s" % (r.get('date_basis'), r.get('quote','')[:400]))
        if missed:
            for ge in missed: print("    MISS %s %s %s" % (ge['type'], ge['date'], ge['participants']))
        print("    GOLD:", [(x['type'],x['date'],x['participants']) for x in g['engagements']])
