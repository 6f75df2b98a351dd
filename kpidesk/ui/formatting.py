"""Figures as the owner reads them: the interface locale's digits, the KPI's unit and decimals.

Every view formats through these functions, so a value looks the same in the dashboard, the
grid, the chart's tooltip and the axis.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.domain.money import display_currency
from kpidesk.domain.month import Month

_CURRENCY_SYMBOLS = {"EUR": "€", "BGN": "лв.", "USD": "$", "GBP": "£"}


def currency_symbol(code: str) -> str:
    """`€` for EUR, `лв.` for BGN; other codes as they are."""
    return _CURRENCY_SYMBOLS.get(code, code)


def unit_suffix(kpi: KpiDefinition) -> str:
    """The unit as shown after a number or on an axis: €, %, min…"""
    if kpi.unit is Unit.CURRENCY:
        return currency_symbol(display_currency(kpi.currency) or "")  # a lev KPI: in euro
    if kpi.unit is Unit.PERCENT:
        return "%"
    if kpi.unit is Unit.DURATION:
        return {
            "minutes": QCoreApplication.translate("formatting", "min"),
            "hours": QCoreApplication.translate("formatting", "h"),
            "days": QCoreApplication.translate("formatting", "d"),
        }.get(kpi.duration_unit or "", "")
    return ""


def format_number(value: float | None, decimals: int, locale: QLocale | None = None) -> str:
    """The locale's decimal mark and group separator, grouping from four digits on.

    Qt follows CLDR, which leaves four-digit numbers ungrouped in Bulgarian and Estonian
    (`2905`); a column of figures reads better grouped alike (`2 905`, `12 345`), as owners
    write them in their spreadsheets.
    """
    if value is None:
        return ""
    locale = locale or QLocale()
    exact = Decimal(repr(abs(float(value)))).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    text = f"{exact:,.{decimals}f}"
    whole, _, fraction = text.partition(".")
    grouped = whole.replace(",", locale.groupSeparator())
    if fraction:
        grouped += locale.decimalPoint() + fraction
    negative = float(value) < 0 and any(ch not in "0.," for ch in text)
    return locale.negativeSign() + grouped if negative else grouped


def format_value(kpi: KpiDefinition, value: float | None, locale: QLocale | None = None) -> str:
    """`1 234,50 €`, `12,5 %`, `4,2 min`; "" when missing."""
    if value is None:
        return ""
    text = format_number(value, kpi.decimals, locale)
    suffix = unit_suffix(kpi)
    return f"{text}\u00a0{suffix}" if suffix else text


def format_percent(value: float | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    return f"{format_number(value, 0, locale)}\u00a0%"


def format_month(month: Month, locale: QLocale | None = None, long: bool = False) -> str:
    """`Mar 2025` / `март 2025` in the interface language."""
    locale = locale or QLocale()
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return f"{locale.standaloneMonthName(month.month, kind)} {month.year}"


def short_month_name(month: int, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def whole_year_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date with the whole year (`M/d/yyyy`, `d.MM.yyyy 'г.'`): goal and
    figure histories reach years back, where `21.04.26` reads as an ambiguous day."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_day(day: date, locale: QLocale | None = None) -> str:
    """A day in the locale's short date form with the whole year (`4/21/2026`,
    `21.04.2026 г.`)."""
    shown = QDate(day.year, day.month, day.day)
    locale = locale or QLocale()
    return locale.toString(shown, whole_year_date_format(locale))


def format_moment(moment: datetime, locale: QLocale | None = None, long: bool = False) -> str:
    """When something was done, in the locale's short or long date-and-time form; built from
    its parts because Qt's typed API takes its own date and time types, not Python's."""
    milliseconds = moment.microsecond // 1000
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second, milliseconds),
    )
    locale = locale or QLocale()
    if long:
        return locale.toString(shown, QLocale.FormatType.LongFormat)
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(shown, f"{whole_year_date_format(locale)} {time_format}")
