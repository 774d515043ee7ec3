"""What the sandbox remembers (leads, faults, settings) and the operations on it.

The state outlives any one listening socket, so ``go_offline()``/``go_online()``
keep leads, faults and settings. Everything goes through one lock.
"""

from __future__ import annotations

import hmac
import re
import threading
from collections import Counter, deque
from dataclasses import dataclass
from datetime import UTC, datetime

from octanist_desktop.sandbox import contract
from octanist_desktop.sandbox.faults import Fault


@dataclass(frozen=True, slots=True)
class ReceivedLead:
    """A lead the sandbox accepted (or stored before a ``record=True`` fault)."""

    payload: dict[str, object]
    lead_id: str
    request_id: str
    received_at: datetime
    user_agent: str | None

    def to_json(self) -> dict[str, object]:
        """The lead as ``GET /_sandbox/leads`` lists it."""
        return {
            "id": self.lead_id,
            "requestId": self.request_id,
            "receivedAt": self.received_at.isoformat(),
            "userAgent": self.user_agent,
            "payload": self.payload,
        }


@dataclass(frozen=True, slots=True)
class SeenRequest:
    """One request that reached ``/api/...``, with its headers minus the API key.

    ``peer`` is the client's ``host:port``: requests sharing it came over one
    keep-alive connection.
    """

    method: str
    path: str
    headers: dict[str, str]
    had_api_key: bool
    peer: str


class SandboxState:
    """Everything that outlives a listener (go_offline/go_online), behind one lock."""

    def __init__(self, api_key: str, verbose: bool) -> None:
        self.lock = threading.Lock()
        self.api_key = api_key
        self.verbose = verbose
        self.leads: list[ReceivedLead] = []
        self.faults: deque[Fault] = deque()
        self.delay = 0.0
        self.reject_rules: dict[str, re.Pattern[str]] = {}
        self.seen: list[SeenRequest] = []
        self.counts: Counter[str] = Counter()

    def key_matches(self, given: str | None) -> bool:
        """Whether ``given`` is the accepted key (compared in constant time)."""
        with self.lock:
            expected = self.api_key
        if given is None:
            return False
        # Constant time, as a real server would; as bytes, since compare_digest
        # refuses non-ASCII str and a client may send any header text.
        return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))

    def next_fault(self) -> Fault | None:
        """Take the next queued fault, if any."""
        with self.lock:
            return self.faults.popleft() if self.faults else None

    def rejecting_field(self, payload: dict[str, object]) -> str | None:
        """The first field a reject rule matches in ``payload``, or None."""
        with self.lock:
            rules = dict(self.reject_rules)
        for field, pattern in rules.items():
            if field in payload and pattern.search(contract.field_text(payload[field])):
                return field
        return None

    def store(self, payload: dict[str, object], request_id: str, user_agent: str | None) -> str:
        """Keep an accepted lead; returns its new lead id."""
        lead = ReceivedLead(
            payload=payload,
            lead_id=contract.new_lead_id(),
            request_id=request_id,
            received_at=datetime.now(UTC),
            user_agent=user_agent,
        )
        with self.lock:
            self.leads.append(lead)
        return lead.lead_id

    def note(self, request: SeenRequest) -> None:
        """Count a request that reached ``/api/...``."""
        with self.lock:
            self.seen.append(request)
            self.counts[f"{request.method} {request.path}"] += 1


class SandboxControls:
    """State operations shared by the Python API and the HTTP control API."""

    def __init__(self, state: SandboxState) -> None:
        self._state = state

    def leads(self) -> list[ReceivedLead]:
        """A snapshot of the accepted leads, in order."""
        with self._state.lock:
            return list(self._state.leads)

    def inject(self, fault: str, times: int, params: dict[str, object]) -> None:
        """Queue ``fault`` for the next ``times`` lead POSTs; ``ValueError`` if malformed."""
        if times < 1:
            raise ValueError("times must be 1 or more")
        parsed = Fault.parse(fault, params)
        with self._state.lock:
            self._state.faults.extend([parsed] * times)

    def reset(self) -> None:
        """Forget leads, faults and request counts."""
        with self._state.lock:
            self._state.leads.clear()
            self._state.faults.clear()
            self._state.seen.clear()
            self._state.counts.clear()

    def set_delay(self, seconds: float) -> None:
        """Answer every ``/api/...`` request ``seconds`` late."""
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            raise ValueError("The delay must be a number of seconds, 0 or more")
        with self._state.lock:
            self._state.delay = float(seconds)

    def set_reject_rule(self, field: str, pattern: str | None) -> None:
        """Add, replace or (pattern None) remove the reject rule for ``field``."""
        if field not in contract.KNOWN_FIELDS:
            raise ValueError(f"{field!r} is not a lead field")
        with self._state.lock:
            if pattern is None:
                self._state.reject_rules.pop(field, None)
            else:
                try:
                    self._state.reject_rules[field] = re.compile(pattern)
                except re.error as error:
                    raise ValueError(f"Not a valid regular expression: {error}") from None

    def configure(self, params: dict[str, object]) -> None:
        """Apply ``{"delay": s, "reject": {"field", "pattern"}}`` from the control API."""
        unknown = set(params) - {"delay", "reject"}
        if unknown:
            raise ValueError("Unknown settings: " + ", ".join(sorted(unknown)))
        if "delay" in params:
            delay = params["delay"]
            if not isinstance(delay, int | float):
                raise ValueError("delay must be a number of seconds")
            self.set_delay(delay)
        if "reject" in params:
            rule = params["reject"]
            if not isinstance(rule, dict) or not isinstance(rule.get("field"), str):
                raise ValueError('reject must be {"field": "...", "pattern": "..." or null}')
            pattern = rule.get("pattern")
            if pattern is not None and not isinstance(pattern, str):
                raise ValueError("pattern must be a regular expression or null")
            self.set_reject_rule(rule["field"], pattern)
