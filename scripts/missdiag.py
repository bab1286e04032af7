#!/usr/bin/env python3
# missdiag.py GOLD EXPORT [--quiet]: per missed gold engagement/target, the nearest failure reason (counts only with --quiet)
import os, sys, json, collections, importlib.util, importlib.machinery
loader = importlib.machinery.SourceFileLoader("score", os.environ.get("ACCORD_SCORER", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score")))
spec = importlib.util.spec_from_loader("score", loader); S = importlib.util.module_from_spec(spec); loader.exec_module(S)
gold = json.load(open(sys.argv[1])); ex = S.Export(json.load(open(sys.argv[2])))
quiet = "--quiet" in sys.argv
E = collections.Counter(); T = collections.Counter(); X = collections.Counter()
for g in gold["articles"]:
    sys_e = ex.eng_by_file.get(g["file"], {})
    countries = {p["name"]: p.get("country") for p in g["persons"]}
    m = S.greedy(g["engagements"], sys_e, lambda ge, se: S.eng_match(ge, se, ex, countries))
    used = set(m.values())
    free = {k: v for k, v in sys_e.items() if k not in used}
    for gi, ge in enumerate(g["engagements"]):
        if gi in m: continue
        reasons = []
        for sid, se in free.items():
            r = []
            if S.TYPE_EQUIV.get(ge["type"], ge["type"]) != S.TYPE_EQUIV.get(se.get("type"), se.get("type")): r.append("type:%s->%s" % (ge["type"], se.get("type")))
            if not S.date_ok(ge["date"], se.get("date")): r.append("date" + ("(month)" if len(ge["date"]) == 7 else "(day)") + (":samemonth" if (se.get("date") or "")[:7] == ge["date"][:7] else ""))
            got = [ex.actors.get(p, {"name": p}) for p in se.get("participants") or []]
            if len(got) != len(ge["participants"]): r.append("nparts %d->%d" % (len(ge["participants"]), len(got)))
            else:
                def ok(name, a, exact):
                    if name in countries: return S.same_person(name, countries.get(name), a, exact)
                    code = ex.country_code(name)
                    if a.get("type") == "country": return S.norm(name) in ex.names(a.get("id")) or (code is not None and a.get("country") == code)
                    return not exact and code is not None and a.get("type") == "person" and a.get("country") == code
                mm = S.pair_up(ge["participants"], got, ok)
                if len(mm) != len(got): r.append("who")
            reasons.append(r)
        if not reasons: why = "none in doc"
        else:
            best = min(reasons, key=len)
            why = "+".join(x.split(":")[0] if x.startswith("type") and False else x for x in best) if len(best) <= 1 else ("2+: " + "+".join(sorted(x.split(" ")[0].split(":")[0] for x in best)))
        E[why] += 1
        if not quiet: print("E", g["file"][:50], ge["type"], ge["date"], ge["participants"], "=>", why)
    for sid, se in free.items():
        X[se.get("type")] += 1
    sys_t = ex.tgt_by_file.get(g["file"], {})
    m = S.greedy(g["targets"], sys_t, S.tgt_match)
    used = set(m.values()); free = {k: v for k, v in sys_t.items() if k not in used}
    for gi, gt in enumerate(g["targets"]):
        if gi in m: continue
        reasons = []
        for sid, t in free.items():
            r = []
            if S.norm(gt["unit"]) != S.norm(t.get("unit")): r.append("unit")
            v = t.get("value")
            if not isinstance(v, (int, float)) or abs(v - gt["value"]) > 0.01 * abs(gt["value"]): r.append("value")
            if gt.get("deadline") and str(t.get("deadline")) != gt["deadline"]: r.append("deadline")
            if gt.get("period") and str(t.get("period")) != gt["period"]: r.append("period")
            if sorted(gt["holders"]) != sorted(t.get("holders") or []): r.append("holders %s->%s" % (sorted(gt["holders"]), sorted(t.get("holders") or [])) if not quiet else "holders")
            words = {w for w in S.norm(gt["metric"]).split() if len(w) > 2}
            if not (words & set(S.norm(t.get("metric")).split())): r.append("metric")
            reasons.append(r)
        why = "none in doc" if not reasons else "+".join(min(reasons, key=len))
        if len(why) > 60: why = why[:60]
        T[why] += 1
        if not quiet: print("T", g["file"][:50], gt["metric"], gt["value"], gt["unit"], gt.get("deadline"), gt["holders"], "=>", why)
print("engagement misses:", dict(E.most_common()))
print("extra engagements by type:", dict(X.most_common()))
print("target misses:", dict(T.most_common()))
