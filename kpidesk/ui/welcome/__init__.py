"""What the window shows on opening: the empty-workspace start and the month-end reminder."""
