"""The durable outbox on a real SQLite file: enqueue, the sender's moves, and user actions."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from octanist_desktop.core.outcomes import (
    Delivered,
    Invalid,
    Outcome,
    Rejected,
    Retryable,
    Unauthorized,
)
from octanist_desktop.store.database import DB_FILE, open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import IllegalTransition, LeadNotFound, LeadStatus
from octanist_desktop.store.outbox import (
    INTERRUPTED_AFTER_SENDING,
    INTERRUPTED_BEFORE_SENDING,
    Outbox,
)

_S = LeadStatus
T0 = 1_800_000_000.0


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    """Time stands still until a test moves it."""
    return FakeClock()


@pytest.fixture
def outbox(data_dir: Path, clock: FakeClock) -> Iterator[Outbox]:
    """An outbox on a fresh database file."""
    box = Outbox(open_database(data_dir), clock=clock)
    yield box
    box.close()


def lead_of(box: Outbox, lead_id: int) -> Lead:
    """The stored lead, which must exist."""
    lead = box.get(lead_id)
    assert lead is not None
    return lead


def sent(box: Outbox, payload: dict[str, object] | None = None) -> int:
    """A lead that the sender has claimed and whose request has gone out."""
    lead_id = box.enqueue(payload or {"name": "Sent"})
    box.mark_sending(lead_id)
    box.mark_request_started(lead_id)
    return lead_id


def in_status(box: Outbox, status: LeadStatus) -> int:
    """A lead brought to ``status`` by the moves the sender really makes."""
    lead_id = box.enqueue({"name": f"In {status.value}"})
    if status is _S.QUEUED:
        return lead_id
    box.mark_sending(lead_id)
    if status is _S.SENDING:
        return lead_id
    if status is _S.FAILED:
        box.record_failure(lead_id, "RuntimeError", maybe_delivered=False)
        return lead_id
    outcomes: dict[LeadStatus, Outcome] = {
        _S.DELIVERED: Delivered("oct-1"),
        _S.INVALID: Invalid("Email is not valid"),
        _S.UNAUTHORIZED: Unauthorized("The API key was refused"),
        _S.REJECTED: Rejected("Blocked by a filtering rule"),
        _S.WAITING: Retryable("No network"),
    }
    box.record(lead_id, outcomes[status], next_attempt_at=T0 + 60)
    assert lead_of(box, lead_id).status is status
    return lead_id


# -- enqueue -------------------------------------------------------------------


def test_enqueue_is_committed_and_visible_to_another_connection(
    outbox: Outbox, data_dir: Path
) -> None:
    payload: dict[str, object] = {
        "name": "Zoë Ångström-Øster 李小龙 🚀",
        "email": "zoe@example.com",
        "phone": "+31201234567",
        "note": 'Said "call me" on Tuesday;\nnew line, tab\tand a \\ backslash',
        "ad_storage": True,
        "ad_personalization": False,
        "custom": {"plan": "pro", "seats": 12, "tags": ["a", "ü"], "nested": {"x": None}},
    }
    lead_id = outbox.enqueue(payload)

    # A plain second connection, no app code: the row is on disk, committed.
    other = sqlite3.connect(data_dir / DB_FILE)
    try:
        row = other.execute("SELECT status FROM leads WHERE id = ?", (lead_id,)).fetchone()
        assert row == ("queued",)
    finally:
        other.close()
    second = open_database(data_dir)
    try:
        lead = History(second).get(lead_id)
    finally:
        second.close()
    assert lead is not None
    assert lead.payload == payload
    assert lead.status is _S.QUEUED
    assert lead.attempts == 0
    assert lead.created_at == lead.updated_at == T0
    assert lead.delivered_at is None
    assert lead.next_attempt_at is None
    assert lead.maybe_duplicate is False
    assert (lead.name, lead.email, lead.phone) == (
        payload["name"],
        "zoe@example.com",
        "+31201234567",
    )


def test_enqueue_leaves_no_transaction_open_and_stays_fully_synchronous(outbox: Outbox) -> None:
    outbox.enqueue({"name": "Ada"})
    conn = outbox._conn
    assert not conn.in_transaction
    # FULL for every commit, not just the enqueue: with NORMAL, a power cut
    # could undo "request started" or "delivered" and resend a lead unflagged.
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_enqueue_ids_increase(outbox: Outbox) -> None:
    ids = [outbox.enqueue({"name": str(n)}) for n in range(5)]
    assert ids == sorted(ids)
    assert len(set(ids)) == 5


# -- the sender's side ----------------------------------------------------------


def test_next_due_is_oldest_first(outbox: Outbox) -> None:
    assert outbox.next_due() is None
    ids = [outbox.enqueue({"name": str(n)}) for n in range(3)]
    for expected in ids:
        lead = outbox.next_due()
        assert lead is not None
        assert lead.id == expected
        outbox.mark_sending(lead.id)
        outbox.record(lead.id, Delivered(f"oct-{lead.id}"))
    assert outbox.next_due() is None


def test_next_due_skips_waiting_leads_until_their_time(outbox: Outbox, clock: FakeClock) -> None:
    waiting = outbox.enqueue({"name": "old, waiting"})
    outbox.mark_sending(waiting)
    outbox.record(waiting, Retryable("timeout"), next_attempt_at=T0 + 30)

    assert outbox.next_due() is None
    clock.now = T0 + 29.999
    assert outbox.next_due() is None
    clock.now = T0 + 30
    due = outbox.next_due()
    assert due is not None
    assert due.id == waiting

    # A queued lead entered later still waits behind the older, now-due one.
    clock.now = T0 + 10
    queued = outbox.enqueue({"name": "new, queued"})
    due = outbox.next_due()
    assert due is not None
    assert due.id == queued, "waiting is not due yet, so the queued lead goes"
    clock.now = T0 + 31
    due = outbox.next_due()
    assert due is not None
    assert due.id == waiting, "oldest first once both are due"


def test_next_due_ignores_leads_that_need_attention_or_are_done(outbox: Outbox) -> None:
    for status in (_S.SENDING, _S.DELIVERED, _S.INVALID, _S.UNAUTHORIZED, _S.REJECTED):
        in_status(outbox, status)
    assert outbox.next_due() is None


def test_next_wake_time(outbox: Outbox) -> None:
    assert outbox.next_wake_time() is None
    outbox.enqueue({"name": "queued leads don't set a wake time"})
    assert outbox.next_wake_time() is None
    for delay in (90.0, 30.0, 60.0):
        lead_id = outbox.enqueue({"name": str(delay)})
        outbox.mark_sending(lead_id)
        outbox.record(lead_id, Retryable("502"), next_attempt_at=T0 + delay)
    assert outbox.next_wake_time() == T0 + 30.0


def test_mark_sending_counts_attempts(outbox: Outbox, clock: FakeClock) -> None:
    lead_id = outbox.enqueue({"name": "Try, try again"})
    for attempt in (1, 2, 3):
        clock.now += 1
        lead = outbox.mark_sending(lead_id)
        assert lead.status is _S.SENDING
        assert lead.attempts == attempt
        assert lead.updated_at == clock.now
        outbox.record(lead_id, Retryable("no network"), next_attempt_at=clock.now)


def test_mark_sending_twice_is_refused(outbox: Outbox) -> None:
    lead_id = outbox.enqueue({"name": "Once"})
    outbox.mark_sending(lead_id)
    with pytest.raises(IllegalTransition):
        outbox.mark_sending(lead_id)
    assert lead_of(outbox, lead_id).attempts == 1, "the refused claim changed nothing"


def test_record_delivered(outbox: Outbox, clock: FakeClock) -> None:
    lead_id = sent(outbox)
    clock.now = T0 + 2.5
    lead = outbox.record(
        lead_id, Delivered("oct-42", request_id="req-7", server_answer='{"success":true}')
    )
    assert lead.status is _S.DELIVERED
    assert lead.octanist_id == "oct-42"
    assert lead.request_id == "req-7"
    assert lead.delivered_at == T0 + 2.5
    assert lead.updated_at == T0 + 2.5
    assert lead.server_answer == '{"success":true}'
    assert lead.last_error is None
    assert lead.next_attempt_at is None
    assert lead.maybe_duplicate is False
    assert lead_of(outbox, lead_id) == lead


@pytest.mark.parametrize(
    ("outcome", "status"),
    [
        (Invalid("Field email: not a valid address", request_id="r-400"), _S.INVALID),
        (Unauthorized("The API key was not accepted", request_id="r-401"), _S.UNAUTHORIZED),
        (Rejected("Blocked by your filtering rules", request_id="r-403"), _S.REJECTED),
    ],
    ids=["invalid", "unauthorized", "rejected"],
)
def test_record_refusals_keep_the_message(
    outbox: Outbox, outcome: Invalid | Unauthorized | Rejected, status: LeadStatus
) -> None:
    lead_id = sent(outbox)
    lead = outbox.record(lead_id, outcome, next_attempt_at=T0 + 99)
    assert lead.status is status
    assert lead.last_error == outcome.message
    assert lead.request_id == outcome.request_id
    assert lead.delivered_at is None
    assert lead.octanist_id is None
    assert lead.next_attempt_at is None, "only waiting leads have a next attempt"
    assert lead.maybe_duplicate is False


@pytest.mark.parametrize("maybe_delivered", [False, True])
def test_record_retryable(outbox: Outbox, maybe_delivered: bool) -> None:
    lead_id = sent(outbox)
    lead = outbox.record(
        lead_id,
        Retryable("Read timed out", maybe_delivered=maybe_delivered, status=None),
        next_attempt_at=T0 + 45,
    )
    assert lead.status is _S.WAITING
    assert lead.next_attempt_at == T0 + 45
    assert lead.last_error == "Read timed out"
    assert lead.maybe_duplicate is maybe_delivered
    assert lead.delivered_at is None


def test_maybe_duplicate_survives_a_later_delivery(outbox: Outbox, clock: FakeClock) -> None:
    lead_id = sent(outbox)
    outbox.record(lead_id, Retryable("502", maybe_delivered=True, status=502), T0 + 10)
    clock.now = T0 + 10
    outbox.mark_sending(lead_id)
    # A clean retry neither clears the flag...
    outbox.record(lead_id, Retryable("no network", maybe_delivered=False), T0 + 20)
    assert lead_of(outbox, lead_id).maybe_duplicate is True
    clock.now = T0 + 20
    outbox.mark_sending(lead_id)
    # ...nor does success: Octanist may hold the first copy too.
    lead = outbox.record(lead_id, Delivered("oct-9"))
    assert lead.status is _S.DELIVERED
    assert lead.maybe_duplicate is True
    assert lead.last_error is None
    assert lead.attempts == 3


def test_request_id_of_a_delivery_without_one_keeps_the_earlier(outbox: Outbox) -> None:
    lead_id = sent(outbox)
    outbox.record(lead_id, Retryable("503", request_id="req-first"), T0)
    outbox.mark_sending(lead_id)
    lead = outbox.record(lead_id, Delivered("oct-1", request_id=None))
    assert lead.request_id == "req-first"


def test_record_needs_a_lead_that_is_sending(outbox: Outbox) -> None:
    lead_id = outbox.enqueue({"name": "Never sent"})
    with pytest.raises(IllegalTransition):
        outbox.record(lead_id, Delivered("oct-1"))
    lead = lead_of(outbox, lead_id)
    assert lead.status is _S.QUEUED
    assert lead.octanist_id is None
    assert not outbox._conn.in_transaction, "the refused record rolled back"


def test_delivered_cannot_be_recorded_again(outbox: Outbox) -> None:
    lead_id = sent(outbox)
    outbox.record(lead_id, Delivered("oct-1"))
    with pytest.raises(IllegalTransition):
        outbox.record(lead_id, Retryable("late duplicate answer"), T0)
    assert lead_of(outbox, lead_id).octanist_id == "oct-1"


def test_record_on_an_erased_lead_is_an_illegal_transition(outbox: Outbox, data_dir: Path) -> None:
    lead_id = sent(outbox)
    ui = open_database(data_dir)
    try:
        assert History(ui).erase(lead_id)
    finally:
        ui.close()
    with pytest.raises(IllegalTransition) as caught:
        outbox.record(lead_id, Delivered("oct-1"))
    assert str(lead_id) in str(caught.value)
    assert not outbox._conn.in_transaction
    with pytest.raises(IllegalTransition):
        outbox.mark_sending(lead_id)
    with pytest.raises(IllegalTransition):
        outbox.retry_now(lead_id)
    outbox.mark_request_started(lead_id)  # a no-op, not an error: the sender may race an erase
    assert outbox.get(lead_id) is None


# -- recovery and bulk moves -----------------------------------------------------


def test_recover_interrupted_flags_only_requests_that_went_out(
    outbox: Outbox, clock: FakeClock
) -> None:
    claimed_only = outbox.enqueue({"name": "claimed, no request"})
    outbox.mark_sending(claimed_only)
    went_out = sent(outbox, {"name": "request started"})
    untouched = outbox.enqueue({"name": "still queued"})

    clock.now = T0 + 100
    assert sorted(outbox.recover_interrupted()) == [claimed_only, went_out]

    for lead_id, flagged in ((claimed_only, False), (went_out, True), (untouched, False)):
        lead = lead_of(outbox, lead_id)
        assert lead.status is _S.QUEUED
        assert lead.maybe_duplicate is flagged
    assert lead_of(outbox, went_out).updated_at == T0 + 100
    assert outbox.recover_interrupted() == []


def test_request_started_is_forgotten_once_answered(outbox: Outbox) -> None:
    # An answered attempt is no reason to suspect a later, unstarted one.
    lead_id = sent(outbox)
    outbox.record(lead_id, Retryable("no network"), T0)
    outbox.mark_sending(lead_id)
    outbox.recover_interrupted()
    assert lead_of(outbox, lead_id).maybe_duplicate is False


def test_requeue_unauthorized(outbox: Outbox) -> None:
    refused = [in_status(outbox, _S.UNAUTHORIZED) for _ in range(3)]
    others = {s: in_status(outbox, s) for s in (_S.INVALID, _S.REJECTED, _S.WAITING)}
    assert outbox.requeue_unauthorized() == 3
    assert all(lead_of(outbox, i).status is _S.QUEUED for i in refused)
    assert {s: lead_of(outbox, i).status for s, i in others.items()} == {s: s for s in others}
    assert outbox.requeue_unauthorized() == 0


def test_retry_all_waiting(outbox: Outbox, clock: FakeClock) -> None:
    waiting = [in_status(outbox, _S.WAITING) for _ in range(2)]
    invalid = in_status(outbox, _S.INVALID)
    unauthorized = in_status(outbox, _S.UNAUTHORIZED)
    assert outbox.next_due() is None
    assert outbox.retry_all_waiting() == 2
    for lead_id in waiting:
        lead = lead_of(outbox, lead_id)
        assert lead.status is _S.QUEUED
        assert lead.next_attempt_at is None
    due = outbox.next_due()
    assert due is not None
    assert due.id == waiting[0], "due at once, oldest first"
    assert lead_of(outbox, invalid).status is _S.INVALID
    assert lead_of(outbox, unauthorized).status is _S.UNAUTHORIZED


@pytest.mark.parametrize(
    "status", [_S.WAITING, _S.INVALID, _S.REJECTED, _S.UNAUTHORIZED], ids=lambda s: s.value
)
def test_retry_now_requeues(outbox: Outbox, clock: FakeClock, status: LeadStatus) -> None:
    lead_id = in_status(outbox, status)
    before = lead_of(outbox, lead_id)
    clock.now = T0 + 5
    lead = outbox.retry_now(lead_id)
    assert lead.status is _S.QUEUED
    assert lead.next_attempt_at is None
    assert lead.updated_at == T0 + 5
    # History of the attempt stays: the user still sees what went wrong last time.
    assert lead.attempts == before.attempts
    assert lead.last_error == before.last_error
    due = outbox.next_due()
    assert due is not None
    assert due.id == lead_id


@pytest.mark.parametrize("status", [_S.DELIVERED, _S.SENDING, _S.QUEUED], ids=lambda s: s.value)
def test_retry_now_refused(outbox: Outbox, status: LeadStatus) -> None:
    lead_id = in_status(outbox, status)
    before = lead_of(outbox, lead_id)
    with pytest.raises(IllegalTransition) as caught:
        outbox.retry_now(lead_id)
    if status is _S.DELIVERED:
        assert "already delivered" in str(caught.value)
    assert lead_of(outbox, lead_id) == before
    assert not outbox._conn.in_transaction


def test_counts(outbox: Outbox, data_dir: Path) -> None:
    assert outbox.counts() == dict.fromkeys(LeadStatus, 0)
    plan = {
        _S.QUEUED: 3,
        _S.SENDING: 1,
        _S.DELIVERED: 4,
        _S.INVALID: 1,
        _S.UNAUTHORIZED: 2,
        _S.REJECTED: 1,
        _S.WAITING: 2,
        _S.FAILED: 1,
    }
    for status, n in plan.items():
        for _ in range(n):
            in_status(outbox, status)
    assert outbox.counts() == plan
    ui = open_database(data_dir)
    try:
        assert History(ui).counts() == plan
    finally:
        ui.close()


def test_sender_and_gui_on_separate_connections(data_dir: Path, clock: FakeClock) -> None:
    gui = Outbox(open_database(data_dir), clock=clock)
    sender = Outbox(open_database(data_dir), clock=clock)
    try:
        lead_id = gui.enqueue({"name": "Handed over"})
        due = sender.next_due()
        assert due is not None
        assert due.id == lead_id
        sender.mark_sending(lead_id)
        sender.record(lead_id, Invalid("bad email"))
        assert gui.retry_now(lead_id).status is _S.QUEUED
        assert sender.mark_sending(lead_id).attempts == 2
    finally:
        gui.close()
        sender.close()


# -- what enqueue refuses, claiming, and the answers kept ---------------------------------


def test_enqueue_stores_catalogue_fields_only(outbox: Outbox, data_dir: Path) -> None:
    secret = "sk_live_do-not-store-0123456789"
    with pytest.raises(ValueError, match="X-API-KEY"):
        outbox.enqueue({"name": "Ada", "X-API-KEY": secret})
    with pytest.raises(ValueError, match="api_key"):
        outbox.enqueue({"name": "Ada", "api_key": secret})
    with pytest.raises(ValueError, match=r"number that can.t be saved"):
        outbox.enqueue({"name": "Ada", "custom": {"score": float("nan")}})
    with pytest.raises(TypeError):
        outbox.enqueue({"name": "Ada", "custom": {1, 2}})
    assert outbox.counts() == dict.fromkeys(LeadStatus, 0), "nothing half-stored"
    stored = b"".join(p.read_bytes() for p in data_dir.glob(f"{DB_FILE}*"))
    assert secret.encode() not in stored


def test_enqueue_many_is_one_fsynced_commit_all_or_nothing(data_dir: Path) -> None:
    conn = open_database(data_dir)
    outbox = Outbox(conn)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    ids = outbox.enqueue_many([{"name": f"Row {n}"} for n in range(250)])
    conn.set_trace_callback(None)
    assert ids == sorted(set(ids))
    assert len(ids) == 250
    names = [lead.payload["name"] for lead in map(outbox.get, ids[:2]) if lead is not None]
    assert names == ["Row 0", "Row 1"]
    assert statements.count("COMMIT") == 1
    assert not any(sql.startswith("PRAGMA synchronous") for sql in statements)  # stays FULL

    secret = "sk_live_do-not-store-0123456789"
    with pytest.raises(ValueError, match="api_key"):
        outbox.enqueue_many([{"name": "Fine"}, {"name": "Ada", "api_key": secret}])
    assert outbox.counts()[LeadStatus.QUEUED] == 250, "the good one went nowhere either"
    assert outbox.enqueue_many([]) == []
    conn.close()


CHILD = """
import os, signal, sys
from pathlib import Path
from octanist_desktop.store.database import open_database
from octanist_desktop.store.outbox import Outbox
lead_id = Outbox(open_database(Path(sys.argv[1]))).enqueue({"name": "Survivor"})
print(lead_id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no close, no atexit, no checkpoint
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_enqueued_lead_survives_the_process_being_killed(data_dir: Path) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    lead_id = int(child.stdout)
    conn = open_database(data_dir)
    try:
        lead = History(conn).get(lead_id)
    finally:
        conn.close()
    assert lead is not None
    assert lead.name == "Survivor"
    assert lead.status is _S.QUEUED


def test_claim_next_due(outbox: Outbox, clock: FakeClock) -> None:
    assert outbox.claim_next_due() is None
    first, second = outbox.enqueue({"name": "1"}), outbox.enqueue({"name": "2"})
    claimed = outbox.claim_next_due()
    assert claimed is not None
    assert (claimed.id, claimed.status, claimed.attempts) == (first, _S.SENDING, 1)
    outbox.record(first, Retryable("no network"), next_attempt_at=T0 + 10)
    claimed = outbox.claim_next_due()
    assert claimed is not None
    assert claimed.id == second
    assert outbox.claim_next_due() is None, "the waiting one is not due yet"
    clock.now = T0 + 10
    claimed = outbox.claim_next_due()
    assert claimed is not None
    assert (claimed.id, claimed.attempts) == (first, 2)
    assert not outbox._conn.in_transaction


def test_a_retryable_needs_a_next_attempt_time(outbox: Outbox) -> None:
    lead_id = sent(outbox)
    with pytest.raises(ValueError, match="next_attempt_at"):
        outbox.record(lead_id, Retryable("timeout"))
    assert lead_of(outbox, lead_id).status is _S.SENDING, "nothing recorded"


def test_the_last_answer_is_kept_until_a_new_one(outbox: Outbox) -> None:
    lead_id = sent(outbox)
    outbox.record(lead_id, Retryable("502", request_id="req-1", server_answer="<html>"), T0)
    outbox.mark_sending(lead_id)
    lead = outbox.record(lead_id, Retryable("No network", network_down=True), T0)
    assert (lead.request_id, lead.server_answer, lead.last_error) == (
        "req-1",
        "<html>",
        "No network",
    )
    outbox.mark_sending(lead_id)
    lead = outbox.record(lead_id, Invalid("Bad email", server_answer='{"success":false}'))
    assert (lead.request_id, lead.server_answer) == (None, '{"success":false}')
    assert lead.last_error == "Bad email"


def test_recovery_says_what_happened(outbox: Outbox) -> None:
    claimed_only = outbox.enqueue({"name": "claimed"})
    outbox.mark_sending(claimed_only)
    went_out = sent(outbox)
    outbox.recover_interrupted()
    assert lead_of(outbox, went_out).last_error == INTERRUPTED_AFTER_SENDING
    assert "may arrive twice" in INTERRUPTED_AFTER_SENDING
    assert lead_of(outbox, claimed_only).last_error == INTERRUPTED_BEFORE_SENDING


def test_claiming_an_erased_lead_is_lead_not_found(outbox: Outbox, data_dir: Path) -> None:
    lead_id = outbox.enqueue({"name": "Gone"})
    ui = open_database(data_dir)
    try:
        History(ui).erase(lead_id)
    finally:
        ui.close()
    with pytest.raises(LeadNotFound) as caught:
        outbox.mark_sending(lead_id)
    assert isinstance(caught.value, IllegalTransition)
    assert outbox.claim_next_due() is None


def test_the_send_path_fsyncs_once_and_leaves_the_connection_fully_synchronous(
    data_dir: Path,
) -> None:
    conn = open_database(data_dir)
    outbox = Outbox(conn)
    statements: list[str] = []
    lead_id = outbox.enqueue({"name": "Sync"})
    conn.set_trace_callback(statements.append)
    claimed = outbox.claim_next_due()
    assert claimed is not None
    outbox.mark_request_started(lead_id)
    outbox.record(lead_id, Delivered("lead_1", "req_1"))
    conn.set_trace_callback(None)
    commits_under = []
    mode = "FULL"
    for sql in statements:
        if sql.startswith("PRAGMA synchronous"):
            mode = sql.split("=")[1].strip()
        if sql == "COMMIT":
            commits_under.append(mode)
    # claim and answer ride on the request-started fsync; that one is FULL.
    assert commits_under == ["NORMAL", "FULL", "NORMAL"]
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again
    conn.close()
