"""Reading any supported file into sheet grids: `read_workbook` picks the reader by content."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.io.errors import TruncatedFileError, WrongFormatError
from kpidesk.io.grid import Workbook
from kpidesk.io.progress import ProgressHandle, Stage
from kpidesk.io.readers.csv_reader import CsvOptions, read_csv
from kpidesk.io.readers.ods import is_ods, read_ods
from kpidesk.io.readers.safety import ReadLimits, unknown_compression
from kpidesk.io.readers.sniff import FileKind, sniff
from kpidesk.io.readers.xlsx import read_xlsx

__all__ = ["CsvOptions", "ReadLimits", "read_workbook"]


def read_workbook(
    path: str | Path,
    *,
    sheets: Iterable[str] | None = None,
    csv_options: CsvOptions | None = None,
    limits: ReadLimits | None = None,
    progress: ProgressHandle | None = None,
    engine: str = "auto",
) -> Workbook:
    """Read a .xlsx, .xlsm, .ods or .csv file.

    Every sheet is listed in the result; the sheets named in `sheets` are read (hidden ones
    included, since the owner asked for them), or every visible sheet when `sheets` is None.
    Raises an `ImportFileError` subclass with a plain message for any file it cannot read.
    """
    path = Path(path)
    stage = Stage(progress, 0.0, 1.0)
    limits = limits or ReadLimits()
    wanted = set(sheets) if sheets is not None else None
    kind = sniff(path)
    if kind is FileKind.TEXT:
        return read_csv(path, csv_options or CsvOptions(), limits, stage)
    names, mimetype = _zip_names(path)
    if "xl/workbook.xml" in names:
        return read_xlsx(path, wanted, limits, stage, engine)
    if is_ods(names, mimetype):
        return read_ods(path, wanted, limits, stage)
    raise WrongFormatError(
        path,
        message(
            QT_TRANSLATE_NOOP(
                "messages", "the file is a zip archive but not an xlsx, xlsm or ods workbook"
            )
        ),
    )


def _zip_names(path: Path) -> tuple[list[str], bytes | None]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            mimetype = None
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
                try:
                    mimetype = archive.read("mimetype")
                except NotImplementedError:
                    raise unknown_compression(path, archive.getinfo("mimetype")) from None
            return names, mimetype
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise TruncatedFileError(
            path,
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the file is damaged or incomplete (its zip archive cannot be opened: "
                    "{error}); it was probably cut off while copying or downloading",
                ),
                error=str(exc),
            ),
        ) from None
