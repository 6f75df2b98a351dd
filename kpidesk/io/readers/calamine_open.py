"""Open a workbook with python-calamine, turning its errors into the owner's messages.

Used by the xlsx and ods readers alike; only the noun differs ("workbook" for Excel,
"spreadsheet" for OpenDocument), so each has its own pair of marked texts.
"""

from __future__ import annotations

from pathlib import Path

import python_calamine as calamine

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.io.errors import EncryptedWorkbookError, TruncatedFileError

_TEXTS = {
    "workbook": (
        QT_TRANSLATE_NOOP("messages", "the workbook is password-protected"),
        QT_TRANSLATE_NOOP("messages", "the workbook cannot be read ({error})"),
    ),
    "spreadsheet": (
        QT_TRANSLATE_NOOP("messages", "the spreadsheet is password-protected"),
        QT_TRANSLATE_NOOP("messages", "the spreadsheet cannot be read ({error})"),
    ),
}


def open_calamine(path: Path, noun: str) -> calamine.CalamineWorkbook:
    """The workbook, or EncryptedWorkbookError / TruncatedFileError naming the file."""
    locked, broken = _TEXTS[noun]
    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
        book.sheets_metadata  # noqa: B018 - read now, so a damaged sheet index fails here
    except calamine.PasswordError:
        raise EncryptedWorkbookError(path, message(locked)) from None
    except (calamine.CalamineError, calamine.ZipError, calamine.XmlError, ValueError) as exc:
        raise TruncatedFileError(path, message(broken, error=str(exc))) from None
    return book
