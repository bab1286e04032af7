#!/bin/bash
# queue.sh TAG:BIN ...: pairs one after the other (pair.sh), checking the 900k store's size and mtime around each.
cd /tmp/s31/scale31
for p in "$@"; do
  tag=${p%%:*} bin=${p#*:}
  b=$(stat -c '%s %Y' b900/bench.db)
  scripts/pair.sh $tag $bin
  a=$(stat -c '%s %Y' b900/bench.db)
  echo "$tag store before $b after $a" >> out/store.txt
done
