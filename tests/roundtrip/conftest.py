"""Workspaces built in code, written out by kpidesk's export and read back by its import into
an empty workspace; `dump` is everything the owner could see of a workspace, to compare."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack, closing
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
import pytest
import xlsxwriter

from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import shown_target
from kpidesk.domain.targets import TargetChange
from kpidesk.io.export_csv import write_csv
from kpidesk.io.export_xlsx import write_xlsx
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.kpis import add_kpi, list_kpis, require_kpi, to_definition
from kpidesk.store.loading import load_export, load_snapshot
from kpidesk.store.targets import add_target, target_history, to_target_change
from kpidesk.store.workspace import Workspace, open_workspace
from kpidesk.usecases.import_preview import ImportOptions, preview_import
from kpidesk.usecases.importing import ImportSummary, apply_import, plan_file
from tests.workbooks import write_ods


class Roundtrip:
    def __init__(self, tmp_path: Path, opened: ExitStack) -> None:
        self.tmp = tmp_path
        self._count = 0
        self._opened = opened

    def workspace(self, name: str | None = None) -> Workspace:
        """A new workspace, closed when the test ends (the fixture's teardown)."""
        self._count += 1
        path = self.tmp / (name or f"ws{self._count}.kpidesk")
        return self._opened.enter_context(closing(open_workspace(path)))

    @staticmethod
    def add(workspace: Workspace, *kpis: Any) -> None:
        with workspace.transaction() as session:
            for kpi in kpis:
                add_kpi(session, kpi)

    @staticmethod
    def record(
        workspace: Workspace,
        kpi: str,
        figures: dict[str, float],
        notes: dict[str, str] | None = None,
        currency: str | None = None,
    ) -> None:
        notes = notes or {}
        with workspace.transaction() as session:
            record = require_kpi(session, kpi)
            writes = [
                CellWrite(record.id, Month.parse(m), v, notes.get(m), currency)
                for m, v in figures.items()
            ]
            write_figures(session, start_change(session, "edit"), writes)

    @staticmethod
    def decide(workspace: Workspace, kpi: str, change: TargetChange) -> int:
        """Add a target decision in its own change set; returns the change set's id."""
        with workspace.transaction() as session:
            change_set = start_change(session, "target")
            add_target(session, require_kpi(session, kpi), change, change_set)
            return change_set.id

    def export_xlsx(self, workspace: Workspace, name: str = "export.xlsx") -> Path:
        path = self.tmp / name
        with workspace.transaction() as session:
            scorecard, history = load_export(session)
        write_xlsx(scorecard, path, history)
        return path

    def export_csv(self, workspace: Workspace, name: str = "export.csv") -> Path:
        path = self.tmp / name
        with workspace.transaction() as session:
            scorecard = load_snapshot(session).scorecard
        with path.open("w", encoding="utf-8", newline="") as stream:
            write_csv(scorecard, stream)
        return path

    @staticmethod
    def import_file(workspace: Workspace, path: Path, create: bool = True) -> ImportSummary:
        plan, own = plan_file(path)
        with workspace.transaction() as session:
            options = ImportOptions(create_kpis=create, own_export=own)
            preview = preview_import(session, plan, options)
            assert not preview.refused, [str(p) for p in preview.refusals]
            return apply_import(session, preview, "hash")

    @staticmethod
    def dump(workspace: Workspace) -> dict[str, Any]:
        """KPIs with their definitions, shown figures, notes, shown targets by month and
        every target decision, retracted ones included."""
        with workspace.transaction() as session:
            scorecard = load_snapshot(session).scorecard
            kpis = {}
            for record in list_kpis(session):
                kpi = to_definition(record)
                history = []
                for r in target_history(session, record.id):
                    shown = shown_target(kpi, to_target_change(r))
                    history.append(
                        (
                            shown.kind.value,
                            str(shown.first_month),
                            _figure(shown.value),
                            tuple(map(_figure, shown.monthly_values)),
                            r.spread,
                            r.note,
                            r.set_at,
                            r.retracted_at is not None,
                        )
                    )
                months = sorted(
                    set(scorecard.figures_of(kpi.name))
                    | {c.first_month for c in scorecard.target_changes_of(kpi.name)}
                )
                kpis[kpi.name] = {
                    "definition": kpi,
                    "figures": {
                        str(m): _figure(v) for m, v in scorecard.figures_of(kpi.name).items()
                    },
                    "notes": {
                        str(m): scorecard.note(kpi.name, m)
                        for m in scorecard.figures_of(kpi.name)
                        if scorecard.note(kpi.name, m)
                    },
                    "targets": {
                        str(m): _figure(t)
                        for m in months
                        for t in [scorecard.target(kpi.name, m)]
                        if t is not None
                    },
                    "history": sorted(history, key=lambda h: (h[6], h[0], h[1])),
                }
            return kpis


@pytest.fixture
def roundtrip(tmp_path: Path) -> Iterator[Roundtrip]:
    """Every workspace a round trip opens is closed in teardown, even when the test failed."""
    with ExitStack() as opened:
        yield Roundtrip(tmp_path, opened)


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _decoded(text: str) -> str:
    """A string as Excel and LibreOffice hold it after reading `_xHHHH_` escapes."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _sheets(path: Path) -> list[tuple[str, list[list[tuple[object, str]]]]]:
    """Every sheet of an xlsx as rows of (value, number format), strings decoded."""
    book = openpyxl.load_workbook(path)
    sheets = []
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                value = _decoded(cell.value) if isinstance(cell.value, str) else cell.value
                cells.append((value, cell.number_format))
            rows.append(cells)
        sheets.append((sheet.title, rows))
    return sheets


def resave_openpyxl(path: Path, target: Path) -> Path:
    """Open and save again with another writer's habits (shared strings, its own styles)."""
    openpyxl.load_workbook(path).save(target)
    return target


def resave_xlsxwriter(path: Path, target: Path) -> Path:
    """The same content written from scratch by xlsxwriter, as another program would."""
    book = xlsxwriter.Workbook(str(target))
    formats: dict[str, Any] = {}
    for title, rows in _sheets(path):
        sheet = book.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, (value, number_format) in enumerate(row):
                if value is None:
                    continue
                style = formats.setdefault(
                    number_format, book.add_format({"num_format": number_format})
                )
                if isinstance(value, str):
                    sheet.write_string(r, c, value)
                elif isinstance(value, datetime):
                    sheet.write_datetime(r, c, value, style)
                else:
                    sheet.write(r, c, value, style)
    book.close()
    return target


def resave_ods(path: Path, target: Path) -> Path:
    """The workbook saved as .ods the way LibreOffice Calc writes it: strings as paragraphs
    (a line break starts a new one, runs of spaces as <text:s>), money in a currency format
    as currency cells, dates as dates, empty runs as repeated cells, and the rest of the
    sheet as one repeated empty row; characters XML cannot hold are dropped."""
    tables = []
    for title, rows in _sheets(path):
        body = [f'<table:table table:name="{escape(title)}">']
        body.append('<table:table-column table:number-columns-repeated="1024"/>')
        for row in rows:
            cells, empty = [], 0
            for value, number_format in row:
                if value is None:
                    empty += 1
                    continue
                if empty:
                    cells.append(f'<table:table-cell table:number-columns-repeated="{empty}"/>')
                    empty = 0
                cells.append(_ods_cell(value, number_format))
            cells.append(f'<table:table-cell table:number-columns-repeated="{1024 - len(row)}"/>')
            body.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        body.append(
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        body.append("</table:table>")
        tables.append("".join(body))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    return write_ods(target, content)


def _ods_cell(value: object, number_format: str) -> str:
    if isinstance(value, bool):
        flag = "true" if value else "false"
        return f'<table:table-cell office:value-type="boolean" office:boolean-value="{flag}"><text:p>{flag.upper()}</text:p></table:table-cell>'
    if isinstance(value, datetime):
        stamp = (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
        return f'<table:table-cell office:value-type="date" office:date-value="{stamp}"><text:p>{stamp[:7]}</text:p></table:table-cell>'
    if isinstance(value, int | float):
        if "€" in number_format:
            return f'<table:table-cell office:value-type="currency" office:currency="EUR" office:value="{value!r}"><text:p>{value} €</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="float" office:value="{value!r}"><text:p>{value}</text:p></table:table-cell>'
    text = _XML_UNSAFE.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = "".join(f"<text:p>{_ods_text(line)}</text:p>" for line in text.split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'


def _ods_text(line: str) -> str:
    """One paragraph: a tab as <text:tab/>, a run of spaces after the first as <text:s/>."""
    parts = []
    for piece in re.split(r"(\t| {2,})", line):
        if piece == "\t":
            parts.append("<text:tab/>")
        elif piece.startswith("  "):
            parts.append(f' <text:s text:c="{len(piece) - 1}"/>')
        else:
            parts.append(escape(piece))
    return "".join(parts)


@pytest.fixture
def resave() -> dict[str, Any]:
    return {"openpyxl": resave_openpyxl, "xlsxwriter": resave_xlsxwriter, "ods": resave_ods}


def _figure(value: float) -> float:
    """A figure to twelve significant digits, as kpidesk compares figures (`same_figure`):
    a writer may keep a double to sixteen digits, one unit in the last place off."""
    return float(f"{value:.12g}")
