#!/usr/bin/env bash
# Starts a local PostgreSQL server for the store's PostgreSQL tests (amity-store PostgresStoreTest),
# installing Debian's package when it is missing, and creates the role and database they use:
#   postgresql://amity:amity@127.0.0.1:5432/amity_test   (override with AMITY_TEST_POSTGRES)
# Safe to run twice. .ci/run calls it; without a server those tests are skipped and say so.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "postgres: installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$ver main"; then
  pg_createcluster "$ver" main >/dev/null
fi
port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  pg_ctlcluster "$ver" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$port" >/dev/null
psql_as_postgres() { su postgres -c "psql -p $port -qtAc \"$1\""; }
[ "$(psql_as_postgres "SELECT 1 FROM pg_roles WHERE rolname = 'amity'")" = "1" ] \
  || psql_as_postgres "CREATE ROLE amity LOGIN PASSWORD 'amity'"
[ "$(psql_as_postgres "SELECT 1 FROM pg_database WHERE datname = 'amity_test'")" = "1" ] \
  || su postgres -c "createdb -p $port -O amity amity_test"
echo "postgres: ready at postgresql://amity:***@127.0.0.1:$port/amity_test" >&2
