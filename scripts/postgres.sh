#!/usr/bin/env bash
# postgres.sh starts a throwaway PostgreSQL server for accord's tests on
# 127.0.0.1, installing it first when the binaries are missing. It is
# idempotent: a running server is left alone.
#
#   scripts/postgres.sh          install if needed, start, create the database
#   scripts/postgres.sh stop     stop the server
#   scripts/postgres.sh status   "running" (exit 0) or "stopped" (exit 3)
#   scripts/postgres.sh env      print the export line only
#
# Settings (environment): ACCORD_PG_PORT (55432), ACCORD_PG_DATA
# (/tmp/accord-pg), ACCORD_PG_DB (accord_test).
#
# The last line printed is an export of ACCORD_TEST_POSTGRES, also written to
# $ACCORD_PG_DATA.env so that a test script can `source` it:
#
#   eval "$(scripts/postgres.sh | tail -n 1)"
set -euo pipefail

port=${ACCORD_PG_PORT:-55432}
data=${ACCORD_PG_DATA:-/tmp/accord-pg}
db=${ACCORD_PG_DB:-accord_test}
url="postgres://postgres@127.0.0.1:${port}/${db}?sslmode=disable"
envfile="${data}.env"

log() { echo "postgres.sh: $*" >&2; }

# bindir finds the directory of initdb/pg_ctl: Debian keeps them out of PATH.
bindir() {
	local d
	for d in /usr/lib/postgresql/*/bin; do
		[ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
	done
	d=$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")
	[ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
	return 1
}

install() {
	if bindir >/dev/null && [ -f "$(sharedir)/extension/unaccent.control" ]; then
		return 0
	fi
	[ "$(id -u)" = 0 ] || { log "PostgreSQL is not installed and we are not root"; exit 1; }
	log "installing PostgreSQL"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	# postgresql-contrib is a virtual package on recent Debian; unaccent ships
	# with the server package there.
	apt-get install -y -qq --no-install-recommends postgresql postgresql-client >&2
	# Debian's package starts a cluster on 5432; we run our own.
	if command -v pg_ctlcluster >/dev/null; then
		for c in /etc/postgresql/*/main; do
			[ -d "$c" ] || continue
			v=$(basename "$(dirname "$c")")
			pg_ctlcluster "$v" main stop >/dev/null 2>&1 || true
		done
	fi
}

sharedir() {
	local b
	b=$(bindir) || return 1
	"$b/pg_config" --sharedir 2>/dev/null || echo "/usr/share/postgresql/$(basename "$(dirname "$b")")"
}

# as runs a command as the postgres system user: the server refuses root.
as() {
	if [ "$(id -u)" = 0 ]; then
		# From / : the postgres user may not enter the caller's directory.
		(cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
	else
		"$@"
	fi
}

user() {
	[ "$(id -u)" = 0 ] || return 0
	id postgres >/dev/null 2>&1 && return 0
	log "creating the postgres system user"
	useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/sh postgres
}

running() {
	local b
	b=$(bindir) || return 1
	[ -f "$data/PG_VERSION" ] && as "$b/pg_ctl" -D "$data" status >/dev/null 2>&1
}

start() {
	install
	user
	local b
	b=$(bindir)
	if [ "$(id -u)" = 0 ]; then
		mkdir -p "$data"
		chown postgres: "$data"
		chmod 700 "$data"
	fi
	if [ ! -f "$data/PG_VERSION" ]; then
		log "initdb $data"
		as "$b/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null 2>&1 ||
			as "$b/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C >/dev/null
		# Only TCP on loopback, trusted: a test server, never a production one.
		cat >"$data/pg_hba.conf" <<-EOF
			local all all trust
			host  all all 127.0.0.1/32 trust
		EOF
		cat >>"$data/postgresql.conf" <<-EOF
			listen_addresses = '127.0.0.1'
			port = $port
			unix_socket_directories = '$data'
			max_connections = 200
			shared_buffers = 128MB
			fsync = off
			synchronous_commit = off
			full_page_writes = off
		EOF
		if [ "$(id -u)" = 0 ]; then chown postgres: "$data/pg_hba.conf" "$data/postgresql.conf"; fi
	fi
	if ! running; then
		log "starting on 127.0.0.1:$port"
		as "$b/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null ||
			{ tail -n 20 "$data/server.log" >&2; exit 1; }
	fi
	local psql="$b/psql"
	[ -x "$psql" ] || psql=psql
	if ! as "$psql" -h "$data" -p "$port" -U postgres -Atqc "select 1 from pg_database where datname = '$db'" postgres | grep -q 1; then
		as "$psql" -h "$data" -p "$port" -U postgres -qc "create database $db" postgres
	fi
	echo "export ACCORD_TEST_POSTGRES='$url'" >"$envfile"
	chmod 644 "$envfile"
	log "ready; environment in $envfile"
	echo "export ACCORD_TEST_POSTGRES='$url'"
}

stop() {
	if running; then
		as "$(bindir)/pg_ctl" -D "$data" -m fast -w stop >/dev/null
		log "stopped"
	fi
}

case "${1:-start}" in
start) start ;;
stop) stop ;;
status) running && echo running || { echo stopped; exit 3; } ;;
env) echo "export ACCORD_TEST_POSTGRES='$url'" ;;
*)
	echo "usage: $0 [start|stop|status|env]" >&2
	exit 2
	;;
esac
