"""The History tab's details pane: one lead as a readable card.

From the top: who it is (name, job title at company), where the lead stands
in a sentence and its story in steps ("Saved 10:42 · Sent once ·
Delivered 10:43 — Octanist lead id …"), what went wrong (only when
something did), a possible-duplicate notice naming the earlier lead, the
contact details, the custom data as "key: value" lines, source and
consent, the proof of consent, the facts for a support ticket with the
request id, and — one click away — the payload as sent and Octanist's
answer as received.

The card is a column of named sections; ``add_section`` slots another one
in (the outcome timeline) after any of them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.store.history import EarlierLead
from octanist_desktop.store.lead import Lead
from octanist_desktop.ui.history.capture_details import CaptureDetails
from octanist_desktop.ui.history.card_facts import (
    Fact,
    contact_facts,
    custom_facts,
    source_facts,
    support_facts,
)
from octanist_desktop.ui.history.columns import COMPANY_KEY, JOB_TITLE_KEY, LeadLine
from octanist_desktop.ui.history.status_words import (
    duplicate_explanation,
    status_label,
    status_sentence,
    status_steps,
)
from octanist_desktop.ui.message_colours import warning_colour
from octanist_desktop.ui.status_icons import status_icon
from octanist_desktop.ui.words import translated


def _pretty(text: str | None) -> str:
    """``text`` re-indented if it is JSON, else as it came."""
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return text


def _text_label(*, rich: bool = False) -> QLabel:
    """A wrapping label whose text can be selected with the mouse and copied.

    Not by keyboard: that would make every line of the card a Tab stop
    between the table and the buttons.
    """
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _read_only_text(placeholder: str) -> QPlainTextEdit:
    text = QPlainTextEdit()
    text.setReadOnly(True)
    text.setPlaceholderText(placeholder)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    text.setMinimumHeight(120)
    return text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FactList(QWidget):
    """Labelled lines ("Email: ada@example.com") under a heading, wrapping; hidden when empty."""

    def __init__(self, heading: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts: list[Fact] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        # Parented at once: showing a parentless label would open it as a window.
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("cardHeading")
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setVisible(bool(heading))
        layout.addWidget(self.heading)
        # A grid, not a QFormLayout: a form layout gives a wrapped value the
        # height of too few lines (the note's second line was cut in half).
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        layout.addLayout(self._grid)
        self._rows: list[QLabel] = []
        self.setVisible(False)

    def facts(self) -> list[Fact]:
        """What is shown, in order."""
        return list(self._facts)

    def set_facts(self, facts: Sequence[Fact]) -> None:
        """Show ``facts`` instead of what was shown."""
        self._facts = list(facts)
        for old in self._rows:
            self._grid.removeWidget(old)
            old.deleteLater()
        self._rows = []
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        for row, (label, value) in enumerate(self._facts):
            key = QLabel(self.tr("{label}:").format(label=label) if label else "", self)
            key.setTextFormat(Qt.TextFormat.PlainText)
            shown = _text_label()
            shown.setParent(self)
            shown.setText(value)
            self._grid.addWidget(key, row, 0, top)
            # No alignment for the value: it must fill its cell to wrap at the card's width.
            shown.setAlignment(top)
            self._grid.addWidget(shown, row, 1)
            self._rows += [key, shown]
        self.setVisible(bool(self._facts))


class LeadDetails(QWidget):
    """Everything known about one lead, as a card of named sections.

    Signals:
        leadLinkActivated(int): the user followed a link to another lead (its id).
    """

    leadLinkActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadDetails")
        self.lead_id: int | None = None

        self.placeholder = QLabel(
            self.tr("Select a lead to see what was sent and what Octanist answered.")
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # -- who, and where the lead stands
        self.title = _text_label()
        self.title.setObjectName("leadTitle")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = _text_label()
        self.status_icon = QLabel()
        self.status_sentence = _text_label(rich=True)
        self.steps = _text_label()
        self.steps.setObjectName("leadSteps")
        self.problem = _text_label()
        self.problem.setObjectName("leadProblem")
        status = QWidget()
        status_row = QHBoxLayout(status)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_text = QVBoxLayout()
        status_text.addWidget(self.status_sentence)
        status_text.addWidget(self.steps)
        status_text.addWidget(self.problem)
        status_row.addLayout(status_text, 1)

        self.duplicate = _text_label(rich=True)
        self.duplicate.setObjectName("leadDuplicate")
        self.duplicate.setTextInteractionFlags(
            self.duplicate.textInteractionFlags()
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.duplicate.setStyleSheet(f"color: {warning_colour(self.palette())};")
        self.duplicate.linkActivated.connect(self.on_duplicate_linkActivated)

        self.contact = FactList(self.tr("Contact"))
        self.custom = FactList(self.tr("Custom data"))
        self.source = FactList(self.tr("Source and consent"))
        self.capture = CaptureDetails()

        # -- for a support ticket: the ids stay one glance (and one copy) away
        self.support = FactList(self.tr("For support"))
        self.octanist_id = _text_label()
        self.request_id = _text_label()
        self.request_id_button = QToolButton()
        self.request_id_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        ids = QWidget()
        ids_form = QFormLayout(ids)
        ids_form.setContentsMargins(0, 0, 0, 0)
        # An id is one long word: in a narrow pane (a longer language, a small window)
        # it goes below its name instead of widening the card into a sideways scroll.
        ids_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        ids_form.addRow(self.tr("Octanist lead id:"), self.octanist_id)
        ids_form.addRow(self.tr("Request id:"), self.request_id)
        # Below the ids, not beside one: the card stays narrow enough for a 1280 px window.
        ids_form.addRow(self.request_id_button)
        # The attempts count as a label of its own (the support facts show it in a row).
        self.attempts = _text_label()
        self.attempts.setParent(self)
        self.attempts.hide()

        # -- the raw exchange, for whoever asks
        self.show_sent = QToolButton()
        self.show_sent.setObjectName("showSentToggle")
        self.show_sent.setText(self.tr("Show what was sent"))
        self.show_sent.setCheckable(True)
        self.show_sent.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.show_sent.setArrowType(Qt.ArrowType.RightArrow)
        self.show_sent.setAccessibleDescription(
            self.tr("Shows or hides exactly what was sent to Octanist and what it answered")
        )
        self.show_sent.toggled.connect(self.on_show_sent_toggled)
        self.payload = _read_only_text(self.tr("Nothing was recorded."))
        self.payload.setAccessibleName(self.tr("Sent to Octanist"))
        self.payload.setAccessibleDescription(self.tr("The lead as it was sent, for support"))
        self.server_answer = _read_only_text(self.tr("No answer from Octanist yet."))
        self.server_answer.setAccessibleName(self.tr("Octanist's answer"))
        self.server_answer.setAccessibleDescription(
            self.tr("What Octanist answered when the lead was sent, for support")
        )
        self.sent = QWidget()
        sent_layout = QVBoxLayout(self.sent)
        sent_layout.setContentsMargins(0, 0, 0, 0)
        sent_layout.addWidget(QLabel(self.tr("Sent to Octanist:")))
        sent_layout.addWidget(self.payload, 2)
        sent_layout.addWidget(QLabel(self.tr("Octanist's answer:")))
        sent_layout.addWidget(self.server_answer, 1)
        self.sent.setVisible(False)

        self.body = QWidget()
        self._sections = QVBoxLayout(self.body)
        self._sections.setContentsMargins(0, 0, 0, 0)
        self._names: list[str] = []
        for name, widget in (
            ("title", self.title),
            ("subtitle", self.subtitle),
            ("status", status),
            ("duplicate", self.duplicate),
            ("contact", self.contact),
            ("custom", self.custom),
            ("source", self.source),
            ("capture", self.capture),
            ("support", self.support),
            ("ids", ids),
            ("show_sent", self.show_sent),
            ("sent", self.sent),
        ):
            self._add(name, widget, len(self._names))
        self._sections.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        self.show_lead(None)

    def add_section(
        self, section: QWidget, *, name: str = "", after: str | None = "duplicate"
    ) -> None:
        """Another part of the card (the outcomes' timeline), after section ``after``.

        By default right below where the lead stands (and its duplicate
        notice), above the contact details: what became of a lead matters
        more than its source. ``after=None`` puts it last. The section is
        shown and updated by its owner (``HistoryView.leadShown`` says which
        lead the card shows).
        """
        position = self._names.index(after) + 1 if after is not None else len(self._names)
        self._add(name or section.objectName() or f"section{len(self._names)}", section, position)

    def _add(self, name: str, widget: QWidget, position: int) -> None:
        self._names.insert(position, name)
        self._sections.insertWidget(position, widget)

    def section_names(self) -> list[str]:
        """The sections, top to bottom."""
        return list(self._names)

    def show_lead(
        self,
        lead: Lead | None,
        *,
        selected: int = 0,
        record: CaptureRecord | None = None,
        earlier: EarlierLead | None = None,
        earlier_lead: Lead | None = None,
    ) -> None:
        """Show ``lead`` with its local ``record`` and the ``earlier`` lead it may repeat.

        With no lead, say how many are selected.
        """
        self.lead_id = lead.id if lead is not None else None
        self.body.setVisible(lead is not None)
        self.placeholder.setVisible(lead is None)
        if lead is None:
            self.placeholder.setText(
                self.tr("%Ln leads selected.", None, selected)
                if selected > 1
                else self.tr("Select a lead to see what was sent and what Octanist answered.")
            )
            return
        line = LeadLine.of(lead)
        self.title.setText(
            lead.name or lead.email or lead.phone or self.tr("Lead {id}").format(id=lead.id)
        )
        company, job = line.custom_text(COMPANY_KEY), line.custom_text(JOB_TITLE_KEY)
        if company and job:
            subtitle = self.tr("{job} at {company}").format(job=job, company=company)
        else:
            subtitle = company or job
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))

        self.status_icon.setPixmap(status_icon(lead.status).pixmap(16, 16))
        self.status_sentence.setText(
            f"<b>{_escape(status_label(lead.status))}</b> — {_escape(status_sentence(lead))}"
        )
        self.steps.setText(" · ".join(status_steps(lead)))
        problem = translated(lead.last_error) if lead.delivered_at is None else ""
        self.problem.setText(self.tr("What went wrong: {error}").format(error=problem))
        self.problem.setVisible(bool(problem))

        flagged = earlier is not None or lead.maybe_duplicate
        if flagged:
            text = _escape(duplicate_explanation(lead, earlier, earlier_lead))
            if earlier is not None:
                link = self.tr("Show lead {id}").format(id=earlier.lead_id)
                text += f' <a href="lead:{earlier.lead_id}">{_escape(link)}</a>'
            self.duplicate.setText("<b>" + _escape(self.tr("Possible duplicate.")) + "</b> " + text)
        self.duplicate.setVisible(flagged)

        self.contact.set_facts(contact_facts(lead))
        self.custom.set_facts(custom_facts(lead))
        self.source.set_facts(source_facts(lead))
        self.capture.show_record(record)
        self.support.set_facts(support_facts(lead))
        self.attempts.setText(str(lead.attempts))
        self.octanist_id.setText(lead.octanist_id or self.tr("None yet"))
        self.request_id.setText(lead.request_id or self.tr("None yet"))
        self.payload.setPlainText(json.dumps(lead.payload, indent=2, ensure_ascii=False))
        self.server_answer.setPlainText(_pretty(lead.server_answer))

    def event(self, event: QEvent) -> bool:
        """After the card's layout changed, have the scroll area around it take the new height.

        The card's height depends on its width (wrapped lines), and a
        QScrollArea re-reads that only on its own resize or layout request:
        a change inside the card (another lead, a section such as the
        outcome timeline filling in later) reaches just its viewport.
        Without this a taller card was squeezed into the old height, its
        lines drawn over each other.
        """
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return handled

    def _fit_height(self) -> None:
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            QCoreApplication.postEvent(area, QEvent(QEvent.Type.LayoutRequest))

    @Slot(bool)
    def on_show_sent_toggled(self, shown: bool) -> None:
        """Show or hide the payload as sent and the answer as received."""
        self.sent.setVisible(shown)
        self.show_sent.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.show_sent.setText(
            self.tr("Hide what was sent") if shown else self.tr("Show what was sent")
        )

    @Slot(str)
    def on_duplicate_linkActivated(self, link: str) -> None:
        """A "Show lead N" link: ask for that lead."""
        scheme, _, number = link.partition(":")
        if scheme == "lead" and number.isdigit():
            self.leadLinkActivated.emit(int(number))
