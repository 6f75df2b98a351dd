"""A pasted block checked as a whole: the cell writes it makes, or every problem it has.

The grid applies a pasted block as one undo step or refuses it all, so the check comes first
and writes nothing. Messages keep the data-entry view's translation context, where they
have always been translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.numbers import NumberParseError
from kpidesk.store.figures import CellWrite
from kpidesk.ui.data_entry.model import GridModel, parse_cell_text
from kpidesk.ui.formatting import format_month
from kpidesk.ui.messages import error_text


def block_writes(
    model: GridModel, rows: list[list[str]], top: int, left: int
) -> tuple[list[CellWrite], list[str]]:
    """The writes of `rows` pasted with their top-left cell at (`top`, `left`), and what is
    wrong with them: a block that does not fit, text in a computed or derived cell, a value
    that cannot be read."""
    writes: list[CellWrite] = []
    problems: list[str] = []
    width = max(len(r) for r in rows)
    if top + len(rows) > model.rowCount() or left + width > model.columnCount():
        problems.append(
            QCoreApplication.translate(
                "DataEntryView", "the block has {rows}×{cols} cells and does not fit from here"
            ).format(rows=len(rows), cols=width)
        )
        return writes, problems
    for r, cells in enumerate(rows):
        kpi = model.kpis[top + r]
        for c, text in enumerate(cells):
            where = f"{kpi.name}, {format_month(model.months[left + c])}"
            if kpi.is_formula:
                if text.strip():
                    problems.append(
                        QCoreApplication.translate("DataEntryView", "{where} is computed").format(
                            where=where
                        )
                    )
                continue
            if not model.editable(top + r, left + c):
                if text.strip():
                    problems.append(
                        QCoreApplication.translate(
                            "DataEntryView", "{where} is the total of its segments"
                        ).format(where=where)
                    )
                continue
            try:
                value = parse_cell_text(text)
            except NumberParseError as error:
                problems.append(f"{where}: {error_text(error)}")
                continue
            writes.append(model.write_for(top + r, left + c, value))
    return writes, problems
