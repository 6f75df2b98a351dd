#!/bin/sh
# Make sure Debian's PostgreSQL server programs are on this machine (the tests start their own
# server from them; see tests/postgres_server.py). Installs the `postgresql` package with
# apt-get when initdb is missing; elsewhere says what to install.
set -e
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
    exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q postgresql >/dev/null \
        || { $sudo apt-get update -q >/dev/null && \
             DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q postgresql >/dev/null; }
    exit 0
fi
echo "kpidesk's tests need a PostgreSQL server (initdb and pg_ctl): install PostgreSQL" >&2
exit 1
