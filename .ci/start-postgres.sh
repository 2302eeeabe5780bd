#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1:55432 (user postgres, password secret) for the JDBC tests.
# Installs it from Debian's packages when the machine lacks it. Idempotent: a running server is reused.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
if pg_isready -h 127.0.0.1 -p 55432 >/dev/null 2>&1; then
  echo "PostgreSQL already running on 127.0.0.1:55432"
  exit 0
fi
rm -rf /tmp/praxis-pg && mkdir -p /tmp/praxis-pg/data /tmp/praxis-pg/sock
echo secret >/tmp/praxis-pg/pw
chown -R postgres /tmp/praxis-pg
su postgres -c "$PGBIN/initdb -D /tmp/praxis-pg/data -U postgres --pwfile=/tmp/praxis-pg/pw --auth-local=trust --auth-host=scram-sha-256 -E UTF8" >/dev/null
su postgres -c "$PGBIN/pg_ctl -D /tmp/praxis-pg/data -l /tmp/praxis-pg/data/server.log -o \"-c listen_addresses=127.0.0.1 -p 55432 -k /tmp/praxis-pg/sock\" -w start" >/dev/null
echo "PostgreSQL started on 127.0.0.1:55432"
