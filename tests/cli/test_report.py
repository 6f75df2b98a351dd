"""`kpidesk report`, in-process: a PDF when there are figures, a refusal and no file when not."""

from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QApplication

from kpidesk.ui.language import apply_language
from tests.cli.conftest import Cli


@pytest.fixture(autouse=True)
def _widgets_application(qapp: QApplication) -> None:
    """The command in-process uses the test run's QApplication rather than starting a
    window-less one, which would leave later widget tests in this process without one."""


def _texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def test_writes_the_pdf_of_the_month(cli_fast: Cli, tmp_path: Path) -> None:
    cli_fast("kpi", "add", "Revenue", "--unit", "currency", "--currency", "EUR")
    cli_fast("record", "Revenue", "2026-09", "900")
    cli_fast("record", "Revenue", "2026-10", "1250")
    cli_fast("goal", "set", "Revenue", "--from", "2026-01", "--monthly", "1000")
    out = tmp_path / "october.pdf"
    result = cli_fast("report", "--month", "2026-10", str(out), "--lang", "en")
    assert str(out) in result.stdout
    texts = _texts(out)
    assert "October 2026" in texts[0]
    # 1 250 against 1 000: 125 %; year to date 900 + 1 250 = 2 150 against 10 x 1 000.
    for text in ("Revenue", "1,250 €", "1,000 €", "125 %", "2,150 €", "10,000 €", "Last year"):
        assert text in texts[1], text
    assert f"Page 2 of {len(texts)}" in texts[1]


def test_without_month_reports_the_latest_with_figures(cli_fast: Cli, tmp_path: Path) -> None:
    cli_fast("kpi", "add", "Leads", "--unit", "count")
    cli_fast("record", "Leads", "2026-03", "12")
    out = tmp_path / "latest.pdf"
    cli_fast("--lang", "en", "report", str(out))
    assert "March 2026" in _texts(out)[0]


def test_no_figures_refuses_and_writes_nothing(cli_fast: Cli, tmp_path: Path) -> None:
    cli_fast("kpi", "add", "Leads", "--unit", "count")
    out = tmp_path / "empty.pdf"
    result = cli_fast("report", "--month", "2026-10", str(out), ok=False)
    assert result.returncode == 2
    assert "no figures" in result.stderr
    assert not out.exists()


def test_a_month_before_any_figure_refuses(cli_fast: Cli, tmp_path: Path) -> None:
    cli_fast("kpi", "add", "Leads", "--unit", "count")
    cli_fast("record", "Leads", "2026-03", "12")
    out = tmp_path / "early.pdf"
    result = cli_fast("report", "--month", "2025-12", str(out), ok=False)
    assert result.returncode == 2
    assert "2026-03" in result.stderr
    assert not out.exists()


def test_a_missing_folder_refuses(cli_fast: Cli, tmp_path: Path) -> None:
    cli_fast("kpi", "add", "Leads", "--unit", "count")
    cli_fast("record", "Leads", "2026-03", "12")
    out = tmp_path / "nowhere" / "r.pdf"
    result = cli_fast("report", str(out), ok=False)
    assert result.returncode == 2
    assert "nowhere" in result.stderr
    assert not out.parent.exists()


def test_the_reports_own_lang_option(cli_fast: Cli, tmp_path: Path, qapp: QApplication) -> None:
    """`report --lang bg` writes the months and numbers in Bulgarian, the global `--lang`
    still works beside it (the report's own one wins)."""
    cli_fast("kpi", "add", "Leads", "--unit", "count")
    cli_fast("record", "Leads", "2026-10", "1234")
    out = tmp_path / "bg.pdf"
    try:
        cli_fast("--lang", "et", "report", str(out), "--lang", "bg")
    finally:
        apply_language(qapp, "en")
    texts = _texts(out)
    assert "октомври 2026" in texts[0]
    assert "1 234" in texts[1]
