"""How fast kpidesk answers the business total and a leaderboard of a large segmented
workspace, against pandas groupby computing the same numbers in the same run.

    python benchmarks/segment_speed.py

The workspace: 50 KPIs (sum, mean weighted by a KPI, last) tracked by a set of 30 locations,
ten years of monthly figures per location with a few gaps, a monthly target per location.
Measured, median of several runs, each on a scorecard freshly built as after loading a
snapshot (nothing cached):
- the dashboard total: `status_of` for every KPI in the latest month (value, target,
  year to date, annual target, forecast, needed per month);
- a leaderboard: 30 locations ranked on one KPI over a quarter (value, target, attainment,
  change against the previous quarter, against the average).
The peer: pandas computing the monthly totals of every KPI for the latest month and the
year to date from a long DataFrame (groupby KPI and month), and the leaderboard's values,
targets and ranks (groupby segment). The issue asks for each within 150 ms.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import datetime

import numpy as np
import pandas as pd

from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.leaderboard import leaderboard
from kpidesk.domain.month import Month, month_range
from kpidesk.domain.periods import Period
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.segments import Segment, SegmentSet
from kpidesk.domain.targets import TargetChange, TargetKind

KPIS = 50
SEGMENTS = 30
MONTHS = list(month_range(Month(2016, 1), Month(2025, 12)))
LATEST = MONTHS[-1]
RUNS = 7
Cells = dict[str, dict[str, dict[Month, Figure]]]
SET = SegmentSet("Locations", tuple(Segment(f"Shop {n:02d}", "Locations") for n in range(SEGMENTS)))


def definitions() -> list[KpiDefinition]:
    """A third of each aggregation; each mean KPI is weighted by the sum KPI before it."""
    kpis: list[KpiDefinition] = []
    for n in range(KPIS):
        name = f"KPI {n:02d}"
        if n % 3 == 1:
            kpis.append(
                KpiDefinition(
                    name,
                    Unit.PERCENT,
                    aggregation=Aggregation.MEAN,
                    segment_set="Locations",
                    weight_kpi=f"KPI {n - 1:02d}",
                )
            )
        else:
            aggregation = Aggregation.SUM if n % 3 == 0 else Aggregation.LAST
            kpis.append(
                KpiDefinition(name, Unit.COUNT, aggregation=aggregation, segment_set="Locations")
            )
    return kpis


def figures(rng: np.random.Generator) -> Cells:
    """Every KPI, location and month, about one in fifty cells missing."""
    values = rng.integers(50, 500, size=(KPIS, SEGMENTS, len(MONTHS)))
    present = rng.random(size=values.shape) > 0.02
    return {
        f"kpi {k:02d}": {
            segment.key: {
                month: Figure(float(values[k, s, m]))
                for m, month in enumerate(MONTHS)
                if present[k, s, m]
            }
            for s, segment in enumerate(SET.segments)
        }
        for k in range(KPIS)
    }


def targets() -> dict[str, dict[str, list[TargetChange]]]:
    """One monthly target per KPI and location from the first month on."""
    made = TargetChange(TargetKind.MONTHLY, MONTHS[0], 300.0, datetime(2016, 1, 1))
    return {f"kpi {k:02d}": {s.key: [made] for s in SET.segments} for k in range(KPIS)}


def scorecard(
    kpis: list[KpiDefinition], cells: Cells, goals: dict[str, dict[str, list[TargetChange]]]
) -> Scorecard:
    """A scorecard as a snapshot load builds it: nothing derived yet."""
    return Scorecard(kpis=kpis, segment_sets=[SET], segment_figures=cells, segment_targets=goals)


def long_frame(cells: Cells) -> pd.DataFrame:
    rows = [
        (kpi, segment, month.index, figure.value)
        for kpi, by_segment in cells.items()
        for segment, by_month in by_segment.items()
        for month, figure in by_month.items()
    ]
    return pd.DataFrame(rows, columns=["kpi", "segment", "month", "value"])


def pandas_total(frame: pd.DataFrame) -> pd.DataFrame:
    """Monthly totals of every KPI in the latest month and summed over its year."""
    year = frame[frame["month"] >= Month(LATEST.year, 1).index]
    monthly = year.groupby(["kpi", "month"])["value"].sum().reset_index()
    latest = monthly[monthly["month"] == LATEST.index].set_index("kpi")["value"]
    ytd = monthly.groupby("kpi")["value"].sum()
    return pd.DataFrame({"value": latest, "ytd": ytd, "target": 300.0 * SEGMENTS})


def pandas_leaderboard(frame: pd.DataFrame, kpi: str, months: list[int]) -> pd.DataFrame:
    """One KPI's locations over a quarter: value, target, attainment, rank, vs average and
    the previous quarter."""
    of_kpi = frame[frame["kpi"] == kpi]
    now = of_kpi[of_kpi["month"].isin(months)].groupby("segment")["value"].sum()
    before = of_kpi[of_kpi["month"].isin([m - 3 for m in months])].groupby("segment")["value"]
    board = pd.DataFrame({"value": now, "previous": before.sum(), "target": 900.0})
    board["attainment"] = board["value"] / board["target"] * 100
    board["rank"] = board["attainment"].rank(method="min", ascending=False)
    board["vs_average"] = board["value"] - board["value"].mean()
    return board.sort_values("rank")


def median_ms(run: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    rng = np.random.default_rng(13)
    kpis, cells, goals = definitions(), figures(rng), targets()
    frame = long_frame(cells)
    quarter = Period.quarter(LATEST.year, 4)
    quarter_months = [month.index for month in quarter.months]

    def total() -> None:
        card = scorecard(kpis, cells, goals)
        for kpi in card.active_kpis():
            card.status_of(kpi.name, LATEST)

    def board() -> None:
        leaderboard(scorecard(kpis, cells, goals), "KPI 00", quarter)

    check = leaderboard(scorecard(kpis, cells, goals), "KPI 00", quarter)
    peer_board = pandas_leaderboard(frame, "kpi 00", quarter_months)
    ours = {row.segment.casefold(): row.value for row in check.rows}
    assert all(ours[s] == v for s, v in peer_board["value"].items()), "values disagree"

    ours_total = median_ms(total)
    peer_total = median_ms(lambda: pandas_total(frame))
    ours_board = median_ms(board)
    peer_leader = median_ms(lambda: pandas_leaderboard(frame, "kpi 00", quarter_months))
    cells_count = len(frame)
    print(f"{KPIS} KPIs x {SEGMENTS} locations x {len(MONTHS)} months ({cells_count} figures)")
    print(f"median of {RUNS}, each on a freshly built scorecard:")
    print(f"  dashboard total, kpidesk   {ours_total:7.1f} ms  (goal <= 150 ms)")
    print(
        f"  same with pandas groupby   {peer_total:7.1f} ms  ratio {ours_total / peer_total:.1f}x"
    )
    print(f"  leaderboard, kpidesk       {ours_board:7.1f} ms  (goal <= 150 ms)")
    print(
        f"  same with pandas groupby   {peer_leader:7.1f} ms  ratio {ours_board / peer_leader:.1f}x"
    )


if __name__ == "__main__":
    main()
