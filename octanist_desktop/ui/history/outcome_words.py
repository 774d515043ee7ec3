"""Words for what became of a lead: its stage, each outcome's progress, Octanist's side.

Shared by the History's Octanist columns and the details card's timeline.
Which statuses exist and what may happen to them is ``store.lifecycle``'s
business; this module only says them, for a salesperson, in their language.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from octanist_desktop.core.deal import Stage
from octanist_desktop.store.lifecycle import OutcomeStatus, outcome_is_refused, outcome_is_settled
from octanist_desktop.store.outcome_queue import StoredOutcome
from octanist_desktop.store.remote_index import RemoteState
from octanist_desktop.ui.money import format_money


def stage_text(stage: Stage | None) -> str:
    """ "Open", "Qualified", "Won", "Lost"; "" when unknown."""
    if stage is Stage.OPEN:
        return QCoreApplication.translate("OutcomeWords", "Open")
    if stage is Stage.QUALIFIED:
        return QCoreApplication.translate("OutcomeWords", "Qualified")
    if stage is Stage.WON:
        return QCoreApplication.translate("OutcomeWords", "Won")
    if stage is Stage.LOST:
        return QCoreApplication.translate("OutcomeWords", "Lost")
    return ""


def progress_text(outcome: StoredOutcome, lead_at_octanist: bool) -> str:
    """Where an outcome recorded here stands, in a few words."""
    status = outcome.status
    if status is OutcomeStatus.QUEUED:
        if not lead_at_octanist:
            return QCoreApplication.translate(
                "OutcomeWords", "Saved — goes once the lead is at Octanist"
            )
        return QCoreApplication.translate("OutcomeWords", "Saved — sending soon")
    if status is OutcomeStatus.SENDING:
        return QCoreApplication.translate("OutcomeWords", "Sending…")
    if status is OutcomeStatus.DELIVERED:
        return QCoreApplication.translate("OutcomeWords", "Recorded at Octanist")
    if status is OutcomeStatus.WAITING:
        if outcome.next_attempt_at is not None:
            when = datetime.fromtimestamp(outcome.next_attempt_at).strftime("%H:%M")
            return QCoreApplication.translate(
                "OutcomeWords", "Saved — Octanist unreachable, next try at {time}"
            ).format(time=when)
        return QCoreApplication.translate(
            "OutcomeWords", "Saved — Octanist unreachable, tried again soon"
        )
    if status is OutcomeStatus.CONFLICT:
        return QCoreApplication.translate("OutcomeWords", "Not recorded: several leads match")
    if status is OutcomeStatus.NOT_FOUND:
        return QCoreApplication.translate(
            "OutcomeWords", "Not recorded: the lead is gone from Octanist"
        )
    if status is OutcomeStatus.UNSUPPORTED:
        return QCoreApplication.translate(
            "OutcomeWords", "Kept here: this Octanist server takes no outcomes"
        )
    if status is OutcomeStatus.UNAUTHORIZED:
        return QCoreApplication.translate("OutcomeWords", "Waiting for a working API key")
    return QCoreApplication.translate("OutcomeWords", "Not recorded: Octanist refused it")


def needs_attention(outcome: StoredOutcome) -> bool:
    """Whether a person has to act for this outcome to count (it is refused, not waiting)."""
    return outcome_is_refused(outcome.status)


def outcome_summary(outcome: StoredOutcome, locale: QLocale | None = None) -> str:
    """ "Won, € 5.000", "Lost (Price)", "Qualified"."""
    text = stage_text(outcome.stage)
    if outcome.value is not None:
        money = format_money(outcome.value, outcome.currency, locale)
        text = QCoreApplication.translate("OutcomeWords", "{stage}, {value}").format(
            stage=text, value=money
        )
    if outcome.stage is Stage.LOST and outcome.loss_reason:
        text = QCoreApplication.translate("OutcomeWords", "{stage} ({reason})").format(
            stage=text, reason=outcome.loss_reason
        )
    return text


def octanist_status(
    remote: RemoteState | None, latest: StoredOutcome | None
) -> tuple[Stage | None, bool]:
    """The stage to show for a lead, and whether it is still only on its way.

    An outcome recorded here that Octanist hasn't confirmed yet wins (shown
    as on its way); else what the last refresh read; else a delivered outcome.
    """
    # Delivered, or refused for good: no longer on its way.
    if latest is not None and not outcome_is_settled(latest.status):
        return latest.stage, True
    if remote is not None and not remote.gone and remote.stage is not None:
        # Recorded here after the last refresh: ours is newer than what was read.
        newer = latest is not None and (latest.delivered_at or 0.0) > remote.fetched_at
        return (latest.stage if latest is not None and newer else remote.stage), False
    if latest is not None and latest.status is OutcomeStatus.DELIVERED:
        return latest.stage, False
    return None, False


def column_status_text(remote: RemoteState | None, latest: StoredOutcome | None) -> str:
    """The History's "At Octanist" cell: "Won", "Lost · sending", "Gone", ""."""
    if remote is not None and remote.gone and latest is None:
        return QCoreApplication.translate("OutcomeWords", "Not at Octanist")
    stage, on_its_way = octanist_status(remote, latest)
    if stage is None:
        return ""
    if on_its_way:
        return QCoreApplication.translate("OutcomeWords", "{stage} · not sent yet").format(
            stage=stage_text(stage)
        )
    return stage_text(stage)
