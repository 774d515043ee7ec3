"""PySide6 no longer reads the source of every module the app imports, and nothing else changes.

Each check runs in a fresh interpreter: the point is what happens at import.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.fresh_python import run_script

SCAN = """
import json, linecache, sys
from PySide6.QtWidgets import QApplication
import octanist_desktop.app
from octanist_desktop import pyside_scan
ours = sorted(f for f in linecache.cache if "octanist_desktop" in f and "__init__" not in f)
print(json.dumps({"read": ours, "skipped": pyside_scan.skipped("octanist_desktop.app")}))
"""

# A module that does use a PySide feature still gets it: PySide's own import
# hook overwrites the "ignore" mark when it sees ``from __feature__ import``.
FEATURE_USER = """
from __feature__ import snake_case
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication.instance() or QApplication([])
widget = QWidget()
widget.set_window_title("snake")
TITLE = widget.window_title()
"""

# And a module that doesn't, imported after it, still sees Qt's own names.
PLAIN_USER = """
from PySide6.QtWidgets import QWidget

def title() -> str:
    widget = QWidget()
    widget.setWindowTitle("camel")
    return widget.windowTitle()
"""

USES_FEATURE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import octanist_desktop.app
import feature_user
import plain_user
from octanist_desktop.ui.welcome_panel import WelcomePanel
panel = WelcomePanel()
print(json.dumps({"snake": feature_user.TITLE, "camel": plain_user.title()}))
"""


def run(script: str, *args: str) -> dict[str, object]:
    done = run_script(script, *args)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(result, dict)
    return result


def test_pyside_reads_none_of_the_apps_sources() -> None:
    # Before pyside_scan, PySide read all ~40 of the app's files at start-up.
    result = run(SCAN)
    assert result == {"read": [], "skipped": True}


def test_a_module_using_a_pyside_feature_still_gets_it(tmp_path: Path) -> None:
    (tmp_path / "feature_user.py").write_text(FEATURE_USER)
    (tmp_path / "plain_user.py").write_text(PLAIN_USER)
    result = run(USES_FEATURE, str(tmp_path))
    # snake_case names work in the module that asked for them; camelCase in
    # the others, the app's own widgets included.
    assert result == {"snake": "snake", "camel": "camel"}
