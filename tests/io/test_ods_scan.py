"""LibreOffice's percent, error and unsaved-formula cells are read for what they show, not
for the 0.125 or 0 python-calamine gives for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpidesk.domain.month import Month
from kpidesk.io.errors import UnsafeFileError
from kpidesk.io.importer import plan_import
from kpidesk.io.plan import ProblemCode
from kpidesk.io.readers.ods_scan import scan_ods
from tests.workbooks import write_ods

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    "<office:body><office:spreadsheet>"
)
TAIL = "</office:spreadsheet></office:body></office:document-content>"


def text(value: str, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{times}><text:p>{value}</text:p></table:table-cell>'


def number(value: float) -> str:
    return (
        f'<table:table-cell office:value-type="float" office:value="{value}">'
        f"<text:p>{value}</text:p></table:table-cell>"
    )


def percent(value: float) -> str:
    return (
        f'<table:table-cell office:value-type="percentage" office:value="{value}">'
        f"<text:p>{value * 100}%</text:p></table:table-cell>"
    )


ERROR = (
    '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0"'
    ' calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>'
)
UNSAVED = '<table:table-cell table:formula="of:=[.B2]*2"/>'
COVERED = "<table:covered-table-cell/>"


def row(*cells: str, repeat: int = 1) -> str:
    times = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{times}>{''.join(cells)}</table:table-row>"


def ods(tmp_path: Path, *rows: str, name: str = "Leht1") -> Path:
    content = HEAD + f'<table:table table:name="{name}">' + "".join(rows) + "</table:table>" + TAIL
    return write_ods(tmp_path / "book.ods", content)


def test_percent_error_and_unsaved_formula_cells(tmp_path):
    path = ods(
        tmp_path,
        row(text("Näitaja"), text("jaan 2025"), text("veebr 2025"), text("märts 2025")),
        row(text("Marginaal"), percent(0.125), ERROR, UNSAVED),
        row(text("Käive"), number(1000), number(1100), number(1200)),
    )
    plan = plan_import(path)
    values = {(o.label, o.month): (o.value, o.percent_formatted) for o in plan.observations}
    assert values == {
        ("Marginaal", Month(2025, 1)): (12.5, True),
        ("Käive", Month(2025, 1)): (1000, False),
        ("Käive", Month(2025, 2)): (1100, False),
        ("Käive", Month(2025, 3)): (1200, False),
    }
    assert [(p.cell, p.code) for p in plan.problems] == [
        ("C2", ProblemCode.ERROR_CELL),
        ("D2", ProblemCode.FORMULA_WITHOUT_RESULT),
    ]
    assert "#DIV/0!" in plan.problems[0].reason


def test_repeated_rows_and_columns_and_covered_cells_keep_their_places(tmp_path):
    content = (
        HEAD
        + '<table:table table:name="S">'
        + row(text("x"), COVERED, text("y", repeat=3), percent(0.5))
        + row(percent(0.1), percent(0.2), repeat=3)
        + row(text(""), repeat=1_048_000)
        + "</table:table>"
        + TAIL
    ).encode()
    marks = scan_ods(content, Path("s.ods"))["S"]
    assert marks.percent == {(0, 5), (1, 0), (1, 1), (2, 0), (2, 1), (3, 0), (3, 1)}
    assert not marks.errors and not marks.no_result


def test_a_sheet_with_no_such_cells_is_not_walked():
    content = HEAD + '<table:table table:name="S">' + row(number(1)) + "</table:table>" + TAIL
    assert scan_ods(content.encode(), Path("s.ods")) == {}


def test_entities_in_content_are_refused(tmp_path):
    content = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
        b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        b' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">&a;'
        b'<table:table-cell office:value-type="percentage"/></office:document-content>'
    )
    with pytest.raises(UnsafeFileError):
        scan_ods(content, Path("s.ods"))


def test_a_currency_cell_keeps_its_currency(tmp_path):
    lev = (
        '<table:table-cell office:value-type="currency" office:currency="BGN" office:value="1200">'
        "<text:p>1 200,00 лв.</text:p></table:table-cell>"
    )
    path = ods(tmp_path, row(text("KPI"), text("Jan 2025")), row(text("Приходи"), lev))
    [figure] = plan_import(path).observations
    assert (figure.value, figure.currency) == (1200, "BGN")


def test_a_number_too_small_for_a_float_or_nan_is_left_out_not_stored(tmp_path):
    tiny = (
        '<table:table-cell office:value-type="float" office:value="1E-400">'
        "<text:p>1E-400</text:p></table:table-cell>"
    )
    path = ods(
        tmp_path,
        row(text("KPI"), text("Jan 2025"), text("Feb 2025"), text("Mar 2025")),
        row(text("Käive"), tiny, number(0), number(float("nan"))),
    )
    plan = plan_import(path)
    assert [(o.cell, o.value) for o in plan.observations] == [("C2", 0)]
    assert [(p.cell, p.reason) for p in plan.problems] == [
        ("B2", "'1E-400' is too small to store (it would become 0); left out"),
        ("D2", "'nan' is not a finite number; left out"),
    ]
