#!/bin/bash
# tally.sh BIN PROF: total, extraction, apply, Put, Save, GC, syscalls (cumulative s), and total/extraction
b=$1 p=$2
go tool pprof -top -cum -nodecount=600 $b $p 2>/dev/null > /tmp/s32/scale32/.tally
tot=$(grep -o "Total samples = [0-9.]*s" /tmp/s32/scale32/.tally | grep -o "[0-9.]*")
get() { awk -v pat="$1" '$6==pat {v=$4; sub(/s$/,"",v); if (v ~ /m$/) {sub(/m$/,"",v); v=v/1000}; print v; exit}' /tmp/s32/scale32/.tally; }
ex=$(get "github.com/accordhq/accord/extract.(*Extractor).Extract")
ap=$(get "github.com/accordhq/accord/consolidate.(*Applier).apply")
pu=$(get "github.com/accordhq/accord/sqlite.(*DB).PutPrepared")
sv=$(get "github.com/accordhq/accord/sqlite.(*DB).SaveRecord")
gc=$(get "runtime.gcBgMarkWorker")
sy=$(get "syscall.Syscall6")
echo "$p total $tot extract $ex apply $ap put $pu save $sv gc $gc sys $sy" | awk '{printf "%-32s total %6.2f extract %5.2f apply %5.2f put %5.2f save %5.2f gc %5.2f sys %5.2f | /extract: total %.2f apply %.2f save %.2f gc %.2f\n", $1,$3,$5,$7,$9,$11,$13,$15,$3/$5,$7/$5,$11/$5,$13/$5}'
