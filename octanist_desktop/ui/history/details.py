"""The History tab's details pane: everything known about one lead."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.store.lead import Lead
from octanist_desktop.ui.history.capture_details import CaptureDetails
from octanist_desktop.ui.history.status_words import format_full_time, status_sentence, status_text
from octanist_desktop.ui.status_icons import status_icon


def _pretty(text: str | None) -> str:
    """``text`` re-indented if it is JSON, else as it came."""
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return text


def _selectable_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setWordWrap(True)
    return label


def _read_only_text(placeholder: str) -> QPlainTextEdit:
    text = QPlainTextEdit()
    text.setReadOnly(True)
    text.setPlaceholderText(placeholder)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return text


class LeadDetails(QWidget):
    """Everything known about one lead: status, times, ids, error, payload, server answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadDetails")
        self.lead_id: int | None = None

        self.placeholder = QLabel("Select a lead to see what was sent and what Octanist answered.")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.status_icon = QLabel()
        self.status_sentence = _selectable_label()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status_sentence, 1)

        self.created = _selectable_label()
        self.updated = _selectable_label()
        self.delivered = _selectable_label()
        self.attempts = _selectable_label()
        self.octanist_id = _selectable_label()
        self.request_id = _selectable_label()
        self.last_error = _selectable_label()
        facts = QFormLayout()
        facts.addRow("Entered:", self.created)
        facts.addRow("Last change:", self.updated)
        facts.addRow("Delivered:", self.delivered)
        facts.addRow("Attempts:", self.attempts)
        facts.addRow("Octanist lead id:", self.octanist_id)
        facts.addRow("Request id:", self.request_id)
        facts.addRow("What went wrong:", self.last_error)

        self.payload = _read_only_text("Nothing was recorded.")
        self.server_answer = _read_only_text("No answer from Octanist yet.")
        self.capture = CaptureDetails()

        self.body = QWidget()
        body_layout = self._body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(status_row)
        body_layout.addLayout(facts)
        body_layout.addWidget(self.capture)
        body_layout.addWidget(QLabel("Sent to Octanist:"))
        body_layout.addWidget(self.payload, 2)
        body_layout.addWidget(QLabel("Octanist's answer:"))
        body_layout.addWidget(self.server_answer, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        self.show_lead(None)

    def add_section(self, section: QWidget) -> None:
        """Another part of the card (the outcomes' timeline), after the facts, before the JSON."""
        # Status row, facts and the capture block come first.
        self._body_layout.insertWidget(3, section)

    def show_lead(
        self, lead: Lead | None, *, selected: int = 0, record: CaptureRecord | None = None
    ) -> None:
        """Show ``lead`` and its local ``record``; with none, say how many are selected."""
        self.lead_id = lead.id if lead is not None else None
        self.body.setVisible(lead is not None)
        self.placeholder.setVisible(lead is None)
        if lead is None:
            self.placeholder.setText(
                f"{selected:,} leads selected."
                if selected > 1
                else "Select a lead to see what was sent and what Octanist answered."
            )
            return
        self.status_icon.setPixmap(status_icon(lead.status).pixmap(16, 16))
        self.status_sentence.setText(
            f"<b>{_escape(status_text(lead))}</b><br>{_escape(status_sentence(lead))}"
        )
        self.created.setText(format_full_time(lead.created_at))
        self.updated.setText(format_full_time(lead.updated_at))
        self.delivered.setText(
            format_full_time(lead.delivered_at) if lead.delivered_at is not None else "Not yet"
        )
        self.attempts.setText(str(lead.attempts))
        self.octanist_id.setText(lead.octanist_id or "None yet")
        self.request_id.setText(lead.request_id or "None yet")
        self.last_error.setText(lead.last_error or "Nothing")
        self.payload.setPlainText(json.dumps(lead.payload, indent=2, ensure_ascii=False))
        self.server_answer.setPlainText(_pretty(lead.server_answer))
        self.capture.show_record(record)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
