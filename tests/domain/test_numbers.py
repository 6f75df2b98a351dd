"""Numbers as owners write them, and the promise never to guess a decimal mark."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.numbers import (
    AmbiguousDecimalMark,
    NumberParseError,
    infer_decimal_mark,
    parse_number,
)
from kpidesk.domain.typed_numbers import parse_user_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,56", 1234.56),
        ("1.234,56", 1234.56),
        ("1,234.56", 1234.56),
        ("€1 200", 1200),
        ("1 200 лв.", 1200),
        ("12,5%", 12.5),
        ("(300)", -300),
        ("1\u00a0234,5", 1234.5),
        ("1\u2009234\u202f567", 1234567),
        ("−12,5", -12.5),
        ("0", 0),
        ("0,500", 0.5),
        ("1.234.567", 1234567),
        ("EUR 1 200,00", 1200),
        (42, 42),
        (0.0, 0),
    ],
)
def test_owner_numbers(text, value):
    parsed = parse_number(text)
    assert parsed is not None and parsed.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "  ", "-", "—", "–", "n/a", "N/A", "н/д", None])
def test_missing_is_none(text):
    assert parse_number(text) is None


def test_zero_stays_zero():
    assert parse_number("0").value == 0 and parse_number(0).value == 0


def test_percent_and_currency_are_reported():
    assert parse_number("12,5%").percent
    assert parse_number("€1 200").currency == "EUR"
    assert parse_number("1 200 лв.").currency == "BGN"


@pytest.mark.parametrize("text", ["3.000", "3,000", "-3.000", "€3.000"])
def test_ambiguous_decimal_mark_is_never_guessed(text):
    with pytest.raises(AmbiguousDecimalMark) as caught:
        parse_number(text)
    assert "decimal mark" in caught.value.reason
    assert {abs(caught.value.as_dot), abs(caught.value.as_comma)} == {3.0, 3000.0}


def test_hint_resolves_ambiguity():
    assert parse_number("3.000", ",").value == 3000
    assert parse_number("3.000", ".").value == 3
    assert parse_number("1.234,5", ".").value == 1234.5


@pytest.mark.parametrize(
    ("text", "reason"),
    [("12abc", "letters"), ("#DIV/0!", "#DIV/0!"), ("12 5", "thousands"), (True, "yes/no")],
)
def test_errors_say_why(text, reason):
    with pytest.raises(NumberParseError, match=reason):
        parse_number(text)


def test_infer_decimal_mark():
    assert infer_decimal_mark(["3.000", "1,5", 7]) == ","
    assert infer_decimal_mark(["1,234.5", "3.000"]) == "."
    assert infer_decimal_mark(["1,5", "2.5"]) is None
    assert infer_decimal_mark(["3.000", "10"]) is None


def test_parse_user_number():
    assert parse_user_number("12,5", ",") == 12.5
    assert parse_user_number("12.5", ",") == 12.5
    assert parse_user_number("1 234,5", ",") == 1234.5
    assert parse_user_number("1,234", ".") == 1234
    assert parse_user_number("", ",") is None
    with pytest.raises(NumberParseError):
        parse_user_number("abc", ",")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_never_crashes_on_any_text(text):
    try:
        parsed = parse_number(text)
    except NumberParseError:
        return
    assert parsed is None or isinstance(parsed.value, float)


def _format(value: float, decimals: int, group: str, mark: str) -> str:
    text = f"{abs(value):,.{decimals}f}"
    text = text.replace(",", "\x00").replace(".", mark).replace("\x00", group)
    return f"-{text}" if value < 0 else text


STYLES = {"bg": ("\u00a0", ","), "et": (" ", ","), "en": (",", "."), "de": (".", ",")}


@settings(max_examples=200, deadline=None)
@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.integers(min_value=0, max_value=4),
    st.sampled_from(sorted(STYLES)),
)
def test_formatted_numbers_round_trip(value, decimals, style):
    group, mark = STYLES[style]
    text = _format(value, decimals, group, mark)
    expected = float(f"{value:.{decimals}f}")
    parsed = parse_number(text, mark)
    assert parsed is not None and parsed.value == pytest.approx(expected, abs=1e-9)
    assert parse_user_number(text, mark, group) == pytest.approx(expected, abs=1e-9)


def test_a_typed_dot_is_a_decimal_where_the_locale_groups_with_spaces():
    assert parse_user_number("1.000", ",", "\u00a0") == 1.0
    assert parse_user_number("1.000", ",", ".") == 1000.0
    assert parse_user_number("1 000,5", ",", "\u00a0") == 1000.5


def test_a_comma_dash_means_no_cents_not_a_negative_number():
    assert parse_number("1200,-").value == 1200
    assert parse_number("1.234,-").value == 1234
    assert parse_number("1,234.-").value == 1234
    assert parse_number("€ 99,-").value == 99
    assert parse_number("(1200,-)").value == -1200
    assert parse_number("1200-").value == -1200
