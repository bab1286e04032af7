#!/bin/bash
# usage: run.sh ACCORD OUTDIR [pairs...]
A=$1; O=$2; shift 2; mkdir -p $O
cd /tmp/s28/h/tclu28/pages
for p in ${@:-$(ls)}; do
  rm -f $O/$p.db*; $A ingest --db $O/$p.db $p >/dev/null 2>&1; $A export --db $O/$p.db -o $O/$p.json >/dev/null 2>&1
  python3 - $O/$p.json $p <<'PY'
import json,sys
d=json.load(open(sys.argv[1])); arts={a['id']:a['file'].split('/')[-1][:1] for a in d['articles']}
print('==',sys.argv[2])
for t in d['targets']:
    hs=' '.join('%s:%g%s%s%s'%(arts[h['article']],h['value'],h.get('unit',''),'/'+h['deadline'] if h.get('deadline') else '','/'+h['period'] if h.get('period') else '') for h in t['history'])
    print('  %s %-45s %s %s | %s'%(t['id'][-6:],t['metric'][:45],t['unit'],','.join(t['holders']),hs))
PY
done
