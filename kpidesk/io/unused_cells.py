"""Every figure inside the found table is imported or named: the cells the reading left out.

An owner forgives a figure left out with a word; not one dropped in silence. The extractor
reads the cells under months beside KPI names; this pass walks the table's rows once more,
and every cell that was neither read (as a figure or a target) nor already named as a problem
is listed with its cell and why: a totals row, a quarter column, a unit column, a row with no
KPI name or no month, a column with no heading. In the columns of figures any filled cell is
listed (`12abc` in a row with no name too); beside them, only cells holding a number (a real
number or a text that reads as one, `NaN` and `1e-400` included).
"""

from __future__ import annotations

from collections.abc import Iterator

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.domain.month_text import SUMMARY_KINDS, HeaderKind
from kpidesk.domain.numbers import is_missing_text, reads_as_number
from kpidesk.domain.summary_text import summary_kind
from kpidesk.io.grid import SheetGrid, column_letters
from kpidesk.io.headers import HeaderReader
from kpidesk.io.left_out import kind_word
from kpidesk.io.plan import Layout, ProblemCode
from kpidesk.io.table import Table, WideBlock
from kpidesk.io.vocabulary import is_formula_text

Unused = tuple[int, int, Message, ProblemCode]
"""A cell left out: zero-based row and column, why, and the kind of reason."""

_NO_NAME_WIDE = QT_TRANSLATE_NOOP(
    "messages", "row {row} has figures but no KPI name; the row is left out"
)
_NO_NAME_LONG = QT_TRANSLATE_NOOP(
    "messages", "row {row} has a figure but no KPI name; the row is left out"
)
_FORMULA_NAME = QT_TRANSLATE_NOOP(
    "messages", "'{label}' is the text of a formula, not a KPI name; the row is left out"
)
_SUMMARY_ROW = QT_TRANSLATE_NOOP("messages", "row {row} ('{label}') is a {kind}, not imported")
_SUMMARY_COLUMN = QT_TRANSLATE_NOOP(
    "messages", "column {column} ('{label}') is a {kind}, not imported"
)
_BESIDE = QT_TRANSLATE_NOOP(
    "messages", "column {column} ('{label}') is beside the figures, not imported"
)
_NO_HEADING = QT_TRANSLATE_NOOP("messages", "column {column} has no heading; not imported")
_NOT_A_MONTH = QT_TRANSLATE_NOOP(
    "messages", "'{text}' is not a month; the figures in row {row} are left out"
)
_NO_MONTH = QT_TRANSLATE_NOOP(
    "messages", "there is no month; the figures in row {row} are left out"
)
_NOT_READ = QT_TRANSLATE_NOOP("messages", "was not read as a figure; not imported")
_HEADER_NO_YEAR = QT_TRANSLATE_NOOP(
    "messages",
    "the month '{text}' has no year (none above it, in the title or the sheet name)",
)
_NO_YEAR = QT_TRANSLATE_NOOP("messages", "the month '{text}' has no year; the row is left out")


Used = dict[int, set[int]]
"""The rows of each column whose cell was read (as a figure or a target) or named."""


def unused_cells(grid: SheetGrid, reader: HeaderReader, table: Table, used: Used) -> list[Unused]:
    """The table's cells that hold something and are neither `used` nor headers, each with
    the reason it is left out, in sheet order."""
    walker = _Walker(grid, reader, table, used)
    found = list(walker.wide() if table.layout is Layout.WIDE else walker.down())
    return sorted(found, key=lambda unused: (unused[0], unused[1]))


class _Walker:
    def __init__(self, grid: SheetGrid, reader: HeaderReader, table: Table, used: Used) -> None:
        self.grid = grid
        self.reader = reader
        self.table = table
        self.used = used

    def wide(self) -> Iterator[Unused]:
        for block in self.table.blocks:
            figures = set(block.months) | set(block.plans)
            rows = range(block.first_row, block.end_row)
            for col, row in self._left(rows, figures, {block.label_col, block.segment_col}):
                if col in figures:
                    why = self._wide_row(row, block)
                else:
                    why = self._column(block.header_row, col, block)
                yield (row, col, *why)

    def down(self) -> Iterator[Unused]:
        """Tall and long tables: the rows below the header."""
        table = self.table
        if table.layout is Layout.TALL:
            figures = set(table.label_cols) | set(table.target_cols)
            skipped = {table.month_col, table.year_col}
        else:
            figures = {col for col in (table.value_col, table.target_col) if col is not None}
            skipped = {table.label_col, table.month_col, table.year_col, table.segment_col}
        rows = range(table.first_data_row, self.grid.n_rows)
        for col, row in self._left(rows, figures, skipped):
            if col not in figures:
                yield (row, col, *self._column(table.header_row, col, None))
            elif table.layout is Layout.TALL:
                yield (row, col, *self._month_row(row))
            else:
                yield (row, col, *self._long_row(row))

    def _left(
        self, rows: range, figures: set[int], skipped: set[int | None]
    ) -> Iterator[tuple[int, int]]:
        """The (column, row) cells left out among `rows`: any filled cell among `figures`, a
        cell holding a number elsewhere; never one in `skipped` columns (names, months) nor a
        used cell. Walked column by column, the used cells taken away as a set: a long sheet's
        hundred thousand rows are all used and cost no Python step each."""
        grid_rows = self.grid.rows
        width = max(map(len, grid_rows[rows.start : rows.stop]), default=0)
        every = set(rows)
        for col in range(width):
            if col in skipped:
                continue
            for row in sorted(every - self.used.get(col, set())):
                cells = grid_rows[row]
                value = cells[col] if col < len(cells) else None
                if value is None:
                    continue
                if col in figures:
                    if not (isinstance(value, str) and is_missing_text(value)):
                        yield col, row
                elif _holds_number(value):
                    yield col, row

    def _text(self, row: int, col: int | None) -> str | None:
        if col is None:
            return None
        value = self.grid.value(row, col)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = " ".join(str(value).split()) if value is not None else ""
        return text or None

    def _wide_row(self, row: int, block: WideBlock) -> tuple[Message, ProblemCode]:
        label = self._text(row, block.label_col)
        if label is None:
            return message(_NO_NAME_WIDE, row=row + 1), ProblemCode.NO_LABEL
        return self._named_row(row, label)

    def _named_row(self, row: int, label: str) -> tuple[Message, ProblemCode]:
        if is_formula_text(label):
            return message(_FORMULA_NAME, label=label), ProblemCode.NO_LABEL
        kind = summary_kind(label)
        if kind is None:
            return message(_NOT_READ), ProblemCode.NOT_A_NUMBER
        return _summary_row(row, label, kind)

    def _long_row(self, row: int) -> tuple[Message, ProblemCode]:
        label = self._text(row, self.table.label_col)
        if label is None:
            return message(_NO_NAME_LONG, row=row + 1), ProblemCode.NO_LABEL
        if summary_kind(label) is not None:
            return self._named_row(row, label)
        return self._month_row(row)

    def _month_row(self, row: int) -> tuple[Message, ProblemCode]:
        col = self.table.month_col
        assert col is not None
        info = self.reader.info(row, col)
        text = self._text(row, col)
        if info.kind in SUMMARY_KINDS:
            return _summary_row(row, text, info.kind.value)
        if info.kind is HeaderKind.MONTH_NO_YEAR:
            return message(_NO_YEAR, text=text), ProblemCode.NO_YEAR
        if info.kind is HeaderKind.MONTH:
            return message(_NOT_READ), ProblemCode.NOT_A_NUMBER
        if text is None:
            return message(_NO_MONTH, row=row + 1), ProblemCode.NOT_A_MONTH
        return message(_NOT_A_MONTH, text=text, row=row + 1), ProblemCode.NOT_A_MONTH

    def _column(
        self, header_row: int, col: int, block: WideBlock | None
    ) -> tuple[Message, ProblemCode]:
        letters = column_letters(col)
        kind = self.reader.info(header_row, col).kind if header_row >= 0 else HeaderKind.EMPTY
        heading = self._text(header_row, col) if header_row >= 0 else None
        if block is not None and block.first_row > header_row + 1:
            heading = self._text(block.first_row - 1, col) or heading
        if kind is HeaderKind.MONTH_NO_YEAR:
            return message(_HEADER_NO_YEAR, text=heading), ProblemCode.NO_YEAR
        if kind in SUMMARY_KINDS or (kind is HeaderKind.YEAR and block is not None):
            summary = "total" if kind is HeaderKind.YEAR else kind.value
            return summary_column_reason(col, heading, summary), ProblemCode.SUMMARY
        if heading is None:
            return message(_NO_HEADING, column=letters), ProblemCode.BESIDE
        return message(_BESIDE, column=letters, label=heading), ProblemCode.BESIDE


def summary_column_reason(col: int, label: str | None, kind: str) -> Message:
    """Why a column of figures is left out as a summary (`column E ('Total') is a total…`)."""
    return message(_SUMMARY_COLUMN, column=column_letters(col), label=label, kind=kind_word(kind))


def summary_row_reason(row: int, label: str | None, kind: str) -> Message:
    """Why a row of figures is left out as a summary (`row 6 ('Total') is a total…`)."""
    return message(_SUMMARY_ROW, row=row + 1, label=label, kind=kind_word(kind))


def _summary_row(row: int, label: str | None, kind: str) -> tuple[Message, ProblemCode]:
    return summary_row_reason(row, label, kind), ProblemCode.SUMMARY


def _holds_number(value: object) -> bool:
    """A number, or a text that reads as one or as a figure gone wrong (`NaN`, `1e-400`)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and reads_as_number(value)
