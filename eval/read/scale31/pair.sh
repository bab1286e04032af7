#!/bin/bash
# pair.sh TAG BIN: f (the first 100,000 into an empty store) and n (the next 100,000 into the 900k store) at
# once, so that both see the same load; then CPU ms an article of each and f/n. (scale28's, with session 29's
# paths: the work in /tmp/s31/scale31, the 900k store and the inputs session 28s, /tmp/s28/scale28/{b900,d},
# through the links b900 and d; the disk had 22 GB free.)
tag=$1 bin=$2
S=/work/main/eval/read/scale26/snapexp.sh
export DIR=/tmp/s31/scale31
O=$DIR/out
mkdir -p $O
PRE="${EXTRA:-}" EMPTYDIR=$DIR/empty-$tag EMPTY=1 $S f-$tag $bin $DIR/d/${F:-f}.jsonl > $O/f-$tag.out 2>&1 &
sleep 2
PRE="${EXTRA:-}" $S n-$tag $bin $DIR/d/${N:-n}.jsonl > $O/n-$tag.out 2>&1
wait
f=$(grep -o "cpu [0-9.]* ms" $O/f-$tag.out | grep -o "[0-9.]*")
n=$(grep -o "cpu [0-9.]* ms" $O/n-$tag.out | grep -o "[0-9.]*")
echo "$tag f $f n $n f/n $(echo "scale=3; $f/$n" | bc)" | tee -a $O/pairs.txt
