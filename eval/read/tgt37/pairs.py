import json,sys,collections
d=json.load(open(sys.argv[1])); arts={a['id']:a['file'].split('/')[-1] for a in d['articles']}
by=collections.defaultdict(list)
for t in d['targets']:
    for h in t['history']:
        by[h['article']].append((t['metric'],h.get('value'),h.get('unit'),h.get('deadline'),h.get('period'),tuple(h.get('holders') or []),t['id'],(h.get('quote') or '')[:90]))
cur={'USD','EUR','GBP','JPY','AUD','CAD','NZD','CNY','INR','KRW'}
for a,L in by.items():
    for i in range(len(L)):
        for j in range(i+1,len(L)):
            x,y=L[i],L[j]
            if x[6]==y[6]: continue
            if x[1]!=y[1] or x[2]!=y[2] or x[5]!=y[5]: continue
            if x[3] and y[3] and x[3]!=y[3]: continue
            if x[4] and y[4] and x[4]!=y[4]: continue
            bare = (' ' not in x[0].strip()) or (' ' not in y[0].strip())
            big = x[2] in cur and x[1]>=1e9 or x[2]=='percent' and (x[3] or y[3])
            if bare and big: print(arts[a][:50],'|',x[0][:40],'|',y[0][:40],x[1],x[2],x[5],'\n    ',x[7],'\n    ',y[7])
