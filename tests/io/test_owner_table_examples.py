"""The smallest owners' tables the property test (test_owner_tables.py) found imported
wrongly, kept as plain examples: each failed before its fix."""

from __future__ import annotations

import datetime as dt

from tests.io.owner_files import import_into_empty


def test_a_tall_table_of_one_month_imports(make_xlsx, tmp_path):
    """One month down the first column and KPIs across: the month row reads as a wide header
    of one month as well, under which there are no figures ("no table" before)."""
    book = make_xlsx(
        {
            "Sheet1": [
                [None, "Month", "Revenue", "Orders"],
                [None, dt.datetime(2025, 9, 1), 1200, 35],
            ]
        }
    )
    result = import_into_empty(book, tmp_path / "owner.kpidesk")
    assert result.code == 0, result.err
    assert result.figures == {"Revenue": {"2025-09": 1200.0}, "Orders": {"2025-09": 35.0}}


def test_a_shorter_year_stacked_above_a_longer_one_is_imported(make_xlsx, tmp_path):
    """Two blocks, one per year: the first with two months, the second with six. The
    first block's header has fewer months than half of the longest, so it was not taken
    for a header: its figures were dropped without a word (exit 0, "0 left out")."""
    book = make_xlsx(
        {
            "Sheet1": [
                ["KPI", "2024-11", "2024-12"],
                ["Revenue", 11, 12],
                [],
                ["KPI", "2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"],
                ["Revenue", 1, 2, 3, 4, 5, 6],
            ]
        }
    )
    result = import_into_empty(book, tmp_path / "owner.kpidesk")
    assert result.code == 0, result.err
    assert result.figures == {
        "Revenue": {
            "2024-11": 11.0, "2024-12": 12.0, "2025-01": 1.0, "2025-02": 2.0,
            "2025-03": 3.0, "2025-04": 4.0, "2025-05": 5.0, "2025-06": 6.0,
        }
    }  # fmt: skip


def test_a_longer_year_stacked_above_a_shorter_one_is_imported(make_xlsx, tmp_path):
    """The other way round, the shorter block's header was read as a row of the first block:
    its figures became the first block's months again, refused as appearing twice."""
    book = make_xlsx(
        {
            "Sheet1": [
                ["KPI", "2024-09", "2024-10", "2024-11", "2024-12", "Total"],
                ["Orders", 9, 10, 11, 12, 42],
                [],
                ["KPI", "2025-01", "Total"],
                ["Orders", 1, 1],
            ]
        }
    )
    result = import_into_empty(book, tmp_path / "owner.kpidesk")
    assert result.code == 0, result.err
    assert result.figures == {
        "Orders": {
            "2024-09": 9.0,
            "2024-10": 10.0,
            "2024-11": 11.0,
            "2024-12": 12.0,
            "2025-01": 1.0,
        }
    }


def test_a_shorter_year_with_a_notes_column_is_a_block_of_its_own(make_xlsx, tmp_path):
    """A notes column right after the last month of a shorter year, under a month of the
    longer one: the row was not taken for the header of a block."""
    book = make_xlsx(
        {
            "Sheet1": [
                [None, dt.datetime(2024, 9, 1), dt.datetime(2024, 10, 1), dt.datetime(2024, 11, 1)],
                ["Orders", 9, 10, 11],
                [],
                [None, dt.datetime(2025, 1, 1), "Notes"],
                ["Orders", 1, "estimate"],
            ]
        }
    )
    result = import_into_empty(book, tmp_path / "owner.kpidesk")
    assert result.code == 0, result.err
    assert result.figures == {
        "Orders": {"2024-09": 9.0, "2024-10": 10.0, "2024-11": 11.0, "2025-01": 1.0}
    }


def test_a_row_of_units_under_a_tall_tables_names_is_not_its_header(make_xlsx, tmp_path):
    """`€ | %` under `Revenue | Conversion rate`: the units became the KPIs' names."""
    book = make_xlsx(
        {
            "Sheet1": [
                ["Month", "Revenue", "Conversion rate"],
                [None, "€", "%"],
                ["2025-01", 1200, 2.5],
                ["2025-02", 1300, 3.5],
            ]
        }
    )
    result = import_into_empty(book, tmp_path / "owner.kpidesk")
    assert result.code == 0, result.err
    assert result.figures == {
        "Revenue": {"2025-01": 1200.0, "2025-02": 1300.0},
        "Conversion rate": {"2025-01": 2.5, "2025-02": 3.5},
    }


def test_a_name_with_a_double_space_makes_a_kpi_named_with_one(make_xlsx, tmp_path):
    """A tall header `Marketing  spend` made a KPI named with the double space, where the
    same label in a wide or long table makes `Marketing spend`."""
    book = make_xlsx({"Sheet1": [["Month", " Marketing  spend "], ["2025-01", 300]]})
    result = import_into_empty(book, tmp_path / "owner.kpidesk")
    assert result.code == 0, result.err
    assert result.figures == {"Marketing spend": {"2025-01": 300.0}}


def test_a_month_over_plan_and_actual_without_a_merge_imports_the_actuals(make_xlsx, tmp_path):
    """`Януари 2025` over `План | Факт` with the second header cell blank (centred across the
    two, or a CSV saved from a merge): the plans were imported as the month's figures and
    the actual figures left out."""
    book = make_xlsx(
        {
            "Sheet1": [
                ["Показател", "януари 2025", None, "февруари 2025", None],
                [None, "План", "Факт", "План", "Факт"],
                ["Приходи", 100, 90, 200, 210],
            ]
        }
    )
    result = import_into_empty(book, tmp_path / "owner.kpidesk")
    assert result.code == 0, result.err
    assert result.figures == {"Приходи": {"2025-01": 90.0, "2025-02": 210.0}}


def test_month_serials_newest_first_are_months(make_xlsx, tmp_path):
    """Excel serials as month headers, the newest month first: "no table" (a row of serials
    had to go up month by month)."""
    book = make_xlsx({"Sheet1": [["KPI", 45809, 45778, 45748], ["Orders", 6, 5, 4]]})
    result = import_into_empty(book, tmp_path / "owner.kpidesk")
    assert result.code == 0, result.err
    assert result.figures == {"Orders": {"2025-06": 6.0, "2025-05": 5.0, "2025-04": 4.0}}


def test_month_serials_merged_over_plan_and_actual_are_months(make_xlsx, tmp_path):
    """Serial 45809 (2025-06-01) merged over `Plan | Actual`: the merge repeats it in both
    columns, and a row of serials with a month twice was no header ("no table")."""

    def merge(book):
        book["Sheet1"].merge_cells("B1:C1")
        book["Sheet1"].merge_cells("D1:E1")

    book = make_xlsx(
        {
            "Sheet1": [
                ["KPI", 45809, None, 45839, None],
                [None, "Plan", "Actual", "Plan", "Actual"],
                ["Orders", 10, 12, 10, 9],
            ]
        },
        setup=merge,
    )
    result = import_into_empty(book, tmp_path / "owner.kpidesk")
    assert result.code == 0, result.err
    assert result.figures == {"Orders": {"2025-06": 12.0, "2025-07": 9.0}}
