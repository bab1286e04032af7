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
        print("X", g["file"][:50], "|", t.get("metric"), t.get("value"), t.get("unit"), t.get("deadline"), t.get("period"), t.get("holders"))
