"""`kpi add` without --decimals or --tolerance takes the domain's defaults, and its formula
check compares names as everywhere else."""


def test_kpi_add_takes_the_default_decimals_and_tolerance(cli_fast) -> None:
    cli = cli_fast
    cli("kpi", "add", "Revenue", "--unit", "currency")
    cli("kpi", "add", "Conversion", "--unit", "percent")
    cli("kpi", "add", "Orders", "--unit", "count")
    cli("kpi", "add", "Wait", "--unit", "duration")
    cli("kpi", "add", "Basket", "--unit", "number")
    kpis = {k["name"]: k for k in cli.json("kpi", "list", "--json")}
    decimals = {name: kpi["decimals"] for name, kpi in kpis.items()}
    assert decimals == {"Revenue": 0, "Conversion": 1, "Orders": 0, "Wait": 1, "Basket": 2}
    assert {kpi["tolerance"] for kpi in kpis.values()} == {10}


def test_a_formula_naming_its_own_kpi_in_another_spacing_is_refused(cli_fast) -> None:
    """It used to pass the check (compared by case only) and then fail as a missing part;
    now it is named for what it is."""
    cli = cli_fast
    cli("kpi", "add", "Profit", "--unit", "currency")
    result = cli(
        "kpi",
        "add",
        "Profit margin",
        "--unit",
        "percent",
        "--formula",
        "[profit\u00a0margin] / [Profit]",
        ok=False,
    )
    assert result.returncode == 2
    assert "cannot use the KPI itself" in result.stderr
