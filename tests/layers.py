"""The one declared picture of kpidesk's layers, which tests/test_layers.py holds the code to.

Each layer is the modules under its package prefixes (a prefix covers the module of that name
and everything below it; `kpidesk`, the package's own name, covers only kpidesk/__init__.py).
A layer may import itself and the layers it names in `MAY_IMPORT`, nothing else, at any place
in a module (inside functions and `TYPE_CHECKING` blocks too).
"""

from __future__ import annotations

LAYERS: dict[str, tuple[str, ...]] = {
    # The package's root: its version and where resources/ lies; it imports nothing of ours.
    "root": ("kpidesk", "kpidesk.assets"),
    # The rules and numbers: pure Python.
    "domain": ("kpidesk.domain",),
    # Spreadsheets in and out.
    "io": ("kpidesk.io",),
    # The workspace database.
    "store": ("kpidesk.store",),
    # What the window and the command line both do (import, record figures, set goals).
    "usecases": ("kpidesk.usecases",),
    # The command line (`python -m kpidesk` too).
    "cli": ("kpidesk.cli", "kpidesk.__main__"),
    # The window: the only layer that uses Qt.
    "ui": ("kpidesk.ui",),
}

MAY_IMPORT: dict[str, frozenset[str]] = {
    "root": frozenset(),
    "domain": frozenset({"root"}),
    "io": frozenset({"root", "domain"}),
    "store": frozenset({"root", "domain"}),
    "usecases": frozenset({"root", "domain", "io", "store"}),
    "cli": frozenset({"root", "domain", "io", "store", "usecases"}),
    "ui": frozenset({"root", "domain", "io", "store", "usecases"}),
}

LAZY_ALLOWED: dict[str, frozenset[str]] = {
    # The command line starts the window, and loads Qt, only when asked to: inside a function.
    # `kpidesk report` paints its PDF with Qt, loaded only when it runs.
    "cli": frozenset({"kpidesk.ui.app", "kpidesk.ui.report.command"}),
}
"""Imports across the picture allowed only inside a function, by the layer that makes them."""

QT_PACKAGES = frozenset({"PySide6", "shiboken6", "pyqtgraph"})
"""Libraries only the `ui` layer may import."""

QT_LAYERS = frozenset({"ui"})
