"""Figures read alike in every language: grouped from four digits, rounded half up."""

import pytest
from PySide6.QtCore import QLocale

from kpidesk.ui.formatting import format_number


@pytest.mark.parametrize(
    ("locale", "value", "decimals", "shown"),
    [
        ("bg_BG", 1234.56, 2, "1\u00a0234,56"),
        ("et_EE", 2905, 0, "2\u00a0905"),
        ("en_US", 31250.5, 0, "31,251"),
        ("bg_BG", -1234.5, 1, "-1\u00a0234,5"),
        ("et_EE", -0.004, 2, "0,00"),
        ("en_US", 0.5, 2, "0.50"),
    ],
)
def test_format_number(locale: str, value: float, decimals: int, shown: str) -> None:
    assert format_number(value, decimals, QLocale(locale)) == shown
