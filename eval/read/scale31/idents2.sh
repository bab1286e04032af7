#!/bin/bash
cd /tmp/s31/scale31
scripts/ident.sh t2
ACCORD_TNARROWCHECK=1 scripts/ident.sh t2c64 --batch 64
