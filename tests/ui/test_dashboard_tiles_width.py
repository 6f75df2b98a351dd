"""Pinned tiles share the row: as many side by side as fit at 190 px, up to 300 px each."""

from kpidesk.ui.dashboard.tiles import tile_width


def test_four_tiles_fit_one_row_of_a_small_screen():
    # 868 px, 6 px apart: (868 + 6) // 196 = 4 side by side, (868 - 18) // 4 = 212 each
    assert tile_width(868, 4, 6) == 212


def test_tiles_stop_growing_on_a_wide_screen():
    # 1790 px for four: 443 each would be slivers of text in a wide box; 300 at most
    assert tile_width(1790, 4, 6) == 300


def test_a_fifth_tile_wraps_when_the_row_is_full():
    # 868 px: still four side by side (212 each), the fifth on a second row
    assert tile_width(868, 5, 6) == 212


def test_a_narrow_row_keeps_the_least_width():
    # 300 px: one side by side, 300 wide; 150 px: never under 190
    assert tile_width(300, 3, 6) == 300
    assert tile_width(150, 3, 6) == 190
