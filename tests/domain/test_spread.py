"""An annual goal spread over months is rounded to the KPI's decimals and adds up exactly."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.kpi import Aggregation
from kpidesk.domain.month import Month, fiscal_year_months
from kpidesk.domain.targets import Spread, spread_annual_goal

YEAR = fiscal_year_months(2025)


def exact(values: tuple[float, ...]) -> Decimal:
    """The months' sum in decimal, each month as the shortest text that reads back as it."""
    return sum((Decimal(repr(v)) for v in values), Decimal(0))


def test_even_spread_rounds_and_puts_the_remainder_on_the_last_month() -> None:
    # 1000 / 12 = 83.33...: eleven months of 83 and December 1000 - 11 * 83 = 87.
    assert spread_annual_goal(1000, YEAR, Aggregation.SUM, decimals=0) == (83.0,) * 11 + (87.0,)
    # To cents: eleven of 83.33 (916.63) and December 83.37.
    cents = spread_annual_goal(1000, YEAR, Aggregation.SUM, decimals=2)
    assert cents == (83.33,) * 11 + (83.37,)
    assert exact(cents) == Decimal("1000")


def test_last_year_spread_rounds_the_same_way() -> None:
    # Weights 50 for Jan-Nov and 100 for December (650 in all); 1200 * 50 / 650 = 92.31 -> 92,
    # eleven of them make 1012 and December takes the remaining 188.
    last_year = {Month(2024, m): 50.0 for m in range(1, 12)} | {Month(2024, 12): 100.0}
    spread = spread_annual_goal(
        1200, YEAR, Aggregation.SUM, Spread.LAST_YEAR, last_year, decimals=0
    )
    assert spread == (92.0,) * 11 + (188.0,)


def test_mean_goal_by_last_year_keeps_the_mean_exactly() -> None:
    # Mean goal 4.0 over weights 1..12 (78): month m gets 4 * 12 * m / 78, rounded to 0.1;
    # the twelve add up to 48.0 exactly, so their mean is 4.0.
    last_year = {Month(2024, m): float(m) for m in range(1, 13)}
    spread = spread_annual_goal(
        4.0, YEAR, Aggregation.MEAN, Spread.LAST_YEAR, last_year, decimals=1
    )
    assert spread[:3] == (0.6, 1.2, 1.8)
    assert exact(spread) == Decimal("48")


@settings(max_examples=200)
@given(
    goal=st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
    decimals=st.integers(min_value=0, max_value=3),
    weights=st.lists(st.floats(min_value=0.5, max_value=1e6), min_size=12, max_size=12),
    by_last_year=st.booleans(),
)
def test_spread_months_always_add_up_to_the_goal(
    goal: Decimal, decimals: int, weights: list[float], by_last_year: bool
) -> None:
    last_year = {m - 12: w for m, w in zip(YEAR, weights, strict=True)}
    spread = Spread.LAST_YEAR if by_last_year else Spread.EVEN
    values = spread_annual_goal(
        float(goal), YEAR, Aggregation.SUM, spread, last_year, decimals=decimals
    )
    assert exact(values) == goal
    step = Decimal(1).scaleb(-decimals)
    assert all(Decimal(repr(v)) == Decimal(repr(v)).quantize(step) for v in values[:-1])
