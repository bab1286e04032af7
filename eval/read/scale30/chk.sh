#!/bin/bash
# chk.sh: after the queue (PID $1), one pair of t3 with ACCORD_TSUMCHECK=1 (every target the summary rules out tested too; a panic fails the run): not a measurement.
while kill -0 $1 2>/dev/null; do sleep 5; done
cd /tmp/s30/scale30
b=$(stat -c '%s %Y' b900/bench.db)
EXTRA="ACCORD_TSUMCHECK=1" scripts/pair.sh chk3 /tmp/s30/scale30/t3/accord
echo "chk3 store before $b after $(stat -c '%s %Y' b900/bench.db)" >> out/store.txt
