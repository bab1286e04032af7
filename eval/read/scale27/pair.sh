#!/bin/bash
# pair.sh TAG BIN: f (the first 100,000 into an empty store) and n (the next 100,000 into the 900k store) at
# once, so that both see the same load; then CPU ms an article of each and f/n. (scale26's, with session 27's
# paths: everything in /dev/shm/s27, the disk had 7 GB free.)
tag=$1 bin=$2
S=$(dirname "$0")/../scale26/snapexp.sh
O=/tmp/s27/scale27
export DIR=/dev/shm/s27
PRE="${EXTRA:-}" EMPTYDIR=/dev/shm/s27/empty-$tag EMPTY=1 $S f-$tag $bin /dev/shm/s27/${F:-f}.jsonl > $O/f-$tag.out 2>&1 &
sleep 2
PRE="${EXTRA:-}" $S n-$tag $bin /dev/shm/s27/${N:-n}.jsonl > $O/n-$tag.out 2>&1
wait
f=$(grep -o "cpu [0-9.]* ms" $O/f-$tag.out | grep -o "[0-9.]*")
n=$(grep -o "cpu [0-9.]* ms" $O/n-$tag.out | grep -o "[0-9.]*")
echo "$tag f $f n $n f/n $(echo "scale=3; $f/$n" | bc)" | tee -a $O/pairs.txt
