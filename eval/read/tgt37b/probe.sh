#!/usr/bin/env bash
# probe.sh BIN "sentence" ... : each sentence in its own doc; print targets
bin=$1; shift
for s in "$@"; do d=$(mktemp -d /tmp/s37/h/tgt37b/t/pr.XXXX); { echo "---"; echo "date: '2024-05-01'"; echo "title: \"Probe\""; echo "source_url: ${URL:-https://example.org/x}"; echo "---"; echo; echo "$s"; } > $d/p.md
 echo "## $s" | cut -c1-150; /tmp/s37/h/tgt37b/run.sh $bin $d | grep -v '^==' | grep -v '       p.md' ; rm -r $d; done
