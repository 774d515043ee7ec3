"""``octanist-desktop --self-test``: run for real from source, and its runner's failure paths."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from octanist_desktop.self_test import (
    Check,
    CheckFailed,
    all_checks,
    choose_platform,
    run_checks,
)

ROOT = Path(__file__).resolve().parent.parent


def _headless_env(**extra: str) -> dict[str, str]:
    """This environment without a display, a D-Bus session or a chosen Qt platform."""
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env.update(extra)
    return env


def _self_test(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "octanist_desktop", "--self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_self_test_passes_from_source_and_goes_offscreen_by_itself() -> None:
    result = _self_test(_headless_env())

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("octanist-desktop ")
    assert "(from source" in lines[0]
    for check in all_checks():
        assert any(line.startswith(f"ok  {check.name}") for line in lines), check.name
    assert not [line for line in lines if line.startswith("FAIL")]
    qt_line = next(line for line in lines if line.startswith("ok  Qt platform plugins"))
    assert "running offscreen" in qt_line
    assert "Delivered lead_" in result.stdout
    assert lines[-1] == f"self-test passed: {len(all_checks())} checks"


def test_a_platform_qt_does_not_have_fails_the_qt_checks_but_not_the_rest() -> None:
    result = _self_test(_headless_env(QT_QPA_PLATFORM="nosuchplatform"))

    assert result.returncode == 1
    assert (
        "FAIL Qt platform plugins: QT_QPA_PLATFORM asks for 'nosuchplatform', "
        "which is not installed" in result.stdout
    )
    assert "FAIL Fonts and app icon: skipped: no QApplication" in result.stdout
    assert "ok  Lead round trip via the sandbox" in result.stdout
    assert result.stdout.splitlines()[-1] == (
        f"self-test FAILED: 2 of {len(all_checks())} checks failed"
    )


def test_every_check_runs_and_each_failure_is_reported_with_its_reason() -> None:
    def broken() -> str:
        raise CheckFailed("no xcb platform plugin in /opt/x")

    def crashing() -> str:
        raise KeyError("region_NL")

    out = io.StringIO()
    code = run_checks(
        [
            Check("First", lambda: "fine"),
            Check("Broken", broken),
            Check("Crashing", crashing),
            Check("Last", lambda: ""),
        ],
        out,
    )

    assert code == 1
    assert out.getvalue().splitlines() == [
        "ok  First (fine)",
        "FAIL Broken: no xcb platform plugin in /opt/x",
        "FAIL Crashing: KeyError: 'region_NL'",
        "ok  Last",
        "self-test FAILED: 2 of 4 checks failed",
    ]


def test_a_check_that_hangs_fails_after_its_timeout_instead_of_blocking() -> None:
    release = threading.Event()

    def hangs() -> str:
        release.wait(10)  # a D-Bus call that never answers
        return "too late"

    out = io.StringIO()
    started = time.perf_counter()
    try:
        code = run_checks([Check("Keyring backends", hangs, timeout_s=0.2)], out)
    finally:
        release.set()

    assert time.perf_counter() - started < 5
    assert code == 1
    assert "FAIL Keyring backends: no answer within 0.2 s" in out.getvalue()


def test_all_checks_passing_exits_zero() -> None:
    out = io.StringIO()
    assert run_checks([Check("One", lambda: "1"), Check("Two", lambda: "2")], out) == 0
    assert out.getvalue().splitlines()[-1] == "self-test passed: 2 checks"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux display rules")
def test_offscreen_is_chosen_only_without_a_display_or_an_explicit_platform(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert choose_platform() == "offscreen"
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"

    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":99")
    assert choose_platform() is None  # Qt picks the platform for the display
    assert "QT_QPA_PLATFORM" not in os.environ

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb;offscreen")
    assert choose_platform() == "xcb"
