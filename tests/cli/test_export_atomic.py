"""A failed export never destroys the previous good file, and leaves no passing file."""

from pathlib import Path
from typing import TextIO

import pytest

from kpidesk.cli import main


@pytest.fixture
def shop(tmp_path: Path, capsys) -> str:
    db = str(tmp_path / "shop.kpidesk")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    return db


def half_written_xlsx(_scorecard, path: Path, *_history) -> int:
    path.write_bytes(b"PK\x03\x04 half a workbook")
    raise OSError(28, "No space left on device")


def half_written_csv(_scorecard, stream: TextIO) -> int:
    stream.write("kpi,month,value,target\nRevenue,2025-01,")
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize(
    ("suffix", "module", "writer"),
    [
        (".xlsx", "kpidesk.io.export_xlsx.write_xlsx", half_written_xlsx),
        (".csv", "kpidesk.io.export_csv.write_csv", half_written_csv),
    ],
)
def test_a_failed_export_leaves_the_previous_file_as_it_was(
    shop: str, tmp_path: Path, capsys, monkeypatch, suffix: str, module: str, writer
) -> None:
    out = tmp_path / "reports" / f"kpis{suffix}"
    out.parent.mkdir()
    assert main(["--db", shop, "export", str(out)]) == 0
    good = out.read_bytes()
    assert len(good) > 1000
    capsys.readouterr()

    monkeypatch.setattr(module, writer)
    assert main(["--db", shop, "export", str(out)]) == 2
    err = capsys.readouterr().err
    assert "No space left on device" in err and len(err.strip().splitlines()) == 1
    assert out.read_bytes() == good
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


def test_an_export_replaces_the_previous_file_when_complete(
    shop: str, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "kpis.csv"
    out.write_text("an older export\n")
    assert main(["--db", shop, "export", str(out)]) == 0
    assert out.read_text().startswith("kpi,segment,month,value,target\n")  # the demo has segments
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kpis.csv", "shop.kpidesk"]
