#!/bin/sh
# chromium.sh installs Debian's Chromium for the browser tests of package http
# (go test ./http -run Browser). It is idempotent: nothing is done when
# /usr/bin/chromium exists. Run as root (CI runs it on a fresh clone).
set -eu

if [ -x /usr/bin/chromium ]; then
	echo "chromium.sh: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium) present"
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "chromium.sh: /usr/bin/chromium is missing; run as root to install it" >&2
	exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
