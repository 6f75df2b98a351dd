"""The report for `kpidesk report`: Qt started window-less for it, in the asked language.

The command line loads this module only when the command runs (tests/layers.py allows it
that one lazy import), so every other command starts without Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from kpidesk.domain.month import Month
from kpidesk.store.loading import Snapshot
from kpidesk.ui.language import apply_language
from kpidesk.ui.report.builder import write_report


def write_report_headless(snapshot: Snapshot, month: Month, path: Path, lang: str | None) -> int:
    """Write the report of `month` to `path` in `lang` (else the owner's interface language);
    returns its number of pages."""
    app = _application()
    chosen = apply_language(app, lang)
    pages = [0]

    def progress(_done: int, total: int) -> None:
        pages[0] = total

    write_report(snapshot, month, path, chosen, progress, lambda: False)
    return pages[0]


def _application() -> QCoreApplication:
    """The running Qt application (a test run's), else a new one on the offscreen platform:
    no display is needed to paint a PDF."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["kpidesk"])
