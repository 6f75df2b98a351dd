"""A new KPI's decimals and tolerance when the owner does not say: one rule each, for the
command line, the window, an import and the store alike."""

import pytest

from kpidesk.domain.catalog import _entry
from kpidesk.domain.kpi import KpiDefinition, Unit, default_decimals
from kpidesk.store.models import KpiRecord


@pytest.mark.parametrize(
    ("unit", "decimals"),
    [
        (Unit.CURRENCY, 0),
        (Unit.PERCENT, 1),
        (Unit.COUNT, 0),
        (Unit.DURATION, 1),
        (Unit.NUMBER, 2),
        (Unit.SCORE, 2),
        (Unit.RATIO, 2),
    ],
)
def test_a_unit_alone_gives_the_catalog_s_decimals(unit: Unit, decimals: int) -> None:
    assert default_decimals(unit) == decimals


@pytest.mark.parametrize(
    ("unit", "whole", "decimals"),
    [
        (Unit.CURRENCY, False, 0),
        (Unit.PERCENT, True, 1),
        (Unit.COUNT, True, 0),
        (Unit.COUNT, False, 2),
        (Unit.DURATION, True, 0),
        (Unit.DURATION, False, 1),
        (Unit.NUMBER, True, 0),
        (Unit.NUMBER, False, 2),
    ],
)
def test_figures_seen_refine_it(unit: Unit, whole: bool, decimals: int) -> None:
    """An import sees the figures: whole ones need no decimals, money and percentages keep
    theirs."""
    assert default_decimals(unit, whole) == decimals


def test_the_default_tolerance_is_ten_percent_in_the_definition_and_the_store() -> None:
    assert KpiDefinition("Orders", Unit.COUNT).tolerance == 10.0
    assert KpiRecord.__table__.c.tolerance.default.arg == 10.0


def test_a_catalog_entry_that_omits_its_decimals_takes_its_unit_s() -> None:
    """It took 2 whatever its unit (euro shown with cents, unlike every other money KPI)."""
    item = {
        "key": "deposits",
        "names": {"en": "Deposits", "bg": "Депозити", "et": "Hoiused"},
        "descriptions": {"en": "", "bg": "", "et": ""},
        "unit": "currency",
        "currency": "EUR",
        "direction": "higher",
        "aggregation": "sum",
        "category": "finance",
    }
    assert _entry(item).decimals == 0


def test_a_kpi_name_longer_than_every_database_keeps_is_refused_in_words() -> None:
    from kpidesk.domain.kpi import KpiDefinitionError

    KpiDefinition("N" * 200, Unit.COUNT)
    with pytest.raises(KpiDefinitionError, match="at most 200 characters: 'NNNN"):
        KpiDefinition("N" * 201, Unit.COUNT)
    # U+FDFA is one character that compares as 18: the compared form counts.
    with pytest.raises(KpiDefinitionError, match="at most 200 characters"):
        KpiDefinition("\ufdfa" * 12, Unit.COUNT)
    with pytest.raises(KpiDefinitionError, match="at most 200 characters"):
        KpiDefinition("Sales", Unit.COUNT, aliases=("a" * 201,))
