#!/bin/bash
cd /tmp/s31/scale31
while pgrep -f "^/bin/bash ./q3.sh" >/dev/null; do sleep 5; done
b=$(stat -c '%s %Y' b900/bench.db)
scripts/pairh.sh heap1 /tmp/s31/scale31/main/accord
echo "heap1 store before $b after $(stat -c '%s %Y' b900/bench.db)" >> out/store.txt
scripts/queue.sh t2d:/tmp/s31/scale31/t2/accord main5:/tmp/s31/scale31/main/accord t2e:/tmp/s31/scale31/t2/accord
