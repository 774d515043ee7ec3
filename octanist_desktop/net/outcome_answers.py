"""Reading the answers of the endpoints used after a lead is in.

``PATCH /api/leads`` (an outcome), ``GET /api/leads/{id}``, ``GET /api/leads``
and ``POST /api/stats`` share the create endpoint's envelope and its
defensive rules: a 2xx without ``success: true`` is not done, unknown fields
are ignored, a field of the wrong type reads as missing. What is new: 409
(several leads match) and 404/405, which from these newer endpoints means
"not available on this server" (``Unsupported``), never "the lead is gone".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from octanist_desktop.core.outcomes import (
    Applied,
    Conflict,
    Invalid,
    ReadFailure,
    Rejected,
    Retryable,
    Unauthorized,
    Unsupported,
    UpdateOutcome,
)
from octanist_desktop.core.remote import LeadPage, RemoteLead, Usage, parse_time, stage_of
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.net.answers import (
    Answer,
    Purpose,
    classify_answer,
    json_body,
    read_error,
)

T = TypeVar("T")


def _json(text: str) -> object:
    # Decimal: a value is kept as the JSON text says it, not as a float rounds it.
    # json_body: an answer nested too deeply to read safely counts as no JSON.
    return json_body(text, parse_float=Decimal)


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _count(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    return int(value) if value >= 0 and value == int(value) else None


def _money(value: object) -> Decimal | None:
    """A value as Octanist may send it: a number or a numeric string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(str(value))
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            return None
    else:
        return None
    return number if number.is_finite() else None


def _rate(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    return float(value)


# -- PATCH ----------------------------------------------------------------------------


def classify_update(answer: Answer) -> UpdateOutcome:
    """The outcome of a PATCH that got an HTTP answer."""
    body = _json(answer.text)
    status = answer.status
    kept = answer.server_answer
    info = read_error(body, answer.headers)
    if 200 <= status < 300:
        if isinstance(body, dict) and body.get("success") is True:
            data = body.get("data")
            data = data if isinstance(data, dict) else {}
            return Applied(
                lead_id=_text(data.get("leadId")),
                leads_updated=_count(data.get("leadsUpdated")),
                request_id=info.request_id,
                server_answer=kept,
            )
        return _as_update(classify_answer(answer, Purpose.UPDATE))
    if status in (404, 405):
        return Unsupported(status, info.code, request_id=info.request_id, server_answer=kept)
    said = info.message or info.code or f"HTTP {status}"
    if status == 409:
        return Conflict(said, request_id=info.request_id, server_answer=kept)
    is_octanist_json = isinstance(body, dict)
    if status == 400:
        return Invalid(
            QT_TRANSLATE_NOOP("NetworkAnswers", "Octanist refused this outcome: {said}.").format(
                said=said
            ),
            details=info.details,
            request_id=info.request_id,
            status=status,
            server_answer=kept,
        )
    if status == 403 and is_octanist_json:
        return Rejected(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers", "Octanist does not let this key change the lead ({said})."
            ).format(said=said),
            request_id=info.request_id,
            server_answer=kept,
        )
    return _as_update(classify_answer(answer, Purpose.UPDATE))


def _as_update(outcome: object) -> UpdateOutcome:
    """``classify_answer``'s verdict where only its failure kinds can come out."""
    if isinstance(outcome, Invalid | Unauthorized | Rejected | Retryable):
        return outcome
    # classify_answer only confirms with success: true, which the caller handled.
    return Retryable(
        QT_TRANSLATE_NOOP(
            "NetworkAnswers",
            "Octanist answered without confirming the outcome. It will be tried again.",
        ),
        status=getattr(outcome, "status", None),
    )


# -- reads -------------------------------------------------------------------------------


def classify_read(
    answer: Answer, parse: Callable[[Mapping[str, object]], T | None]
) -> T | ReadFailure:
    """What a read brought back: ``parse(body)`` of a confirmed answer, or why not.

    ``parse`` gets the whole body (``data`` and ``meta``) and returns None
    when the data isn't there in a usable shape: that is not done either.
    """
    body = _json(answer.text)
    status = answer.status
    info = read_error(body, answer.headers)
    if 200 <= status < 300 and isinstance(body, dict) and body.get("success") is True:
        parsed = parse(body)
        if parsed is not None:
            return parsed
        return Retryable(
            QT_TRANSLATE_NOOP(
                "NetworkAnswers",
                "Octanist's answer did not hold what was asked for. It will be tried again.",
            ),
            status=status,
            request_id=info.request_id,
            server_answer=answer.server_answer,
        )
    if status in (404, 405):
        return Unsupported(
            status, info.code, request_id=info.request_id, server_answer=answer.server_answer
        )
    outcome = classify_answer(answer, Purpose.READ)
    if isinstance(outcome, Invalid | Unauthorized | Rejected | Retryable):
        return outcome
    return Retryable(
        QT_TRANSLATE_NOOP(
            "NetworkAnswers",
            "Octanist answered without confirming the request. It will be tried again.",
        ),
        status=status,
        server_answer=answer.server_answer,
    )


def remote_lead(data: object) -> RemoteLead | None:
    """A lead from a read answer's ``data``; None without an id."""
    if not isinstance(data, dict):
        return None
    lead_id = data.get("id")
    if isinstance(lead_id, int | Decimal) and not isinstance(lead_id, bool):
        lead_id = str(lead_id)  # a numeric id is still the lead's id
    lead_id = _text(lead_id)
    if lead_id is None:
        return None
    return RemoteLead(
        id=lead_id,
        stage=stage_of(data.get("status")),
        value=_money(data.get("value")),
        loss_reason=_text(data.get("lossReason")),
        conversion_name=_text(data.get("conversionName")),
        campaign=_campaign(data, "CampaignName"),
        ad_group=_campaign(data, "AdGroupName"),
        name=_text(data.get("name")) or "",
        email=_text(data.get("email")) or "",
        phone=_text(data.get("phone")) or "",
        created_at=parse_time(data.get("createdAt")),
        updated_at=parse_time(data.get("updatedAt")),
        updated_at_text=_text(data.get("updatedAt")),
        qualified_at=parse_time(data.get("qualifiedAt")),
        expires_at=parse_time(data.get("expiresAt")),
        locked=data.get("locked") is True,
    )


def _campaign(data: Mapping[str, object], suffix: str) -> str | None:
    """Google Ads campaign or ad group name, under any of the spellings seen in the docs."""
    lower = suffix[0].lower() + suffix[1:]
    for key in (f"googleAds{suffix}", lower):
        found = _text(data.get(key))
        if found:
            return found
    nested = data.get("googleAds")
    if isinstance(nested, dict):
        return _text(nested.get(lower))
    return None


def one_lead(body: Mapping[str, object]) -> RemoteLead | None:
    """``GET /api/leads/{id}``: the lead in ``data``."""
    return remote_lead(body.get("data"))


def lead_page(body: Mapping[str, object]) -> LeadPage | None:
    """``GET /api/leads``: a page of leads and whether more follow.

    Entries without an id are skipped; a page whose ``data`` is not a list is not a page.
    """
    data = body.get("data")
    if not isinstance(data, list):
        return None
    meta = body.get("meta")
    meta = meta if isinstance(meta, dict) else {}
    pagination = meta.get("pagination")
    pagination = pagination if isinstance(pagination, dict) else {}
    leads = tuple(lead for lead in (remote_lead(item) for item in data) if lead is not None)
    page = _count(pagination.get("page")) or 1
    total_pages = _count(pagination.get("totalPages"))
    has_more = pagination.get("hasMore")
    if not isinstance(has_more, bool):
        has_more = total_pages is not None and page < total_pages
    return LeadPage(
        leads=leads,
        page=page,
        has_more=has_more,
        total=_count(pagination.get("total")),
        request_id=_text(meta.get("requestId")),
    )


def usage(body: Mapping[str, object]) -> Usage | None:
    """``POST /api/stats``: the plan's usage this period; None without ``usage.leadsUsed``."""
    data = body.get("data")
    if not isinstance(data, dict):
        return None
    used = data.get("usage")
    if not isinstance(used, dict) or _count(used.get("leadsUsed")) is None:
        return None
    leads = data.get("leads")
    by_status = leads.get("byStatus") if isinstance(leads, dict) else None
    conversion = data.get("conversion")
    conversion = conversion if isinstance(conversion, dict) else {}
    return Usage(
        leads_used=_count(used.get("leadsUsed")) or 0,
        leads_limit=_count(used.get("leadsLimit")) or None,
        locked_leads=_count(used.get("lockedLeads")) or 0,
        period_start=parse_time(used.get("periodStart")),
        period_end=parse_time(used.get("periodEnd")),
        by_status={
            str(key): number
            for key, raw in (by_status.items() if isinstance(by_status, dict) else ())
            if (number := _count(raw)) is not None
        },
        win_rate=_rate(conversion.get("winRate")),
        total_value=_money(conversion.get("totalValue")),
    )
