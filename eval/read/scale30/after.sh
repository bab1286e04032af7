#!/bin/bash
# after.sh PID TAG:BIN...: waits for process PID to end, then queue.sh TAG:BIN...
while kill -0 $1 2>/dev/null; do sleep 5; done
shift
exec /tmp/s30/scale30/scripts/queue.sh "$@"
