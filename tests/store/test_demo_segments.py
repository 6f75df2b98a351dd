"""The demo's locations and baristas, written to a workspace file and to PostgreSQL and read
back: the leaderboard shows real ranks (numbers worked out by hand from
resources/demo/demo_business.json), and every business figure is what it was before the
demo had segments."""

from __future__ import annotations

import pytest

from kpidesk.domain.demo import build_demo
from kpidesk.domain.leaderboard import leaderboard
from kpidesk.domain.month import Month
from kpidesk.domain.periods import Period
from kpidesk.store.demo_fill import fill_demo
from kpidesk.store.loading import load_snapshot
from kpidesk.store.workspace import Workspace

DEMO = build_demo("en")


def test_the_demo_ranks_its_locations_and_baristas(any_workspace: Workspace) -> None:
    with any_workspace.transaction() as session:
        assert fill_demo(session, DEMO, DEMO.business_name) == 334 + 229
    with any_workspace.reading() as session:
        card = load_snapshot(session).scorecard
    assert [(s.name, [seg.name for seg in s.segments]) for s in card.segment_sets] == [
        ("Locations", ["Kalamaja", "Telliskivi"]),
        ("People", ["Mari", "Kristjan", "Liis"]),
    ]
    # October 2026, wait time (lower is better): Kalamaja 35 against 45 (45 / 35), Telliskivi
    # 39 against 40 (40 / 39); the business's 37 is their mean.
    wait = leaderboard(card, "Average wait time", Period.month(Month(2026, 10)))
    assert [(r.segment, r.rank, r.value, r.target) for r in wait.rows] == [
        ("Kalamaja", 1, 35.0, 45.0),
        ("Telliskivi", 2, 39.0, 40.0),
    ]
    assert [r.attainment for r in wait.rows] == pytest.approx([4500 / 35, 4000 / 39])
    assert wait.total == 37.0
    assert [r.change_vs_previous for r in wait.rows] == [35.0 - 43.0, 0.0]
    # Third quarter, satisfaction: Mari (4.54 + 4.46 + 4.59) / 3 = 4.53 and Kristjan
    # (4.46 + 4.46 + 4.67) / 3 = 4.53 tie behind Liis (4.62 + 4.46 + 4.75) / 3 = 4.61.
    csat = leaderboard(card, "Customer satisfaction score", Period.quarter(2026, 3))
    assert [(r.segment, r.rank, r.tied) for r in csat.rows] == [
        ("Liis", 1, False),
        ("Kristjan", 2, True),
        ("Mari", 2, True),
    ]
    assert [r.value for r in csat.rows] == pytest.approx([4.61, 4.53, 4.53])


def test_every_business_figure_is_as_typed() -> None:
    """The segments average to the business figures, month by month, so the dashboard's
    total is the demo's figure whether or not segments are counted (to the last digit a
    float carries: 13.74 / 3 is 4.579999999999999 in binary, shown and exported as 4.58)."""
    card = DEMO.scorecard()
    by_key = {kpi.key: kpi.name for kpi in DEMO.kpis}
    for key, figures in DEMO.figures.items():
        for month, figure in figures.items():
            shown = card.value(by_key[key], month)
            assert shown == pytest.approx(figure.value, rel=1e-12), (by_key[key], month)
