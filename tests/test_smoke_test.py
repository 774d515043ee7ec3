"""packaging/smoke_test.py: the check the release jobs run on each built app, run here on this one.

Windows and macOS builds can't be made here; the script they run can. It is
run against the app as pip installed it into this venv (its gui-script
launcher, a separate executable like the frozen one) and against fake apps
that get each answer wrong.
"""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "packaging"))

import smoke_test  # noqa: E402

from octanist_desktop import __version__  # noqa: E402
from octanist_desktop.prefs.paths import default_data_dir  # noqa: E402

LAUNCHER = Path(sys.executable).with_name(
    "octanist-desktop.exe" if sys.platform == "win32" else "octanist-desktop"
)


@pytest.fixture
def headless(monkeypatch: pytest.MonkeyPatch) -> None:
    """No display, no D-Bus session: the self-test goes offscreen and no keyring can prompt."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("headless")
def test_the_installed_app_passes(capsys: pytest.CaptureFixture[str]) -> None:
    if not LAUNCHER.exists():
        pytest.skip(f"no {LAUNCHER.name} launcher in this venv (pip install -e .)")

    status = smoke_test.main(
        [str(LAUNCHER), "--data-dir-under", str(default_data_dir().parent), "--window-seconds", "4"]
    )

    out = capsys.readouterr().out
    assert status == 0, out
    assert f"octanist-desktop {__version__}" in out
    assert "self-test passed" in out
    assert "(still up after 4 s)" in out
    assert out.rstrip().endswith(f"smoke test passed: {LAUNCHER}")


def test_the_data_folder_is_read_from_help() -> None:
    folder = r"C:\Users\Anna\AppData\Roaming\Octanist Desktop"
    help_text = textwrap.dedent(
        f"""
        options:
          --api-url API_URL    Octanist API base URL (default https://octanist.com/api)
          --data-dir DATA_DIR  where leads and settings are kept (default {folder})
          --sandbox            start the built-in sandbox server
        """
    )
    assert smoke_test.help_data_dir(help_text) == folder
    assert smoke_test.help_data_dir("usage: octanist-desktop [-h]") is None


@pytest.mark.skipif(os.name != "posix", reason="the fake app is a shell script")
def test_a_wrong_version_folder_silent_self_test_and_traceback_are_each_caught(
    tmp_path: Path,
) -> None:
    fake = tmp_path / "octanist-desktop"
    fake.write_text(
        "#!/bin/sh\n"
        'case "$1" in\n'
        "  --version) echo 'octanist-desktop 0.0.1' ;;\n"
        "  --help) echo '  --data-dir DATA_DIR  where leads are kept (default /opt/app/data)' ;;\n"
        "  --self-test) exit 0 ;;\n"  # a windowed build that lost its stdout
        "  --sandbox) echo 'Traceback (most recent call last):'; exec sleep 30 ;;\n"
        "esac\n"
    )
    fake.chmod(0o755)

    problems = smoke_test.smoke_test(fake, data_dir_under=Path("/home"), window_seconds=1)

    assert problems == [
        f"--version answered 'octanist-desktop 0.0.1', not 'octanist-desktop {__version__}'",
        "the data folder /opt/app/data is not under /home",
        "--self-test exited 0 but printed no result to its stdout pipe",
        "the window printed a traceback",
    ]


@pytest.mark.skipif(os.name != "posix", reason="the fake app is a shell script")
def test_a_window_that_closes_at_once_is_caught(tmp_path: Path) -> None:
    fake = tmp_path / "octanist-desktop"
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)

    assert smoke_test.window_problem(fake, seconds=5) == "the window closed within 5 s (exit 3)"


def test_a_missing_app_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert smoke_test.main([str(tmp_path / "nothing.exe")]) == 1
    assert capsys.readouterr().err.startswith("no app at ")
