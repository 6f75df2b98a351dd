"""Differences on the leaderboard and the segment page: a count's in its unit, a percent
KPI's in percentage points (4.0 % against an average of 3.6 % is 0.4 points better)."""

from kpidesk.domain.kpi import KpiDefinition, Unit
from kpidesk.ui.leaderboard.texts import signed_value

ENGAGEMENT = KpiDefinition("Engagement", Unit.PERCENT, decimals=1)
SPEND = KpiDefinition("Spend", Unit.CURRENCY, currency="EUR", decimals=0)


def test_a_percent_kpis_difference_is_in_points(qtbot):
    assert signed_value(ENGAGEMENT, 4.0 - 3.6) == "+0.4\u00a0pp"
    assert signed_value(ENGAGEMENT, -0.2) == "\u22120.2\u00a0pp"
    assert signed_value(ENGAGEMENT, 0.0) == "±0.0\u00a0pp"


def test_a_money_kpis_difference_is_in_its_currency(qtbot):
    assert signed_value(SPEND, 200) == "+200\u00a0€"
    assert signed_value(SPEND, None) == ""
