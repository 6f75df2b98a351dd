"""The sheets and columns of kpidesk's own workbook export, shared by the writer and by the
importer that recognises the file again (after a resave by LibreOffice or Excel too)."""

from __future__ import annotations

DATA_SHEET = "Data"
KPI_SHEET = "KPIs"
TARGET_SHEET = "Targets"
SEGMENT_SHEET = "Segments"

DATA_COLUMNS = ("KPI", "Month", "Value", "Target", "Unit", "Note")
SEGMENT_DATA_COLUMNS = ("KPI", "Segment", "Month", "Value", "Target", "Unit", "Note")
"""The data sheet of a workspace with segments: the segment empty on rows of the total."""
SEGMENT_COLUMNS = ("Set", "Segment", "Archived", "Aliases")
"""The sets and their segments, in their order; a set without segments has an empty one."""
SEGMENT_KPI_COLUMNS = ("Tracked by", "Weighted by")
"""Added to the KPI and (`Segment`) target columns when the workspace has segments, so a
workspace without them exports what it always did."""
TARGET_COLUMNS = (
    "KPI",
    "Kind",
    "From",
    "Value",
    "Spread",
    "Monthly values",
    "Currency",
    "Note",
    "Set at",
    "Undone at",
)
KPI_COLUMNS = (
    "Name",
    "Aliases",
    "Unit",
    "Currency",
    "Duration unit",
    "Direction",
    "Aggregation",
    "Category",
    "Decimals",
    "Tolerance %",
    "Benchmark",
    "Formula",
    "Description",
    "Catalog key",
    "Archived",
)
LIST_SEPARATOR = "\n"
"""Aliases and an annual goal's monthly values are one per line in their cell."""
