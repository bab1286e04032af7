#!/bin/bash
# then.sh: after the queue (PID $1): the check pair (chk.sh), then queue.sh with the rest.
q=$1; shift
/tmp/s30/scale30/scripts/chk.sh $q
exec /tmp/s30/scale30/scripts/queue.sh "$@"
