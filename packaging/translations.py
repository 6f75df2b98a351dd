"""Keep the translations in step with the code: `update` and `release`.

    python packaging/translations.py update bg     # lupdate: new strings into kpidesk_bg.ts
    python packaging/translations.py release bg    # lrelease: kpidesk_bg.ts into kpidesk_bg.qm
    python packaging/translations.py update en     # English: only the plural forms of %n texts

lupdate scans every Python file under kpidesk/: the window's tr() calls, and the messages
the layers below it mark with `QT_TRANSLATE_NOOP("messages", ...)` (kpidesk/domain/messages.py).
Locations are left out of the .ts so moving code does not churn the translations. Tests call
the same functions to prove the committed .ts and .qm files are current.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "kpidesk"
TRANSLATIONS = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent
# The code's texts are English, so English needs only the plural forms: "%n change(s)" read as
# "1 change" and "2 changes" (Qt shows the source text where there is no translation).
ENGLISH = "en"


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"kpidesk_{lang}.ts"


def update(ts: Path) -> None:
    """Merge the code's current strings into `ts`, dropping strings the code no longer has."""
    options = ["-silent", "-extensions", "py", "-locations", "none", "-no-obsolete"]
    if ts.name == ts_file(ENGLISH).name:
        options.append("-pluralonly")
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *options, str(SOURCES), "-ts", str(ts)],
        check=True,
        cwd=ROOT,
    )


def release(ts: Path, qm: Path) -> None:
    """Compile `ts` into `qm`."""
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"] and len(argv) == 2:
        update(ts_file(argv[1]))
        return 0
    if argv[:1] == ["release"] and len(argv) == 2:
        ts = ts_file(argv[1])
        release(ts, ts.with_suffix(".qm"))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
