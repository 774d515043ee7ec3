"""The app's translations: ``.ts`` from the code (lupdate), ``.qm`` from the ``.ts`` (lrelease).

    python scripts/translations.py update    # after changing user-visible text: refresh the .ts
    python scripts/translations.py compile   # .qm for every .ts newer than it (make does this)

Both tools ship in the PySide6-Essentials wheel. The ``.ts`` files are the
sources and live in git; the ``.qm`` files are built from them (by ``make``
before run, test, screenshots and bench, and by ``packaging/build.py``) and
never committed. The Dutch and German files hold every text; English holds
only the plural forms ("%n lead(s)" → "1 lead" / "3 leads").

Locations are left out of the ``.ts`` and messages are sorted, so a moved
line changes nothing and two branches adding text rarely touch the same lines.
lupdate's "extracomments" are dropped too: it takes any ``#:`` comment near
a ``tr()`` for a note to the translator, and this code's ``#:`` comments
document constants — stale notes that changed whenever a comment did.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "octanist_desktop"
TRANSLATIONS = PACKAGE / "translations"
#: Every language the app speaks, and whether its file holds all text or only plurals.
LANGUAGES = {"nl": False, "de": False, "en": True}
# The same options every time, so a run on an up-to-date tree changes nothing.
LUPDATE_OPTIONS = ("-extensions", "py", "-locations", "none", "-no-obsolete", "-sort-messages")
_EXTRACOMMENT = re.compile(r"^[ \t]*<extracomment>.*?</extracomment>\n", re.MULTILINE | re.DOTALL)


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    """``octanist_<language>.ts`` in ``folder``."""
    return folder / f"octanist_{language}.ts"


def tool(name: str) -> Path:
    """lupdate or lrelease as shipped in the PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return candidate
    raise SystemExit(f"{name} is not in this PySide6 ({folder}); reinstall PySide6-Essentials")


def update(folder: Path = TRANSLATIONS, *, quiet: bool = False) -> None:
    """Bring each language's .ts in ``folder`` up to date with the code (new text: unfinished)."""
    folder.mkdir(parents=True, exist_ok=True)
    for language, plurals_only in LANGUAGES.items():
        command = [str(tool("lupdate")), *LUPDATE_OPTIONS, str(PACKAGE)]
        if plurals_only:
            command.append("-pluralonly")
        command += ["-target-language", language, "-ts", str(ts_file(language, folder))]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL if quiet else None, cwd=ROOT)
        target = ts_file(language, folder)
        text = target.read_text(encoding="utf-8")
        target.write_text(_EXTRACOMMENT.sub("", text), encoding="utf-8")


def compile_all(folder: Path = TRANSLATIONS, *, force: bool = False) -> list[Path]:
    """Compile each .ts in ``folder`` whose .qm is missing or older; returns the .qm files made."""
    made = []
    for language in LANGUAGES:
        source = ts_file(language, folder)
        target = source.with_suffix(".qm")
        if not source.exists():
            continue
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run(
            [str(tool("lrelease")), "-silent", str(source), "-qm", str(target)], check=True
        )
        made.append(target)
    return made


def main(argv: list[str] | None = None) -> int:
    """``update`` or ``compile``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "compile"))
    parser.add_argument("--force", action="store_true", help="compile even when up to date")
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
    else:
        compile_all(force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
