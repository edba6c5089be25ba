#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store's postgres tests and export
# ATTRITION_TEST_PG_URL. Sourced by `make test`; returns non-zero if no server can be had.
# With CI=true it installs Debian's postgresql when its binaries are missing (CI runs as
# root); elsewhere it only uses a server that is already installed.

_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$_pg_bin" ] && [ "${CI:-}" = true ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing PostgreSQL for the postgres tests ..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) \
    >/tmp/attrition-pg-install.log 2>&1 || return 1
  _pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -n "$_pg_bin" ] || return 1
id postgres >/dev/null 2>&1 || return 1

_pg_dir=$(mktemp -d /tmp/attrition-pg.XXXXXX)
_pg_port=${ATTRITION_TEST_PG_PORT:-54329}
chown postgres "$_pg_dir"
_as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
_as_pg "'$_pg_bin/initdb' -D '$_pg_dir/data' -A trust -U postgres" >/dev/null || return 1
_as_pg "'$_pg_bin/pg_ctl' -D '$_pg_dir/data' -l '$_pg_dir/log' -w -o \"-p $_pg_port -k $_pg_dir -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null || return 1
trap "_as_pg \"'$_pg_bin/pg_ctl' -D '$_pg_dir/data' -m fast stop\" >/dev/null 2>&1; rm -rf '$_pg_dir'" EXIT
export ATTRITION_TEST_PG_URL="postgresql://postgres@127.0.0.1:$_pg_port/postgres"
echo "PostgreSQL test server on 127.0.0.1:$_pg_port"
