#!/usr/bin/env bash
# Session 24's snapshot experiment; since session 26 one script (../scale26/snapexp.sh, with EMPTYDIR
# and how to stop a run safely) serves every session: this keeps session 24's default DIR.
DIR=${DIR:-/tmp/s24/scale} exec "$(dirname "$0")/../scale26/snapexp.sh" "$@"
