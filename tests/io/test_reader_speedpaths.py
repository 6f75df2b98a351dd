"""The xlsx reader's fast path gives exactly what the general paths give.

The sheet scan looks only at cells near markers (`scan_sheet`) instead of visiting every cell
(`scan_every_cell`, the original algorithm). It is checked here against the general path: on
hand-written XML that tries the markers' edge cases, on seeded random sheets, and on whole
workbooks against the openpyxl engine.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import zipfile
from pathlib import Path

import pytest

from kpidesk.io.grid import CellRange, SheetGrid
from kpidesk.io.readers import read_workbook
from kpidesk.io.readers.xlsx_scan import ScanResult, scan_every_cell, scan_sheet
from tests.workbooks import Styled, merged, write_xlsx

PERCENT = {2, 9}


def _sheet_xml(cells: str, tail: str = "", prefix: str = "") -> bytes:
    ns = f"{prefix}:" if prefix else ""
    declaration = f'xmlns{":" + prefix if prefix else ""}="main"'
    return (
        f'<?xml version="1.0"?>\n<{ns}worksheet {declaration} xmlns:r="rel"><{ns}sheetData>'
        f'<{ns}row r="1">{cells}</{ns}row></{ns}sheetData>{tail}</{ns}worksheet>'
    ).encode()


def _facts(result: ScanResult) -> tuple[object, ...]:
    """What the reader uses: every fact when the scan placed all cells, else only the merged
    ranges (an incomplete sheet is read by openpyxl)."""
    if not result.complete:
        return (False, result.merged)
    return (True, result.errors, result.no_result, result.percent, result.merged)


def _assert_same_scan(data: bytes, percent_styles: set[int] = PERCENT) -> ScanResult:
    fast = scan_sheet(data, percent_styles)
    assert _facts(fast) == _facts(scan_every_cell(data, percent_styles))
    return fast


EDGE_CASES = {
    "no markers": '<c r="A1"><v>1</v></c><c r="B1" s="1"><v>2</v></c>',
    "error, both quotes": '<c r="A1" t="e"><v>#N/A</v></c><c r="B1" t=\'e\'/>',
    "formula with and without result": '<c r="A1"><f>B1</f><v>3</v></c><c r="B1"><f>C1</f></c>',
    "empty and self-closing values": '<c r="A1"><f>B1</f><v></v></c><c r="B1"><f>1</f><v /></c>',
    "value before formula": '<c r="A1"><v>3</v><f>B1</f></c>',
    "pretty-printed": '<c r="A1">\n  <f>B1</f>\n  <v>3</v>\n</c><c r="B1">\n  <f>B2</f>\n</c>',
    "shared formulas": (
        '<c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f><v>1</v></c>'
        '<c r="A2"><f t="shared" si="0"/><v>2</v></c><c r="A3"><f t="shared" si="0"/></c>'
    ),
    "formula returning text": '<c r="A1" t="str"><f>"a"</f></c><c r="B1" t="str"><f>1</f></c>',
    "percent styles": (
        '<c r="A1" s="2"><v>0.5</v></c><c r="B1" s="9"/><c r="C1" s="12"><v>1</v></c>'
        '<c r="D1" t="n" s="9"><v>1</v></c><c s="2" r="E1"><v>1</v></c>'
    ),
    "percent style with leading zero": '<c r="A1" s="09"><v>0.5</v></c>',
    "percent error cell": '<c r="A1" s="2" t="e"><v>#DIV/0!</v></c>',
    "markers in text": (
        '<c r="A1" t="inlineStr"><is><t>t="e" s="9" x:f a &lt;f</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Ratio:c</t></is></c><c r="C1"><f>D1</f></c>'
    ),
    "cell without address, no formula": '<c t="e"><v>#N/A</v></c><c s="2"><v>1</v></c>',
    "cell without address, formula with result": "<c><f>A2</f><v>1</v></c>",
    "cell without address, after a formula": '<c r="A1"><f>B1</f><v>1</v></c><c><v>1</v></c>',
}


@pytest.mark.parametrize("cells", EDGE_CASES.values(), ids=EDGE_CASES.keys())
@pytest.mark.parametrize("prefix", ["", "x"])
def test_marker_scan_matches_full_scan(cells, prefix):
    if prefix:
        cells = re.sub(r"<(/?)(c|f|v|is|t)\b", rf"<\1{prefix}:\2", cells)
    _assert_same_scan(_sheet_xml(cells, prefix=prefix))


def test_marker_scan_finds_each_fact():
    cells = (
        '<c r="A1" t="e"><v>#REF!</v></c><c r="B1"><f>A1</f></c>'
        '<c r="C1" s="9"><v>0.5</v></c><c r="D1"><f>A1</f><v>2</v></c>'
    )
    result = _assert_same_scan(_sheet_xml(cells))
    assert result.complete
    assert result.errors == {(0, 0): "#REF!"}
    assert result.no_result == {(0, 1)}
    assert result.percent == {(0, 2)}


def test_formula_outside_cells_is_not_a_cell():
    validations = (
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><extLst><ext>'
        "<x14:dataValidations><x14:dataValidation><x14:formula1><xm:f>L!$A$1</xm:f>"
        "</x14:formula1></x14:dataValidation><x14:dataValidation><x14:formula1>"
        "<xm:f>L!$B$1</xm:f></x14:formula1></x14:dataValidation></x14:dataValidations>"
        "</ext></extLst>"
    )
    cells = '<c r="A1"><f>B1</f><v>1</v></c><c r="B1"/>'
    result = _assert_same_scan(_sheet_xml(cells, validations))
    assert result.complete and not result.no_result
    assert result.merged == [CellRange(0, 0, 0, 1)]


def test_formula_in_a_sheet_without_addresses_is_left_to_openpyxl():
    result = _assert_same_scan(_sheet_xml("<c><v>1</v></c><c><f>A1</f><v>1</v></c>"))
    assert not result.complete


def _random_cell(rng: random.Random, col: int, addressed: bool) -> str:
    attrs = f' r="{chr(65 + col)}1"' if addressed else ""
    if rng.random() < 0.4:
        attrs += f' s="{rng.choice([0, 1, 2, 9, 10])}"'
    attrs += rng.choice(["", "", ' t="e"', ' t="str"', ' t="s"', " t='e'"])
    body = rng.choice(
        [
            "",
            "<v>1</v>",
            "<v>#N/A</v>",
            "<f>A1</f>",
            "<f>A1</f><v>2</v>",
            "<f>A1</f>\n<v>2</v>",
            "<f>A1</f><v></v>",
            '<f t="shared" si="0"/>',
            '<f t="shared" si="0"/><v>3</v>',
            "<v>4</v><f>A1</f>",
            '<is><t>t="e" a:f</t></is>',
        ]
    )
    return f"<c{attrs}/>" if not body else f"<c{attrs}>{body}</c>"


def test_marker_scan_matches_full_scan_on_random_sheets():
    rng = random.Random(20250101)
    for _ in range(400):
        addressed = rng.random() < 0.9
        cells = "".join(_random_cell(rng, col, addressed or rng.random() < 0.8) for col in range(8))
        tail = rng.choice(["", '<mergeCells><mergeCell ref="A1:C2"/></mergeCells>'])
        _assert_same_scan(_sheet_xml(cells, tail), rng.choice([set(), {9}, {0, 2, 9}]))


def _plain(value: object) -> object:
    """calamine gives a midnight date where openpyxl gives a datetime; same cell."""
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    return value


def _grid_facts(grid: SheetGrid) -> tuple[object, ...]:
    rows = [[_plain(value) for value in row] for row in grid.rows]
    return rows, grid.errors, grid.no_result, grid.percent, grid.merged


def _rich_workbook(path: Path) -> Path:
    rows = [
        ["KPI", dt.datetime(2025, 1, 1), dt.datetime(2025, 2, 1), "note"],
        ["Revenue", 1, 2.5, ""],
        ["Margin", Styled(0.125, "0%"), Styled(0.5, "0.00%"), None],
        ["Broken", "#DIV/0!", "=1/0", "#N/A"],
        ["Sum", "=B2+C2", "=SUM(B2:C2)", ""],
        [None, None, None, None],
        ["Year 2025", None, None, None],
        ["", "x", 7, Styled(True, '0.0" pts"%')],
    ]
    return write_xlsx(path, {"S": rows}, setup=merged("A7:C7"))


def test_workbook_reads_as_with_openpyxl(tmp_path):
    path = _rich_workbook(tmp_path / "rich.xlsx")
    fast = read_workbook(path).grids["S"]
    slow = read_workbook(path, engine="openpyxl").grids["S"]
    assert _grid_facts(fast) == _grid_facts(slow)
    assert fast.errors == {(3, 1): "#DIV/0!", (3, 3): "#N/A"}
    assert fast.no_result == {(3, 2), (4, 1), (4, 2)}
    assert fast.percent == {(2, 1), (2, 2), (7, 3)}
    assert fast.value(6, 2) == "Year 2025" and fast.value(1, 3) is None


def test_workbook_without_cell_addresses_reads_as_with_openpyxl(tmp_path):
    source = _rich_workbook(tmp_path / "rich.xlsx")
    path = tmp_path / "no_addresses.xlsx"
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(path, "w") as target:
        for info in archive.infolist():
            data = archive.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'(<c) r="[A-Z]+[0-9]+"', rb"\1", data)
            target.writestr(info.filename, data, zipfile.ZIP_DEFLATED)
    fast = read_workbook(path).grids["S"]
    slow = read_workbook(path, engine="openpyxl").grids["S"]
    assert _grid_facts(fast) == _grid_facts(slow)
    assert fast.no_result == {(3, 2), (4, 1), (4, 2)}


def test_sheet_without_merges_is_left_as_read(make_xlsx):
    path = make_xlsx({"S": [["KPI", "2025-01"], ["Revenue"]]})
    grid = read_workbook(path).grids["S"]
    assert grid.merged == [] and grid.rows == [["KPI", "2025-01"], ["Revenue", None]]
