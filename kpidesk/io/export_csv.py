"""CSV export: `kpi,month,value,target`, one row per KPI and month with a value or a target."""

from __future__ import annotations

import csv
from typing import TextIO

from kpidesk.domain.plain_numbers import plain_decimal
from kpidesk.domain.rows import value_target_rows
from kpidesk.domain.scorecard import Scorecard

CSV_COLUMNS = ("kpi", "month", "value", "target")


def write_csv(scorecard: Scorecard, stream: TextIO) -> int:
    """Write the rows; returns how many. Text cells that a spreadsheet would run as a formula
    (a KPI named "=cmd|...") are prefixed with an apostrophe."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    rows = value_target_rows(scorecard)
    for row in rows:
        writer.writerow(
            [
                safe_text(row.kpi),
                str(row.month),
                plain_decimal(row.value),
                plain_decimal(row.target),
            ]
        )
    return len(rows)


def safe_text(text: str) -> str:
    """Keep text that begins with = + - @ from being run as a formula by a spreadsheet."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text
