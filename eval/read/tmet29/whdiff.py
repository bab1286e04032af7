import json,sys,collections
def load(p):
    E=json.load(open(p)); m={}
    for t in E['targets']:
        for h in t['history']:
            k=(h['article'],h['start'],h.get('value'),h.get('unit'))
            m[k]=(t['id'],t['metric'],tuple(h.get('holders') or []),h['quote'])
    return E,m
A,ma=load(sys.argv[1]); B,mb=load(sys.argv[2])
lost=[k for k in ma if k not in mb]; new=[k for k in mb if k not in ma]
print('lost',len(lost),'new',len(new))
for k in lost: print('LOST',k[2],k[3],ma[k][1],ma[k][2],'|',ma[k][3][:250])
for k in new: print('NEW',k[2],k[3],mb[k][1],mb[k][2],'|',mb[k][3][:250])
# joins: pairs of mentions in same target in B but not A, and vice versa
def groups(m):
    g=collections.defaultdict(list)
    for k,v in m.items(): g[v[0]].append(k)
    return g
ga,gb=groups(ma),groups(mb)
ida={k:v[0] for k,v in ma.items()}; idb={k:v[0] for k,v in mb.items()}
common=[k for k in ma if k in mb]
pa=set(); pb=set()
for g,ks in ga.items():
    ks=[k for k in ks if k in mb]
    for i in range(len(ks)):
        for j in range(i+1,len(ks)): pa.add(tuple(sorted((ks[i],ks[j]))))
for g,ks in gb.items():
    ks=[k for k in ks if k in ma]
    for i in range(len(ks)):
        for j in range(i+1,len(ks)): pb.add(tuple(sorted((ks[i],ks[j]))))
print('joins only new',len(pb-pa),'joins only old',len(pa-pb))
for p in sorted(pb-pa)[:40]:
    print('JOIN+', p[0][2], p[0][3], '|', ma[p[0]][1], '|', ma[p[1]][1], '||', mb[p[0]][1], '|', mb[p[1]][1])
for p in sorted(pa-pb)[:40]:
    print('JOIN-', p[0][2], p[0][3], '|', ma[p[0]][1], '|', ma[p[1]][1], '||', mb[p[0]][1], '|', mb[p[1]][1])
# metric changes
ch=[(k,ma[k][1],mb[k][1]) for k in common if ma[k][1]!=mb[k][1]]
print('metric changed',len(ch))
hc=[(k,ma[k][2],mb[k][2]) for k in common if ma[k][2]!=mb[k][2]]
print('holders changed',len(hc))
for k,a,b in hc: print('HOLD',k[2],k[3],a,b,'|',ma[k][3][:200])
