#!/bin/sh
# Make sure Qt's platform plugin loads for the window this machine will show: xcb when a
# display is present (DISPLAY or WAYLAND_DISPLAY is set), offscreen otherwise, or whatever
# QT_QPA_PLATFORM names. When the plugin cannot load, install the system libraries it lacks
# with apt-get (Qt's list for X11, plus every library the plugin is missing, by its Debian
# package name), then check again and show what Qt's plugin loader says if it still fails.
#   packaging/qt_platform.sh PYTHON      (setup.sh runs it with .venv/bin/python)
set -e
python=${1:?usage: qt_platform.sh PYTHON}

if [ -n "${QT_QPA_PLATFORM:-}" ]; then
    platform=${QT_QPA_PLATFORM%%:*}
elif [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    platform=xcb
else
    platform=offscreen
fi

# The libraries the platform plugin (and the Qt libraries it pulls in) cannot find, one a line.
missing() {
    plugins=$(QT_QPA_PLATFORM=offscreen "$python" -c \
        "from PySide6.QtCore import QLibraryInfo as i; print(i.path(i.LibraryPath.PluginsPath))" \
        2>/dev/null) || { echo "PySide6.QtCore"; return; }
    plugin="$plugins/platforms/libq$platform.so"
    [ -f "$plugin" ] || { echo "the Qt platform plugin '$platform' ($plugin)"; return; }
    ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | sort -u
}

# Start a QApplication on the platform: the real test, where it can be made (xcb needs a
# display to connect to; without one the library check above is all that can be asked).
starts() {
    if [ "$platform" = xcb ] && [ -z "${DISPLAY:-}" ]; then
        return 0
    fi
    QT_QPA_PLATFORM=$platform "$python" -c \
        "from PySide6.QtWidgets import QApplication; QApplication([])" >/dev/null 2>&1
}

# Debian's name for a library's package: libxcb-cursor.so.0 -> libxcb-cursor0,
# libxkbcommon-x11.so.0 -> libxkbcommon-x11-0, libX11-xcb.so.1 -> libx11-xcb1.
package_of() {
    echo "$1" | tr 'A-Z' 'a-z' | sed -E 's/^(.*[0-9])\.so\.([0-9]+).*/\1-\2/; s/^(.*)\.so\.([0-9]+).*/\1\2/'
}

lacking=$(missing)
if [ -z "$lacking" ] && starts; then
    exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing the system libraries Qt needs for the '$platform' platform..." >&2
    $sudo apt-get update -qq >/dev/null
    wanted="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core
        libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0
        libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
        libxcb-xinerama0 libxcb-randr0 libxcb-render0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
        libxcb-xkb1 libxcb-util1"
    for library in $lacking; do
        case $library in lib*.so*) wanted="$wanted $(package_of "$library")" ;; esac
    done
    known=""
    for package in $wanted; do
        apt-cache show "$package" >/dev/null 2>&1 && known="$known $package"
    done
    # shellcheck disable=SC2086  # one word per package
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $known >/dev/null
fi
lacking=$(missing)
if [ -n "$lacking" ] || ! starts; then
    echo "Qt cannot load its '$platform' platform plugin." >&2
    [ -n "$lacking" ] && echo "Missing: $(echo "$lacking" | tr '\n' ' ')" >&2
    QT_DEBUG_PLUGINS=1 QT_QPA_PLATFORM=$platform "$python" -c \
        "from PySide6.QtWidgets import QApplication; QApplication([])" 2>&1 \
        | grep -iE "cannot load|not found|could not" >&2 || true
    exit 1
fi
