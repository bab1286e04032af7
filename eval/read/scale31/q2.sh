#!/bin/bash
cd /tmp/s31/scale31
b=$(stat -c '%s %Y' b900/bench.db)
EXTRA=ACCORD_TNARROWCHECK=1 scripts/pair.sh chk1 /tmp/s31/scale31/t1/accord
a=$(stat -c '%s %Y' b900/bench.db)
echo "chk1 store before $b after $a" >> out/store.txt
scripts/queue.sh t1a:/tmp/s31/scale31/t1/accord main2:/tmp/s31/scale31/main/accord t1b:/tmp/s31/scale31/t1/accord main3:/tmp/s31/scale31/main/accord t1c:/tmp/s31/scale31/t1/accord main4:/tmp/s31/scale31/main/accord t1d:/tmp/s31/scale31/t1/accord main5:/tmp/s31/scale31/main/accord
