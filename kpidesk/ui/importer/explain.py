"""Why the Import button is disabled, in plain words, one line per kind of reason.

The importer's refusals name files and cells for the command line; here each kind gets a
sentence that also says what to do about it in this view.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.io.plan import Problem, ProblemCode
from kpidesk.ui.messages import translated

_SHOWN_LABELS = 5


def why_not(refusals: list[Problem], unmapped: list[str]) -> list[str]:
    """One sentence per reason the import cannot go ahead yet; empty when it can."""
    lines: list[str] = []
    if unmapped:
        quoted = QCoreApplication.translate("ImportExplain", "“{label}”")
        shown = ", ".join(quoted.format(label=label) for label in unmapped[:_SHOWN_LABELS])
        if len(unmapped) > _SHOWN_LABELS:
            shown += " " + QCoreApplication.translate("ImportExplain", "and {count} more").format(
                count=len(unmapped) - _SHOWN_LABELS
            )
        lines.append(
            QCoreApplication.translate(
                "ImportExplain",
                "Not a KPI of this workspace yet: {labels}. In the mapping table, choose the "
                "KPI each one goes to, “Create new KPI”, or “Ignore”.",
            ).format(labels=shown)
        )
    by_code: dict[ProblemCode, list[Problem]] = {}
    for problem in refusals:
        if problem.code is not ProblemCode.UNKNOWN_KPI:
            by_code.setdefault(problem.code, []).append(problem)
    for code, problems in by_code.items():
        lines.append(_sentence(code, problems))
    return lines


def _sentence(code: ProblemCode, problems: list[Problem]) -> str:
    cells = ", ".join(p.cell for p in problems[:_SHOWN_LABELS] if p.cell)
    if code is ProblemCode.SEVERAL_SHEETS:
        return QCoreApplication.translate(
            "ImportExplain", "Several sheets hold figures. Choose the sheet to import above."
        )
    if code is ProblemCode.AMBIGUOUS_DECIMAL_MARK:
        return QCoreApplication.translate(
            "ImportExplain",
            "Some numbers (cells {cells}) could be read two ways, such as 3.000. Choose the "
            "decimal mark above.",
        ).format(cells=cells)
    if code is ProblemCode.DUPLICATE:
        return QCoreApplication.translate(
            "ImportExplain", "The same KPI and month appear twice: {reason}."
        ).format(reason=translated(problems[0].message))
    if code is ProblemCode.NO_TABLE:
        return QCoreApplication.translate(
            "ImportExplain",
            "No table of KPIs and months was found on this sheet ({reason}). Choose another "
            "sheet or layout above.",
        ).format(reason=translated(problems[0].message))
    if code is ProblemCode.CONFLICT:
        return QCoreApplication.translate(
            "ImportExplain", "Some months already hold other figures."
        )
    return QCoreApplication.translate(
        "ImportExplain", "{count} problems stop the import, for example: {problem}"
    ).format(count=len(problems), problem=translated(problems[0].message))
