"""A label is a summary only when it is a summary word (with a year or period at most): KPIs
whose names begin with Total, Average, Средно, Keskmine… are KPIs, in every layout."""

from __future__ import annotations

import datetime as dt

import pytest

from kpidesk.domain.summary_text import summary_kind
from kpidesk.io.importer import plan_import
from kpidesk.io.plan import Layout


def values(plan):
    return {(o.label, str(o.month)): o.value for o in plan.observations}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Total", "total"), ("Total:", "total"), ("Total 2025", "total"), ("Kokku 2024", "total"),
        ("Общо за 2025", "total"), ("Общо", "total"), ("Средно", "total"), ("Сума", "total"),
        ("Keskmine", "total"), ("Kesk.", "total"), ("Avg", "total"), ("Mean", "total"),
        ("Σ", "total"), ("Sum", "total"), ("Grand total", "total"), ("Aasta kokku", "total"),
        ("Average 2025", "total"), ("YTD", "ytd"), ("YTD 2025", "ytd"), ("Q1", "quarter"),
        ("Q4 2025", "quarter"), ("I кв. 2025", "quarter"), ("Q1 total", "quarter"),
        ("H1", "half_year"), ("H2 2025", "half_year"), ("1. poolaasta", "half_year"),
        ("Avg first response time", None), ("Average order value", None),
        ("Keskmine esmase vastuse aeg", None), ("Средно време за изчакване", None),
        ("Keskmine ooteaeg", None), ("Total revenue", None), ("Общо приходи", None),
        ("Kokku müük", None), ("Sum of Revenue", None), ("Revenue", None), ("2025", None),
    ],
)  # fmt: skip
def test_summary_words_fill_the_label(text, kind):
    assert summary_kind(text) == kind


def test_tall_kpis_beginning_with_a_summary_word_are_imported(make_xlsx):
    rows = [
        ["Month", "Revenue", "Avg first response time", "Keskmine esmase vastuse aeg",
         "Total revenue", "Total"],
        [dt.datetime(2025, 1, 1), 100, 3.5, 4.0, 150, 257.5],
        [dt.datetime(2025, 2, 1), 110, 3.1, 4.2, 160, 277.3],
        ["Average", 105, 3.3, 4.1, 155, 267.4],
    ]  # fmt: skip
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.layout is Layout.TALL and not plan.refused
    assert plan.labels == [
        "Revenue", "Avg first response time", "Keskmine esmase vastuse aeg", "Total revenue"
    ]  # fmt: skip
    assert values(plan) == {
        ("Revenue", "2025-01"): 100, ("Revenue", "2025-02"): 110,
        ("Avg first response time", "2025-01"): 3.5, ("Avg first response time", "2025-02"): 3.1,
        ("Keskmine esmase vastuse aeg", "2025-01"): 4.0,
        ("Keskmine esmase vastuse aeg", "2025-02"): 4.2,
        ("Total revenue", "2025-01"): 150, ("Total revenue", "2025-02"): 160,
    }  # fmt: skip


def test_wide_kpis_beginning_with_a_summary_word_are_imported(make_xlsx):
    rows = [
        ["Показател", "2025-01", "2025-02", "Общо за 2025"],
        ["Средно време за изчакване", 12, 10, 22],
        ["Average order value", 45.5, 47.0, 92.5],
        ["Total revenue", 1000, 1100, 2100],
        ["Общо", 1057.5, 1157, 2214.5],
        ["Средно", 352.5, 385.67, 738.17],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.layout is Layout.WIDE and not plan.refused
    assert plan.labels == ["Средно време за изчакване", "Average order value", "Total revenue"]
    assert values(plan) == {
        ("Средно време за изчакване", "2025-01"): 12,
        ("Средно време за изчакване", "2025-02"): 10,
        ("Average order value", "2025-01"): 45.5,
        ("Average order value", "2025-02"): 47.0,
        ("Total revenue", "2025-01"): 1000,
        ("Total revenue", "2025-02"): 1100,
    }


def test_long_kpis_beginning_with_a_summary_word_are_imported(make_xlsx):
    rows = [
        ["Näitaja", "Kuu", "Väärtus"],
        ["Keskmine ooteaeg", "2025-01", 7.5],
        ["Keskmine ooteaeg", "2025-02", 6.0],
        ["Kokku müük", "2025-01", 900],
        ["Kokku", "2025-01", 907.5],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.layout is Layout.LONG and not plan.refused
    assert values(plan) == {
        ("Keskmine ooteaeg", "2025-01"): 7.5,
        ("Keskmine ooteaeg", "2025-02"): 6.0,
        ("Kokku müük", "2025-01"): 900,
    }


def test_kpis_beginning_with_a_side_word_are_imported(make_xlsx):
    """`Unit sales`, `Forecast revenue`, `Group bookings` name KPIs; `Unit (EUR)` and
    `Comment:` are columns beside the figures, listed cell by cell."""
    rows = [
        ["Month", "Unit sales", "Group bookings", "Unit (EUR)", "Comment:"],
        ["2025-01", 120, 4, 1, "ok"],
        ["2025-02", 130, 6, 1, 2],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.layout is Layout.TALL
    assert values(plan) == {
        ("Unit sales", "2025-01"): 120,
        ("Unit sales", "2025-02"): 130,
        ("Group bookings", "2025-01"): 4,
        ("Group bookings", "2025-02"): 6,
    }
    assert {p.cell for p in plan.problems} == {"D2", "D3", "E3"}


def test_a_kpi_named_like_a_summary_is_one_when_its_figures_add_up_the_rows_before(make_xlsx):
    """`Total sales` = `Shop sales` + `Web sales` every month is the sheet's subtotal, listed
    and not imported; `Total revenue`, whose figures are no such sum, is a KPI; `Средно
    време` equal to the mean of the rows before it is their average."""
    rows = [
        ["KPI", "2025-01", "2025-02"],
        ["Shop sales", 100, 120.5],
        ["Web sales", 50, 60.25],
        ["Total sales", 150, 180.75],
        ["Total revenue", 400, 410],
        ["Време А", 10, 12],
        ["Време Б", 20, 16],
        ["Средно време", 15, 14],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.labels == ["Shop sales", "Web sales", "Total revenue", "Време А", "Време Б"]
    assert ("Total revenue", "2025-02") in values(plan)
    found = {p.cell: p.reason for p in plan.problems}
    assert found == {
        "B4": "row 4 ('Total sales') is a total, not imported",
        "C4": "row 4 ('Total sales') is a total, not imported",
        "B8": "row 8 ('Средно време') is a total, not imported",
        "C8": "row 8 ('Средно време') is a total, not imported",
    }


def test_a_tall_column_adding_up_the_columns_before_is_a_summary(make_xlsx):
    rows = [
        ["Month", "Shop sales", "Web sales", "Total sales", "Total visits"],
        ["2025-01", 100, 50, 150, 900],
        ["2025-02", 120, 60, 180, 950],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.labels == ["Shop sales", "Web sales", "Total visits"]
    assert {p.cell: p.reason for p in plan.problems} == {
        "D2": "column D ('Total sales') is a total, not imported",
        "D3": "column D ('Total sales') is a total, not imported",
    }
