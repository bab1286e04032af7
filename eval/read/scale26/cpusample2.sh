#!/bin/bash
# cpusample2.sh PID OUT: every second, EPOCH utime+stime (seconds) of process PID
pid=$1 out=$2; tck=$(getconf CLK_TCK)
while [ -e /proc/$pid/stat ]; do
  awk -v t=$EPOCHREALTIME -v k=$tck '{print t, ($14+$15)/k}' /proc/$pid/stat >> $out 2>/dev/null
  sleep 1
done
