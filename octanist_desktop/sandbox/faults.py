"""The trouble the sandbox can be told to cause, one request to one endpoint at a time.

Each fault stands for something a real network or server does to a lead in the
field: a proxy's HTML error page, a hotel Wi-Fi login page, a connection that
hangs or is torn down after the lead went out. A fault is queued for one
endpoint (``ENDPOINTS``; creating a lead unless told otherwise) and used up
by the next request to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: Every fault name ``SandboxServer.inject`` understands, with what it does.
FAULTS: dict[str, str] = {
    "500": "500 with Octanist's JSON INTERNAL_ERROR body",
    "502_html": "502 with a proxy's HTML error page",
    "429": "429 with a Retry-After header (param retry_after: seconds or an HTTP-date)",
    "captive_portal": "200 with an HTML Wi-Fi login page",
    "redirect": "302 to a Wi-Fi login page, as many captive portals answer",
    "hang": "read the request, then answer only after `seconds` "
    "(param record: keep the lead, or apply the update, first)",
    "reset": "read the request, then tear the connection down with a TCP RST (param record)",
    "not_json": "200 with text/plain that is not JSON",
    "success_false": '200 with JSON {"success": false}',
    "no_lead_id": '200 with JSON {"success": true} but no data.id',
    "numeric_lead_id": "keep the lead, then 200 with Octanist's success body, data.id a number",
    "deep_json": "keep the lead, then 200 with a JSON body nested `depth` levels deep",
    "drip": "keep the lead, then send the success answer one byte every `interval` seconds "
    '(param part: "body" drips the body after the headers, "headers" drips all of it)',
}

#: The endpoints a fault can be queued for: name → the request it strikes.
ENDPOINTS: dict[str, str] = {
    "create": "POST /api/leads",
    "update": "PATCH /api/leads",
    "read": "GET /api/leads/{id}",
    "list": "GET /api/leads",
    "stats": "POST /api/stats",
}
DEFAULT_ENDPOINT = "create"

_ALLOWED_PARAMS: dict[str, frozenset[str]] = {
    "429": frozenset({"retry_after"}),
    "hang": frozenset({"seconds", "record"}),
    "reset": frozenset({"record"}),
    "deep_json": frozenset({"depth"}),
    "drip": frozenset({"interval", "part"}),
}

#: Faults that let the request do its work (keep the lead) before they strike.
AFTER_WORK = frozenset({"numeric_lead_id", "deep_json", "drip"})

DEFAULT_HANG_SECONDS = 10.0
DEFAULT_RETRY_AFTER: float | str = 1
DEFAULT_DEPTH = 3000
DEFAULT_DRIP_INTERVAL = 2.0
DRIP_PARTS = ("body", "headers")


@dataclass(frozen=True, slots=True)
class Fault:
    """One queued fault: its name and parameters."""

    name: str
    params: Mapping[str, object] = field(default_factory=dict)

    @classmethod
    def parse(
        cls, name: str, params: Mapping[str, object], endpoint: str = DEFAULT_ENDPOINT
    ) -> Fault:
        """A checked fault; ``ValueError`` names what is wrong with ``name`` or ``params``."""
        if name not in FAULTS:
            raise ValueError(f"Unknown fault {name!r}; known faults: {', '.join(FAULTS)}")
        if endpoint not in ENDPOINTS:
            raise ValueError(f"Unknown endpoint {endpoint!r}; known: {', '.join(ENDPOINTS)}")
        if name in ("no_lead_id", *AFTER_WORK) and endpoint != "create":
            raise ValueError(f"{name} only applies to creating a lead")
        unknown = set(params) - _ALLOWED_PARAMS.get(name, frozenset())
        if unknown:
            raise ValueError(f"Fault {name!r} takes no parameter(s) {', '.join(sorted(unknown))}")
        seconds = params.get("seconds", DEFAULT_HANG_SECONDS)
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
            raise ValueError("seconds must be a number of seconds, 0 or more")
        if not isinstance(params.get("record", False), bool):
            raise ValueError("record must be true or false")
        depth = params.get("depth", DEFAULT_DEPTH)
        if not isinstance(depth, int) or isinstance(depth, bool) or not 1 <= depth <= 1_000_000:
            raise ValueError("depth must be a whole number from 1 to 1,000,000")
        interval = params.get("interval", DEFAULT_DRIP_INTERVAL)
        if not isinstance(interval, int | float) or isinstance(interval, bool) or interval < 0:
            raise ValueError("interval must be a number of seconds, 0 or more")
        if params.get("part", "body") not in DRIP_PARTS:
            raise ValueError(f"part must be one of {', '.join(DRIP_PARTS)}")
        retry_after = params.get("retry_after", DEFAULT_RETRY_AFTER)
        if not isinstance(retry_after, int | float | str) or isinstance(retry_after, bool):
            raise ValueError("retry_after must be seconds or an HTTP-date string")
        return cls(name, dict(params))

    @property
    def records_lead(self) -> bool:
        """Whether the lead is stored (if valid) before the fault strikes."""
        return bool(self.params.get("record", False))

    @property
    def hang_seconds(self) -> float:
        """How long a ``hang`` fault keeps the client waiting."""
        value = self.params.get("seconds", DEFAULT_HANG_SECONDS)
        return float(value) if isinstance(value, int | float) else DEFAULT_HANG_SECONDS

    @property
    def depth(self) -> int:
        """How deeply a ``deep_json`` answer nests."""
        value = self.params.get("depth", DEFAULT_DEPTH)
        return value if isinstance(value, int) else DEFAULT_DEPTH

    @property
    def drip_interval(self) -> float:
        """Seconds between two bytes of a ``drip`` answer."""
        value = self.params.get("interval", DEFAULT_DRIP_INTERVAL)
        return float(value) if isinstance(value, int | float) else DEFAULT_DRIP_INTERVAL

    @property
    def drips_headers(self) -> bool:
        """Whether a ``drip`` answer drips its status line and headers too."""
        return self.params.get("part", "body") == "headers"

    @property
    def retry_after_header(self) -> str:
        """The Retry-After header value a ``429`` fault sends."""
        value = self.params.get("retry_after", DEFAULT_RETRY_AFTER)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value)


PROXY_ERROR_PAGE = b"""<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
"""

CAPTIVE_PORTAL_PAGE = b"""<!DOCTYPE html>
<html><head><title>Welcome to Expo Hall Wi-Fi</title></head>
<body><h1>Welcome!</h1><p>Please accept the terms of use to get online.</p>
<form method="post" action="/login"><input type="checkbox" name="terms"> I accept
<button type="submit">Connect</button></form></body></html>
"""

CAPTIVE_PORTAL_URL = "http://portal.expo-wifi.example/login?continue=octanist.com"

NOT_JSON_TEXT = b"OK\x00\x01 definitely { not json"
