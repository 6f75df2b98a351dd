"""How Goals shares its width between the KPI list and the chosen KPI's targets.

The list takes half, or less when its columns need less: at 1920 px the list was 720 px
wide for columns that need about 420, and the white to their right squeezed the targets'
history and plan; on 1024 px its names elide within the half, as before. Once the owner
drags the handle their split stands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSplitter

from kpidesk.ui.owned_split import OwnedSplit

LIST_SHARE = 0.5


def list_detail_split(splitter: QSplitter, natural: Callable[[], int]) -> OwnedSplit:
    """Goals' split: the list `natural()` pixels (its columns with every name whole, 0 before
    they are measured), at most half; the targets the rest."""

    def sizes(total: int) -> list[int]:
        left = min(natural() or total, round(total * LIST_SHARE))
        return [left, total - left]

    return OwnedSplit(splitter, sizes)
