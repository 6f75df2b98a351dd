"""Numbers are month headers only when the whole row (or column) reads as months: a row of
figures whose numbers one by one pass for date serials (19 663.87 is 1953-10-31, 45 688 is
2025-01-31) is a row of figures, and the real dates above it are the header."""

from __future__ import annotations

import datetime as dt

from kpidesk.io.importer import plan_import
from kpidesk.io.plan import Layout


def cells(plan):
    return {(o.label, str(o.month), o.cell): o.value for o in plan.observations}


def test_wide_below_a_title_with_dates_above_serial_looking_figures(make_xlsx):
    rows = [
        [],
        [None, None, "Sales report"],
        [],
        [None, None, "KPI", *(dt.datetime(2025, month, 1) for month in (1, 2, 3))],
        [None, None, "Revenue", 19663.87, 20000.5, 21000.25],
        [None, None, "Costs", 45688, 13000.2, 14000.4],
        [None, None, "Orders", 120, 130, 140],
    ]
    plan = plan_import(make_xlsx({"Report": rows}, name="report.xlsx"))
    assert plan.layout is Layout.WIDE and not plan.problems
    assert plan.location.header_rows == (4,)
    assert cells(plan) == {
        ("Revenue", "2025-01", "D5"): 19663.87,
        ("Revenue", "2025-02", "E5"): 20000.5,
        ("Revenue", "2025-03", "F5"): 21000.25,
        ("Costs", "2025-01", "D6"): 45688,
        ("Costs", "2025-02", "E6"): 13000.2,
        ("Costs", "2025-03", "F6"): 14000.4,
        ("Orders", "2025-01", "D7"): 120,
        ("Orders", "2025-02", "E7"): 130,
        ("Orders", "2025-03", "F7"): 140,
    }


def test_tall_with_dates_down_and_serial_looking_figures(make_xlsx):
    rows = [
        ["Month", "Revenue", "Costs"],
        [dt.datetime(2025, 1, 1), 45688, 19663.87],
        [dt.datetime(2025, 2, 1), 45716, 20100.5],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.layout is Layout.TALL and not plan.problems
    assert cells(plan) == {
        ("Revenue", "2025-01", "B2"): 45688,
        ("Revenue", "2025-02", "B3"): 45716,
        ("Costs", "2025-01", "C2"): 19663.87,
        ("Costs", "2025-02", "C3"): 20100.5,
    }


def test_a_row_of_serials_is_still_a_header(make_xlsx):
    """Month starts written as plain serials (45658 = 2025-01-01) across a row, and month
    ends down a column, are months as before."""
    wide = [["Sales"], [], ["KPI", 45658, 45689, 45717], ["Revenue", 10, 11, 12]]
    plan = plan_import(make_xlsx({"S": wide}))
    assert plan.layout is Layout.WIDE
    assert cells(plan) == {
        ("Revenue", "2025-01", "B4"): 10,
        ("Revenue", "2025-02", "C4"): 11,
        ("Revenue", "2025-03", "D4"): 12,
    }
    tall = [["Month", "Revenue"], [45688, 10], [45716, 11], [45747, 12]]
    plan = plan_import(make_xlsx({"S": tall}, name="tall.xlsx"))
    assert plan.layout is Layout.TALL
    assert cells(plan) == {
        ("Revenue", "2025-01", "B2"): 10,
        ("Revenue", "2025-02", "B3"): 11,
        ("Revenue", "2025-03", "B4"): 12,
    }
