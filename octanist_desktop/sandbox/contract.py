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
from urllib.parse import parse_qs

from octanist_desktop.sandbox.records import SORTS, STATUSES, ListQuery, month_bounds, parse_iso

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


# --- after the lead is in: PATCH /api/leads, GET /api/leads[/{id}], POST /api/stats --------

NOT_FOUND_LEAD = ApiError(404, "NOT_FOUND", "Lead not found")
CONFLICT = ApiError(
    409,
    "CONFLICT",
    "Multiple leads match this email or phone and bulk updates are disabled; match by id",
)
MISSING_BODY = ApiError(400, "VALIDATION_ERROR", "Request body is required")

UPDATE_FIELDS: frozenset[str] = frozenset(
    {"id", "email", "phone", "status", "changedTo", "value", "note", "lossReason"}
)


@dataclass(frozen=True, slots=True)
class Update:
    """A checked ``PATCH /api/leads`` body: how to find the lead(s) and what to change."""

    lead_id: str | None
    email: str | None
    phone: str | None
    status: str | None
    value: float | None
    note: str | None
    loss_reason: str | None


def _number(value: object) -> float | None:
    """A JSON number or numeric string as a float; None if it is neither (or not finite)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if number == number and abs(number) != float("inf") else None


def parse_update(body: bytes, statuses: frozenset[str]) -> Update | ApiError:
    """The update in a PATCH body, or the 400 answer Octanist would give for it."""
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return INVALID_JSON
    if not isinstance(payload, dict):
        return INVALID_JSON
    unknown = sorted(set(payload) - UPDATE_FIELDS)
    if unknown:
        return ApiError(
            400,
            "VALIDATION_ERROR",
            "Unknown fields: " + ", ".join(unknown),
            [_issue(key, "Unknown field") for key in unknown],
        )
    issues: list[dict[str, str]] = []
    texts: dict[str, str | None] = {}
    for key in ("id", "email", "phone", "status", "changedTo", "note", "lossReason"):
        value = payload.get(key)
        if value is not None and not isinstance(value, str):
            issues.append(_issue(key, "Expected string"))
        texts[key] = value.strip() if isinstance(value, str) and value.strip() else None
    value = None
    if payload.get("value") is not None:
        value = _number(payload["value"])
        if value is None or value < 0:
            issues.append(_issue("value", "Expected a number, 0 or more"))
    status = texts["status"] or texts["changedTo"]  # status wins over the legacy alias
    if status is not None and status not in statuses:
        issues.append(_issue("status", "Expected one of " + ", ".join(sorted(statuses))))
    if issues:
        return ApiError(400, "VALIDATION_ERROR", "Invalid field values", issues)
    if not (texts["id"] or texts["email"] or texts["phone"]):
        return ApiError(
            400,
            "VALIDATION_ERROR",
            "At least one of id, email or phone is required",
            [_issue(key, "Required unless another of these is given") for key in ("id", "email")],
        )
    if status is None and value is None and texts["note"] is None and texts["lossReason"] is None:
        return ApiError(400, "VALIDATION_ERROR", "Nothing to update")
    return Update(
        lead_id=texts["id"],
        email=texts["email"],
        phone=texts["phone"],
        status=status,
        value=value,
        note=texts["note"],
        loss_reason=texts["lossReason"],
    )


def updated_body(lead_id: str, count: int, request_id: str) -> dict[str, object]:
    """The JSON body of a successful PATCH."""
    return {
        "success": True,
        "data": {"leadId": lead_id, "leadsUpdated": count, "message": "Lead updated successfully"},
        "meta": meta(request_id),
    }


def data_body(data: object, request_id: str, **extra_meta: object) -> dict[str, object]:
    """A success body carrying ``data`` (the read and stats endpoints)."""
    return {"success": True, "data": data, "meta": {**meta(request_id), **extra_meta}}


def parse_stats(body: bytes, now: datetime) -> tuple[datetime, datetime] | ApiError:
    """The period a stats request asks about, or the 400 Octanist would answer."""
    if not body.strip():
        return MISSING_BODY
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return INVALID_JSON
    if not isinstance(payload, dict):
        return INVALID_JSON
    period = payload.get("period", "current")
    if period == "current":
        return month_bounds(now)
    if period == "previous":
        return month_bounds(now, 1)
    if period != "custom":
        return ApiError(400, "VALIDATION_ERROR", "period must be current, previous or custom")
    try:
        start = datetime.strptime(str(payload.get("startDate")), "%Y-%m-%d").replace(tzinfo=UTC)
        end = datetime.strptime(str(payload.get("endDate")), "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        return ApiError(400, "INVALID_DATE", "startDate and endDate must be YYYY-MM-DD")
    if end < start:
        return ApiError(400, "INVALID_DATE", "endDate is before startDate")
    return start, end.replace(hour=23, minute=59, second=59, microsecond=999000)


MAX_PAGE_SIZE = 100


def parse_list_query(query: str, filters: bool = True) -> ListQuery | ApiError:
    """``GET /api/leads``'s query string, checked; ``filters=False`` ignores what an older
    server would not know (``status``, ``updated_after``, ``sort``)."""
    params = {key: values[-1] for key, values in parse_qs(query, keep_blank_values=True).items()}
    try:
        limit = int(params.get("limit", "50"))
        page = int(params.get("page", "1"))
    except ValueError:
        return ApiError(400, "INVALID_FILTER", "limit and page must be whole numbers")
    if limit < 1 or page < 1:
        return ApiError(400, "INVALID_FILTER", "limit and page start at 1")
    limit = min(limit, MAX_PAGE_SIZE)
    if not filters:
        return ListQuery(limit=limit, page=page)
    status = params.get("status") or None
    if status is not None and status not in STATUSES:
        return ApiError(400, "INVALID_FILTER", "status must be one of " + ", ".join(STATUSES))
    updated_after = None
    if params.get("updated_after"):
        updated_after = parse_iso(params["updated_after"])
        if updated_after is None:
            return ApiError(400, "INVALID_DATE", "updated_after must be an ISO 8601 date")
    sort = params.get("sort") or "created_at:desc"
    if sort not in SORTS:
        return ApiError(400, "INVALID_FILTER", "sort must be one of " + ", ".join(SORTS))
    return ListQuery(limit, page, status, updated_after, sort)
