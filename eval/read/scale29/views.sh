#!/bin/bash
# views.sh NAME BIN [ENV]: 10,000 generated articles into a store, then views read from it, into NAME/
n=$1 b=$2; shift 2
rm -rf $n; mkdir -p $n
env "$@" $b ingest --quiet --db $n/g.db /tmp/s29/scale29/d/g10k.jsonl > $n/ingest.log 2>&1
cd $n
for p in "US CN" "US GB" "FR DE" "JP KR" "IN PK"; do
  set -- $p
  $b brief --db g.db $1 $2 > brief-$1$2.md 2>&1
  $b timeline --db g.db $1 $2 --json > tl-$1$2.json 2>&1
done
$b events --db g.db --country US --json > events-US.json 2>&1
$b targets --db g.db --json > targets.json 2>&1
$b actors --db g.db --country FR --json > actors-FR.json 2>&1
t=$(python3 -c "import json;d=json.load(open('targets.json'));d=d if isinstance(d,list) else d.get('targets',d);print(d[0]['id'] if d else '')" 2>/dev/null)
[ -n "$t" ] && $b target --db g.db $t --all --json > target1.json 2>&1
sqlite3 g.db "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM entity_ids), (SELECT count(*) FROM entity_ids_staged), (SELECT value FROM meta WHERE key='entity_ids_staged')" > counts.txt 2>&1
rm -f g.db*
