"""Leaderboards and segment pages, the ranks worked out by hand."""

from datetime import datetime

import pytest

from kpidesk.domain.kpi import Aggregation, Direction, KpiDefinition, Unit
from kpidesk.domain.leaderboard import leaderboard, segment_scorecard
from kpidesk.domain.month import Month
from kpidesk.domain.periods import Period
from kpidesk.domain.progress import Status
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.segment_page import segment_page
from kpidesk.domain.segments import Segment, SegmentSet
from kpidesk.domain.targets import TargetChange, TargetKind

JAN, FEB, MAR, APR = Month(2026, 1), Month(2026, 2), Month(2026, 3), Month(2026, 4)
PEOPLE = SegmentSet(
    "People",
    (
        Segment("Ivan", "People"),
        Segment("Maria", "People"),
        Segment("Georgi", "People"),
        Segment("Elena", "People"),
        Segment("Old", "People", archived=True),
    ),
)
WAIT = KpiDefinition(
    "Wait",
    Unit.DURATION,
    Direction.LOWER,
    Aggregation.MEAN,
    duration_unit="minutes",
    segment_set="People",
    benchmark=10,
)
SALES = KpiDefinition("Sales", Unit.COUNT, segment_set="People")


def cells(**by: dict[Month, float]) -> dict[str, dict[Month, Figure]]:
    return {name.lower(): {m: Figure(v) for m, v in values.items()} for name, values in by.items()}


def target(value: float) -> list[TargetChange]:
    return [TargetChange(TargetKind.MONTHLY, JAN, value, datetime(2026, 1, 1))]


def board_card(figures: dict, targets: dict | None = None) -> Scorecard:
    return Scorecard(
        [WAIT, SALES],
        segment_sets=[PEOPLE],
        segment_figures=figures,
        segment_targets=targets or {},
    )


def ranks(board) -> list[tuple[str, int | None, bool]]:
    return [(row.segment, row.rank, row.tied) for row in board.rows]


def test_the_shortest_wait_wins() -> None:
    card = board_card(
        {"wait": cells(ivan={JAN: 12}, maria={JAN: 6}, georgi={JAN: 8})},
        {"wait": {"ivan": target(10), "maria": target(10), "georgi": target(8)}},
    )
    board = leaderboard(card, "wait", Period.month(JAN))
    # attainment target / value: Maria 166.7 %, Georgi 100 %, Ivan 83.3 %; Elena no figure.
    assert ranks(board) == [
        ("Maria", 1, False),
        ("Georgi", 2, False),
        ("Ivan", 3, False),
        ("Elena", None, False),
    ]
    maria = board.rows[0]
    assert maria.attainment == pytest.approx(1000 / 6)
    assert maria.status is Status.ON_TRACK
    assert board.average == pytest.approx(26 / 3)
    assert maria.vs_average == pytest.approx(6 - 26 / 3)
    assert maria.vs_benchmark == pytest.approx(-4)
    assert board.coverage == (3, 4)
    assert board.total == pytest.approx(26 / 3)


def test_ties_share_a_rank_competition_style() -> None:
    card = board_card(
        {"sales": cells(ivan={JAN: 5}, maria={JAN: 3}, georgi={JAN: 3}, elena={JAN: 1})}
    )
    assert ranks(leaderboard(card, "Sales", Period.month(JAN))) == [
        ("Ivan", 1, False),
        ("Georgi", 2, True),
        ("Maria", 2, True),
        ("Elena", 4, False),
    ]

    def sales_tied(name: str) -> bool:
        return next(k for k in segment_page(card, name, JAN).kpis if k.status.kpi == "Sales").tied

    assert sales_tied("Maria") and not sales_tied("Ivan")
    card = board_card({"sales": cells(ivan={JAN: 0.1 + 0.2}, maria={JAN: 0.3}, georgi={JAN: 0.3})})
    assert [r.rank for r in leaderboard(card, "Sales", Period.month(JAN)).rows] == [1, 1, 1, None]


def test_without_targets_a_lower_kpi_ranks_by_value_lowest_first() -> None:
    card = board_card({"wait": cells(ivan={JAN: 12}, maria={JAN: 6})})
    board = leaderboard(card, "Wait", Period.month(JAN))
    assert ranks(board)[:2] == [("Maria", 1, False), ("Ivan", 2, False)]
    assert board.rows[0].status is Status.NO_TARGET


def test_a_range_kpi_without_targets_is_unranked() -> None:
    temperature = KpiDefinition("Temp", Unit.NUMBER, Direction.RANGE, segment_set="People")
    card = Scorecard(
        [temperature],
        segment_sets=[PEOPLE],
        segment_figures={"temp": cells(ivan={JAN: 20}, maria={JAN: 22})},
    )
    assert [r.rank for r in leaderboard(card, "Temp", Period.month(JAN)).rows] == [None] * 4


def test_archived_segments_only_with_a_value_and_the_change_on_last_quarter() -> None:
    card = board_card({"sales": cells(ivan={JAN: 5, FEB: 5, APR: 4}, old={JAN: 2})})
    q1 = leaderboard(card, "Sales", Period.quarter(2026, 1))
    assert [r.segment for r in q1.rows] == ["Ivan", "Old", "Elena", "Georgi", "Maria"]
    assert q1.total == 12
    q2 = leaderboard(card, "Sales", Period.quarter(2026, 2))
    assert "Old" not in [r.segment for r in q2.rows]
    ivan = q2.rows[0]
    assert (ivan.value, ivan.previous_value, ivan.change_vs_previous) == (4, 10, -6)


def test_a_quarter_target_is_computed_like_the_year_to_date() -> None:
    card = board_card({"sales": cells(ivan={JAN: 5, FEB: 5})}, {"sales": {"ivan": target(4)}})
    ivan = leaderboard(card, "Sales", Period.quarter(2026, 1)).rows[0]
    assert (ivan.value, ivan.target, ivan.attainment) == (10, 12, pytest.approx(1000 / 12))


def test_the_segment_scorecard_and_page() -> None:
    card = board_card(
        {
            "sales": cells(ivan={JAN: 6, FEB: 9}, maria={JAN: 4, FEB: 10}),
            "wait": cells(ivan={FEB: 5}),
        },
        {"sales": {"ivan": target(8)}},
    )
    table = segment_scorecard(card, "people", FEB)
    assert [segment.name for segment, _ in table] == ["Ivan", "Maria", "Georgi", "Elena"]
    ivan_row = table[0][1]
    assert [(s.kpi, s.value, s.status) for s in ivan_row] == [
        ("Wait", 5, Status.NO_TARGET),
        ("Sales", 9, Status.ON_TRACK),
    ]
    page = segment_page(card, "Ivan", FEB)
    sales = next(k for k in page.kpis if k.status.kpi == "Sales")
    assert (sales.total, sales.average, sales.vs_average) == (19, 9.5, -0.5)
    assert sales.trend[-2:] == [6, 9]
    assert sales.trend[0] is None and len(sales.trend) == 12
    # Only Ivan has a target: ranked alone by attainment.
    assert sales.ranks[-1] == (FEB, 1, 1)
    assert sales.ranks[0] == (Month(2025, 3), None, 0)
