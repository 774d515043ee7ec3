"""Every folder that holds leads or settings is readable by this user only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from octanist_desktop.config import AppConfig
from octanist_desktop.prefs.store import write_json_atomically
from octanist_desktop.session import DesktopSession

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_sandbox_session_makes_the_data_folder_given_private_too(
    qtbot: QtBot, tmp_path: Path
) -> None:
    os.umask(0o022)  # a usual desktop umask: new folders would be 0755
    data_dir = tmp_path / "fresh" / "octanist"
    session = DesktopSession(
        AppConfig(api_url="https://octanist.com/api", data_dir=data_dir, sandbox=True)
    )
    qtbot.addWidget(session.window)
    try:
        assert mode(data_dir) == 0o700  # real leads will live here
        assert mode(data_dir / "sandbox") == 0o700
    finally:
        assert session.shutdown()


@posix_only
def test_settings_written_into_a_new_folder_make_it_private(tmp_path: Path) -> None:
    os.umask(0o022)
    target = tmp_path / "new" / "settings.json"
    write_json_atomically(target, {"version": 2})
    assert mode(target.parent) == 0o700
    assert mode(target) == 0o600
