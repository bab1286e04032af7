#!/bin/bash
# queue.sh TAG:BIN ...: pairs one after the other (pair.sh), checking the 900k store's size and mtime around each
# (PDIR: the folder of another copy of the store, as in pair.sh).
cd ${PDIR:-/tmp/s32/scale32}
for p in "$@"; do
  tag=${p%%:*} bin=${p#*:}
  b=$(stat -c '%s %Y' b900/bench.db)
  /tmp/s32/scale32/scripts/pair.sh $tag $bin
  a=$(stat -c '%s %Y' b900/bench.db)
  echo "$tag store before $b after $a" >> /tmp/s32/scale32/out/store.txt
done
