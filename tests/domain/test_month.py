import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.domain.month import Month, fiscal_year_months, month_range

months = st.builds(Month, st.integers(1900, 2200), st.integers(1, 12))


@given(months)
def test_text_round_trip(month: Month) -> None:
    assert Month.parse(str(month)) == month
    assert len(str(month)) == 7


@given(months, st.integers(-600, 600))
def test_adding_then_subtracting_returns(month: Month, n: int) -> None:
    assert (month + n) - n == month
    assert (month + n).months_since(month) == n


@given(months, months)
def test_order_follows_time(a: Month, b: Month) -> None:
    assert (a < b) == ((a.year, a.month) < (b.year, b.month))
    assert len(list(month_range(a, b))) == max(0, b.months_since(a) + 1)


@given(months, st.integers(1, 12))
def test_fiscal_year_contains_the_month(month: Month, first: int) -> None:
    year = month.fiscal_months(first)
    assert len(year) == 12 and month in year
    assert year[0].month == first
    assert year == fiscal_year_months(month.fiscal_year(first), first)


def test_fiscal_year_named_by_its_first_calendar_year() -> None:
    assert Month(2025, 3).fiscal_year(4) == 2024
    assert Month(2025, 4).fiscal_year(4) == 2025
    assert Month(2026, 1) + 1 == Month(2026, 2)
    assert Month(2025, 12) + 1 == Month(2026, 1)


@given(st.text(max_size=12))
def test_parse_never_crashes_with_anything_but_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):
        Month.parse(text)


@pytest.mark.parametrize("bad", ["2025-13", "2025-00", "25-03", "March", "2025/03", ""])
def test_bad_months_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        Month.parse(bad)
