#!/bin/sh
# Prepare a fresh machine: a virtual environment in .venv with kpidesk installed (with "test":
# and the test tools), plus the system libraries Qt needs on a bare Linux machine for the
# platform the window will use there (xcb with a display, offscreen without; see qt_platform.sh),
# and with "test" the PostgreSQL server programs the tests start their own server from.
set -e
cd "$(dirname "$0")/.."
python3 -m venv .venv
extra=""
[ "${1:-}" = "test" ] && extra="[test]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extra}"
sh packaging/qt_platform.sh .venv/bin/python
if [ "${1:-}" = "test" ]; then
    sh packaging/postgres_server.sh
fi
