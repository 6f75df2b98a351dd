"""`kpidesk import` on workbooks built in code, run in-process through `kpidesk.cli.main`."""

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl.styles import numbers

from kpidesk.cli import main
from tests.workbooks import Styled, merged, write_text, write_xlsx


@pytest.fixture
def run(tmp_path: Path, capsys):
    db = str(tmp_path / "import.kpidesk")

    def call(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def export_rows(run) -> str:
    code, out, _ = run("export", "-")
    assert code == 0
    return out


def owners_wide_workbook(path: Path) -> Path:
    """A title, the year once above month names, a totals column, a percent row, bad cells."""
    percent = numbers.FORMAT_PERCENTAGE_00
    rows = [
        ["Kalamaja kohvik — näitajad"],
        [],
        [None, 2025],
        ["KPI", "Jan", "Feb", "Mar", "Total"],
        ["Revenue", 1200.5, 1300, 1250, "=SUM(B5:D5)"],
        ["Churn", *(Styled(v, percent) for v in (0.125, 0.1, 0.08)), "=SUM(B6:D6)"],
        ["Orders", 40, "#DIV/0!", "12abc", "=SUM(B7:D7)"],
    ]
    return write_xlsx(path, {"Продажби": rows}, setup=merged("B3:D3"))


def test_owners_workbook_with_new_kpis_and_bad_cells(run, tmp_path: Path) -> None:
    path = owners_wide_workbook(tmp_path / "kpi.xlsx")
    code, out, _ = run("import", str(path), "--create-kpis", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["layout"] == "wide"
    assert report["kpis_created"] == 3
    assert report["values_imported"] == 7
    assert report["values_skipped"] == 2
    bad = {(e["sheet"], e["cell"]) for e in report["errors"]}
    assert bad == {("Продажби", "C7"), ("Продажби", "D7")}
    _, listing, _ = run("kpi", "list", "--json")
    units = {k["name"]: k["unit"] for k in json.loads(listing)}
    assert units["Churn"] == "percent"
    rows = export_rows(run)
    assert "Churn,2025-01,12.5," in rows
    assert "Revenue,2025-01,1200.5," in rows
    assert "Orders,2025-02" not in rows


def test_unknown_kpi_refuses_the_whole_import(run, tmp_path: Path) -> None:
    run("kpi", "add", "Revenue", "--unit", "currency")
    path = owners_wide_workbook(tmp_path / "kpi.xlsx")
    before = export_rows(run)
    code, _, err = run("import", str(path))
    assert code == 2
    assert "'Churn' is not a KPI" in err and "kpi.xlsx" in err
    assert export_rows(run) == before


def test_strict_turns_a_bad_cell_into_a_refusal(run, tmp_path: Path) -> None:
    path = owners_wide_workbook(tmp_path / "kpi.xlsx")
    code, _, err = run("import", str(path), "--create-kpis", "--strict")
    assert code == 2 and "C7" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kpi.xlsx"]


def test_several_sheets_need_a_choice(run, tmp_path: Path) -> None:
    sheets = {
        str(year): [["KPI", date(year, 1, 1), date(year, 2, 1)], ["Revenue", 10, 20]]
        for year in (2024, 2025)
    }
    path = write_xlsx(tmp_path / "two.xlsx", sheets)
    run("kpi", "add", "Revenue", "--unit", "currency")
    code, _, err = run("import", str(path))
    assert code == 2 and "'2024'" in err and "'2025'" in err
    code, out, _ = run("import", str(path), "--sheet", "2025", "--json")
    assert code == 0 and json.loads(out)["values_imported"] == 2
    assert "Revenue,2025-02,20," in export_rows(run)


def test_undecidable_decimal_mark_is_refused_not_guessed(run, tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "mark.csv", "kpi;month;value\nVisits;2025-01;3.000\nVisits;2025-02;4.000\n"
    )
    run("kpi", "add", "Visits", "--unit", "count")
    code, _, err = run("import", str(path))
    assert code == 2 and "3.000" in err
    code, _, _ = run("import", str(path), "--decimal-mark", ",")
    assert code == 0
    assert "Visits,2025-01,3000," in export_rows(run)


def test_the_same_kpi_and_month_twice_names_both_cells(run, tmp_path: Path) -> None:
    path = write_text(tmp_path / "dup.csv", "kpi,month,value\nVisits,2025-01,3\nVisits,2025-01,4\n")
    run("kpi", "add", "Visits", "--unit", "count")
    code, _, err = run("import", str(path))
    assert code == 2 and "C2" in err and "C3" in err


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.xlsx", b"", "empty"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".xls"),
        ("renamed.xlsx", b"kpi,month,value\nA,2025-01,1\n", "CSV"),
    ],
)
def test_unreadable_files_get_their_own_message(run, tmp_path: Path, name, content, says) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = run("import", str(path))
    assert code == 2 and name in err and says.lower() in err.lower()
    assert "Traceback" not in err


def test_importing_the_same_file_twice_changes_nothing(run, tmp_path: Path) -> None:
    path = owners_wide_workbook(tmp_path / "kpi.xlsx")
    run("import", str(path), "--create-kpis")
    first = export_rows(run)
    code, out, _ = run("import", str(path), "--json")
    assert code == 0 and json.loads(out)["values_imported"] == 0
    assert export_rows(run) == first


def test_conflicts_overwrite_skip_or_fail(run, tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "figures.csv", "kpi,month,value\nVisits,2025-01,30\nVisits,2025-02,40\n"
    )
    run("kpi", "add", "Visits", "--unit", "count")
    run("record", "Visits", "2025-01", "10")
    code, _, err = run("import", str(path), "--on-conflict", "fail")
    assert code == 2 and "2025-01" in err
    code, out, _ = run("import", str(path), "--on-conflict", "skip", "--json")
    assert json.loads(out)["values_imported"] == 1 and json.loads(out)["values_skipped"] == 1
    assert "Visits,2025-01,10," in export_rows(run)
    run("import", str(path))
    assert "Visits,2025-01,30," in export_rows(run)


def test_dry_run_writes_nothing(run, tmp_path: Path) -> None:
    path = owners_wide_workbook(tmp_path / "kpi.xlsx")
    code, out, _ = run("import", str(path), "--create-kpis", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["values_imported"] == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kpi.xlsx"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_gives_back_values_and_targets(tmp_path: Path, capsys, suffix) -> None:
    source, copy = str(tmp_path / "source.kpidesk"), str(tmp_path / "copy.kpidesk")
    assert main(["--db", source, "demo"]) == 0
    exported = tmp_path / f"export{suffix}"
    assert main(["--db", source, "export", str(exported)]) == 0
    if suffix == ".csv":
        _same_segments(source, copy, capsys)
    assert main(["--db", copy, "import", str(exported), "--create-kpis"]) == 0
    capsys.readouterr()
    main(["--db", source, "export", "-"])
    original = capsys.readouterr().out
    main(["--db", copy, "export", "-"])
    again = capsys.readouterr().out
    if suffix == ".csv":  # the tracked KPIs were added first, so they are listed first
        again, original = (
            "".join(sorted(again.splitlines(True))),
            "".join(sorted(original.splitlines(True))),
        )
    assert again == original


def _same_segments(source: str, copy: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """Give `copy` the segments and tracked KPIs of `source`: a CSV names a figure's segment
    but not the set it belongs to, so a CSV of a workspace with segments goes into one that
    has them (the demo's tracked KPIs are catalog KPIs)."""
    capsys.readouterr()
    main(["--db", source, "segment", "list", "--json"])
    for segment_set in json.loads(capsys.readouterr().out):
        for segment in segment_set["segments"]:
            assert (
                main(["--db", copy, "segment", "add", segment["name"], "--set", segment_set["set"]])
                == 0
            )
    capsys.readouterr()
    main(["--db", source, "kpi", "list", "--json"])
    for kpi in json.loads(capsys.readouterr().out):
        if kpi["segment_set"]:
            assert main(["--db", copy, "kpi", "add", "--catalog", kpi["catalog_key"]]) == 0
            assert main(["--db", copy, "kpi", "edit", kpi["name"], "--by", kpi["segment_set"]]) == 0
    capsys.readouterr()


def test_created_kpis_take_what_the_catalog_knows(run, tmp_path: Path) -> None:
    path = write_text(
        tmp_path / "glossary.csv",
        "kpi,month,value\n"
        "Klientide rahulolu skoor,2025-01,4.4\nKlientide rahulolu skoor,2025-02,4.6\n"
        "Average wait time,2025-01,40\nОтлив на клиенти,2025-01,5\n",
        encoding="utf-8",
    )
    code, _, _ = run("import", str(path), "--create-kpis")
    assert code == 0
    _, listing, _ = run("kpi", "list", "--json")
    kpis = {k["name"]: k for k in json.loads(listing)}
    csat = kpis["Klientide rahulolu skoor"]
    assert (csat["unit"], csat["aggregation"], csat["catalog_key"]) == ("score", "mean", "csat")
    assert kpis["Average wait time"]["direction"] == "lower"
    churn = kpis["Отлив на клиенти"]
    assert churn["direction"] == "lower" and churn["formula"] is None
    _, status, _ = run("status", "--month", "2025-02", "--json")
    csat_status = next(r for r in json.loads(status) if r["kpi"] == "Klientide rahulolu skoor")
    assert csat_status["ytd_value"] == pytest.approx(4.5)


def test_a_delimiter_of_more_than_one_character_is_refused_in_one_line(tmp_path, capsys):
    path = write_text(tmp_path / "t.csv", "KPI;Jan 2025\nOrders;5\n")
    with pytest.raises(SystemExit) as ended:
        main(["--db", str(tmp_path / "w.kpidesk"), "import", str(path), "--delimiter", ";;"])
    assert ended.value.code == 2
    assert "a delimiter is one character or 'tab'" in capsys.readouterr().err


def test_tab_can_be_named_as_the_delimiter(tmp_path, capsys):
    path = write_text(tmp_path / "t.csv", "KPI\tJan 2025\nOrders\t5\n")
    db = str(tmp_path / "w.kpidesk")
    code = main(["--db", db, "import", str(path), "--delimiter", "tab", "--create-kpis"])
    assert code == 0 and "Imported 1 figures" in capsys.readouterr().out


def test_a_folder_is_named_as_one(tmp_path, capsys):
    folder = tmp_path / "figures.xlsx"
    folder.mkdir()
    assert main(["--db", str(tmp_path / "w.kpidesk"), "import", str(folder)]) == 2
    assert "figures.xlsx: is a folder, not a file" in capsys.readouterr().err
