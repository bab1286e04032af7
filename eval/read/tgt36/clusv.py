# clus.py GOLD EXPORT: for gold same-key pairs across documents, classify: both matched same sys / both matched diff sys / one missed / both missed
import sys, json, importlib.util
from itertools import combinations
import importlib.machinery
loader = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
spec = importlib.util.spec_from_loader("score", loader)
sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
gold = json.load(open(sys.argv[1])); ex = sc.Export(json.load(open(sys.argv[2])))
res = {"eng": [], "tgt": []}
for g in gold["articles"]:
    art = ex.articles.get(g["file"], {})
    sys_e = ex.eng_by_file.get(g["file"], {})
    countries = {p["name"]: p.get("country") for p in g["persons"]}
    m = sc.greedy(g["engagements"], sys_e, lambda ge, se: sc.eng_match(ge, se, ex, countries))
    for gi, ge in enumerate(g["engagements"]): res["eng"].append((ge["key"], m.get(gi), g["file"], ge))
    sys_t = ex.tgt_by_file.get(g["file"], {})
    m = sc.greedy(g["targets"], sys_t, sc.tgt_match)
    for gi, gt in enumerate(g["targets"]): res["tgt"].append((gt["key"], m.get(gi), g["file"], gt))
for k, links in res.items():
    c = {"same": 0, "diff": 0, "one": 0, "none": 0}
    for (k1, s1, f1, _), (k2, s2, f2, _) in combinations(links, 2):
        if k1 != k2: continue
        if s1 and s2: c["same" if s1 == s2 else "diff"] += 1
        elif s1 or s2: c["one"] += 1
        else: c["none"] += 1
        if "-v" in sys.argv and k=="tgt" and not (s1 and s2 and s1==s2): print("  ", "diff" if s1 and s2 else ("one" if s1 or s2 else "none"), k1, f1.split("/")[-1], bool(s1), f2.split("/")[-1], bool(s2))
    print(k, c)
