import os, sys, json, importlib.machinery, importlib.util
loader = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
gold = json.load(open(sys.argv[1])); ex = S.Export(json.load(open(sys.argv[2])))
for g in gold["articles"]:
    sys_t = ex.tgt_by_file.get(g["file"], {})
    m = S.greedy(g["targets"], sys_t, S.tgt_match)
    used = set(m.values())
    for sid, t in sys_t.items():
        if sid in used: continue
        twins=[(oid,o) for oid,o in sys_t.items() if oid!=sid and o.get('unit')==t.get('unit') and o.get('value')==t.get('value')]
        if twins: print("DUP", g["file"][:45], "|", t.get("metric"), t.get("value"), t.get("unit"), t.get("holders"), "|| twin:", [(o.get('metric'), o.get('holders'), oid in used) for oid,o in twins])
