#!/bin/sh
# Prepare a fresh machine: a virtual environment in .venv with kpidesk installed (with "test":
# and the test tools), plus the few system libraries Qt needs on a bare Linux machine.
set -e
cd "$(dirname "$0")/.."
python3 -m venv .venv
extra=""
[ "${1:-}" = "test" ] && extra="[test]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extra}"
if ! QT_QPA_PLATFORM=offscreen .venv/bin/python -c "from PySide6 import QtWidgets" 2>/dev/null; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        echo "Installing the system libraries Qt needs..." >&2
        $sudo apt-get update -qq >/dev/null
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
            libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
            libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 fonts-dejavu-core \
            >/dev/null
    fi
    QT_QPA_PLATFORM=offscreen .venv/bin/python -c "from PySide6 import QtWidgets"
fi
