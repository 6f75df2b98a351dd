"""Which parts of a formula a KPI cannot be computed from: one check, one way of comparing
names, for the command line and the KPI editor."""

from kpidesk.domain.formula import Formula, PartProblem, part_problems


def test_a_part_naming_the_kpi_itself_in_any_spelling_is_refused() -> None:
    formula = Formula.parse("[profit\u00a0 MARGIN] * 100")
    assert part_problems(formula, " Profit margin", ["Revenue"]) == [
        ("profit\u00a0 MARGIN", PartProblem.ITSELF)
    ]


def test_a_part_no_kpi_answers_to_is_unknown_and_known_ones_pass() -> None:
    formula = Formula.parse("[ profit ] / [Revenue] - [Costs]")
    known = ["PROFIT", "revenue", "Sales"]
    assert part_problems(formula, "Margin", known) == [("Costs", PartProblem.UNKNOWN)]


def test_an_alias_among_the_known_names_is_a_known_part() -> None:
    formula = Formula.parse("[Приходи] / 2")
    assert part_problems(formula, "Half", ["Revenue", "приходи"]) == []
