"""CSV export: `kpi,month,value,target`, one row per KPI and month with a value or a target;
with segments `kpi,segment,month,value,target` (the segment empty on total rows)."""

from __future__ import annotations

import csv
import re
from typing import TYPE_CHECKING, TextIO

from kpidesk.domain.plain_numbers import plain_decimal
from kpidesk.domain.rows import value_target_rows
from kpidesk.domain.scorecard import Scorecard
from kpidesk.io.segment_rows import segment_rows

if TYPE_CHECKING:
    from _csv import Writer as CsvWriter

CSV_COLUMNS = ("kpi", "month", "value", "target")
SEGMENT_CSV_COLUMNS = ("kpi", "segment", "month", "value", "target")


def write_csv(scorecard: Scorecard, stream: TextIO) -> int:
    """Write the rows; returns how many. Text cells that a spreadsheet would run as a formula
    (a KPI named "=cmd|...") are prefixed with an apostrophe. A row whose name holds a
    carriage return is written fully quoted: the csv module quotes only the line ending it
    writes (a line feed), and an unquoted carriage return splits the row when read back."""
    writer = csv.writer(stream, lineterminator="\n")
    quoted = csv.writer(stream, lineterminator="\n", quoting=csv.QUOTE_ALL)
    if scorecard.segment_sets:
        return _with_segments(scorecard, writer, quoted)
    writer.writerow(CSV_COLUMNS)
    rows = value_target_rows(scorecard)
    for row in rows:
        (quoted if "\r" in row.kpi else writer).writerow(
            [
                safe_text(row.kpi),
                str(row.month),
                plain_decimal(row.value),
                plain_decimal(row.target),
            ]
        )
    return len(rows)


def _with_segments(scorecard: Scorecard, writer: CsvWriter, quoted: CsvWriter) -> int:
    """The rows of a workspace with segments (see `segment_rows` for which)."""
    writer.writerow(SEGMENT_CSV_COLUMNS)
    rows = segment_rows(scorecard)
    for row in rows:
        segment = row.segment or ""
        (quoted if "\r" in row.kpi or "\r" in segment else writer).writerow(
            [
                safe_text(row.kpi),
                safe_text(segment),
                str(row.month),
                plain_decimal(row.value),
                plain_decimal(row.target),
            ]
        )
    return len(rows)


_FORMULA_START = re.compile(r"'*[=+\-@]")


def safe_text(text: str) -> str:
    """Keep text that begins with = + - @ from being run as a formula by a spreadsheet: an
    apostrophe before it. Text that already begins with apostrophes before one of them gets
    one more, so the import (`own_export.unescape`) takes off exactly what was added."""
    return f"'{text}" if _FORMULA_START.match(text) else text
