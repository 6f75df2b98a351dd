"""The scale-shift rule on its own: what counts as a far move, and what cannot."""

from kpidesk.domain.scale_shift import LikelyCause, scale_shifts


def test_three_far_moves_of_three_overwrites_are_enough_and_two_are_not() -> None:
    three = [("Leads", 40.0, 40_000.0), ("Leads", 50.0, 50_000.0), ("Leads", 45.0, 45_000.0)]
    [shift] = scale_shifts(three)
    assert (shift.kpi, shift.shifted, shift.overwritten, shift.factor) == ("Leads", 3, 3, 1000.0)
    assert shift.cause is LikelyCause.THOUSANDS
    assert scale_shifts(three[:2]) == []


def test_a_zero_stored_figure_or_a_change_of_sign_is_no_factor() -> None:
    """0 → 5 has no ratio and 100 → −300 does not scale the figure; with them the two far
    moves are neither three nor two thirds of the five overwrites."""
    overwrites = [
        ("Profit", 0.0, 5.0),
        ("Profit", 100.0, -300.0),
        ("Profit", 0.0, 7.0),
        ("Profit", 100.0, 300.0),
        ("Profit", 100.0, 310.0),
    ]
    assert scale_shifts(overwrites) == []


def test_a_factor_near_no_known_one_has_no_named_cause() -> None:
    [shift] = scale_shifts([("Visits", 10.0, 30.0)] * 4)
    assert (shift.factor, shift.cause) == (3.0, LikelyCause.UNKNOWN)
    assert shift.factor_decimals == 0
