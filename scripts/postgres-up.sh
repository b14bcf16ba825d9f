#!/usr/bin/env bash
# Starts Debian's PostgreSQL on loopback for the test suite and prints the URL to use.
# Installs it first when missing. Idempotent; a fresh random password each run keeps secrets out of the repo.
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')" && break
  sleep 1
done
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'quorum_test') THEN
    CREATE ROLE quorum_test LOGIN CREATEDB;
  END IF;
END \$\$;
ALTER ROLE quorum_test PASSWORD '$password';
SQL
echo "postgres://quorum_test:$password@127.0.0.1:$port/postgres"
