"""Reading a file on a background thread while the rest of the program starts.

`kpidesk import` spends its first quarter second loading the database layer and opening the
workspace. python-calamine parses a workbook without holding the interpreter lock, so the
file can be parsed in that time instead of after it. Nothing is decided on the thread: the
result, or the error the reader raised, is handed over whole when asked for.
"""

from __future__ import annotations

import threading
from pathlib import Path

from kpidesk.io.grid import Workbook
from kpidesk.io.readers import CsvOptions, read_workbook
from kpidesk.usecases.gc_pause import collector_paused


class WorkbookPrefetch:
    """A file being read (only the sheet asked for, or every visible sheet)."""

    def __init__(self, path: Path, sheet: str | None, csv_options: CsvOptions) -> None:
        self.path = path
        self.sheet = sheet
        self.csv_options = csv_options
        self._book: Workbook | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._read, name="kpidesk-read", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        sheets = [self.sheet] if self.sheet is not None else None
        try:
            with collector_paused():
                self._book = read_workbook(self.path, sheets=sheets, csv_options=self.csv_options)
        except BaseException as error:  # handed to the caller of result(), which re-raises it
            self._error = error

    def wait(self) -> None:
        """Let the reading finish (a command that ends early does not leave it running)."""
        self._thread.join()

    def result(self) -> Workbook:
        """The workbook, once read; raises what the reader raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._book is not None
        return self._book
