#!/bin/bash
# mkbench.sh: docs/bench/ingest-pairs-session29.txt from /tmp/s29/scale29
cd /tmp/s29/scale29
o=/work/wt/scale29/docs/bench/ingest-pairs-session29.txt
{
echo "# issue 10, session 29 (h-scale29): paired f/n runs (eval/read/scale29/pair.sh; scale26's snapexp.sh), CPU ms an article"
echo "# = (user + system) / 100,000. f = first 100,000 of corpus1m.jsonl into an empty store; n = the next 100,000 into"
echo "# session 28's 900k store /tmp/s28/scale28/b900/bench.db (snapshot mode, unchanged: 7388237824 bytes, mtime 11:19:05"
echo "# before and after). main = ff3ef92 (/tmp/s29/accord-main); t1 = h-scale29's first commit (entity_ids, migration 0026)."
echo "# Load (1-min average) 5-24, rising during the session; pairs run one after the other."
echo
echo "## pairs, in the order run"
cat out/pairs.txt
echo
cat table.txt means.txt
echo
echo "## the migration alone (0 articles into the 900k store, snapshot mode): m0-t1 runs 0026, m0-main nothing"
for r in m0-t1 m0-main; do echo "### $r"; grep -E "wal|User|System|Maximum" out/$r.out; done
echo
echo "## cumulative CPU s by stage (pprof; scale26's tally.sh)"
for p in $(awk '{print $1}' out/pairs.txt); do for s in f n; do b=/tmp/s29/accord-main; case $p in t1*) b=/tmp/s29/accord-t1;; esac; ./tally.sh $b snap-$s-$p/cpu.pb.gz | sed 's#snap-##; s#/cpu.pb.gz##'; done; done
echo
echo "## SQLite functions, cumulative s (pprof)"
for p in $(awk '{print $1}' out/pairs.txt); do for s in f n; do b=/tmp/s29/accord-main; case $p in t1*) b=/tmp/s29/accord-t1;; esac
  go tool pprof -top -cum -nodecount=800 $b snap-$s-$p/cpu.pb.gz 2>/dev/null | awk -v r=$s-$p '$6 ~ /(lib._walFrames|sqlite.\(\*tx\).Commit|sqlite.\(\*DB\).SaveRecord|sqlite.keyLists|sqlite.moveStaged|lib._sqlite3BtreeIndexMoveto|lib._getAndInitPage|lib._walFindFrame)$/ {n=$6; sub(/.*\//,"",n); printf "%-9s %-28s %s\n", r, n, $4}'; done; done
echo
echo "## WAL frames by B-tree (walstat.py, PAGEMAP=1): main1 and t1a"
for r in f-main1 n-main1 f-t1a n-t1a; do echo "### $r"; head -30 snap-$r/walstat.txt; done
echo
echo "## raw outputs (snapexp out.txt)"
for p in $(awk '{print $1}' out/pairs.txt); do for s in f n; do echo "### $s-$p"; cat out/$s-$p.out; done; done
} > $o
