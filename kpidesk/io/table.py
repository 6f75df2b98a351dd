"""What the detector found in a sheet: where a table's parts are, rows and columns zero-based.

`detect` and `detect_long` fill these in; `extract` reads the figures from them and
`unused_cells` lists what they leave out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kpidesk.domain.messages import Message
from kpidesk.domain.month import Month
from kpidesk.io.plan import Layout


@dataclass
class WideBlock:
    """One header row of months and the rows of figures below it (up to the next block)."""

    header_row: int
    months: dict[int, Month]
    first_row: int
    end_row: int
    label_col: int = -1
    plans: dict[int, Month] = field(default_factory=dict)
    """Columns of targets for a month (`План` beside `Факт` under it)."""
    target_rows: dict[int, str] = field(default_factory=dict)
    """Rows of targets (`Revenue target` under `Revenue`), with the label they belong to."""
    segment_col: int | None = None
    """The column headed `Location` (or a set's name) beside the KPI names, if any."""


@dataclass
class Table:
    """Where a table's parts are; rows and columns are zero-based."""

    layout: Layout
    header_row: int
    label_col: int | None = None
    month_col: int | None = None
    value_col: int | None = None
    year_col: int | None = None
    segment_col: int | None = None
    """A long table's column of segments (`Location`, `Служител`, `Pood`)."""
    target_col: int | None = None
    """A long table's column of the month's target (`Target`, `План`, `Eesmärk`)."""
    blocks: list[WideBlock] = field(default_factory=list)
    label_cols: dict[int, str] = field(default_factory=dict)
    target_cols: dict[int, str] = field(default_factory=dict)
    """A tall table's columns of targets, with the label of the KPI each belongs to."""
    first_data_row: int = 0
    context_year: int | None = None
    ignored: list[Message] = field(default_factory=list)
    unplaced: list[tuple[str, str]] = field(default_factory=list)
    score: int = 0
