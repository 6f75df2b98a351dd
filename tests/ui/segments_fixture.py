"""A small workspace with three locations, written through the use cases, whose leaderboard
the tests work out by hand.

March 2026 (targets from January on, per location):

Revenue (higher is better, summed): Sofia 1200 of 1000 (120 %), Plovdiv 900 of 750
(120 %), Varna 400 of 800 (50 %): Sofia and Plovdiv tie first, Varna third. February:
Sofia 1000, Plovdiv 800, Varna none. The total of March is 2500, the average 2500 / 3.

Wait time (lower is better, averaged): Sofia 10 of 12 (120 %), Varna 12 of 12 (100 %),
Plovdiv 15 of 12 (80 %): Sofia first, Varna second, Plovdiv third. February: Sofia 10 only,
so the total of February covers 1 of 3 locations.
"""

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.targets import TargetKind
from kpidesk.store.workspace import Workspace
from kpidesk.usecases.figures import record_figure
from kpidesk.usecases.goals import set_goal
from kpidesk.usecases.kpis import define_kpi
from kpidesk.usecases.segments import new_segment

JAN, FEB, MAR = Month(2026, 1), Month(2026, 2), Month(2026, 3)
LOCATIONS = ("Sofia", "Plovdiv", "Varna")
FIGURES = {
    ("Revenue", FEB): {"Sofia": 1000, "Plovdiv": 800},
    ("Revenue", MAR): {"Sofia": 1200, "Plovdiv": 900, "Varna": 400},
    ("Wait time", FEB): {"Sofia": 10},
    ("Wait time", MAR): {"Sofia": 10, "Plovdiv": 15, "Varna": 12},
}
TARGETS = {
    "Revenue": {"Sofia": 1000, "Plovdiv": 750, "Varna": 800},
    "Wait time": {"Sofia": 12, "Plovdiv": 12, "Varna": 12},
}


def fill_locations(workspace: Workspace) -> Workspace:
    with workspace.transaction() as session:
        for name in LOCATIONS:
            new_segment(session, name, "Locations", source="test")
        define_kpi(
            session, KpiDefinition("Revenue", Unit.COUNT, decimals=0, segment_set="Locations")
        )
        define_kpi(
            session,
            KpiDefinition(
                "Wait time",
                Unit.COUNT,
                Direction.LOWER,
                Aggregation.MEAN,
                decimals=1,
                segment_set="Locations",
            ),
        )
        for (kpi, month), by in FIGURES.items():
            for segment, value in by.items():
                record_figure(session, kpi, month, value, source="test", segment=segment)
        for kpi, by in TARGETS.items():
            for segment, value in by.items():
                set_goal(session, kpi, TargetKind.MONTHLY, JAN, value, segment=segment)
    return workspace
