"""The History tab's words for a lead's status and times: column text, sentences, filters.

Which statuses exist and what may happen to them is ``store.lifecycle``'s
business; this module only says them in words.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from octanist_desktop.core.match_hint import MONTHS, when_entered
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.store.history import EarlierLead
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import NEEDS_ATTENTION, PENDING, LeadStatus

_CONTEXT = "HistoryStatus"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


#: Each status in a word or two (the status filter's entries; translated when shown).
STATUS_LABELS: dict[LeadStatus, str] = {
    LeadStatus.QUEUED: QT_TRANSLATE_NOOP(_CONTEXT, "Queued"),
    LeadStatus.SENDING: QT_TRANSLATE_NOOP(_CONTEXT, "Sending…"),
    LeadStatus.DELIVERED: QT_TRANSLATE_NOOP(_CONTEXT, "Delivered"),
    LeadStatus.WAITING: QT_TRANSLATE_NOOP(_CONTEXT, "Waiting to retry"),
    LeadStatus.INVALID: QT_TRANSLATE_NOOP(_CONTEXT, "Invalid"),
    LeadStatus.UNAUTHORIZED: QT_TRANSLATE_NOOP(_CONTEXT, "Key refused"),
    LeadStatus.REJECTED: QT_TRANSLATE_NOOP(_CONTEXT, "Rejected by filter"),
    LeadStatus.FAILED: QT_TRANSLATE_NOOP(_CONTEXT, "Couldn't send"),
}

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
        return _tr("Today {time}").format(time=f"{moment:%H:%M}")
    if abs(today - moment) < _RECENT:
        weekday = _WEEKDAYS[moment.weekday()]
        month = MONTHS[moment.month - 1]
        return f"{weekday} {moment.day} {month} {moment:%H:%M}"
    return moment.date().isoformat()


def format_full_time(timestamp: float) -> str:
    """An unambiguous local timestamp for tooltips and the details pane."""
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M:%S")


def _clock(timestamp: float) -> str:
    return f"{datetime.fromtimestamp(timestamp):%H:%M}"


def status_label(status: LeadStatus) -> str:
    """The status in a word or two, translated."""
    label = STATUS_LABELS.get(status)
    return _tr(label) if label is not None else str(status).capitalize()


def status_text(lead: Lead) -> str:
    """The Status column: what is happening to this lead, short enough not to be cut off."""
    if lead.status is LeadStatus.WAITING and lead.next_attempt_at is not None:
        return _tr("Retry at {time}").format(time=_clock(lead.next_attempt_at))
    return status_label(lead.status)


def status_sentence(lead: Lead) -> str:
    """One plain sentence saying where this lead stands and what, if anything, to do."""
    status = lead.status
    if status is LeadStatus.DELIVERED:
        return _tr("Octanist has this lead.")
    if status is LeadStatus.QUEUED:
        return _tr("Waiting in the outbox; it is sent as soon as Octanist can be reached.")
    if status is LeadStatus.SENDING:
        return _tr("Being sent to Octanist right now.")
    if status is LeadStatus.WAITING:
        if lead.next_attempt_at is None:
            return _tr("The last attempt failed; it is tried again automatically.")
        return _tr("The last attempt failed; it is tried again automatically at {time}.").format(
            time=format_full_time(lead.next_attempt_at)
        )
    if status is LeadStatus.INVALID:
        return _tr(
            "Octanist refused this lead as invalid. It is not retried on its own; "
            "enter it again corrected, or retry if the problem was on Octanist's side."
        )
    if status is LeadStatus.UNAUTHORIZED:
        return _tr(
            "Octanist refused the API key. Check the key in Settings; "
            "leads refused this way are sent again when the key changes."
        )
    if status is LeadStatus.REJECTED:
        return _tr(
            "Your Octanist account's lead filter turned this lead away. "
            "Change the filter in Octanist and retry if it should be accepted."
        )
    if status is LeadStatus.FAILED:
        return _tr(
            "Octanist Desktop ran into a problem of its own while sending this lead. "
            "It is not sent again by itself; press Retry to send it."
        )
    return _tr("Status: {status}.").format(status=status)


def status_steps(lead: Lead) -> list[str]:
    """The lead's story in short steps: "Saved 10:42", "Sent 10:42", "Delivered 10:43 — …".

    Built from what the store keeps (times, attempts, the last answer); the
    last step says where the lead stands now.
    """
    steps = [_tr("Saved {time}").format(time=_clock(lead.created_at))]
    if lead.attempts == 1:
        steps.append(_tr("Sent once"))
    elif lead.attempts > 1:
        steps.append(_tr("Sent {count} times").format(count=lead.attempts))
    status = lead.status
    if status is LeadStatus.DELIVERED:
        when = lead.delivered_at if lead.delivered_at is not None else lead.updated_at
        if lead.octanist_id:
            steps.append(
                _tr("Delivered {time} — Octanist lead id {id}").format(
                    time=_clock(when), id=lead.octanist_id
                )
            )
        else:
            steps.append(_tr("Delivered {time}").format(time=_clock(when)))
    elif status is LeadStatus.WAITING:
        if lead.next_attempt_at is not None:
            steps.append(_tr("Next try {time}").format(time=_clock(lead.next_attempt_at)))
        else:
            steps.append(_tr("Waiting to retry"))
    elif status is LeadStatus.QUEUED:
        steps.append(_tr("Waiting to be sent") if lead.attempts == 0 else _tr("Queued again"))
    elif status is LeadStatus.SENDING:
        steps.append(_tr("Being sent now"))
    else:
        steps.append(
            _tr("{status} {time}").format(status=status_label(status), time=_clock(lead.updated_at))
        )
    return steps


def duplicate_explanation(
    lead: Lead, earlier: EarlierLead | None, earlier_lead: Lead | None = None
) -> str:
    """Why ``lead`` is marked as a possible duplicate, naming the earlier lead it repeats.

    ``earlier_lead`` (when known) lets the sentence name the person and when;
    otherwise the lead number alone identifies it.
    """
    sentences: list[str] = []
    if earlier is not None:
        if earlier.same_email and earlier.same_phone:
            what = _tr("Same email and phone as")
        elif earlier.same_email:
            what = _tr("Same email as")
        else:
            what = _tr("Same phone as")
        if earlier_lead is not None:
            sentences.append(
                _tr("{what} {name}, entered {when} (lead {id}).").format(
                    what=what,
                    name=earlier_lead.name or earlier_lead.email or earlier_lead.phone,
                    when=when_entered(earlier_lead.created_at),
                    id=earlier.lead_id,
                )
            )
        else:
            sentences.append(_tr("{what} lead {id}.").format(what=what, id=earlier.lead_id))
    if lead.maybe_duplicate:
        sentences.append(
            _tr(
                "Octanist may have this lead twice: an earlier attempt may have reached it "
                "even though no answer came back (the connection dropped or timed out), so "
                "the retry that followed may have created a second copy. Check Octanist "
                "before acting on it twice."
            )
        )
    return " ".join(sentences)


#: The status filter's entries: (label, statuses); an empty set means every lead.
#: After the four groups, every status but Delivered, in the order of ``STATUS_LABELS``.
#: Labels are English; the view translates them.
STATUS_FILTERS: tuple[tuple[str, frozenset[LeadStatus]], ...] = (
    (QT_TRANSLATE_NOOP(_CONTEXT, "All"), frozenset()),
    (QT_TRANSLATE_NOOP(_CONTEXT, "Not yet delivered"), PENDING),
    (QT_TRANSLATE_NOOP(_CONTEXT, "Delivered"), frozenset({LeadStatus.DELIVERED})),
    (QT_TRANSLATE_NOOP(_CONTEXT, "Needs attention"), NEEDS_ATTENTION),
    *(
        (label, frozenset({status}))
        for status, label in STATUS_LABELS.items()
        if status is not LeadStatus.DELIVERED
    ),
)


def filter_label(label: str) -> str:
    """A ``STATUS_FILTERS`` label in the user's language."""
    return _tr(label)
