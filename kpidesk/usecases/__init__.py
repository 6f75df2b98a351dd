"""Actions that combine io and the store for both the command line and the window (no Qt)."""
