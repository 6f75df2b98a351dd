"""Readers: xlsx through both engines, xlsxwriter files, the 1904 date system, ods and csv."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
import xlsxwriter

from kpidesk.domain.month import Month
from kpidesk.io.grid import CellKind, address, parse_address
from kpidesk.io.importer import plan_import
from kpidesk.io.plan import Layout, ProblemCode
from kpidesk.io.readers import CsvOptions, read_workbook

CSV = "Показател;Януари 2025;Февруари 2025\nПриходи;1 234,56;2 000,5\nКлиенти;10;12\n"


def test_addresses_round_trip():
    for row, col in [(0, 0), (6, 1), (99, 26), (5, 701)]:
        assert parse_address(address(row, col)) == (row, col)
    assert address(6, 1) == "B7" and address(0, 27) == "AB1"


def test_both_engines_agree(make_xlsx):
    rows = [["KPI", dt.datetime(2025, 1, 1), "2025-02"], ["Revenue", 0.5, "=1/0"], ["x", "=A1"]]

    def fmt(book):
        book["S"]["B2"].number_format = "0%"

    path = make_xlsx({"S": rows}, setup=fmt)
    fast = read_workbook(path).grids["S"]
    slow = read_workbook(path, engine="openpyxl").grids["S"]
    for grid in (fast, slow):
        assert grid.cell(1, 1).percent and grid.cell(1, 1).kind is CellKind.NUMBER
        assert grid.kind(1, 2) is CellKind.FORMULA_WITHOUT_RESULT
        assert grid.kind(1, 3) is CellKind.EMPTY
        assert grid.cell(0, 1).kind is CellKind.DATE


def test_xlsxwriter_errors_formulas_and_1904(tmp_path):
    path = tmp_path / "w.xlsx"
    book = xlsxwriter.Workbook(str(path), {"date_1904": True})
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, ["KPI", 45717 - 1462, 45748 - 1462])
    sheet.write(1, 0, "Revenue")
    sheet.write_formula(1, 1, "=1/0", None, "#DIV/0!")
    sheet.write_formula(1, 2, "=2+3", None, 5)
    book.close()
    plan = plan_import(path)
    assert plan.observations[0].month == Month(2025, 4)
    assert [(p.cell, p.code) for p in plan.problems] == [("B2", ProblemCode.ERROR_CELL)]
    assert "#DIV/0!" in plan.problems[0].reason
    assert [o.value for o in plan.observations] == [5]


def test_xlsm_reads_like_xlsx(make_xlsx):
    path = make_xlsx({"S": [["KPI", "Mar-25"], ["Revenue", 3]]}, name="macro.xlsm")
    assert plan_import(path).observations[0].month == Month(2025, 3)


def test_ods(tmp_path):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        "<office:body><office:spreadsheet>"
        '<table:table table:name="Leht1">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Näitaja</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>jaan 2025</text:p></table:table-cell></table:table-row>'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Käive</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="42">'
        "<text:p>42</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "book.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
        )
    plan = plan_import(path)
    assert [(o.label, o.month, o.value) for o in plan.observations] == [
        ("Käive", Month(2025, 1), 42)
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251"])
def test_csv_encodings_bulgarian(write_text, encoding):
    plan = plan_import(write_text(CSV, encoding))
    assert plan.layout is Layout.WIDE
    assert {(o.label, str(o.month), o.value) for o in plan.observations} == {
        ("Приходи", "2025-01", 1234.56),
        ("Приходи", "2025-02", 2000.5),
        ("Клиенти", "2025-01", 10),
        ("Клиенти", "2025-02", 12),
    }
    assert plan.text_format.delimiter == ";"
    assert plan.text_format.delimiter_guessed


@pytest.mark.parametrize("encoding", ["cp1257", "iso-8859-15"])
def test_csv_estonian_code_pages(write_text, encoding):
    text = "Näitaja\tmärts 2025\tjuuni 2025\nKäive (€)\t1 000,5\t2,5\nÕnnelikud kliendid\t3\t4\n"
    book = read_workbook(write_text(text, encoding))
    assert book.text_format.encoding_guessed and book.text_format.delimiter == "\t"
    grid = next(iter(book.grids.values()))
    assert grid.value(0, 1) == "märts 2025"
    assert grid.value(2, 0) == "Õnnelikud kliendid"


def test_csv_sep_line_quotes_and_override(write_text):
    text = 'sep=,\n"KPI","2025-01","2025-02"\n"Revenue","1,234.5","2,000"\n'
    plan = plan_import(write_text(text, "utf-8"))
    assert not plan.text_format.delimiter_guessed
    assert [o.value for o in plan.observations] == [1234.5, 2000]
    forced = plan_import(
        write_text("KPI|2025-01\nRevenue|5\n", "utf-8"), csv_options=CsvOptions(delimiter="|")
    )
    assert forced.observations[0].value == 5


def test_csv_long_estonian(write_text):
    text = "Näitaja;Kuu;Väärtus\nKäive;2025-01;100\nKäive;2025-02;n/a\nKäive;2025-03;0\n"
    plan = plan_import(write_text(text, "utf-8"))
    assert plan.layout is Layout.LONG
    assert [o.value for o in plan.observations] == [100, None, 0]


def test_csv_numbers_are_not_date_serials(write_text):
    text = "Month;Revenue\n2025-01;45717\n2025-02;45748\n"
    plan = plan_import(write_text(text, "utf-8"))
    assert plan.layout is Layout.TALL
    assert [o.value for o in plan.observations] == [45717, 45748]


def test_progress_and_cancel(make_xlsx):
    from kpidesk.io.progress import ImportCancelled

    class Recorder:
        def __init__(self, cancel: bool) -> None:
            self.seen: list[float] = []
            self.cancel = cancel

        def set_progress(self, fraction: float) -> None:
            self.seen.append(fraction)

        def cancelled(self) -> bool:
            return self.cancel

    path = make_xlsx({"S": [["KPI", "2025-01"], ["Revenue", 1]]})
    recorder = Recorder(False)
    plan_import(path, progress=recorder)
    assert recorder.seen[-1] == 1.0 and recorder.seen == sorted(recorder.seen)
    with pytest.raises(ImportCancelled):
        plan_import(path, progress=Recorder(True))


def test_a_currency_number_format_gives_the_figures_currency(make_xlsx):
    """12 000 shown as `12 000 лв.` by its number format is in leva, as the text would be."""

    def formats(book):
        sheet = book["S"]
        for ref in ("B2", "C2"):
            sheet[ref].number_format = '#,##0 "лв."'
        sheet["B3"].number_format = "[$€-x-euro2] #,##0.00"
        sheet["C3"].number_format = "#,##0.00"
        sheet["A1"].number_format = "[$-402]dd.mm.yyyy"

    rows = [["KPI", "Jan 2025", "Feb 2025"], ["Приходи", 12000, 13000], ["Разходи", 700, 650]]
    plan = plan_import(make_xlsx({"S": rows}, setup=formats))
    currencies = {(o.label, str(o.month)): (o.value, o.currency) for o in plan.observations}
    assert currencies == {
        ("Приходи", "2025-01"): (12000, "BGN"),
        ("Приходи", "2025-02"): (13000, "BGN"),
        ("Разходи", "2025-01"): (700, "EUR"),
        ("Разходи", "2025-02"): (650, None),
    }
