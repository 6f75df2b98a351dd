"""The month's notes: every note the owner wrote on a figure of that month, the business
total's first, then each segment's (a location's, a person's), in the workspace's order."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from kpidesk.domain.month import Month
from kpidesk.domain.scorecard import Scorecard
from kpidesk.ui.formatting import format_month
from kpidesk.ui.report.page import MUTED, Block, Page, heading, mm, text_block


@dataclass(frozen=True, slots=True)
class Note:
    kpi: str
    segment: str | None
    text: str


def month_notes(card: Scorecard, month: Month) -> list[Note]:
    """The total's notes for `month` by KPI, then every active segment's."""
    notes = [
        Note(kpi.name, None, text)
        for kpi in card.active_kpis()
        if (text := card.note(kpi.name, month))
    ]
    for segment_set in card.segment_sets:
        for segment in segment_set.segments:
            if segment.archived:
                continue
            view = card.segment_view(segment.name)
            notes.extend(
                Note(kpi.name, segment.name, text)
                for kpi in view.active_kpis()
                if (text := view.note(kpi.name, month))
            )
    return notes


def notes_blocks(page: Page, notes: list[Note], month: Month, locale: QLocale) -> list[Block]:
    """A heading, then each note under its KPI (and segment) name."""
    title = QCoreApplication.translate("report", "Notes for {month}").format(
        month=format_month(month, locale, long=True)
    )
    blocks = heading(page, title)
    if not notes:
        text = QCoreApplication.translate("report", "No notes for this month.")
        return [*blocks, *text_block(page, text, 9, colour=MUTED)]
    for note in notes:
        label = note.kpi if note.segment is None else f"{note.kpi} — {note.segment}"
        name = text_block(page, label, 9, bold=True, space_after=mm(1))
        for block in name:
            block.keep_with_next = True
        blocks.extend(name)
        blocks.extend(text_block(page, note.text, 9, space_after=mm(4), indent=mm(3)))
    return blocks
