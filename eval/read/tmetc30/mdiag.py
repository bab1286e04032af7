import os, sys, json, importlib.util, importlib.machinery
loader = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
gold = json.load(open(sys.argv[1])); ex = S.Export(json.load(open(sys.argv[2])))
for g in gold["articles"]:
    sys_t = ex.tgt_by_file.get(g["file"], {})
    m = S.greedy(g["targets"], sys_t, S.tgt_match)
    used = set(m.values())
    for gi, gt in enumerate(g["targets"]):
        if gi in m: continue
        for sid, t in sys_t.items():
            if sid in used: continue
            v = t.get("value")
            if S.norm(gt["unit"]) == S.norm(t.get("unit")) and isinstance(v,(int,float)) and abs(v-gt["value"]) <= 0.01*abs(gt["value"]):
                why=[]
                if gt.get("deadline") and str(t.get("deadline")) != gt["deadline"]: why.append("deadline %s/%s"%(gt["deadline"],t.get("deadline")))
                if gt.get("period") and str(t.get("period")) != gt["period"]: why.append("period %s/%s"%(gt["period"],t.get("period")))
                if sorted(gt["holders"]) != sorted(t.get("holders") or []): why.append("holders %s/%s"%(gt["holders"],t.get("holders")))
                words = {w for w in S.norm(gt["metric"]).split() if len(w) > 2}
                if not (words & set(S.norm(t.get("metric")).split())): why.append("METRIC")
                print(g["file"][:45], "|", ",".join(why), "| gold:", gt["metric"], "| ours:", t.get("metric"))
