"""The check every concurrency test makes of one cell: its history is one unbroken chain.

Each revision's old value must be the figure the revision before it left (the first one's
None: the cell was new), and the figure now must be the last revision's new value; then
undoing the changes from the newest back restores, at each step, the figure before it.
"""

from __future__ import annotations

from kpidesk.domain.month import Month
from kpidesk.store.figures import cell_history, load_figures, undo_change
from kpidesk.store.workspace import Workspace


def figure(workspace: Workspace, kpi_id: int, month: Month) -> float | None:
    with workspace.reading() as session:
        cell = load_figures(session, [kpi_id]).get(kpi_id, {}).get(month)
    return None if cell is None else cell.value


def revision_chain(
    workspace: Workspace, kpi_id: int, month: Month
) -> list[tuple[int, float | None]]:
    """The cell's (change id, new value) pairs, oldest first, after checking the chain (a
    new value None: that change cleared the cell)."""
    with workspace.reading() as session:
        history = [
            (change.id, revision.old_value, revision.new_value)
            for change, revision in cell_history(session, kpi_id, month)
        ]
    olds = [old for _, old, _ in history]
    news = [new for _, _, new in history]
    assert olds == [None, *news[:-1]], f"a revision replaced a value it never saw: {history}"
    assert figure(workspace, kpi_id, month) == (news[-1] if news else None)
    return [(change_id, new) for change_id, _, new in history]


def undo_newest_first(workspace: Workspace, kpi_id: int, month: Month) -> None:
    """Undo every change of the cell, newest first, checking the figure after each undo."""
    chain = revision_chain(workspace, kpi_id, month)
    for index in range(len(chain) - 1, -1, -1):
        with workspace.transaction() as session:
            undo_change(session, chain[index][0])
        expected = chain[index - 1][1] if index else None
        assert figure(workspace, kpi_id, month) == expected
