"""Business totals of KPIs tracked by segments, worked out by hand."""

from datetime import datetime

import pytest

from kpidesk.domain.kpi import Aggregation, KpiDefinition, KpiDefinitionError, Unit
from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Figure, Scorecard
from kpidesk.domain.segments import Segment, SegmentSet, UnknownSegmentError, segment_name_problems
from kpidesk.domain.targets import TargetChange, TargetKind

JAN, FEB, MAR = Month(2026, 1), Month(2026, 2), Month(2026, 3)
SET_AT = datetime(2026, 1, 1)
LOCATIONS = SegmentSet(
    "Locations",
    (
        Segment("Sofia", "Locations"),
        Segment("Plovdiv", "Locations", aliases=("Plovdiv centre",)),
        Segment("Varna", "Locations", archived=True),
    ),
)
SALES = KpiDefinition("Sales", Unit.CURRENCY, currency="EUR", segment_set="Locations")
PROFIT = KpiDefinition("Profit", Unit.CURRENCY, currency="EUR", segment_set="Locations")
MARGIN = KpiDefinition(
    "Margin", Unit.PERCENT, aggregation=Aggregation.FORMULA, formula="[Profit] / [Sales] * 100"
)
RESPONSES = KpiDefinition("Responses", Unit.COUNT, segment_set="Locations")
CSAT = KpiDefinition(
    "CSAT",
    Unit.SCORE,
    aggregation=Aggregation.MEAN,
    segment_set="Locations",
    weight_kpi="Responses",
)
STOCK = KpiDefinition("Stock", Unit.COUNT, aggregation=Aggregation.LAST, segment_set="Locations")


def cells(**by_segment: dict[Month, float]) -> dict[str, dict[Month, Figure]]:
    return {
        name.lower(): {m: Figure(v) for m, v in values.items()}
        for name, values in by_segment.items()
    }


def monthly(value: float, first: Month = JAN) -> TargetChange:
    return TargetChange(TargetKind.MONTHLY, first, value, SET_AT)


def card(**kwargs: object) -> Scorecard:
    return Scorecard(
        [SALES, PROFIT, MARGIN, RESPONSES, CSAT, STOCK],
        segment_sets=[LOCATIONS],
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_sum_total_adds_the_segments_and_a_missing_one_is_not_zero() -> None:
    c = card(segment_figures={"sales": cells(sofia={JAN: 100, FEB: 120}, plovdiv={JAN: 50})})
    assert c.value("Sales", JAN) == 150
    assert c.value("Sales", FEB) == 120
    assert c.coverage("Sales", FEB) == (1, 2)
    assert c.coverage("Sales", JAN) == (2, 2)
    assert c.value("Sales", MAR) is None
    assert c.coverage("Sales", MAR) == (0, 2)
    assert c.ytd_value("Sales", FEB) == 270


def test_a_weighted_mean_weighs_each_segment_by_its_responses() -> None:
    c = card(
        segment_figures={
            "csat": cells(sofia={JAN: 80, FEB: 70}, plovdiv={JAN: 90, FEB: 60}),
            "responses": cells(sofia={JAN: 100, FEB: 100}, plovdiv={JAN: 300}),
        }
    )
    # (80 x 100 + 90 x 300) / 400
    assert c.value("CSAT", JAN) == pytest.approx(87.5)
    # Plovdiv has no responses in February: left out.
    assert c.value("CSAT", FEB) == pytest.approx(70)
    assert c.coverage("CSAT", FEB) == (1, 2)
    # (8000 + 27000 + 7000) / 500
    assert c.ytd_value("CSAT", FEB) == pytest.approx(84)


def test_last_over_a_quarter_adds_each_segments_latest_figure() -> None:
    c = card(segment_figures={"stock": cells(sofia={JAN: 10, MAR: 12}, plovdiv={FEB: 7})})
    assert c.aggregate("Stock", [JAN, FEB, MAR]) == 19
    assert c.value("Stock", MAR) == 12


def test_a_formula_total_divides_the_totals_not_the_ratios() -> None:
    c = card(
        segment_figures={
            "profit": cells(sofia={JAN: 10}, plovdiv={JAN: 30}),
            "sales": cells(sofia={JAN: 100}, plovdiv={JAN: 300}),
        }
    )
    assert c.value("Margin", JAN) == pytest.approx(10)
    c = card(
        segment_figures={
            "profit": cells(sofia={JAN: 10}, plovdiv={JAN: 60}),
            "sales": cells(sofia={JAN: 100}, plovdiv={JAN: 300}),
        }
    )
    # 70 / 400 = 17.5 %, where the mean of 10 % and 20 % would be 15 %.
    assert c.value("Margin", JAN) == pytest.approx(17.5)
    assert c.set_of("Margin") is LOCATIONS


def test_the_total_target_is_made_from_every_active_segments_target() -> None:
    c = card(
        segment_targets={"sales": {"sofia": [monthly(100)], "plovdiv": [monthly(60, FEB)]}},
        segment_figures={"sales": cells(sofia={JAN: 90})},
    )
    assert c.target("Sales", JAN) is None
    assert c.target_source("Sales", JAN) is None
    assert c.target("Sales", FEB) == 160
    assert c.target_source("Sales", FEB) == "segments"


def test_an_explicit_total_target_wins() -> None:
    c = card(
        target_changes={"sales": [monthly(500)]},
        segment_targets={"sales": {"sofia": [monthly(100)], "plovdiv": [monthly(60)]}},
    )
    assert c.target("Sales", FEB) == 500
    assert c.target_source("Sales", FEB) == "total"


def test_a_mean_total_target_is_the_mean_of_the_segments_and_a_formula_has_none() -> None:
    c = card(
        segment_targets={
            "csat": {"sofia": [monthly(80)], "plovdiv": [monthly(90)]},
            "margin": {"sofia": [monthly(10)], "plovdiv": [monthly(20)]},
        }
    )
    assert c.target("CSAT", JAN) == 85
    assert c.target("Margin", JAN) is None


def test_totals_typed_before_the_split_still_count() -> None:
    c = card(
        figures={"sales": {JAN: Figure(140), FEB: Figure(999)}},
        segment_figures={"sales": cells(sofia={FEB: 100, MAR: 110}, plovdiv={MAR: 40})},
    )
    assert c.value("Sales", JAN) == 140
    # Once a segment has a figure, the month's total is the segments'.
    assert c.value("Sales", FEB) == 100
    assert c.coverage("Sales", JAN) == (2, 2)
    assert c.ytd_value("Sales", MAR) == 140 + 100 + 150


def test_a_stored_total_supersedes_and_is_superseded_for_last() -> None:
    c = card(
        figures={"stock": {JAN: Figure(30)}},
        segment_figures={"stock": cells(sofia={FEB: 10})},
    )
    assert c.aggregate("Stock", [JAN]) == 30
    assert c.aggregate("Stock", [JAN, FEB]) == 10


def test_an_archived_segment_with_a_figure_is_expected_that_month() -> None:
    c = card(segment_figures={"sales": cells(varna={JAN: 5}, sofia={JAN: 10})})
    assert c.value("Sales", JAN) == 15
    assert c.coverage("Sales", JAN) == (2, 3)
    assert [s.name for s in c.segments_of("Sales")] == ["Sofia", "Plovdiv", "Varna"]
    assert [s.name for s in c.segments_of("CSAT")] == ["Sofia", "Plovdiv"]


def test_a_segment_view_is_the_scorecard_of_one_segment() -> None:
    c = card(
        segment_figures={
            "sales": cells(sofia={JAN: 100}, plovdiv={JAN: 300}),
            "profit": cells(sofia={JAN: 10}, plovdiv={JAN: 60}),
        },
        segment_targets={"sales": {"plovdiv": [monthly(250)]}},
    )
    view = c.segment_view("plovdiv CENTRE")
    assert view.value("Sales", JAN) == 300
    assert view.value("Margin", JAN) == pytest.approx(20)
    assert view.target("Sales", JAN) == 250
    assert c.segment_view("Plovdiv") is view
    with pytest.raises(UnknownSegmentError):
        c.segment_view("Burgas")


def test_an_untracked_kpi_covers_one_of_one() -> None:
    plain = KpiDefinition("Visits", Unit.COUNT)
    c = Scorecard([plain], {"visits": {JAN: Figure(3)}})
    assert c.coverage("Visits", JAN) == (1, 1)
    assert c.coverage("Visits", FEB) == (0, 1)
    assert c.set_of("Visits") is None


def test_segment_lookup_by_alias_and_find() -> None:
    c = card()
    assert c.segment("plovdiv centre").name == "Plovdiv"
    assert LOCATIONS.find("SOFIA") == LOCATIONS.segments[0]
    assert LOCATIONS.find("Burgas") is None
    assert [s.name for s in LOCATIONS.active()] == ["Sofia", "Plovdiv"]


def test_bad_definitions_are_refused() -> None:
    with pytest.raises(KpiDefinitionError, match="only a mean KPI"):
        KpiDefinition("Sales", Unit.COUNT, weight_kpi="Responses")
    with pytest.raises(KpiDefinitionError, match="formula KPI is tracked"):
        KpiDefinition(
            "M", Unit.PERCENT, aggregation=Aggregation.FORMULA, formula="[a]/[b]", segment_set="X"
        )
    assert [str(p) for p in segment_name_problems(" ")] == ["a segment needs a name"]
    assert [str(p) for p in segment_name_problems("A [b]")] == [
        "segment name 'A [b]' may not contain square brackets"
    ]
    assert len(segment_name_problems("x" * 201)) == 1
    assert segment_name_problems("Sofia") == []
