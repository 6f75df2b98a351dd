"""The import view's warning when many of a KPI's figures would be overwritten by ones far
smaller or larger (the rule is `kpidesk.domain.scale_shift`): one line per KPI above the
Import button, and one confirmation before such an import is written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kpidesk.domain.money import BGN_PER_EUR
from kpidesk.domain.scale_shift import LikelyCause, ScaleShift
from kpidesk.ui.formatting import format_number

SHOWN_KPIS = 3


def warning_lines(shifts: list[ScaleShift]) -> list[str]:
    """`⚠ Revenue: 12 of the 12 figures to overwrite would drop to about ×0.511 …`, one line
    per KPI (the first few, then how many more)."""
    lines = [_line(shift) for shift in shifts[:SHOWN_KPIS]]
    if len(shifts) > SHOWN_KPIS:
        lines.append(
            QCoreApplication.translate(
                "OverwriteWarning", "⚠ … and {count} more KPIs like this."
            ).format(count=len(shifts) - SHOWN_KPIS)
        )
    return lines


def confirm_overwrites(parent: QWidget, lines: list[str]) -> bool:
    """Ask once before writing; Cancel is the default, so Enter does not import by mistake."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OverwriteWarning", "Overwrite these figures?"))
    box.setText(
        QCoreApplication.translate(
            "OverwriteWarning", "This import would overwrite figures with ones on another scale."
        )
    )
    box.setInformativeText("\n".join(lines))
    go = box.addButton(
        QCoreApplication.translate("OverwriteWarning", "Import anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def _line(shift: ScaleShift) -> str:
    head = (
        QCoreApplication.translate(
            "OverwriteWarning",
            "⚠ {kpi}: {count} of the {total} figures to overwrite would drop to about ×{factor}.",
        )
        if shift.smaller
        else QCoreApplication.translate(
            "OverwriteWarning",
            "⚠ {kpi}: {count} of the {total} figures to overwrite would rise to about ×{factor}.",
        )
    ).format(
        kpi=shift.kpi,
        count=format_number(shift.shifted, 0),
        total=format_number(shift.overwritten, 0),
        factor=format_number(shift.factor, shift.factor_decimals),
    )
    return f"{head} {_cause(shift.cause)}"


def _cause(cause: LikelyCause) -> str:
    if cause is LikelyCause.LEVA_EURO:
        return QCoreApplication.translate(
            "OverwriteWarning", "Likely leva taken for euro, or euro for leva (1 € = {rate} лв.)."
        ).format(rate=format_number(BGN_PER_EUR, 5))
    if cause is LikelyCause.THOUSANDS:
        return QCoreApplication.translate(
            "OverwriteWarning", "Likely thousands taken for units, or units for thousands."
        )
    if cause is LikelyCause.PERCENT:
        return QCoreApplication.translate(
            "OverwriteWarning",
            "Likely a percentage taken as a fraction ({percent} as {fraction}), or the reverse.",
        ).format(percent=format_number(12.5, 1) + "\u00a0%", fraction=format_number(0.125, 3))
    return QCoreApplication.translate("OverwriteWarning", "Check the units in the file.")
