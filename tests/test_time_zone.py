"""The time zone's country, preselected when the app asks which country phone numbers are from."""

from __future__ import annotations

import json
from pathlib import Path

from octanist_desktop.core.time_zone import time_zone_region
from tests.fresh_python import run_script

ZONE_TAB = (
    "# tz zone descriptions\n"
    "NL\t+5222+00454\tEurope/Amsterdam\n"
    "DE\t+5230+01322\tEurope/Berlin\tmost of Germany\n"
)


def test_the_zone_names_its_country(tmp_path: Path) -> None:
    table = tmp_path / "zone.tab"
    table.write_text(ZONE_TAB, encoding="utf-8")
    assert time_zone_region("Europe/Amsterdam", table) == "NL"
    assert time_zone_region("Europe/Berlin", table) == "DE"
    assert time_zone_region("Mars/Olympus_Mons", table) is None
    assert time_zone_region("Europe/Amsterdam", tmp_path / "missing.tab") is None


FIRST_RUN = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from octanist_desktop.config import AppConfig
from octanist_desktop.session import DesktopSession
app = QApplication(sys.argv[:1])
session = DesktopSession(AppConfig(api_url="https://octanist.com/api", data_dir=Path(sys.argv[1])))
session.start()
app.processEvents()
report = {
    "asked": session.window.region_prompt.isVisibleTo(session.window),
    "names_loaded": "octanist_desktop.core.phone_countries" in sys.modules,
}
session.shutdown()
print(json.dumps(report))
"""


def test_a_first_run_asks_for_the_country_without_loading_every_country_s_name(
    tmp_path: Path,
) -> None:
    # A C.UTF-8 locale names no country: the first window asks, with the
    # time zone's guess; the searchable list (and its names) wait for a click.
    done = run_script(
        FIRST_RUN,
        str(tmp_path),
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        TZ="Europe/Amsterdam",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"asked": True, "names_loaded": False}
