"""The strip above the dashboard that names the month with figures still to enter.

"November 2026: 4 of 12 KPIs not entered", the KPIs (and segments) on a second line, and a
button that opens Data entry at that month. It reads `kpidesk.domain.missing` afresh from
each snapshot: pure domain work, well under a millisecond on the demo, so it runs on the GUI
thread. The owner can hide it (×) until the next start, or until the missing figures change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

from kpidesk.domain.missing import MissingKpi, MissingMonth, missing_months
from kpidesk.domain.month import Month
from kpidesk.store.loading import Snapshot
from kpidesk.ui.contrast import MIN_CONTRAST, contrast
from kpidesk.ui.formatting import format_month
from kpidesk.ui.state import AppState

_AMBER = QColor("#e69f00")
"""The at-risk orange of the status colours: a figure to see to, not an error."""
_LISTED = 6
"""KPIs named on the banner's second line; a longer list would push the dashboard down."""
_TINTS = (0.35, 0.25, 0.15, 0.0)
"""Shares of amber over the window colour, tried in turn until the text reads on it."""


def today() -> date:
    """The real date: which months are due. Tests replace this function."""
    return date.today()


def strip_colour(palette: QPalette) -> QColor:
    """The window colour tinted amber as far as the window's text still reads on it at
    `MIN_CONTRAST`, in a light palette and a dark one alike."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    for share in _TINTS:
        tinted = QColor.fromRgbF(
            window.redF() + (_AMBER.redF() - window.redF()) * share,
            window.greenF() + (_AMBER.greenF() - window.greenF()) * share,
            window.blueF() + (_AMBER.blueF() - window.blueF()) * share,
        )
        if contrast(tinted, text) >= MIN_CONTRAST:
            return tinted
    return window


def target_segment(month: MissingMonth) -> str | None:
    """The segment whose grid to open: the one segment every missing figure of the month
    belongs to, else None (the business total)."""
    segments = {segment for _kpi, segment in month.cells()}
    return next(iter(segments)) if len(segments) == 1 else None


class MissingBanner(QFrame):
    enterRequested = Signal(object, object, object)
    """(Month, segment name or None, KPI name): open Data entry there."""

    def __init__(self, state: AppState, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingBanner")
        self.setAccessibleName(self.tr("Missing figures"))
        self.months: list[MissingMonth] = []
        """What is missing, newest month first (empty: the banner is hidden)."""
        self._closed: tuple[tuple[Month, tuple[MissingKpi, ...]], ...] | None = None
        """What was missing when the owner closed the banner: hidden while it stays so."""
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.enter_button = QPushButton()
        self.enter_button.clicked.connect(self._enter)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide until the next start"))
        self.close_button.setAccessibleName(self.tr("Hide the missing figures"))
        self.close_button.clicked.connect(self.close_banner)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.headline)
        words.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addLayout(words, 1)
        layout.addWidget(self.enter_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._colour(emphasised=False)
        self.setVisible(False)
        state.snapshotChanged.connect(self.show_snapshot)
        self.show_snapshot(state.snapshot)

    def _colour(self, emphasised: bool) -> None:
        edge = 6 if emphasised else 4
        self.setStyleSheet(
            f"QFrame#missingBanner {{ background: {strip_colour(self.palette()).name()};"
            f" border-left: {edge}px solid {_AMBER.name()}; border-radius: 4px; }}"
        )

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """What is missing in the snapshot; shown unless the owner closed it on the same."""
        self.months = missing_months(snapshot.scorecard, today())
        if self._signature() != self._closed:
            self._closed = None
        if not self.months:
            self.setVisible(False)
            return
        self._fill(self.months[0], self.months[1:])
        self.setVisible(self._closed is None)

    def _signature(self) -> tuple[tuple[Month, tuple[MissingKpi, ...]], ...]:
        return tuple((month.month, month.kpis) for month in self.months)

    def _fill(self, newest: MissingMonth, earlier: list[MissingMonth]) -> None:
        headline = self._month_line(newest)
        if earlier:
            headline = self.tr("{newest}, and %n earlier month(s)", "", len(earlier)).format(
                newest=headline
            )
        self.headline.setText(headline)
        self.details.setText(self._names(newest, _LISTED))
        self.setAccessibleDescription(f"{headline}. {self.details.text()}")
        self.setToolTip("\n".join(self._month_line(m) + ": " + self._names(m) for m in self.months))
        name = QLocale().standaloneMonthName(newest.month.month, QLocale.FormatType.LongFormat)
        self.enter_button.setText(self.tr("Enter {month} figures").format(month=name))

    def _month_line(self, month: MissingMonth) -> str:
        named = format_month(month.month, long=True)
        line = self.tr("{month}: %n of {expected} KPIs not entered", "", len(month.kpis))
        text = line.format(month=named, expected=month.expected)
        return text[:1].upper() + text[1:]

    def _names(self, month: MissingMonth, most: int | None = None) -> str:
        """The KPIs of the month, a tracked one with its segments ("Wait time: Telliskivi");
        with `most`, that many and how many more (the tooltip lists them all)."""
        named = [
            self.tr("{kpi}: {segments}").format(kpi=m.kpi, segments=", ".join(m.segments))
            if m.segments
            else m.kpi
            for m in month.kpis
        ]
        if most is None or len(named) <= most:
            return "; ".join(named)
        more = self.tr("and %n more", "", len(named) - most)
        return "; ".join([*named[:most], more])

    def _enter(self) -> None:
        if not self.months:
            return
        newest = self.months[0]
        self.enterRequested.emit(newest.month, target_segment(newest), newest.kpis[0].kpi)

    def close_banner(self) -> None:
        """Hide until the next start, or until the missing figures change."""
        self._closed = self._signature()
        self._colour(emphasised=False)
        self.setVisible(False)

    def emphasise(self) -> None:
        """Make the banner the first thing seen (the month-end reminder): shown, even if
        closed, with a wider edge and its button focused."""
        if not self.months:
            return
        self._closed = None
        self._colour(emphasised=True)
        self.setVisible(True)
        self.enter_button.setDefault(True)
        self.enter_button.setFocus(Qt.FocusReason.OtherFocusReason)
