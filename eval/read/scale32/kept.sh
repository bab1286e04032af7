#!/bin/bash
# kept.sh PAIR...: at f and n, cumulative s (pprof) of the record save and its bounded targets' part: SaveRecord,
# saveBounded, keptRows (h-scale32: the kept statements read back), keptFromMemory, and Extract (the load's yardstick).
cd /tmp/s32/scale32
bin() { case $1 in t1*|chk*) echo t1/accord;; *) echo main/accord;; esac; }
for p in "$@"; do for s in f n; do
 go tool pprof -top -cum -nodecount=100000 -nodefraction=0 $(bin $p) snap-$s-$p/cpu.pb.gz 2>/dev/null > .kept
 get() { awk -v pat="$1" '$6==pat {v=$4; sub(/s$/,"",v); if (v ~ /m$/) {sub(/m$/,"",v); v=v/1000}; print v; exit}' .kept; }
 ex=$(get "github.com/accordhq/accord/extract.(*Extractor).Extract")
 sv=$(get "github.com/accordhq/accord/sqlite.(*DB).SaveRecord")
 sb=$(get "github.com/accordhq/accord/sqlite.(*statementStmts).saveBounded")
 kr=$(get "github.com/accordhq/accord/sqlite.(*statementStmts).keptRows")
 km=$(get "github.com/accordhq/accord/sqlite.keptFromMemory")
 printf "%-4s %-8s extract %6.2f save %6.2f saveBounded %5.2f keptRows %5.2f keptFromMemory %5.2f | save/extract %.3f saveBounded/extract %.3f\n" $s $p ${ex:-0} ${sv:-0} ${sb:-0} ${kr:-0} ${km:-0} $(echo "${sv:-0}/${ex:-1}" | bc -l) $(echo "${sb:-0}/${ex:-1}" | bc -l)
done; done
