"""The dashboard's one-line first impression: "● 3 on track ▲ 2 at risk ✖ 1 off track", each
count in its status colour with its symbol, so it reads without colour too."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kpidesk.domain.progress import Status
from kpidesk.ui.status_style import status_look

_SUMMARY_ORDER = (
    Status.ON_TRACK,
    Status.AT_RISK,
    Status.OFF_TRACK,
    Status.NO_TARGET,
    Status.NO_DATA,
)


def summary_html(statuses: Iterable[Status]) -> str:
    counts = Counter(statuses)
    parts = []
    for status in _SUMMARY_ORDER:
        if counts[status]:
            look = status_look(status)
            parts.append(
                f'<span style="color:{look.colour.name()}"><b>{look.symbol} '
                f"{counts[status]}</b> {look.label.lower()}</span>"
            )
    return " &nbsp; ".join(parts)
