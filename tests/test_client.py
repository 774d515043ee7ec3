"""OctanistClient against the real sandbox over loopback HTTP: one test per outcome and fault."""

from __future__ import annotations

import socket
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Protocol

import pytest

from octanist_desktop import __version__
from octanist_desktop.core.outcomes import (
    Delivered,
    Invalid,
    Outcome,
    Rejected,
    Retryable,
    Unauthorized,
)
from octanist_desktop.core.states import KeyProblem
from octanist_desktop.net import (
    DEFAULT_API_URL,
    InsecureApiUrl,
    InvalidApiUrl,
    OctanistClient,
    validate_api_url,
)
from octanist_desktop.net.answers import SERVER_ANSWER_CHARS, parse_retry_after
from octanist_desktop.sandbox import SandboxServer

LEAD = {"name": "Ann Example", "email": "ann@example.com", "utm_source": "expo"}


class ClientFactory(Protocol):
    def __call__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        connect_timeout: float = ...,
        read_timeout: float = ...,
    ) -> OctanistClient: ...


@pytest.fixture
def make_client() -> Iterator[ClientFactory]:
    """Build clients (short timeouts by default); all are closed after the test."""
    made: list[OctanistClient] = []

    def make(
        base_url: str,
        api_key: str | None,
        *,
        connect_timeout: float = 1.0,
        read_timeout: float = 2.0,
    ) -> OctanistClient:
        client = OctanistClient(
            base_url, api_key, connect_timeout=connect_timeout, read_timeout=read_timeout
        )
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: ClientFactory, sandbox: SandboxServer, api_key: str) -> OctanistClient:
    """A client for the sandbox with the key it accepts."""
    return make_client(sandbox.url, api_key)


def _retryable(outcome: Outcome) -> Retryable:
    assert isinstance(outcome, Retryable), outcome
    return outcome


def _free_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# --- Delivered ----------------------------------------------------------------------


def test_accepted_lead_is_delivered_with_octanist_ids(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    outcome = client.post_lead(LEAD)

    assert isinstance(outcome, Delivered)
    [stored] = sandbox.leads
    assert outcome.lead_id == stored.lead_id
    assert outcome.request_id == stored.request_id
    assert outcome.server_answer is not None
    assert stored.lead_id in outcome.server_answer
    assert stored.payload == LEAD


def test_payload_arrives_exactly_as_given(client: OctanistClient, sandbox: SandboxServer) -> None:
    payload = {
        "name": "Zoë Ünal 王",
        "custom": {"booth": 12, "interests": ["solar", "wind"]},
        "ad_storage": True,
        "analytics_storage": "false",
    }
    assert isinstance(client.post_lead(payload), Delivered)
    assert sandbox.leads[0].payload == payload


def test_server_sees_the_apps_user_agent_and_json(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    client.post_lead(LEAD)

    assert sandbox.leads[0].user_agent == f"octanist-desktop/{__version__}"
    [seen] = sandbox.seen_requests
    assert seen.headers["Content-Type"] == "application/json"
    assert seen.had_api_key
    assert "X-API-KEY" not in {name.upper() for name in seen.headers}


def test_keep_alive_connection_is_reused_across_outcomes(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    client.post_lead(LEAD)
    client.post_lead({"name": 5})  # 400
    sandbox.inject("captive_portal")
    client.post_lead(LEAD)
    client.post_lead(LEAD)

    assert len({seen.peer for seen in sandbox.seen_requests}) == 1


# --- answers the server gave on purpose ---------------------------------------------


def test_validation_error_is_invalid_with_details(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    outcome = client.post_lead({"name": 42, "email": "a@b.example"})

    assert isinstance(outcome, Invalid)
    assert outcome.status == 400
    assert outcome.details == [{"field": "name", "message": "Expected string"}]
    assert "name: Expected string" in outcome.message
    assert outcome.request_id is not None
    assert outcome.request_id.startswith("req_")
    assert sandbox.leads == []


def test_lead_without_identifier_is_invalid(client: OctanistClient) -> None:
    outcome = client.post_lead({"note": "met at the booth"})

    assert isinstance(outcome, Invalid)
    assert "At least one of name, email, phone or custom" in outcome.message


def test_too_large_lead_is_invalid_with_its_status(client: OctanistClient) -> None:
    outcome = client.post_lead({"custom": "x" * (1024 * 1024 + 1)})

    assert isinstance(outcome, Invalid)
    assert outcome.status == 413


def test_wrong_key_is_unauthorized(
    client: OctanistClient, sandbox: SandboxServer, api_key: str
) -> None:
    sandbox.set_api_key("a-different-key-9876543210")

    outcome = client.post_lead(LEAD)

    assert isinstance(outcome, Unauthorized)
    assert outcome.problem is KeyProblem.REFUSED
    assert "Settings" in outcome.message
    assert outcome.request_id is not None
    assert sandbox.requests_seen == 1
    assert sandbox.leads == []


@pytest.mark.parametrize("key", [None, "", "   "])
def test_no_key_is_unauthorized_without_a_request(
    make_client: ClientFactory, sandbox: SandboxServer, key: str | None
) -> None:
    client = make_client(sandbox.url, key)

    outcome = client.post_lead(LEAD)

    assert isinstance(outcome, Unauthorized)
    assert outcome.problem is KeyProblem.MISSING
    assert outcome.message.startswith("No API key is set")
    assert not client.has_api_key
    assert sandbox.requests_per_path == {}


def test_key_with_impossible_characters_is_unauthorized_without_a_request(
    make_client: ClientFactory,
    sandbox: SandboxServer,
) -> None:
    client = make_client(sandbox.url, "abc def ключ")

    outcome = client.post_lead(LEAD)

    assert isinstance(outcome, Unauthorized)
    assert outcome.problem is KeyProblem.MALFORMED
    assert "ключ" not in outcome.message
    assert sandbox.requests_per_path == {}


def test_key_pasted_with_surrounding_whitespace_works(
    make_client: ClientFactory, sandbox: SandboxServer, api_key: str
) -> None:
    client = make_client(sandbox.url, f"  {api_key}\n")
    assert isinstance(client.post_lead(LEAD), Delivered)


def test_filtering_rule_is_rejected(client: OctanistClient, sandbox: SandboxServer) -> None:
    sandbox.set_reject_rule("email", r"@competitor\.example$")

    outcome = client.post_lead({"name": "Spy", "email": "spy@competitor.example"})

    assert isinstance(outcome, Rejected)
    assert "filtering rules" in outcome.message
    assert sandbox.leads == []
    assert isinstance(client.post_lead(LEAD), Delivered)


def test_wrong_api_path_is_retryable_and_says_check_the_url(
    make_client: ClientFactory, sandbox: SandboxServer, api_key: str
) -> None:
    client = make_client(sandbox.root_url + "/v2/api", api_key)

    outcome = _retryable(client.post_lead(LEAD))

    assert outcome.status == 404
    assert "API address looks wrong" in outcome.reason
    assert "API URL" in outcome.reason
    assert not outcome.maybe_delivered


# --- sandbox faults -----------------------------------------------------------------


def test_500_is_retryable_and_maybe_delivered(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    sandbox.inject("500")

    outcome = _retryable(client.post_lead(LEAD))

    assert outcome.status == 500
    assert outcome.maybe_delivered
    assert not outcome.network_down
    assert "Internal server error" in outcome.reason
    assert outcome.request_id is not None
    assert isinstance(client.post_lead(LEAD), Delivered)


def test_proxy_502_page_is_retryable_and_maybe_delivered(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    sandbox.inject("502_html")

    outcome = _retryable(client.post_lead(LEAD))

    assert outcome.status == 502
    assert outcome.maybe_delivered
    assert "502 Bad Gateway" in outcome.reason
    assert outcome.server_answer is not None
    assert "<html>" in outcome.server_answer


def test_429_honours_retry_after_seconds(client: OctanistClient, sandbox: SandboxServer) -> None:
    sandbox.inject("429", retry_after=7)

    outcome = _retryable(client.post_lead(LEAD))

    assert outcome.status == 429
    assert outcome.retry_after == 7.0
    assert not outcome.maybe_delivered
    assert sandbox.leads == []


def test_429_honours_retry_after_http_date(client: OctanistClient, sandbox: SandboxServer) -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    sandbox.inject("429", retry_after=format_datetime(when, usegmt=True))

    outcome = _retryable(client.post_lead(LEAD))

    assert outcome.retry_after is not None
    assert 25 <= outcome.retry_after <= 31


def test_captive_portal_page_is_not_delivered(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    sandbox.inject("captive_portal")

    outcome = _retryable(client.post_lead(LEAD))

    assert "sign in to the Wi-Fi" in outcome.reason
    assert outcome.network_down
    assert not outcome.maybe_delivered
    assert outcome.status == 200


def test_redirect_to_a_login_page_is_not_followed(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    sandbox.inject("redirect")

    outcome = _retryable(client.post_lead(LEAD))

    assert outcome.status == 302
    assert outcome.network_down
    assert "sign in to the Wi-Fi" in outcome.reason
    assert sandbox.requests_seen == 1


def test_hang_without_record_times_out_as_maybe_delivered(
    make_client: ClientFactory, sandbox: SandboxServer, api_key: str
) -> None:
    client = make_client(sandbox.url, api_key, read_timeout=0.3)
    sandbox.inject("hang", seconds=5)

    started = time.monotonic()
    outcome = _retryable(client.post_lead(LEAD))

    assert time.monotonic() - started < 2
    assert outcome.maybe_delivered
    assert not outcome.network_down
    assert "did not answer in time" in outcome.reason
    assert sandbox.leads == []


def test_hang_after_record_times_out_though_the_server_has_the_lead(
    make_client: ClientFactory, sandbox: SandboxServer, api_key: str
) -> None:
    client = make_client(sandbox.url, api_key, read_timeout=0.3)
    sandbox.inject("hang", seconds=5, record=True)

    outcome = _retryable(client.post_lead(LEAD))

    assert outcome.maybe_delivered
    assert [lead.payload for lead in sandbox.leads] == [LEAD]


@pytest.mark.parametrize("record", [False, True])
def test_reset_after_the_body_went_out_is_maybe_delivered(
    client: OctanistClient, sandbox: SandboxServer, record: bool
) -> None:
    sandbox.inject("reset", record=record)

    outcome = _retryable(client.post_lead(LEAD))

    assert outcome.maybe_delivered
    assert not outcome.network_down
    assert "broke before Octanist answered" in outcome.reason
    assert len(sandbox.leads) == (1 if record else 0)
    # The broken connection is not reused.
    assert isinstance(client.post_lead(LEAD), Delivered)


def test_text_that_is_not_json_is_not_delivered(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    sandbox.inject("not_json")

    outcome = _retryable(client.post_lead(LEAD))

    assert not outcome.maybe_delivered
    assert not outcome.network_down
    assert outcome.server_answer is not None
    assert "not json" in outcome.server_answer


def test_success_false_is_not_delivered(client: OctanistClient, sandbox: SandboxServer) -> None:
    sandbox.inject("success_false")

    outcome = _retryable(client.post_lead(LEAD))

    assert not outcome.maybe_delivered
    assert "without confirming" in outcome.reason


def test_success_without_lead_id_is_delivered_without_an_id(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    sandbox.inject("no_lead_id")

    outcome = client.post_lead(LEAD)

    # Octanist said yes: sending it again would only add a copy (issue 10, item 7).
    assert isinstance(outcome, Delivered)
    assert outcome.lead_id == ""
    assert outcome.request_id is not None


# --- no connection at all -----------------------------------------------------------


def test_sandbox_offline_is_network_down_then_recovers(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    assert isinstance(client.post_lead(LEAD), Delivered)  # leaves a pooled connection
    sandbox.go_offline()

    outcome = _retryable(client.post_lead(LEAD))

    assert outcome.network_down
    assert not outcome.maybe_delivered
    assert "connection was refused" in outcome.reason

    sandbox.go_online()
    assert isinstance(client.post_lead(LEAD), Delivered)
    assert len(sandbox.leads) == 2


def test_closed_port_is_connection_refused(make_client: ClientFactory, api_key: str) -> None:
    client = make_client(f"http://127.0.0.1:{_free_port()}/api", api_key)

    outcome = _retryable(client.post_lead(LEAD))

    assert outcome.network_down
    assert not outcome.maybe_delivered


@pytest.mark.skipif(sys.platform != "linux", reason="relies on Linux dropping SYNs on a full queue")
def test_connect_timeout_is_network_down_and_not_delivered(
    make_client: ClientFactory, api_key: str
) -> None:
    # A listener that never accepts, with its queue full: Linux drops further
    # SYNs, so connecting times out exactly as on a dead network.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = []
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        time.sleep(0.05)
        client = make_client(f"http://127.0.0.1:{port}/api", api_key, connect_timeout=0.3)
        try:
            outcome = _retryable(client.post_lead(LEAD))
        finally:
            for filler in fillers:
                filler.close()

    assert outcome.network_down
    assert not outcome.maybe_delivered
    assert "timed out" in outcome.reason


def test_tls_failure_is_retryable_with_a_clear_reason(
    make_client: ClientFactory, sandbox: SandboxServer, api_key: str
) -> None:
    # Speaking TLS to the plain-HTTP sandbox fails the handshake for real.
    client = make_client(sandbox.url.replace("http://", "https://"), api_key)

    outcome = _retryable(client.post_lead(LEAD))

    assert "secure connection" in outcome.reason
    assert not outcome.maybe_delivered
    assert sandbox.leads == []


# --- check_key ----------------------------------------------------------------------


def test_check_key_with_the_right_key_is_delivered(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    outcome = client.check_key()

    assert isinstance(outcome, Delivered)
    assert outcome.lead_id == ""
    assert sandbox.requests_per_path == {"POST /api/check": 1}
    assert sandbox.leads == []


def test_check_key_with_a_wrong_key_is_unauthorized(client: OctanistClient) -> None:
    client.set_api_key("not-the-key-0000000000")
    assert isinstance(client.check_key(), Unauthorized)


def test_check_key_without_a_key_sends_nothing(
    make_client: ClientFactory, sandbox: SandboxServer
) -> None:
    client = make_client(sandbox.url, None)

    assert isinstance(client.check_key(), Unauthorized)
    assert sandbox.requests_per_path == {}


def test_check_key_while_offline_is_retryable(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    sandbox.go_offline()
    assert _retryable(client.check_key()).network_down


# --- the API URL --------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/api",
        "http://octanist.com/api",
        "http://10.0.0.5:8080/api",
        "http://127.0.0.1.nip.io/api",
        "http://localhost.example.com/api",
    ],
)
def test_plain_http_to_another_computer_is_refused(url: str) -> None:
    with pytest.raises(InsecureApiUrl, match=r"https://"):
        OctanistClient(url, "key-0123456789")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/api",
        "http://127.0.0.1:8765/api",
        "http://127.8.9.10/api",
        "http://localhost:8765/api",
        "http://LOCALHOST/api",
        "http://[::1]:8765/api",
        "https://example.com/api",
        "https://octanist.com/api/",
        DEFAULT_API_URL,
    ],
)
def test_https_anywhere_and_http_on_this_computer_are_allowed(url: str) -> None:
    client = OctanistClient(url, "key-0123456789")
    assert client.base_url == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    [
        "octanist.com/api",
        "ftp://octanist.com/api",
        "https:///api",
        "https://user:secret@octanist.com/api",
        "https://octanist.com/api?key=1",
        "https://octanist.com:99999/api",
        "",
    ],
)
def test_unusable_api_urls_are_refused(url: str) -> None:
    with pytest.raises(InvalidApiUrl) as raised:
        validate_api_url(url)
    assert not isinstance(raised.value, InsecureApiUrl)
    assert isinstance(raised.value, ValueError)


# --- the key never leaks ------------------------------------------------------------


def test_key_is_not_in_the_clients_repr(client: OctanistClient, api_key: str) -> None:
    assert api_key not in repr(client)
    assert api_key not in str(client)
    assert "api key set" in repr(client)


def test_key_echoed_by_the_server_is_masked(client: OctanistClient, api_key: str) -> None:
    # The sandbox names unknown fields in its 400 answer, so a field named
    # after the key makes the server echo the key back.
    outcome = client.post_lead({"name": "Ann", api_key: "x"})

    assert isinstance(outcome, Invalid)
    assert api_key not in repr(outcome)
    assert "[API key]" in outcome.message


@pytest.mark.parametrize(
    "fault", ["500", "502_html", "429", "captive_portal", "reset", "not_json", "success_false"]
)
def test_key_is_in_no_outcome_of_any_fault(
    client: OctanistClient, sandbox: SandboxServer, api_key: str, fault: str
) -> None:
    sandbox.inject(fault)
    assert api_key not in repr(client.post_lead(LEAD))


def test_key_is_in_no_outcome_when_refused_or_unauthorized(
    client: OctanistClient, sandbox: SandboxServer, api_key: str
) -> None:
    sandbox.set_api_key("someone-elses-key-000000")
    assert api_key not in repr(client.post_lead(LEAD))
    sandbox.go_offline()
    assert api_key not in repr(client.post_lead(LEAD))


# --- small pure pieces ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("", None),
        ("0", 0.0),
        ("120", 120.0),
        ("-5", 0.0),
        ("soon", None),
        ("nan", None),
        ("99999999", 86_400.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # in the past: retry now
    ],
)
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header) == expected


def test_server_answer_is_cut_to_four_kilobytes(
    client: OctanistClient, sandbox: SandboxServer
) -> None:
    outcome = client.post_lead({"name": "Ann", **{f"x{i:04}": 1 for i in range(1000)}})

    assert isinstance(outcome, Invalid)
    assert outcome.server_answer is not None
    assert len(outcome.server_answer) == SERVER_ANSWER_CHARS
