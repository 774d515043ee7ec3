"""Outcomes in the store on a real SQLite file: saved first, due only after their lead, in order."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from octanist_desktop.core.deal import Match, MatchBy, OutcomeDraft, Stage
from octanist_desktop.core.outcomes import (
    Applied,
    Conflict,
    Delivered,
    Invalid,
    Rejected,
    Retryable,
    Unauthorized,
    Unsupported,
)
from octanist_desktop.core.remote import Availability, RemoteLead, Usage
from octanist_desktop.store.database import open_database, schema_version
from octanist_desktop.store.history import History
from octanist_desktop.store.lifecycle import (
    OUTCOME_TRANSITIONS,
    Event,
    IllegalTransition,
    LeadNotFound,
    OutcomeNotFound,
    OutcomeStatus,
)
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.store.outcome_queue import (
    CONFLICT_MESSAGES,
    INTERRUPTED_AFTER_SENDING,
    NOT_FOUND_MESSAGE,
    UNMATCHABLE_MESSAGE,
    OutcomeQueue,
)
from octanist_desktop.store.remote_index import RemoteIndex

_O = OutcomeStatus
T0 = 1_800_000_000.0
WON = OutcomeDraft(Stage.WON, Decimal("5000"), note="Signed", currency="EUR")
LOST = OutcomeDraft(Stage.LOST, loss_reason="Budget")
QUALIFIED = OutcomeDraft(Stage.QUALIFIED)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    """Time stands still until a test moves it."""
    return FakeClock()


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """One connection to a fresh database file."""
    connection = open_database(data_dir)
    yield connection
    connection.close()


@pytest.fixture
def outbox(conn: sqlite3.Connection, clock: FakeClock) -> Outbox:
    """The leads' outbox."""
    return Outbox(conn, clock=clock)


@pytest.fixture
def queue(conn: sqlite3.Connection, clock: FakeClock) -> OutcomeQueue:
    """The outcomes' queue on the same file."""
    return OutcomeQueue(conn, clock=clock)


def deliver(outbox: Outbox, lead_id: int, octanist_id: str = "") -> None:
    """Send a lead the way the sender does, and have Octanist accept it."""
    outbox.mark_sending(lead_id)
    outbox.mark_request_started(lead_id)
    outbox.record(lead_id, Delivered(octanist_id or f"lead_{lead_id}"))


def send(queue: OutcomeQueue, answer: object, **kwargs: object) -> int:
    """Claim the next due outcome, mark its request and record ``answer``; its id."""
    due = queue.claim_next_due()
    assert due is not None
    assert due.match is not None
    queue.mark_request_started(due.outcome.id, due.match)
    queue.record(due.outcome.id, answer, **kwargs)  # type: ignore[arg-type]
    return due.outcome.id


# --- saving ----------------------------------------------------------------------------


def test_an_outcome_is_saved_with_what_was_typed(outbox: Outbox, queue: OutcomeQueue) -> None:
    lead_id = outbox.enqueue({"name": "Ada"})
    outcome_id = queue.add(lead_id, WON)

    [saved] = queue.for_lead(lead_id)
    assert saved.id == outcome_id
    assert saved.status is _O.QUEUED
    assert saved.draft == WON
    assert (saved.created_at, saved.attempts, saved.maybe_duplicate) == (T0, 0, False)


def test_a_loss_reason_is_kept_only_for_lost(outbox: Outbox, queue: OutcomeQueue) -> None:
    lead_id = outbox.enqueue({"name": "Ada"})
    queue.add(lead_id, OutcomeDraft(Stage.QUALIFIED, loss_reason="not lost"))
    queue.add(lead_id, LOST)
    assert [o.loss_reason for o in queue.for_lead(lead_id)] == ["", "Budget"]


def test_nothing_is_saved_for_a_bad_outcome_or_a_missing_lead(
    outbox: Outbox, queue: OutcomeQueue
) -> None:
    lead_id = outbox.enqueue({"name": "Ada"})
    with pytest.raises(ValueError, match="value_required"):
        queue.add(lead_id, OutcomeDraft(Stage.WON))
    with pytest.raises(LeadNotFound):
        queue.add(lead_id + 1, WON)
    assert queue.for_lead(lead_id) == []


def test_latest_for_gives_each_leads_newest(outbox: Outbox, queue: OutcomeQueue) -> None:
    first, second, third = outbox.enqueue_many([{"name": n} for n in "ABC"])
    queue.add(first, QUALIFIED)
    queue.add(first, WON)
    queue.add(second, LOST)
    latest = queue.latest_for([first, second, third])
    assert {lead: o.stage for lead, o in latest.items()} == {first: Stage.WON, second: Stage.LOST}


# --- order --------------------------------------------------------------------------------


def test_an_outcome_waits_for_its_lead_and_is_then_matched_by_id(
    outbox: Outbox, queue: OutcomeQueue
) -> None:
    lead_id = outbox.enqueue({"name": "Ada", "email": "ada@example.com"})
    queue.add(lead_id, WON)
    assert queue.claim_next_due() is None  # the lead is still queued

    outbox.mark_sending(lead_id)
    assert queue.claim_next_due() is None  # ...and then on the wire
    outbox.record(lead_id, Retryable("down", maybe_delivered=True), next_attempt_at=T0 + 5)
    assert queue.claim_next_due() is None  # ...and then waiting
    outbox.mark_sending(lead_id)
    outbox.record(lead_id, Delivered("lead_abc"))

    due = queue.claim_next_due()
    assert due is not None
    assert due.lead.id == lead_id
    assert due.match == Match(MatchBy.ID, "lead_abc")  # never by email once the id is known
    assert due.outcome.status is _O.SENDING
    assert due.outcome.attempts == 1


def test_an_outcome_of_a_refused_lead_never_goes(outbox: Outbox, queue: OutcomeQueue) -> None:
    lead_id = outbox.enqueue({"name": "Ada"})
    queue.add(lead_id, LOST)
    outbox.mark_sending(lead_id)
    outbox.record(lead_id, Rejected("filtered"))
    assert queue.claim_next_due() is None


def test_outcomes_of_one_lead_go_in_the_order_recorded(
    outbox: Outbox, queue: OutcomeQueue, clock: FakeClock
) -> None:
    lead_id = outbox.enqueue({"name": "Ada"})
    deliver(outbox, lead_id)
    first = queue.add(lead_id, QUALIFIED)
    second = queue.add(lead_id, WON)

    due = queue.claim_next_due()
    assert due is not None
    assert due.outcome.id == first
    assert queue.claim_next_due() is None  # the first is on the wire: the second waits
    queue.record(first, Retryable("down"), next_attempt_at=T0 + 10)
    assert queue.claim_next_due() is None  # and still waits while the first is waiting
    clock.now = T0 + 10
    assert send(queue, Applied()) == first
    assert send(queue, Applied()) == second


def test_outcomes_of_different_leads_go_oldest_first(outbox: Outbox, queue: OutcomeQueue) -> None:
    a, b = outbox.enqueue_many([{"name": "A"}, {"name": "B"}])
    deliver(outbox, b)
    deliver(outbox, a)
    won = queue.add(a, WON)
    lost = queue.add(b, LOST)
    assert [send(queue, Applied()), send(queue, Applied())] == [won, lost]


def test_without_an_octanist_id_it_matches_by_email_then_phone(
    conn: sqlite3.Connection, outbox: Outbox, queue: OutcomeQueue
) -> None:
    by_email, by_phone, neither = outbox.enqueue_many(
        [{"email": "a@example.com", "phone": "+316"}, {"phone": "+3161"}, {"name": "N"}]
    )
    for lead_id in (by_email, by_phone, neither):
        deliver(outbox, lead_id)
        queue.add(lead_id, LOST)
    conn.execute("UPDATE leads SET octanist_id = NULL")  # a server that gave no id

    matches = []
    for _ in range(3):
        due = queue.claim_next_due()
        assert due is not None
        matches.append(due.match)
        if due.match is None:
            queue.record_unmatchable(due.outcome.id)
        else:
            queue.mark_request_started(due.outcome.id, due.match)
            queue.record(due.outcome.id, Applied())
    assert matches == [Match(MatchBy.EMAIL, "a@example.com"), Match(MatchBy.PHONE, "+3161"), None]
    [unmatched] = queue.for_lead(neither)
    assert (unmatched.status, unmatched.last_error) == (_O.INVALID, UNMATCHABLE_MESSAGE)


# --- answers --------------------------------------------------------------------------


@pytest.fixture
def delivered_lead(outbox: Outbox) -> int:
    """A lead Octanist has, with the id ``lead_1``."""
    lead_id = outbox.enqueue({"name": "Ada", "email": "ada@example.com"})
    deliver(outbox, lead_id, "lead_1")
    return lead_id


@pytest.mark.parametrize(
    ("answer", "lead_missing", "status"),
    [
        (Applied("lead_1", 1, "req_1"), False, _O.DELIVERED),
        (Invalid("bad"), False, _O.INVALID),
        (Unauthorized("key"), False, _O.UNAUTHORIZED),
        (Rejected("no"), False, _O.REJECTED),
        (Conflict("many"), False, _O.CONFLICT),
        (Unsupported(405), False, _O.UNSUPPORTED),
        (Unsupported(404, "NOT_FOUND"), True, _O.NOT_FOUND),
    ],
)
def test_each_answer_moves_the_outcome(
    queue: OutcomeQueue,
    delivered_lead: int,
    answer: object,
    lead_missing: bool,
    status: OutcomeStatus,
) -> None:
    queue.add(delivered_lead, WON)
    outcome_id = send(queue, answer, lead_missing=lead_missing)
    stored = queue.get(outcome_id)
    assert stored is not None
    assert stored.status is status
    assert stored.matched_by is MatchBy.ID
    assert (stored.delivered_at is not None) is (status is _O.DELIVERED)


def test_a_conflict_says_which_field_matched_several(
    conn: sqlite3.Connection, queue: OutcomeQueue, delivered_lead: int
) -> None:
    conn.execute("UPDATE leads SET octanist_id = NULL")
    queue.add(delivered_lead, LOST)
    outcome_id = send(queue, Conflict("Multiple leads match"))
    stored = queue.get(outcome_id)
    assert stored is not None
    assert stored.last_error == CONFLICT_MESSAGES[MatchBy.EMAIL]
    assert "share this email" in stored.last_error


def test_not_found_and_unsupported_are_told_apart(queue: OutcomeQueue, delivered_lead: int) -> None:
    queue.add(delivered_lead, WON)
    outcome_id = send(queue, Unsupported(404, "NOT_FOUND"), lead_missing=True)
    stored = queue.get(outcome_id)
    assert stored is not None
    assert stored.last_error == NOT_FOUND_MESSAGE


def test_a_lost_answer_flags_a_possible_duplicate_for_good(
    queue: OutcomeQueue, delivered_lead: int, clock: FakeClock
) -> None:
    queue.add(delivered_lead, WON)
    send(queue, Retryable("timed out", maybe_delivered=True), next_attempt_at=T0 + 1)
    clock.now = T0 + 1
    outcome_id = send(queue, Applied())
    stored = queue.get(outcome_id)
    assert stored is not None
    assert (stored.status, stored.maybe_duplicate, stored.attempts) == (_O.DELIVERED, True, 2)


def test_a_retryable_answer_needs_a_next_attempt(queue: OutcomeQueue, delivered_lead: int) -> None:
    queue.add(delivered_lead, WON)
    due = queue.claim_next_due()
    assert due is not None
    with pytest.raises(ValueError, match="next_attempt_at"):
        queue.record(due.outcome.id, Retryable("down"))


def test_recovery_after_a_crash(queue: OutcomeQueue, delivered_lead: int) -> None:
    queue.add(delivered_lead, QUALIFIED)
    queue.add(delivered_lead, WON)
    first = queue.claim_next_due()
    assert first is not None
    assert first.match is not None
    queue.mark_request_started(first.outcome.id, first.match)  # on the wire when killed

    assert queue.recover_interrupted() == [first.outcome.id]

    stored = queue.get(first.outcome.id)
    assert stored is not None
    assert (stored.status, stored.maybe_duplicate) == (_O.QUEUED, True)
    assert stored.last_error == INTERRUPTED_AFTER_SENDING
    again = queue.claim_next_due()
    assert again is not None
    assert again.outcome.id == first.outcome.id  # still before the second


def test_a_claim_without_a_request_is_no_duplicate(
    queue: OutcomeQueue, delivered_lead: int
) -> None:
    queue.add(delivered_lead, WON)
    due = queue.claim_next_due()
    assert due is not None
    queue.recover_interrupted()
    stored = queue.get(due.outcome.id)
    assert stored is not None
    assert not stored.maybe_duplicate


def test_requeue_by_event(queue: OutcomeQueue, outbox: Outbox, clock: FakeClock) -> None:
    leads = outbox.enqueue_many([{"name": str(n)} for n in range(3)])
    for lead_id in leads:
        deliver(outbox, lead_id)
        queue.add(lead_id, LOST)
    send(queue, Unauthorized("key"))
    send(queue, Unsupported(405))
    send(queue, Retryable("down"), next_attempt_at=T0 + 60)

    assert queue.requeue(Event.SEND_NOW) == [leads[2]]
    assert sorted(queue.requeue(Event.KEY_CHANGED)) == leads[:2]
    assert queue.counts()[_O.QUEUED] == 3
    send(queue, Unsupported(405))
    assert queue.requeue(Event.API_AVAILABLE) == [leads[0]]


def test_retry_now_follows_the_lifecycle(queue: OutcomeQueue, delivered_lead: int) -> None:
    queue.add(delivered_lead, WON)
    outcome_id = send(queue, Conflict("many"))
    assert queue.retry_now(outcome_id).status is _O.QUEUED
    send(queue, Applied())
    with pytest.raises(IllegalTransition, match="already recorded"):
        queue.retry_now(outcome_id)
    with pytest.raises(OutcomeNotFound):
        queue.retry_now(outcome_id + 100)


def test_the_table_never_leaves_delivered() -> None:
    assert not any(source is _O.DELIVERED for source, _ in OUTCOME_TRANSITIONS)


# --- erase -----------------------------------------------------------------------------------


def test_erasing_a_lead_erases_its_outcomes_and_octanists_copy(
    conn: sqlite3.Connection, outbox: Outbox, queue: OutcomeQueue, delivered_lead: int
) -> None:
    queue.add(delivered_lead, WON)
    index = RemoteIndex(conn)
    index.apply(
        [
            RemoteLead("lead_1", Stage.WON, email="ada@example.com"),
            RemoteLead("lead_other_device", email="ADA@example.com"),
        ],
        index.begin_refresh(),
    )
    History(conn).erase(delivered_lead)
    assert queue.for_lead(delivered_lead) == []
    assert conn.execute("SELECT count(*) FROM outcomes").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM octanist_leads").fetchone()[0] == 0


def test_an_outcome_erased_on_the_wire_is_not_found(
    conn: sqlite3.Connection, queue: OutcomeQueue, delivered_lead: int
) -> None:
    queue.add(delivered_lead, WON)
    due = queue.claim_next_due()
    assert due is not None
    History(conn).erase(delivered_lead)
    with pytest.raises(OutcomeNotFound):
        queue.record(due.outcome.id, Applied())


# --- the remote index ----------------------------------------------------------------------


def _at(hour: int) -> datetime:
    return datetime(2026, 11, 20, hour, 42, tzinfo=UTC)


def test_changes_at_octanist_are_marked_for_one_refresh(
    conn: sqlite3.Connection, outbox: Outbox, delivered_lead: int
) -> None:
    index = RemoteIndex(conn)
    first = index.begin_refresh()
    assert index.apply([RemoteLead("lead_1", Stage.OPEN)], first) == [delivered_lead]
    assert not index.for_leads([delivered_lead])[delivered_lead].changed

    second = index.begin_refresh()
    index.apply([RemoteLead("lead_1", Stage.QUALIFIED, campaign="Expo")], second)
    state = index.for_leads([delivered_lead])[delivered_lead]
    assert (state.stage, state.campaign, state.changed) == (Stage.QUALIFIED, "Expo", True)

    index.begin_refresh()  # a refresh that brought nothing new about it
    assert not index.for_leads([delivered_lead])[delivered_lead].changed


def test_a_first_read_of_a_changed_lead_is_a_change(
    conn: sqlite3.Connection, delivered_lead: int
) -> None:
    index = RemoteIndex(conn)
    index.apply([RemoteLead("lead_1", Stage.WON, Decimal(100))], index.begin_refresh())
    assert index.for_leads([delivered_lead])[delivered_lead].changed


def test_what_our_own_outcome_did_is_not_marked(
    conn: sqlite3.Connection, queue: OutcomeQueue, delivered_lead: int
) -> None:
    queue.add(delivered_lead, WON)
    send(queue, Applied())
    index = RemoteIndex(conn)
    index.apply([RemoteLead("lead_1", Stage.WON, Decimal("5000.00"))], index.begin_refresh())
    state = index.for_leads([delivered_lead])[delivered_lead]
    assert state.value == Decimal("5000.00")
    assert not state.changed


def test_leads_from_other_devices_are_found_by_email_or_phone(
    conn: sqlite3.Connection, delivered_lead: int
) -> None:
    index = RemoteIndex(conn)
    index.apply(
        [
            RemoteLead("lead_1", email="ada@example.com"),  # this app's own
            RemoteLead("lead_x", email="Bo@Example.com", created_at=_at(9)),
            RemoteLead("lead_y", phone="+31 6 1234 5678", created_at=_at(10)),
        ],
        index.begin_refresh(),
    )
    assert index.elsewhere("ada@example.com", None) == []
    assert [m.octanist_id for m in index.elsewhere("bo@example.com", "+31612345678")] == [
        "lead_y",
        "lead_x",
    ]
    assert index.prune(_at(10).timestamp()) == 1
    assert [m.octanist_id for m in index.elsewhere("bo@example.com", "+31612345678")] == ["lead_y"]


def test_sent_leads_and_those_never_read_back(
    conn: sqlite3.Connection, outbox: Outbox, delivered_lead: int
) -> None:
    other = outbox.enqueue({"name": "Bo"})
    deliver(outbox, other, "lead_2")
    outbox.enqueue({"name": "Still queued"})
    index = RemoteIndex(conn)
    assert index.sent_leads(10) == [(other, "lead_2"), (delivered_lead, "lead_1")]
    index.apply([RemoteLead("lead_2")], index.begin_refresh())
    assert index.sent_leads(10, unchecked_only=True) == [(delivered_lead, "lead_1")]


def test_usage_and_availability_outlive_the_connection(data_dir: Path, clock: FakeClock) -> None:
    conn = open_database(data_dir)
    index = RemoteIndex(conn, clock=clock)
    assert index.availability() is Availability.UNKNOWN
    assert index.set_availability(Availability.UNSUPPORTED)
    assert not index.set_availability(Availability.UNSUPPORTED)
    index.save_usage(Usage(148, 500, 0, _at(0), _at(23), {"won": 3}, 0.5, Decimal("12.50")))
    conn.close()

    again = RemoteIndex(open_database(data_dir))
    assert again.availability() is Availability.UNSUPPORTED
    saved = again.usage()
    assert saved is not None
    usage, fetched_at = saved
    assert (usage.leads_used, usage.leads_limit, usage.total_value) == (148, 500, Decimal("12.50"))
    assert usage.period_start == _at(0)
    assert fetched_at == T0


def test_the_schema_is_version_5(conn: sqlite3.Connection) -> None:
    # 4 added the outcome tables; 5 the booth visitors waiting for staff answers.
    assert schema_version(conn) == 5


def test_a_campaign_set_at_octanist_is_news_even_beside_our_own_outcome(
    conn: sqlite3.Connection, queue: OutcomeQueue, delivered_lead: int
) -> None:
    queue.add(delivered_lead, WON)
    send(queue, Applied())
    index = RemoteIndex(conn)
    index.apply(
        [RemoteLead("lead_1", Stage.WON, Decimal(5000), campaign="Expo")], index.begin_refresh()
    )
    assert index.for_leads([delivered_lead])[delivered_lead].changed
