"""Every number inside the found table is imported or listed with its sheet, cell and reason:
totals rows, quarter and total columns, unit and comment columns, rows with no name or no
month, `NaN`, `inf`, `1e-400` and `1e400`. (The conftest checks every workbook the io tests
build the same way; these are the sheets built to hold every kind of left-out number.)"""

from __future__ import annotations

import datetime as dt
import math
import zipfile

import openpyxl
import xlsxwriter
from openpyxl.chart import BarChart, Reference

from kpidesk.io.importer import plan_import
from kpidesk.io.plan import Layout, ProblemCode, Severity


def values(plan):
    return {(o.label, str(o.month)): o.value for o in plan.observations}


def reasons(plan):
    return {p.cell: p.reason for p in plan.problems if p.cell is not None}


def test_wide_lists_totals_quarters_units_and_notes(make_xlsx):
    rows = [
        ["Sales report 2025"],
        [],
        ["No.", "KPI", "Unit", "Jan 2025", "Feb 2025", "Q1", "Total", "Comment", None],
        [1, "Revenue", "EUR", 1000, 1100, 2100, 2100, "good", 7],
        [2, "Total revenue", 1, 500, 600, 1100, 1100, 4.5, None],
        [None, "Total", None, 1500, 1700, 3200, 3200, None, None],
        [None, None, None, 3, None, None, None, None, None],
        ["Source: accounting", None, None, None, None, None, None, None, 2025],
    ]
    plan = plan_import(make_xlsx({"Data": rows}))
    assert plan.layout is Layout.WIDE and not plan.refused
    assert values(plan) == {
        ("Revenue", "2025-01"): 1000,
        ("Revenue", "2025-02"): 1100,
        ("Total revenue", "2025-01"): 500,
        ("Total revenue", "2025-02"): 600,
    }
    found = reasons(plan)
    assert found["F4"] == "column F ('Q1') is a quarter, not imported"
    assert found["G5"] == "column G ('Total') is a total, not imported"
    assert found["D6"] == "row 6 ('Total') is a total, not imported"
    assert found["C5"] == "column C ('Unit') is beside the figures, not imported"
    assert found["H5"] == "column H ('Comment') is beside the figures, not imported"
    assert found["I4"] == "column I has no heading; not imported"
    assert found["A4"] == "column A ('No.') is beside the figures, not imported"
    assert found["D7"] == "row 7 has figures but no KPI name; the row is left out"
    assert all(p.sheet == "Data" and p.severity is Severity.CELL for p in plan.problems)
    assert {p.code for p in plan.problems} == {
        ProblemCode.SUMMARY,
        ProblemCode.BESIDE,
        ProblemCode.NO_LABEL,
    }


def test_tall_lists_summary_rows_side_columns_and_rows_without_a_month(make_xlsx):
    rows = [
        ["Monthly figures"],
        ["Month", "Revenue", "Average order value", "Unit", "Total"],
        [dt.datetime(2025, 1, 1), 100, 45.5, 1, 145.5],
        [dt.datetime(2025, 2, 1), 110, 47, 1, 157],
        ["Q1", 210, 46.25, None, 302.5],
        ["Forecast", 120, None, None, None],
        [None, 5, None, None, None],
        ["Kokku 2025", 210, 92.5, 2, 302.5],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.layout is Layout.TALL and not plan.refused
    assert values(plan) == {
        ("Revenue", "2025-01"): 100,
        ("Revenue", "2025-02"): 110,
        ("Average order value", "2025-01"): 45.5,
        ("Average order value", "2025-02"): 47,
    }
    found = reasons(plan)
    assert found["B5"] == "row 5 ('Q1') is a quarter, not imported"
    assert found["B6"] == "'Forecast' is not a month; the figures in row 6 are left out"
    assert found["B7"] == "there is no month; the figures in row 7 are left out"
    assert found["D3"] == "column D ('Unit') is beside the figures, not imported"
    assert found["E3"] == "column E ('Total') is a total, not imported"
    assert found["C8"] == "row 8 ('Kokku 2025') is a total, not imported"


def test_long_lists_totals_rows_and_other_number_columns(make_xlsx):
    rows = [
        ["Näitaja", "Kuu", "Väärtus", "Järjekord"],
        ["Müügitulu", "2025-01", 1000, 1],
        ["Müügitulu", "2025-02", 1100, 2],
        ["Kokku", "2025-01", 1000, 3],
        [None, "2025-01", 17, None],
        ["Müügitulu", "Q1", 2100, None],
    ]
    plan = plan_import(make_xlsx({"Andmed": rows}))
    assert plan.layout is Layout.LONG and not plan.refused
    assert values(plan) == {("Müügitulu", "2025-01"): 1000, ("Müügitulu", "2025-02"): 1100}
    found = reasons(plan)
    assert found["D2"] == "column D ('Järjekord') is beside the figures, not imported"
    assert found["C4"] == "row 4 ('Kokku') is a total, not imported"
    assert found["C5"] == "row 5 has a figure but no KPI name; the row is left out"
    assert found["C6"] == "row 6 ('Q1') is a quarter, not imported"


def test_wide_plan_actual_and_a_budget_column_under_each_month(make_xlsx):
    def pairs(book):
        for index in range(2):
            first = 2 + 3 * index
            book["S"].merge_cells(start_row=1, start_column=first, end_row=1, end_column=first + 2)

    rows = [
        ["KPI", "Jan 2025", None, None, "Feb 2025", None, None],
        [None, "Plan", "Actual", "Forecast", "Plan", "Actual", "Forecast"],
        ["Revenue", 1000, 980, 990, 1000, 1040, 1030],
    ]
    plan = plan_import(make_xlsx({"S": rows}, setup=pairs))
    assert values(plan) == {("Revenue", "2025-01"): 980, ("Revenue", "2025-02"): 1040}
    assert [(t.cell, t.value) for t in plan.targets] == [("B3", 1000), ("E3", 1000)]
    assert reasons(plan)["D3"] == "column D ('Forecast') is beside the figures, not imported"


def test_csv_nan_inf_and_numbers_too_small_or_large_are_listed(write_text, every_number_used):
    text = (
        "KPI;2025-01;2025-02;2025-03;2025-04;2025-05;Note\n"
        "Revenue;NaN;1e-400;1e400;inf;12,5;3\n"
        "Costs;nan;0;-inf;0,0;1e-5;\n"
    )
    path = write_text(text, "utf-8")
    plan = plan_import(path)
    assert plan.layout is Layout.WIDE and not plan.refused
    assert values(plan) == {
        ("Revenue", "2025-05"): 12.5,
        ("Costs", "2025-02"): 0,
        ("Costs", "2025-04"): 0,
        ("Costs", "2025-05"): 1e-5,
    }
    found = reasons(plan)
    assert found["B2"] == "'NaN' is not a finite number; left out"
    assert found["B3"] == "'nan' is not a finite number; left out"
    assert found["C2"] == "'1e-400' is too small to store (it would become 0); left out"
    assert found["D2"] == "'1e400' is too large to be a figure; left out"
    assert found["E2"] == "'inf' is not a finite number; left out"
    assert found["D3"] == "'-inf' is not a finite number; left out"
    assert found["G2"] == "column G ('Note') is beside the figures, not imported"
    rows = [line.split(";") for line in text.splitlines()]
    every_number_used(plan, "data", rows)


def _with_cell_values(path, replacements: dict[bytes, bytes]) -> None:
    """Rewrite the saved values of cells in the sheet XML, as other programs write them."""
    with zipfile.ZipFile(path) as archive:
        parts = {info: archive.read(info.filename) for info in archive.infolist()}
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in parts.items():
            if info.filename.startswith("xl/worksheets/"):
                for old, new in replacements.items():
                    data = data.replace(old, new)
            archive.writestr(info, data)


def test_columns_under_a_year_or_a_month_without_year_say_so(make_xlsx):
    rows = [["KPI", "2025-01", "2025-02", "2025", "FY 2025"], ["Revenue", 1, 2, 3, 3]]
    found = reasons(plan_import(make_xlsx({"S": rows})))
    assert found["D2"] == "column D ('2025') is a total, not imported"
    assert found["E2"] == "column E ('FY 2025') is a total, not imported"
    rows = [["KPI", "Jan", "Feb"], ["Revenue", 1, 2]]
    found = reasons(plan_import(make_xlsx({"S": rows}, name="no_year.xlsx")))
    assert found["B2"] == (
        "the month 'Jan' has no year (none above it, in the title or the sheet name)"
    )


def test_xlsx_nan_inf_and_underflow_are_listed_never_stored(tmp_path, every_number_used):
    path = tmp_path / "floats.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("S")
    rows = [["KPI", "2025-01", "2025-02", "2025-03", "2025-04"], ["Revenue", 111, 222, 333, 44]]
    for index, row in enumerate(rows):
        sheet.write_row(index, 0, row)
    book.close()
    _with_cell_values(path, {b"<v>111</v>": b"<v>NaN</v>", b"<v>222</v>": b"<v>1E-400</v>",
                             b"<v>333</v>": b"<v>1E+400</v>"})  # fmt: skip
    plan = plan_import(path)
    assert values(plan) == {("Revenue", "2025-04"): 44}
    found = reasons(plan)
    assert found["B2"] == "'nan' is not a finite number; left out"
    assert found["C2"] == "'1E-400' is too small to store (it would become 0); left out"
    assert found["D2"] == "'inf' is not a finite number; left out"
    assert not any(math.isnan(o.value) or o.value == 0 for o in plan.observations)
    every_number_used(plan, "S", rows)


def test_feature_list_and_chart_sheets_are_no_table(tmp_path):
    """A formula's text beside a stale cached 0 and a date (a feature list, a chart's data
    sheet) is no KPI: alone, such a sheet has no table; beside a table, it is no candidate."""
    path = tmp_path / "product.xlsx"
    book = xlsxwriter.Workbook(path)
    features = book.add_worksheet("Features")
    features.write_string(0, 0, "Feature list")
    features.write_string(1, 0, "Exports")
    features.write_string(1, 1, "2002-01-15 first version")
    features.write_string(2, 0, "=SUM(B2:B9)")
    features.write_formula(2, 1, "=SUM(B5:B9)", None, 0)
    features.write_string(3, 0, "Charts")
    features.write_string(3, 1, "yes")
    chart = book.add_worksheet("Chart")
    chart.write_datetime(0, 1, dt.datetime(2002, 1, 1), book.add_format({"num_format": "mmm yy"}))
    chart.write_string(1, 0, "=Data!A1")
    chart.write_formula(1, 1, "=Data!B2", None, 0)
    down = book.add_worksheet("Chart data")
    down.write_string(0, 0, "Month")
    down.write_string(0, 1, "=Chart!B2")
    down.write_datetime(1, 0, dt.datetime(2002, 1, 1), book.add_format({"num_format": "mmm yy"}))
    down.write_formula(1, 1, "=Chart!B2", None, 0)
    data = book.add_worksheet("Data")
    data.write_row(0, 0, ["KPI", "2025-01", "2025-02"])
    data.write_row(1, 0, ["Revenue", 10, 12])
    book.close()
    for sheet in ("Features", "Chart", "Chart data"):
        plan = plan_import(path, sheet=sheet)
        assert [p.code for p in plan.refusals] == [ProblemCode.NO_TABLE], sheet
        assert plan.observations == []
    plan = plan_import(path)
    assert plan.sheet == "Data" and not plan.refused
    assert values(plan) == {("Revenue", "2025-01"): 10, ("Revenue", "2025-02"): 12}


def test_one_date_and_one_number_beside_words_is_no_table(make_xlsx):
    """A notes sheet (`Updated: | 2025-03-01`, `Version | 2`) holds one figure under one
    month, but its corner is no KPI or month heading: no table; `KPI | Jan 2025` with one
    figure, or an empty corner, is one."""
    notes = [["Updated:", dt.datetime(2025, 3, 1)], ["Version", 2]]
    path = make_xlsx({"Notes": notes})
    assert [p.code for p in plan_import(path).refusals] == [ProblemCode.NO_TABLE]
    data = [["KPI", "2025-01"], ["Revenue", 5]]
    plan = plan_import(make_xlsx({"Notes": notes, "Data": data}, name="two.xlsx"))
    assert plan.sheet == "Data" and values(plan) == {("Revenue", "2025-01"): 5}
    for corner in ("KPI", None):
        rows = [[corner, "Jan 2025"], ["Revenue", 7]]
        plan = plan_import(make_xlsx({"S": rows}, name="one.xlsx"))
        assert values(plan) == {("Revenue", "2025-01"): 7}
    tall = [["Kuu", "Käive"], ["2025-01", 7]]
    assert values(plan_import(make_xlsx({"S": tall}, name="tall.xlsx"))) == {
        ("Käive", "2025-01"): 7
    }


def test_a_chart_sheet_is_no_table_and_no_candidate(make_xlsx):
    def chart_sheet(book: openpyxl.Workbook) -> None:
        chart = BarChart()
        chart.add_data(Reference(book["Data"], min_col=2, min_row=1, max_col=3, max_row=2))
        book.create_chartsheet("Chart").add_chart(chart)

    rows = [["KPI", "2025-01", "2025-02"], ["Revenue", 1, 2]]
    path = make_xlsx({"Data": rows}, name="chart.xlsx", setup=chart_sheet)
    plan = plan_import(path)
    assert plan.sheet == "Data" and values(plan) == {
        ("Revenue", "2025-01"): 1,
        ("Revenue", "2025-02"): 2,
    }
    assert [p.code for p in plan_import(path, sheet="Chart").refusals] == [ProblemCode.NO_TABLE]
