#!/bin/bash
# snapexp.sh TAG BIN CORPUS: ingest CORPUS into the 900k store itself while a reader holds its
# snapshot from the start (no checkpoint can copy a frame into bench.db; the WAL keeps every page
# written), then drop the WAL: the store is back as it was. Stages, CPU profile, WAL frames by B-tree.
# DIR (default /tmp/s24/scale) holds b900/bench.db and the work; session 25 ran it with DIR=/tmp/s25/scale; session 26 with the 900k store in /dev/shm (a symlink b900 -> /dev/shm/...: the disk had no room for the WAL).
set -u
tag=$1 bin=$2 corpus=$3
dir=${DIR:-/tmp/s26/scale26}
s=$dir/b900/bench.db
# EMPTYDIR (default $dir/emptystore): where EMPTY=1 makes its new store (session 26: /dev/shm, the disk had no room).
ed=${EMPTYDIR:-$dir/emptystore}
if [ -n "${EMPTY:-}" ]; then rm -rf $ed; mkdir -p $ed/e; s=$ed/bench.db; $bin ingest --db $s $ed/e >/dev/null 2>&1; fi
d=$dir/snap-$tag; rm -rf $d; mkdir -p $d
[ -e $s-wal ] && { echo "snapexp: $s-wal exists"; exit 1; }
before=$(stat -c '%s %Y' $s)
mkfifo $d/in
sqlite3 $s < $d/in > $d/reader.out 2>&1 &
rpid=$!
exec 3>$d/in
echo "BEGIN; SELECT count(*) FROM meta;" >&3
sleep 1
echo "load start $(cut -d' ' -f1-3 /proc/loadavg)" > $d/out.txt
t0=$EPOCHREALTIME
env ${PRE:-} ACCORD_STAGES=1 ACCORD_CPUPROFILE=$d/cpu.pb.gz /usr/bin/time -v -o $d/time.txt $bin ingest ${WFLAG:-} --db $s $corpus > $d/sum.txt 2> >(while IFS= read -r l; do echo "$EPOCHREALTIME $l"; done > $d/log.txt)
t1=$EPOCHREALTIME
echo "load end $(cut -d' ' -f1-3 /proc/loadavg)" >> $d/out.txt
if [ -n "${PAGEMAP:-}" ]; then
  sqlite3 -readonly $s "SELECT pageno, name FROM dbstat" > $d/pagemap.txt
  python3 "$(dirname "$0")"/../scale24/walstat.py $s-wal $d/pagemap.txt $(wc -l < $corpus) > $d/walstat.txt; rm -f $d/pagemap.txt
fi
ls -la $s-wal | awk '{print "wal", $5, "bytes"}' >> $d/out.txt
kill -9 $rpid; exec 3>&-; wait $rpid 2>/dev/null; rm -f $s-wal $s-shm
# To stop a run: kill -9 the ingest FIRST, then this script and the reader. Ending this script
# closes the reader's FIFO: the reader ends normally, its snapshot goes, and the ingest's
# checkpointer copies the WAL into the store (session 26: 6,144 articles got into b900 so; and
# an ingest killed in the middle of that checkpoint, its WAL then deleted, left b900 malformed).
[ -n "${EMPTY:-}" ] && rm -rf $ed
after=$(stat -c '%s %Y' $s)
[ -n "${EMPTY:-}" ] || [ "$before" = "$after" ] || echo "snapexp: WARNING $s changed: $before -> $after" | tee -a $d/out.txt
awk -v a=$t0 -v b=$t1 'BEGIN{printf "wall %.1f s\n", b-a}' >> $d/out.txt
grep -E "User time|System time|Maximum resident" $d/time.txt >> $d/out.txt
cat $d/sum.txt >> $d/out.txt
grep -E "^[0-9.]+ (stages|merge|writer)" $d/log.txt | cut -d' ' -f2- >> $d/out.txt
grep -E "consolidating the record from" $d/log.txt | cut -d' ' -f2- >> $d/out.txt
n=$(wc -l < $corpus)
u=$(awk -F': ' '/User time/{u=$2}/System time/{s=$2}END{print u+s}' $d/time.txt)
awk -v c=$u -v n=$n -v a=$t0 -v b=$t1 'BEGIN{printf "rate %.0f articles/s (wall)  cpu %.3f ms/article\n", n/(b-a), c*1000/n}' >> $d/out.txt
cat $d/out.txt
