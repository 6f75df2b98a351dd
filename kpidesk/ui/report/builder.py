"""Write the monthly report: lay every page out, then paint them one by one into a PDF.

Qt's own PDF writer (QPdfWriter with QPainter) embeds a subset of the TrueType font it paints
with, so Cyrillic and Estonian letters arrive whole; it speaks the same translations and
QLocale formatting as the window, and it adds no dependency. A QPdfWriter is a paint device
that may be painted on outside the GUI thread, so this runs on a worker; it touches no widget.

The PDF goes to a temporary file beside the chosen one and is renamed into place only when
every page is written: a cancelled or failed report leaves no file. The text depends only on
the workspace and the month (no "printed at" time), so the same workspace gives the same text.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPainter

from kpidesk.domain.month import Month
from kpidesk.store.loading import Snapshot
from kpidesk.ui.formatting import format_month
from kpidesk.ui.language import format_locale
from kpidesk.ui.report.chart import chart_block, chart_series
from kpidesk.ui.report.cover import cover_blocks
from kpidesk.ui.report.notes import month_notes, notes_blocks
from kpidesk.ui.report.page import (
    Block,
    Page,
    PageBreak,
    Placed,
    heading,
    new_writer,
    paginate,
    paint_footer,
    report_family,
)
from kpidesk.ui.report.scorecard_table import headers, scorecard_rows, table_blocks

Progress = Callable[[int, int], None]
"""Told (pages written, pages in all) after each page."""


class ReportCancelled(Exception):
    """The owner cancelled the report; nothing was written."""


def business_label(snapshot: Snapshot) -> str:
    """The name on the cover: the business's, else the workspace's."""
    settings = snapshot.settings
    return settings.business_name or settings.workspace_name


def report_title(snapshot: Snapshot, month: Month, locale: QLocale) -> str:
    return QCoreApplication.translate("report", "{business} — monthly report, {month}").format(
        business=business_label(snapshot), month=format_month(month, locale, long=True)
    )


def write_report(
    snapshot: Snapshot,
    month: Month,
    path: Path,
    lang: str,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> Path:
    """Write the report of `month` to `path`, numbers and months in `lang`'s locale, words
    in the installed translation. Raises ReportCancelled when `cancelled()` turns true
    between pages, OSError when the folder is missing or cannot be written."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: there is no such folder")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".part", dir=folder)
    os.close(handle)
    try:
        _write(snapshot, month, temporary, format_locale(lang), progress, cancelled)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)
        raise
    return path


def _write(
    snapshot: Snapshot,
    month: Month,
    target: str,
    locale: QLocale,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> None:
    writer = new_writer(target, report_title(snapshot, month, locale))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{target}: cannot write the report here")
    try:
        viewport = painter.viewport()
        page = Page(writer, viewport.width(), viewport.height(), report_family())
        layout = paginate(_sections(page, snapshot, month, locale), page.body_height)
        footer = f"{business_label(snapshot)} · {format_month(month, locale, long=True)}"
        total = len(layout.pages)
        for number, placed in enumerate(layout.pages, start=1):
            if cancelled():
                raise ReportCancelled
            if number > 1:
                writer.newPage()
            _paint_page(painter, placed, page, footer, (number, total), locale)
            progress(number, total)
    finally:
        painter.end()


def _sections(
    page: Page, snapshot: Snapshot, month: Month, locale: QLocale
) -> list[Block | PageBreak]:
    """Cover; scorecard; one chart per KPI; the month's notes, each from a new page."""
    card = snapshot.scorecard
    rows = scorecard_rows(card, month, locale)
    month_text = format_month(month, locale, long=True)
    items: list[Block | PageBreak] = []
    items += cover_blocks(
        page,
        business_label(snapshot),
        month,
        [row.status for row in rows],
        locale,
    )
    items.append(PageBreak())
    items += heading(
        page, QCoreApplication.translate("report", "Scorecard, {month}").format(month=month_text)
    )
    items += table_blocks(page, headers(), rows)
    items.append(PageBreak())
    items += heading(page, QCoreApplication.translate("report", "Actual against target, 12 months"))
    items += [
        chart_block(page, chart_series(card, kpi.name, month), locale) for kpi in card.active_kpis()
    ]
    items.append(PageBreak())
    items += notes_blocks(page, month_notes(card, month), month, locale)
    return items


def _paint_page(
    painter: QPainter,
    placed: list[Placed],
    page: Page,
    footer: str,
    numbers: tuple[int, int],
    locale: QLocale,
) -> None:
    for item in placed:
        item.block.paint(painter, item.top)
    text = QCoreApplication.translate("report", "Page {page} of {pages}").format(
        page=locale.toString(numbers[0]), pages=locale.toString(numbers[1])
    )
    paint_footer(painter, page, footer, text)
