#!/bin/sh
# Make sure a PostgreSQL server answers on 127.0.0.1:5432 for the test suite.
# Where none runs, install Debian's postgresql, start its cluster, and let user postgres in.
set -eu
HOST=127.0.0.1
PORT=5432
if pg_isready -q -h "$HOST" -p "$PORT" 2>/dev/null; then
    exit 0
fi
sh "$(dirname "$0")/install-debian-packages.sh" postgresql postgresql-contrib
version=$(ls /etc/postgresql | sort -V | tail -n 1)
if [ -z "$version" ]; then
    echo "PostgreSQL is installed but has no cluster" >&2
    exit 1
fi
pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster "$version" main start
for _ in $(seq 1 50); do
    pg_isready -q -h "$HOST" -p "$PORT" && break
    sleep 0.2
done
# The tests connect as postgres with the password 'postgres' (ignored where trust auth is configured).
runuser -u postgres -- psql -q -c "ALTER USER postgres PASSWORD 'postgres'" >/dev/null
pg_isready -h "$HOST" -p "$PORT"
