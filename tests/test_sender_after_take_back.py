"""The queue never stalls when the lead it was waiting to retry is taken back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from octanist_desktop.core.states import ConnectionState
from octanist_desktop.net.client import OctanistClient
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.sender.backoff import Backoff
from octanist_desktop.sender.thread import SenderThread
from octanist_desktop.sender.worker import SenderWorker
from octanist_desktop.store.database import open_database
from octanist_desktop.store.lifecycle import LeadStatus
from octanist_desktop.store.outbox import Outbox

FAST = Backoff(base=0.1, cap=0.2, jitter=0.0)


@pytest.fixture
def outbox(data_dir: Path) -> Iterator[Outbox]:
    box = Outbox(open_database(data_dir))
    yield box
    box.close()


def test_a_new_lead_goes_out_after_the_waiting_one_was_taken_back(
    qtbot: QtBot, data_dir: Path, outbox: Outbox, sandbox: SandboxServer, api_key: str
) -> None:
    worker = SenderWorker(
        data_dir,
        lambda key: OctanistClient(sandbox.url, key, connect_timeout=1.0, read_timeout=2.0),
        api_key,
        backoff=FAST,
    )
    sender = SenderThread(worker)
    states: list[str] = []
    worker.connectionChanged.connect(lambda state, _detail: states.append(str(state)))
    try:
        sandbox.go_offline()
        sender.start()
        first = outbox.enqueue({"name": "Jan Jansen"})
        sender.leadQueued.emit()
        qtbot.waitUntil(lambda: ConnectionState.OFFLINE.value in states, timeout=5000)
        qtbot.waitUntil(
            lambda: (lead := outbox.get(first)) is not None and lead.status is LeadStatus.WAITING,
            timeout=5000,
        )
        assert outbox.take_back(first) is not None  # Edit: back into the form
        qtbot.wait(500)  # the pause the sender set for it runs out with nothing to retry
        sandbox.go_online()

        second = outbox.enqueue({"name": "Jan Jansen", "email": "jan@example.com"})
        sender.leadQueued.emit()

        qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)
        # The sandbox keeps the lead before it answers; the answer is recorded a
        # moment later, on the sender's thread.
        qtbot.waitUntil(
            lambda: (
                (lead := outbox.get(second)) is not None and lead.status is LeadStatus.DELIVERED
            ),
            timeout=5000,
        )
    finally:
        assert sender.stop(10.0)
