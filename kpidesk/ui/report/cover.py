"""The report's cover: the business, the month, and how many KPIs stand where."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from kpidesk.domain.month import Month
from kpidesk.domain.progress import Status
from kpidesk.ui.formatting import format_month
from kpidesk.ui.report.page import Block, Page, mm, text_block
from kpidesk.ui.status_style import status_look

_ORDER = (Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.NO_TARGET, Status.NO_DATA)


def cover_blocks(
    page: Page,
    business: str,
    month: Month,
    statuses: Sequence[Status],
    locale: QLocale,
) -> list[Block]:
    """The business name large, then "Monthly report", the month, and one line per status
    the month's KPIs have (symbol, word, count)."""
    top = Block(page.body_height * 0.22, lambda _painter, _top: None)
    blocks = [top, *text_block(page, business, 26, bold=True, space_after=mm(6))]
    title = QCoreApplication.translate("report", "Monthly report")
    blocks += text_block(page, title, 16, space_after=mm(2))
    blocks += text_block(page, format_month(month, locale, long=True), 16, space_after=mm(14))
    counts = Counter(statuses)
    kpis = QCoreApplication.translate("report", "KPIs: {count}").format(
        count=locale.toString(len(statuses))
    )
    blocks += text_block(page, kpis, 11, bold=True, space_after=mm(2))
    for status in _ORDER:
        if counts[status]:
            look = status_look(status)
            line = f"{look.symbol} {look.label}: {locale.toString(counts[status])}"
            blocks += text_block(page, line, 11, colour=look.colour, space_after=mm(1))
    return blocks
