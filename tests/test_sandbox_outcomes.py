"""The sandbox's endpoints for after the lead is in: PATCH, the two GETs and stats.

Over real loopback HTTP with a plain ``requests`` session, so what is tested
is the wire contract the app's client will meet.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import requests

from octanist_desktop.sandbox import SandboxServer


@pytest.fixture
def http() -> Iterator[requests.Session]:
    """A plain HTTP session for talking to the sandbox directly."""
    with requests.Session() as session:
        yield session


class Api:
    """Calls to the sandbox with the test key."""

    def __init__(self, http: requests.Session, sandbox: SandboxServer, key: str) -> None:
        self.http, self.sandbox, self.headers = http, sandbox, {"X-API-KEY": key}

    def create(self, **payload: object) -> str:
        response = self.http.post(
            self.sandbox.url + "/leads", json=payload, headers=self.headers, timeout=5
        )
        assert response.status_code == 200, response.text
        lead_id: str = response.json()["data"]["id"]
        return lead_id

    def patch(self, body: object, timeout: float = 5) -> requests.Response:
        return self.http.patch(
            self.sandbox.url + "/leads",
            data=json.dumps(body).encode(),
            headers=self.headers,
            timeout=timeout,
        )

    def get(self, path: str, **params: object) -> requests.Response:
        return self.http.get(
            self.sandbox.url + path, params=params, headers=self.headers, timeout=5
        )

    def stats(self, body: bytes = b"{}") -> requests.Response:
        return self.http.post(
            self.sandbox.url + "/stats", data=body, headers=self.headers, timeout=5
        )


@pytest.fixture
def api(http: requests.Session, sandbox: SandboxServer, api_key: str) -> Api:
    """The sandbox's API, called with the key it accepts."""
    return Api(http, sandbox, api_key)


def _code(response: requests.Response) -> str:
    body = response.json()
    assert body["success"] is False
    assert body["meta"]["requestId"].startswith("req_")
    code: str = body["error"]["code"]
    return code


# --- PATCH /api/leads -------------------------------------------------------------------


def test_patch_by_id_marks_the_lead_won_and_the_read_shows_it(api: Api) -> None:
    lead_id = api.create(name="Ada", email="ada@example.com")
    created = api.get(f"/leads/{lead_id}").json()["data"]
    assert created["status"] == "open"
    assert created["value"] is None

    answer = api.patch({"id": lead_id, "status": "won", "value": 5000, "note": "Signed at booth"})

    assert answer.status_code == 200
    body = answer.json()
    assert body["success"] is True
    assert body["data"] == {
        "leadId": lead_id,
        "leadsUpdated": 1,
        "message": "Lead updated successfully",
    }
    assert body["meta"]["requestId"].startswith("req_")
    lead = api.get(f"/leads/{lead_id}").json()["data"]
    assert lead["status"] == "won"
    assert lead["value"] == 5000
    assert lead["conversionName"] == "Closed deal"
    assert lead["qualifiedAt"] is not None
    assert lead["updatedAt"] > created["updatedAt"]
    assert "Signed at booth" in lead["note"]
    assert lead["email"] == "ada@example.com"  # every create field comes back too
    [update] = api.sandbox.updates
    assert update.lead_ids == (lead_id,)
    assert update.body["status"] == "won"


def test_patch_matches_by_email_then_phone_and_takes_numeric_strings(api: Api) -> None:
    by_email = api.create(email="Bo@Example.com")
    by_phone = api.create(phone="+31 6 1234 5678")

    first = api.patch({"email": "bo@example.com", "status": "qualified", "value": "1200.50"})
    second = api.patch({"phone": "+31612345678", "changedTo": "lost", "lossReason": "Budget"})

    assert first.json()["data"]["leadId"] == by_email
    assert second.json()["data"]["leadId"] == by_phone
    assert api.sandbox.record(by_email)["value"] == 1200.5
    lost = api.sandbox.record(by_phone)
    assert (lost["status"], lost["lossReason"]) == ("lost", "Budget")


def test_status_wins_over_the_legacy_alias(api: Api) -> None:
    lead_id = api.create(name="Cy")
    api.patch({"id": lead_id, "status": "won", "changedTo": "lost", "value": 1})
    assert api.sandbox.record(lead_id)["status"] == "won"


def test_several_matches_are_a_conflict_unless_bulk_updates_are_on(api: Api) -> None:
    first = api.create(email="shared@example.com", name="One")
    second = api.create(email="shared@example.com", name="Two")

    conflict = api.patch({"email": "shared@example.com", "status": "lost"})
    assert conflict.status_code == 409
    assert _code(conflict) == "CONFLICT"
    assert api.sandbox.record(first)["status"] == "open"

    # Matching by id is never ambiguous.
    assert api.patch({"id": second, "email": "shared@example.com", "status": "won"}).ok
    assert api.sandbox.record(first)["status"] == "open"

    api.sandbox.configure(bulk_updates=True)
    bulk = api.patch({"email": "shared@example.com", "status": "lost"})
    assert bulk.json()["data"]["leadsUpdated"] == 2


def test_unknown_id_is_404_and_no_other_lead_changes(api: Api) -> None:
    lead_id = api.create(email="dee@example.com")
    missing = api.patch({"id": "lead_nope", "email": "dee@example.com", "status": "won"})
    assert missing.status_code == 404
    assert _code(missing) == "NOT_FOUND"
    assert api.sandbox.record(lead_id)["status"] == "open"
    assert api.get("/leads/lead_nope").status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {"status": "won"},  # nothing to match by
        {"id": "x", "status": "closed"},
        {"id": "x", "value": "lots"},
        {"id": "x", "value": -5},
        {"id": "x", "status": "won", "colour": "red"},
        {"id": 12, "status": "won"},
        {"id": "x"},  # nothing to change
        [1, 2],
    ],
)
def test_malformed_updates_are_400(api: Api, body: object) -> None:
    answer = api.patch(body)
    assert answer.status_code == 400
    assert _code(answer) == "VALIDATION_ERROR"
    assert api.sandbox.updates == []


def test_every_new_endpoint_wants_the_key(http: requests.Session, sandbox: SandboxServer) -> None:
    calls = [
        http.patch(sandbox.url + "/leads", json={"id": "x", "status": "won"}, timeout=5),
        http.get(sandbox.url + "/leads", timeout=5),
        http.get(sandbox.url + "/leads/x", timeout=5),
        http.post(sandbox.url + "/stats", json={}, timeout=5),
    ]
    assert [c.status_code for c in calls] == [401] * 4
    assert {_code(c) for c in calls} == {"UNAUTHORIZED"}


# --- GET /api/leads ------------------------------------------------------------------------


def test_list_pages_newest_first_with_pagination(api: Api) -> None:
    ids = [api.create(name=f"Lead {n}") for n in range(5)]

    first = api.get("/leads", limit=2).json()
    last = api.get("/leads", limit=2, page=3).json()

    assert [lead["id"] for lead in first["data"]] == [ids[4], ids[3]]
    assert first["meta"]["pagination"] == {
        "limit": 2,
        "page": 1,
        "totalPages": 3,
        "total": 5,
        "hasMore": True,
    }
    assert [lead["id"] for lead in last["data"]] == [ids[0]]
    assert last["meta"]["pagination"]["hasMore"] is False
    assert api.get("/leads", limit=500).json()["meta"]["pagination"]["limit"] == 100


def test_list_filters_by_update_time_and_sorts_by_it(api: Api) -> None:
    older = api.create(name="Older")
    newer = api.create(name="Newer")
    time.sleep(0.01)
    cutoff = datetime.now(UTC).isoformat()
    time.sleep(0.01)
    api.patch({"id": older, "status": "qualified"})

    changed = api.get("/leads", updated_after=cutoff, sort="updated_at:asc").json()["data"]
    everything = api.get("/leads", sort="updated_at:desc").json()["data"]
    won = api.get("/leads", status="qualified").json()["data"]

    assert [lead["id"] for lead in changed] == [older]
    assert [lead["id"] for lead in everything] == [older, newer]
    assert [lead["id"] for lead in won] == [older]


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"updated_after": "last tuesday"}, "INVALID_DATE"),
        ({"status": "pending"}, "INVALID_FILTER"),
        ({"sort": "name:asc"}, "INVALID_FILTER"),
        ({"limit": "ten"}, "INVALID_FILTER"),
        ({"page": "0"}, "INVALID_FILTER"),
    ],
)
def test_bad_list_filters_are_400(api: Api, params: dict[str, str], code: str) -> None:
    answer = api.get("/leads", **params)
    assert answer.status_code == 400
    assert _code(answer) == code


def test_an_older_list_ignores_filters(api: Api) -> None:
    older = api.create(name="Older")
    api.create(name="Newer")
    api.sandbox.configure(list_filters=False)
    future = "2999-01-01T00:00:00Z"
    listed = api.get("/leads", updated_after=future, sort="updated_at:asc").json()["data"]
    assert len(listed) == 2  # the filter was ignored, as by a server that doesn't know it
    assert listed[1]["id"] == older


def test_a_change_made_at_octanist_shows_in_reads(api: Api) -> None:
    lead_id = api.create(name="Eve", gclid="abc")
    assert api.sandbox.record(lead_id)["googleAdsCampaignName"] == "Search – Brand"

    control = api.sandbox.root_url + f"/_sandbox/records/{lead_id}"
    answer = api.http.post(control, json={"status": "qualified", "campaign": "Expo"}, timeout=5)

    assert answer.status_code == 200
    lead = api.get(f"/leads/{lead_id}").json()["data"]
    assert (lead["status"], lead["googleAdsCampaignName"]) == ("qualified", "Expo")
    with pytest.raises(ValueError, match="No lead"):
        api.sandbox.change_lead("lead_nope", status="won")


# --- POST /api/stats -----------------------------------------------------------------------


def test_stats_count_usage_statuses_and_value(api: Api) -> None:
    api.sandbox.configure(leads_limit=4, extra_leads_used=1)
    ids = [api.create(name=f"S{n}") for n in range(4)]
    api.patch({"id": ids[0], "status": "won", "value": 3000})
    api.patch({"id": ids[1], "status": "won", "value": 1000})
    api.patch({"id": ids[2], "status": "lost"})

    data = api.stats().json()["data"]

    assert data["usage"]["leadsUsed"] == 5
    assert data["usage"]["leadsLimit"] == 4
    assert data["usage"]["lockedLeads"] == 1
    assert data["usage"]["periodStart"].endswith("T00:00:00.000Z")
    assert data["leads"]["byStatus"] == {"open": 1, "qualified": 0, "won": 2, "lost": 1}
    assert data["conversion"]["totalValue"] == 4000
    assert data["conversion"]["averageValue"] == 2000
    assert data["conversion"]["winRate"] == round(2 / 3, 4)
    # The fourth lead of the period went over the limit of four: it is locked.
    assert [api.sandbox.record(i)["locked"] for i in ids] == [False, False, False, True]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"", 400),  # a missing body is a 400, as documented
        (b'{"period": "someday"}', 400),
        (b'{"period": "custom", "startDate": "2026-03-01"}', 400),
        (b'{"period": "custom", "startDate": "2026-03-01", "endDate": "2026-03-31"}', 200),
        (b'{"period": "previous"}', 200),
    ],
)
def test_stats_period_rules(api: Api, body: bytes, status: int) -> None:
    assert api.stats(body).status_code == status


# --- an older server, and faults -------------------------------------------------------


def test_an_older_server_has_only_create_and_check(api: Api) -> None:
    lead_id = api.create(name="Old")
    api.sandbox.configure(outcomes_api=False)

    assert api.patch({"id": lead_id, "status": "won"}).status_code == 405
    assert api.get(f"/leads/{lead_id}").status_code == 404
    assert api.stats().status_code == 404
    listed = api.get("/leads")
    assert listed.status_code == 405
    assert listed.headers["Allow"] == "POST"
    assert api.create(name="Still works")


def test_faults_strike_the_endpoint_they_were_queued_for(api: Api) -> None:
    lead_id = api.create(name="F")
    api.sandbox.inject("500", endpoint="update")
    api.sandbox.inject("502_html", endpoint="list")
    api.sandbox.inject("success_false", endpoint="stats")
    api.sandbox.inject("500", endpoint="read")

    assert api.create(name="unaffected")
    assert api.patch({"id": lead_id, "status": "won"}).status_code == 500
    assert api.get("/leads").status_code == 502
    assert api.stats().json() == {"success": False}
    assert api.get(f"/leads/{lead_id}").status_code == 500
    assert api.sandbox.pending_faults == 0
    assert api.sandbox.record(lead_id)["status"] == "open"
    assert api.patch({"id": lead_id, "status": "won"}).ok


@pytest.mark.parametrize("record", [False, True])
def test_a_hanging_update_may_or_may_not_have_been_applied(api: Api, record: bool) -> None:
    lead_id = api.create(name="H")
    api.sandbox.inject("hang", endpoint="update", seconds=5, record=record)

    with pytest.raises(requests.ReadTimeout):
        api.patch({"id": lead_id, "status": "won", "value": 10}, timeout=0.3)

    assert api.sandbox.record(lead_id)["status"] == ("won" if record else "open")
    assert len(api.sandbox.updates) == (1 if record else 0)


def test_faults_for_an_unknown_endpoint_or_mismatch_are_refused(api: Api) -> None:
    with pytest.raises(ValueError, match="endpoint"):
        api.sandbox.inject("500", endpoint="delete")
    with pytest.raises(ValueError, match="creating"):
        api.sandbox.inject("no_lead_id", endpoint="update")
    control = api.sandbox.root_url + "/_sandbox/faults"
    answer = api.http.post(control, json={"fault": "500", "endpoint": "stats"}, timeout=5)
    assert answer.status_code == 200
    assert api.sandbox.pending_faults == 1
    assert api.stats().status_code == 500


def test_configure_refuses_bad_switches(sandbox: SandboxServer) -> None:
    with pytest.raises(ValueError, match="true or false"):
        sandbox.configure(bulk_updates="yes")
    with pytest.raises(ValueError, match="count"):
        sandbox.configure(leads_limit=-1)
    with pytest.raises(ValueError, match="Unknown"):
        sandbox.configure(speed=3)


def test_reset_forgets_records_and_updates(api: Api) -> None:
    lead_id = api.create(name="R")
    api.patch({"id": lead_id, "status": "lost"})
    api.sandbox.reset()
    assert api.sandbox.records == []
    assert api.sandbox.updates == []
