#!/bin/bash
# means.sh: mean f, n and f/n of each code's pairs (main, t1; chk runs left out)
cd /tmp/s32/scale32
awk '{t=$1; sub(/[a-z]$/,"",t); sub(/[0-9]+$/,"",t); if (t ~ /^(diag|chk|heap)/) next; k=t; if ($1 ~ /^t[0-9]/) k=substr($1,1,2); n[k]++; f[k]+=$3; m[k]+=$5; r[k]+=$3/$5; lo[k]=(lo[k]==""||$3/$5<lo[k])?$3/$5:lo[k]; hi[k]=($3/$5>hi[k])?$3/$5:hi[k]}
END{for (k in n) printf "%s: %d pairs, %.1f-%.1f %%, mean of the ratios %.1f %%; f %.3f, n %.3f on average\n", k, n[k], 100*lo[k], 100*hi[k], 100*r[k]/n[k], f[k]/n[k], m[k]/n[k]}' out/pairs.txt | sort
