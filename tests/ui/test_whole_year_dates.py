"""Histories reach years back: a day is shown with its whole year in every language."""

from datetime import date, datetime

from PySide6.QtCore import QLocale

from kpidesk.ui.formatting import format_day, format_moment

BG = QLocale("bg_BG")
ET = QLocale("et_EE")
EN = QLocale("en_US")


def test_a_day_shows_its_whole_year(qapp) -> None:
    day = date(2025, 12, 28)
    assert format_day(day, BG) == "28.12.2025\u202fг."
    assert format_day(day, ET) == "28.12.2025"
    assert format_day(day, EN) == "12/28/2025"


def test_a_moment_in_a_history_shows_its_whole_year(qapp) -> None:
    moment = datetime(2025, 12, 28, 9, 5)
    assert format_moment(moment, BG).startswith("28.12.2025\u202fг. 9:05")
    assert format_moment(moment, EN).startswith("12/28/2025 9:05")
