"""What python-calamine flattens in an OpenDocument sheet, found in its content.xml.

calamine gives a percent cell's stored fraction (0.125 for a cell shown as 12.5 %), an error
cell (`#DIV/0!`) as 0, a formula with no saved result as empty, and a currency cell without
its currency: all but the third would put a wrong number in the store. The scan walks the
sheet's rows and cells, counting repeated ones as LibreOffice compresses them, and notes where
such cells are, as `xlsx_scan` does for xlsx. The XML goes through defusedxml, which refuses
entity tricks.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import iterparse

from kpidesk.domain.numbers import underflows
from kpidesk.io.readers.safety import xml_errors

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_SHEET, _ROW = f"{_TABLE}table", f"{_TABLE}table-row"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
_MARKERS = (b'"percentage"', b'"error"', b"formula=", b'"currency"')
_TINY = re.compile(rb"[0-9][eE]-0*[3-9][0-9]{2}")
"""A saved value with an exponent that may be too small for a float (`1E-400`)."""
_MOST_REPEATS = 10_000
"""Repeated rows or columns beyond this are the empty rest of the sheet, not marked cells."""

Position = tuple[int, int]


@dataclass
class OdsMarks:
    """One sheet's cells that calamine cannot tell apart, by zero-based (row, column)."""

    percent: set[Position] = field(default_factory=set)
    errors: dict[Position, str] = field(default_factory=dict)
    no_result: set[Position] = field(default_factory=set)
    currency: dict[Position, str] = field(default_factory=dict)
    too_small: dict[Position, str] = field(default_factory=dict)


def scan_ods(content: bytes, path: Path) -> dict[str, OdsMarks]:
    """Marks per sheet name; nothing to walk when the XML names none of these cells."""
    if not any(marker in content for marker in _MARKERS) and _TINY.search(content) is None:
        return {}
    walk = _Walk()
    with xml_errors(path, "content.xml"):
        events = iterparse(io.BytesIO(content), events=("start", "end"), forbid_dtd=True)
        for event, element in events:
            walk.step(event, element)
    return walk.sheets


class _Walk:
    """The position reached in the sheet being read, and what was found so far."""

    def __init__(self) -> None:
        self.sheets: dict[str, OdsMarks] = {}
        self.marks = OdsMarks()
        self.row = 0
        self.col = 0
        self.row_marks: list[tuple[str, int, str]] = []

    def step(self, event: str, element: Element) -> None:
        tag = element.tag
        if event == "start":
            if tag == _SHEET:
                self.marks = self.sheets.setdefault(element.get(f"{_TABLE}name", ""), OdsMarks())
                self.row = 0
            elif tag == _ROW:
                self.col, self.row_marks = 0, []
            return
        if tag in _CELLS:
            self._cell(element)
            element.clear()
        elif tag == _ROW:
            repeated = _count(element, "number-rows-repeated")
            for extra in range(1, min(repeated, _MOST_REPEATS) if self.row_marks else 1):
                for kind, col, code in self.row_marks:
                    self._mark(kind, (self.row + extra, col), code)
            self.row += repeated
            element.clear()

    def _cell(self, element: Element) -> None:
        repeated = _count(element, "number-columns-repeated")
        kind, code = _kind(element)
        if kind is not None:
            for col in range(self.col, self.col + min(repeated, _MOST_REPEATS)):
                self.row_marks.append((kind, col, code))
                self._mark(kind, (self.row, col), code)
        self.col += repeated

    def _mark(self, kind: str, position: Position, code: str) -> None:
        if kind == "percent":
            self.marks.percent.add(position)
        elif kind == "currency":
            self.marks.currency[position] = code
        elif kind == "error":
            self.marks.errors[position] = code
        elif kind == "too_small":
            self.marks.too_small[position] = code
        else:
            self.marks.no_result.add(position)


def _kind(element: Element) -> tuple[str | None, str]:
    """What the cell is to the importer: a percent, an error (with its code), a formula with
    no saved result, or None for anything calamine reads right."""
    if element.get(f"{_CALCEXT}value-type") == "error":
        code = "".join(element.itertext()).strip()
        return "error", code if code.startswith("#") else "#ERROR"
    value_type = element.get(f"{_OFFICE}value-type")
    if value_type == "percentage":
        return "percent", ""
    currency = element.get(f"{_OFFICE}currency")
    if value_type == "currency" and currency:
        return "currency", currency.upper()
    if value_type is None and element.get(f"{_TABLE}formula"):
        return "no_result", ""
    value = element.get(f"{_OFFICE}value")
    if value_type == "float" and value is not None and underflows(value):
        return "too_small", value
    return None, ""


def _count(element: Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(f"{_TABLE}{attribute}", "1")))
    except ValueError:
        return 1
