"""Workbooks written by hand, part by part, whose cells reach far beyond their tables."""

import struct
import zipfile
from pathlib import Path

from tests import workbooks

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
TABLE = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>KPI</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>2025-01</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>2025-02</t></is></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Walk-ins</t></is></c>'
    '<c r="B2"><v>100</v></c><c r="C2"><v>200</v></c></row>'
)


def write_xlsx(path: Path, rows: str, dimension: str | None) -> Path:
    """One sheet, 'KPI', holding `rows` (sheetData XML) under the given `<dimension>`."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    parts = {
        "[Content_Types].xml": _TYPES,
        "_rels/.rels": f'<Relationships xmlns="{_RELS}"><Relationship Id="rId1" '
        f'Type="{_DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOC}"><sheets>'
        '<sheet name="KPI" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{_RELS}"><Relationship '
        f'Id="rId1" Type="{_DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{_MAIN}">{dim}'
        f"<sheetData>{rows}</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + text)
    return path


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods_cell(value: str, kind: str = "string") -> str:
    if kind == "string":
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    return (
        f'<table:table-cell office:value-type="{kind}" office:value="{value}">'
        f"<text:p>{value}</text:p></table:table-cell>"
    )


ODS_TABLE = (
    f"<table:table-row>{_ods_cell('KPI')}{_ods_cell('2025-01')}{_ods_cell('2025-02')}"
    "</table:table-row>"
    f"<table:table-row>{_ods_cell('Walk-ins')}{_ods_cell('100', 'float')}"
    f"{_ods_cell('200', 'float')}</table:table-row>"
)


def repeated_block(cell: str) -> str:
    """A cell repeated over every column of every remaining row of the sheet."""
    return (
        '<table:table-row table:number-rows-repeated="1048574">'
        + cell.replace(
            "<table:table-cell", '<table:table-cell table:number-columns-repeated="16384"', 1
        )
        + "</table:table-row>"
    )


def write_ods(path: Path, rows: str) -> Path:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} '
        'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="KPI">'
        f"{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    return workbooks.write_ods(path, content)


def set_compression_method(path: Path, member: str, method: int) -> None:
    """Write an unknown compression method into a member's local and central headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(member).header_offset
    data[offset + 8 : offset + 10] = struct.pack("<H", method)
    entry = data.find(b"PK\x01\x02")
    while entry != -1:
        size = struct.unpack("<H", data[entry + 28 : entry + 30])[0]
        if data[entry + 46 : entry + 46 + size] == member.encode():
            data[entry + 10 : entry + 12] = struct.pack("<H", method)
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))
