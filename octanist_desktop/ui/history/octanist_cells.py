"""History's Octanist columns: each lead's status, value and campaign at Octanist.

The model looks up one fact per lead for every page it reads
(``octanist_facts``, registered by ``OutcomeActions``): what the last status
refresh read, and the newest outcome recorded here. The cells below turn
that into text; a lead whose status, value or campaign changed at Octanist
since the refresh before is highlighted (``changed``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from octanist_desktop.store.lead import Lead
from octanist_desktop.store.outcome_queue import OutcomeQueue, StoredOutcome
from octanist_desktop.store.remote_index import RemoteIndex, RemoteState
from octanist_desktop.ui.history.outcome_words import (
    column_status_text,
    octanist_status,
    outcome_summary,
    stage_text,
)
from octanist_desktop.ui.money import format_money

if TYPE_CHECKING:
    from octanist_desktop.ui.history.columns import LeadLine

#: The name of the fact in ``LeadLine.facts``.
OCTANIST_FACT = "octanist"


@dataclass(frozen=True, slots=True)
class OctanistFact:
    """What is known about a lead at Octanist: the last refresh, the newest outcome here."""

    remote: RemoteState | None
    latest: StoredOutcome | None
    currency: str


def octanist_facts(
    queue: OutcomeQueue, index: RemoteIndex, currency: Callable[[], str]
) -> Callable[[Sequence[Lead]], Mapping[int, object]]:
    """The model's fact source: two indexed lookups per page of leads."""

    def look_up(leads: Sequence[Lead]) -> Mapping[int, object]:
        ids = [lead.id for lead in leads]
        try:
            remote = index.for_leads(ids)
            latest = queue.latest_for(ids)
        except sqlite3.Error:
            return {}
        symbol = currency()
        return {
            lead_id: OctanistFact(remote.get(lead_id), latest.get(lead_id), symbol)
            for lead_id in ids
            if lead_id in remote or lead_id in latest
        }

    return look_up


def _fact(line: LeadLine) -> OctanistFact | None:
    fact = line.facts.get(OCTANIST_FACT)
    return fact if isinstance(fact, OctanistFact) else None


def status_cell(line: LeadLine, now: float) -> str:
    """ "Won", "Lost · not sent yet", "Not at Octanist", or "" before the first refresh."""
    del now
    fact = _fact(line)
    return "" if fact is None else column_status_text(fact.remote, fact.latest)


def value_cell(line: LeadLine, now: float) -> str:
    """The deal's value: what Octanist has, or what was recorded here and is on its way."""
    del now
    fact = _fact(line)
    if fact is None:
        return ""
    _, on_its_way = octanist_status(fact.remote, fact.latest)
    value = None
    if fact.latest is not None and (on_its_way or fact.remote is None):
        value = fact.latest.value
    elif fact.remote is not None:
        value = fact.remote.value
    return format_money(value, fact.currency) if value is not None else ""


def campaign_cell(line: LeadLine, now: float) -> str:
    """The Google Ads campaign Octanist attributes the lead to."""
    del now
    fact = _fact(line)
    remote = fact.remote if fact is not None else None
    return remote.campaign or "" if remote is not None else ""


def changed(line: LeadLine) -> bool:
    """Whether the last refresh found this lead changed at Octanist (not by this app)."""
    fact = _fact(line)
    return fact is not None and fact.remote is not None and fact.remote.changed


def status_tooltip(line: LeadLine) -> str | None:
    """Octanist's side in a sentence, the outcome on its way, and whether it just changed."""
    fact = _fact(line)
    if fact is None:
        return None
    parts: list[str] = []
    remote = fact.remote
    if remote is not None and not remote.gone and remote.stage is not None:
        parts.append(
            QCoreApplication.translate("HistoryColumns", "At Octanist: {status}").format(
                status=stage_text(remote.stage)
            )
        )
        if remote.conversion_name:
            parts.append(
                QCoreApplication.translate("HistoryColumns", "Counts as “{name}”").format(
                    name=remote.conversion_name
                )
            )
    latest = fact.latest
    if latest is not None:
        parts.append(
            QCoreApplication.translate("HistoryColumns", "Recorded here: {outcome}").format(
                outcome=outcome_summary(latest)
            )
        )
    if changed(line):
        parts.append(
            QCoreApplication.translate(
                "HistoryColumns", "Changed at Octanist since the last refresh."
            )
        )
    return "\n".join(parts) or None
