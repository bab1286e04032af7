#!/usr/bin/env bash
# run.sh BIN DIR...: ingest each group folder into its own store; print targets with statements
bin=$1; shift
for g in "$@"; do
  db=$(mktemp -u /tmp/s33/h/tclus33/db.XXXX); $bin ingest --db $db $g >/dev/null 2>&1; $bin export --db $db -o $db.json >/dev/null 2>&1
  python3 - $db.json $g <<'PY'
import json,sys
ex=json.load(open(sys.argv[1])); arts={a['id']:a['file'] for a in ex['articles']}
print("==", sys.argv[2])
for t in ex['targets']:
    print("  ", t['id'][:10], repr(t['metric'][:90]), t['value'], t['unit'], t['holders'], [(arts[h['article']][:12], h['value']) for h in t['history']])
PY
  rm -f $db*
done
