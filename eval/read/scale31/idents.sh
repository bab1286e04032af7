#!/bin/bash
cd /tmp/s31/scale31
scripts/ident.sh t1
SKIPALL=1 SKIPWH=1 scripts/ident.sh main
SKIPALL=1 SKIPWH=1 scripts/ident.sh m64 --batch 64
SKIPALL=1 SKIPWH=1 scripts/ident.sh t64 --batch 64
ACCORD_TNARROWCHECK=1 SKIPALL=1 scripts/ident.sh c64 --batch 64
