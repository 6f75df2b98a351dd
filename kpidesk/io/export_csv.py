"""CSV export: `kpi,month,value,target`, one row per KPI and month with a value or a target."""

from __future__ import annotations

import csv
import re
from typing import TextIO

from kpidesk.domain.plain_numbers import plain_decimal
from kpidesk.domain.rows import value_target_rows
from kpidesk.domain.scorecard import Scorecard

CSV_COLUMNS = ("kpi", "month", "value", "target")


def write_csv(scorecard: Scorecard, stream: TextIO) -> int:
    """Write the rows; returns how many. Text cells that a spreadsheet would run as a formula
    (a KPI named "=cmd|...") are prefixed with an apostrophe. A row whose name holds a
    carriage return is written fully quoted: the csv module quotes only the line ending it
    writes (a line feed), and an unquoted carriage return splits the row when read back."""
    writer = csv.writer(stream, lineterminator="\n")
    quoted = csv.writer(stream, lineterminator="\n", quoting=csv.QUOTE_ALL)
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


_FORMULA_START = re.compile(r"'*[=+\-@]")


def safe_text(text: str) -> str:
    """Keep text that begins with = + - @ from being run as a formula by a spreadsheet: an
    apostrophe before it. Text that already begins with apostrophes before one of them gets
    one more, so the import (`own_export.unescape`) takes off exactly what was added."""
    return f"'{text}" if _FORMULA_START.match(text) else text
