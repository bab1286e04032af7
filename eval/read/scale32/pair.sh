#!/bin/bash
# pair.sh TAG BIN: f (the first 100,000 into an empty store) and n (the next 100,000 into the 900k store) at
# once, so that both see the same load; then CPU ms an article of each and f/n. (scale31's, with session 32's
# paths: the work, the 900k store (rebuilt this session: b900/bench.db) and the inputs (d/) in /tmp/s32/scale32.)
tag=$1 bin=$2
S=/work/main/eval/read/scale26/snapexp.sh
# PDIR: another work folder with its own copy of the 900k store (b900/) and a link d -> ../d, so that
# two pairs (main's and the branch's) run at once, all four ingests under the same load.
export DIR=${PDIR:-/tmp/s32/scale32}
O=/tmp/s32/scale32/out
mkdir -p $O
PRE="${EXTRA:-}" EMPTYDIR=$DIR/empty-$tag EMPTY=1 $S f-$tag $bin $DIR/d/${F:-f}.jsonl > $O/f-$tag.out 2>&1 &
sleep 2
PRE="${EXTRA:-}" $S n-$tag $bin $DIR/d/${N:-n}.jsonl > $O/n-$tag.out 2>&1
wait
f=$(grep -o "cpu [0-9.]* ms" $O/f-$tag.out | grep -o "[0-9.]*")
n=$(grep -o "cpu [0-9.]* ms" $O/n-$tag.out | grep -o "[0-9.]*")
echo "$tag f $f n $n f/n $(echo "scale=3; $f/$n" | bc)" | tee -a $O/pairs.txt
