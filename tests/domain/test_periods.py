import pytest

from kpidesk.domain.month import Month
from kpidesk.domain.periods import Period


def test_a_quarter_is_three_calendar_months_and_follows_the_one_before() -> None:
    q1 = Period.parse_quarter("2026-q1")
    assert q1.label == "2026-Q1"
    assert q1.months == (Month(2026, 1), Month(2026, 2), Month(2026, 3))
    assert q1.previous().label == "2025-Q4"
    assert q1.previous().months[0] == Month(2025, 10)


@pytest.mark.parametrize("text", ["2026-Q5", "2026Q1", "Q1 2026", ""])
def test_a_quarter_that_is_not_one_is_refused_with_the_text(text: str) -> None:
    with pytest.raises(ValueError, match="is not a quarter; write it as YYYY-Qn"):
        Period.parse_quarter(text)


def test_year_to_date_compares_with_the_same_span_a_year_earlier() -> None:
    ytd = Period.ytd(Month(2026, 3), fiscal_start=2)
    assert ytd.label == "YTD 2026-03"
    assert ytd.months == (Month(2026, 2), Month(2026, 3))
    assert ytd.previous().months == (Month(2025, 2), Month(2025, 3))


def test_month_and_year() -> None:
    assert Period.month(Month(2026, 1)).previous().label == "2025-12"
    year = Period.year(2025, fiscal_start=4)
    assert year.label == "FY 2025"
    assert year.months[0] == Month(2025, 4) and year.months[-1] == Month(2026, 3)
    assert year.previous().months[0] == Month(2024, 4)


def test_quarters_follow_the_fiscal_start() -> None:
    # A fiscal year from April: 2026-Q3 is October to December 2026, Q4 January to March 2027.
    q3 = Period.parse_quarter("2026-Q3", fiscal_start=4)
    assert q3.months == (Month(2026, 10), Month(2026, 11), Month(2026, 12))
    assert Period.quarter_of(Month(2027, 2), fiscal_start=4).label == "2026-Q4"
    assert q3.previous().months[0] == Month(2026, 7)
    assert q3.last_year().label == "2025-Q3"
    assert Period.quarter(2026, 1, fiscal_start=4).previous().label == "2025-Q4"


def test_the_period_a_month_ends() -> None:
    assert Period.ending_in("quarter", Month(2026, 5)).label == "2026-Q2"
    assert Period.ending_in("ytd", Month(2026, 5), 4).months == (Month(2026, 4), Month(2026, 5))
    assert Period.ending_in("year", Month(2026, 2), 4).label == "FY 2025"
    assert Period.ytd(Month(2026, 5)).last_year().label == "YTD 2025-05"
