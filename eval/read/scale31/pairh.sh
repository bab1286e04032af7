#!/bin/bash
# pairh.sh TAG BIN: pair.sh with each side serving pprof (f on 6072, n on 6071), heap profiles fetched every 30 s
# into snap-heap/: what is live at f and at n (not a measurement: the fetches cost a little CPU).
tag=$1 bin=$2
S=/work/main/eval/read/scale26/snapexp.sh
export DIR=/tmp/s31/scale31
O=$DIR/out H=$DIR/snap-heap-$tag
mkdir -p $O $H
PRE="ACCORD_PPROF=127.0.0.1:6072" EMPTYDIR=$DIR/empty-$tag EMPTY=1 $S f-$tag $bin $DIR/d/f.jsonl > $O/f-$tag.out 2>&1 &
fp=$!
sleep 2
PRE="ACCORD_PPROF=127.0.0.1:6071" $S n-$tag $bin $DIR/d/n.jsonl > $O/n-$tag.out 2>&1 &
np=$!
i=0
while kill -0 $np 2>/dev/null; do
  sleep 30; i=$((i+1))
  curl -s -o $H/n-$i.pb.gz http://127.0.0.1:6071/debug/pprof/heap
  curl -s -o $H/f-$i.pb.gz http://127.0.0.1:6072/debug/pprof/heap
done
wait
f=$(grep -o "cpu [0-9.]* ms" $O/f-$tag.out | grep -o "[0-9.]*")
n=$(grep -o "cpu [0-9.]* ms" $O/n-$tag.out | grep -o "[0-9.]*")
echo "$tag f $f n $n f/n $(echo "scale=3; $f/$n" | bc)" | tee -a $O/pairs.txt
