import json,sys,collections,importlib.machinery,importlib.util
loader = importlib.machinery.SourceFileLoader("score", "/work/shared/eval/score")
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
tot=collections.Counter()
for ref in sys.argv[1:]:
    gold=json.load(open(f"eval/refs/{ref}.gold.json")); ex=S.Export(json.load(open(f"/tmp/s36/m0/{ref}.json")))
    for g in gold["articles"]:
        st=ex.tgt_by_file.get(g["file"],{})
        groups=collections.defaultdict(list)
        for sid,t in st.items():
            groups[(t.get("value"),t.get("unit"),tuple(sorted(t.get("holders") or [])))].append(t)
        for k,ts in groups.items():
            if len(ts)<2: continue
            ng=sum(1 for gt in g["targets"] if gt["value"]==k[0] and gt["unit"]==k[1])
            tot["dupgroups"]+=1; tot["gold%d"%min(ng,2)]+=1
            print(ref, g["file"][:50], k, "gold:",ng, [t["metric"][:50] for t in ts])
print(tot)
