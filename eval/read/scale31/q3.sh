#!/bin/bash
cd /tmp/s31/scale31
while kill -0 4341 2>/dev/null; do sleep 5; done
echo "main2 store before 7388237824 1795951145 after $(stat -c '%s %Y' b900/bench.db) (checked by q3.sh after main2)" >> out/store.txt
scripts/queue.sh t2a:/tmp/s31/scale31/t2/accord main3:/tmp/s31/scale31/main/accord t2b:/tmp/s31/scale31/t2/accord main4:/tmp/s31/scale31/main/accord t2c:/tmp/s31/scale31/t2/accord
