"""Notes on rows and columns the importer leaves out as totals, quarters or side notes.

The import view lists them ("left out as totals or notes") in the owner's language, the
command line in English, so each note is a `Message`; the summary kind (total, quarter, …)
is a message of its own so the window translates it too.
"""

from __future__ import annotations

from kpidesk.domain.messages import QT_TRANSLATE_NOOP, Message, message

_KIND_WORDS = {
    "total": QT_TRANSLATE_NOOP("messages", "total"),
    "quarter": QT_TRANSLATE_NOOP("messages", "quarter"),
    "half_year": QT_TRANSLATE_NOOP("messages", "half_year"),
    "ytd": QT_TRANSLATE_NOOP("messages", "ytd"),
}
_TOTALS_ROW = QT_TRANSLATE_NOOP("messages", "totals row")


def kind_word(kind: str) -> Message | str:
    """The kind as a translatable word; an unknown kind stays as it reads."""
    word = _KIND_WORDS.get(kind)
    return message(word) if word is not None else kind


def totals_row(row: int, label: str) -> Message:
    """A row whose label says it adds up the others (`Kokku`, `Общо`); `row` counts from 1."""
    return row_note(row, label, message(_TOTALS_ROW))


def summary_row(row: int, label: str | None, kind: str) -> Message:
    """A row of a tall table whose month cell names a quarter, a half year or a total."""
    return row_note(row, label, kind_word(kind))


def row_note(row: int, label: str | None, why: Message | str) -> Message:
    return message(
        QT_TRANSLATE_NOOP("messages", "row {row} ('{label}'): {why}"),
        row=row,
        label=label,
        why=why,
    )


def summary_column(column: str, label: str, kind: str) -> Message:
    """A column of a wide table headed by a quarter, a half year or a total."""
    return message(
        QT_TRANSLATE_NOOP("messages", "column {column} ('{label}'): {kind}"),
        column=column,
        label=label,
        kind=kind_word(kind),
    )


def side_column(column: str, label: str) -> Message:
    """A column beside the KPI names that holds neither names nor figures (a unit, a note)."""
    return message(
        QT_TRANSLATE_NOOP("messages", "column {column} ('{label}')"), column=column, label=label
    )
