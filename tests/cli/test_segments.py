"""`kpidesk segment`, `record --segment`, `status --segment`, `leaderboard` on a workspace
file and on PostgreSQL, with every number worked out by hand in the test.

Three shops (Sofia, Plovdiv, Varna) over January-March 2026:

    Sales (sum, higher)   Jan  Feb  Mar   target a month
      Sofia               100  120  130   100
      Plovdiv              80   90  100   100
      Varna                50    -   70    50
    Wait (mean, lower)
      Sofia                10   12    8    10
      Plovdiv               8   12   10    10
      Varna                16   12    8    10
"""

from __future__ import annotations

import pytest

from tests.cli.conftest import Cli

SALES = {
    "Sofia": ("100", "120", "130"),
    "Plovdiv": ("80", "90", "100"),
    "Varna": ("50", "", "70"),
}
WAIT = {
    "Sofia": ("10", "12", "8"),
    "Plovdiv": ("8", "12", "10"),
    "Varna": ("16", "12", "8"),
}
MONTHS = ("2026-01", "2026-02", "2026-03")


def refused(cli: Cli, *args: str) -> str:
    """The one line a refusal prints; exit status 2, no traceback."""
    result = cli(*args, ok=False)
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def shops(cli_any: Cli) -> Cli:
    """The shops, set up in this process (thirty commands; a subprocess each would take half
    a minute); the tests then run the commands they check as processes (`cli_any`)."""
    cli = Cli(cli_any.db, in_process=True)
    cli("kpi", "add", "Visitors", "--unit", "count")
    cli("record", "Visitors", "2026-01", "500")
    plain = cli.json("status", "--json")
    assert "segment" not in plain[0] and "segments_covered" not in plain[0]
    for name in SALES:
        assert cli("segment", "add", name, "--set", "Shops").stdout == f"Added {name} to Shops.\n"
    cli("segment", "add", "Ivan", "--set", "People")
    cli("kpi", "add", "Sales", "--unit", "count", "--by", "Shops")
    cli("kpi", "add", "Wait", "--unit", "number", "--aggregation", "mean",
        "--direction", "lower", "--by", "Shops")  # fmt: skip
    for kpi, table in (("Sales", SALES), ("Wait", WAIT)):
        for shop, values in table.items():
            for month, value in zip(MONTHS, values, strict=True):
                if value:
                    cli("record", kpi, month, value, "--segment", shop)
    for shop, monthly in (("Sofia", "100"), ("Plovdiv", "100"), ("Varna", "50")):
        cli("goal", "set", "Sales", "--from", "2026-01", "--monthly", monthly, "--segment", shop)
        cli("goal", "set", "Wait", "--from", "2026-01", "--monthly", "10", "--segment", shop)
    return cli_any


def test_segments_records_status_and_leaderboards(shops: Cli) -> None:
    cli = shops
    assert cli.json("segment", "list", "--json") == [
        {
            "set": "Shops",
            "segments": [
                {"name": name, "archived": False, "aliases": []}
                for name in ("Sofia", "Plovdiv", "Varna")
            ],
            "kpis": ["Sales", "Wait"],
        },
        {"set": "People", "segments": [{"name": "Ivan", "archived": False, "aliases": []}],
         "kpis": []},
    ]  # fmt: skip
    assert {k["name"]: k["segment_set"] for k in cli.json("kpi", "list", "--json")} == {
        "Visitors": None,
        "Sales": "Shops",
        "Wait": "Shops",
    }

    # February's total: Sofia 120 + Plovdiv 90, Varna missing (not zero): 2 of 3 shops;
    # target 100 + 100 + 50 = 250, so 210 / 250 = 84 %.
    total = cli.status("2026-02")
    assert total["Visitors"]["segment"] is None
    assert "segments_covered" not in total["Visitors"]
    sales = total["Sales"]
    assert (sales["segment"], sales["value"], sales["target"]) == (None, 210.0, 250.0)
    assert sales["attainment"] == pytest.approx(84.0)
    assert (sales["segments_covered"], sales["segments_expected"]) == (2, 3)
    table = cli("status", "--month", "2026-02").stdout.splitlines()
    sales_line = next(line for line in table if line.startswith("Sales"))
    assert "210 (2 of 3)" in sales_line
    wait_line = next(line for line in table if line.startswith("Wait"))
    assert "of 3)" not in wait_line  # all three shops reported
    # Wait in February: (12 + 12 + 12) / 3 = 12 against 10, all three shops.
    wait = total["Wait"]
    assert (wait["value"], wait["target"], wait["segments_covered"]) == (12.0, 10.0, 3)

    # Sofia's own page in March: Sales 130 of 100, year to date 350 of 300; Wait 8 of 10
    # (lower is better: 10 / 8 = 125 %), year to date (10 + 12 + 8) / 3 = 10.
    sofia = {
        row["kpi"]: row
        for row in cli.json("status", "--segment", "Sofia", "--month", "2026-03", "--json")
    }
    assert set(sofia) == {"Sales", "Wait"}
    assert sofia["Sales"]["segment"] == "Sofia"
    assert (sofia["Sales"]["value"], sofia["Sales"]["target"]) == (130.0, 100.0)
    assert (sofia["Sales"]["ytd_value"], sofia["Sales"]["ytd_target"]) == (350.0, 300.0)
    assert sofia["Sales"]["status"] == "on_track"
    assert (sofia["Wait"]["value"], sofia["Wait"]["attainment"]) == (8.0, 125.0)
    assert sofia["Wait"]["ytd_value"] == 10.0
    assert "segments_covered" not in sofia["Sales"]

    # March, Sales: Varna 70 / 50 = 140 %, Sofia 130 %, Plovdiv 100 %. Average of the
    # values (130 + 100 + 70) / 3 = 100; against February Sofia +10, Plovdiv +10, Varna
    # had no February figure.
    board = cli.json("leaderboard", "Sales", "--month", "2026-03", "--json")
    assert [(r["segment"], r["rank"], r["tied"]) for r in board] == [
        ("Varna", 1, False),
        ("Sofia", 2, False),
        ("Plovdiv", 3, False),
    ]
    assert [r["attainment"] for r in board] == [140.0, 130.0, 100.0]
    assert [r["vs_average"] for r in board] == [-30.0, 30.0, 0.0]
    assert [r["change_vs_previous"] for r in board] == [None, 10.0, 10.0]
    assert set(board[0]) == {
        "segment", "rank", "value", "target", "attainment", "status",
        "tied", "change_vs_previous", "vs_average", "vs_benchmark",
    }  # fmt: skip

    # The first quarter: Sofia 350 / 300 = 116.67 %, Plovdiv 270 / 300 = 90 %, Varna
    # (50 + 70) / (3 x 50) = 80 %: a sum KPI's quarter target counts every month.
    quarter = cli.json("leaderboard", "Sales", "--quarter", "2026-Q1", "--json")
    assert [(r["segment"], r["value"], r["target"]) for r in quarter] == [
        ("Sofia", 350.0, 300.0),
        ("Plovdiv", 270.0, 300.0),
        ("Varna", 120.0, 150.0),
    ]
    assert [r["attainment"] for r in quarter] == pytest.approx([350 / 3, 90.0, 80.0])

    # Wait in March, lower is better: Sofia and Varna wait 8 (10 / 8 = 125 %), a tie for
    # first; Plovdiv waits 10 (100 %), third.
    wait_board = cli.json("leaderboard", "Wait", "--json")
    assert [(r["segment"], r["rank"], r["tied"], r["attainment"]) for r in wait_board] == [
        ("Sofia", 1, True, 125.0),
        ("Varna", 1, True, 125.0),
        ("Plovdiv", 3, False, 100.0),
    ]
    # Year to date (the latest month, March): Sofia (10 + 12 + 8) / 3 = 10 and Plovdiv
    # (8 + 12 + 10) / 3 = 10 tie at 100 %; Varna (16 + 12 + 8) / 3 = 12, 10 / 12 = 83.33 %.
    ytd = cli.json("leaderboard", "Wait", "--ytd", "--json")
    assert [(r["segment"], r["rank"], r["tied"], r["value"]) for r in ytd] == [
        ("Plovdiv", 1, True, 10.0),
        ("Sofia", 1, True, 10.0),
        ("Varna", 3, False, 12.0),
    ]
    assert ytd[2]["attainment"] == pytest.approx(1000 / 12)
    table = cli("leaderboard", "Wait", "--ytd").stdout
    assert table.splitlines()[0] == "Wait, YTD 2026-03:"
    assert "=1    Plovdiv" in table  # a shared place, written as in the window


def test_refusals_are_one_line(shops: Cli) -> None:
    cli = shops
    assert refused(cli, "leaderboard", "Nothing") == "kpidesk: there is no KPI named 'Nothing'"
    assert "Visitors is not tracked by segments" in refused(cli, "leaderboard", "Visitors")
    assert "'2026-Q5' is not a quarter" in refused(
        cli, "leaderboard", "Sales", "--quarter", "2026-Q5"
    )
    assert "there is no segment named 'Burgas'" in refused(
        cli, "record", "Sales", "2026-03", "5", "--segment", "Burgas"
    )
    assert "Ivan is not one of the Shops that Sales is tracked by" in refused(
        cli, "record", "Sales", "2026-03", "5", "--segment", "Ivan"
    )
    assert "there is no segment named 'Burgas'" in refused(
        cli, "status", "--segment", "Burgas", "--json"
    )
    refused(cli, "segment", "add", "sofia", "--set", "Shops")
    # Nothing refused was written: Sofia's March is still 130, one Sofia.
    sofia = {r["kpi"]: r for r in cli.json("status", "--segment", "Sofia", "--json")}
    assert sofia["Sales"]["value"] == 130.0
    names = [s["name"] for s in cli.json("segment", "list", "--json")[0]["segments"]]
    assert names == ["Sofia", "Plovdiv", "Varna"]
