#!/bin/bash
# run.sh ACCORD DIR : ingest DIR's md files into a fresh db, print engagements per file
A=$1; D=$2; rm -f /tmp/s37/h/extra37/t/x.db*
$A ingest --db /tmp/s37/h/extra37/t/x.db $D >/dev/null 2>&1
$A export --db /tmp/s37/h/extra37/t/x.db -o /tmp/s37/h/extra37/t/x.json >/dev/null 2>&1
python3 - <<'PY'
import json
d=json.load(open('/tmp/s37/h/extra37/t/x.json'))
acts={a['id']:a['name'] for a in d['actors']}
arts={a['id']:a.get('file') or a.get('title') for a in d['articles']}
rows=[]
for e in d['engagements']:
    for r in e.get('reports',[]):
        rows.append((str(arts.get(r.get('article'),r.get('article')))[-40:], e['type'], e.get('date'), [acts.get(p,p) for p in e.get('participants',[])], r.get('quote','')[:110]))
for r in sorted(rows, key=lambda x: x[0]): print(*r)
PY
