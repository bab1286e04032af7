#!/bin/bash
# pair.sh TAG BIN: f (first 100,000 into an empty store) and n (the next 100,000 into the 900k store) at
# once, so that both see the same load; then CPU ms an article of each and f/n.
tag=$1 bin=$2
S=/work/wt/scale26/eval/read/scale26/snapexp.sh
PRE="ACCORD_MEMPROFILE=/tmp/s26/scale26/mem-f-$tag.pb.gz ${EXTRA:-}" EMPTYDIR=/dev/shm/s26-scale26/emptystore EMPTY=1 $S f-$tag $bin /tmp/s26/scale26/${F:-f}.jsonl > /tmp/s26/scale26/f-$tag.out 2>&1 &
sleep 2
PRE="ACCORD_MEMPROFILE=/tmp/s26/scale26/mem-n-$tag.pb.gz ${EXTRA:-}" $S n-$tag $bin /tmp/s26/scale26/${N:-n}.jsonl > /tmp/s26/scale26/n-$tag.out 2>&1
wait
f=$(grep -o "cpu [0-9.]* ms" /tmp/s26/scale26/f-$tag.out | grep -o "[0-9.]*")
n=$(grep -o "cpu [0-9.]* ms" /tmp/s26/scale26/n-$tag.out | grep -o "[0-9.]*")
echo "$tag f $f n $n f/n $(echo "scale=3; $f/$n" | bc)" | tee -a /tmp/s26/scale26/pairs.txt
