#!/bin/bash
# mkbench.sh: docs/bench/ingest-pairs-session31.txt from /tmp/s31/scale31
cd /tmp/s31/scale31
o=/work/wt/scale31/docs/bench/ingest-pairs-session31.txt
bin() { case $1 in t1*|chk1*) echo t1/accord;; t2*) echo t2/accord;; *) echo main/accord;; esac; }
{
echo "# issue 10, session 31 (h-scale31): paired f/n runs (eval/read/scale31/pair.sh; scale26's snapexp.sh), CPU ms an article"
echo "# = (user + system) / 100,000. f = first 100,000 of corpus1m.jsonl into an empty store; n = the next 100,000 into"
echo "# session 28's 900k store /tmp/s28/scale28/b900/bench.db (through a link; snapshot mode; 7388237824 bytes, mtime"
echo "# 11:19:05 before and after every run, out/store.txt below). main = 9da86dd2; t1 = h-scale31 5d2956e6 (a batch's part"
echo "# leaves out the kept targets no statement of the batch can touch); t2 = 002b1b14 (asked by block). chk1 = t1 with"
echo "# ACCORD_TNARROWCHECK=1 (every target taken, a panic if one that would have been left out is touched) and heap1 = main"
echo "# with each side serving pprof (heap profiles every 30 s; pairh.sh): not measurements."
echo "# Load (1-min average) 2-17; 7 other helpers; pairs one after the other."
echo
echo "## pairs, in the order run"
cat out/pairs.txt
echo
scripts/table.sh
echo
echo "## store before and after each pair"
cat out/store.txt
echo
echo "## cumulative CPU s by stage (pprof; scale26's tally.sh)"
for p in $(awk '{print $1}' out/pairs.txt); do for s in f n; do scripts/tally.sh $(bin $p) snap-$s-$p/cpu.pb.gz | sed 's#snap-##; s#/cpu.pb.gz##'; done; done
echo
echo "## the merge's parts that grow with the store, cumulative s (pprof; cons.sh)"
scripts/cons.sh $(awk '{print $1}' out/pairs.txt)
echo
echo "## means (chk1, heap1 left out)"
scripts/means.sh
echo
echo "## raw outputs (snapexp out.txt)"
for p in $(awk '{print $1}' out/pairs.txt); do for s in f n; do echo "### $s-$p"; cat out/$s-$p.out; done; done
} > $o
