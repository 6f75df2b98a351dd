"""kpidesk: a desktop app for tracking a small business's KPIs month by month."""

__version__ = "0.1.0"
