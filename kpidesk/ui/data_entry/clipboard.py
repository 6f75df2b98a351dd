"""Blocks of cells copied from or pasted into Excel and LibreOffice: tab-separated text."""

from __future__ import annotations


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells; the trailing line break spreadsheets add does not make an extra row."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def to_tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(row) + "\n" for row in rows)
