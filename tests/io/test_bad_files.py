"""Files that cannot be imported each get their own clear, typed refusal."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from kpidesk.io.errors import (
    EmptyFileError,
    EncryptedWorkbookError,
    LegacyXlsError,
    TruncatedFileError,
    UnsafeFileError,
    WrongFormatError,
)
from kpidesk.io.importer import plan_import
from kpidesk.io.readers import ReadLimits, read_workbook
from kpidesk.io.readers.safety import parse_xml

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
BOMB_DTD = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    with pytest.raises(EmptyFileError, match=r"empty\.xlsx: the file is empty"):
        plan_import(path)


def test_encrypted_workbook(tmp_path):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64)
    with pytest.raises(EncryptedWorkbookError, match="password"):
        plan_import(path)


def test_old_xls(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(OLE + b"\x00" * 512 + "Workbook".encode("utf-16-le"))
    with pytest.raises(LegacyXlsError, match="97-2003"):
        plan_import(path)


def test_csv_renamed_xlsx(tmp_path):
    path = tmp_path / "data.xlsx"
    path.write_text("KPI;2025-01\nRevenue;100\n", encoding="utf-8")
    with pytest.raises(WrongFormatError, match="plain text"):
        plan_import(path)


def test_truncated_workbook(make_xlsx):
    path = make_xlsx({"S": [["KPI", "2025-01"], ["Revenue", 1]] * 50})
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(TruncatedFileError, match="damaged or incomplete"):
        plan_import(path)


def _xlsx_with_part(template: Path, part: str, content: bytes, out: Path) -> Path:
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = content if info.filename == part else source.read(info.filename)
            target.writestr(info.filename, data, zipfile.ZIP_DEFLATED)
    return out


def test_entity_expansion_is_refused(make_xlsx, tmp_path):
    template = make_xlsx({"S": [["KPI", "2025-01"], ["Revenue", 1]]})
    sheet = zipfile.ZipFile(template).read("xl/worksheets/sheet1.xml")
    bomb = BOMB_DTD + sheet.split(b"?>", 1)[-1].replace(b"Revenue", b"&lol3;")
    path = _xlsx_with_part(template, "xl/worksheets/sheet1.xml", bomb, tmp_path / "bomb.xlsx")
    with pytest.raises(UnsafeFileError, match="XML entities"):
        read_workbook(path)


def test_defusedxml_refuses_entities_in_parts_we_parse():
    with pytest.raises(UnsafeFileError, match="XML entities"):
        parse_xml(BOMB_DTD + b"<workbook>&lol3;</workbook>", Path("x.xlsx"), "xl/workbook.xml")


def _zip_bomb(path: Path, size: int, lie: bool) -> Path:
    """A workbook whose sheet inflates to `size` bytes of zeros; `lie` makes its directory
    claim a tiny size."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"0" * (1 << 20)
    stream = b"".join(compressor.compress(chunk) for _ in range(size >> 20)) + compressor.flush()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, b"x")
    data = bytearray(buffer.getvalue())
    local = data.index(b"PK\x03\x04", 10)
    name_len = int.from_bytes(data[local + 26 : local + 28], "little")
    start = local + 30 + name_len
    old_len = int.from_bytes(data[local + 18 : local + 22], "little")
    claimed = 10 if lie else size
    rest = bytes(data[start + old_len :])
    header = bytearray(data[local:start])
    header[18:22] = len(stream).to_bytes(4, "little")
    header[22:26] = claimed.to_bytes(4, "little")
    central = rest.index(b"PK\x01\x02", rest.index(b"PK\x01\x02") + 1)
    rest = bytearray(rest)
    rest[central + 20 : central + 24] = len(stream).to_bytes(4, "little")
    rest[central + 24 : central + 28] = claimed.to_bytes(4, "little")
    offset = int.from_bytes(rest[-6:-2], "little") + len(stream) - old_len
    rest[-6:-2] = offset.to_bytes(4, "little")
    path.write_bytes(bytes(data[:local]) + bytes(header) + stream + bytes(rest))
    return path


@pytest.mark.parametrize("lie", [False, True])
def test_zip_bomb_refused_quickly_in_small_memory(tmp_path, lie):
    path = _zip_bomb(tmp_path / "bomb.xlsx", 256 << 20, lie)
    assert path.stat().st_size < 1 << 20
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises((UnsafeFileError, TruncatedFileError)):
        read_workbook(path, limits=ReadLimits(max_inflated_bytes=32 << 20))
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 2.0
    assert peak < 16 << 20


def test_zip_that_is_no_workbook(tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "hello")
    with pytest.raises(WrongFormatError, match="not an xlsx"):
        plan_import(path)
