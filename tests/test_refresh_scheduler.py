"""When the status refresh runs: on request, soon after coming online, then calmly.

Never while offline, never without a key, never two at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from octanist_desktop import tasks
from octanist_desktop.core.states import ConnectionState
from octanist_desktop.net.client import OctanistClient
from octanist_desktop.refresh.scheduler import RefreshScheduler
from octanist_desktop.refresh.status_refresh import RefreshReport
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.store.database import open_database


@pytest.fixture
def scheduler(
    qtbot: QtBot, data_dir: Path, sandbox: SandboxServer, api_key: str
) -> Iterator[RefreshScheduler]:
    """A scheduler for the sandbox with short delays; stopped after, its task joined."""
    open_database(data_dir).close()
    made = RefreshScheduler(
        data_dir,
        lambda key: OctanistClient(sandbox.url, key, read_timeout=2.0),
        api_key,
        interval_ms=300,
        first_delay_ms=50,
    )
    yield made
    made.stop()
    assert tasks.shutdown(10_000)


def stats_calls(sandbox: SandboxServer) -> int:
    return sandbox.requests_per_path.get("POST /api/stats", 0)


def test_refresh_now_runs_one_and_reports(
    qtbot: QtBot, scheduler: RefreshScheduler, sandbox: SandboxServer
) -> None:
    with qtbot.waitSignal(scheduler.refreshed, timeout=10_000) as blocker:
        assert scheduler.refresh_now()
    report = blocker.args[0]
    assert isinstance(report, RefreshReport)
    assert report.usage is not None
    assert stats_calls(sandbox) == 1


def test_online_refreshes_soon_then_every_interval_and_offline_stops(
    qtbot: QtBot, scheduler: RefreshScheduler, sandbox: SandboxServer
) -> None:
    scheduler.on_sender_connectionChanged(ConnectionState.ONLINE, "")
    qtbot.waitUntil(lambda: stats_calls(sandbox) >= 2, timeout=10_000)

    scheduler.on_sender_connectionChanged(ConnectionState.OFFLINE, "down")
    qtbot.waitUntil(lambda: not scheduler.is_running(), timeout=10_000)
    seen = stats_calls(sandbox)
    qtbot.wait(700)  # two intervals: nothing while offline
    assert stats_calls(sandbox) == seen


def test_a_request_during_a_run_runs_once_more_after_it(
    qtbot: QtBot, scheduler: RefreshScheduler, sandbox: SandboxServer
) -> None:
    sandbox.set_delay(0.2)
    reports: list[object] = []
    scheduler.refreshed.connect(reports.append)
    scheduler.refresh_now()
    assert scheduler.refresh_now()  # remembered, not started alongside
    assert scheduler.refresh_now()  # and only once
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10_000)
    qtbot.wait(400)
    assert len(reports) == 2
    assert sandbox.most_concurrent_requests == 1


def test_without_a_key_or_once_stopped_nothing_runs(
    qtbot: QtBot, scheduler: RefreshScheduler, sandbox: SandboxServer
) -> None:
    scheduler.set_api_key(None)
    assert not scheduler.refresh_now()
    scheduler.set_api_key("another-key")
    scheduler.stop()
    assert not scheduler.refresh_now()
    scheduler.on_sender_connectionChanged(ConnectionState.ONLINE, "")
    qtbot.wait(200)
    assert stats_calls(sandbox) == 0


def test_stopping_mid_run_drops_the_report(
    qtbot: QtBot, scheduler: RefreshScheduler, sandbox: SandboxServer
) -> None:
    sandbox.set_delay(0.3)
    with qtbot.assertNotEmitted(scheduler.refreshed, wait=800):
        scheduler.refresh_now()
        qtbot.waitUntil(lambda: stats_calls(sandbox) == 1)
        scheduler.stop()
    assert tasks.shutdown(10_000)
    # Told to stop, the run started no request after the one under way.
    assert sum(sandbox.requests_per_path.values()) == 1
