"""The Import view: open or drop a spreadsheet, correct what was found, preview, import, undo.

The main window embeds `ImportView`; `python -m kpidesk.ui.importer --db FILE [FILE.xlsx]`
runs it alone.
"""

from kpidesk.ui.importer.view import ImportView

__all__ = ["ImportView"]
