#!/usr/bin/env bash
# run.sh BIN DIR...: ingest each group folder into its own store; print targets with statements
bin=$1; shift
for g in "$@"; do
  db=$(mktemp -u /tmp/s37/h/tgt37b/t/db.XXXX); $bin ingest --db $db $g >/dev/null 2>&1; $bin export --db $db -o $db.json >/dev/null 2>&1
  python3 - $db.json $g <<'PY'
import json,sys
ex=json.load(open(sys.argv[1])); arts={a['id']:a['file'].split('/')[-1] for a in ex['articles']}
print("==", sys.argv[2])
for t in ex['targets']:
    print("  ", repr(t['metric'][:90]), t['value'], t['unit'], t.get('deadline'), t.get('period'), t['holders'])
    for h in t['history']:
        print("       ", arts[h['article']][:22], h['value'], h.get('unit'), h.get('deadline'), h.get('period'), h['holders'], "|", (h.get('quote') or '')[:110])
PY
  rm -f $db*
done
