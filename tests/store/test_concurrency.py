"""Two processes writing to one workspace at once lose nothing."""

import subprocess
import sys

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.store.kpis import add_kpi
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace

WRITER = """
import sys
from kpidesk.domain.month import Month
from kpidesk.store.figures import CellWrite, start_change, write_figures
from kpidesk.store.workspace import open_workspace
ws = open_workspace(sys.argv[1])
kpi_id, year = int(sys.argv[2]), int(sys.argv[3])
for month in range(1, 13):
    for day in range(5):
        with ws.transaction() as session:
            change = start_change(session, "edit")
            write_figures(session, change, [CellWrite(kpi_id, Month(year, month), month * 10 + day)])
ws.close()
"""


def test_two_processes_writing_at_once_lose_nothing(any_workspace: Workspace) -> None:
    workspace = any_workspace
    with workspace.transaction() as session:
        kpi_id = add_kpi(session, KpiDefinition("Sales", Unit.COUNT)).id
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, workspace.url, str(kpi_id), str(year)])
        for year in (2024, 2025)
    ]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    with workspace.transaction() as session:
        card = load_snapshot(session).scorecard
    for year in (2024, 2025):
        assert len(card.measured_months("Sales")) == 24
        assert card.value("Sales", card.measured_months("Sales")[-1]) == 124
        assert card.ytd_value("Sales", Month(year, 12)) == sum(m * 10 + 4 for m in range(1, 13))
