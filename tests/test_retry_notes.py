"""A retryable answer keeps its note on what happens next apart from what went wrong.

The key check shows ``cause`` alone: it sent no lead, so "the lead will be
sent again" would be untrue there. For a lead the whole ``reason`` is shown.
"""

from __future__ import annotations

import json

import pytest
import requests

from octanist_desktop.core.outcomes import Retryable
from octanist_desktop.net.answers import Answer, Purpose, classify_answer
from octanist_desktop.net.failures import classify_failure

HTML = {"Content-Type": "text/html"}
JSON = {"Content-Type": "application/json"}
NESTED = "[" * 5000 + "]" * 5000

ANSWERS = [
    (301, HTML, "<html>moved</html>"),
    (401, HTML, "<html>sign in</html>"),
    (408, JSON, "{}"),
    (429, {**JSON, "Retry-After": "30"}, "{}"),
    (500, JSON, json.dumps({"error": "boom"})),
    (502, HTML, "<html>bad gateway</html>"),
    (511, HTML, "<html>portal</html>"),
    (200, HTML, "<html>portal</html>"),
    (200, {"Content-Type": "text/plain"}, "hello"),
    (200, JSON, NESTED),
]

FAILURES = [
    requests.exceptions.ReadTimeout("read timed out"),
    requests.exceptions.ProxyError("proxy down"),
    requests.exceptions.SSLError("certificate verify failed"),
    ConnectionResetError("reset by peer"),
]


def _retryables(purpose: Purpose) -> list[Retryable]:
    found = []
    for status, headers, text in ANSWERS:
        outcome = classify_answer(Answer(status, headers, text, "https://x.test/api"), purpose)
        assert isinstance(outcome, Retryable), (status, outcome)
        found.append(outcome)
    for error in FAILURES:
        found.append(classify_failure(error, "x.test", thing=purpose.thing))
    found.append(classify_failure(ConnectionResetError(), "x.test", answered=True))
    return found


@pytest.mark.parametrize("purpose", [Purpose.LEAD, Purpose.KEY_CHECK, Purpose.UPDATE])
def test_the_reason_is_the_cause_then_the_note(purpose: Purpose) -> None:
    for outcome in _retryables(purpose):
        assert outcome.note, outcome.reason
        assert outcome.reason == f"{outcome.cause} {outcome.note}"
        assert outcome.cause.endswith((".", ")")), outcome.cause


def test_a_key_checks_cause_says_nothing_about_sending_again() -> None:
    for outcome in _retryables(Purpose.KEY_CHECK):
        assert "again" not in outcome.cause, outcome.cause
        assert "lead" not in outcome.cause.lower() or "whether the lead arrived" in outcome.cause


def test_without_a_note_the_cause_is_the_reason() -> None:
    outcome = Retryable("Octanist answered without confirming the lead. It will be tried again.")
    assert outcome.cause == outcome.reason
