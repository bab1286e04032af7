#!/bin/bash
cd /tmp/s31/scale31
while pgrep -f "^/bin/bash ./q3.sh" >/dev/null; do sleep 5; done
scripts/queue.sh main5:/tmp/s31/scale31/main/accord t2d:/tmp/s31/scale31/t2/accord main6:/tmp/s31/scale31/main/accord t2e:/tmp/s31/scale31/t2/accord
