"""The sender delivers outcomes (qualified/won/lost) after their leads, against the real sandbox."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from octanist_desktop.core.deal import OutcomeDraft, Stage
from octanist_desktop.core.remote import Availability
from octanist_desktop.net.client import OctanistClient
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.sender.backoff import Backoff
from octanist_desktop.sender.thread import SenderThread
from octanist_desktop.sender.worker import SenderWorker
from octanist_desktop.store.database import open_database
from octanist_desktop.store.lifecycle import LeadStatus, OutcomeStatus
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.store.outcome_queue import OutcomeQueue, StoredOutcome
from octanist_desktop.store.remote_index import RemoteIndex

FAST = Backoff(base=0.05, cap=0.2, jitter=0.0)
WON = OutcomeDraft(Stage.WON, Decimal("5000"), note="Signed at the booth", currency="EUR")
LOST = OutcomeDraft(Stage.LOST, loss_reason="Chose a competitor")


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """The GUI side's connection, as the window has it."""
    connection = open_database(data_dir)
    yield connection
    connection.close()


@pytest.fixture
def outbox(conn: sqlite3.Connection) -> Outbox:
    """Where the window saves leads."""
    return Outbox(conn)


@pytest.fixture
def queue(conn: sqlite3.Connection) -> OutcomeQueue:
    """Where the window saves outcomes."""
    return OutcomeQueue(conn)


SenderFactory = Callable[..., SenderThread]


@pytest.fixture
def make_sender(
    qtbot: QtBot, data_dir: Path, sandbox: SandboxServer, api_key: str
) -> Iterator[SenderFactory]:
    """Build (not start) a sender aimed at the sandbox; every one is stopped and joined after."""
    made: list[SenderThread] = []

    def make(*, key: str | None = api_key, read_timeout: float = 2.0) -> SenderThread:
        worker = SenderWorker(
            data_dir,
            lambda k: OctanistClient(
                sandbox.url, k, connect_timeout=1.0, read_timeout=read_timeout
            ),
            key,
            backoff=FAST,
        )
        sender = SenderThread(worker)
        made.append(sender)
        return sender

    yield make
    for sender in made:
        assert sender.stop(10.0), "sender thread did not end"


def outcome_of(queue: OutcomeQueue, outcome_id: int) -> StoredOutcome:
    found = queue.get(outcome_id)
    assert found is not None
    return found


def settled(queue: OutcomeQueue, outcome_id: int, status: OutcomeStatus) -> Callable[[], bool]:
    return lambda: outcome_of(queue, outcome_id).status is status


def api_calls(sandbox: SandboxServer) -> list[str]:
    return [f"{seen.method} {seen.path}" for seen in sandbox.seen_requests]


def test_an_outcome_saved_before_its_lead_was_sent_goes_after_it_by_id(
    qtbot: QtBot,
    outbox: Outbox,
    queue: OutcomeQueue,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    lead_id = outbox.enqueue({"name": "Ada", "email": "ada@example.com"})
    won = queue.add(lead_id, WON)
    sender = make_sender()
    sender.start()

    qtbot.waitUntil(settled(queue, won, OutcomeStatus.DELIVERED), timeout=5000)

    assert api_calls(sandbox) == ["POST /api/leads", "PATCH /api/leads"]
    [received] = sandbox.leads
    [update] = sandbox.updates
    assert update.body == {
        "id": received.lead_id,
        "status": "won",
        "value": 5000,
        "note": "Signed at the booth",
    }
    assert sandbox.record(received.lead_id)["status"] == "won"
    stored = outcome_of(queue, won)
    assert stored.request_id == update.request_id
    assert (stored.attempts, stored.maybe_duplicate) == (1, False)


def test_outcomes_saved_offline_go_in_order_when_the_network_returns(
    qtbot: QtBot,
    outbox: Outbox,
    queue: OutcomeQueue,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    first = outbox.enqueue({"name": "First", "email": "first@example.com"})
    second = outbox.enqueue({"name": "Second", "phone": "+31612345678"})
    sandbox.go_offline()
    won = queue.add(first, WON)
    lost = queue.add(second, LOST)
    sender = make_sender()
    sender.start()
    qtbot.waitUntil(lambda: outbox.get(first).status is LeadStatus.WAITING)  # type: ignore[union-attr]
    assert outcome_of(queue, won).status is OutcomeStatus.QUEUED  # waits for its lead

    sandbox.go_online()
    sender.sendNowRequested.emit()

    qtbot.waitUntil(settled(queue, lost, OutcomeStatus.DELIVERED), timeout=5000)
    assert outcome_of(queue, won).status is OutcomeStatus.DELIVERED
    assert api_calls(sandbox) == ["POST /api/leads"] * 2 + ["PATCH /api/leads"] * 2
    assert [u.body["status"] for u in sandbox.updates] == ["won", "lost"]
    assert sandbox.updates[1].body["lossReason"] == "Chose a competitor"
    assert [u.lead_ids[0] for u in sandbox.updates] == [lead.lead_id for lead in sandbox.leads]


@pytest.mark.parametrize(
    ("fault", "params", "flagged", "applied"),
    [
        ("500", {}, True, 1),
        ("success_false", {}, False, 1),
        ("hang", {"seconds": 1.5}, True, 1),
        ("hang", {"seconds": 1.5, "record": True}, True, 2),
        ("reset", {"record": True}, True, 2),
    ],
)
def test_an_outcome_outlasts_every_fault_and_a_lost_answer_is_flagged(
    qtbot: QtBot,
    outbox: Outbox,
    queue: OutcomeQueue,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
    fault: str,
    params: dict[str, object],
    flagged: bool,
    applied: int,
) -> None:
    sandbox.inject(fault, endpoint="update", **params)
    lead_id = outbox.enqueue({"name": "Ada"})
    won = queue.add(lead_id, WON)
    sender = make_sender(read_timeout=0.5)
    sender.start()

    qtbot.waitUntil(settled(queue, won, OutcomeStatus.DELIVERED), timeout=10_000)

    stored = outcome_of(queue, won)
    assert stored.attempts == 2
    assert stored.maybe_duplicate is flagged
    assert len(sandbox.updates) == applied  # applied twice only where flagged


def test_a_conflict_is_final_and_says_why(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    outbox: Outbox,
    queue: OutcomeQueue,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
    api_key: str,
) -> None:
    # A colleague's laptop already sent this visitor.
    other = OctanistClient(sandbox.url, api_key)
    other.post_lead({"name": "Ada", "email": "ada@example.com"})
    other.close()
    lead_id = outbox.enqueue({"name": "Ada", "email": "ada@example.com"})
    sender = make_sender()
    sender.start()
    qtbot.waitUntil(lambda: len(sandbox.leads) == 2, timeout=5000)
    qtbot.waitUntil(lambda: outbox.get(lead_id).status is LeadStatus.DELIVERED)  # type: ignore[union-attr]
    # A server that gave no id back: only the email can find the lead.
    conn.execute("UPDATE leads SET octanist_id = NULL WHERE id = ?", (lead_id,))
    lost = queue.add(lead_id, LOST)
    sender.outcomeQueued.emit()

    qtbot.waitUntil(settled(queue, lost, OutcomeStatus.CONFLICT), timeout=5000)
    stored = outcome_of(queue, lost)
    assert stored.last_error is not None
    assert "Several leads at Octanist share this email" in stored.last_error
    assert stored.attempts == 1
    assert sandbox.updates == []


def test_a_server_without_outcomes_parks_them_until_it_has_them(
    qtbot: QtBot,
    conn: sqlite3.Connection,
    outbox: Outbox,
    queue: OutcomeQueue,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    sandbox.configure(outcomes_api=False)
    first, second = outbox.enqueue_many([{"name": "A"}, {"name": "B"}])
    won, lost = queue.add(first, WON), queue.add(second, LOST)
    sender = make_sender()
    seen: list[object] = []
    sender.worker.availabilityChanged.connect(seen.append)
    sender.start()

    qtbot.waitUntil(settled(queue, won, OutcomeStatus.UNSUPPORTED), timeout=5000)
    qtbot.wait(300)  # time enough for the second outcome to be tried, were it tried
    assert outcome_of(queue, lost).status is OutcomeStatus.QUEUED
    assert api_calls(sandbox).count("PATCH /api/leads") == 1
    assert seen == [Availability.UNSUPPORTED]
    assert RemoteIndex(conn).availability() is Availability.UNSUPPORTED
    assert "does not take outcomes" in (outcome_of(queue, won).last_error or "")
    assert outbox.get(second).status is LeadStatus.DELIVERED  # type: ignore[union-attr]

    sandbox.configure(outcomes_api=True)
    sender.outcomesAvailable.emit()

    qtbot.waitUntil(settled(queue, lost, OutcomeStatus.DELIVERED), timeout=5000)
    assert outcome_of(queue, won).status is OutcomeStatus.DELIVERED
    assert [u.body["status"] for u in sandbox.updates] == ["won", "lost"]


def test_a_lead_gone_from_octanist_is_told_from_a_missing_feature(
    qtbot: QtBot,
    outbox: Outbox,
    queue: OutcomeQueue,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    lead_id = outbox.enqueue({"name": "Deleted there"})
    sender = make_sender()
    sender.start()
    qtbot.waitUntil(lambda: outbox.get(lead_id).status is LeadStatus.DELIVERED)  # type: ignore[union-attr]
    sandbox.reset()  # someone deleted every lead at Octanist
    won = queue.add(lead_id, WON)
    sender.outcomeQueued.emit()

    qtbot.waitUntil(settled(queue, won, OutcomeStatus.NOT_FOUND), timeout=5000)
    assert api_calls(sandbox) == ["PATCH /api/leads", "GET /api/leads"]


def test_a_refused_key_holds_outcomes_until_a_new_key(
    qtbot: QtBot,
    outbox: Outbox,
    queue: OutcomeQueue,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
    api_key: str,
) -> None:
    lead_id = outbox.enqueue({"name": "Ada"})
    won = queue.add(lead_id, WON)
    sender = make_sender()
    sender.start()
    qtbot.waitUntil(lambda: outbox.get(lead_id).status is LeadStatus.DELIVERED)  # type: ignore[union-attr]
    qtbot.waitUntil(settled(queue, won, OutcomeStatus.DELIVERED), timeout=5000)
    sandbox.set_api_key("a-new-key-for-everyone-000")
    lost = queue.add(lead_id, LOST)
    sender.outcomeQueued.emit()
    qtbot.waitUntil(settled(queue, lost, OutcomeStatus.UNAUTHORIZED), timeout=5000)

    sender.apiKeyChanged.emit("a-new-key-for-everyone-000")

    qtbot.waitUntil(settled(queue, lost, OutcomeStatus.DELIVERED), timeout=5000)
    assert [u.body["status"] for u in sandbox.updates] == ["won", "lost"]


def test_outcome_counts_travel_with_the_lead_counts(
    qtbot: QtBot, outbox: Outbox, queue: OutcomeQueue, make_sender: SenderFactory
) -> None:
    lead_id = outbox.enqueue({"name": "Ada"})
    won = queue.add(lead_id, WON)
    sender = make_sender()
    counts: list[dict[str, int]] = []
    sender.worker.countsChanged.connect(counts.append)
    sender.start()
    qtbot.waitUntil(settled(queue, won, OutcomeStatus.DELIVERED), timeout=5000)
    qtbot.waitUntil(lambda: bool(counts) and counts[-1].get("outcomes:delivered") == 1)
    assert counts[-1]["delivered"] == 1
    assert counts[-1]["outcomes:queued"] == 0
