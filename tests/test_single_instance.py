"""One app per data folder, shown with two (and three) real processes.

The finding: start the app, start it again while a lead is in flight to a
slow server, and the second one's start-up recovery re-queued the first
one's lead and sent it again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.single_instance import (
    SHOW_REQUEST_FILE,
    FolderInUse,
    FolderLock,
    LaunchListener,
    ask_running_app_to_show,
)
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.lifecycle import LeadStatus
from octanist_desktop.store.outbox import Outbox
from tests.app_process import AppProcess, wait_for

RAISED = "another launch asked for this window"


@pytest.fixture
def apps(tmp_path: Path) -> Iterator[list[AppProcess]]:
    """Every app process a test starts is killed and reaped after it."""
    started: list[AppProcess] = []
    yield started
    for app in started:
        app.kill()


def status(data_dir: Path, lead_id: int) -> LeadStatus | None:
    conn = open_database(data_dir)
    try:
        lead = History(conn).get(lead_id)
        return None if lead is None else lead.status
    finally:
        conn.close()


def test_the_folder_lock_is_one_per_folder(data_dir: Path) -> None:
    lock = FolderLock.take(data_dir)
    try:
        with pytest.raises(FolderInUse):
            FolderLock.take(data_dir)
        sandbox_folder = data_dir / "sandbox"
        sandbox_folder.mkdir()
        FolderLock.take(sandbox_folder).release()  # another folder, another lock
    finally:
        lock.release()
    FolderLock.take(data_dir).release()


def test_a_second_launch_while_a_lead_is_in_flight_sends_nothing_twice(
    apps: list[AppProcess],
    data_dir: Path,
    tmp_path: Path,
    sandbox: SandboxServer,
    api_key: str,
) -> None:
    outbox = Outbox(open_database(data_dir))
    lead_id = outbox.enqueue({"name": "In flight"})
    outbox.close()
    sandbox.set_delay(4.0)  # a slow server: the lead stays in flight a while

    first = AppProcess(data_dir, sandbox.url, tmp_path / "logs", OCTANIST_API_KEY=api_key)
    apps.append(first)
    wait_for(lambda: sandbox.requests_seen == 1, what="the first app's request")
    assert status(data_dir, lead_id) is LeadStatus.SENDING

    second = AppProcess(data_dir, sandbox.url, tmp_path / "logs", OCTANIST_API_KEY=api_key)
    apps.append(second)
    assert second.wait(timeout=30) == 0, second.stderr
    assert "came to the front" in second.stderr
    assert "re-queued" not in second.stderr
    wait_for(lambda: RAISED in first.stderr, what="the raise request")
    assert first.running()

    wait_for(lambda: status(data_dir, lead_id) is LeadStatus.DELIVERED, what="delivery")
    time.sleep(1.0)  # a resend, were there one, would have arrived by now
    assert sandbox.requests_seen == 1
    assert len(sandbox.leads) == 1
    conn = open_database(data_dir)
    lead = History(conn).get(lead_id)
    conn.close()
    assert lead is not None
    assert not lead.maybe_duplicate
    assert lead.attempts == 1


def test_a_lock_left_by_a_killed_app_is_taken_over(
    apps: list[AppProcess],
    data_dir: Path,
    tmp_path: Path,
    sandbox: SandboxServer,
    api_key: str,
) -> None:
    outbox = Outbox(open_database(data_dir))
    first_lead = outbox.enqueue({"name": "Before the crash"})
    sandbox.set_delay(2.0)
    crashed = AppProcess(data_dir, sandbox.url, tmp_path / "logs", OCTANIST_API_KEY=api_key)
    apps.append(crashed)
    wait_for(lambda: sandbox.requests_seen == 1, what="the request")
    crashed.kill()  # kill -9, mid-request: the lock file stays behind
    assert any(data_dir.glob("*.lock"))
    sandbox.set_delay(0.0)

    after = AppProcess(data_dir, sandbox.url, tmp_path / "logs", OCTANIST_API_KEY=api_key)
    apps.append(after)
    wait_for(lambda: "took over the data folder" in after.stderr, what="the take-over")
    # It is the app for this folder now: it recovers the lead cut off mid-send
    # (flagged: the killed app's request had gone out) and delivers it.
    wait_for(lambda: status(data_dir, first_lead) is LeadStatus.DELIVERED, what="delivery")
    assert after.running()
    lead = outbox.get(first_lead)
    outbox.close()
    assert lead is not None
    assert lead.maybe_duplicate

    # And a third launch finds it alive, and hands over to it.
    third = AppProcess(data_dir, sandbox.url, tmp_path / "logs", OCTANIST_API_KEY=api_key)
    apps.append(third)
    assert third.wait(timeout=30) == 0, third.stderr
    wait_for(lambda: RAISED in after.stderr, what="the raise request")


def test_a_later_launch_knocks_with_a_file_and_the_running_app_answers(
    qtbot: QtBot, data_dir: Path
) -> None:
    listener = LaunchListener(data_dir)
    assert listener.listen()
    answers: list[bool] = []
    with qtbot.waitSignal(listener.showRequested, timeout=5000):
        knocking = threading.Thread(
            target=lambda: answers.append(ask_running_app_to_show(data_dir, knock_for_s=5.0))
        )
        knocking.start()
    knocking.join(5)
    assert answers == [True]
    assert not (data_dir / SHOW_REQUEST_FILE).exists()
    listener.close()


def test_a_knock_while_the_app_was_starting_is_answered_when_it_listens(
    qtbot: QtBot, data_dir: Path
) -> None:
    (data_dir / SHOW_REQUEST_FILE).write_bytes(b"show\n")  # before anyone listened
    listener = LaunchListener(data_dir)
    with qtbot.waitSignal(listener.showRequested, timeout=1000):
        assert listener.listen()
    assert not (data_dir / SHOW_REQUEST_FILE).exists()
    listener.close()


def test_nobody_listening_means_no_answer_and_no_request_left(data_dir: Path) -> None:
    assert ask_running_app_to_show(data_dir, knock_for_s=0.3) is False
    assert not (data_dir / SHOW_REQUEST_FILE).exists()
