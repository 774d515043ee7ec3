"""The lead lifecycle: the one transition table, what it allows, and what it refuses."""

from __future__ import annotations

import itertools

import pytest

from octanist_desktop.store.lifecycle import (
    NEEDS_ATTENTION,
    OUTCOMES_NEED_ATTENTION,
    OUTCOMES_PENDING,
    PENDING,
    RETRYABLE,
    TRANSITIONS,
    Event,
    IllegalTransition,
    LeadStatus,
    OutcomeStatus,
    can_erase,
    can_retry,
    check,
    count_needing_attention,
    count_pending,
    is_allowed,
    is_refused,
    may_arrive_after_erase,
    outcome_is_refused,
    outcome_is_settled,
    sources_for,
)

_S = LeadStatus

# The lifecycle written out by hand, independently of TRANSITIONS, so a slip in
# the table (a move added or lost) fails here instead of passing silently.
EXPECTED_LEGAL: set[tuple[LeadStatus, Event, LeadStatus]] = {
    (_S.QUEUED, Event.CLAIM, _S.SENDING),
    (_S.WAITING, Event.CLAIM, _S.SENDING),
    (_S.SENDING, Event.ANSWER, _S.DELIVERED),
    (_S.SENDING, Event.ANSWER, _S.INVALID),
    (_S.SENDING, Event.ANSWER, _S.UNAUTHORIZED),
    (_S.SENDING, Event.ANSWER, _S.REJECTED),
    (_S.SENDING, Event.ANSWER, _S.WAITING),
    (_S.SENDING, Event.ANSWER, _S.FAILED),
    (_S.SENDING, Event.INTERRUPTED, _S.QUEUED),
    (_S.UNAUTHORIZED, Event.KEY_CHANGED, _S.QUEUED),
    (_S.WAITING, Event.SEND_NOW, _S.QUEUED),
    (_S.WAITING, Event.USER_RETRY, _S.QUEUED),
    (_S.INVALID, Event.USER_RETRY, _S.QUEUED),
    (_S.REJECTED, Event.USER_RETRY, _S.QUEUED),
    (_S.UNAUTHORIZED, Event.USER_RETRY, _S.QUEUED),
    (_S.FAILED, Event.USER_RETRY, _S.QUEUED),
}

EVERY_MOVE = list(itertools.product(LeadStatus, Event, LeadStatus))


def table_moves() -> set[tuple[LeadStatus, Event, LeadStatus]]:
    """Every (from, event, to) the table allows."""
    return {(src, ev, dst) for (src, ev), targets in TRANSITIONS.items() for dst in targets}


def test_the_table_is_exactly_the_lifecycle() -> None:
    assert table_moves() == EXPECTED_LEGAL


@pytest.mark.parametrize(
    ("current", "event", "target"),
    sorted(EXPECTED_LEGAL),
    ids=lambda v: str(v.value),
)
def test_every_legal_move_passes_check(
    current: LeadStatus, event: Event, target: LeadStatus
) -> None:
    check(current, event, target)


def test_every_move_outside_the_table_is_refused() -> None:
    refused = 0
    for current, event, target in EVERY_MOVE:
        if (current, event, target) in EXPECTED_LEGAL:
            continue
        with pytest.raises(IllegalTransition) as caught:
            check(current, event, target)
        assert str(caught.value), "every refusal explains itself"
        refused += 1
    assert refused == len(EVERY_MOVE) - len(EXPECTED_LEGAL)


@pytest.mark.parametrize("event", list(Event), ids=lambda e: e.value)
@pytest.mark.parametrize("target", list(LeadStatus), ids=lambda s: s.value)
def test_delivered_is_final(event: Event, target: LeadStatus) -> None:
    with pytest.raises(IllegalTransition):
        check(_S.DELIVERED, event, target)


def test_retrying_a_delivered_lead_says_why_in_words() -> None:
    with pytest.raises(IllegalTransition) as caught:
        check(_S.DELIVERED, Event.USER_RETRY, _S.QUEUED)
    message = str(caught.value)
    assert "already delivered" in message
    # A person reads this in a dialog: no enum reprs or Python noise.
    assert "LeadStatus" not in message
    assert "Event." not in message


@pytest.mark.parametrize(
    ("current", "event", "target"),
    [
        # Nothing reaches Octanist without being sent.
        (_S.QUEUED, Event.ANSWER, _S.DELIVERED),
        (_S.QUEUED, Event.CLAIM, _S.DELIVERED),
        (_S.WAITING, Event.ANSWER, _S.DELIVERED),
        # The server refused these on purpose: no automatic resend.
        (_S.INVALID, Event.SEND_NOW, _S.QUEUED),
        (_S.REJECTED, Event.SEND_NOW, _S.QUEUED),
        (_S.INVALID, Event.KEY_CHANGED, _S.QUEUED),
        (_S.REJECTED, Event.KEY_CHANGED, _S.QUEUED),
        (_S.INVALID, Event.CLAIM, _S.SENDING),
        (_S.UNAUTHORIZED, Event.CLAIM, _S.SENDING),
        # A lead in flight can't be retried or re-claimed.
        (_S.SENDING, Event.USER_RETRY, _S.QUEUED),
        (_S.SENDING, Event.CLAIM, _S.SENDING),
        # Recovery only ever puts a lead back in the queue.
        (_S.SENDING, Event.INTERRUPTED, _S.WAITING),
        (_S.SENDING, Event.INTERRUPTED, _S.DELIVERED),
        (_S.QUEUED, Event.INTERRUPTED, _S.QUEUED),
        # A retry queues; it doesn't skip the send.
        (_S.WAITING, Event.USER_RETRY, _S.SENDING),
        (_S.WAITING, Event.USER_RETRY, _S.DELIVERED),
    ],
    ids=lambda v: str(v.value),
)
def test_representative_illegal_moves(
    current: LeadStatus, event: Event, target: LeadStatus
) -> None:
    with pytest.raises(IllegalTransition) as caught:
        check(current, event, target)
    assert current.value in str(caught.value)
    assert target.value in str(caught.value)


def test_illegal_transition_is_a_value_error() -> None:
    # Callers that catch ValueError for bad input also catch a refused move.
    assert issubclass(IllegalTransition, ValueError)


@pytest.mark.parametrize(
    ("event", "target", "expected"),
    [
        (Event.KEY_CHANGED, _S.QUEUED, {_S.UNAUTHORIZED}),
        (Event.SEND_NOW, _S.QUEUED, {_S.WAITING}),
        (
            Event.USER_RETRY,
            _S.QUEUED,
            {_S.WAITING, _S.INVALID, _S.REJECTED, _S.UNAUTHORIZED, _S.FAILED},
        ),
        (Event.CLAIM, _S.SENDING, {_S.QUEUED, _S.WAITING}),
        (Event.INTERRUPTED, _S.QUEUED, {_S.SENDING}),
        (Event.ANSWER, _S.DELIVERED, {_S.SENDING}),
        (Event.ANSWER, _S.QUEUED, set()),
        (Event.USER_RETRY, _S.DELIVERED, set()),
    ],
    ids=lambda v: getattr(v, "value", "set"),
)
def test_sources_for(event: Event, target: LeadStatus, expected: set[LeadStatus]) -> None:
    assert sources_for(event, target) == frozenset(expected)


def test_sources_for_agrees_with_check_everywhere() -> None:
    for event, target in itertools.product(Event, LeadStatus):
        sources = sources_for(event, target)
        for current in LeadStatus:
            allowed = (current, event, target) in EXPECTED_LEGAL
            assert (current in sources) is allowed


def test_pending_and_needs_attention_split_the_unfinished_statuses() -> None:
    assert frozenset({_S.QUEUED, _S.SENDING, _S.WAITING}) == PENDING
    assert frozenset({_S.INVALID, _S.UNAUTHORIZED, _S.REJECTED, _S.FAILED}) == NEEDS_ATTENTION
    assert not PENDING & NEEDS_ATTENTION
    assert PENDING | NEEDS_ATTENTION | {_S.DELIVERED} == set(LeadStatus)


def test_refused_is_what_needs_attention_but_the_key() -> None:
    # The receipt says "refused" for these; a refused key has words of its own.
    assert [s for s in LeadStatus if is_refused(s)] == [
        s for s in LeadStatus if s in NEEDS_ATTENTION and s is not _S.UNAUTHORIZED
    ]


def test_outcomes_refused_and_settled() -> None:
    _O = OutcomeStatus
    refused = {s for s in _O if outcome_is_refused(s)}
    assert refused == set(OUTCOMES_NEED_ATTENTION) - {_O.UNAUTHORIZED}
    settled = {s for s in _O if outcome_is_settled(s)}
    assert settled == {_O.DELIVERED, _O.CONFLICT, _O.NOT_FOUND}
    assert not settled & OUTCOMES_PENDING


def test_retry_now_is_exactly_the_user_retry_edges() -> None:
    assert frozenset({_S.WAITING, _S.INVALID, _S.UNAUTHORIZED, _S.REJECTED, _S.FAILED}) == RETRYABLE
    for status in LeadStatus:
        assert can_retry(status) is is_allowed(status, Event.USER_RETRY, _S.QUEUED)


def test_any_lead_may_be_erased_and_only_one_being_sent_may_still_arrive() -> None:
    assert all(can_erase(status) for status in LeadStatus)
    assert [s for s in LeadStatus if may_arrive_after_erase(s)] == [_S.SENDING]


def test_counts_are_summed_by_the_lifecycle() -> None:
    counts = {"queued": 2, "sending": 1, "waiting": 3, "delivered": 9, "invalid": 1, "rejected": 4}
    assert count_pending(counts) == 6
    assert count_needing_attention(counts) == 5
    assert count_pending({}) == 0
