import json,sys
def load(p):
    d=json.load(open(p)); arts={a['id']:a['file'].split('/')[-1] for a in d['articles']}
    out=set()
    for t in d['targets']:
        for h in t['history']:
            out.add((arts[h['article']][:60], t['metric'][:60], h.get('value'), h.get('unit'), h.get('deadline'), h.get('period'), tuple(h.get('holders') or []), len(t['history'])))
    return out
a=load(sys.argv[1]); b=load(sys.argv[2])
for x in sorted(a-b): print("-",x)
for x in sorted(b-a): print("+",x)
