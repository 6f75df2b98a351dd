"""The dashboard's one-line first impression: "● 3 on track ▲ 2 at risk ✖ 1 off track", each
count in its status colour with its symbol, so it reads without colour too. Where the line
must wrap (Bulgarian at 1024 px) it wraps between the groups, never inside one: a group's
spaces do not break."""

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
            word = look.label.lower().replace(" ", "&nbsp;")
            parts.append(
                f'<span style="color:{look.colour.name()}"><b>{look.symbol}&nbsp;'
                f"{counts[status]}</b>&nbsp;{word}</span>"
            )
    return " &nbsp; ".join(parts)
