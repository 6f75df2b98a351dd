"""Properties of segment totals and ranks over generated segments."""

from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.leaderboard import leaderboard
from kpidesk.domain.month import Month
from kpidesk.domain.periods import Period
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.segments import Segment, SegmentSet

MONTHS = [Month(2026, m) for m in range(1, 4)]
SALES = KpiDefinition("Sales", Unit.COUNT, segment_set="S")
figures_by_segment = st.dictionaries(
    st.sampled_from([f"s{i}" for i in range(6)]),
    st.dictionaries(st.sampled_from(MONTHS), st.integers(-1000, 1000).map(float), max_size=3),
    max_size=6,
)


def card(by_segment: dict[str, dict[Month, float]]) -> Scorecard:
    segments = tuple(Segment(f"s{i}", "S") for i in range(6))
    return Scorecard(
        [SALES],
        segment_sets=[SegmentSet("S", segments)],
        segment_figures={
            "sales": {
                k: {m: Figure(v) for m, v in cells.items()} for k, cells in by_segment.items()
            }
        },
    )


@given(figures_by_segment)
def test_a_sum_total_is_the_sum_of_the_cells(by_segment: dict[str, dict[Month, float]]) -> None:
    every = [v for cells in by_segment.values() for v in cells.values()]
    assert card(by_segment).aggregate("Sales", MONTHS) == (sum(every) if every else None)


@given(figures_by_segment, st.data())
def test_removing_a_figure_never_counts_it(by_segment: dict, data: st.DataObject) -> None:
    filled = [(k, m) for k, cells in by_segment.items() for m in cells]
    if not filled:
        return
    key, month = data.draw(st.sampled_from(filled))
    before = card(by_segment).coverage("Sales", month)
    removed = {
        k: {m: v for m, v in c.items() if (k, m) != (key, month)} for k, c in by_segment.items()
    }
    after = card(removed).coverage("Sales", month)
    assert after[0] == before[0] - 1
    assert after[1] == before[1] == 6


@given(st.lists(st.one_of(st.none(), st.integers(0, 20).map(float)), min_size=6, max_size=6))
def test_ranks_are_consistent_with_the_values(values: list[float | None]) -> None:
    by_segment = {f"s{i}": {MONTHS[0]: v} for i, v in enumerate(values) if v is not None}
    rows = leaderboard(card(by_segment), "Sales", Period.month(MONTHS[0])).rows
    ranked = [r for r in rows if r.rank is not None]
    assert len(ranked) == sum(v is not None for v in values)
    for row in ranked:
        better = sum(1 for other in ranked if other.value > row.value)
        assert row.rank == better + 1
        assert row.tied == (sum(1 for other in ranked if other.value == row.value) > 1)
    assert [r.value for r in ranked] == sorted((r.value for r in ranked), reverse=True)
