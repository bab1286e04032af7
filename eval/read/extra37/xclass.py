#!/usr/bin/env python3
# xclass.py GOLD EXPORT: every extra system engagement, classed by its relation to the golds of its file
# SAMEPAIR-MATCHED: a gold with the same sides is matched by another system engagement (double count / other event)
# SAMEPAIR-MISSED: a gold with the same sides (any type/date) is missed (wrong type/date: others' class)
# OTHERSIDES-MISS: sides match no gold, the file has a missed gold; OTHERSIDES: nothing missed in the file
import os, sys, json, re, importlib.util, importlib.machinery
loader = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
gold = json.load(open(sys.argv[1])); raw = json.load(open(sys.argv[2])); ex = S.Export(raw)
ref = os.path.basename(sys.argv[1]).split('.')[0]
CUES = [("plan", r"\b(invit\w*|look(s|ed)? forward|will (visit|meet|hold|travel|host)|agreed to (hold|meet|visit)|upcoming|next (week|month|year)|planned|plans? to|to be held|scheduled|expected to|prepar\w+)\b"),
        ("neg", r"\b(not|no|never|cancel\w*|postpon\w*|called off|declin\w*|without)\b"),
        ("past", r"\b(ago|last (year|month|week)|previous\w*|earlier|recall\w*|since|in (19|20)\d\d|former|first met|had met|had held)\b"),
        ("hyp", r"\b(if|would|could|might)\b")]
for g in gold["articles"]:
    sys_e = ex.eng_by_file.get(g["file"], {})
    countries = {p["name"]: p.get("country") for p in g["persons"]}
    m = S.greedy(g["engagements"], sys_e, lambda ge, se: S.eng_match(ge, se, ex, countries))
    used = {v: k for k, v in m.items()}
    missed = [gi for gi in range(len(g["engagements"])) if gi not in m]
    for sid, se in sys_e.items():
        if sid in used: continue
        rel = None
        for gi, ge in enumerate(g["engagements"]):
            ge2 = dict(ge); ge2["type"] = se.get("type"); ge2["date"] = se.get("date")
            if S.eng_match(ge2, se, ex, countries):
                rel = ("SAMEPAIR-MATCHED" if gi in m else "SAMEPAIR-MISSED", gi)
                if gi not in m: break
        if rel is None:
            rel = ("OTHERSIDES-MISS" if missed else "OTHERSIDES", None)
        names = [ex.actors.get(p, {}).get('name', p) for p in se.get('participants') or []]
        q = " | ".join(r.get('quote', '') for r in se.get('reports', []))
        cues = [c for c, rx in CUES if re.search(rx, q, re.I)]
        print("%s %s %s %s %s %s %s" % (rel[0], ref, g['file'][:50], se.get('type'), se.get('date'), ",".join(cues) or "-", names))
        for r in se.get('reports', []): print("    Q[%s]: %s" % (r.get('date_basis'), r.get('quote', '')[:350]))
        if rel[1] is not None:
            ge = g["engagements"][rel[1]]; print("    SAME: %s %s %s" % (ge['type'], ge['date'], ge['participants']))
        print("    GOLD:", [(x['type'], x['date'], x['participants'], 'M' if i in m else 'MISS') for i, x in enumerate(g['engagements'])])
