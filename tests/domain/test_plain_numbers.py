"""Numbers leave kpidesk without float noise and read back as the number that left."""

import math
import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.plain_numbers import exported, plain_decimal, rounded, same_figure


def test_float_noise_is_dropped() -> None:
    assert plain_decimal(1.1 * 100) == "110"  # 110.00000000000001
    assert plain_decimal(0.1 + 0.2) == "0.3"  # 0.30000000000000004
    assert plain_decimal(33990.4643051422) == "33990.4643051"  # 66479.57 лв. in euro
    assert exported(1.1 * 100) == 110.0
    assert plain_decimal(-0.0) == "0" and str(exported(-0.0)) == "0.0"


def test_figures_as_typed_come_out_as_typed() -> None:
    assert plain_decimal(9999999999.99) == "9999999999.99"
    assert plain_decimal(0.000125) == "0.000125"
    assert plain_decimal(1e20) == "100000000000000000000"
    assert plain_decimal(None) == "" and exported(None) is None


def test_terminal_rounding_never_prints_minus_zero() -> None:
    assert (rounded(-0.001, 2), rounded(-0.4, 0), rounded(-0.01, 2)) == ("0.00", "0", "-0.01")


_NOISE = re.compile(r"\d{13,}")


@settings(max_examples=300)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15))
def test_rendered_numbers_parse_back_and_carry_at_most_twelve_digits(value: float) -> None:
    text = plain_decimal(value)
    assert float(text) == exported(value)
    assert math.isclose(float(text), value, rel_tol=5e-12, abs_tol=1e-300)
    digits = Decimal(text).normalize().as_tuple().digits
    assert len(digits) <= 12
    assert "e" not in text.lower() and "," not in text
    significant = text.lstrip("-0.").replace(".", "").rstrip("0")
    assert not _NOISE.search(significant)


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_a_typed_figure_with_cents_comes_out_exactly(typed: Decimal) -> None:
    text = plain_decimal(float(typed))
    assert Decimal(text) == typed


def test_a_figure_written_out_and_read_back_is_the_same_figure() -> None:
    """1265.544551418068 (a lev target in euro) leaves as 1265.54455142, 1.5e-12 of it away:
    still the figure that left, so importing the export back changes nothing."""
    assert plain_decimal(1265.544551418068) == "1265.54455142"
    assert same_figure(1265.544551418068, 1265.54455142)
    assert not same_figure(1265.54455142, 1265.5445515)


@settings(max_examples=300, deadline=None)
@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False))
def test_every_number_written_out_reads_back_as_the_same_figure(value: float) -> None:
    assert same_figure(value, float(plain_decimal(value)))
