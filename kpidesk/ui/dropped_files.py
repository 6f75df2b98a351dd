"""Which file dropped on the window, or on the import view, is a spreadsheet to import.

Kept apart from the import view so the window can take a drop without loading that view
(it is built the first time it is shown)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent

SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv")


def dropped_spreadsheet(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The first local file of the drop that kpidesk can import, if any."""
    for url in event.mimeData().urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIXES):
            return Path(url.toLocalFile())
    return None
