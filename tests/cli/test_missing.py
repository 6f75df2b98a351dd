"""`kpidesk status --missing [--json]`: the closed months with figures still to enter."""

from datetime import date

import pytest

from kpidesk.cli import missing_command


@pytest.fixture(autouse=True)
def december_second(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today is 2 December 2026: November is the last closed month."""
    monkeypatch.setattr(missing_command, "today", lambda: date(2026, 12, 2))


@pytest.fixture
def shop(cli_fast):
    cli_fast("kpi", "add", "Revenue", "--unit", "currency", "--aggregation", "sum")
    cli_fast("kpi", "add", "Leads", "--unit", "count", "--aggregation", "sum")
    cli_fast("segment", "add", "Kalamaja", "--set", "Locations")
    cli_fast("segment", "add", "Telliskivi", "--set", "Locations")
    cli_fast(
        "kpi", "add", "Wait time", "--unit", "minutes", "--direction", "lower",
        "--aggregation", "mean", "--by", "Locations",
    )  # fmt: skip
    for month in ("2026-09", "2026-10"):
        cli_fast("record", "Revenue", month, "1000")
        cli_fast("record", "Leads", month, "12")
        cli_fast("record", "Wait time", month, "5", "--segment", "Kalamaja")
        cli_fast("record", "Wait time", month, "7", "--segment", "Telliskivi")
    cli_fast("record", "Leads", "2026-11", "14")
    cli_fast("record", "Wait time", "2026-11", "6", "--segment", "Kalamaja")
    return cli_fast


def test_the_json_lists_every_missing_cell_newest_month_first(shop) -> None:
    assert shop.json("status", "--missing", "--json") == [
        {"month": "2026-11", "kpi": "Revenue", "segment": None},
        {"month": "2026-11", "kpi": "Wait time", "segment": "Telliskivi"},
    ]


def test_the_text_says_how_many_of_the_expected_kpis_are_missing(shop) -> None:
    result = shop("status", "--missing")
    assert result.stdout == "2026-11: 2 of 3 KPIs not entered: Revenue, Wait time (Telliskivi)\n"


def test_older_months_follow_the_newest(shop) -> None:
    shop("record", "Revenue", "2026-08", "900")
    shop("record", "Revenue", "2026-09", "")
    lines = shop("status", "--missing").stdout.splitlines()
    assert lines == [
        "2026-11: 2 of 3 KPIs not entered: Revenue, Wait time (Telliskivi)",
        "2026-09: 1 of 1 KPIs not entered: Revenue",
    ]


def test_nothing_missing_exits_0_and_says_so(shop) -> None:
    shop("record", "Revenue", "2026-11", "1100")
    shop("record", "Wait time", "2026-11", "8", "--segment", "Telliskivi")
    result = shop("status", "--missing")
    assert result.returncode == 0
    assert result.stdout == "Nothing is missing up to 2026-11.\n"
    assert shop.json("status", "--missing", "--json") == []


def test_an_empty_workspace_has_nothing_missing(cli_fast) -> None:
    cli_fast("kpi", "add", "Revenue", "--unit", "currency", "--aggregation", "sum")
    assert cli_fast("status", "--missing").stdout == "Nothing is missing up to 2026-11.\n"
