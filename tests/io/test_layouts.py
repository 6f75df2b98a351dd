"""Finding the table: wide, tall and long sheets as owners keep them."""

from __future__ import annotations

import datetime as dt

from openpyxl.styles import numbers

from kpidesk.domain.month import Month
from kpidesk.io.importer import plan_import
from kpidesk.io.plan import Layout, ProblemCode

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def values(plan):
    return {(o.label, str(o.month)): o.value for o in plan.observations}


def test_wide_with_title_category_unit_totals(make_xlsx):
    rows = [
        ["Sales report 2025"],
        [],
        ["Category", "KPI", "Unit", "Jan 2025", "Feb 2025", "Mar 2025", "Q1", "Total", "Comment"],
        ["Sales", "Revenue", "EUR", 1000, 1100, 1200, 3300, 3300, "good"],
        ["Sales", "New leads", "count", 10, 12, None, 22, 22, None],
        [None, "Total", None, 1010, 1112, 1200, 3322, 3322, None],
        [],
        ["Source: accounting"],
    ]
    plan = plan_import(make_xlsx({"Data": rows}))
    assert not plan.refused, plan.problems
    assert plan.layout is Layout.WIDE
    assert plan.location.header_rows == (3,)
    assert plan.location.label_column == "B"
    assert values(plan) == {
        ("Revenue", "2025-01"): 1000,
        ("Revenue", "2025-02"): 1100,
        ("Revenue", "2025-03"): 1200,
        ("New leads", "2025-01"): 10,
        ("New leads", "2025-02"): 12,
    }
    assert plan.labels == ["Revenue", "New leads"]
    assert any("Total" in note for note in plan.ignored)
    assert any("Q1" in note for note in plan.ignored)
    revenue_march = next(o for o in plan.observations if o.month == Month(2025, 3))
    assert revenue_march.cell == "F4"


def test_wide_year_merged_above_bare_month_names(make_xlsx):
    rows = [["KPI", *[2025] + [None] * 11], ["", *MONTHS_EN], ["Revenue", *range(1, 13)]]

    def merge(book):
        book["S"].merge_cells("B1:M1")

    plan = plan_import(make_xlsx({"S": rows}, setup=merge))
    assert not plan.refused, plan.problems
    assert plan.months[0] == Month(2025, 1) and plan.months[-1] == Month(2025, 12)
    assert values(plan)[("Revenue", "2025-12")] == 12


def test_wide_bulgarian_and_estonian_month_names(make_xlsx):
    bg = [["Показател", "яну", "фев", "мар"], ["Приходи", 1, 2, 3]]
    plan = plan_import(make_xlsx({"2024": bg}))
    assert values(plan)[("Приходи", "2024-03")] == 3
    et = [["Näitaja", "märts 2025", "aprill 2025"], ["Käive", "1 234,5", "2 000"]]
    plan = plan_import(make_xlsx({"Leht": et}, name="et.xlsx"))
    assert values(plan) == {("Käive", "2025-03"): 1234.5, ("Käive", "2025-04"): 2000}


def test_bare_months_without_any_year_refuse(make_xlsx):
    plan = plan_import(make_xlsx({"Data": [["KPI", "Jan", "Feb"], ["Revenue", 1, 2]]}))
    assert plan.refused
    assert {p.code for p in plan.refusals} == {ProblemCode.NO_YEAR}
    assert plan.refusals[0].cell == "B1"


def test_stacked_year_blocks(make_xlsx):
    rows = [
        ["KPI", "2024-11", "2024-12"],
        ["Revenue", 1, 2],
        [],
        ["KPI", "2025-01", "2025-02"],
        ["Revenue", 3, 4],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.location.header_rows == (1, 4)
    assert len(plan.observations) == 4 and not plan.problems


def test_tall_with_real_dates_and_target_column(make_xlsx):
    rows = [
        ["Monthly figures"],
        ["Month", "Revenue", "Target", "CSAT"],
        [dt.datetime(2025, 1, 1), 100, 90, 4.5],
        [dt.datetime(2025, 2, 1), 110, 90, 4.6],
        ["Total", 210, 180, None],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.layout is Layout.TALL
    assert values(plan) == {
        ("Revenue", "2025-01"): 100,
        ("Revenue", "2025-02"): 110,
        ("CSAT", "2025-01"): 4.5,
        ("CSAT", "2025-02"): 4.6,
    }
    assert plan.location.month_column == "A"


def test_long_with_localised_headers(make_xlsx):
    rows = [
        ["Показател", "Месец", "Стойност", "Коментар"],
        ["Приходи", "2025-01", 100, ""],
        ["Приходи", "2025-02", "1 234,5", ""],
        ["Клиенти", "2025-01", 7, "ok"],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.layout is Layout.LONG
    assert values(plan) == {
        ("Приходи", "2025-01"): 100,
        ("Приходи", "2025-02"): 1234.5,
        ("Клиенти", "2025-01"): 7,
    }
    assert plan.location.value_column == "C"


def month_ends(year: int) -> list[dt.date]:
    return [dt.date(year, m % 12 + 1, 1) - dt.timedelta(days=1) for m in range(1, 12)] + [
        dt.date(year, 12, 31)
    ]


def test_long_export_whose_month_header_is_no_word_we_know(make_xlsx):
    """`kpi | period_end | value` from a database export: the month column is the one holding
    months. With one KPI it must not pass for a tall sheet whose KPIs are `kpi` and `value`."""
    for kpis in (["Visits"], ["Visits", "Orders"]):
        rows = [["kpi", "period_end", "value"]]
        rows += [[kpi, day, 10.0 * i] for kpi in kpis for i, day in enumerate(month_ends(2025))]
        plan = plan_import(make_xlsx({"Export": rows}))
        assert plan.layout is Layout.LONG and not plan.problems
        assert plan.location.month_column == "B" and plan.location.value_column == "C"
        assert values(plan)[(kpis[-1], "2025-03")] == 20.0
        assert len(plan.observations) == 12 * len(kpis)


def test_long_whose_value_header_is_no_word_we_know(make_xlsx):
    rows = [["Näitaja", "Kuu", "Märkus", "2025 tulemus"]]
    rows += [["Müügitulu", f"2025-0{m}", "", f"{m} 000,5"] for m in range(1, 4)]
    plan = plan_import(make_xlsx({"Andmed": rows}))
    assert plan.layout is Layout.LONG
    assert plan.location.value_column == "D"
    assert values(plan)[("Müügitulu", "2025-02")] == 2000.5


def test_wide_plan_and_actual_under_each_merged_month(make_xlsx):
    """`План | Факт` under each merged month: the actuals are the figures, the plan columns
    the targets, and the sub-header row is no row of figures."""

    def pairs(book):
        sheet = book["2025"]
        for index in range(3):
            sheet.merge_cells(start_row=3, start_column=2 + 2 * index, end_row=3,
                              end_column=3 + 2 * index)  # fmt: skip

    header = ["Показател"]
    for name in ("Януари 2025", "Февруари 2025", "Март 2025"):
        header += [name, None]
    rows = [
        ["Отчет план/факт"],
        [],
        header,
        [None, "План", "Факт", "План", "Факт", "План", "Факт"],
        ["Приходи", 10000, 9800, 10000, 10400, 10000, 11000],
        ["Разходи", 7000, 7100, 7000, 6900, 7000, 7050],
    ]
    plan = plan_import(make_xlsx({"2025": rows}, setup=pairs))
    assert plan.layout is Layout.WIDE and not plan.problems
    assert values(plan) == {
        ("Приходи", "2025-01"): 9800,
        ("Приходи", "2025-02"): 10400,
        ("Приходи", "2025-03"): 11000,
        ("Разходи", "2025-01"): 7100,
        ("Разходи", "2025-02"): 6900,
        ("Разходи", "2025-03"): 7050,
    }
    assert plan.ignored == []
    assert [(t.label, str(t.month), t.value) for t in plan.targets] == [
        ("Приходи", "2025-01", 10000),
        ("Приходи", "2025-02", 10000),
        ("Приходи", "2025-03", 10000),
        ("Разходи", "2025-01", 7000),
        ("Разходи", "2025-02", 7000),
        ("Разходи", "2025-03", 7000),
    ]


def test_long_with_a_target_column_gives_figures_and_targets(make_xlsx):
    """`KPI | Month | Actual | Target`: the target column gives the months' targets, also for
    months with no figure yet."""
    rows = [
        ["Näitaja", "Kuu", "Tegelik", "Eesmärk"],
        ["Müügitulu", "2025-01", 1000, 1100],
        ["Müügitulu", "2025-02", "-", 1200],
        ["Müügitulu", "2025-03", None, "1 300"],
        ["Kokku", None, 1000, 3600],
    ]
    plan = plan_import(make_xlsx({"Andmed": rows}))
    assert plan.layout is Layout.LONG and not plan.refusals
    assert values(plan) == {("Müügitulu", "2025-01"): 1000, ("Müügitulu", "2025-02"): None}
    assert [(t.label, str(t.month), t.value, t.cell) for t in plan.targets] == [
        ("Müügitulu", "2025-01", 1100, "D2"),
        ("Müügitulu", "2025-02", 1200, "D3"),
        ("Müügitulu", "2025-03", 1300, "D4"),
    ]


def test_tall_with_a_target_column_beside_a_kpi(make_xlsx):
    """`Müügitulu eesmärk` (target after the name) and `Plaan tellimused` (before it) hold
    the targets of `Müügitulu` and `Tellimused`; `Märkus` is still a side column."""
    rows = [
        ["Kuu", "Müügitulu", "Müügitulu eesmärk", "Tellimused", "Plaan tellimused", "Märkus"],
        ["jaanuar 2025", 1000, 1100, 40, 45, ""],
        ["veebruar 2025", None, 1200, None, 50, "prognoos"],
    ]
    plan = plan_import(make_xlsx({"Müük": rows}))
    assert plan.layout is Layout.TALL and not plan.refusals
    assert values(plan) == {("Müügitulu", "2025-01"): 1000, ("Tellimused", "2025-01"): 40}
    assert sorted((t.label, str(t.month), t.value) for t in plan.targets) == [
        ("Müügitulu", "2025-01", 1100),
        ("Müügitulu", "2025-02", 1200),
        ("Tellimused", "2025-01", 45),
        ("Tellimused", "2025-02", 50),
    ]
    assert plan.ignored == ["column F ('Märkus')"]


def test_wide_with_a_target_row_under_a_kpi(make_xlsx):
    rows = [
        ["KPI", "Jan 2025", "Feb 2025"],
        ["Revenue", 1000, 1100],
        ["Revenue target", 1050, 1150],
        ["Разходи", 700, 650],
        ["Цел разходи", 680, None],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert plan.layout is Layout.WIDE and not plan.problems
    assert set(values(plan)) == {
        ("Revenue", "2025-01"),
        ("Revenue", "2025-02"),
        ("Разходи", "2025-01"),
        ("Разходи", "2025-02"),
    }
    assert sorted((t.label, str(t.month), t.value) for t in plan.targets) == [
        ("Revenue", "2025-01", 1050),
        ("Revenue", "2025-02", 1150),
        ("Разходи", "2025-01", 680),
    ]
    assert plan.labels == ["Revenue", "Разходи"]


def test_long_duplicate_names_both_cells(make_xlsx):
    rows = [["KPI", "Month", "Value"], ["Revenue", "2025-01", 1], ["revenue ", "2025-01", 2]]
    plan = plan_import(make_xlsx({"S": rows}))
    assert [p.code for p in plan.refusals] == [ProblemCode.DUPLICATE]
    assert "C2" in plan.refusals[0].reason and "C3" in plan.refusals[0].reason


def test_percent_formatted_cells_are_percentage_points(make_xlsx):
    rows = [["KPI", "2025-01", "2025-02"], ["Churn", 0.125, 0.07], ["Margin", "12,5%", None]]

    def fmt(book):
        book["S"]["B2"].number_format = numbers.FORMAT_PERCENTAGE_00
        book["S"]["C2"].number_format = "0.0%"

    plan = plan_import(make_xlsx({"S": rows}, setup=fmt))
    churn = [o for o in plan.observations if o.label == "Churn"]
    assert [o.value for o in churn] == [12.5, 7.0]
    assert all(o.percent_formatted for o in churn)
    assert plan.uses_percent_cells == {"Churn": True, "Margin": True}


def test_cell_problems_are_left_out_and_named(make_xlsx):
    rows = [
        ["KPI", "2025-01", "2025-02", "2025-03", "2025-04"],
        ["Revenue", "=1/0", "12abc", 5, "-"],
    ]
    plan = plan_import(make_xlsx({"S": rows}))
    assert not plan.refused
    problems = {p.cell: p.code for p in plan.cell_problems}
    assert problems == {"B2": ProblemCode.FORMULA_WITHOUT_RESULT, "C2": ProblemCode.NOT_A_NUMBER}
    assert values(plan) == {("Revenue", "2025-03"): 5, ("Revenue", "2025-04"): None}
    assert all(p.sheet == "S" and p.file == "book.xlsx" for p in plan.problems)


def test_ambiguous_decimal_mark_refuses_and_hint_resolves(make_xlsx):
    rows = [["KPI", "2025-01", "2025-02"], ["Revenue", "3.000", "4.500"]]
    path = make_xlsx({"S": rows})
    plan = plan_import(path)
    assert {p.code for p in plan.refusals} == {ProblemCode.AMBIGUOUS_DECIMAL_MARK}
    assert values(plan_import(path, decimal_mark=","))[("Revenue", "2025-01")] == 3000
    assert values(plan_import(path, decimal_mark="."))[("Revenue", "2025-01")] == 3


def test_decimal_mark_evidence_from_the_rest_of_the_table(make_xlsx):
    rows = [["KPI", "2025-01", "2025-02"], ["Revenue", "3.000", "1.234,5"], ["Cost", "2.000", "7"]]
    plan = plan_import(make_xlsx({"S": rows}))
    assert not plan.refused
    assert plan.decimal_mark == ","
    assert values(plan)[("Cost", "2025-01")] == 2000


def test_several_sheets_make_the_owner_choose(make_xlsx):
    data = [["KPI", "2025-01"], ["Revenue", 1]]
    path = make_xlsx({"A": data, "B": data, "Notes": [["just text"]]})
    plan = plan_import(path)
    assert [p.code for p in plan.refusals] == [ProblemCode.SEVERAL_SHEETS]
    assert plan.candidate_sheets == ["A", "B"]
    assert plan_import(path, sheet="B").sheet == "B"


def test_hidden_sheets_are_listed_never_read_silently(make_xlsx):
    data = [["KPI", "2025-01"], ["Revenue", 1]]

    def hide(book):
        book["Secret"].sheet_state = "hidden"

    path = make_xlsx({"Visible": [["nothing here"]], "Secret": data}, setup=hide)
    plan = plan_import(path)
    assert plan.hidden_sheets == ["Secret"]
    assert [p.code for p in plan.refusals] == [ProblemCode.NO_TABLE]
    assert "Secret" in plan.refusals[0].reason
    assert values(plan_import(path, sheet="Secret")) == {("Revenue", "2025-01"): 1}


def test_no_table(make_xlsx):
    plan = plan_import(make_xlsx({"S": [["hello"], ["world"]]}))
    assert [p.code for p in plan.refusals] == [ProblemCode.NO_TABLE]
