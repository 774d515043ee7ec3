"""The one place the app speaks HTTP to Octanist's Leads API.

``OctanistClient.post_lead`` sends one lead and returns an ``Outcome``; it never
raises for network or server trouble. It is not thread-safe: each thread that
sends (the sender worker) owns its own client and ``requests.Session``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import requests

from octanist_desktop import __version__
from octanist_desktop.core.key_words import MALFORMED_KEY, NO_KEY
from octanist_desktop.core.outcomes import Outcome, Unauthorized
from octanist_desktop.core.states import KeyProblem
from octanist_desktop.net.answers import SERVER_ANSWER_CHARS, Answer, Purpose, classify_answer
from octanist_desktop.net.api_url import DEFAULT_API_URL, is_loopback_host, validate_api_url
from octanist_desktop.net.failures import classify_failure

__all__ = ["DEFAULT_API_URL", "OctanistClient"]

USER_AGENT = f"octanist-desktop/{__version__}"
#: Read at most this much of an answer: enough for any JSON answer or portal page.
MAX_ANSWER_BYTES = 256 * 1024
_KEY_HEADER = "X-API-KEY"
_KEY_PLACEHOLDER = "[API key]"
MIN_MASKED_KEY_CHARS = 8


def _without_key(value: object, key: str) -> object:
    """``value`` with every occurrence of ``key`` in its text masked (recursively)."""
    if isinstance(value, str):
        return value.replace(key, _KEY_PLACEHOLDER)
    if isinstance(value, dict):
        return {_without_key(k, key): _without_key(v, key) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_key(v, key) for v in value]
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
    connection, ``read_timeout`` to wait for each part of the answer.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        session: requests.Session | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
    ) -> None:
        self._base_url = validate_api_url(base_url)
        self._host = urlsplit(self._base_url).hostname or self._base_url
        self._api_key: str | None = None
        self.set_api_key(api_key)
        self._timeouts = (connect_timeout, read_timeout)
        self._session = session if session is not None else requests.Session()
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

    def close(self) -> None:
        """Close pooled connections. The client must not be used afterwards."""
        self._session.close()

    def _post(self, path: str, body: bytes, purpose: Purpose) -> Outcome:
        key = self._api_key
        if not key:
            return Unauthorized(NO_KEY, problem=KeyProblem.MISSING)
        # Header values must be visible ASCII; anything else is a bad paste, and
        # http.client would raise on it (with the value in the message).
        if not all(33 <= ord(char) <= 126 for char in key):
            return Unauthorized(MALFORMED_KEY, problem=KeyProblem.MALFORMED)
        outcome = self._exchange(self._base_url + path, body, key, purpose)
        # Masking a very short key would garble every message it happens to occur in;
        # no real key is that short, and the sandbox's test keys are long.
        return self._scrub(outcome, key) if len(key) >= MIN_MASKED_KEY_CHARS else outcome

    def _exchange(self, url: str, body: bytes, key: str, purpose: Purpose) -> Outcome:
        headers = {"Content-Type": "application/json", _KEY_HEADER: key}
        try:
            response = self._session.post(
                url,
                data=body,
                headers=headers,
                timeout=self._timeouts,
                stream=True,
                # A redirect is a captive portal or a wrong URL, never Octanist's
                # answer; following it would turn the POST into a GET elsewhere.
                allow_redirects=False,
            )
        except (requests.RequestException, OSError) as error:
            return classify_failure(error, self._host)
        with response:
            try:
                raw = self._read_limited(response)
            except (requests.RequestException, OSError) as error:
                return classify_failure(error, self._host, answered=True)
            text = _decode(raw, response.encoding)
            answer = Answer(response.status_code, response.headers, text, url)
        return classify_answer(answer, purpose)

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
    def _scrub(outcome: Outcome, key: str) -> Outcome:
        """``outcome`` with the key masked wherever a server may have echoed it back."""
        changes: dict[str, Any] = {}
        for field in dataclasses.fields(outcome):
            value = getattr(outcome, field.name)
            cleaned = _without_key(value, key)
            if cleaned != value:
                changes[field.name] = cleaned
        if "server_answer" in changes and isinstance(changes["server_answer"], str):
            changes["server_answer"] = changes["server_answer"][:SERVER_ANSWER_CHARS]
        return dataclasses.replace(outcome, **changes) if changes else outcome
