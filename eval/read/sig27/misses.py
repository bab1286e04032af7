import json,os,re,sys,collections
S='/work/shared'
START=sys.argv[1] if len(sys.argv)>1 else '/tmp/s27/start'
TYPES=set((sys.argv[2] if len(sys.argv)>2 else 'signing,summit,press_conference').split(','))
refs=[('dev%d'%i,'/work/refs/dev%d.gold.json'%i,'/work/refs/dev%d/docs'%i) for i in list(range(43,44))+list(range(46,62))]
refs+=[('outlets',S+'/eval/outlets.gold.json',S+'/eval/outlets/docs'),('whdev',S+'/eval/whitehouse-dev.gold.json',S+'/corpus/whitehouse')]
KW={'signing':r'sign|ink|exchang|memorand|MoU|agreement','summit':r'[Ss]ummit|G7|G20|APEC|ASEAN|NATO|CHOGM|BRICS|[Cc]onference','press_conference':r'[Pp]ress|[Mm]edia|reporters|journalists|Q&A'}
idx={}
def findfile(root,f):
    if root not in idx:
        idx[root]={}
        for r,_,fs in os.walk(root):
            for x in fs: idx[root][x]=os.path.join(r,x)
    return idx[root].get(f)
tot=collections.Counter(); mis=collections.Counter(); ext=collections.Counter()
for name,gp,docs in refs:
    g=json.load(open(gp)); ex=json.load(open(f'{START}/{name}.json'))
    A={a['id']:a for a in ex['actors']}
    arts={a['id']:os.path.basename(a['file']) for a in ex['articles']}
    missed=set(); extras=[]
    for l in open(f'{START}/{name}.verbose'):
        m=re.match(r'\s+missed engagement (\S+) in (\S+)',l)
        if m: missed.add((m.group(1),m.group(2)))
        m=re.match(r'\s+extra engagement (\S+) (\S+) (.*) in (\S+)$',l)
        if m and m.group(1) in TYPES: extras.append(m.groups()); ext[m.group(1)]+=1
    for a in g['articles']:
        for e in a['engagements']:
            if e['type'] not in TYPES: continue
            tot[e['type']]+=1
            if (e['key'],a['file']) not in missed: continue
            mis[e['type']]+=1
            print(f"### {name} MISS {e['type']} {e['date']} {e['participants']} place={e.get('place_country')} key={e['key']}\n    file={a['file']}")
            sysE=[x for x in ex['engagements'] if any(arts.get(r['article'])==a['file'] for r in x['reports'])]
            for x in sysE: print('    S',x['type'],x.get('date'),[A[p]['name'] for p in x['participants']])
            p=findfile(docs,a['file'])
            if p and '-v' in sys.argv:
                txt=open(p).read()
                for s in re.split(r'(?<=[.!?])\s+|\n+',txt):
                    if re.search(KW[e['type']],s): print('    >',s.strip()[:300])
    for x in extras: print(f"### {name} EXTRA {x[0]} {x[1]} {x[2]} file={x[3]}")
print('TOTAL',dict(tot),'MISSED',dict(mis),'EXTRA',dict(ext),file=sys.stderr)
