"""The sender can't be stalled, held or fooled: deep answers, app failures, dripping servers, ids.

Each case is a finding from an attack on the app, replayed against the real
sandbox over loopback HTTP and a real SQLite outbox:

- an answer nested 3,000 levels raised RecursionError out of the drain step,
  and the queue behind that lead never moved again;
- any other unexpected exception did the same;
- a server dripping its answer a byte at a time held a request for minutes
  (the read timeout counts from the last byte);
- a success whose ``data.id`` was a number, or missing, was re-sent for ever.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from octanist_desktop.core.outcomes import Delivered, Outcome, Retryable
from octanist_desktop.net.client import OctanistClient
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.sender.thread import SenderThread
from octanist_desktop.sender.worker import SenderWorker
from octanist_desktop.store.history import History
from octanist_desktop.store.lifecycle import NEEDS_ATTENTION, LeadStatus
from octanist_desktop.store.outbox import DELIVERED_WITHOUT_ID, Outbox
from tests.test_sender import FAST, history, lead, markers, outbox, status_of

__all__ = ["history", "outbox"]  # fixtures, imported for pytest

ClientFactory = Callable[[str | None], OctanistClient]


@pytest.fixture
def start_sender(
    qtbot: QtBot, data_dir: Path, sandbox: SandboxServer, api_key: str
) -> Iterator[Callable[[ClientFactory | None], SenderThread]]:
    """Start a sender on the sandbox, with the given client factory; joined after."""
    made: list[SenderThread] = []

    def start(factory: ClientFactory | None = None) -> SenderThread:
        worker = SenderWorker(
            data_dir,
            factory
            or (lambda k: OctanistClient(sandbox.url, k, connect_timeout=1.0, read_timeout=2.0)),
            api_key,
            backoff=FAST,
        )
        sender = SenderThread(worker)
        made.append(sender)
        sender.start()
        return sender

    yield start
    for sender in made:
        assert sender.stop(10.0), "sender thread did not end"


def wait_for_status(
    qtbot: QtBot, history: History, lead_id: int, status: LeadStatus, timeout: int = 10_000
) -> None:
    qtbot.waitUntil(lambda: status_of(history, lead_id) is status, timeout=timeout)


# -- a deeply nested answer ----------------------------------------------------------------


def test_an_answer_nested_3000_levels_is_a_retry_not_a_crash(
    sandbox: SandboxServer, api_key: str
) -> None:
    sandbox.inject("deep_json", depth=3000)
    client = OctanistClient(sandbox.url, api_key, read_timeout=2.0)
    try:
        outcome = client.post_lead(lead(1))
    finally:
        client.close()

    assert isinstance(outcome, Retryable)
    assert outcome.maybe_delivered  # Octanist said 200: it may well have the lead
    assert "too deeply nested" in outcome.reason


def test_a_deeply_nested_answer_does_not_stall_the_queue(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    start_sender: Callable[..., SenderThread],
) -> None:
    ids = [outbox.enqueue(lead(n)) for n in range(3)]
    sandbox.inject("deep_json", depth=3000)
    start_sender()

    for lead_id in ids:
        wait_for_status(qtbot, history, lead_id, LeadStatus.DELIVERED)
    first = history.get(ids[0])
    assert first is not None
    assert first.attempts == 2
    assert first.maybe_duplicate  # the deep answer came with the lead kept
    assert markers(sandbox).count("marker-0") == 2
    assert markers(sandbox)[-2:] == ["marker-1", "marker-2"]


# -- a failure inside the app ----------------------------------------------------------------


class FailingClient(OctanistClient):
    """A real client that fails the way a bug would, for leads named in ``failures``.

    ``failures[name]`` says when: "before" the request goes out, or "after" it
    went out and Octanist answered. Each failure happens once.
    """

    def __init__(self, url: str, key: str | None, failures: dict[str, tuple[str, Exception]]):
        super().__init__(url, key, connect_timeout=1.0, read_timeout=2.0)
        self.failures = failures

    def post_lead(self, payload: Mapping[str, object]) -> Outcome:
        when, error = self.failures.pop(str(payload.get("name")), ("", None))
        if when == "before" and error is not None:
            raise error
        outcome = super().post_lead(payload)
        if when == "after" and error is not None:
            raise error
        return outcome


def test_an_exception_while_sending_fails_that_lead_alone_and_the_queue_moves_on(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    start_sender: Callable[..., SenderThread],
) -> None:
    failures: dict[str, tuple[str, Exception]] = {
        "Lead 0": ("after", RecursionError("maximum recursion depth exceeded")),
        "Lead 1": ("before", MemoryError()),
    }
    ids = [outbox.enqueue(lead(n)) for n in range(4)]
    sender = start_sender(lambda key: FailingClient(sandbox.url, key, failures))

    wait_for_status(qtbot, history, ids[3], LeadStatus.DELIVERED)
    wait_for_status(qtbot, history, ids[2], LeadStatus.DELIVERED)
    after, before = history.get(ids[0]), history.get(ids[1])
    assert after is not None
    assert before is not None
    for failed in (after, before):
        assert failed.status is LeadStatus.FAILED
        assert failed.status in NEEDS_ATTENTION
        assert failed.last_error is not None
        assert "Press Retry" in failed.last_error
    assert "RecursionError" in (after.last_error or "")
    # Once the request may have left, the app can't tell whether it did: both are
    # flagged (lead 0 is at Octanist; lead 1 failed before its bytes went out).
    assert after.maybe_duplicate
    assert before.maybe_duplicate
    assert markers(sandbox) == ["marker-0", "marker-2", "marker-3"]

    # Nothing retries a failed lead by itself; a person's Retry sends it.
    time.sleep(0.5)
    assert status_of(history, ids[1]) is LeadStatus.FAILED
    outbox.retry_now(ids[1])
    sender.leadQueued.emit()
    wait_for_status(qtbot, history, ids[1], LeadStatus.DELIVERED)
    assert markers(sandbox).count("marker-1") == 1


# -- a server that drips its answer ----------------------------------------------------------


@pytest.mark.parametrize("part", ["body", "headers"])
def test_a_dripping_answer_is_cut_at_the_deadline_as_maybe_delivered(
    sandbox: SandboxServer, api_key: str, part: str
) -> None:
    client = OctanistClient(sandbox.url, api_key, read_timeout=1.0, deadline=1.5)
    try:
        # Quick requests first: the watchdog is mid-sleep for theirs when the slow one starts.
        for n in range(3):
            assert isinstance(client.post_lead(lead(10 + n)), Delivered)
        time.sleep(0.5)
        # A byte every 0.2 s never trips the 1 s read timeout; only a total deadline helps.
        sandbox.inject("drip", interval=0.2, part=part)
        started = time.monotonic()
        outcome = client.post_lead(lead(1))
        took = time.monotonic() - started
        after = client.post_lead(lead(2))  # the same client goes on working
    finally:
        client.close()

    assert 1.4 < took < 3.0
    assert isinstance(outcome, Retryable)
    assert outcome.maybe_delivered
    assert "longer than 1.5 seconds" in outcome.reason
    assert isinstance(after, Delivered)


def test_a_dripped_lead_waits_flagged_and_is_delivered_again(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    start_sender: Callable[..., SenderThread],
) -> None:
    sandbox.inject("drip", interval=0.2)
    lead_id = outbox.enqueue(lead(5))
    start_sender(
        lambda key: OctanistClient(
            sandbox.url, key, connect_timeout=1.0, read_timeout=1.0, deadline=1.0
        )
    )

    wait_for_status(qtbot, history, lead_id, LeadStatus.DELIVERED)
    stored = history.get(lead_id)
    assert stored is not None
    assert stored.attempts == 2
    assert stored.maybe_duplicate
    assert markers(sandbox).count("marker-5") == 2  # the drip kept it: the flag is right


# -- what a success answer may carry as an id --------------------------------------------------


def test_a_numeric_lead_id_is_kept_as_text_and_the_lead_is_sent_once(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    start_sender: Callable[..., SenderThread],
) -> None:
    sandbox.inject("numeric_lead_id")
    first = outbox.enqueue(lead(1))
    start_sender()
    wait_for_status(qtbot, history, first, LeadStatus.DELIVERED)

    stored = history.get(first)
    assert stored is not None
    assert stored.octanist_id is not None
    assert stored.octanist_id.isdigit()
    assert stored.attempts == 1
    assert not stored.maybe_duplicate
    assert sandbox.requests_seen == 1


def test_success_without_an_id_is_delivered_once_and_noted(
    qtbot: QtBot,
    outbox: Outbox,
    history: History,
    sandbox: SandboxServer,
    start_sender: Callable[..., SenderThread],
) -> None:
    sandbox.inject("no_lead_id")
    first = outbox.enqueue(lead(1))
    sender = start_sender()
    wait_for_status(qtbot, history, first, LeadStatus.DELIVERED)
    second = outbox.enqueue(lead(2))
    sender.leadQueued.emit()
    wait_for_status(qtbot, history, second, LeadStatus.DELIVERED)
    time.sleep(0.3)  # time enough for a resend, were there one

    stored = history.get(first)
    assert stored is not None
    assert stored.octanist_id is None
    assert stored.last_error == DELIVERED_WITHOUT_ID
    assert stored.attempts == 1
    assert sandbox.requests_seen == 2  # lead 1 once, lead 2 once: no resend
