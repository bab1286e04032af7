import json,sys,collections,datetime
d=json.load(open(sys.argv[1]));A={a['id']:a for a in d['actors']};arts={a['id']:a['file'] for a in d['articles']}
cls={'talks':'meeting','meeting':'meeting','video_call':'phone_call','phone_call':'phone_call'}
by=collections.defaultdict(list)
for e in d['engagements']:
  if e.get('status')!='held' or len(e['date'])!=10 or e['type'] not in cls: continue
  c=tuple(sorted(e.get('countries') or []))
  if len(c)!=2: continue
  by[(c,cls[e['type']])].append(e)
def dd(a,b): return abs((datetime.date.fromisoformat(a)-datetime.date.fromisoformat(b)).days)
n=0
for k,es in by.items():
  es.sort(key=lambda e:e['date'])
  for i in range(len(es)):
    for j in range(i+1,len(es)):
      a,b=es[i],es[j]
      if dd(a['date'],b['date'])>1: break
      n+=1
      print('==',k, a['date'],b['date'])
      for e in (a,b): print('   ',e['id'],e['type'],[A[p]['name'] for p in e['participants']],[(arts[r['article']][:70],r['date_basis']) for r in e['reports']][:3]); print('      ',e['reports'][0]['quote'][:200])
print(n)
