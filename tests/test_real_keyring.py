"""The API key through a real Secret Service (gnome-keyring in a private D-Bus session).

The probe runs in a subprocess under ``dbus-run-session`` with an unlocked
gnome-keyring, no DISPLAY (a locked keyring with a display opens an unlock
prompt and hangs) and a throwaway HOME, so the developer's own keyrings are
never opened, created or changed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from octanist_desktop.sandbox.server import SandboxServer

pytestmark = pytest.mark.real_keyring

PROBE = Path(__file__).with_name("real_keyring_probe.py")
TOOLS = ("dbus-run-session", "gnome-keyring-daemon")
# gnome-keyring creates and unlocks a fresh login keyring with this password.
UNLOCK = 'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"'
TIMEOUT_S = 60


def _require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    message = f"missing {', '.join(missing)} (apt install dbus gnome-keyring)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must provide a real Secret Service: {message}")
    pytest.skip(message)


def _isolated_env(home: Path) -> dict[str, str]:
    """The test's environment, minus anything that could reach the user's session."""
    env = dict(os.environ)
    for name in (
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "DBUS_SESSION_BUS_ADDRESS",
        "PYTHON_KEYRING_BACKEND",
        "OCTANIST_API_KEY",
        "GNOME_KEYRING_CONTROL",
    ):
        env.pop(name, None)
    for name, sub in (
        ("XDG_DATA_HOME", "data"),  # gnome-keyring's keyrings/ live here
        ("XDG_CONFIG_HOME", "config"),  # keyring's keyringrc.cfg could pick a backend
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "run"),  # gnome-keyring's control socket
    ):
        path = home / sub
        path.mkdir(mode=0o700)
        env[name] = str(path)
    env["HOME"] = str(home)
    return env


def _run_probe(home: Path, *args: str) -> tuple[int, dict[str, Any], str]:
    _require_tools()
    completed = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", UNLOCK, "sh", sys.executable, str(PROBE), *args],
        env=_isolated_env(home),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    last_line = (completed.stdout.strip().splitlines() or ["{}"])[-1]
    return completed.returncode, json.loads(last_line), completed.stderr


PROBE_FLAGS = {"helper process": [], "in process": ["--in-process"], "window": ["--window-jobs"]}


@pytest.mark.parametrize("where", ["helper process", "in process", "window"])
def test_key_round_trips_through_secret_service(tmp_path: Path, where: str) -> None:
    # The app reaches the keyring through its helper process, which the window
    # drives with QProcess; keystore works in either.
    returncode, result, stderr = _run_probe(tmp_path, *PROBE_FLAGS[where])

    assert result.get("error") is None, stderr
    assert "SecretService" in result["backend"]
    assert result["backend"].endswith("(in its own process)") == (where != "in process")
    assert result["saved"] is True
    assert result["read_back_matches"] is True
    assert result["source"] == "keyring"
    assert result["after_forget"] == "none"
    assert returncode == 0, stderr


def test_key_read_back_from_secret_service_delivers_a_lead(
    tmp_path: Path, sandbox: SandboxServer, api_key: str
) -> None:
    returncode, result, stderr = _run_probe(
        tmp_path, "--key", api_key, "--sandbox-url", sandbox.url
    )

    assert result.get("error") is None, stderr
    assert result["lead_outcome"] == "Delivered"
    assert [lead.payload["name"] for lead in sandbox.leads] == ["Keyring Probe"]
    assert api_key not in json.dumps(result)
    assert returncode == 0, stderr
