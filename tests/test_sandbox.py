"""The sandbox keeps Octanist's contract, its control API and its fault switches."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
import requests

from octanist_desktop.core.fields import CONSENT_KEYS, FIELD_BY_KEY, IDENTIFIER_KEYS
from octanist_desktop.net.failures import exception_chain
from octanist_desktop.sandbox import FAULTS, SandboxServer, contract


@pytest.fixture
def http() -> Iterator[requests.Session]:
    """A plain HTTP session for talking to the sandbox directly."""
    with requests.Session() as session:
        yield session


def post_lead(
    http: requests.Session, sandbox: SandboxServer, body: object, key: str | None
) -> requests.Response:
    headers = {"X-API-KEY": key} if key is not None else {}
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return http.post(sandbox.url + "/leads", data=data, headers=headers, timeout=5)


def _error(response: requests.Response) -> dict[str, object]:
    body = response.json()
    assert body["success"] is False
    assert body["meta"]["requestId"].startswith("req_")
    error: dict[str, object] = body["error"]
    return error


# --- where it listens -----------------------------------------------------------------


def test_listens_on_loopback_only(sandbox: SandboxServer) -> None:
    assert sandbox.url == f"http://127.0.0.1:{sandbox.port}/api"
    assert sandbox.port > 0
    # This machine's address on its outward network, if it has one: the sandbox
    # must not answer there.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # UDP connect sends nothing
        except OSError:
            pytest.skip("no outward network interface to check")
        outward = probe.getsockname()[0]
    if outward.startswith("127."):
        pytest.skip("no outward network interface to check")
    with (
        pytest.raises((ConnectionRefusedError, TimeoutError)),
        socket.create_connection((outward, sandbox.port), timeout=1),
    ):
        pass


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "example.com"])
def test_refuses_to_listen_beyond_loopback(host: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        SandboxServer(host=host)


def test_can_listen_on_ipv6_loopback(http: requests.Session) -> None:
    try:
        server = SandboxServer(host="::1", api_key="k6")
        server.start()
    except OSError:
        pytest.skip("no IPv6 loopback here")
    try:
        assert server.url.startswith("http://[::1]:")
        assert post_lead(http, server, {"name": "A"}, "k6").status_code == 200
    finally:
        server.stop()


# --- the contract -----------------------------------------------------------------------


def test_accepted_lead_answer_has_the_documented_shape(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    response = post_lead(http, sandbox, {"name": "Ann", "ad_storage": True}, api_key)

    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["success"] is True
    assert re.fullmatch(r"lead_[0-9a-f]+", body["data"]["id"])
    assert body["data"]["message"] == "Lead added"
    assert re.fullmatch(r"req_[0-9a-f]{12}", body["meta"]["requestId"])
    assert body["meta"]["timestamp"].endswith("Z")
    datetime.fromisoformat(body["meta"]["timestamp"])
    [lead] = sandbox.leads
    assert (lead.lead_id, lead.request_id) == (body["data"]["id"], body["meta"]["requestId"])
    assert lead.payload == {"name": "Ann", "ad_storage": True}


@pytest.mark.parametrize("key", [None, "", "wrong-key"])
def test_leads_need_the_api_key(
    http: requests.Session, sandbox: SandboxServer, key: str | None
) -> None:
    response = post_lead(http, sandbox, {"name": "Ann"}, key)

    assert response.status_code == 401
    assert _error(response) == {"code": "UNAUTHORIZED", "message": "Missing or invalid API key"}
    assert sandbox.leads == []
    assert sandbox.requests_seen == 1


def test_check_answers_success_only_for_the_key(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    good = http.post(sandbox.url + "/check", headers={"X-API-KEY": api_key}, timeout=5)
    bad = http.post(sandbox.url + "/check", headers={"X-API-KEY": "nope"}, timeout=5)

    assert good.status_code == 200
    assert good.json()["success"] is True
    assert bad.status_code == 401
    assert sandbox.requests_per_path == {"POST /api/check": 2}


def test_set_api_key_switches_the_accepted_key(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    sandbox.set_api_key("new-key-abcdef")
    assert post_lead(http, sandbox, {"name": "A"}, api_key).status_code == 401
    assert post_lead(http, sandbox, {"name": "A"}, "new-key-abcdef").status_code == 200


@pytest.mark.parametrize(
    ("body", "message", "fields"),
    [
        (b"{not json", "Invalid JSON", None),
        (b"\xff\xfe", "Invalid JSON", None),
        ([{"name": "A"}], "Invalid JSON", None),
        ("just a string", "Invalid JSON", None),
        ({}, "At least one of", list(IDENTIFIER_KEYS)),
        ({"name": "   ", "custom": {}}, "At least one of", list(IDENTIFIER_KEYS)),
        ({"note": "no identifier"}, "At least one of", list(IDENTIFIER_KEYS)),
        (
            {"name": "A", "favourite_colour": "red", "age": 3},
            "Unknown fields",
            ["age", "favourite_colour"],
        ),
        ({"name": 42}, "Invalid field values", ["name"]),
        ({"email": None, "phone": "+1"}, "Invalid field values", ["email"]),
        ({"custom": 12}, "Invalid field values", ["custom"]),
        ({"name": "A", "ad_storage": 1}, "Invalid field values", ["ad_storage"]),
    ],
)
def test_invalid_leads_get_400_validation_error(
    http: requests.Session,
    sandbox: SandboxServer,
    api_key: str,
    body: object,
    message: str,
    fields: list[str] | None,
) -> None:
    response = post_lead(http, sandbox, body, api_key)

    assert response.status_code == 400
    error = _error(response)
    assert error["code"] == "VALIDATION_ERROR"
    assert str(error["message"]).startswith(message)
    if fields is None:
        assert "details" not in error
    else:
        details = error["details"]
        assert isinstance(details, list)
        assert [issue["field"] for issue in details] == fields
    assert sandbox.leads == []


@pytest.mark.parametrize(
    "body",
    [
        {"custom": "free text"},
        {"custom": {"booth": 7}},
        {"custom": ["a", "b"]},
        {"phone": "+1234567890", "ad_user_data": "TRUE", "analytics_storage": False},
        {"email": "a@b.example", **{key: "x" for key in FIELD_BY_KEY if key not in CONSENT_KEYS}},
    ],
)
def test_valid_leads_are_accepted(
    http: requests.Session, sandbox: SandboxServer, api_key: str, body: dict[str, object]
) -> None:
    assert post_lead(http, sandbox, body, api_key).status_code == 200
    assert sandbox.leads[0].payload == body


def test_sandbox_knows_the_same_fields_as_the_app() -> None:
    assert set(FIELD_BY_KEY) == contract.KNOWN_FIELDS
    assert set(CONSENT_KEYS) == contract.CONSENT_FIELDS
    assert set(IDENTIFIER_KEYS) == set(contract.IDENTIFIER_FIELDS)


def test_reject_rule_answers_403_until_removed(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    sandbox.set_reject_rule("custom", r'"source": "spam"')
    rejected = post_lead(http, sandbox, {"custom": {"source": "spam"}}, api_key)
    sandbox.set_reject_rule("custom", None)
    accepted = post_lead(http, sandbox, {"custom": {"source": "spam"}}, api_key)

    assert rejected.status_code == 403
    assert _error(rejected) == {
        "code": "FORBIDDEN",
        "message": "Lead rejected by filtering rules",
    }
    assert accepted.status_code == 200
    assert len(sandbox.leads) == 1


def test_bad_reject_rules_are_refused(sandbox: SandboxServer) -> None:
    with pytest.raises(ValueError, match="regular expression"):
        sandbox.set_reject_rule("email", "(")
    with pytest.raises(ValueError, match="not a lead field"):
        sandbox.set_reject_rule("mail", "x")


def test_unknown_paths_and_methods_answer_json(
    http: requests.Session, sandbox: SandboxServer
) -> None:
    missing = http.post(sandbox.root_url + "/api/lead", timeout=5)
    wrong_method = http.put(sandbox.url + "/leads", timeout=5)
    wrong_check = http.get(sandbox.url + "/check", timeout=5)

    assert missing.status_code == 404
    assert _error(missing)["code"] == "NOT_FOUND"
    assert wrong_method.status_code == 405
    assert wrong_method.headers["Allow"] == "GET, POST, PATCH"
    assert wrong_check.status_code == 405
    assert wrong_check.headers["Allow"] == "POST"


def test_oversized_body_is_413(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    response = post_lead(http, sandbox, {"custom": "x" * (1024 * 1024)}, api_key)
    assert response.status_code == 413
    # The connection stayed usable: the sandbox read the body before answering.
    assert post_lead(http, sandbox, {"name": "A"}, api_key).status_code == 200
    assert len({seen.peer for seen in sandbox.seen_requests}) == 1


def test_keep_alive_answers_come_without_nagle_delay(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    post_lead(http, sandbox, {"name": "warm-up"}, api_key)
    took = []
    for i in range(20):
        started = time.perf_counter()
        assert post_lead(http, sandbox, {"name": f"Lead {i}"}, api_key).status_code == 200
        took.append(time.perf_counter() - started)
    # With Nagle on, every answer waits ~40 ms for a delayed ACK. The fastest of
    # twenty is compared, not their sum: a busy machine slows some requests down,
    # but can't make every one of them late, while Nagle does exactly that.
    assert min(took) < 0.03, sorted(took)
    assert len({seen.peer for seen in sandbox.seen_requests}) == 1


def test_concurrent_posts_are_all_kept(sandbox: SandboxServer, api_key: str) -> None:
    errors: list[BaseException] = []

    def send(worker: int) -> None:
        try:
            with requests.Session() as session:
                for i in range(25):
                    response = post_lead(session, sandbox, {"name": f"{worker}-{i}"}, api_key)
                    assert response.status_code == 200
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=send, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    leads = sandbox.leads
    assert len(leads) == 200
    assert len({lead.lead_id for lead in leads}) == 200
    assert sandbox.requests_seen == 200


# --- faults -------------------------------------------------------------------------------


def test_faults_apply_in_order_then_normal_service_resumes(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    sandbox.inject("500", times=2)
    sandbox.inject("429", retry_after=3)
    sandbox.inject("captive_portal")
    sandbox.inject("not_json")
    sandbox.inject("success_false")
    sandbox.inject("502_html")
    assert sandbox.pending_faults == 7

    answers = [post_lead(http, sandbox, {"name": "A"}, api_key) for _ in range(8)]

    assert [r.status_code for r in answers] == [500, 500, 429, 200, 200, 200, 502, 200]
    assert _error(answers[0])["code"] == "INTERNAL_ERROR"
    assert answers[2].headers["Retry-After"] == "3"
    assert "text/html" in answers[3].headers["Content-Type"]
    assert "<form" in answers[3].text
    assert answers[4].headers["Content-Type"] == "text/plain"
    assert answers[5].json() == {"success": False}
    assert "502 Bad Gateway" in answers[6].text
    assert answers[7].json()["success"] is True
    assert len(sandbox.leads) == 1
    assert sandbox.pending_faults == 0


def test_faults_hit_only_lead_posts(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    sandbox.inject("500")
    check = http.post(sandbox.url + "/check", headers={"X-API-KEY": api_key}, timeout=5)
    assert check.status_code == 200
    assert sandbox.pending_faults == 1


def test_clear_faults(http: requests.Session, sandbox: SandboxServer, api_key: str) -> None:
    sandbox.inject("500", times=3)
    sandbox.clear_faults()
    assert post_lead(http, sandbox, {"name": "A"}, api_key).status_code == 200


@pytest.mark.parametrize(
    ("fault", "params"),
    [
        ("teapot", {}),
        ("500", {"seconds": 1}),
        ("hang", {"seconds": -1}),
        ("hang", {"record": "yes"}),
        ("429", {"retry_after": True}),
    ],
)
def test_bad_faults_are_refused(sandbox: SandboxServer, fault: str, params: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"."):
        sandbox.inject(fault, **params)
    assert sandbox.pending_faults == 0


def test_every_documented_fault_can_be_injected(sandbox: SandboxServer) -> None:
    for fault in FAULTS:
        sandbox.inject(fault)
    assert sandbox.pending_faults == len(FAULTS)


@pytest.mark.parametrize("record", [False, True])
def test_reset_tears_down_the_connection(
    http: requests.Session, sandbox: SandboxServer, api_key: str, record: bool
) -> None:
    sandbox.inject("reset", record=record)

    with pytest.raises(requests.ConnectionError) as raised:
        post_lead(http, sandbox, {"name": "A"}, api_key)

    assert any(isinstance(e, ConnectionResetError) for e in exception_chain(raised.value))
    assert len(sandbox.leads) == (1 if record else 0)


@pytest.mark.parametrize("record", [False, True])
def test_hang_outlasts_the_clients_patience(
    http: requests.Session, sandbox: SandboxServer, api_key: str, record: bool
) -> None:
    sandbox.inject("hang", seconds=5, record=record)

    with pytest.raises(requests.ReadTimeout):
        http.post(
            sandbox.url + "/leads", json={"name": "A"}, headers={"X-API-KEY": api_key}, timeout=0.2
        )

    assert len(sandbox.leads) == (1 if record else 0)


def test_short_hang_answers_late(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    sandbox.inject("hang", seconds=0.2)
    sandbox.inject("hang", seconds=0.2, record=True)

    started = time.perf_counter()
    gave_up = post_lead(http, sandbox, {"name": "A"}, api_key)
    stored = post_lead(http, sandbox, {"name": "B"}, api_key)

    assert time.perf_counter() - started >= 0.4
    assert gave_up.status_code == 504
    assert stored.status_code == 200
    assert [lead.payload["name"] for lead in sandbox.leads] == ["B"]


def test_stop_does_not_wait_for_a_hanging_answer(api_key: str) -> None:
    server = SandboxServer(api_key=api_key)
    server.start()
    server.inject("hang", seconds=30)
    sender = threading.Thread(target=_post_ignoring_errors, args=(server.url, api_key))
    sender.start()
    while server.requests_seen == 0:
        time.sleep(0.01)

    started = time.perf_counter()
    server.stop()
    sender.join(5)

    assert time.perf_counter() - started < 1
    assert not sender.is_alive()


def _post_ignoring_errors(url: str, key: str) -> None:
    with contextlib.suppress(requests.RequestException):
        requests.post(url + "/leads", json={"name": "A"}, headers={"X-API-KEY": key}, timeout=10)


def test_delay_answers_late(http: requests.Session, sandbox: SandboxServer, api_key: str) -> None:
    sandbox.set_delay(0.3)
    started = time.perf_counter()
    response = post_lead(http, sandbox, {"name": "A"}, api_key)
    assert response.status_code == 200
    assert time.perf_counter() - started >= 0.3
    with pytest.raises(ValueError, match="0 or more"):
        sandbox.set_delay(-1)


# --- going offline ------------------------------------------------------------------------


def test_go_offline_refuses_connections_and_go_online_reopens_the_same_port(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    assert post_lead(http, sandbox, {"name": "before"}, api_key).status_code == 200
    port = sandbox.port

    sandbox.go_offline()
    assert not sandbox.is_online
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    with pytest.raises(requests.ConnectionError):
        post_lead(http, sandbox, {"name": "while offline"}, api_key)

    sandbox.go_online()
    assert sandbox.port == port
    assert post_lead(http, sandbox, {"name": "after"}, api_key).status_code == 200
    assert [lead.payload["name"] for lead in sandbox.leads] == ["before", "after"]


def test_stop_is_idempotent_and_context_manager_works(api_key: str) -> None:
    with SandboxServer(api_key=api_key) as server:
        assert server.is_online
        url = server.url
    server.stop()
    with pytest.raises(requests.ConnectionError):
        requests.post(url + "/check", timeout=1)


# --- control API --------------------------------------------------------------------------


def test_control_api_injects_lists_and_resets(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    control = sandbox.root_url + "/_sandbox"
    injected = http.post(control + "/faults", json={"fault": "500", "times": 2}, timeout=5)
    assert injected.status_code == 200
    assert sandbox.pending_faults == 2
    sandbox.clear_faults()

    post_lead(http, sandbox, {"name": "Listed"}, api_key)
    listed = http.get(control + "/leads", timeout=5).json()
    assert [entry["payload"] for entry in listed] == [{"name": "Listed"}]
    assert listed[0]["id"] == sandbox.leads[0].lead_id
    assert "X-API-KEY" not in json.dumps(listed)

    http.post(control + "/faults", json={"fault": "hang", "seconds": 1, "record": True}, timeout=5)
    assert http.post(control + "/reset", timeout=5).status_code == 200
    assert sandbox.leads == []
    assert sandbox.pending_faults == 0
    assert sandbox.requests_seen == 0


def test_control_api_configures_delay_and_reject_rules(
    http: requests.Session, sandbox: SandboxServer, api_key: str
) -> None:
    control = sandbox.root_url + "/_sandbox/config"
    rule = {"reject": {"field": "email", "pattern": "@spam"}}
    assert http.post(control, json=rule, timeout=5).status_code == 200
    assert post_lead(http, sandbox, {"email": "x@spam.example"}, api_key).status_code == 403
    assert http.post(control, json={"delay": 0.2}, timeout=5).status_code == 200
    started = time.perf_counter()
    post_lead(http, sandbox, {"name": "slow"}, api_key)
    assert time.perf_counter() - started >= 0.2


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/_sandbox/faults", {"fault": "teapot"}),
        ("/_sandbox/faults", {"times": 2}),
        ("/_sandbox/faults", {"fault": "500", "times": 0}),
        ("/_sandbox/faults", [1, 2]),
        ("/_sandbox/config", {"speed": 3}),
        ("/_sandbox/config", {"reject": {"field": "email", "pattern": "("}}),
    ],
)
def test_control_api_refuses_bad_requests(
    http: requests.Session, sandbox: SandboxServer, path: str, body: object
) -> None:
    response = http.post(sandbox.root_url + path, json=body, timeout=5)
    assert response.status_code == 400
    assert _error(response)["code"] == "VALIDATION_ERROR"
    assert sandbox.pending_faults == 0


def test_control_api_unknown_action_is_404(http: requests.Session, sandbox: SandboxServer) -> None:
    assert http.post(sandbox.root_url + "/_sandbox/explode", timeout=5).status_code == 404


# --- command line -------------------------------------------------------------------------


def _start_cli(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "octanist_desktop.sandbox", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    first_line = process.stdout.readline()
    return process, first_line


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_cli_prints_url_and_key_serves_and_stops_cleanly(stop_signal: signal.Signals) -> None:
    process, first_line = _start_cli("--api-key", "cli-key-123", "--reject", "email=@spam")
    try:
        match = re.search(r"(http://127\.0\.0\.1:(\d+)/api)", first_line)
        assert match, first_line
        url = match.group(1)
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "API key: cli-key-123"
        headers = {"X-API-KEY": "cli-key-123"}
        accepted = requests.post(url + "/leads", json={"name": "A"}, headers=headers, timeout=5)
        spam = requests.post(url + "/leads", json={"email": "a@spam"}, headers=headers, timeout=5)
        assert accepted.status_code == 200
        assert spam.status_code == 403
    finally:
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "Sandbox stopped." in out
    assert err == ""  # quiet: no per-request log lines, no traceback


def test_cli_uses_the_demo_key_by_default() -> None:
    process, _ = _start_cli()
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "API key: sandbox-key"
    finally:
        process.terminate()
        process.communicate(timeout=10)


def test_cli_rejects_a_malformed_reject_rule() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "octanist_desktop.sandbox", "--reject", "no-equals-sign"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "FIELD=REGEX" in result.stderr
