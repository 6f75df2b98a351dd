"""Finding, in a sheet's XML, the cells python-calamine flattens.

python-calamine returns an error cell and a formula without a saved result as an empty string,
the same as an empty cell, and does not expose number formats. These few facts are found here
with byte-level patterns over the sheet XML (already inflated and checked by `safety`), which
is many times faster than a full XML parse of a large sheet. A cell without an `r` address
attribute (allowed, but rare) cannot be placed this way: the scan then says so and the caller
falls back to openpyxl.

A large sheet has hundreds of thousands of cells and usually only a few that matter, so the
scan does not visit every cell: it looks for markers (`t="e"`, a percent style, a formula not
followed by its saved value) with patterns that begin with a literal byte or two, which `re`
skips to in C, and applies the per-cell rules only to the cells holding them. The markers
over-approximate: they may name a cell the rules then ignore, never miss one the rules would
report. A sheet with formulas and some cell tag without an `r` address is visited cell by cell,
as before, since there any formula cell may be one that cannot be placed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from kpidesk.domain.numbers import underflows
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
_CELL_TAG = re.compile(rb"<(/?)" + _NS + rb"c\b")
# The markers begin with a literal (`t=`, `s=`, `f`, `c`) so `re` finds candidates in C; a
# lookbehind then keeps an `f` or `c` only where it follows `<` or a namespace prefix's `:`.
_ERROR_MARK = re.compile(rb"""t=["']e["']""")
_FORMULA_MARK = re.compile(rb"f\b(?<=[<:]f)")
_NO_RESULT_MARK = re.compile(
    rb"f\b(?<=[<:]f)(?![^<>]*(?:/>|>[^<]*</"
    + _NS
    + rb"f>)\s*<"
    + _NS
    + rb"v\b[^>]*>[^<]+</"
    + _NS
    + rb"v>)"
)
_CELL_WITHOUT_REF = re.compile(rb"""c\b(?<=[<:]c)(?![^>]*?\br=["'][A-Za-z]+[0-9]+["'])""")


@dataclass
class ScanResult:
    """Sparse facts about a sheet; `complete` is false when some cell could not be placed (the
    other facts are then partial, and the caller reads the sheet with openpyxl)."""

    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    no_result: set[tuple[int, int]] = field(default_factory=set)
    percent: set[tuple[int, int]] = field(default_factory=set)
    merged: list[CellRange] = field(default_factory=list)
    complete: bool = True


def scan_sheet(data: bytes, percent_styles: set[int]) -> ScanResult:
    """Errors, formulas without results, percent-formatted cells and merged ranges."""
    formulas = _FORMULA_MARK.search(data) is not None
    if formulas and _has_cell_without_ref(data):
        return scan_every_cell(data, percent_styles)
    result = ScanResult(merged=merged_ranges(data))
    cells = _marked_cells(data, percent_styles, formulas, result.percent)
    _record_cells(cells, percent_styles, result)
    return result


def scan_every_cell(data: bytes, percent_styles: set[int]) -> ScanResult:
    """The same facts as `scan_sheet`, found by visiting every cell: the original algorithm,
    kept for sheets with unaddressed cells and as the reference the markers must agree with."""
    result = ScanResult(merged=merged_ranges(data))
    _record_cells(_CELL.finditer(data), percent_styles, result)
    return result


def merged_ranges(data: bytes) -> list[CellRange]:
    """The sheet's merged ranges."""
    ranges: list[CellRange] = []
    for match in _MERGE.finditer(data):
        top, bottom = parse_address(match.group(1).decode()), parse_address(match.group(2).decode())
        ranges.append(CellRange(top[0], top[1], bottom[0], bottom[1]))
    return ranges


def _marked_cells(
    data: bytes, percent_styles: set[int], formulas: bool, percent: set[tuple[int, int]]
) -> list[re.Match[bytes]]:
    """The cells holding a marker, in document order, for the per-cell rules; plainly written
    percent cells go straight into `percent`. `formulas` says whether the sheet has any."""
    cells: dict[int, re.Match[bytes]] = {}
    _add_tag_cells(data, (found.start() for found in _ERROR_MARK.finditer(data)), cells)
    if percent_styles:
        _add_tag_cells(data, _percent_markers(data, frozenset(percent_styles), percent), cells)
    if formulas:
        markers = (found.start() for found in _NO_RESULT_MARK.finditer(data))
        for marker, start in _enclosing_cells(data, markers):
            if start is None:
                continue
            cell = cells.get(start) or _CELL.match(data, start)
            if cell is not None and cell.end() > marker:
                cells[start] = cell
    return [cells[start] for start in sorted(cells)]


def _percent_markers(
    data: bytes, percent_styles: frozenset[int], percent: set[tuple[int, int]]
) -> list[int]:
    """Record the percent cells written the usual way (`<c r="B7" s="3"`, nothing else in
    between, so this `s` is the cell's style) and return the other percent markers.

    A column of percentages is a hundred thousand such cells; one `findall` reads them all.
    Each plain match holds one marker, its `s` two bytes after the row number, so equal
    counts mean no marker is left over.
    """
    marks, plain = _percent_patterns(percent_styles)
    found = plain.findall(data)
    percent.update((int(row) - 1, _column(letters)) for letters, row in found)
    if len(marks.findall(data)) == len(found):
        return []
    covered = {match.end(2) + 2 for match in plain.finditer(data)}
    return [match.start() for match in marks.finditer(data) if match.start() not in covered]


@lru_cache(maxsize=64)
def _percent_patterns(
    percent_styles: frozenset[int],
) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """`s="N"` for any percent style N (leading zeros allowed, as `int` reads them), and a
    plain cell start tag with an address and such a style."""
    numbers = b"|".join(str(index).encode() for index in sorted(percent_styles, reverse=True))
    style = rb"""s=["']0*(?:""" + numbers + rb""")["']"""
    plain = rb"""<c r=["']([A-Za-z]+)([0-9]+)["'] """ + style
    return re.compile(style), re.compile(plain)


def _add_tag_cells(data: bytes, markers: Iterable[int], cells: dict[int, re.Match[bytes]]) -> None:
    """Add the cell whose start tag holds each marker: the tag that opens at the last `<`
    before the marker (well-formed XML has no `<` inside a tag)."""
    for marker in markers:
        start = data.rfind(b"<", 0, marker)
        if start < 0 or start in cells:
            continue
        tag = _CELL_TAG.match(data, start)
        if tag is not None and not tag.group(1):
            cell = _CELL.match(data, start)
            if cell is not None:
                cells[start] = cell


def _has_cell_without_ref(data: bytes) -> bool:
    """Whether some cell start tag lacks an `r` address; a `c` that only looks like a tag
    name (in text, say) is checked against the tag it sits in."""
    for found in _CELL_WITHOUT_REF.finditer(data):
        start = data.rfind(b"<", 0, found.start())
        tag = _CELL_TAG.match(data, start) if start >= 0 else None
        if tag is not None and not tag.group(1) and tag.end() == found.end():
            return True
    return False


def _enclosing_cells(data: bytes, markers: Iterable[int]) -> Iterator[tuple[int, int | None]]:
    """For each formula marker, in document order, where the nearest cell tag before the
    formula's own tag opens, or None when that tag closes a cell or there is none.

    Walking back tag by tag usually takes one step (a formula is a cell's first child). A walk
    stops at the previous marker's tag and keeps its answer, so the tags between cells, or
    between formulas outside cells (in data validations), are walked over at most once.
    """
    floor, start = 0, None
    for marker in markers:
        own = data.rfind(b"<", floor, marker)
        if own >= 0:
            tag = _last_cell_tag(data, floor, own)
            if tag is not None:
                start = None if tag.group(1) else tag.start()
            floor = own
        yield marker, start


def _last_cell_tag(data: bytes, floor: int, end: int) -> re.Match[bytes] | None:
    """The last cell tag, opening or closing, that starts in `data[floor:end]`."""
    position = end
    while True:
        position = data.rfind(b"<", floor, position)
        if position < 0:
            return None
        tag = _CELL_TAG.match(data, position)
        if tag is not None:
            return tag


def _record_cells(
    cells: Iterable[re.Match[bytes]], percent_styles: set[int], result: ScanResult
) -> None:
    """Apply the per-cell rules; stop, marking the result incomplete, at a cell that matters
    but has no address."""
    for cell in cells:
        if not _record_cell(cell, percent_styles, result):
            result.complete = False
            return


def _record_cell(cell: re.Match[bytes], percent_styles: set[int], result: ScanResult) -> bool:
    """Record one cell's facts; False when it has some but no `r` address to place them."""
    attrs, body = cell.group(1), cell.group(2) or b""
    kind = _TYPE.search(attrs)
    type_code = kind.group(1) if kind else b"n"
    style = _STYLE.search(attrs) if percent_styles else None
    is_percent = style is not None and int(style.group(1)) in percent_styles
    has_formula = b"f" in body and _FORMULA.search(body) is not None
    if not (is_percent or type_code == b"e" or has_formula):
        return True
    ref = _REF.search(attrs)
    if ref is None:
        return False
    key = _cell_key(ref.group(1))
    value = _VALUE.search(body)
    if type_code == b"e":
        result.errors[key] = value.group(1).decode("utf-8", "replace") if value else "#ERROR"
    elif has_formula and value is None and type_code != b"str":
        result.no_result.add(key)
    if is_percent:
        result.percent.add(key)
    return True


def _cell_key(ref: bytes) -> tuple[int, int]:
    """`parse_address` for a checked `A1`-style reference, with the column part cached: a
    percent-formatted column names the same letters a hundred thousand times."""
    split = len(ref.rstrip(b"0123456789"))
    return int(ref[split:]) - 1, _column(ref[:split])


_CELL_START = re.compile(rb"<" + _NS + rb"c\b([^>]*)>")


def currency_cells(data: bytes, styles: dict[int, str]) -> dict[tuple[int, int], str]:
    """Cells whose style shows a currency (`12 000 лв.` as a number formatted `#,##0 "лв."`),
    with its code. Only a workbook that has such styles pays for the walk."""
    if not styles:
        return {}
    marks = re.compile(rb"\bs=[\"'](?:" + b"|".join(str(i).encode() for i in styles) + rb")[\"']")
    if marks.search(data) is None:
        return {}
    found: dict[tuple[int, int], str] = {}
    for tag in _CELL_START.finditer(data):
        attrs = tag.group(1)
        style, ref = _STYLE.search(attrs), _REF.search(attrs)
        if style is None or ref is None:
            continue
        currency = styles.get(int(style.group(1)))
        if currency is not None:
            found[parse_address(ref.group(1).decode())] = currency
    return found


_TINY_EXPONENT = re.compile(rb"-0*[3-9][0-9]{2}")
_TINY_VALUE = re.compile(
    rb"<(" + _NS + rb")v\b[^>]*>\s*([-+]?[0-9.]*(?:[eE][-+]?[0-9]+)?)\s*</\1v>"
)


def too_small_cells(data: bytes) -> dict[tuple[int, int], str]:
    """Number cells whose saved value is too small for a float (`1E-400`), with the value as
    written: the reader gives them as 0.0, a figure nobody wrote. Only a sheet holding such
    an exponent (or three hundred zeros) pays for the walk."""
    if not _may_underflow(data):
        return {}
    found: dict[tuple[int, int], str] = {}
    for cell in _CELL.finditer(data):
        attrs, body = cell.group(1), cell.group(2) or b""
        kind = _TYPE.search(attrs)
        value, ref = _TINY_VALUE.search(body), _REF.search(attrs)
        if (kind and kind.group(1) != b"n") or value is None or ref is None:
            continue
        text = value.group(2).decode()
        if underflows(text):
            found[parse_address(ref.group(1).decode())] = text
    return found


def _may_underflow(data: bytes) -> bool:
    """Whether the XML holds an exponent of -300 or less, or three hundred zeros: found with
    `bytes.find`, which runs at memory speed (a pattern starting with a class does not)."""
    if b"0" * 300 in data:
        return True
    for mark in (b"E-", b"e-"):
        position = data.find(mark)
        while position >= 0:
            if _TINY_EXPONENT.match(data, position + 1):
                return True
            position = data.find(mark, position + 2)
    return False


@lru_cache(maxsize=4096)
def _column(letters: bytes) -> int:
    """The zero-based column of `B` or `ab`, as `parse_address` reads it."""
    return parse_address(letters.decode() + "1")[1]
