"""Turn what a server answered into an ``Outcome``, with a message a salesperson can act on.

Octanist documents ``{"success": false, "error": {"code", "message", "details"},
"meta": {"requestId", "timestamp"}}`` for errors but publishes no schema, so
error bodies are read leniently and fall back to the HTTP status. A lead
counts as delivered on 2xx JSON with ``success: true``: with Octanist's lead
id when ``data.id`` holds one (text or a number, kept as text), without one
when it doesn't (``Delivered(lead_id="")``, never sent again automatically).

Answers are parsed with a guard: JSON nested deeper than
``MAX_ANSWER_DEPTH`` is not read at all (Python's parser, and everything
that walks the result, would raise ``RecursionError`` on the sender's
thread), but treated as an answer the app can't understand.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import Enum
from http import HTTPStatus
from typing import Any

from octanist_desktop.core.json_limits import nested_deeper_than
from octanist_desktop.core.key_words import REFUSED_KEY
from octanist_desktop.core.outcomes import (
    Delivered,
    Invalid,
    Outcome,
    Rejected,
    Retryable,
    Unauthorized,
)
from octanist_desktop.core.words import QT_TRANSLATE_NOOP, Words
from octanist_desktop.net.failures import AFTER_SEND_NOTES

#: How much of an answer is kept for support (``server_answer``).
SERVER_ANSWER_CHARS = 4096
#: A Retry-After beyond this is treated as this: one day.
MAX_RETRY_AFTER = 86_400.0
#: Octanist's answers are three levels deep; far deeper is not an answer to read.
MAX_ANSWER_DEPTH = 32


class _Unreadable:
    """The type of :data:`UNREADABLE`."""

    def __repr__(self) -> str:
        return "UNREADABLE"


#: What :func:`read_json` returns for JSON too deeply nested to read safely.
UNREADABLE = _Unreadable()

# What happens next, by what was being sent: whole sentences, so each language
# can say "the lead" and "the outcome" its own way.
_SENT_AGAIN: dict[str, Words] = {
    "lead": QT_TRANSLATE_NOOP("NetworkAnswers", "The lead will be sent again."),
    "outcome": QT_TRANSLATE_NOOP("NetworkAnswers", "The outcome will be sent again."),
    "request": QT_TRANSLATE_NOOP("NetworkAnswers", "The request will be sent again."),
}
_SENT_AGAIN_IN: dict[str, Words] = {
    "lead": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The lead will be sent again in {seconds} seconds."
    ),
    "outcome": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The outcome will be sent again in {seconds} seconds."
    ),
    "request": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The request will be sent again in {seconds} seconds."
    ),
}
_SENT_AGAIN_LATER: dict[str, Words] = {
    "lead": QT_TRANSLATE_NOOP("NetworkAnswers", "The lead will be sent again later."),
    "outcome": QT_TRANSLATE_NOOP("NetworkAnswers", "The outcome will be sent again later."),
    "request": QT_TRANSLATE_NOOP("NetworkAnswers", "The request will be sent again later."),
}
_SENT_AGAIN_MAY_HAVE_IT: dict[str, Words] = {
    "lead": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The lead will be sent again; Octanist may already have it."
    ),
    "outcome": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The outcome will be sent again; Octanist may already have it."
    ),
    "request": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "The request will be sent again; Octanist may already have it."
    ),
}
_UNCONFIRMED: dict[str, Words] = {
    "lead": QT_TRANSLATE_NOOP(
        "NetworkAnswers", "Octanist answered without confirming the lead. It will be tried again."
    ),
    "outcome": QT_TRANSLATE_NOOP(
        "NetworkAnswers",
        "Octanist answered without confirming the outcome. It will be tried again.",
    ),
    "request": QT_TRANSLATE_NOOP(
        "NetworkAnswers",
        "Octanist answered without confirming the request. It will be tried again.",
    ),
}
_UNCONFIRMED_SAYING: dict[str, Words] = {
    "lead": QT_TRANSLATE_NOOP(
        "NetworkAnswers",
        "Octanist answered without confirming the lead ({said}). It will be tried again.",
    ),
    "outcome": QT_TRANSLATE_NOOP(
        "NetworkAnswers",
        "Octanist answered without confirming the outcome ({said}). It will be tried again.",
    ),
    "request": QT_TRANSLATE_NOOP(
        "NetworkAnswers",
        "Octanist answered without confirming the request ({said}). It will be tried again.",
    ),
}
_CAPTIVE_PORTAL = QT_TRANSLATE_NOOP(
    "NetworkAnswers",
    "The network answered with a web page instead of Octanist — you may need to sign in "
    "to the Wi-Fi (open any website in a browser). {sent_again}",
)
CAPTIVE_PORTAL_REASON = _CAPTIVE_PORTAL.format(sent_again=_SENT_AGAIN["lead"])


class Purpose(Enum):
    """What the request was for; it changes what counts as success and the wording."""

    LEAD = "lead"
    KEY_CHECK = "key check"
    UPDATE = "outcome"
    READ = "request"

    @property
    def thing(self) -> str:
        """What a message says "will be sent again": the lead, the outcome, the request."""
        return "lead" if self is Purpose.KEY_CHECK else self.value

    @property
    def sent_again(self) -> Words:
        """ "The lead will be sent again." (or the outcome, the request)."""
        return _SENT_AGAIN[self.thing]

    @property
    def may_be_there(self) -> Words:
        """ "The lead may already be at Octanist; it will be tried again." (or …)."""
        return AFTER_SEND_NOTES[self.thing]


@dataclass(frozen=True, slots=True)
class Answer:
    """The parts of an HTTP answer the classification needs."""

    status: int
    headers: Mapping[str, str]
    text: str
    url: str

    @property
    def server_answer(self) -> str:
        """The body, cut to ``SERVER_ANSWER_CHARS``."""
        return self.text[:SERVER_ANSWER_CHARS]

    @property
    def looks_like_html(self) -> bool:
        """Whether the body is a web page (login page, proxy error page)."""
        if "html" in self.headers.get("Content-Type", "").lower():
            return True
        start = self.text.lstrip()[:64].lower()
        return start.startswith(("<!doctype html", "<html", "<head", "<body"))


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """What a (lenient) reading of an error body found."""

    code: str | None = None
    message: str | None = None
    details: object = None
    request_id: str | None = None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP-date), or None."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def read_json(text: str, **options: Any) -> object:
    """An answer's JSON value; None when it isn't JSON, :data:`UNREADABLE` when it is
    nested deeper than :data:`MAX_ANSWER_DEPTH`. Never raises. ``options`` go to
    ``json.loads`` (``parse_float=Decimal``, say).
    """
    try:
        value = json.loads(text, **options)
    except (RecursionError, MemoryError):
        return UNREADABLE
    except ValueError:
        return None
    # Measured without recursion: a value a few hundred levels deep parses,
    # then breaks whatever walks it (key masking, message building).
    return UNREADABLE if nested_deeper_than(value, MAX_ANSWER_DEPTH) else value


def json_body(text: str, **options: Any) -> object:
    """:func:`read_json`, with an unreadable body read as no JSON at all (for error answers)."""
    value = read_json(text, **options)
    return None if value is UNREADABLE else value


def _json(text: str) -> object:
    return json_body(text)


def _lead_id(value: object) -> str | None:
    """Octanist's id for the lead created: any non-empty text, or a number, as text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return str(int(value)) if value.is_integer() else repr(value)
    return _text(value)


def _text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _request_id(body: object, headers: Mapping[str, str]) -> str | None:
    if isinstance(body, dict):
        meta = body.get("meta")
        if isinstance(meta, dict) and _text(meta.get("requestId")):
            return _text(meta.get("requestId"))
        if _text(body.get("requestId")):
            return _text(body.get("requestId"))
    return _text(headers.get("X-Request-Id"))


def read_error(body: object, headers: Mapping[str, str]) -> ErrorInfo:
    """Code, message, details and request id from an error body of any plausible shape."""
    request_id = _request_id(body, headers)
    if not isinstance(body, dict):
        return ErrorInfo(request_id=request_id)
    error = body.get("error")
    if isinstance(error, dict):
        return ErrorInfo(
            code=_text(error.get("code")),
            message=_text(error.get("message")),
            details=error.get("details"),
            request_id=request_id,
        )
    return ErrorInfo(
        code=_text(body.get("code")),
        message=_text(error) or _text(body.get("message")),
        details=body.get("details", body.get("errors")),
        request_id=request_id,
    )


def _status_text(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _summarise_details(details: object, limit: int = 5) -> str | None:
    """``email: Expected string; name: Unknown field`` from the usual details shapes."""
    items: list[str] = []
    if isinstance(details, dict):
        items = [f"{key}: {value}" for key, value in details.items() if _text(value)]
    elif isinstance(details, list):
        for entry in details:
            if isinstance(entry, str) and entry.strip():
                items.append(entry.strip())
            elif isinstance(entry, dict):
                where = entry.get("field", entry.get("path"))
                if isinstance(where, list):
                    where = ".".join(str(part) for part in where)
                what = _text(entry.get("message"))
                if where and what:
                    items.append(f"{where}: {what}")
                elif what:
                    items.append(what)
    if not items:
        return None
    more = len(items) - limit
    return "; ".join(items[:limit]) + (f"; and {more} more" if more > 0 else "")


def _server_said(info: ErrorInfo, status: int) -> str:
    """The server's own words for an error, or the HTTP status when it gave none."""
    said = info.message or info.code or _status_text(status)
    summary = _summarise_details(info.details)
    if summary and summary not in said:
        said = f"{said} ({summary})"
    return said


def classify_answer(answer: Answer, purpose: Purpose = Purpose.LEAD) -> Outcome:
    """The ``Outcome`` of a request that got an HTTP answer."""
    body = read_json(answer.text)
    status = answer.status
    if body is UNREADABLE:
        if 200 <= status < 300:
            # Octanist (or something) said yes in a shape nobody can read: the
            # lead may well be there, so a retry is flagged as a possible duplicate.
            return Retryable(
                QT_TRANSLATE_NOOP(
                    "NetworkAnswers",
                    "Octanist's answer ({status}) was too deeply nested to read, so it isn't "
                    "known whether it arrived. {after_send}",
                ).format(status=_status_text(status), after_send=purpose.may_be_there),
                note=purpose.may_be_there,
                maybe_delivered=True,
                status=status,
                server_answer=answer.server_answer,
            )
        body = None
    if 200 <= status < 300:
        return _classify_success(answer, body, purpose)
    info = read_error(body, answer.headers)
    kept = answer.server_answer
    said = _server_said(info, status)
    is_octanist_json = isinstance(body, dict)
    retry_after = parse_retry_after(answer.headers.get("Retry-After"))
    if 300 <= status < 400:
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "The network sent the request somewhere else ({status}) instead of to "
                "Octanist — you may need to sign in to the Wi-Fi, or the API URL in Settings "
                "is wrong. {sent_again}",
            ).format(status=_status_text(status), sent_again=purpose.sent_again),
            note=purpose.sent_again,
            status=status,
            network_down=True,
            request_id=info.request_id,
            server_answer=kept,
        )
    if status in (401, 403) and not is_octanist_json:
        # Octanist answers 401/403 in JSON; a web page is a firewall or proxy in between.
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Something between this computer and Octanist blocked the request "
                "({status}), such as a firewall or a Wi-Fi sign-in page. {sent_again}",
            ).format(status=_status_text(status), sent_again=purpose.sent_again),
            note=purpose.sent_again,
            status=status,
            network_down=answer.looks_like_html,
            server_answer=kept,
        )
    if status == 400:
        return Invalid(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Octanist refused this lead as invalid: {said}. Correct the lead and send it "
                "again.",
            ).format(said=said),
            details=info.details,
            request_id=info.request_id,
            status=status,
            server_answer=kept,
        )
    if status == 401:
        return Unauthorized(
            REFUSED_KEY.format(said=said),
            request_id=info.request_id,
            server_answer=kept,
        )
    if status == 403:
        return Rejected(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Octanist turned this lead away: the account's filtering rules reject it "
                "({said}). Sending it again unchanged will be refused again; check the lead, "
                "or the filtering rules in your Octanist account.",
            ).format(said=said),
            request_id=info.request_id,
            server_answer=kept,
        )
    if status in (404, 405):
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "The API address looks wrong: {url} answered {status}. Check the API URL in "
                "Settings (normally https://octanist.com/api).",
            ).format(url=answer.url, status=_status_text(status)),
            status=status,
            request_id=info.request_id,
            server_answer=kept,
        )
    if status == 429:
        if retry_after is not None:
            sent_later = _SENT_AGAIN_IN[purpose.thing].format(seconds=f"{retry_after:g}")
        else:
            sent_later = _SENT_AGAIN_LATER[purpose.thing]
        slow_down = QT_TRANSLATE_NOOP(
            "NetworkAnswers", "Octanist asked the app to slow down ({status}). {sent_again}"
        ).format(status=_status_text(status), sent_again=sent_later)
        return Retryable(
            slow_down,
            note=sent_later,
            retry_after=retry_after,
            status=status,
            request_id=info.request_id,
            server_answer=kept,
        )
    if status in (408, 425):
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Octanist did not take the request this time ({status}). {sent_again}",
            ).format(status=_status_text(status), sent_again=purpose.sent_again),
            note=purpose.sent_again,
            retry_after=retry_after,
            status=status,
            request_id=info.request_id,
            server_answer=kept,
        )
    if status == 511:
        return Retryable(
            _CAPTIVE_PORTAL.format(sent_again=purpose.sent_again),
            note=purpose.sent_again,
            status=status,
            network_down=True,
            server_answer=kept,
        )
    if 400 <= status < 500:
        return Invalid(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Octanist refused this lead ({said}). Sending it again unchanged will not help; "
                "correct the lead, or contact Octanist support with the request id.",
            ).format(said=said),
            details=info.details,
            request_id=info.request_id,
            status=status,
            server_answer=kept,
        )
    if 500 <= status < 600:
        if is_octanist_json:
            failed = QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Octanist had a problem on its side ({said}). {sent_again}",
            )
        else:
            failed = QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Octanist, or a proxy or gateway on the way, failed ({said}). {sent_again}",
            )
        return Retryable(
            failed.format(said=said, sent_again=_SENT_AGAIN_MAY_HAVE_IT[purpose.thing]),
            note=_SENT_AGAIN_MAY_HAVE_IT[purpose.thing],
            retry_after=retry_after,
            maybe_delivered=True,
            status=status,
            request_id=info.request_id,
            server_answer=kept,
        )
    return Retryable(
        QT_TRANSLATE_NOOP(
            "NetworkAnswers",
            "The server gave an answer the app does not understand ({status}). {sent_again}",
        ).format(status=_status_text(status), sent_again=purpose.sent_again),
        note=purpose.sent_again,
        status=status,
        server_answer=kept,
    )


def _classify_success(answer: Answer, body: object, purpose: Purpose) -> Outcome:
    kept = answer.server_answer
    status = answer.status
    if not isinstance(body, dict):
        if answer.looks_like_html:
            return Retryable(
                _CAPTIVE_PORTAL.format(sent_again=purpose.sent_again),
                note=purpose.sent_again,
                status=status,
                network_down=True,
                server_answer=kept,
            )
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Something on the network answered in place of Octanist, with text that is not "
                "Octanist's reply. Check the internet connection. {sent_again}",
            ).format(sent_again=purpose.sent_again),
            note=purpose.sent_again,
            status=status,
            server_answer=kept,
        )
    info = read_error(body, answer.headers)
    if body.get("success") is not True:
        if info.message:
            unconfirmed = _UNCONFIRMED_SAYING[purpose.thing].format(said=info.message)
        else:
            unconfirmed = _UNCONFIRMED[purpose.thing]
        return Retryable(
            unconfirmed,
            status=status,
            request_id=info.request_id,
            server_answer=kept,
        )
    if purpose is Purpose.KEY_CHECK:
        return Delivered("", request_id=info.request_id, server_answer=kept)
    data = body.get("data")
    lead_id = _lead_id(data.get("id")) if isinstance(data, dict) else None
    # success: true without an id is Octanist saying it has the lead. Sending it
    # again would add a copy each time (it did, ~60 an hour), so it counts as
    # delivered, without an id; the store notes that for the history.
    return Delivered(lead_id or "", request_id=info.request_id, server_answer=kept)
