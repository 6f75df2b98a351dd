"""Reading the figures out of a located table into observations and problems.

Each figure is checked on its own: error cells, formulas without a saved result and text that
is not a number become cell problems and are left out. Two things refuse the whole import: a
decimal mark that neither the cell, nor the rest of the table, nor the owner's choice can tell
(`3.000`), and the same KPI and month twice (both cells named).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from kpidesk.domain.kpi import name_key
from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from kpidesk.domain.month import Month
from kpidesk.domain.month_text import SUMMARY_KINDS, HeaderKind, is_total_label
from kpidesk.domain.numbers import (
    AmbiguousDecimalMark,
    DecimalMark,
    NumberParseError,
    infer_decimal_mark,
    parse_number,
)
from kpidesk.io.detect import Table
from kpidesk.io.grid import CellKind, SheetGrid, address
from kpidesk.io.headers import HeaderReader
from kpidesk.io.left_out import summary_row, totals_row
from kpidesk.io.plan import Layout, Observation, Problem, ProblemCode, Severity
from kpidesk.io.progress import Stage

_REPORT_EVERY = 5_000


@dataclass(frozen=True, slots=True)
class Entry:
    """A cell that should hold the figure of `label` for `month`."""

    label: str
    month: Month
    row: int
    col: int


@dataclass
class Extraction:
    observations: list[Observation]
    problems: list[Problem]
    labels: list[str]
    months: list[Month]
    ignored: list[Message]
    decimal_mark: DecimalMark | None


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
        return self._values(entries, decimal_mark)

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
                known = self._labels[value] = (label, label is not None and is_total_label(label))
            return known
        label = self._label(row, col)
        return label, label is not None and is_total_label(label)

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
                if not self._has_figures(row, cols):
                    continue
                if label is None:
                    self.problem(
                        address(row, block.label_col),
                        message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "row {row} has figures but no KPI name; the row is left out",
                            ),
                            row=row + 1,
                        ),
                        ProblemCode.NO_LABEL,
                        refusal=False,
                    )
                    continue
                if is_total_label(label):
                    self.ignored.append(totals_row(row + 1, label))
                    continue
                for col in cols:
                    yield Entry(label, block.months[col], row, col)

    def _year_in_row(self, table: Table, row: int, carried: int | None) -> int | None:
        if table.year_col is None:
            return carried
        info = self.reader.info(row, table.year_col)
        return info.year if info.kind is HeaderKind.YEAR else carried

    def _month_in_row(self, table: Table, row: int, year: int | None) -> Month | str | None:
        """The row's month; a string when the row is a summary row; None when not a month."""
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
            if not self._has_figures(row, cols):
                continue
            if not isinstance(month, Month):
                self._not_month_row(row, table.month_col, month)
                continue
            for col in cols:
                yield Entry(table.label_cols[col], month, row, col)

    def _not_month_row(self, row: int, col: int, why: str | None) -> None:
        text = self._label(row, col)
        if why == "no year":
            self.problem(
                address(row, col),
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "the month '{text}' has no year; the row is left out"
                    ),
                    text=text,
                ),
                ProblemCode.NO_YEAR,
                refusal=False,
            )
        elif why is not None or (text is not None and is_total_label(text)):
            self.ignored.append(summary_row(row + 1, text, why or "total"))
        else:
            if text:
                reason = message(
                    QT_TRANSLATE_NOOP(
                        "messages", "'{text}' is not a month; the figures in row {row} are left out"
                    ),
                    text=text,
                    row=row + 1,
                )
            else:
                reason = message(
                    QT_TRANSLATE_NOOP(
                        "messages", "there is no month; the figures in row {row} are left out"
                    ),
                    row=row + 1,
                )
            self.problem(
                address(row, col),
                reason,
                ProblemCode.NOT_A_MONTH,
                refusal=False,
            )

    def _long(self, table: Table) -> Iterator[Entry]:
        assert table.month_col is not None and table.value_col is not None
        assert table.label_col is not None
        total = max(self.grid.n_rows, 1)
        year: int | None = None
        for row in range(table.first_data_row, self.grid.n_rows):
            if row % _REPORT_EVERY == 0:
                self.stage.report(row / total)
            year = self._year_in_row(table, row, year)
            if self.grid.is_empty(row, table.value_col):
                continue
            label, is_total = self._label_total(row, table.label_col)
            if label is None:
                self.problem(
                    address(row, table.label_col),
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "row {row} has a figure but no KPI name; the row is left out",
                        ),
                        row=row + 1,
                    ),
                    ProblemCode.NO_LABEL,
                    refusal=False,
                )
                continue
            if is_total:
                self.ignored.append(totals_row(row + 1, label))
                continue
            month = self._month_in_row(table, row, year)
            if not isinstance(month, Month):
                self._not_month_row(row, table.month_col, month)
                continue
            yield Entry(label, month, row, table.value_col)

    def _values(self, entries: list[Entry], explicit: DecimalMark | None) -> Extraction:
        texts = [self.grid.value(e.row, e.col) for e in entries]
        overall = infer_decimal_mark(texts)
        by_label: dict[str, DecimalMark | None] = {}
        if explicit is None and overall is None:
            grouped: dict[str, list[object]] = {}
            for entry, text in zip(entries, texts, strict=True):
                grouped.setdefault(entry.label, []).append(text)
            by_label = {label: infer_decimal_mark(values) for label, values in grouped.items()}
        observations: list[Observation] = []
        seen: dict[tuple[str, Month], str] = {}
        labels: dict[str, str] = {}
        keys: dict[str, str] = {}
        months: set[Month] = set()
        for index, entry in enumerate(entries):
            if index % _REPORT_EVERY == 0:
                self.stage.report(index / max(len(entries), 1))
            hint = explicit or overall or by_label.get(entry.label)
            observation = self._observation(entry, hint)
            if observation is None:
                continue
            label_key = keys.get(entry.label)
            if label_key is None:
                label_key = keys[entry.label] = name_key(entry.label)
            key = (label_key, entry.month)
            if observation.value is not None and key in seen:
                self.problem(
                    observation.cell,
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "'{label}' for {month} appears twice, in {first} and {second}; "
                            "keep one of them",
                        ),
                        label=entry.label,
                        month=entry.month,
                        first=seen[key],
                        second=observation.cell,
                    ),
                    ProblemCode.DUPLICATE,
                    refusal=True,
                )
                continue
            if observation.value is not None:
                seen[key] = observation.cell
            labels.setdefault(key[0], entry.label)
            months.add(entry.month)
            observations.append(observation)
        mark = explicit or overall
        return Extraction(
            observations, self.problems, list(labels.values()), sorted(months), self.ignored, mark
        )

    def _observation(self, entry: Entry, hint: DecimalMark | None) -> Observation | None:
        grid, row, col = self.grid, entry.row, entry.col
        cell = address(row, col)
        value = grid.value(row, col)
        if type(value) is float and not grid.percent:
            return Observation(entry.label, entry.month, value, cell)
        kind = grid.kind(row, col)
        if kind is CellKind.EMPTY:
            return None
        if kind is CellKind.ERROR:
            code = grid.errors.get((row, col), "#ERROR")
            reason = message(
                QT_TRANSLATE_NOOP("messages", "shows the error {code}; left out"), code=code
            )
            self._cell_problem(cell, reason, ProblemCode.ERROR_CELL)
            return None
        if kind is CellKind.FORMULA_WITHOUT_RESULT:
            self._cell_problem(
                cell,
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "has a formula with no saved result "
                        "(the file was saved without calculating); "
                        "open and save it in Excel or LibreOffice, then import again",
                    )
                ),
                ProblemCode.FORMULA_WITHOUT_RESULT,
            )
            return None
        if kind in (CellKind.DATE, CellKind.BOOL):
            value = grid.value(row, col)
            if kind is CellKind.DATE:
                reason = message(
                    QT_TRANSLATE_NOOP("messages", "'{value}' is a date, not a figure"), value=value
                )
            else:
                reason = message(
                    QT_TRANSLATE_NOOP("messages", "'{value}' is a bool, not a figure"), value=value
                )
            self._cell_problem(cell, reason, ProblemCode.NOT_A_NUMBER)
            return None
        try:
            parsed = parse_number(grid.value(row, col), hint)
        except AmbiguousDecimalMark as exc:
            self.problem(cell, exc.message, ProblemCode.AMBIGUOUS_DECIMAL_MARK, refusal=True)
            return None
        except NumberParseError as exc:
            reason = message(
                QT_TRANSLATE_NOOP("messages", "{reason}; left out"), reason=exc.message
            )
            self._cell_problem(cell, reason, ProblemCode.NOT_A_NUMBER)
            return None
        if parsed is None:
            return Observation(entry.label, entry.month, None, cell)
        value, percent = parsed.value, parsed.percent
        if (row, col) in grid.percent and not percent:
            value, percent = float(Decimal(repr(value)) * 100), True
        return Observation(entry.label, entry.month, value, cell, percent, parsed.currency)

    def _cell_problem(self, cell: str, reason: Message, code: ProblemCode) -> None:
        self.problem(cell, reason, code, refusal=False)
