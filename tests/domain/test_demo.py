"""The demo business: loads, spans two years, keeps gaps, rolls formulas up, revises goals."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from statistics import fmean

import pytest

from kpidesk.domain.catalog import catalog_entry
from kpidesk.domain.demo import FIRST_MONTH, LAST_MONTH, build_demo
from kpidesk.domain.kpi import Aggregation, Category, Direction, Unit
from kpidesk.domain.month import Month, month_range
from kpidesk.domain.progress import Status
from kpidesk.domain.scorecard import Scorecard
from kpidesk.domain.targets import Spread, TargetKind

DEMO = build_demo()
CARD = Scorecard(DEMO.kpis, DEMO.figures, DEMO.targets, DEMO.fiscal_start)
BY_CATALOG = {kpi.catalog_key: kpi for kpi in DEMO.kpis}


@pytest.mark.parametrize("lang", ["en", "bg", "et", "de"])
def test_demo_loads_into_a_scorecard_in_every_language(lang: str) -> None:
    demo = build_demo(lang)
    card = Scorecard(demo.kpis, demo.figures, demo.targets, demo.fiscal_start)
    assert card.latest_month() == Month(2026, 10)
    assert {kpi.key for kpi in demo.kpis} >= set(demo.figures) | set(demo.targets)
    for kpi in demo.kpis:
        assert card.status_of(kpi.name, Month(2026, 10)).kpi == kpi.name


def test_demo_is_deterministic() -> None:
    again = build_demo()
    assert again.figures == DEMO.figures
    assert again.targets == DEMO.targets


def test_names_and_notes_follow_the_language() -> None:
    bulgarian = build_demo("bg")
    assert {kpi.name for kpi in bulgarian.kpis} >= {"Приходи", "Средно време за изчакване"}
    notes = [f.note for series in bulgarian.figures.values() for f in series.values() if f.note]
    assert len(notes) >= 4
    assert all(any("а" <= ch <= "я" for ch in note.lower()) for note in notes)
    assert bulgarian.business_name != DEMO.business_name


def test_at_least_two_full_years_ending_october_2026() -> None:
    revenue = DEMO.figures[BY_CATALOG["revenue"].key]
    assert min(revenue) == FIRST_MONTH and max(revenue) == LAST_MONTH == Month(2026, 10)
    for year in (2024, 2025):
        assert all(Month(year, m) in revenue for m in range(1, 13))
    assert LAST_MONTH.months_since(FIRST_MONTH) + 1 >= 24


def test_a_dozen_catalog_kpis_across_the_four_categories() -> None:
    assert len(DEMO.kpis) >= 10
    assert {kpi.category for kpi in DEMO.kpis} >= {
        Category.CUSTOMER_SERVICE,
        Category.MARKETING,
        Category.SALES,
        Category.FINANCE,
    }
    assert all(kpi.catalog_key for kpi in DEMO.kpis)
    aggregations = {kpi.aggregation for kpi in DEMO.kpis}
    assert aggregations == set(Aggregation)
    assert any(kpi.direction is Direction.LOWER for kpi in DEMO.kpis)


def test_formula_parts_are_in_the_demo() -> None:
    for kpi in DEMO.kpis:
        if kpi.is_formula:
            for part in catalog_entry(kpi.catalog_key).parts:
                assert part in BY_CATALOG, f"{kpi.name} needs {part}"


def test_money_figures_are_in_euro() -> None:
    for kpi in DEMO.kpis:
        if kpi.unit is Unit.CURRENCY and not kpi.is_formula:
            assert {f.currency for f in DEMO.figures[kpi.key].values()} == {"EUR"}


def test_missing_months_are_absent_not_zero() -> None:
    gaps = []
    for kpi in DEMO.kpis:
        if kpi.is_formula:
            continue
        series = DEMO.figures[kpi.key]
        assert all(figure.value != 0 for figure in series.values()), kpi.name
        gaps += [(kpi, m) for m in month_range(min(series), max(series)) if m not in series]
    assert len(gaps) >= 3
    for kpi, month in gaps:
        assert CARD.value(kpi.name, month) is None
        assert CARD.month_status(kpi.name, month) is Status.NO_DATA


def test_a_gap_is_left_out_of_a_mean() -> None:
    csat = BY_CATALOG["csat"]
    series = DEMO.figures[csat.key]
    year = Month(2025, 1).fiscal_months()
    present = [series[m].value for m in year if m in series]
    assert len(present) < 12
    assert CARD.aggregate(csat.name, year) == pytest.approx(fmean(present))


def test_profit_margin_ytd_rolls_up_from_its_parts() -> None:
    margin = BY_CATALOG["avg_profit_margin"]
    months = CARD.ytd_months(LAST_MONTH)
    profit = sum(DEMO.figures[BY_CATALOG["profit"].key][m].value for m in months)
    revenue = sum(DEMO.figures[BY_CATALOG["revenue"].key][m].value for m in months)
    ytd = CARD.ytd_value(margin.name, LAST_MONTH)
    assert ytd == pytest.approx(profit / revenue * 100)
    monthly = fmean(CARD.value(margin.name, m) for m in months)
    assert ytd != pytest.approx(monthly, abs=1e-6)


def test_customer_acquisition_cost_ytd_rolls_up_from_its_parts() -> None:
    cac = BY_CATALOG["customer_acquisition_cost"]
    months = CARD.ytd_months(LAST_MONTH)
    spend = sum(DEMO.figures[BY_CATALOG["marketing_spend"].key][m].value for m in months)
    new = sum(DEMO.figures[BY_CATALOG["new_customers"].key][m].value for m in months)
    assert CARD.ytd_value(cac.name, LAST_MONTH) == pytest.approx(spend / new)


def test_every_kpi_has_a_target_from_the_start() -> None:
    for kpi in DEMO.kpis:
        assert CARD.target(kpi.name, FIRST_MONTH) is not None, kpi.name


def test_mid_year_target_changes_show_old_before_and_new_after() -> None:
    revised = 0
    for kpi in DEMO.kpis:
        changes = CARD.target_changes_of(kpi.name)
        monthly = [c for c in changes if c.kind is TargetKind.MONTHLY]
        for earlier, change in pairwise(monthly):
            if change.first_month.month == 1:
                continue
            revised += 1
            assert change.note
            assert change.set_at > earlier.set_at
            assert change.set_at.date() < date(change.first_month.year, change.first_month.month, 1)
            before = change.first_month - 1
            assert CARD.target(kpi.name, before) == earlier.value
            assert CARD.target(kpi.name, change.first_month) == change.value != earlier.value
            then = CARD.target(kpi.name, change.first_month, as_of=earlier.set_at)
            assert then == earlier.value
    assert revised >= 2


def test_annual_goal_is_spread_by_last_years_actuals() -> None:
    revenue = BY_CATALOG["revenue"]
    annual = [c for c in DEMO.targets[revenue.key] if c.kind is TargetKind.ANNUAL]
    assert len(annual) == 1
    goal = annual[0]
    assert goal.spread is Spread.LAST_YEAR
    assert sum(goal.monthly_values) == pytest.approx(goal.value)
    year = goal.first_month.fiscal_months()
    actual = DEMO.figures[revenue.key]
    for month in year[:-1]:
        share = actual[month - 12].value / sum(actual[m - 12].value for m in year)
        target = CARD.target(revenue.name, month)
        assert target == round(target) == pytest.approx(goal.value * share, abs=0.5)
    assert sum(CARD.target(revenue.name, month) for month in year) == goal.value
    assert CARD.annual_target(revenue.name, year[0]) == pytest.approx(goal.value)
    assert CARD.target(revenue.name, year[0] - 1) != pytest.approx(goal.monthly_values[-1])


def test_latest_month_statuses_are_varied() -> None:
    statuses = {CARD.status_of(kpi.name, LAST_MONTH).status for kpi in DEMO.kpis}
    assert Status.ON_TRACK in statuses
    assert Status.AT_RISK in statuses
    assert Status.OFF_TRACK in statuses
