"""What the sandbox accepts and answers: its own copy of Octanist's Leads API contract.

The sandbox keeps its own field list instead of importing the app's catalogue,
so a mistake in the app's catalogue shows up as a 400 here rather than being
mirrored by the server the app is tested against.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

STRING_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "email",
        "phone",
        "note",
        "website",
        "path",
        "gclid",
        "fbc",
        "fbp",
        "ga4cid",
        "ga4sid",
        "li_fat_id",
        "msclkid",
        "ttclid",
        "twclid",
        "rdt_cid",
        "sccid",
        "utm_source",
        "utm_medium",
        "utm_campaign",
    }
)
CONSENT_FIELDS: frozenset[str] = frozenset(
    {"ad_storage", "ad_user_data", "ad_personalization", "analytics_storage"}
)
CUSTOM_FIELD = "custom"
KNOWN_FIELDS: frozenset[str] = STRING_FIELDS | CONSENT_FIELDS | {CUSTOM_FIELD}
IDENTIFIER_FIELDS: tuple[str, ...] = ("name", "email", "phone", "custom")


@dataclass(frozen=True, slots=True)
class ApiError:
    """An error answer: HTTP status, Octanist error code, message and optional details."""

    status: int
    code: str
    message: str
    details: object = None


def new_lead_id() -> str:
    """A fresh lead id shaped like Octanist's (``lead_<hex>``)."""
    return "lead_" + secrets.token_hex(8)


def new_request_id() -> str:
    """A fresh request id shaped like Octanist's (``req_<12 hex>``)."""
    return "req_" + secrets.token_hex(6)


def timestamp() -> str:
    """Now, as the ISO 8601 UTC timestamp with milliseconds Octanist puts in ``meta``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def meta(request_id: str) -> dict[str, str]:
    """The ``meta`` object every answer carries."""
    return {"requestId": request_id, "timestamp": timestamp()}


def error_body(error: ApiError, request_id: str) -> dict[str, object]:
    """The JSON body of an error answer."""
    inner: dict[str, object] = {"code": error.code, "message": error.message}
    if error.details is not None:
        inner["details"] = error.details
    return {"success": False, "error": inner, "meta": meta(request_id)}


def success_body(lead_id: str, request_id: str) -> dict[str, object]:
    """The JSON body of a ``200 Lead added`` answer."""
    return {
        "success": True,
        "data": {"id": lead_id, "message": "Lead added"},
        "meta": meta(request_id),
    }


UNAUTHORIZED = ApiError(401, "UNAUTHORIZED", "Missing or invalid API key")
FORBIDDEN = ApiError(403, "FORBIDDEN", "Lead rejected by filtering rules")
INVALID_JSON = ApiError(400, "VALIDATION_ERROR", "Invalid JSON")


def _issue(field: str, message: str) -> dict[str, str]:
    return {"field": field, "message": message}


def _is_present(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, dict | list):
        return bool(value)
    return value is not None


def parse_lead(body: bytes) -> dict[str, object] | ApiError:
    """The lead in a request body, or the 400 answer Octanist would give for it."""
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return INVALID_JSON
    if not isinstance(payload, dict):
        return INVALID_JSON
    return validate_lead(payload)


def validate_lead(payload: dict[str, object]) -> dict[str, object] | ApiError:
    """``payload`` itself when Octanist would accept it, else the 400 answer."""
    unknown = sorted(set(payload) - KNOWN_FIELDS)
    if unknown:
        return ApiError(
            400,
            "VALIDATION_ERROR",
            "Unknown fields: " + ", ".join(unknown),
            [_issue(key, "Unknown field") for key in unknown],
        )
    issues: list[dict[str, str]] = []
    for key, value in payload.items():
        if key in STRING_FIELDS and not isinstance(value, str):
            issues.append(_issue(key, "Expected string"))
        elif key == CUSTOM_FIELD and not isinstance(value, str | dict | list):
            issues.append(_issue(key, "Expected string, object or array"))
        elif key in CONSENT_FIELDS and not isinstance(value, bool | str):
            issues.append(_issue(key, "Expected boolean or string"))
    if issues:
        return ApiError(400, "VALIDATION_ERROR", "Invalid field values", issues)
    if not any(_is_present(payload.get(key)) for key in IDENTIFIER_FIELDS):
        return ApiError(
            400,
            "VALIDATION_ERROR",
            "At least one of name, email, phone or custom is required",
            [_issue(key, "Required unless another of these is given") for key in IDENTIFIER_FIELDS],
        )
    return payload


def field_text(value: object) -> str:
    """A field's value as the text a filtering rule is matched against."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
