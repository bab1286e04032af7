#!/usr/bin/env bash
# mk.sh GROUP NAME DATE URL TITLE < text
mkdir -p /tmp/s37/h/tgt37/pages/$1
{ echo "---"; echo "date: '$3'"; echo "title: \"$5\""; echo "source_url: $4"; echo "---"; echo; cat; } > /tmp/s37/h/tgt37/pages/$1/$2.md
