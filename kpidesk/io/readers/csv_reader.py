"""Reading CSV files as owners' programs export them.

Delimiters are `,` `;` or tab (a `sep=;` first line, written by Excel, says which for certain);
fields may be quoted. The encoding and delimiter, and whether each was guessed, are reported so
the import view can show them and let the owner choose otherwise.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, message
from kpidesk.io.errors import EmptyFileError, UnreadableTextError, UnsafeFileError
from kpidesk.io.grid import SheetGrid, SheetInfo, TextFormat, Workbook
from kpidesk.io.progress import Stage
from kpidesk.io.readers.safety import ReadLimits
from kpidesk.io.readers.text_encoding import decode

_DELIMITERS = (";", "\t", ",", "|")
_SAMPLE_LINES = 60


@dataclass(frozen=True, slots=True)
class CsvOptions:
    """The owner's overrides; None means "work it out"."""

    encoding: str | None = None
    delimiter: str | None = None


def read_csv(path: Path, options: CsvOptions, limits: ReadLimits, stage: Stage) -> Workbook:
    """The whole file as one sheet named after the file."""
    size = path.stat().st_size
    if size > limits.max_inflated_bytes:
        raise UnsafeFileError(
            path,
            message(QT_TRANSLATE_NOOP("messages", "the CSV file is larger than the size limit")),
        )
    data = path.read_bytes()
    try:
        decoded = decode(data, options.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UnreadableTextError(
            path,
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the file cannot be read as {encoding} ({error}); choose another encoding",
                ),
                encoding=options.encoding,
                error=str(exc),
            ),
        ) from None
    text = decoded.text.replace("\x00", "")
    lines = text.splitlines()
    delimiter, guessed = options.delimiter, False
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = delimiter or lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if delimiter is None:
        delimiter, guessed = _guess_delimiter(text), True
    stage.report(0.3)
    rows = _split(path, text, delimiter, stage)
    if not any(any(cell is not None for cell in row) for row in rows):
        raise EmptyFileError(
            path, message(QT_TRANSLATE_NOOP("messages", "the file has no cells with content"))
        )
    grid = SheetGrid(path.stem, rows, path, serials=False)
    text_format = TextFormat(decoded.encoding, delimiter, decoded.guessed, guessed)
    return Workbook(path, "csv", [SheetInfo(path.stem, False)], {path.stem: grid}, text_format)


def _split(path: Path, text: str, delimiter: str, stage: Stage) -> list[list[object]]:
    rows: list[list[object]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        for index, record in enumerate(reader):
            rows.append([field if field.strip() else None for field in record])
            if index % 20_000 == 0:
                stage.report(0.3 + 0.7 * min(index / max(text.count("\n"), 1), 1.0))
    except csv.Error as exc:
        raise UnreadableTextError(
            path,
            message(
                QT_TRANSLATE_NOOP("messages", "the CSV text is malformed ({error})"), error=str(exc)
            ),
        ) from None
    while rows and not any(cell is not None for cell in rows[-1]):
        rows.pop()
    return rows


def _guess_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of fields, most often
    and into the most fields; `;` wins ties because decimal commas make `,` unreliable."""
    sample = "\n".join(text.splitlines()[:_SAMPLE_LINES])
    best, best_score = ",", (-1.0, 0)
    for delimiter in _DELIMITERS:
        try:
            counts = [
                len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(r)
            ]
        except csv.Error:
            continue
        if not counts:
            continue
        width, often = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        score = (often / len(counts), width)
        if score[0] > best_score[0] + 0.05 or (
            abs(score[0] - best_score[0]) <= 0.05 and best_score[1] == 0
        ):
            best, best_score = delimiter, score
    return best
