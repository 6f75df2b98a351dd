"""Backups in the window: File → Back up…, File → Restore…, a copy when the window closes,
and offering the latest good backup of a workspace that is damaged."""
