"""Finding, in a sheet's XML, the cells python-calamine flattens.

python-calamine returns an error cell and a formula without a saved result as an empty string,
the same as an empty cell, and does not expose number formats. These few facts are found here
with byte-level patterns over the sheet XML (already inflated and checked by `safety`), which
is many times faster than a full XML parse of a large sheet. A cell without an `r` address
attribute (allowed, but rare) cannot be placed this way: the scan then says so and the caller
falls back to openpyxl.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kpidesk.io.grid import CellRange, parse_address

_NS = rb"(?:[\w.-]+:)?"
_CELL = re.compile(rb"<" + _NS + rb"c\b([^>]*?)(?:/>|>(.*?)</" + _NS + rb"c>)", re.DOTALL)
_REF = re.compile(rb"""\br=["']([A-Za-z]+[0-9]+)["']""")
_TYPE = re.compile(rb"""\bt=["']([a-zA-Z]+)["']""")
_STYLE = re.compile(rb"""\bs=["']([0-9]+)["']""")
_FORMULA = re.compile(rb"<" + _NS + rb"f\b")
_VALUE = re.compile(rb"<" + _NS + rb"v\b[^>]*>([^<]+)<")
_MERGE = re.compile(
    rb"""<""" + _NS + rb"""mergeCell\b[^>]*\bref=["']([A-Za-z]+[0-9]+):([A-Za-z]+[0-9]+)["']"""
)


@dataclass
class ScanResult:
    """Sparse facts about a sheet; `complete` is false when some cell could not be placed."""

    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    no_result: set[tuple[int, int]] = field(default_factory=set)
    percent: set[tuple[int, int]] = field(default_factory=set)
    merged: list[CellRange] = field(default_factory=list)
    complete: bool = True


def scan_sheet(data: bytes, percent_styles: set[int]) -> ScanResult:
    """Errors, formulas without results, percent-formatted cells and merged ranges."""
    result = ScanResult()
    for match in _MERGE.finditer(data):
        top, bottom = parse_address(match.group(1).decode()), parse_address(match.group(2).decode())
        result.merged.append(CellRange(top[0], top[1], bottom[0], bottom[1]))
    style_tokens = [f's="{index}"'.encode() for index in percent_styles]
    style_tokens += [f"s='{index}'".encode() for index in percent_styles]
    wants_styles = any(token in data for token in style_tokens)
    if not (wants_styles or b't="e"' in data or b"t='e'" in data or _FORMULA.search(data)):
        return result
    for match in _CELL.finditer(data):
        attrs, body = match.group(1), match.group(2) or b""
        kind = _TYPE.search(attrs)
        type_code = kind.group(1) if kind else b"n"
        style = _STYLE.search(attrs) if wants_styles else None
        is_percent = style is not None and int(style.group(1)) in percent_styles
        has_formula = b"f" in body and _FORMULA.search(body) is not None
        if not (is_percent or type_code == b"e" or has_formula):
            continue
        ref = _REF.search(attrs)
        if ref is None:
            result.complete = False
            return result
        key = parse_address(ref.group(1).decode())
        value = _VALUE.search(body)
        if type_code == b"e":
            result.errors[key] = value.group(1).decode("utf-8", "replace") if value else "#ERROR"
        elif has_formula and value is None and type_code != b"str":
            result.no_result.add(key)
        if is_percent:
            result.percent.add(key)
    return result
