"""The monthly report as an A4 PDF: cover, scorecard, a chart per KPI, the month's notes.

Built by `write_report` off the GUI thread from the same Scorecard the dashboard reads;
`dialog` is File → Monthly report…, `kpidesk report` the command line's way in.
"""

from kpidesk.ui.report.builder import ReportCancelled, write_report

__all__ = ["ReportCancelled", "write_report"]
