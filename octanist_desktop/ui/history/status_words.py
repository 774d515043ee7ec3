"""The History tab's words for a lead's status and times: column text, sentences, filters.

Which statuses exist and what may happen to them is ``store.lifecycle``'s
business; this module only says them in words.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from octanist_desktop.core.match_hint import MONTHS
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import NEEDS_ATTENTION, PENDING, LeadStatus

STATUS_LABELS: dict[LeadStatus, str] = {
    LeadStatus.QUEUED: "Queued",
    LeadStatus.SENDING: "Sending…",
    LeadStatus.DELIVERED: "Delivered",
    LeadStatus.WAITING: "Waiting to retry",
    LeadStatus.INVALID: "Invalid",
    LeadStatus.UNAUTHORIZED: "Key refused",
    LeadStatus.REJECTED: "Rejected by filter",
    LeadStatus.FAILED: "Couldn't send",
}

DUPLICATE_SUFFIX = " · possible duplicate"
DUPLICATE_EXPLANATION = (
    "Possible duplicate: an earlier attempt may have reached Octanist even though "
    "no answer came back (the connection dropped or timed out), so the retry that "
    "followed may have created a second copy. Check Octanist before acting on it twice."
)

# Fixed English names so the column reads the same whatever the system locale
# and C-locale test machines agree with desktops.
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Past this age a weekday stops helping; the date alone is clearer.
_RECENT = timedelta(days=180)


def format_time(timestamp: float, now: float) -> str:
    """A lead's time as people scan it: "Today 10:42", "Mon 24 Nov 10:42" or "2024-11-24"."""
    moment = datetime.fromtimestamp(timestamp)
    today = datetime.fromtimestamp(now)
    if moment.date() == today.date():
        return f"Today {moment:%H:%M}"
    if abs(today - moment) < _RECENT:
        weekday = _WEEKDAYS[moment.weekday()]
        month = MONTHS[moment.month - 1]
        return f"{weekday} {moment.day} {month} {moment:%H:%M}"
    return moment.date().isoformat()


def format_full_time(timestamp: float) -> str:
    """An unambiguous local timestamp for tooltips and the details pane."""
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M:%S")


def status_text(lead: Lead) -> str:
    """The Status column: what is happening to this lead, in a few words."""
    text = STATUS_LABELS.get(lead.status, str(lead.status).capitalize())
    if lead.status is LeadStatus.WAITING and lead.next_attempt_at is not None:
        text = f"{text} (next at {datetime.fromtimestamp(lead.next_attempt_at):%H:%M})"
    if lead.maybe_duplicate:
        text += DUPLICATE_SUFFIX
    return text


def status_sentence(lead: Lead) -> str:
    """One plain sentence saying where this lead stands and what, if anything, to do."""
    status = lead.status
    if status is LeadStatus.DELIVERED:
        sentence = "Octanist has this lead."
    elif status is LeadStatus.QUEUED:
        sentence = "Waiting in the outbox; it is sent as soon as Octanist can be reached."
    elif status is LeadStatus.SENDING:
        sentence = "Being sent to Octanist right now."
    elif status is LeadStatus.WAITING:
        when = (
            f" at {format_full_time(lead.next_attempt_at)}"
            if lead.next_attempt_at is not None
            else ""
        )
        sentence = f"The last attempt failed; it is tried again automatically{when}."
    elif status is LeadStatus.INVALID:
        sentence = (
            "Octanist refused this lead as invalid. It is not retried on its own; "
            "enter it again corrected, or retry if the problem was on Octanist's side."
        )
    elif status is LeadStatus.UNAUTHORIZED:
        sentence = (
            "Octanist refused the API key. Check the key in Settings; "
            "leads refused this way are sent again when the key changes."
        )
    elif status is LeadStatus.REJECTED:
        sentence = (
            "Your Octanist account's lead filter turned this lead away. "
            "Change the filter in Octanist and retry if it should be accepted."
        )
    elif status is LeadStatus.FAILED:
        sentence = (
            "Octanist Desktop ran into a problem of its own while sending this lead. "
            "It is not sent again by itself; press Retry to send it."
        )
    else:
        sentence = f"Status: {status}."
    if lead.maybe_duplicate:
        sentence += " " + DUPLICATE_EXPLANATION
    return sentence


#: The status filter's entries: (label, statuses); an empty set means every lead.
#: After the four groups, every status but Delivered, in the order of ``STATUS_LABELS``.
STATUS_FILTERS: tuple[tuple[str, frozenset[LeadStatus]], ...] = (
    ("All", frozenset()),
    ("Not yet delivered", PENDING),
    ("Delivered", frozenset({LeadStatus.DELIVERED})),
    ("Needs attention", NEEDS_ATTENTION),
    *(
        (label, frozenset({status}))
        for status, label in STATUS_LABELS.items()
        if status is not LeadStatus.DELIVERED
    ),
)
