"""Telling what a file really is from its first bytes, not its name.

Owners rename files and mail programs mangle them; a CSV saved as `.xlsx`, an old `.xls`, a
password-protected workbook (which Excel stores in an OLE container, not a zip) and an empty
download each deserve their own message instead of a parser's stack trace.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.io.errors import (
    EmptyFileError,
    EncryptedWorkbookError,
    LegacyXlsError,
    WrongFormatError,
)

_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_WORKBOOK_EXTENSIONS = {".xlsx", ".xlsm", ".xltx", ".xltm", ".ods"}
_TEXT_EXTENSIONS = {".csv", ".txt", ".tsv", ".tab"}


class FileKind(StrEnum):
    ZIP = "zip"
    TEXT = "text"


def sniff(path: Path) -> FileKind:
    """ZIP for xlsx/xlsm/ods content, TEXT for CSV; raise a specific ImportFileError otherwise."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            size = path.stat().st_size
            if size == 0:
                raise EmptyFileError(
                    path, message(QT_TRANSLATE_NOOP("messages", "the file is empty (0 bytes)"))
                )
            if head.startswith(_OLE):
                handle.seek(0)
                _ole_error(path, handle.read(16 * 1024 * 1024))
    except OSError as exc:
        raise WrongFormatError(
            path,
            message(
                QT_TRANSLATE_NOOP("messages", "the file cannot be opened ({error})"),
                error=exc.strerror or str(exc),
            ),
        ) from None
    if head.startswith(_ZIP):
        return FileKind.ZIP
    if head.startswith(_EMPTY_ZIP):
        raise EmptyFileError(
            path, message(QT_TRANSLATE_NOOP("messages", "the workbook archive is empty"))
        )
    if head.startswith(b"PK"):
        raise WrongFormatError(
            path,
            message(
                QT_TRANSLATE_NOOP("messages", "the file is a zip archive of a kind we do not read")
            ),
        )
    suffix = path.suffix.lower()
    text = _looks_like_text(head)
    if suffix in _WORKBOOK_EXTENSIONS:
        if text:
            raise WrongFormatError(
                path,
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the file is named {suffix} but holds plain text (probably CSV); "
                        "rename it to .csv, or open it in your spreadsheet program "
                        "and save it as .xlsx",
                    ),
                    suffix=suffix,
                ),
            )
        raise WrongFormatError(
            path,
            message(
                QT_TRANSLATE_NOOP("messages", "the file is named {suffix} but is not a workbook"),
                suffix=suffix,
            ),
        )
    if suffix == ".xls":
        raise WrongFormatError(
            path,
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "the file is named .xls but is not an Excel 97-2003 workbook"
                )
            ),
        )
    if not text and suffix not in _TEXT_EXTENSIONS:
        raise WrongFormatError(
            path,
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "the file is not a spreadsheet (xlsx, xlsm, ods or csv)"
                )
            ),
        )
    return FileKind.TEXT


def _ole_error(path: Path, content: bytes) -> None:
    if _ENCRYPTED_STREAM in content:
        raise EncryptedWorkbookError(
            path,
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the workbook is password-protected; open it in Excel or LibreOffice, "
                    "remove the password (or save an unprotected copy) and import that copy",
                )
            ),
        )
    raise LegacyXlsError(
        path,
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "the file is in the old Excel 97-2003 format (.xls), which is not read; "
                "open it in your spreadsheet program and save it as .xlsx",
            )
        ),
    )


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return len(head) >= 2 and (
            head[1::2].count(0) >= len(head) // 2 - 1 or head[0::2].count(0) >= len(head) // 2 - 1
        )
    return all(byte >= 0x20 or byte in b"\t\r\n" for byte in head)
