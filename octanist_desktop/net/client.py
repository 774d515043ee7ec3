"""The one place the app speaks HTTP to Octanist's Leads API.

``OctanistClient.post_lead`` sends one lead and returns an ``Outcome``;
``patch_lead`` records an outcome (qualified/won/lost); ``get_lead``,
``list_leads`` and ``usage`` read what Octanist has. None of them raises
for network or server trouble. It is not thread-safe: each thread that
sends (the sender worker) owns its own client and ``requests.Session``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast
from urllib.parse import quote, urlsplit

import requests

from octanist_desktop import __version__
from octanist_desktop.core.key_words import MALFORMED_KEY, NO_KEY
from octanist_desktop.core.outcomes import (
    Outcome,
    ReadFailure,
    Retryable,
    Unauthorized,
    UpdateOutcome,
)
from octanist_desktop.core.remote import LeadPage, RemoteLead, Usage
from octanist_desktop.core.states import KeyProblem
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.net.answers import SERVER_ANSWER_CHARS, Answer, Purpose, classify_answer
from octanist_desktop.net.api_url import DEFAULT_API_URL, is_loopback_host, validate_api_url
from octanist_desktop.net.deadline import Deadline, DeadlineAdapter
from octanist_desktop.net.failures import AFTER_SEND_NOTES, classify_failure
from octanist_desktop.net.outcome_answers import (
    classify_read,
    classify_update,
    lead_page,
    one_lead,
    usage,
)

__all__ = ["DEFAULT_API_URL", "OctanistClient"]

USER_AGENT = f"octanist-desktop/{__version__}"
#: Read at most this much of an answer: enough for any JSON answer or portal page.
MAX_ANSWER_BYTES = 256 * 1024
_KEY_HEADER = "X-API-KEY"
_KEY_PLACEHOLDER = "[API key]"
MIN_MASKED_KEY_CHARS = 8
#: The largest page ``GET /api/leads`` serves.
MAX_PAGE_SIZE = 100
#: The most one request may take, connecting, sending and the whole answer together.
DEFAULT_DEADLINE_S = 60.0

T = TypeVar("T")


def _without_key(value: object, key: str) -> object:
    """``value`` with every occurrence of ``key`` in its text masked (recursively)."""
    if isinstance(value, str):
        return value.replace(key, _KEY_PLACEHOLDER)
    if isinstance(value, dict):
        return {_without_key(k, key): _without_key(v, key) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_without_key(v, key) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # A page of leads holds leads: each is scrubbed like the page.
        return OctanistClient._scrub(value, key)
    return value


def _decode(raw: bytes, encoding: str | None) -> str:
    try:
        return raw.decode(encoding or "utf-8", errors="replace")
    except LookupError:  # a charset Python doesn't know
        return raw.decode("utf-8", errors="replace")


class OctanistClient:
    """Sends leads to one Octanist API address with one API key.

    ``base_url`` is checked on construction (``InsecureApiUrl``/``InvalidApiUrl``,
    both ``ValueError``). Timeouts are in seconds: ``connect_timeout`` to open a
    connection, ``read_timeout`` to wait for each part of the answer, and
    ``deadline`` for the whole request, however the server drips its answer;
    past it the request counts as maybe delivered (``Retryable``).
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        session: requests.Session | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        deadline: float = DEFAULT_DEADLINE_S,
    ) -> None:
        self._base_url = validate_api_url(base_url)
        self._host = urlsplit(self._base_url).hostname or self._base_url
        self._api_key: str | None = None
        self.set_api_key(api_key)
        self._timeouts = (connect_timeout, read_timeout)
        self._deadline_s = deadline
        self._deadline = Deadline()
        self._session = session if session is not None else requests.Session()
        adapter = DeadlineAdapter()
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)
        self._session.headers["User-Agent"] = USER_AGENT
        self._session.headers["Accept"] = "application/json"
        if is_loopback_host(self._host):
            # A proxy from the environment must not swallow requests meant for this machine.
            self._session.trust_env = False

    def __repr__(self) -> str:
        key_state = "set" if self._api_key else "not set"
        return f"OctanistClient({self._base_url!r}, api key {key_state})"

    @property
    def base_url(self) -> str:
        """The API address, e.g. ``https://octanist.com/api``."""
        return self._base_url

    @property
    def has_api_key(self) -> bool:
        """Whether a key is set (the key itself is never handed out)."""
        return bool(self._api_key)

    def set_api_key(self, api_key: str | None) -> None:
        """Use ``api_key`` from the next request on; None or blank means no key."""
        key = api_key.strip() if api_key else ""
        self._api_key = key or None

    def post_lead(self, payload: Mapping[str, object]) -> Outcome:
        """Send one lead (an API payload dict) and say how it went. Never raises for trouble
        with the network or the server; a payload that is not JSON-serialisable is a bug
        and raises ``TypeError``/``ValueError``.
        """
        body = json.dumps(dict(payload), ensure_ascii=False, allow_nan=False).encode("utf-8")
        return self._post("/leads", body, Purpose.LEAD)

    def check_key(self) -> Outcome:
        """Ask Octanist whether the key works: ``Delivered(lead_id="")`` if it does,
        ``Unauthorized`` if it does not, ``Retryable`` when the question can't be answered now.
        """
        return self._post("/check", b"{}", Purpose.KEY_CHECK)

    def patch_lead(self, body: Mapping[str, object]) -> UpdateOutcome:
        """Record an outcome: ``body`` is a ``PATCH /api/leads`` body (``core.deal``).

        ``Applied`` when Octanist confirms it; ``Conflict`` (409) when the email
        or phone matches several leads; ``Unsupported`` (404/405) when this
        server has no outcomes, or maybe no such lead id; the rest as for a lead.
        """
        data = json.dumps(dict(body), ensure_ascii=False, allow_nan=False).encode("utf-8")
        outcome = self._call("PATCH", "/leads", data, Purpose.UPDATE, classify_update)
        return outcome

    def get_lead(self, lead_id: str) -> RemoteLead | ReadFailure:
        """One lead as Octanist has it now (status, value, campaign), or why not."""
        path = "/leads/" + quote(lead_id, safe="")
        return self._read(path, {}, one_lead)

    def list_leads(
        self,
        *,
        page: int = 1,
        limit: int = MAX_PAGE_SIZE,
        updated_after: str | None = None,
        sort: str | None = None,
    ) -> LeadPage | ReadFailure:
        """One page of the account's leads. ``updated_after`` (ISO 8601) and ``sort``
        (``updated_at:asc``…) are sent only when given: older servers may not know them."""
        params = {"page": str(page), "limit": str(min(max(limit, 1), MAX_PAGE_SIZE))}
        if updated_after is not None:
            params["updated_after"] = updated_after
        if sort is not None:
            params["sort"] = sort
        return self._read("/leads", params, lead_page)

    def usage(self) -> Usage | ReadFailure:
        """The plan's usage this period (``POST /api/stats`` with ``{}``), or why not."""
        return self._call("POST", "/stats", b"{}", Purpose.READ, lambda a: classify_read(a, usage))

    def close(self) -> None:
        """Close pooled connections. The client must not be used afterwards."""
        self._session.close()
        self._deadline.close()

    def _post(self, path: str, body: bytes, purpose: Purpose) -> Outcome:
        return self._call("POST", path, body, purpose, lambda a: classify_answer(a, purpose))

    def _read(
        self,
        path: str,
        params: dict[str, str],
        parse: Callable[[Mapping[str, object]], T | None],
    ) -> T | ReadFailure:
        return self._call(
            "GET", path, None, Purpose.READ, lambda a: classify_read(a, parse), params
        )

    def _call(
        self,
        method: str,
        path: str,
        body: bytes | None,
        purpose: Purpose,
        classify: Callable[[Answer], T],
        params: dict[str, str] | None = None,
    ) -> T | Unauthorized | Retryable:
        key = self._api_key
        if not key:
            return Unauthorized(NO_KEY, problem=KeyProblem.MISSING)
        # Header values must be visible ASCII; anything else is a bad paste, and
        # http.client would raise on it (with the value in the message).
        if not all(33 <= ord(char) <= 126 for char in key):
            return Unauthorized(MALFORMED_KEY, problem=KeyProblem.MALFORMED)
        answer = self._exchange(method, self._base_url + path, body, key, purpose, params)
        outcome = answer if isinstance(answer, Retryable) else classify(answer)
        # Masking a very short key would garble every message it happens to occur in;
        # no real key is that short, and the sandbox's test keys are long.
        return self._scrub(outcome, key) if len(key) >= MIN_MASKED_KEY_CHARS else outcome

    def _exchange(
        self,
        method: str,
        url: str,
        body: bytes | None,
        key: str,
        purpose: Purpose,
        params: dict[str, str] | None = None,
    ) -> Answer | Retryable:
        with self._deadline.running(self._deadline_s) as deadline:
            answer = self._exchange_once(method, url, body, key, purpose, params)
        if deadline.cut:
            # Whatever was read is incomplete: the server had the request by now.
            after_send = AFTER_SEND_NOTES.get(purpose.thing, AFTER_SEND_NOTES["request"])
            return Retryable(
                QT_TRANSLATE_NOOP(
                    "NetworkAnswers",
                    "Octanist took longer than {seconds} seconds to answer, so the app stopped "
                    "waiting. {after_send}",
                ).format(seconds=f"{self._deadline_s:g}", after_send=after_send),
                maybe_delivered=True,
                note=after_send,
            )
        return answer

    def _exchange_once(
        self,
        method: str,
        url: str,
        body: bytes | None,
        key: str,
        purpose: Purpose,
        params: dict[str, str] | None,
    ) -> Answer | Retryable:
        headers = {_KEY_HEADER: key}
        if body is not None:
            headers["Content-Type"] = "application/json"
        try:
            response = self._session.request(
                method,
                url,
                params=params,
                data=body,
                headers=headers,
                timeout=self._timeouts,
                stream=True,
                # A redirect is a captive portal or a wrong URL, never Octanist's
                # answer; following it would turn the POST into a GET elsewhere.
                allow_redirects=False,
            )
        except (requests.RequestException, OSError) as error:
            return classify_failure(error, self._host, thing=purpose.thing)
        with response:
            try:
                raw = self._read_limited(response)
            except (requests.RequestException, OSError) as error:
                return classify_failure(error, self._host, answered=True, thing=purpose.thing)
            text = _decode(raw, response.encoding)
            return Answer(response.status_code, response.headers, text, url)

    @staticmethod
    def _read_limited(response: requests.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(chunk_size=16 * 1024):
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                # Closing an unread answer drops the connection instead of pooling it.
                break
        return b"".join(chunks)[:MAX_ANSWER_BYTES]

    @staticmethod
    def _scrub(outcome: T, key: str) -> T:
        """``outcome`` (any answer dataclass) with the key masked wherever a server may
        have echoed it back."""
        if not dataclasses.is_dataclass(outcome) or isinstance(outcome, type):
            return outcome
        changes: dict[str, Any] = {}
        for field in dataclasses.fields(outcome):
            value = getattr(outcome, field.name)
            cleaned = _without_key(value, key)
            if cleaned != value:
                changes[field.name] = cleaned
        if "server_answer" in changes and isinstance(changes["server_answer"], str):
            changes["server_answer"] = changes["server_answer"][:SERVER_ANSWER_CHARS]
        return cast(T, dataclasses.replace(outcome, **changes)) if changes else outcome
