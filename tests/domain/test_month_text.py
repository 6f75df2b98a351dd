"""Month headers in every form owners use, and the headers that are not months."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.month import Month
from kpidesk.domain.month_text import (
    HeaderKind,
    month_from_name,
    parse_month,
    read_header,
    year_in_text,
)

MARCH = Month(2025, 3)


@pytest.mark.parametrize(
    "value",
    [
        "2025-03", "03/2025", "3.2025", "Mar 2025", "March 2025", "Mar-25", "2025 Mar",
        "март 2025", "мар 2025", "Март 2025 г.", "märts 2025", "mär 2025", "MAR.2025",
        "01.03.2025", "2025-03-01", dt.date(2025, 3, 1), dt.datetime(2025, 3, 15, 10), 45717,
        "март '25", "2025/3",
    ],
)  # fmt: skip
def test_march_2025(value):
    assert parse_month(value) == MARCH


def test_1904_serial():
    assert parse_month(45717 - 1462, date1904=True) == MARCH


@pytest.mark.parametrize(
    ("text", "number"),
    [("Jan", 1), ("яну", 1), ("jaan", 1), ("Sept", 9), ("dets", 12), ("ноем", 11), ("Mai", 5)],
)
def test_bare_month_names_need_a_year(text, number):
    info = read_header(text)
    assert info.kind is HeaderKind.MONTH_NO_YEAR and info.month_number == number
    assert parse_month(text, year=2024) == Month(2024, number)
    assert month_from_name(text) == number


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Total", HeaderKind.TOTAL), ("Общо", HeaderKind.TOTAL), ("Kokku", HeaderKind.TOTAL),
        ("Σ", HeaderKind.TOTAL), ("Average", HeaderKind.TOTAL), ("Q1", HeaderKind.QUARTER),
        ("Q3 2025", HeaderKind.QUARTER), ("1 кв.", HeaderKind.QUARTER),
        ("I kv", HeaderKind.QUARTER), ("II тримесечие", HeaderKind.QUARTER),
        ("H1", HeaderKind.HALF_YEAR), ("YTD", HeaderKind.YTD), ("2025", HeaderKind.YEAR),
        (2025, HeaderKind.YEAR), ("Revenue", HeaderKind.OTHER), ("", HeaderKind.EMPTY),
        (None, HeaderKind.EMPTY), ("Marketing", HeaderKind.OTHER), (True, HeaderKind.OTHER),
    ],
)  # fmt: skip
def test_header_kinds(text, kind):
    assert read_header(text).kind is kind


def test_serials_off_for_csv():
    assert read_header(45717, serials=False).kind is HeaderKind.OTHER


def test_total_labels_and_years_in_titles():
    assert year_in_text("Sales 2025") == 2025 and year_in_text("2024 vs 2025") is None


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.floats(), st.integers(), st.dates(), st.none()))
def test_never_crashes(value):
    info = read_header(value)
    assert info.kind in HeaderKind
    if info.kind is HeaderKind.MONTH:
        assert isinstance(info.month, Month)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1990, max_value=2090), st.integers(min_value=1, max_value=12))
def test_formatted_months_round_trip(year, month):
    day = dt.date(year, month, 1)
    for text in (f"{year}-{month:02d}", f"{month:02d}/{year}", day.strftime("%b %Y"),
                 day.strftime("%B %Y"), f"{month}.{year}"):  # fmt: skip
        assert parse_month(text) == Month(year, month), text
