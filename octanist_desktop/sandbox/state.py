"""What the sandbox remembers (leads, updates, faults, settings) and the operations on it.

The state outlives any one listening socket, so ``go_offline()``/``go_online()``
keep leads, faults and settings. Everything goes through one lock.
"""

from __future__ import annotations

import hmac
import re
import threading
from collections import Counter, deque
from dataclasses import dataclass
from datetime import datetime

from octanist_desktop.sandbox import contract
from octanist_desktop.sandbox.contract import ApiError, Update
from octanist_desktop.sandbox.faults import DEFAULT_ENDPOINT, ENDPOINTS, Fault
from octanist_desktop.sandbox.records import LeadRecord, matching, month_bounds, now_ms

#: Settings ``configure`` accepts besides delay and reject, with their types.
SWITCHES: dict[str, type] = {
    # An organisation setting at Octanist: a PATCH matching several leads by
    # email or phone updates them all, instead of answering 409.
    "bulk_updates": bool,
    # False: an older Octanist with only create and check (PATCH, the reads
    # and stats answer 404, GET /api/leads 405).
    "outcomes_api": bool,
    # False: a list endpoint without status/updated_after/sort (it ignores them).
    "list_filters": bool,
    # The plan's lead limit per period.
    "leads_limit": int,
    # Leads this period that came from elsewhere (web forms, other apps).
    "extra_leads_used": int,
}


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
class ReceivedUpdate:
    """A ``PATCH /api/leads`` the sandbox applied: its body and the leads it changed."""

    body: dict[str, object]
    lead_ids: tuple[str, ...]
    request_id: str
    received_at: datetime


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
        # Octanist's side of every lead: status, value, attribution (by lead id).
        self.records: dict[str, LeadRecord] = {}
        self.updates: list[ReceivedUpdate] = []
        self.faults: dict[str, deque[Fault]] = {name: deque() for name in ENDPOINTS}
        self.bulk_updates = False
        self.outcomes_api = True
        self.list_filters = True
        self.leads_limit = 500
        self.extra_leads_used = 0
        self.delay = 0.0
        self.reject_rules: dict[str, re.Pattern[str]] = {}
        self.seen: list[SeenRequest] = []
        self.counts: Counter[str] = Counter()
        # Requests to /api/... being answered right now, and the most there ever were.
        self.in_flight = 0
        self.max_in_flight = 0

    def key_matches(self, given: str | None) -> bool:
        """Whether ``given`` is the accepted key (compared in constant time)."""
        with self.lock:
            expected = self.api_key
        if given is None:
            return False
        # Constant time, as a real server would; as bytes, since compare_digest
        # refuses non-ASCII str and a client may send any header text.
        return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))

    def next_fault(self, endpoint: str = DEFAULT_ENDPOINT) -> Fault | None:
        """Take the next fault queued for ``endpoint``, if any."""
        with self.lock:
            queue = self.faults[endpoint]
            return queue.popleft() if queue else None

    def pending_faults(self) -> int:
        """Faults queued for any endpoint and not yet used (call with the lock held)."""
        return sum(len(queue) for queue in self.faults.values())

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
        now = now_ms()
        lead = ReceivedLead(
            payload=payload,
            lead_id=contract.new_lead_id(),
            request_id=request_id,
            received_at=now,
            user_agent=user_agent,
        )
        record = LeadRecord.created(lead.lead_id, payload, now)
        start, _ = month_bounds(now)
        with self.lock:
            self.leads.append(lead)
            used = self.extra_leads_used + sum(
                1 for r in self.records.values() if r.created_at >= start
            )
            # Leads over the plan's limit are kept but locked, as Octanist does.
            record.locked = used >= self.leads_limit
            self.records[lead.lead_id] = record
        return lead.lead_id

    def apply_update(
        self, update: Update, request_id: str, body: dict[str, object]
    ) -> ApiError | list[str]:
        """Apply a checked PATCH: the ids of the leads it changed, or the error answer.

        Matching as Octanist documents it: by id when given (and nothing
        else), else by email, else by phone; several matches are a 409
        unless bulk updates are on.
        """
        now = now_ms()
        with self.lock:
            if update.lead_id is not None:
                ids = [update.lead_id] if update.lead_id in self.records else []
            else:
                ids = matching(self.records.values(), update.email, None) or matching(
                    self.records.values(), None, update.phone
                )
            if not ids:
                return contract.NOT_FOUND_LEAD
            if len(ids) > 1 and not self.bulk_updates:
                return contract.CONFLICT
            for lead_id in ids:
                self.records[lead_id].change(
                    now,
                    status=update.status,
                    value=update.value,
                    note=update.note,
                    loss_reason=update.loss_reason,
                )
            self.updates.append(ReceivedUpdate(body, tuple(ids), request_id, now))
            return ids

    def record_snapshot(self, lead_id: str) -> dict[str, object] | None:
        """One lead as the read endpoint returns it, or None for an unknown id."""
        with self.lock:
            record = self.records.get(lead_id)
            return None if record is None else record.to_api()

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

    def inject(
        self,
        fault: str,
        times: int,
        params: dict[str, object],
        endpoint: str = DEFAULT_ENDPOINT,
    ) -> None:
        """Queue ``fault`` for the next ``times`` requests to ``endpoint``; ``ValueError``
        if malformed."""
        if times < 1:
            raise ValueError("times must be 1 or more")
        parsed = Fault.parse(fault, params, endpoint)
        with self._state.lock:
            self._state.faults[endpoint].extend([parsed] * times)

    def clear_faults(self) -> None:
        """Forget every queued fault, for every endpoint."""
        with self._state.lock:
            for queue in self._state.faults.values():
                queue.clear()

    def reset(self) -> None:
        """Forget leads, updates, faults and request counts."""
        self.clear_faults()
        with self._state.lock:
            self._state.leads.clear()
            self._state.records.clear()
            self._state.updates.clear()
            self._state.seen.clear()
            self._state.counts.clear()
            self._state.max_in_flight = self._state.in_flight

    def change_lead(self, lead_id: str, changes: dict[str, object]) -> None:
        """Change a lead as someone at Octanist would (status, value, campaign...).

        ``changes`` may hold ``status``, ``value``, ``note``, ``lossReason``
        and ``campaign``; ``ValueError`` for an unknown lead or a bad change.
        """
        unknown = set(changes) - {"status", "value", "note", "lossReason", "campaign"}
        if unknown:
            raise ValueError("Unknown changes: " + ", ".join(sorted(unknown)))
        status = changes.get("status")
        if status is not None and status not in ("open", "qualified", "won", "lost"):
            raise ValueError("status must be open, qualified, won or lost")
        value = changes.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise ValueError("value must be a number")
        texts = {key: changes.get(key) for key in ("note", "lossReason", "campaign")}
        if any(v is not None and not isinstance(v, str) for v in texts.values()):
            raise ValueError("note, lossReason and campaign must be text")
        with self._state.lock:
            record = self._state.records.get(lead_id)
            if record is None:
                raise ValueError(f"No lead {lead_id!r} at the sandbox")
            record.change(
                now_ms(),
                status=status if isinstance(status, str) else None,
                value=float(value) if isinstance(value, int | float) else None,
                note=texts["note"] if isinstance(texts["note"], str) else None,
                loss_reason=texts["lossReason"] if isinstance(texts["lossReason"], str) else None,
                campaign_name=texts["campaign"] if isinstance(texts["campaign"], str) else None,
            )

    def records(self) -> list[dict[str, object]]:
        """Every lead as Octanist's read endpoint would return it, oldest first."""
        with self._state.lock:
            return [record.to_api() for record in self._state.records.values()]

    def updates(self) -> list[ReceivedUpdate]:
        """Every PATCH applied so far, in order."""
        with self._state.lock:
            return list(self._state.updates)

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
        """Apply ``{"delay": s, "reject": {"field", "pattern"}}`` and the ``SWITCHES``
        (``{"bulk_updates": true}`` ...) from the control API or ``SandboxServer.configure``."""
        unknown = set(params) - {"delay", "reject", *SWITCHES}
        if unknown:
            raise ValueError("Unknown settings: " + ", ".join(sorted(unknown)))
        for name, kind in SWITCHES.items():
            if name not in params:
                continue
            value = params[name]
            if type(value) is not kind or (kind is int and isinstance(value, int) and value < 0):
                raise ValueError(f"{name} must be {'true or false' if kind is bool else 'a count'}")
        with self._state.lock:
            for name in SWITCHES:
                if name in params:
                    setattr(self._state, name, params[name])
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
