"""Why a file cannot be read at all. Each has its own type and a message naming the file.

The command line turns any of these into exit status 2 with the message on stderr; the import
view shows the message. Problems with single cells are not exceptions: they are `Problem`
entries in the plan (see `kpidesk.io.plan`).
"""

from __future__ import annotations

from pathlib import Path


class ImportFileError(Exception):
    """A file that cannot be imported at all; `reason` is in plain words."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class EmptyFileError(ImportFileError):
    """The file has no bytes, or no cells."""


class EncryptedWorkbookError(ImportFileError):
    """A password-protected workbook (an OLE/CFB container holding an encrypted package)."""


class LegacyXlsError(ImportFileError):
    """An Excel 97-2003 `.xls` file, which we do not read."""


class WrongFormatError(ImportFileError):
    """The content is not what the file name says (a CSV renamed `.xlsx`) or not a
    spreadsheet at all."""


class TruncatedFileError(ImportFileError):
    """The file ends early or its archive is damaged, usually an interrupted copy or download."""


class UnsafeFileError(ImportFileError):
    """The file tries something a spreadsheet never needs: XML entity declarations or an
    archive that inflates beyond the size limit (a zip bomb)."""


class UnreadableTextError(ImportFileError):
    """A CSV file whose text encoding or delimiter cannot be worked out."""
