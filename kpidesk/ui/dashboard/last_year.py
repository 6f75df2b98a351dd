"""The dashboard's "Last year" and "Change" cells: last year's figure over the same period,
and the change as an arrow, a sign and a percentage in a direction-aware colour (green when
better, red when worse), so the cell reads without its colour too.

Every number comes from `year_on_year` (through the row); this module only words it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from kpidesk.ui.dashboard.period_text import a_year_earlier, period_name
from kpidesk.ui.dashboard.rows import DashboardRow
from kpidesk.ui.formatting import format_number, format_value

BETTER = QColor("#1b7f4b")
WORSE = QColor("#c0392b")
CHANGE_DECIMALS = 1


def last_year_text(row: DashboardRow) -> str:
    return format_value(row.kpi, row.last_year.last_year)


def signed_percent(change: float, locale: QLocale | None = None) -> str:
    """`+12.5 %`, `-3.0 %`, `0.0 %`: a change with the locale's signs and decimal mark."""
    locale = locale or QLocale()
    shown = format_number(abs(change), CHANGE_DECIMALS, locale)
    if round(abs(change), CHANGE_DECIMALS) == 0:
        return f"{shown}\u00a0%"
    sign = locale.positiveSign() if change > 0 else locale.negativeSign()
    return f"{sign}{shown}\u00a0%"


def change_text(change: float | None, locale: QLocale | None = None) -> str:
    """`↑ +12.5 %`, `↓ -3.0 %`, `→ 0.0 %`; "" without a change."""
    if change is None:
        return ""
    flat = round(abs(change), CHANGE_DECIMALS) == 0
    arrow = "→" if flat else "↑" if change > 0 else "↓"
    return f"{arrow} {signed_percent(change, locale)}"


def change_colour(row: DashboardRow) -> QColor | None:
    better = row.last_year.better
    if better is None:
        return None
    return BETTER if better else WORSE


def last_year_tip(row: DashboardRow) -> str | None:
    """Which period last year's figure is, and when fewer months were compared than this
    period has: over how many, and the two figures compared."""
    before = row.last_year
    if before.last_year is None:
        return None
    lines = [
        QCoreApplication.translate("DashboardModel", "Last year: {period}").format(
            period=period_name(a_year_earlier(row.period))
        )
    ]
    if not before.complete and before.months:
        compared = QCoreApplication.translate(
            "DashboardModel", "Months compared, those both years have: {count}"
        )
        lines.append(compared.format(count=len(before.months)))
        lines.append(
            QCoreApplication.translate(
                "DashboardModel", "This year {value}, last year {before}"
            ).format(
                value=format_value(row.kpi, before.value),
                before=format_value(row.kpi, before.last_year),
            )
        )
    return "\n".join(lines)


def change_tip(row: DashboardRow) -> str | None:
    """Better or worse than last year, in words (the colour says it only to some)."""
    better = row.last_year.better
    if row.last_year.change is None:
        return None
    lines = [last_year_tip(row) or ""]
    if better is True:
        lines.insert(0, QCoreApplication.translate("DashboardModel", "Better than last year"))
    elif better is False:
        lines.insert(0, QCoreApplication.translate("DashboardModel", "Worse than last year"))
    return "\n".join(line for line in lines if line)
