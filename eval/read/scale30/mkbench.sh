#!/bin/bash
# mkbench.sh: docs/bench/ingest-pairs-session30.txt from /tmp/s30/scale30
cd /tmp/s30/scale30
o=/work/wt/scale/docs/bench/ingest-pairs-session30.txt
bin() { case $1 in t1*) echo t1/accord;; t2*) echo t2/accord;; t3*|chk3*) echo t3/accord;; *) echo main/accord;; esac; }
{
echo "# issue 10, session 30 (h-scale30): paired f/n runs (eval/read/scale30/pair.sh; scale26's snapexp.sh), CPU ms an article"
echo "# = (user + system) / 100,000. f = first 100,000 of corpus1m.jsonl into an empty store; n = the next 100,000 into"
echo "# session 28's 900k store /tmp/s28/scale28/b900/bench.db (through a link; snapshot mode; 7388237824 bytes, mtime"
echo "# 11:19:05 before and after every run, out/store.txt below). main = b816bb5d; t1 = h-scale30's first commit (targets'"
echo "# summaries worked out once a batch); t2 = its second (summaries kept by the window); t3 = its third (a block's"
echo "# summaries by place in its list). diag1 = main with ACCORD_BLOCKDIAG=1, chk3 = t3 with ACCORD_TSUMCHECK=1: not measurements."
echo "# Load (1-min average) 2-16; 7 other helpers; pairs one after the other."
echo
echo "## pairs, in the order run"
cat out/pairs.txt
echo
scripts/table.sh
echo
echo "## store before and after each queued pair"
cat out/store.txt
echo
echo "## cumulative CPU s by stage (pprof; scale26's tally.sh)"
for p in $(awk '{print $1}' out/pairs.txt); do for s in f n; do scripts/tally.sh $(bin $p) snap-$s-$p/cpu.pb.gz | sed 's#snap-##; s#/cpu.pb.gz##'; done; done
echo
echo "## at n, cumulative s (pprof): apply, Extract (the load's yardstick), addTargetFact, GC; and as shares of Extract"
cat atf.txt
echo
echo "## means (diag1 and chk3 left out)"
scripts/means.sh
echo
echo "## part and window sizes by batch (diag1: ACCORD_BLOCKDIAG), means"
cat diag-means.txt
echo
echo "## raw outputs (snapexp out.txt)"
for p in $(awk '{print $1}' out/pairs.txt); do for s in f n; do echo "### $s-$p"; cat out/$s-$p.out; done; done
} > $o
