#!/bin/sh
# Start a local PostgreSQL server to try kpidesk's team workspace on this computer:
#
#     sh packaging/try_postgres.sh [FOLDER] [PORT]
#
# FOLDER (default ./kpidesk-postgres) receives the server's data, a password file and the log;
# PORT defaults to a free one. The server listens on 127.0.0.1 only, as the role `kpidesk`
# with a generated password kept in FOLDER/pgpass (libpq's password file: kpidesk itself never
# stores a password), and holds one database, `shop`. The script prints the exact `kpidesk --db`
# command to use and how to stop the server. Run it again on the same FOLDER to start the
# stopped server again. The server refuses to run as root, so as root it runs as the `postgres`
# user (Debian's postgresql package makes it) through runuser.
set -eu

folder=$(mkdir -p "${1:-kpidesk-postgres}" && cd "${1:-kpidesk-postgres}" && pwd)
port=${2:-}
data="$folder/data"
pgpass="$folder/pgpass"
python=${PYTHON:-python3}

binary() {
    found=$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$found" ]; then
        found=$(command -v "$1" || true)
    fi
    if [ -z "$found" ]; then
        echo "try_postgres.sh: PostgreSQL's $1 was not found; install it (Debian: apt-get install postgresql)" >&2
        exit 2
    fi
    echo "$found"
}

as_server() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if [ "$(id -u)" = 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "try_postgres.sh: run as root, but there is no 'postgres' user to run the server as" >&2
        exit 2
    fi
    chown postgres "$folder"
fi

if [ -z "$port" ]; then
    port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi

if [ ! -f "$data/PG_VERSION" ]; then
    password=$("$python" -c 'import secrets; print(secrets.token_urlsafe(18))')
    secret="$folder/initdb-password"
    (umask 077 && printf '%s\n' "$password" >"$secret")
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$secret"
    fi
    as_server "$(binary initdb)" -D "$data" -U kpidesk --pwfile="$secret" \
        -A scram-sha-256 -E UTF8 --locale=C >"$folder/initdb.log"
    rm -f "$secret"
    (umask 077 && printf '127.0.0.1:*:*:kpidesk:%s\n' "$password" >"$pgpass")
fi

as_server "$(binary pg_ctl)" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $data" start >/dev/null

if ! PGPASSFILE="$pgpass" "$(binary psql)" -h 127.0.0.1 -p "$port" -U kpidesk -d postgres \
    -tAc "SELECT 1 FROM pg_database WHERE datname = 'shop'" | grep -q 1; then
    PGPASSFILE="$pgpass" "$(binary createdb)" -h 127.0.0.1 -p "$port" -U kpidesk shop
fi

stop="$(binary pg_ctl) -D $data stop"
if [ "$(id -u)" = 0 ]; then
    stop="runuser -u postgres -- $stop"
fi
cat <<EOF
PostgreSQL is running on 127.0.0.1:$port (data in $data).
Fill it with the demo business and open it:

    PGPASSFILE=$pgpass kpidesk --db postgresql://kpidesk@127.0.0.1:$port/shop demo
    PGPASSFILE=$pgpass kpidesk --db postgresql://kpidesk@127.0.0.1:$port/shop

Stop it:    $stop
Start it again:    sh packaging/try_postgres.sh $folder $port
Remove it (stopped first):    rm -r $folder
EOF
