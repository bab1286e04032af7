import json,sys
def groups(p):
    d=json.load(open(p)); arts={a['id']:a['file'].split('/')[-1] for a in d['articles']}
    g={}
    for t in d['targets']:
        key=frozenset((m['article'],m.get('start')) for m in t['mentions'])
        g[key]=(t['metric'],t['value'],t['unit'],t['holders'],[(arts.get(h['article'],'?')[:50],h['published'],h['value'],h.get('quote','')[:150]) for h in t['history']])
    return g
a,b=groups(sys.argv[1]),groups(sys.argv[2])
for k in a.keys()-b.keys(): print('OLD',a[k][:4]); [print('    ',x) for x in a[k][4]]
for k in b.keys()-a.keys(): print('NEW',b[k][:4]); [print('    ',x) for x in b[k][4]]
