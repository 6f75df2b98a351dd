"""The leaderboard view: segments ranked on one KPI, the segments × KPIs scorecard, and each
segment's own page; every number from `domain/leaderboard.py` and `domain/segment_page.py`."""
