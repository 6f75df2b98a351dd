"""The dashboard's columns share the width: names capped on a wide table, then elided,
the sparkline narrowed, and the optional columns set aside only on a narrow one."""

from kpidesk.ui.dashboard.column_fit import fit_to_width
from kpidesk.ui.dashboard.model import (
    COL_CHANGE,
    COL_FORECAST,
    COL_KPI,
    COL_LAST_YEAR,
    COL_SPARK,
    COL_TREND,
    COL_YTD_TARGET,
)

# status, KPI, value, target, attained, trend, sparkline, YTD, YTD target, forecast, needed
NATURAL = dict(enumerate([80, 500, 60, 60, 90, 80, 70, 80, 90, 70, 60]))
# every column but the name and the sparkline: 80+60+60+90+80+80+90+70+60 = 670;
# the sparkline's header needs 70, so it is 130 wide, 80 when narrowed


def test_a_wide_table_caps_the_name_and_shares_the_rest():
    fit = fit_to_width(NATURAL, 1800)
    assert fit.hidden == frozenset()
    assert fit.widths[COL_KPI] == 360
    # 1800 - 360 - 670 - 130 = 640 spare: the sparkline grows to 240 (110 of it), and the
    # other 530 go to the nine figure columns: 58 each, the last one 8 more
    assert fit.widths[COL_SPARK] == 240
    assert fit.widths[0] == 80 + 58
    assert fit.widths[10] == 60 + 58 + 8
    assert sum(fit.widths.values()) == 1800


def test_a_middling_table_gives_its_spare_width_to_the_sparkline_first():
    # 1240 - 360 - 670 - 130 = 80 spare: all of it to the sparkline
    fit = fit_to_width(NATURAL, 1240)
    assert fit.widths[COL_SPARK] == 210
    assert fit.widths[0] == 80


def test_a_narrower_table_elides_the_names_first():
    fit = fit_to_width(NATURAL, 1000)
    assert fit.hidden == frozenset()
    assert fit.widths[COL_KPI] == 1000 - 670 - 130
    assert fit.widths[COL_SPARK] == 130


def test_then_the_sparkline_narrows_then_the_ytd_target_then_the_trend_go():
    # 670 + 80 + 120 = 870 fits with a narrow sparkline
    fit = fit_to_width(NATURAL, 880)
    assert (fit.hidden, fit.widths[COL_SPARK], fit.widths[COL_KPI]) == (frozenset(), 80, 130)
    # 870 - 90 = 780 fits without the YTD target
    fit = fit_to_width(NATURAL, 800)
    assert fit.hidden == {COL_YTD_TARGET}
    assert fit.widths[COL_KPI] == 800 - 580 - 80
    # 780 - 80 = 700 fits without the trend as well
    fit = fit_to_width(NATURAL, 720)
    assert fit.hidden == {COL_YTD_TARGET, COL_TREND}
    assert sum(fit.widths.values()) == 720


def test_the_sparkline_is_never_narrower_than_its_header():
    fit = fit_to_width({**NATURAL, COL_SPARK: 95}, 880)
    assert fit.widths[COL_SPARK] == 95


def test_last_years_figure_then_the_forecast_step_aside_after_the_trend():
    # with last year (70) and the change (80): 670 + 150 = 820, + 80 + 120 = 1020 at the least
    natural = NATURAL | {COL_LAST_YEAR: 70, COL_CHANGE: 80}
    # 1020 - 90 - 80 - 70 = 780 fits 800 without the YTD target, the trend and last year
    assert fit_to_width(natural, 800).hidden == {COL_YTD_TARGET, COL_TREND, COL_LAST_YEAR}
    # 780 - 70 = 710 fits 720 without the forecast as well
    fit = fit_to_width(natural, 720)
    assert fit.hidden == {COL_YTD_TARGET, COL_TREND, COL_LAST_YEAR, COL_FORECAST}
    assert sum(fit.widths.values()) == 720
