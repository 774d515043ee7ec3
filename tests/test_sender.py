"""The background sender against the real sandbox over loopback HTTP, with a real SQLite outbox."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
from octanist_desktop.store.history import History
from octanist_desktop.store.lifecycle import LeadStatus
from octanist_desktop.store.outbox import Outbox

FAST = Backoff(base=0.05, cap=0.2, jitter=0.0)


@pytest.fixture
def outbox(data_dir: Path) -> Iterator[Outbox]:
    """The GUI side's outbox, on its own connection, as the window has it."""
    box = Outbox(open_database(data_dir))
    yield box
    box.close()


@pytest.fixture
def history(data_dir: Path) -> Iterator[History]:
    """Read access to what the sender wrote."""
    conn = open_database(data_dir)
    yield History(conn)
    conn.close()


SenderFactory = Callable[..., SenderThread]


@pytest.fixture
def make_sender(
    qtbot: QtBot, data_dir: Path, sandbox: SandboxServer, api_key: str
) -> Iterator[SenderFactory]:
    """Build (not start) a sender aimed at the sandbox; every one is stopped and joined after."""
    made: list[SenderThread] = []

    def make(
        *, key: str | None = api_key, backoff: Backoff = FAST, read_timeout: float = 2.0
    ) -> SenderThread:
        worker = SenderWorker(
            data_dir,
            lambda k: OctanistClient(
                sandbox.url, k, connect_timeout=1.0, read_timeout=read_timeout
            ),
            key,
            backoff=backoff,
        )
        sender = SenderThread(worker)
        made.append(sender)
        return sender

    yield make
    for sender in made:
        assert sender.stop(10.0), "sender thread did not end"


def lead(n: int) -> dict[str, object]:
    """A valid payload that can be recognised at the sandbox."""
    return {
        "name": f"Lead {n}",
        "custom": f"marker-{n}",
        "ad_storage": False,
        "ad_user_data": False,
        "ad_personalization": False,
        "analytics_storage": False,
    }


def markers(sandbox: SandboxServer) -> list[object]:
    """The custom marker of every lead the sandbox accepted, in arrival order."""
    return [r.payload.get("custom") for r in sandbox.leads]


def record_states(sender: SenderThread) -> list[str]:
    """Every connection state the worker announces.

    Worker signals are emitted on the sender thread; a plain callable runs
    there too, so it only appends (pytest-qt's waitSignal would touch a
    GUI-thread timer from the wrong thread).
    """
    states: list[str] = []
    sender.worker.connectionChanged.connect(lambda state, _msg: states.append(state))
    return states


def status_of(history: History, lead_id: int) -> LeadStatus:
    found = history.get(lead_id)
    assert found is not None
    return found.status


def test_drains_backlog_oldest_first_on_start(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    ids = [outbox.enqueue(lead(n)) for n in range(5)]
    sender = make_sender()
    sender.start()  # no wake-up: a restart with a backlog resumes by itself
    qtbot.waitUntil(lambda: len(sandbox.leads) == 5, timeout=5000)
    assert markers(sandbox) == [f"marker-{n}" for n in range(5)]
    qtbot.waitUntil(lambda: all(status_of(history, i) is LeadStatus.DELIVERED for i in ids))
    received = {r.payload["custom"]: r for r in sandbox.leads}
    for n, lead_id in enumerate(ids):
        stored = history.get(lead_id)
        assert stored is not None
        assert stored.octanist_id == received[f"marker-{n}"].lead_id
        assert stored.request_id == received[f"marker-{n}"].request_id
        assert stored.attempts == 1
        assert not stored.maybe_duplicate


def test_new_lead_is_sent_when_queued(
    qtbot: QtBot, outbox: Outbox, sandbox: SandboxServer, make_sender: SenderFactory
) -> None:
    sender = make_sender()
    sender.start()
    qtbot.waitUntil(sender.is_running)
    outbox.enqueue(lead(1))
    sender.leadQueued.emit()
    qtbot.waitUntil(lambda: markers(sandbox) == ["marker-1"], timeout=5000)


@pytest.mark.parametrize(
    ("fault", "params", "duplicate_flagged"),
    [
        ("500", {}, True),
        ("502_html", {}, True),
        ("429", {"retry_after": 0.1}, False),
        ("captive_portal", {}, False),
        ("not_json", {}, False),
        ("success_false", {}, False),
        ("hang", {"seconds": 1.5}, True),
        ("hang", {"seconds": 1.5, "record": True}, True),
        ("reset", {}, True),
        ("reset", {"record": True}, True),
    ],
)
def test_every_fault_ends_in_delivery_once_it_clears(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
    fault: str,
    params: dict[str, object],
    duplicate_flagged: bool,
) -> None:
    sandbox.inject(fault, times=2, **params)
    lead_id = outbox.enqueue(lead(7))
    sender = make_sender(read_timeout=0.5)
    sender.start()
    qtbot.waitUntil(lambda: status_of(history, lead_id) is LeadStatus.DELIVERED, timeout=10_000)
    stored = history.get(lead_id)
    assert stored is not None
    assert stored.attempts == 3
    assert stored.maybe_duplicate is duplicate_flagged
    # Octanist holds it once, or more only where the flag says so.
    copies = markers(sandbox).count("marker-7")
    assert copies >= 1
    assert copies == 1 or stored.maybe_duplicate


@pytest.mark.parametrize(
    ("setup", "payload", "final"),
    [
        (lambda s: None, {"note": "no identifier at all"}, LeadStatus.INVALID),
        (lambda s: s.set_api_key("another-key"), lead(1), LeadStatus.UNAUTHORIZED),
        (lambda s: s.set_reject_rule("name", "^Lead"), lead(1), LeadStatus.REJECTED),
    ],
    ids=["400", "401", "403"],
)
def test_each_4xx_is_attempted_exactly_once(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
    setup: Callable[[SandboxServer], None],
    payload: dict[str, object],
    final: LeadStatus,
) -> None:
    setup(sandbox)
    lead_id = outbox.enqueue(payload)
    sender = make_sender()
    sender.start()
    qtbot.waitUntil(lambda: status_of(history, lead_id) is final, timeout=5000)
    # Prodding the sender must not resend a final answer.
    for _ in range(3):
        sender.sendNowRequested.emit()
        qtbot.wait(100)
    assert sandbox.requests_seen == 1
    stored = history.get(lead_id)
    assert stored is not None
    assert stored.attempts == 1
    assert stored.last_error


def test_final_4xx_does_not_block_the_leads_behind_it(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    sandbox.set_reject_rule("name", "^Spam")
    bad = outbox.enqueue({**lead(1), "name": "Spam Bot"})
    good = outbox.enqueue(lead(2))
    make_sender().start()
    qtbot.waitUntil(lambda: status_of(history, good) is LeadStatus.DELIVERED, timeout=5000)
    assert status_of(history, bad) is LeadStatus.REJECTED


def test_outage_pauses_the_whole_queue_one_probe_per_step(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    sandbox.inject("500", times=3)
    ids = [outbox.enqueue(lead(n)) for n in range(10)]
    make_sender(backoff=Backoff(base=0.1, cap=0.1, jitter=0.0)).start()
    qtbot.waitUntil(
        lambda: all(status_of(history, i) is LeadStatus.DELIVERED for i in ids), timeout=10_000
    )
    # Three failed probes, then each lead once: not ten requests per failure.
    assert sandbox.requests_seen == 3 + 10
    assert markers(sandbox) == [f"marker-{n}" for n in range(10)]


def test_offline_then_back_delivers_everything(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    sender = make_sender()
    sandbox.go_offline()
    states = record_states(sender)
    sender.start()
    ids = [outbox.enqueue(lead(n)) for n in range(3)]
    sender.leadQueued.emit()
    qtbot.waitUntil(lambda: ConnectionState.OFFLINE.value in states, timeout=5000)
    ids += [outbox.enqueue(lead(n)) for n in range(3, 6)]  # typing goes on
    sender.leadQueued.emit()
    qtbot.wait(300)
    sandbox.go_online()
    qtbot.waitUntil(
        lambda: all(status_of(history, i) is LeadStatus.DELIVERED for i in ids), timeout=10_000
    )
    assert states[-1] == ConnectionState.ONLINE.value
    assert sorted(markers(sandbox)) == sorted(f"marker-{n}" for n in range(6))
    # Connection refused never reached the server: no duplicate suspicion.
    assert not any(lead.maybe_duplicate for lead in map(history.get, ids) if lead)


def test_unauthorized_pauses_until_the_key_changes(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
    api_key: str,
) -> None:
    ids = [outbox.enqueue(lead(n)) for n in range(3)]
    sender = make_sender(key="wrong-key")
    states = record_states(sender)
    sender.start()
    qtbot.waitUntil(lambda: ConnectionState.KEY_REFUSED in states, timeout=5000)
    qtbot.wait(300)
    assert sandbox.requests_seen == 1, "a 401 must stop the queue, not burn through it"
    assert status_of(history, ids[0]) is LeadStatus.UNAUTHORIZED
    sender.apiKeyChanged.emit(api_key)
    qtbot.waitUntil(
        lambda: all(status_of(history, i) is LeadStatus.DELIVERED for i in ids), timeout=5000
    )
    assert sandbox.requests_seen == 4


def test_no_key_sends_nothing_and_says_so(
    qtbot: QtBot, outbox: Outbox, sandbox: SandboxServer, make_sender: SenderFactory
) -> None:
    outbox.enqueue(lead(1))
    sender = make_sender(key=None)
    messages: list[tuple[str, str]] = []
    sender.worker.connectionChanged.connect(lambda state, msg: messages.append((state, msg)))
    sender.start()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[0] == (ConnectionState.NO_KEY, "No API key is set.")
    qtbot.wait(200)
    assert sandbox.requests_seen == 0


def test_http_client_is_made_when_the_first_lead_is_due(
    qtbot: QtBot,
    data_dir: Path,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    api_key: str,
) -> None:
    # An idle app never loads the HTTP stack; a key set before then is the one used.
    made: list[str | None] = []

    def factory(key: str | None) -> OctanistClient:
        made.append(key)
        return OctanistClient(sandbox.url, key, connect_timeout=1.0, read_timeout=2.0)

    sender = SenderThread(SenderWorker(data_dir, factory, "old-key", backoff=FAST))
    counts: list[dict[str, int]] = []
    sender.worker.countsChanged.connect(counts.append)
    try:
        sender.start()
        qtbot.waitUntil(lambda: bool(counts))  # started, drained nothing
        sender.apiKeyChanged.emit(api_key)
        qtbot.wait(200)
        assert made == []
        first = outbox.enqueue(lead(1))
        sender.leadQueued.emit()
        qtbot.waitUntil(lambda: status_of(history, first) is LeadStatus.DELIVERED, timeout=5000)
        second = outbox.enqueue(lead(2))
        sender.leadQueued.emit()
        qtbot.waitUntil(lambda: status_of(history, second) is LeadStatus.DELIVERED, timeout=5000)
        assert made == [api_key]  # one client, made with the current key, kept
    finally:
        assert sender.stop(10.0)


def test_send_now_skips_the_backoff_wait(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    sandbox.inject("500")
    lead_id = outbox.enqueue(lead(1))
    sender = make_sender(backoff=Backoff(base=60.0, cap=60.0, jitter=0.0))
    sender.start()
    qtbot.waitUntil(lambda: status_of(history, lead_id) is LeadStatus.WAITING, timeout=5000)
    sender.sendNowRequested.emit()
    qtbot.waitUntil(lambda: status_of(history, lead_id) is LeadStatus.DELIVERED, timeout=3000)


def test_lead_interrupted_mid_send_is_resent_and_flagged(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    on_the_wire = outbox.enqueue(lead(1))
    outbox.mark_sending(on_the_wire)
    outbox.mark_request_started(on_the_wire)
    never_sent = outbox.enqueue(lead(2))
    outbox.mark_sending(never_sent)
    make_sender().start()
    qtbot.waitUntil(lambda: len(sandbox.leads) == 2, timeout=5000)
    qtbot.waitUntil(lambda: status_of(history, never_sent) is LeadStatus.DELIVERED)
    first, second = history.get(on_the_wire), history.get(never_sent)
    assert first is not None
    assert second is not None
    assert first.maybe_duplicate
    assert not second.maybe_duplicate


def test_stop_while_a_request_hangs_leaves_the_lead_recoverable(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    sandbox.inject("hang", seconds=1.0)
    lead_id = outbox.enqueue(lead(1))
    sender = make_sender(read_timeout=0.5)
    sender.start()
    qtbot.waitUntil(lambda: sandbox.requests_seen == 1, timeout=5000)
    assert sender.stop(5.0)
    assert status_of(history, lead_id) in {LeadStatus.SENDING, LeadStatus.WAITING}


def test_lead_erased_while_on_the_wire_does_not_stall_the_queue(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    sandbox.set_delay(0.5)
    erased = outbox.enqueue(lead(1))
    kept = outbox.enqueue(lead(2))
    make_sender().start()
    qtbot.waitUntil(lambda: status_of(history, erased) is LeadStatus.SENDING, timeout=5000)
    assert history.erase(erased)  # a privacy request, mid-request
    qtbot.waitUntil(lambda: status_of(history, kept) is LeadStatus.DELIVERED, timeout=5000)
    assert history.get(erased) is None


def test_a_lead_queued_after_a_pause_ran_out_on_an_empty_queue_goes_at_once(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    make_sender: SenderFactory,
) -> None:
    # Offline, the only lead waits; then it is taken back (erased) and the pause
    # runs out with nothing left to send, so no timer is left to end it.
    sandbox.go_offline()
    first = outbox.enqueue(lead(1))
    sender = make_sender()
    sender.start()
    qtbot.waitUntil(lambda: status_of(history, first) is LeadStatus.WAITING, timeout=5000)
    history.erase(first)
    qtbot.wait(400)  # longer than the backoff's cap: the pause has run out
    sandbox.go_online()

    outbox.enqueue(lead(2))
    sender.leadQueued.emit()

    qtbot.waitUntil(lambda: markers(sandbox) == ["marker-2"], timeout=3000)
