#!/bin/bash
cd /tmp/s32/scale32
printf "    %-7s %6s %6s  %7s  %-14s %s\n" pair f n "f / n" "RSS f / n MB" "load (1 min) at n start-end"
for p in $(awk '{print $1}' out/pairs.txt | awk '!s[$0]++'); do
 f=$(grep -o "cpu [0-9.]* ms" out/f-$p.out | grep -o "[0-9.]*"); n=$(grep -o "cpu [0-9.]* ms" out/n-$p.out | grep -o "[0-9.]*")
 rf=$(awk -F': ' '/Maximum resident/{print int($2/1024)}' out/f-$p.out); rn=$(awk -F': ' '/Maximum resident/{print int($2/1024)}' out/n-$p.out)
 l=$(awk '/load start/{a=$3}/load end/{b=$3}END{print a"-"b}' out/n-$p.out)
 printf "    %-7s %6s %6s  %6.1f %%  %4s / %4s     %s\n" $p $f $n $(echo "100*$f/$n" | bc -l) $rf $rn $l
done
