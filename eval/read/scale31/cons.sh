#!/bin/bash
# cons.sh PAIR...: at f and n, cumulative s (pprof) of the merge's parts that grow with the store, and Extract (the load's yardstick)
cd /tmp/s31/scale31
for p in "$@"; do for s in f n; do
 go tool pprof -top -cum -nodecount=800 snap-$s-$p/cpu.pb.gz 2>/dev/null > .cons
 get() { awk -v pat="$1" '$6==pat {v=$4; sub(/s$/,"",v); if (v ~ /m$/) {sub(/m$/,"",v); v=v/1000}; print v; exit}' .cons; }
 ex=$(get "github.com/accordhq/accord/extract.(*Extractor).Extract")
 ap=$(get "github.com/accordhq/accord/consolidate.(*Applier).apply")
 pa=$(get "github.com/accordhq/accord/consolidate.(*window).partOf"); [ -z "$pa" ] && pa=$(get "github.com/accordhq/accord/consolidate.(*window).part")
 np=$(get "github.com/accordhq/accord/consolidate.(*window).narrowPart")
 lr=$(get "github.com/accordhq/accord/consolidate.loadRecord")
 at=$(get "github.com/accordhq/accord/consolidate.(*state).addTargetFact")
 gc=$(get "runtime.gcBgMarkWorker")
 printf "%-4s %-8s extract %6.2f apply %6.2f part %5.2f narrowPart %5.2f loadRecord %5.2f addTargetFact %5.2f gc %5.2f | apply/extract %.3f gc/extract %.3f\n" $s $p ${ex:-0} ${ap:-0} ${pa:-0} ${np:-0} ${lr:-0} ${at:-0} ${gc:-0} $(echo "${ap:-0}/${ex:-1}" | bc -l) $(echo "${gc:-0}/${ex:-1}" | bc -l)
done; done
