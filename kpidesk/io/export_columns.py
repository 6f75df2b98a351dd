"""The sheets and columns of kpidesk's own workbook export, shared by the writer and by the
importer that recognises the file again (after a resave by LibreOffice or Excel too)."""

from __future__ import annotations

DATA_SHEET = "Data"
KPI_SHEET = "KPIs"
TARGET_SHEET = "Targets"

DATA_COLUMNS = ("KPI", "Month", "Value", "Target", "Unit", "Note")
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
