"""Reading the figures out of a located table into observations and problems.

Each figure is checked on its own: error cells, formulas without a saved result and text that
is not a number become cell problems and are left out. Two things refuse the whole import: a
decimal mark that neither the cell, nor the rest of the table, nor the owner's choice can tell
(`3.000`), and the same KPI and month twice (both cells named).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby
from math import isfinite
from operator import attrgetter

from kpidesk.domain.kpi import name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.domain.month import Month
from kpidesk.domain.month_text import SUMMARY_KINDS, HeaderKind
from kpidesk.domain.numbers import (
    DecimalMark,
)
from kpidesk.domain.summary_text import is_summary_label
from kpidesk.io.figure_cells import CellTrouble, decimal_marks, read_figure
from kpidesk.io.grid import SheetGrid, address, parse_address
from kpidesk.io.headers import HeaderReader
from kpidesk.io.left_out import summary_row, totals_row
from kpidesk.io.plan import Layout, Observation, Problem, ProblemCode, Severity, Target
from kpidesk.io.progress import Stage
from kpidesk.io.sum_labels import sum_labels
from kpidesk.io.table import Table
from kpidesk.io.unused_cells import summary_column_reason, summary_row_reason, unused_cells
from kpidesk.io.vocabulary import is_formula_text

_REPORT_EVERY = 5_000


Entry = tuple[str, Month, int, int, object, str | None]
"""A cell that should hold the figure of a label for a month: (label, month, row, column,
value as read, segment label or None). A plain tuple: a long sheet makes one per row."""


@dataclass
class Extraction:
    observations: list[Observation]
    problems: list[Problem]
    labels: list[str]
    months: list[Month]
    ignored: list[Message]
    decimal_mark: DecimalMark | None
    targets: list[Target] = field(default_factory=list)


class Extractor:
    """Turns one located table into observations; problems name file, sheet and cell."""

    def __init__(self, grid: SheetGrid, reader: HeaderReader, file_name: str, stage: Stage) -> None:
        self.grid = grid
        self.reader = reader
        self.file_name = file_name
        self.stage = stage
        self.problems: list[Problem] = []
        self.ignored: list[Message] = []
        self._labels: dict[str, tuple[str | None, bool]] = {}
        self._months: dict[tuple[type, object, int | None], Month | str | None] = {}
        self._segments: dict[object, tuple[str | None]] = {}
        self.targets: list[Target] = []

    def problem(self, cell: str | None, reason: Message, code: ProblemCode, refusal: bool) -> None:
        severity = Severity.REFUSAL if refusal else Severity.CELL
        self.problems.append(Problem(self.file_name, self.grid.name, cell, reason, severity, code))

    def run(self, table: Table, decimal_mark: DecimalMark | None) -> Extraction:
        self.ignored.extend(table.ignored)
        for cell, text in table.unplaced:
            self.problem(
                cell,
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the month '{text}' has no year "
                        "(none above it, in the title or the sheet name)",
                    ),
                    text=text,
                ),
                ProblemCode.NO_YEAR,
                refusal=True,
            )
        entries = list(self._entries(table))
        extraction = self._values(entries, decimal_mark)
        self._sums(table, extraction.observations, extraction.labels)
        self._unused(table, extraction.observations)
        return extraction

    def _sums(self, table: Table, observations: list[Observation], labels: list[str]) -> None:
        """Leave out, naming each cell, the KPIs named like summaries whose figures add up
        (or average) the KPIs before them: the sheet's own subtotals."""
        found = sum_labels(observations, across=table.layout is Layout.TALL)
        if not found:
            return
        kept = [obs for obs in observations if obs.label not in found]
        for obs in observations:
            if obs.label in found and obs.value is not None:
                if table.layout is Layout.TALL:
                    reason = summary_column_reason(obs.col, obs.label, "total")
                else:
                    reason = summary_row_reason(obs.row, obs.label, "total")
                self.problem(obs.cell, reason, ProblemCode.SUMMARY, refusal=False)
        observations[:] = kept
        keys = {name_key(label) for label in found}
        labels[:] = [label for label in labels if name_key(label) not in keys]

    def _unused(self, table: Table, observations: list[Observation]) -> None:
        """Name every cell of the table that holds something and was not read."""
        by_col = attrgetter("col")
        used = {
            col: set(map(attrgetter("row"), cells))
            for col, cells in groupby(sorted(observations, key=by_col), key=by_col)
        }
        for target in self.targets:
            used.setdefault(target.col, set()).add(target.row)
        for problem in self.problems:
            if problem.cell is not None:
                row, col = parse_address(problem.cell)
                used.setdefault(col, set()).add(row)
        for row, col, reason, code in unused_cells(self.grid, self.reader, table, used):
            self.problem(address(row, col), reason, code, refusal=False)

    def _entries(self, table: Table) -> Iterator[Entry]:
        if table.layout is Layout.WIDE:
            yield from self._wide(table)
        elif table.layout is Layout.TALL:
            yield from self._tall(table)
        else:
            yield from self._long(table)

    def _label(self, row: int, col: int) -> str | None:
        value = self.grid.value(row, col)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = " ".join(str(value).split())
        return text or None

    def _label_total(self, row: int, col: int) -> tuple[str | None, bool]:
        """The label and whether it marks a totals row, cached by text (long sheets repeat
        each KPI name hundreds of times)."""
        value = self.grid.value(row, col)
        if isinstance(value, str):
            known = self._labels.get(value)
            if known is None:
                label = self._label(row, col)
                known = self._labels[value] = (label, label is not None and is_summary_label(label))
            return known
        label = self._label(row, col)
        return label, label is not None and is_summary_label(label)

    def _has_figures(self, row: int, cols: list[int]) -> bool:
        return any(not self.grid.is_empty(row, col) for col in cols)

    def _wide(self, table: Table) -> Iterator[Entry]:
        total = max(self.grid.n_rows, 1)
        for block in table.blocks:
            cols = sorted(block.months)
            for row in range(block.first_row, block.end_row):
                if row % _REPORT_EVERY == 0:
                    self.stage.report(row / total)
                label = self._label(row, block.label_col)
                if not self._has_figures(row, cols + sorted(block.plans)):
                    continue
                if row in block.target_rows:
                    for col in cols:
                        self._target(block.target_rows[row], block.months[col], row, col)
                    continue
                if label is None or is_formula_text(label):
                    continue
                if is_summary_label(label):
                    self.ignored.append(totals_row(row + 1, label))
                    continue
                for col, month in sorted(block.plans.items()):
                    self._target(label, month, row, col)
                segment = None if block.segment_col is None else self._label(row, block.segment_col)
                for col in cols:
                    value = self.grid.value(row, col)
                    yield (label, block.months[col], row, col, value, segment)

    def _target(self, label: str, month: Month, row: int, col: int) -> None:
        """A plan cell: read as a figure is, kept as the month's target."""
        found = read_figure(self.grid, label, month, row, col, None)
        if type(found) is CellTrouble:
            self.problem(address(row, col), *found)
        elif isinstance(found, Observation) and found.value is not None:
            self.targets.append(Target(label, month, found.value, row, col, found.currency))

    def _year_in_row(self, table: Table, row: int, carried: int | None) -> int | None:
        if table.year_col is None:
            return carried
        info = self.reader.info(row, table.year_col)
        return info.year if info.kind is HeaderKind.YEAR else carried

    def _month_in_row(self, table: Table, row: int, year: int | None) -> Month | str | None:
        """The row's month; a string when the row is a summary row; None when not a month.

        Remembered by cell value and carried year: a long sheet repeats each month once per
        KPI."""
        assert table.month_col is not None
        raw = self.grid.value(row, table.month_col)
        key = (type(raw), raw, year)
        try:
            return self._months[key]
        except KeyError:
            month = self._months[key] = self._read_month(table, row, year)
            return month

    def _read_month(self, table: Table, row: int, year: int | None) -> Month | str | None:
        assert table.month_col is not None
        info = self.reader.info(row, table.month_col)
        if info.kind is HeaderKind.MONTH:
            return info.month
        if info.kind is HeaderKind.MONTH_NO_YEAR and info.month_number is not None:
            chosen = year if year is not None else table.context_year
            return Month(chosen, info.month_number) if chosen is not None else "no year"
        if info.kind in SUMMARY_KINDS:
            return info.kind.value
        return None

    def _tall(self, table: Table) -> Iterator[Entry]:
        assert table.month_col is not None
        cols = sorted(table.label_cols)
        total = max(self.grid.n_rows, 1)
        year: int | None = None
        for row in range(table.first_data_row, self.grid.n_rows):
            if row % _REPORT_EVERY == 0:
                self.stage.report(row / total)
            year = self._year_in_row(table, row, year)
            month = self._month_in_row(table, row, year)
            if not self._has_figures(row, cols + sorted(table.target_cols)):
                continue
            if not isinstance(month, Month):
                self._not_month_row(row, table.month_col, month)
                continue
            for col, label in sorted(table.target_cols.items()):
                self._target(label, month, row, col)
            for col in cols:
                yield (table.label_cols[col], month, row, col, self.grid.value(row, col), None)

    def _not_month_row(self, row: int, col: int, why: str | None) -> None:
        """A summary row (`Q1`, `Total`) is noted among the rows left out; its cells, like
        those of rows with no month, are listed one by one by `unused_cells`."""
        text = self._label(row, col)
        if why not in (None, "no year") or (text is not None and is_summary_label(text)):
            self.ignored.append(summary_row(row + 1, text, why or "total"))

    def _long(self, table: Table) -> Iterator[Entry]:
        """One entry per row. Labels and months are read once per distinct cell value; long
        sheets repeat each a thousand times. A long table's KPI column is headed as one, so
        every text in it is a name, even one that reads like a formula (`=HYPERLINK(…)`, as a
        CSV export writes it with its escape taken off)."""
        assert table.month_col is not None and table.value_col is not None
        assert table.label_col is not None
        label_col, month_col, value_col = table.label_col, table.month_col, table.value_col
        segment_col = table.segment_col
        rows, total = self.grid.rows, max(self.grid.n_rows, 1)
        year: int | None = None
        for row in range(table.first_data_row, self.grid.n_rows):
            if row % _REPORT_EVERY == 0:
                self.stage.report(row / total)
            if table.year_col is not None:
                year = self._year_in_row(table, row, year)
            cells = rows[row]
            value = cells[value_col] if value_col < len(cells) else None
            no_figure = type(value) is not float and self.grid.is_empty(row, value_col)
            target_col = table.target_col
            if no_figure and (target_col is None or self.grid.is_empty(row, target_col)):
                continue
            raw_label = cells[label_col] if label_col < len(cells) else None
            known = self._labels.get(raw_label) if type(raw_label) is str else None
            label, is_total = known or self._label_total(row, label_col)
            if label is None:
                continue
            if is_total:
                self.ignored.append(totals_row(row + 1, label))
                continue
            raw_month = cells[month_col] if month_col < len(cells) else None
            month = self._months.get((type(raw_month), raw_month, year))
            if month is None:
                month = self._month_in_row(table, row, year)
            if type(month) is not Month:
                self._not_month_row(row, month_col, month)
                continue
            segment = None if segment_col is None else self._segment(cells, row, segment_col)
            if target_col is not None and segment is None:
                self._target(label, month, row, target_col)
            if not no_figure:
                yield (label, month, row, value_col, value, segment)

    def _segment(self, cells: list[object], row: int, col: int) -> str | None:
        """A long row's segment label, read once per distinct cell value; None (the
        business as a whole) for an empty cell."""
        raw = cells[col] if col < len(cells) else None
        if raw is None:
            return None
        known = self._segments.get(raw)
        if known is None:
            known = self._segments[raw] = (self._label(row, col),)
        return known[0]

    def _values(self, entries: list[Entry], explicit: DecimalMark | None) -> Extraction:
        overall, by_label = decimal_marks([(e[0], e[4]) for e in entries], explicit)
        percent, currency, tiny = self.grid.percent, self.grid.currency, self.grid.too_small
        observations: list[Observation] = []
        labels: dict[str, str] = {}
        seen: dict[tuple[str, str | None], tuple[str, dict[Month, tuple[int, int]]]] = {}
        by_key: dict[tuple[str, str | None], dict[Month, tuple[int, int]]] = {}
        empty_months: set[Month] = set()
        for index, (label, month, row, col, value, segment) in enumerate(entries):
            if index % _REPORT_EVERY == 0:
                self.stage.report(index / max(len(entries), 1))
            marked = (
                (percent and (row, col) in percent)
                or (currency and (row, col) in currency)
                or (tiny and (row, col) in tiny)
            )
            if type(value) is float and not marked and isfinite(value):
                found: Observation | CellTrouble | None = Observation(label, month, value, row, col)
            else:
                hint = overall or by_label.get(label)
                found = read_figure(self.grid, label, month, row, col, hint)
                if found is None:
                    continue
                if type(found) is CellTrouble:
                    self.problem(address(row, col), *found)
                    continue
            assert isinstance(found, Observation)
            if segment is not None:
                found = found._replace(segment=segment)
            slot = seen.get((label, segment))
            if slot is None:
                key = name_key(label)
                place = (key, None if segment is None else name_key(segment))
                slot = seen[(label, segment)] = (key, by_key.setdefault(place, {}))
                labels.setdefault(key, label)
            if found.value is None:
                empty_months.add(month)
            else:
                position = (row, col)
                first = slot[1].setdefault(month, position)
                if first is not position:
                    self._duplicate(
                        label if segment is None else f"{label} / {segment}", month, first, position
                    )
                    continue
            observations.append(found)
        months = empty_months.union(*by_key.values())
        for target in self.targets:
            labels.setdefault(name_key(target.label), target.label)
        return Extraction(
            observations,
            self.problems,
            list(labels.values()),
            sorted(months),
            self.ignored,
            overall,
            self.targets,
        )

    def _duplicate(
        self, label: str, month: Month, first: tuple[int, int], second: tuple[int, int]
    ) -> None:
        self.problem(
            address(*second),
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "'{label}' for {month} appears twice, in {first} and {second}; "
                    "keep one of them",
                ),
                label=label,
                month=month,
                first=address(*first),
                second=address(*second),
            ),
            ProblemCode.DUPLICATE,
            refusal=True,
        )
