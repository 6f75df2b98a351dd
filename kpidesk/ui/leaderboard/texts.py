"""How the leaderboard and the segment page write ranks, differences and statuses.

Shared by both so a rank or a difference reads the same wherever it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.kpi import Direction, KpiDefinition, Unit
from kpidesk.domain.progress import Status
from kpidesk.ui.formatting import format_number, format_value
from kpidesk.ui.status_style import status_look


def rank_text(rank: int | None, tied: bool) -> str:
    """`1`, `=2` for a shared place, `–` for a segment that could not be ranked."""
    if rank is None:
        return "–"
    return f"={rank}" if tied else str(rank)


def rank_of_text(rank: int | None, ranked: int, tied: bool = False) -> str:
    """`2 of 3`, `=2 of 3` for a shared place; `–` when the segment was not ranked."""
    if rank is None:
        return "–"
    return QCoreApplication.translate("leaderboard", "{rank} of {count}").format(
        rank=rank_text(rank, tied), count=ranked
    )


def spoken_rank(rank: int | None, tied: bool, ranked: int | None = None) -> str:
    """A rank for a screen reader, which reads "=2" as "equals two" and "–" as nothing:
    "place 1", "shared place 2", "place 2 of 3", "not ranked"."""
    if rank is None:
        return QCoreApplication.translate("leaderboard", "not ranked")
    if ranked is None:
        text = (
            QCoreApplication.translate("leaderboard", "shared place {rank}")
            if tied
            else QCoreApplication.translate("leaderboard", "place {rank}")
        )
        return text.format(rank=rank)
    text = (
        QCoreApplication.translate("leaderboard", "shared place {rank} of {count}")
        if tied
        else QCoreApplication.translate("leaderboard", "place {rank} of {count}")
    )
    return text.format(rank=rank, count=ranked)


def signed_value(kpi: KpiDefinition, value: float | None) -> str:
    """A difference with its sign: `+200`, `−100`, `±0`; "" when there is none. A percent
    KPI's difference is in percentage points (`+0.4 pp`): 4.0 % against 3.6 % is not a rise
    of 0.4 %, and the dashboard's Change column does mean a relative change."""
    if value is None:
        return ""
    text = _difference(kpi, abs(value))
    if text == _difference(kpi, 0):
        return "±" + text
    return ("+" if value > 0 else "\u2212") + text


def _difference(kpi: KpiDefinition, value: float) -> str:
    if kpi.unit is not Unit.PERCENT:
        return format_value(kpi, value)
    points = QCoreApplication.translate("leaderboard", "pp", "percentage points")
    return f"{format_number(value, kpi.decimals)}\u00a0{points}"


def is_better(kpi: KpiDefinition, difference: float | None) -> bool | None:
    """Whether a difference is good news for the KPI (None: no direction to judge by)."""
    if difference is None or difference == 0 or kpi.direction is Direction.RANGE:
        return None
    return (difference > 0) == (kpi.direction is Direction.HIGHER)


def status_text(status: Status) -> str:
    """Symbol and word, so it reads without colour too."""
    look = status_look(status)
    return f"{look.symbol} {look.label}"
