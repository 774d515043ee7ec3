"""The History tab's words for a lead's status and times: column text, sentences, filters.

Which statuses exist and what may happen to them is ``store.lifecycle``'s
business; this module only says them in words.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from octanist_desktop.core.match_hint import when_entered
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.store.history import EarlierLead
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import NEEDS_ATTENTION, PENDING, LeadStatus
from octanist_desktop.ui.words import local_date, local_time, translated

#: Each status in a word or two (the status filter's entries; translated when shown).
STATUS_LABELS: dict[LeadStatus, str] = {
    LeadStatus.QUEUED: QT_TRANSLATE_NOOP("HistoryStatus", "Queued"),
    LeadStatus.SENDING: QT_TRANSLATE_NOOP("HistoryStatus", "Sending…"),
    LeadStatus.DELIVERED: QT_TRANSLATE_NOOP("HistoryStatus", "Delivered"),
    LeadStatus.WAITING: QT_TRANSLATE_NOOP("HistoryStatus", "Waiting to retry"),
    LeadStatus.INVALID: QT_TRANSLATE_NOOP("HistoryStatus", "Invalid"),
    LeadStatus.UNAUTHORIZED: QT_TRANSLATE_NOOP("HistoryStatus", "Key refused"),
    LeadStatus.REJECTED: QT_TRANSLATE_NOOP("HistoryStatus", "Rejected by filter"),
    LeadStatus.FAILED: QT_TRANSLATE_NOOP("HistoryStatus", "Couldn't send"),
}

# Past this age a weekday stops helping; the date alone is clearer.
_RECENT = timedelta(days=180)


def format_time(timestamp: float, now: float) -> str:
    """A lead's time as people scan it: "Today 10:42", "Mon 24 Nov 10:42" or "24 Nov 2024".

    In the user's locale: "ma 24 nov 10:42" in Dutch, "Mo. 24. Nov. 10:42" in German.
    """
    moment = datetime.fromtimestamp(timestamp)
    today = datetime.fromtimestamp(now)
    if moment.date() == today.date():
        return QCoreApplication.translate("HistoryStatus", "Today {time}").format(
            time=local_time(moment.time())
        )
    if abs(today - moment) < _RECENT:
        # Qt's date pattern: each language orders and punctuates it its own way.
        pattern = QCoreApplication.translate("Dates", "ddd d MMM")
        day = QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)
        return f"{day} {local_time(moment.time())}"
    return local_date(moment.date())


def format_full_time(timestamp: float) -> str:
    """An unambiguous local timestamp for tooltips and the details pane: "24 Nov 2025 10:42:05"."""
    moment = datetime.fromtimestamp(timestamp)
    return f"{local_date(moment.date())} {local_time(moment.time(), seconds=True)}"


def _clock(timestamp: float) -> str:
    return local_time(datetime.fromtimestamp(timestamp).time())


def status_label(status: LeadStatus) -> str:
    """The status in a word or two, translated."""
    label = STATUS_LABELS.get(status)
    return (
        QCoreApplication.translate("HistoryStatus", label)
        if label is not None
        else str(status).capitalize()
    )


def status_text(lead: Lead) -> str:
    """The Status column: what is happening to this lead, short enough not to be cut off."""
    if lead.status is LeadStatus.WAITING and lead.next_attempt_at is not None:
        return QCoreApplication.translate("HistoryStatus", "Retry at {time}").format(
            time=_clock(lead.next_attempt_at)
        )
    return status_label(lead.status)


def status_sentence(lead: Lead) -> str:
    """One plain sentence saying where this lead stands and what, if anything, to do."""
    status = lead.status
    if status is LeadStatus.DELIVERED:
        return QCoreApplication.translate("HistoryStatus", "Octanist has this lead.")
    if status is LeadStatus.QUEUED:
        return QCoreApplication.translate(
            "HistoryStatus", "Waiting in the outbox; it is sent as soon as Octanist can be reached."
        )
    if status is LeadStatus.SENDING:
        return QCoreApplication.translate("HistoryStatus", "Being sent to Octanist right now.")
    if status is LeadStatus.WAITING:
        if lead.next_attempt_at is None:
            return QCoreApplication.translate(
                "HistoryStatus", "The last attempt failed; it is tried again automatically."
            )
        return QCoreApplication.translate(
            "HistoryStatus", "The last attempt failed; it is tried again automatically at {time}."
        ).format(time=format_full_time(lead.next_attempt_at))
    if status is LeadStatus.INVALID:
        return QCoreApplication.translate(
            "HistoryStatus",
            "Octanist refused this lead as invalid. It is not retried on its own; "
            "enter it again corrected, or retry if the problem was on Octanist's side.",
        )
    if status is LeadStatus.UNAUTHORIZED:
        return QCoreApplication.translate(
            "HistoryStatus",
            "Octanist refused the API key. Check the key in Settings; "
            "leads refused this way are sent again when the key changes.",
        )
    if status is LeadStatus.REJECTED:
        return QCoreApplication.translate(
            "HistoryStatus",
            "Your Octanist account's lead filter turned this lead away. "
            "Change the filter in Octanist and retry if it should be accepted.",
        )
    if status is LeadStatus.FAILED:
        return QCoreApplication.translate(
            "HistoryStatus",
            "Octanist Desktop ran into a problem of its own while sending this lead. "
            "It is not sent again by itself; press Retry to send it.",
        )
    return QCoreApplication.translate("HistoryStatus", "Status: {status}.").format(status=status)


def status_steps(lead: Lead) -> list[str]:
    """The lead's story in short steps: "Saved 10:42", "Sent 10:42", "Delivered 10:43 — …".

    Built from what the store keeps (times, attempts, the last answer); the
    last step says where the lead stands now.
    """
    steps = [
        QCoreApplication.translate("HistoryStatus", "Saved {time}").format(
            time=_clock(lead.created_at)
        )
    ]
    if lead.attempts == 1:
        steps.append(QCoreApplication.translate("HistoryStatus", "Sent once"))
    elif lead.attempts > 1:
        steps.append(
            QCoreApplication.translate("HistoryStatus", "Sent {count} times").format(
                count=lead.attempts
            )
        )
    status = lead.status
    if status is LeadStatus.DELIVERED:
        when = lead.delivered_at if lead.delivered_at is not None else lead.updated_at
        if lead.octanist_id:
            steps.append(
                QCoreApplication.translate(
                    "HistoryStatus", "Delivered {time} — Octanist lead id {id}"
                ).format(time=_clock(when), id=lead.octanist_id)
            )
        else:
            steps.append(
                QCoreApplication.translate("HistoryStatus", "Delivered {time}").format(
                    time=_clock(when)
                )
            )
    elif status is LeadStatus.WAITING:
        if lead.next_attempt_at is not None:
            steps.append(
                QCoreApplication.translate("HistoryStatus", "Next try {time}").format(
                    time=_clock(lead.next_attempt_at)
                )
            )
        else:
            steps.append(QCoreApplication.translate("HistoryStatus", "Waiting to retry"))
    elif status is LeadStatus.QUEUED:
        steps.append(
            QCoreApplication.translate("HistoryStatus", "Waiting to be sent")
            if lead.attempts == 0
            else QCoreApplication.translate("HistoryStatus", "Queued again")
        )
    elif status is LeadStatus.SENDING:
        steps.append(QCoreApplication.translate("HistoryStatus", "Being sent now"))
    else:
        steps.append(
            QCoreApplication.translate("HistoryStatus", "{status} {time}").format(
                status=status_label(status), time=_clock(lead.updated_at)
            )
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
        if earlier_lead is not None:
            values = {
                "name": earlier_lead.name or earlier_lead.email or earlier_lead.phone,
                "when": translated(when_entered(earlier_lead.created_at)),
                "id": earlier.lead_id,
            }
            if earlier.same_email and earlier.same_phone:
                said = QCoreApplication.translate(
                    "HistoryStatus", "Same email and phone as {name}, entered {when} (lead {id})."
                )
            elif earlier.same_email:
                said = QCoreApplication.translate(
                    "HistoryStatus", "Same email as {name}, entered {when} (lead {id})."
                )
            else:
                said = QCoreApplication.translate(
                    "HistoryStatus", "Same phone as {name}, entered {when} (lead {id})."
                )
            sentences.append(said.format(**values))
        else:
            if earlier.same_email and earlier.same_phone:
                said = QCoreApplication.translate(
                    "HistoryStatus", "Same email and phone as lead {id}."
                )
            elif earlier.same_email:
                said = QCoreApplication.translate("HistoryStatus", "Same email as lead {id}.")
            else:
                said = QCoreApplication.translate("HistoryStatus", "Same phone as lead {id}.")
            sentences.append(said.format(id=earlier.lead_id))
    if lead.maybe_duplicate:
        sentences.append(
            QCoreApplication.translate(
                "HistoryStatus",
                "Octanist may have this lead twice: an earlier attempt may have reached it "
                "even though no answer came back (the connection dropped or timed out), so "
                "the retry that followed may have created a second copy. Check Octanist "
                "before acting on it twice.",
            )
        )
    return " ".join(sentences)


#: The status filter's entries: (label, statuses); an empty set means every lead.
#: After the four groups, every status but Delivered, in the order of ``STATUS_LABELS``.
#: Labels are English; the view translates them.
STATUS_FILTERS: tuple[tuple[str, frozenset[LeadStatus]], ...] = (
    (QT_TRANSLATE_NOOP("HistoryStatus", "All"), frozenset()),
    (QT_TRANSLATE_NOOP("HistoryStatus", "Not yet delivered"), PENDING),
    (QT_TRANSLATE_NOOP("HistoryStatus", "Delivered"), frozenset({LeadStatus.DELIVERED})),
    (QT_TRANSLATE_NOOP("HistoryStatus", "Needs attention"), NEEDS_ATTENTION),
    *(
        (label, frozenset({status}))
        for status, label in STATUS_LABELS.items()
        if status is not LeadStatus.DELIVERED
    ),
)


def filter_label(label: str) -> str:
    """A ``STATUS_FILTERS`` label in the user's language."""
    return QCoreApplication.translate("HistoryStatus", label)
