"""Why a file cannot be read at all. Each has its own type and a message naming the file.

The command line turns any of these into exit status 2 with the message on stderr; the import
view shows the message. Problems with single cells are not exceptions: they are `Problem`
entries in the plan (see `kpidesk.io.plan`).
"""

from __future__ import annotations

from pathlib import Path

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message


class ImportFileError(Exception):
    """A file that cannot be imported at all, and why in plain words.

    `message` (file name and reason) is for the window to translate; `reason` and `str()` stay
    English for the command line.
    """

    def __init__(self, path: str | Path, reason: Message) -> None:
        self.path = Path(path)
        self.reason = str(reason)
        self.message = message(
            QT_TRANSLATE_NOOP("messages", "{file}: {reason}"), file=self.path.name, reason=reason
        )
        super().__init__(str(self.message))


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
