"""Several desktops recording different segments of one KPI and month at the same moment,
on PostgreSQL and on a workspace file: every figure lands, the business total is their sum,
and each segment's history is an unbroken chain that undo walks back."""

from __future__ import annotations

from contextlib import closing

from kpidesk.domain.month import Month
from kpidesk.store.figures import cell_history, load_cells, undo_change
from kpidesk.store.kpis import require_kpi
from kpidesk.store.segments import require_segment
from kpidesk.store.workspace import Workspace, open_workspace
from tests.cli.conftest import Cli
from tests.together import run_together

SHOPS = ("Sofia", "Plovdiv", "Varna", "Burgas", "Ruse", "Pleven")
MONTH = Month(2026, 3)


def _segment_figure(workspace: Workspace, kpi_id: int, segment_id: int) -> float | None:
    with workspace.reading() as session:
        _totals, by_segment = load_cells(session, [kpi_id])
    cell = by_segment.get(kpi_id, {}).get(segment_id, {}).get(MONTH)
    return None if cell is None else cell.value


def test_six_shops_recording_one_month_at_once_all_land(cli_any: Cli) -> None:
    setup = Cli(cli_any.db, in_process=True)  # the processes that race are those below
    for shop in SHOPS:
        setup("segment", "add", shop, "--set", "Shops")
    setup("kpi", "add", "Sales", "--unit", "count", "--by", "Shops")
    command = ["-m", "--db", str(cli_any.db), "record", "Sales", str(MONTH)]
    # Two rounds: 101..106, then each shop corrects its own figure to 201..206.
    for base in (100, 200):
        results = run_together(
            [[*command, str(base + n), "--segment", shop] for n, shop in enumerate(SHOPS, 1)]
        )
        for result in results:
            assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    # 201 + 202 + ... + 206 = 1221, every one of the six shops counted.
    total = cli_any.status(str(MONTH))["Sales"]
    assert (total["value"], total["segments_covered"], total["segments_expected"]) == (
        1221.0,
        6,
        6,
    )
    with closing(open_workspace(cli_any.db)) as workspace:
        with workspace.reading() as session:
            kpi_id = require_kpi(session, "Sales").id
            ids = {shop: require_segment(session, shop).id for shop in SHOPS}
            chains = {
                shop: [
                    (change.id, revision.old_value, revision.new_value)
                    for change, revision in cell_history(session, kpi_id, MONTH, ids[shop])
                ]
                for shop in SHOPS
            }
        for n, shop in enumerate(SHOPS, 1):
            chain = chains[shop]
            assert [(old, new) for _, old, new in chain] == [
                (None, 100.0 + n),
                (100.0 + n, 200.0 + n),
            ]
            for index, expected in ((1, 100.0 + n), (0, None)):
                with workspace.transaction() as session:
                    undo_change(session, chain[index][0])
                assert _segment_figure(workspace, kpi_id, ids[shop]) == expected
