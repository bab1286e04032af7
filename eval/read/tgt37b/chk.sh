#!/usr/bin/env bash
# chk.sh "TITLE" "URL": BLIND check on both; SEEN if already in avoid-titles; then log both
t=$1; u=$2
a=$(/tmp/s37/isblind.sh "$t"); b=$(/tmp/s37/isblind.sh "$u")
if [ "$a" = BLIND ] || [ "$b" = BLIND ]; then echo "BLIND $u"; exit 1; fi
seen=""; grep -qiF -- "$u" /tmp/s37/avoid-titles.txt && seen=SEEN
echo "$t" >> /tmp/s37/avoid-titles.txt; echo "$u" >> /tmp/s37/avoid-titles.txt
echo "ok $seen $u"
