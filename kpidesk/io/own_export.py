"""Recognise kpidesk's own exports, so exporting and importing again gives back the same
figures, targets and KPI definitions.

The generic importer reads the figures; this module adds what only our own files carry: the
target of every month (the `target` column) and, in a workbook, the KPI definitions sheet.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zipfile import BadZipFile

from kpidesk.domain.kpi import Aggregation, Category, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.io.export_csv import CSV_COLUMNS
from kpidesk.io.plan import ImportPlan

DATA_SHEET = "Data"
KPI_SHEET = "KPIs"
_DATA_HEADER = ("KPI", "Month", "Value", "Target", "Unit", "Note")


@dataclass
class OwnExport:
    """What a kpidesk export holds beyond its figures."""

    sheet: str | None
    targets: list[tuple[str, Month, float]] = field(default_factory=list)
    definitions: list[KpiDefinition] = field(default_factory=list)


def could_be_own_export(path: Path, plan: ImportPlan) -> bool:
    """Whether the file is worth opening again as an export: a CSV, or a workbook with our
    data and KPI sheets (most owners' workbooks are ruled out without reading them twice)."""
    if path.suffix.lower() == ".csv":
        return True
    names = {info.name for info in plan.sheets}
    return path.suffix.lower() == ".xlsx" and {DATA_SHEET, KPI_SHEET} <= names


def read_own_export(path: Path) -> OwnExport | None:
    """The extra content of a kpidesk export, or None when the file is not one. Call it only
    on a file the safe readers of `kpidesk.io.readers` have accepted."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return _read_csv(path)
        if suffix == ".xlsx":
            return _read_xlsx(path)
    except (OSError, ValueError, KeyError, csv.Error, BadZipFile):
        return None
    return None


def _read_csv(path: Path) -> OwnExport | None:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        if tuple(next(reader, ())) != CSV_COLUMNS:
            return None
        export = OwnExport(sheet=None)
        for row in reader:
            if len(row) == 4 and row[3].strip():
                export.targets.append((_unquote(row[0]), Month.parse(row[1]), float(row[3])))
        return export


def _unquote(text: str) -> str:
    return text[1:] if text[:2] in ("'=", "'+", "'-", "'@") else text


def _read_xlsx(path: Path) -> OwnExport | None:
    from openpyxl import load_workbook  # only for workbooks: it takes a tenth of a second to load
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except InvalidFileException:
        return None
    try:
        if DATA_SHEET not in book.sheetnames or KPI_SHEET not in book.sheetnames:
            return None
        rows = book[DATA_SHEET].iter_rows(values_only=True)
        if tuple(next(rows, ())) != _DATA_HEADER:
            return None
        export = OwnExport(sheet=DATA_SHEET)
        for kpi, month, _value, target, *_rest in rows:
            if kpi is not None and isinstance(month, date | datetime) and target is not None:
                export.targets.append((str(kpi), Month(month.year, month.month), float(target)))
        kpi_rows = book[KPI_SHEET].iter_rows(values_only=True)
        next(kpi_rows, None)
        export.definitions = [_definition(row) for row in kpi_rows if row and row[0]]
        return export
    finally:
        book.close()


def _definition(row: tuple) -> KpiDefinition:
    (
        name,
        unit,
        currency,
        duration_unit,
        direction,
        aggregation,
        category,
        decimals,
        tolerance,
        benchmark,
        formula,
        archived,
    ) = row[:12]
    return KpiDefinition(
        name=str(name),
        unit=Unit(unit),
        currency=currency or None,
        duration_unit=duration_unit or None,
        direction=Direction(direction),
        aggregation=Aggregation(aggregation),
        category=Category(category),
        decimals=int(decimals),
        tolerance=float(tolerance),
        benchmark=None if benchmark is None else float(benchmark),
        formula=formula or None,
        archived=bool(archived),
    )
