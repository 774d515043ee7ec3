"""OctanistClient's outcome, read and stats calls against the real sandbox over loopback HTTP."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from octanist_desktop.core.deal import Stage
from octanist_desktop.core.outcomes import (
    Applied,
    Conflict,
    Invalid,
    Retryable,
    Unauthorized,
    Unsupported,
)
from octanist_desktop.core.remote import LeadPage, RemoteLead, Usage
from octanist_desktop.net import OctanistClient
from octanist_desktop.net.answers import Answer
from octanist_desktop.net.outcome_answers import classify_read, classify_update, lead_page
from octanist_desktop.sandbox import SandboxServer


@pytest.fixture
def client(sandbox: SandboxServer, api_key: str) -> Iterator[OctanistClient]:
    """A client for the sandbox with the key it accepts and short timeouts."""
    made = OctanistClient(sandbox.url, api_key, connect_timeout=1.0, read_timeout=1.0)
    yield made
    made.close()


def create(client: OctanistClient, **payload: object) -> str:
    outcome = client.post_lead(payload)
    lead_id = getattr(outcome, "lead_id", None)
    assert isinstance(lead_id, str), outcome
    return lead_id


# --- PATCH: recording an outcome -------------------------------------------------------


def test_an_outcome_is_applied_and_read_back(client: OctanistClient) -> None:
    lead_id = create(client, name="Ada", email="ada@example.com")

    applied = client.patch_lead({"id": lead_id, "status": "won", "value": 5000})
    lead = client.get_lead(lead_id)

    assert isinstance(applied, Applied)
    assert applied.lead_id == lead_id
    assert applied.leads_updated == 1
    assert applied.request_id is not None
    assert applied.request_id.startswith("req_")
    assert isinstance(lead, RemoteLead)
    assert (lead.id, lead.stage, lead.value) == (lead_id, Stage.WON, Decimal(5000))
    assert lead.conversion_name == "Closed deal"
    assert lead.email == "ada@example.com"
    assert lead.updated_at is not None
    assert lead.updated_at_text is not None
    assert lead.updated_at_text.endswith("Z")


def test_several_matches_are_a_conflict(client: OctanistClient) -> None:
    create(client, email="twice@example.com")
    create(client, email="twice@example.com")
    outcome = client.patch_lead({"email": "twice@example.com", "status": "lost"})
    assert isinstance(outcome, Conflict)
    assert "Multiple leads" in outcome.message


def test_an_unknown_id_is_unsupported_with_octanists_code(client: OctanistClient) -> None:
    outcome = client.patch_lead({"id": "lead_gone", "status": "won", "value": 1})
    assert isinstance(outcome, Unsupported)
    assert (outcome.status, outcome.code) == (404, "NOT_FOUND")


def test_a_server_without_outcomes_is_unsupported(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    lead_id = create(client, name="Old server")
    sandbox.configure(outcomes_api=False)

    patched = client.patch_lead({"id": lead_id, "status": "won", "value": 1})
    read = client.get_lead(lead_id)
    listed = client.list_leads()
    used = client.usage()

    assert isinstance(patched, Unsupported)
    assert patched.status == 405
    assert isinstance(read, Unsupported)
    assert isinstance(listed, Unsupported)
    assert listed.status == 405
    assert isinstance(used, Unsupported)


def test_a_malformed_outcome_is_invalid(client: OctanistClient) -> None:
    outcome = client.patch_lead({"id": "x", "status": "closed"})
    assert isinstance(outcome, Invalid)
    assert "Octanist refused this outcome" in outcome.message


def test_a_500_may_have_been_applied_and_says_outcome(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    sandbox.inject("500", endpoint="update")
    outcome = client.patch_lead({"id": "x", "status": "won", "value": 1})
    assert isinstance(outcome, Retryable)
    assert outcome.maybe_delivered
    assert "The outcome will be sent again" in outcome.reason
    assert "lead will" not in outcome.reason


@pytest.mark.parametrize("fault", ["success_false", "not_json", "captive_portal"])
def test_a_2xx_without_success_is_not_done(
    client: OctanistClient, sandbox: SandboxServer, fault: str
) -> None:
    lead_id = create(client, name="Unconfirmed")
    sandbox.inject(fault, endpoint="update")
    outcome = client.patch_lead({"id": lead_id, "status": "lost"})
    assert isinstance(outcome, Retryable)
    assert "outcome" in outcome.reason


def test_a_hang_after_applying_is_maybe_delivered(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    lead_id = create(client, name="Hang")
    sandbox.inject("hang", endpoint="update", seconds=3, record=True)
    outcome = client.patch_lead({"id": lead_id, "status": "won", "value": 2})
    assert isinstance(outcome, Retryable)
    assert outcome.maybe_delivered
    assert "The outcome may already be at Octanist" in outcome.reason
    assert sandbox.record(lead_id)["status"] == "won"


def test_offline_says_the_outcome_waits(client: OctanistClient, sandbox: SandboxServer) -> None:
    sandbox.go_offline()
    outcome = client.patch_lead({"id": "x", "status": "won", "value": 2})
    assert isinstance(outcome, Retryable)
    assert outcome.network_down
    assert "The outcome waits in the outbox" in outcome.reason


def test_wrong_key_is_unauthorized_for_every_call(sandbox: SandboxServer) -> None:
    client = OctanistClient(sandbox.url, "not-the-sandbox-key-0000")
    try:
        calls = [
            client.patch_lead({"id": "x", "status": "won"}),
            client.get_lead("x"),
            client.list_leads(),
            client.usage(),
        ]
    finally:
        client.close()
    assert all(isinstance(call, Unauthorized) for call in calls), calls


# --- reads -------------------------------------------------------------------------------


def test_list_pages_through_every_lead(client: OctanistClient) -> None:
    ids = {create(client, name=f"Lead {n}") for n in range(5)}
    seen: list[str] = []
    page_number = 1
    while True:
        page = client.list_leads(page=page_number, limit=2, sort="updated_at:asc")
        assert isinstance(page, LeadPage)
        seen += [lead.id for lead in page.leads]
        if not page.has_more:
            break
        page_number += 1
    assert page_number == 3
    assert sorted(seen) == sorted(ids)
    assert page.total == 5


def test_list_since_a_time_brings_only_what_changed(client: OctanistClient) -> None:
    first = create(client, name="First")
    create(client, name="Second")
    everything = client.list_leads(sort="updated_at:asc")
    assert isinstance(everything, LeadPage)
    mark = everything.leads[-1].updated_at_text
    client.patch_lead({"id": first, "status": "qualified"})

    changed = client.list_leads(updated_after=mark, sort="updated_at:asc")

    assert isinstance(changed, LeadPage)
    assert [(lead.id, lead.stage) for lead in changed.leads] == [(first, Stage.QUALIFIED)]


def test_a_bad_filter_is_invalid(client: OctanistClient) -> None:
    answer = client.list_leads(updated_after="yesterday-ish")
    assert isinstance(answer, Invalid)


def test_usage_reads_the_plan(client: OctanistClient, sandbox: SandboxServer) -> None:
    sandbox.configure(leads_limit=500, extra_leads_used=448)
    for n in range(2):
        create(client, name=f"U{n}")

    used = client.usage()

    assert isinstance(used, Usage)
    assert (used.leads_used, used.leads_limit, used.locked_leads) == (450, 500, 0)
    assert used.share == pytest.approx(0.9)
    assert used.nearly_full
    assert used.period_start is not None
    assert used.period_start <= datetime.now(UTC) < used.period_start + timedelta(days=32)
    assert used.by_status["open"] == 2


def test_usage_fault_is_retryable(client: OctanistClient, sandbox: SandboxServer) -> None:
    sandbox.inject("502_html", endpoint="stats")
    assert isinstance(client.usage(), Retryable)


def test_the_key_is_masked_in_what_is_read_back(
    client: OctanistClient, api_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    lead_id = create(client, name=f"Pasted {api_key} by mistake")
    lead = client.get_lead(lead_id)
    page = client.list_leads()
    assert isinstance(lead, RemoteLead)
    assert lead.name == "Pasted [API key] by mistake"
    assert api_key not in repr(page)
    assert api_key not in repr(client.patch_lead({"id": lead_id, "status": "won"}))
    assert api_key not in caplog.text


# --- defensive reading, without a server ------------------------------------------------


def _answer(status: int, text: str) -> Answer:
    return Answer(status, {"Content-Type": "application/json"}, text, "http://x/api/leads")


def test_unknown_fields_are_ignored_and_wrong_types_read_as_missing() -> None:
    body = (
        '{"success": true, "data": [{"id": 42, "status": "WON", "value": "12.50",'
        ' "newThing": {"deep": 1}, "createdAt": 7, "googleAds": {"campaignName": "Expo"}},'
        ' {"status": "open"}, "junk"], "meta": {"pagination": {"page": 1, "totalPages": 2}}}'
    )
    page = classify_read(_answer(200, body), lead_page)
    assert isinstance(page, LeadPage)
    [lead] = page.leads  # entries without an id are skipped
    assert lead.id == "42"
    assert lead.stage is Stage.WON
    assert lead.value == Decimal("12.50")
    assert lead.created_at is None
    assert lead.campaign == "Expo"
    assert page.has_more  # no hasMore: worked out from totalPages


@pytest.mark.parametrize(
    "text",
    [
        '{"data": []}',
        '{"success": "true", "data": []}',
        '{"success": true, "data": {"not": "a list"}}',
        "[]",
    ],
)
def test_a_read_without_confirmation_or_data_is_not_done(text: str) -> None:
    assert isinstance(classify_read(_answer(200, text), lead_page), Retryable)


def test_an_update_answer_without_data_is_still_applied() -> None:
    outcome = classify_update(_answer(200, '{"success": true}'))
    assert outcome == Applied(server_answer='{"success": true}')
