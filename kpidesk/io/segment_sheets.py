"""One workbook, one sheet per location: the sheet's name is the segment of its figures.

The importer plans each sheet on its own (a workbook of several sheets with figures is
otherwise refused as "choose one"); when the sheets are named after segments, the preview
combines them here into one plan, so the whole workbook is imported as one change, whole or
not at all. Each figure keeps its sheet, so a problem still names sheet and cell. Plan
columns of such sheets are not taken as targets: segment targets are set in Goals.
"""

from __future__ import annotations

from kpidesk.io.plan import ImportPlan, ProblemCode


def combine_segment_sheets(plan: ImportPlan) -> ImportPlan:
    """The plan of every sheet of `plan.parts` together, each figure and target of a sheet
    for the segment the sheet is named after; the refusal to choose a sheet is dropped."""
    combined = ImportPlan(plan.file, plan.file_format, plan.sheets, text_format=plan.text_format)
    combined.problems = [p for p in plan.problems if p.code is not ProblemCode.SEVERAL_SHEETS]
    combined.segment_sheets = list(plan.parts)
    combined.candidate_sheets = list(plan.candidate_sheets)
    labels: dict[str, None] = {}
    months = set()
    for sheet, part in plan.parts.items():
        combined.observations += [
            obs._replace(segment=obs.segment or sheet, sheet=sheet) for obs in part.observations
        ]
        combined.problems += part.problems
        combined.left_out += part.left_out
        labels.update(dict.fromkeys(part.labels))
        months.update(part.months)
        if combined.location is None:
            combined.location = part.location
        combined.decimal_mark = combined.decimal_mark or part.decimal_mark
    combined.labels = list(labels)
    combined.months = sorted(months)
    return combined
