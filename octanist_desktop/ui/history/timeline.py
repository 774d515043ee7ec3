"""The details card's "After the call" section: Octanist's side of the lead, and its outcomes.

Octanist's side is what the last refresh read (status, value, conversion,
campaign; highlighted when it changed at Octanist since the refresh
before). The timeline lists each outcome recorded here, oldest first, with
where it stands and, when something went wrong, what to do.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from octanist_desktop.core.remote import Availability
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import LeadStatus
from octanist_desktop.store.outcome_queue import StoredOutcome
from octanist_desktop.store.remote_index import RemoteState
from octanist_desktop.ui.history.outcome_words import (
    needs_attention,
    outcome_summary,
    progress_text,
    stage_text,
)
from octanist_desktop.ui.message_colours import error_colour, muted_css_colour, warning_colour
from octanist_desktop.ui.money import format_money


def _when(timestamp: float) -> str:
    moment = datetime.fromtimestamp(timestamp)
    if moment.date() == datetime.now().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


class OutcomeTimeline(QWidget):
    """Octanist's side of one lead and the outcomes recorded for it here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeTimeline")
        self.heading = QLabel(self.tr("<b>After the call</b>"))
        self.at_octanist = QLabel()
        self.at_octanist.setObjectName("atOctanist")
        self.at_octanist.setWordWrap(True)
        self.at_octanist.setTextFormat(Qt.TextFormat.RichText)
        self.entries = QLabel()
        self.entries.setObjectName("outcomeEntries")
        self.entries.setWordWrap(True)
        self.entries.setTextFormat(Qt.TextFormat.RichText)
        self.entries.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(line)
        layout.addWidget(self.heading)
        layout.addWidget(self.at_octanist)
        layout.addWidget(self.entries)

    def show_lead(
        self,
        lead: Lead | None,
        outcomes: list[StoredOutcome],
        remote: RemoteState | None,
        *,
        availability: Availability = Availability.UNKNOWN,
        locale: QLocale | None = None,
        currency: str = "",
    ) -> None:
        """Show ``lead``'s side at Octanist and its ``outcomes`` (oldest first)."""
        self.setVisible(lead is not None)
        if lead is None:
            return
        locale = locale or QLocale()
        self.at_octanist.setText(self._octanist_side(lead, remote, availability, locale, currency))
        self.entries.setText(self._entries(lead, outcomes, locale))

    def _octanist_side(
        self,
        lead: Lead,
        remote: RemoteState | None,
        availability: Availability,
        locale: QLocale,
        currency: str,
    ) -> str:
        muted = muted_css_colour(self.palette())
        if availability is Availability.UNSUPPORTED:
            return _span(
                self.tr("This Octanist server doesn't show lead status; outcomes are kept here."),
                muted,
            )
        if lead.status is not LeadStatus.DELIVERED:
            return _span(self.tr("Not at Octanist yet."), muted)
        if remote is None:
            return _span(self.tr("At Octanist: not read back yet (F5 refreshes)."), muted)
        if remote.gone:
            return _span(
                self.tr("Octanist no longer has this lead (deleted there, or expired)."),
                warning_colour(self.palette()),
            )
        parts = [stage_text(remote.stage) or self.tr("Unknown status")]
        if remote.value is not None:
            parts.append(format_money(remote.value, currency, locale))
        if remote.loss_reason:
            parts.append(remote.loss_reason)
        text = self.tr("At Octanist: <b>{status}</b>").format(status=escape(" · ".join(parts)))
        facts = []
        if remote.conversion_name:
            facts.append(self.tr("counts as “{name}”").format(name=remote.conversion_name))
        if remote.campaign:
            campaign = remote.campaign + (f" › {remote.ad_group}" if remote.ad_group else "")
            facts.append(self.tr("campaign {name}").format(name=campaign))
        if remote.locked:
            facts.append(self.tr("locked: over the plan's limit"))
        if facts:
            text += "<br>" + escape("; ".join(facts))
        checked = self.tr("Read from Octanist at {time}.").format(time=_when(remote.fetched_at))
        if remote.changed:
            changed = self.tr("Changed at Octanist since the last refresh.")
            text += "<br>" + _span(f"{changed} {checked}", warning_colour(self.palette()))
        else:
            text += "<br>" + _span(checked, muted)
        return text

    def _entries(self, lead: Lead, outcomes: list[StoredOutcome], locale: QLocale) -> str:
        muted = muted_css_colour(self.palette())
        if not outcomes:
            return _span(
                self.tr("No outcome recorded here yet: Qualified, Won or Lost in History's menu."),
                muted,
            )
        delivered = lead.status is LeadStatus.DELIVERED
        rows = []
        for outcome in outcomes:
            head = self.tr("{time} — <b>{summary}</b>").format(
                time=_when(outcome.created_at), summary=escape(outcome_summary(outcome, locale))
            )
            colour = error_colour(self.palette()) if needs_attention(outcome) else muted
            lines = [head, _span(progress_text(outcome, delivered), colour)]
            if outcome.note:
                lines.append(_span(self.tr("Note: {note}").format(note=outcome.note), muted))
            if needs_attention(outcome) and outcome.last_error:
                lines.append(_span(outcome.last_error, colour))
            if outcome.maybe_duplicate:
                lines.append(
                    _span(
                        self.tr(
                            "May have reached Octanist twice (an answer was lost); "
                            "its note may show twice there."
                        ),
                        warning_colour(self.palette()),
                    )
                )
            rows.append("<br>".join(lines))
        return "<br><br>".join(rows)


def _span(text: str, colour: str) -> str:
    return f'<span style="color: {colour}">{escape(text)}</span>'
