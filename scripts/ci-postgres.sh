#!/usr/bin/env bash
# Starts a local PostgreSQL for the store's contract tests and prints the line to export.
# Run as root on Debian: eval "$(scripts/ci-postgres.sh)"
# Everything except the final `export` line goes to stderr so the output can be eval'd.
set -euo pipefail

ROLE="${ENTENTE_TEST_PG_ROLE:-entente_test}"
PASSWORD="${ENTENTE_TEST_PG_PASSWORD:-entente_test}"
DB="${ENTENTE_TEST_PG_DB:-entente_test}"

log() { echo "ci-postgres: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
  log "must run as root (it installs and starts the postgresql service)"
  exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
fi

# Newest installed major version; Debian's package creates a "main" cluster for it.
VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main"' | grep -q .; then
  log "creating cluster $VERSION/main"
  pg_createcluster "$VERSION" main >&2
fi
STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $4}')"
if [ "$STATUS" != online ]; then
  log "starting cluster $VERSION/main"
  pg_ctlcluster "$VERSION" main start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')"

# Wait until the server accepts connections (start returns before it always does).
for _ in $(seq 1 30); do
  if runuser -u postgres -- psql -p "$PORT" -qtAc 'select 1' >/dev/null 2>&1; then break; fi
  sleep 1
done

psql_admin() { runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$ROLE'")" != 1 ]; then
  log "creating role $ROLE"
  psql_admin -c "create role \"$ROLE\" login password '$PASSWORD'" >&2
else
  psql_admin -c "alter role \"$ROLE\" login password '$PASSWORD'" >&2
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname = '$DB'")" != 1 ]; then
  log "creating database $DB"
  psql_admin -c "create database \"$DB\" owner \"$ROLE\"" >&2
fi

URL="postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
if ! PGPASSWORD="$PASSWORD" psql "$URL" -qtAc 'select 1' >/dev/null; then
  log "cannot connect as $ROLE over TCP; check pg_hba.conf of cluster $VERSION/main"
  exit 1
fi
log "ready: PostgreSQL $VERSION on port $PORT, database $DB"
echo "export ENTENTE_TEST_DATABASE_URL=$URL"
