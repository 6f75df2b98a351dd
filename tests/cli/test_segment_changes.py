"""`kpidesk segment rename | archive | restore | merge`, `kpi edit --by`, `kpi add --weight`
and `goal history --segment` on a workspace file, in process."""

from __future__ import annotations

from tests.cli.conftest import Cli


def test_rename_archive_restore_merge_and_untrack(cli_fast: Cli) -> None:
    cli = cli_fast
    for shop in ("Sofia", "Plovdiv", "Varna"):
        cli("segment", "add", shop, "--set", "Shops")
    cli("kpi", "add", "Sales", "--unit", "count", "--by", "Shops")
    cli("kpi", "add", "Responses", "--unit", "count", "--by", "Shops")
    cli("kpi", "add", "CSAT", "--unit", "score", "--aggregation", "mean",
        "--by", "Shops", "--weight", "Responses")  # fmt: skip
    csat = next(k for k in cli.json("kpi", "list", "--json") if k["name"] == "CSAT")
    assert (csat["segment_set"], csat["weight_kpi"]) == ("Shops", "Responses")
    cli("record", "Sales", "2026-01", "10", "--segment", "Varna")
    cli("record", "Sales", "2026-02", "20", "--segment", "Plovdiv")
    cli("goal", "set", "Sales", "--from", "2026-01", "--monthly", "15", "--segment", "Varna")
    history = cli.json("goal", "history", "Sales", "--segment", "Varna", "--json")
    assert [(h["kind"], h["from"], h["value"]) for h in history] == [("monthly", "2026-01", 15.0)]
    assert cli.json("goal", "history", "Sales", "--json") == []

    assert cli("segment", "rename", "Plovdiv", "Plovdiv centre").stdout == (
        "Renamed Plovdiv to Plovdiv centre.\n"
    )
    assert cli("segment", "archive", "Sofia").stdout == "Archived Sofia.\n"
    shops = cli.json("segment", "list", "--json")[0]["segments"]
    assert shops == [
        {"name": "Sofia", "archived": True, "aliases": []},
        {"name": "Plovdiv centre", "archived": False, "aliases": ["Plovdiv"]},
        {"name": "Varna", "archived": False, "aliases": []},
    ]
    cli("segment", "restore", "Sofia")
    # Varna's January 10 moves to Plovdiv centre, which had only February: 2 figures in all.
    merged = cli("segment", "merge", "Varna", "--into", "Plovdiv")
    assert merged.stdout == "Merged Varna into Plovdiv centre: 1 figure moved.\n"
    rows = {r["kpi"]: r for r in cli.json("status", "--segment", "Plovdiv centre", "--json",
                                          "--month", "2026-02")}  # fmt: skip
    assert (rows["Sales"]["value"], rows["Sales"]["ytd_value"]) == (20.0, 30.0)

    refused = cli("kpi", "edit", "Sales", "--by", "", ok=False)
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    cli("kpi", "add", "Visits", "--unit", "count", "--by", "Shops")
    assert cli("kpi", "edit", "Visits", "--by", "").stdout == (
        "Visits is no longer tracked by segments.\n"
    )
    visits = next(k for k in cli.json("kpi", "list", "--json") if k["name"] == "Visits")
    assert visits["segment_set"] is None
