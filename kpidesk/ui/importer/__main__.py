"""Run the Import view alone against a workspace, to look at it while building it.

`python -m kpidesk.ui.importer --db demo.kpidesk owner.xlsx`
"""

from __future__ import annotations

import sys
from pathlib import Path

from kpidesk.ui.charts.preview import preview_arguments, run_preview
from kpidesk.ui.importer.view import ImportView
from kpidesk.ui.state import AppState


def main(argv: list[str] | None = None) -> int:
    parser = preview_arguments()
    parser.description = "Preview the kpidesk Import view."
    parser.add_argument("file", nargs="?", help="a spreadsheet to open at once")
    args = parser.parse_args(argv)

    def build(state: AppState) -> ImportView:
        view = ImportView(state)
        if args.file:
            view.open_file(Path(args.file))
        return view

    return run_preview(args, build)


if __name__ == "__main__":
    sys.exit(main())
