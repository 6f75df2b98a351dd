"""What is missing: due months, expected KPIs and segments, worked out by hand."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.kpi import Aggregation, KpiDefinition, Unit
from kpidesk.domain.missing import (
    LOOK_BACK,
    MissingKpi,
    MissingMonth,
    due_months,
    last_closed_month,
    missing_months,
)
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.segments import Segment, SegmentSet

SEP, OCT, NOV = Month(2026, 9), Month(2026, 10), Month(2026, 11)
TODAY = date(2026, 12, 2)
REVENUE = KpiDefinition("Revenue", Unit.CURRENCY, currency="EUR")
COSTS = KpiDefinition("Costs", Unit.CURRENCY, currency="EUR")
MARGIN = KpiDefinition(
    "Margin",
    Unit.PERCENT,
    aggregation=Aggregation.FORMULA,
    formula="([Revenue] - [Costs]) / [Revenue] * 100",
)
LOCATIONS = SegmentSet(
    "Locations",
    (
        Segment("Kalamaja", "Locations"),
        Segment("Telliskivi", "Locations"),
        Segment("Old town", "Locations", archived=True),
    ),
)
WAIT = KpiDefinition("Wait time", Unit.DURATION, duration_unit="minutes", segment_set="Locations")


def figures(*months: Month) -> dict[Month, Figure]:
    return {month: Figure(10.0) for month in months}


def test_the_due_months_end_with_the_month_before_today() -> None:
    assert last_closed_month(date(2026, 12, 1)) == NOV
    assert last_closed_month(date(2027, 1, 31)) == Month(2026, 12)
    assert due_months(TODAY, 3) == [NOV, OCT, SEP]
    assert len(due_months(TODAY)) == LOOK_BACK == 12


def test_november_four_of_twelve_kpis_not_entered() -> None:
    kpis = [KpiDefinition(f"KPI {n}", Unit.COUNT) for n in range(1, 13)]
    entered = {kpi.key: figures(SEP, OCT, NOV) for kpi in kpis[4:]}
    late = {kpi.key: figures(SEP, OCT) for kpi in kpis[:4]}
    card = Scorecard(kpis, {**entered, **late})
    assert missing_months(card, TODAY) == [
        MissingMonth(
            NOV,
            (
                MissingKpi("KPI 1"),
                MissingKpi("KPI 2"),
                MissingKpi("KPI 3"),
                MissingKpi("KPI 4"),
            ),
            12,
        )
    ]


def test_the_current_month_is_never_due() -> None:
    card = Scorecard([REVENUE], {REVENUE.key: figures(OCT, NOV)})
    assert missing_months(card, date(2026, 12, 31)) == []


def test_a_kpi_first_entered_later_or_never_is_not_expected() -> None:
    new = KpiDefinition("New", Unit.COUNT)
    never = KpiDefinition("Never", Unit.COUNT)
    card = Scorecard([REVENUE, new, never], {REVENUE.key: figures(SEP), new.key: figures(NOV)})
    assert missing_months(card, TODAY) == [
        MissingMonth(NOV, (MissingKpi("Revenue"),), 1),
        MissingMonth(OCT, (MissingKpi("Revenue"),), 1),
    ]


def test_an_archived_kpi_and_a_formula_kpi_are_never_missing() -> None:
    archived = KpiDefinition("Old", Unit.COUNT, archived=True)
    card = Scorecard(
        [REVENUE, COSTS, MARGIN, archived],
        {
            REVENUE.key: figures(OCT, NOV),
            COSTS.key: figures(OCT),
            archived.key: figures(OCT),
        },
    )
    assert missing_months(card, TODAY) == [MissingMonth(NOV, (MissingKpi("Costs"),), 2)]


def test_a_tracked_kpi_names_the_reporting_segments_without_a_figure() -> None:
    card = Scorecard(
        [WAIT],
        segment_sets=[LOCATIONS],
        segment_figures={
            WAIT.key: {
                "kalamaja": figures(OCT, NOV),
                "telliskivi": figures(OCT),
                "old town": figures(OCT),
            }
        },
    )
    [november] = missing_months(card, TODAY)
    assert november == MissingMonth(NOV, (MissingKpi("Wait time", ("Telliskivi",)),), 1)
    assert november.cells() == [("Wait time", "Telliskivi")]


def test_a_total_typed_as_a_total_counts_as_entered() -> None:
    card = Scorecard(
        [WAIT],
        {WAIT.key: figures(NOV)},
        segment_sets=[LOCATIONS],
        segment_figures={WAIT.key: {"kalamaja": figures(OCT), "telliskivi": figures(OCT)}},
    )
    assert missing_months(card, TODAY) == []


def test_a_kpi_split_after_its_totals_is_missing_as_a_whole_when_nothing_came() -> None:
    card = Scorecard([WAIT], {WAIT.key: figures(SEP)}, segment_sets=[LOCATIONS])
    found = missing_months(card, TODAY)
    assert [m.month for m in found] == [NOV, OCT]
    assert found[0].cells() == [("Wait time", None)]


def test_a_segment_that_never_reported_is_not_expected() -> None:
    card = Scorecard(
        [WAIT],
        segment_sets=[LOCATIONS],
        segment_figures={WAIT.key: {"kalamaja": figures(OCT, NOV)}},
    )
    assert missing_months(card, TODAY) == []


def test_the_look_back_is_bounded() -> None:
    card = Scorecard([REVENUE], {REVENUE.key: figures(Month(2020, 1))})
    found = missing_months(card, TODAY, look_back=3)
    assert [m.month for m in found] == [NOV, OCT, SEP]


MONTHS = [Month(2026, m) for m in range(1, 12)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sets(st.sampled_from(MONTHS)), min_size=1, max_size=4))
def test_a_month_reported_missing_never_has_its_figure(entered: list[set[Month]]) -> None:
    kpis = [KpiDefinition(f"KPI {n}", Unit.COUNT) for n in range(len(entered))]
    always = KpiDefinition("Always", Unit.COUNT)
    given_figures = {kpi.key: figures(*months) for kpi, months in zip(kpis, entered, strict=True)}
    given_figures[always.key] = figures(*MONTHS)
    card = Scorecard([*kpis, always], given_figures)
    reported = {
        (missing.kpi, found.month)
        for found in missing_months(card, TODAY)
        for missing in found.kpis
    }
    for kpi, months in zip(kpis, entered, strict=True):
        gaps = {m for m in MONTHS if months and min(months) < m and m not in months}
        assert {month for name, month in reported if name == kpi.name} == gaps
    assert not any(name == "Always" for name, _month in reported)
