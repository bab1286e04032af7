#!/usr/bin/env python3
# zerodiag.py GOLD EXPORT -- counts only (safe on a blind reference): gold engagements in documents where the export has none / fewer / same-or-more
import os, sys, json, importlib.util, importlib.machinery, collections
loader = importlib.machinery.SourceFileLoader("score", os.environ.get("ACCORD_SCORER", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score")))
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
gold = json.load(open(sys.argv[1])); ex = S.Export(json.load(open(sys.argv[2])))
C = collections.Counter(); D = collections.Counter(); T = collections.Counter()
for g in gold["articles"]:
    ng = len(g["engagements"]); ns = len(ex.eng_by_file.get(g["file"], {}))
    if ng == 0: D["gold none"] += 1; continue
    k = "sys 0" if ns == 0 else ("sys fewer" if ns < ng else "sys same+")
    D[k] += 1; C[k] += ng
    for e in g["engagements"]:
        if ns == 0: T[e["type"]] += 1
print("docs", dict(D), "gold engagements", dict(C), "types in sys-0 docs", dict(T))
