"""Taking a lead back into the form: only while it is not (and may not be) at Octanist."""

from __future__ import annotations

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
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox

LEAD = {"name": "Marieke de Vries", "email": "marieke@example.com"}


@pytest.fixture
def outbox(data_dir: Path) -> Iterator[Outbox]:
    box = Outbox(open_database(data_dir))
    yield box
    box.close()


def test_a_queued_lead_is_taken_back_and_gone_from_the_store(
    outbox: Outbox, data_dir: Path
) -> None:
    lead_id = outbox.enqueue(LEAD)

    taken = outbox.take_back(lead_id)

    assert taken is not None
    assert taken.payload["name"] == "Marieke de Vries"
    assert outbox.get(lead_id) is None
    assert outbox.claim_next_due() is None  # the sender can't send it any more
    history = History(open_database(data_dir))
    assert history.find_matches("marieke@example.com", None) == []


@pytest.mark.parametrize(
    "outcome",
    [
        Invalid("Email is not valid"),
        Rejected("Lead rejected by filtering rules"),
        Unauthorized("Key refused"),
        Retryable("No network"),
    ],
    ids=lambda o: type(o).__name__,
)
def test_a_lead_octanist_does_not_have_can_be_taken_back(outbox: Outbox, outcome: Outcome) -> None:
    lead_id = outbox.enqueue(LEAD)
    outbox.mark_sending(lead_id)
    outbox.record(lead_id, outcome, next_attempt_at=0.0)

    assert outbox.take_back(lead_id) is not None


def test_a_lead_being_sent_or_delivered_stays(outbox: Outbox) -> None:
    sending = outbox.enqueue(LEAD)
    outbox.mark_sending(sending)
    delivered = outbox.enqueue(LEAD)
    outbox.mark_sending(delivered)
    outbox.record(delivered, Delivered("oct-1"))

    assert outbox.take_back(sending) is None
    assert outbox.take_back(delivered) is None
    assert outbox.get(sending) is not None
    assert outbox.get(delivered) is not None


def test_a_lead_that_may_have_arrived_stays(outbox: Outbox) -> None:
    lead_id = outbox.enqueue(LEAD)
    outbox.mark_sending(lead_id)
    outbox.record(lead_id, Retryable("read timeout", maybe_delivered=True), next_attempt_at=0.0)

    assert outbox.take_back(lead_id) is None
    assert outbox.get(lead_id) is not None


def test_an_unknown_lead_is_none(outbox: Outbox) -> None:
    assert outbox.take_back(404) is None
