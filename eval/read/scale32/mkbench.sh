#!/bin/bash
# mkbench.sh: docs/bench/ingest-pairs-session32.txt from /tmp/s32/scale32
cd /tmp/s32/scale32
o=/work/wt/scale32/docs/bench/ingest-pairs-session32.txt
{
echo "# issue 10, session 32 (h-scale32): paired f/n runs (eval/read/scale32/pair.sh; scale26's snapexp.sh), CPU ms an article"
echo "# = (user + system) / 100,000. f = first 100,000 of corpus1m.jsonl (accordgen -n 1000000 -seed 1, 944.7 MB) into an"
echo "# empty store; n = the next 100,000 dated after 2025-09-28 into this session's 900k store /tmp/s32/scale32/b900/bench.db"
echo "# (rebuilt with main c39dc3f5 on a new machine: b900/build.time below), snapshot mode; f and n at the same time."
echo "# main = c39dc3f5; t1 = h-scale32 (a bounded target's kept statements compared with the writer's memory of their"
echo "# hashes, not read back; ACCORD_KEPTMEMDIAG=1 prints how many saves did which). Load (1-min average) ~15-22:"
echo "# 7 other helpers; pairs one after the other."
echo
echo "## the 900k store's build (main c39dc3f5, accord ingest --quiet, /usr/bin/time -v)"
grep -E "Elapsed|User time|System time|Maximum resident" b900/build.time
cat b900/build.out
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
for p in $(awk '{print $1}' out/pairs.txt); do b=main/accord; case $p in t1*|chk*) b=t1/accord;; esac; for s in f n; do scripts/tally.sh $b snap-$s-$p/cpu.pb.gz | sed 's#snap-##; s#/cpu.pb.gz##'; done; done
echo
echo "## the record save and its bounded targets, cumulative s (pprof; kept.sh)"
scripts/kept.sh $(awk '{print $1}' out/pairs.txt)
echo
echo "## kept statements: saves compared with the writer's memory / read back (t1, ACCORD_KEPTMEMDIAG)"
for p in $(awk '{print $1}' out/pairs.txt); do for s in f n; do grep -h "kept statements" snap-$s-$p/log.txt 2>/dev/null | sed "s#^[0-9.]* #$s-$p #"; done; done
echo
echo "## means"
scripts/means.sh
echo
echo "## raw outputs (snapexp out.txt)"
for p in $(awk '{print $1}' out/pairs.txt); do for s in f n; do echo "### $s-$p"; cat out/$s-$p.out; done; done
} > $o
