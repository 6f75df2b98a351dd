"""`kpidesk backup OUT.kpidesk` on a file and on a server: the copy opens with `--db` and
shows the same status and a byte-identical export; a refused backup writes no file."""

from pathlib import Path

import pytest

from tests.cli.conftest import Cli


@pytest.fixture(params=["sqlite", "postgresql"])
def shop(request: pytest.FixtureRequest, tmp_path: Path) -> Cli:
    """The demo business with one more figure, in a file or on the test server."""
    location = (
        tmp_path / "shop.kpidesk"
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    cli = Cli(location, in_process=False)
    cli("demo")
    cli("record", "Profit", "2026-01", "12345.5", "--note", "after the sale")
    return cli


def test_a_backup_shows_the_same_status_and_export(shop: Cli, tmp_path: Path) -> None:
    out = tmp_path / "backups" / "shop-copy.kpidesk"
    result = shop("backup", str(out))
    assert result.stdout.startswith("Backed up ")
    assert result.stdout.rstrip().endswith(f"to {out}.")
    copy = Cli(out, in_process=False)
    assert copy("status", "--json").stdout == shop("status", "--json").stdout
    assert copy("export", "-").stdout == shop("export", "-").stdout
    assert "12345.5" in copy("export", "-").stdout
    assert sorted(p.name for p in out.parent.iterdir()) == ["shop-copy.kpidesk"]


def test_a_backup_over_another_kind_of_file_is_refused(shop: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "figures.csv"
    sheet.write_text("KPI,2026-01\nRevenue,5\n")
    result = shop("backup", str(sheet), ok=False)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "is not a kpidesk workspace" in result.stderr
    assert sheet.read_text() == "KPI,2026-01\nRevenue,5\n"
