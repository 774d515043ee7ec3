"""The frozen app's Babel hook names every module its CLDR files need when unpickled.

Babel's locale files are pickles of babel.dates, babel.numbers and
babel.plural objects; PyInstaller sees no import of those, so the hook must
list them, or the frozen app's country lookup dies with ModuleNotFoundError
(the first ``make package`` with the smoke test's --self-test found exactly that).
"""

from __future__ import annotations

import ast
import pickle
from pathlib import Path
from typing import Any

import babel

ROOT = Path(__file__).resolve().parent.parent
HOOK = ROOT / "packaging" / "hooks" / "hook-babel.py"


def _hook_value(name: str) -> Any:
    tree = ast.parse(HOOK.read_text(encoding="utf-8"))
    return next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == name
    )


class _RecordingUnpickler(pickle.Unpickler):
    def __init__(self, file: Any) -> None:
        super().__init__(file)
        self.modules: set[str] = set()

    def find_class(self, module: str, name: str) -> Any:
        self.modules.add(module)
        return super().find_class(module, name)


def test_every_module_the_shipped_locale_files_unpickle_is_a_hidden_import() -> None:
    data = Path(babel.__file__).parent
    shipped = ["global.dat"] + [
        f"locale-data/{name}.dat" for name in (*_hook_value("NAME_LANGUAGES"), "root", "no")
    ]
    needed: set[str] = set()
    for name in shipped:
        with (data / name).open("rb") as file:
            unpickler = _RecordingUnpickler(file)
            unpickler.load()
        needed |= {m for m in unpickler.modules if m.startswith("babel")}

    assert "babel.dates" in needed  # the reading works
    needed.discard("babel.localedata")  # the module that unpickles: imported wherever Babel is
    assert needed - set(_hook_value("hiddenimports")) == set()
