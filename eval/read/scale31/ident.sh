#!/bin/bash
# ident.sh NAME: for /tmp/s31/scale31/NAME/accord: all.sh (unless SKIPALL), the WH corpus, 10,000 generated articles.
n=$1; shift
d=/tmp/s31/scale31/$n
[ -n "${SKIPALL:-}" ] || /work/tools/all.sh $d > $d/all.txt 2>&1
rm -f $d/wh.db* $d/g10k.db*
[ -n "${SKIPWH:-}" ] || { $d/accord ingest --quiet "$@" --db $d/wh.db /work/shared/corpus/whitehouse > $d/wh.log 2>&1; $d/accord export --db $d/wh.db -o $d/wh.json; }
$d/accord ingest --quiet "$@" --db $d/g10k.db /tmp/s28/scale28/d/g10k.jsonl > $d/g10k.log 2>&1
$d/accord export --db $d/g10k.db -o $d/g10k.json
rm -f $d/wh.db* $d/g10k.db*
echo "$n $* done $(date -u +%T)" >> /tmp/s31/scale31/ident.done
