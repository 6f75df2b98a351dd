"""Recognise kpidesk's own exports, so exporting and importing again gives back the same
KPIs, figures, notes, targets and target history.

The generic importer reads the figures; this module adds what only our own files carry: the
target of every month and each figure's note (the data sheet), the KPI definitions and the
target history. It works on the grids the safe readers produced, so the same export saved
again by LibreOffice (`.ods` or `.xlsx`) or Excel is recognised as well. Every figure of an
export is in the currency its KPI is shown in.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from kpidesk.domain.kpi import KpiDefinition, name_key
from kpidesk.domain.month import Month
from kpidesk.domain.segments import SegmentSet
from kpidesk.io.errors import ImportFileError
from kpidesk.io.export_columns import (
    DATA_COLUMNS,
    DATA_SHEET,
    KPI_SHEET,
    SEGMENT_DATA_COLUMNS,
    SEGMENT_SHEET,
    TARGET_SHEET,
)
from kpidesk.io.export_csv import CSV_COLUMNS, SEGMENT_CSV_COLUMNS
from kpidesk.io.grid import SheetGrid, Workbook
from kpidesk.io.own_sheets import (
    ImportedDecision,
    read_definitions,
    read_history,
    read_segment_sets,
)
from kpidesk.io.plan import ImportPlan
from kpidesk.io.readers import CsvOptions, read_workbook

_ESCAPED = re.compile(r"'+[=+\-@]")


@dataclass
class SegmentTargetRows:
    """One segment's target rows of an export: (label, month, target), and the months
    listed without a target."""

    targets: list[tuple[str, Month, float]] = field(default_factory=list)
    untargeted: list[tuple[str, Month]] = field(default_factory=list)


@dataclass
class OwnExport:
    """What a kpidesk export holds beyond its figures. `book`, when set, is the file as it
    is to be planned instead (a CSV with the export's formula escapes taken off again)."""

    sheet: str | None
    targets: list[tuple[str, Month, float]] = field(default_factory=list)
    """The total's target of each month the file lists, by label."""
    definitions: list[KpiDefinition] = field(default_factory=list)
    history: list[ImportedDecision] | None = None
    """Every target decision, when the file carries the history (a workbook export)."""
    notes: dict[tuple[str, str | None, Month], str] = field(default_factory=dict)
    """Each figure's note by label name key, segment label name key (None: the total's)
    and month."""
    untargeted: list[tuple[str, Month]] = field(default_factory=list)
    """The months listed with a figure and no target, which had none when exported."""
    segment_targets: dict[str, SegmentTargetRows] = field(default_factory=dict)
    """The same as `targets` and `untargeted` for each segment label."""
    segment_sets: list[SegmentSet] = field(default_factory=list)
    """The sets and segments a workbook export defines, in their order."""
    names: dict[str, str] = field(default_factory=dict)
    """A CSV export's KPI names as written, by name key: the importer reads a label with its
    spaces, tabs and line breaks made one space, and a new KPI takes the name written."""
    book: Workbook | None = None


def could_be_own_export(path: Path, plan: ImportPlan) -> bool:
    """Whether the file is worth reading again as an export: a CSV, or a workbook with our
    data and KPI sheets (most owners' workbooks are ruled out without reading them twice)."""
    if plan.file_format == "csv":
        return True
    names = {info.name for info in plan.sheets}
    return {DATA_SHEET, KPI_SHEET} <= names


def read_own_export(
    path: Path, plan: ImportPlan, csv_options: CsvOptions | None = None
) -> OwnExport | None:
    """The extra content of a kpidesk export, or None when the file is not one. Call it only
    on a file the safe readers of `kpidesk.io.readers` have accepted."""
    try:
        if plan.file_format == "csv":
            if not _csv_header_is_ours(path, plan):
                return None
            return _from_csv(read_workbook(path, csv_options=csv_options))
        names = {info.name for info in plan.sheets}
        sheets = (DATA_SHEET, KPI_SHEET, TARGET_SHEET, SEGMENT_SHEET)
        wanted = [s for s in sheets if s in names]
        return _from_workbook(read_workbook(path, sheets=wanted))
    except (ImportFileError, ValueError, KeyError, TypeError):
        return None


def _csv_header_is_ours(path: Path, plan: ImportPlan) -> bool:
    """Whether the first line is the export's header, read as the file was decoded; an
    owner's CSV is then not read a second time."""
    text = plan.text_format
    encoding, delimiter = (text.encoding, text.delimiter) if text else ("utf-8-sig", ",")
    try:
        with path.open(encoding=encoding, errors="replace", newline="") as stream:
            first = next(csv.reader(stream, delimiter=delimiter), [])
    except (LookupError, csv.Error):
        return False
    titles = [cell.strip().lstrip("\ufeff") for cell in first]
    while titles and not titles[-1]:
        titles.pop()
    return tuple(titles) in (CSV_COLUMNS, SEGMENT_CSV_COLUMNS)


def _from_csv(book: Workbook) -> OwnExport | None:
    grid = next(iter(book.grids.values()), None)
    if grid is None or _header(grid) not in (CSV_COLUMNS, SEGMENT_CSV_COLUMNS):
        return None
    segmented = _header(grid) == SEGMENT_CSV_COLUMNS
    text_columns = (0, 1) if segmented else (0,)
    export = OwnExport(sheet=None)
    for row in grid.rows[1:]:
        for column in text_columns:
            cell = _at(row, column)
            if isinstance(cell, str) and unescape(cell) != cell:
                row[column] = unescape(cell)
                export.book = book
        label = _at(row, 0)
        if not isinstance(label, str):
            continue
        segment = _at(row, 1) if segmented else None
        month, target = _at(row, 1 + segmented), _at(row, 3 + segmented)
        export.names.setdefault(name_key(label), label)
        _add_target(
            export,
            label,
            segment if isinstance(segment, str) and segment else None,
            Month.parse(str(month)),
            float(str(target)) if target not in (None, "") else None,
        )
    return export


def _add_target(
    export: OwnExport, label: str, segment: str | None, month: Month, target: float | None
) -> None:
    """Keep a row's target (or that it had none) with the total's or its segment's."""
    if segment is None:
        targets, untargeted = export.targets, export.untargeted
    else:
        rows = export.segment_targets.setdefault(segment, SegmentTargetRows())
        targets, untargeted = rows.targets, rows.untargeted
    if target is not None:
        targets.append((label, month, target))
    else:
        untargeted.append((label, month))


def unescape(text: str) -> str:
    """Take off the apostrophe the CSV export puts before text a spreadsheet would run as a
    formula (`'=HYPERLINK(…)`), and only that one: the export adds one apostrophe before
    = + - @, and before text that already starts with apostrophes and one of them."""
    return text[1:] if _ESCAPED.match(text) else text


def _from_workbook(book: Workbook) -> OwnExport | None:
    data = book.grids.get(DATA_SHEET)
    if data is None or KPI_SHEET not in book.grids:
        return None
    if _header(data) not in (DATA_COLUMNS, SEGMENT_DATA_COLUMNS):
        return None
    segmented = _header(data) == SEGMENT_DATA_COLUMNS
    export = OwnExport(sheet=DATA_SHEET)
    for row in data.rows[1:]:
        label, month = _at(row, 0), month_of(_at(row, 1 + segmented))
        if not isinstance(label, str) or month is None:
            continue
        segment = _at(row, 1) if segmented else None
        segment = segment if isinstance(segment, str) and segment else None
        target, note = _at(row, 3 + segmented), _at(row, 5 + segmented)
        number = isinstance(target, int | float) and not isinstance(target, bool)
        _add_target(export, label, segment, month, float(str(target)) if number else None)
        if isinstance(note, str) and note:
            key = name_key(segment) if segment is not None else None
            export.notes[(name_key(label), key, month)] = note
    export.definitions = read_definitions(book.grids[KPI_SHEET])
    targets = book.grids.get(TARGET_SHEET)
    export.history = read_history(targets) if targets is not None else None
    segments = book.grids.get(SEGMENT_SHEET)
    export.segment_sets = read_segment_sets(segments) if segments is not None else []
    return export


def month_of(value: object) -> Month | None:
    """The month of a month cell: a date, or text such as `2025-03` after a resave."""
    if isinstance(value, datetime | date):
        return Month(value.year, value.month)
    if isinstance(value, str) and value.strip():
        return Month.parse(value.strip())
    return None


def _header(grid: SheetGrid) -> tuple[str, ...]:
    first = grid.rows[0] if grid.rows else []
    titles = [str(value).strip() if value is not None else "" for value in first]
    while titles and not titles[-1]:
        titles.pop()
    return tuple(titles)


def _at(row: list[object], index: int) -> object:
    return row[index] if index < len(row) else None
