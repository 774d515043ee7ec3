"""The part of a lead's details that proves its consent, and the badge it was scanned from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.core.consent import ConsentRecord, EnteredBy
from octanist_desktop.ui.history.status_words import format_full_time

TICKED, NOT_TICKED = "☑", "☐"


class CaptureDetails(QWidget):
    """Who gave which consent, when and where, in the exact words shown; and the raw badge scan.

    ``show_record(None)`` says the lead has no such record (imported, or
    taken before this was kept).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureDetails")
        self.summary = _label()
        self.summary.setObjectName("consentSummary")
        self.wording = QPlainTextEdit(self)
        self.wording.setObjectName("consentWording")
        self.wording.setReadOnly(True)
        self.wording.setMaximumHeight(110)
        self.wording.setAccessibleName(self.tr("Consent as shown"))
        self.wording.setAccessibleDescription(
            self.tr("The consent sentences the visitor read, word for word")
        )
        # A code is one long word: wrapped anywhere, or it would widen the whole pane.
        self.badge = QPlainTextEdit(self)
        self.badge.setObjectName("badgeScan")
        self.badge.setReadOnly(True)
        self.badge.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.badge.setMaximumHeight(64)
        self.badge.setAccessibleName(self.tr("Badge scan"))
        self.badge.setAccessibleDescription(self.tr("What the badge scanner read, as it read it"))
        self._wording_label = QLabel(self.tr("Consent as shown:"), self)
        self._badge_label = QLabel(self.tr("Badge scan:"), self)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Consent:"), self.summary)
        layout.addRow(self._wording_label, self.wording)
        layout.addRow(self._badge_label, self.badge)
        self.show_record(None)

    def show_record(self, record: CaptureRecord | None) -> None:
        """Show ``record`` (None: there is none)."""
        consent = record.consent if record is not None else None
        if consent is None:
            self.summary.setText(self.tr("No consent record was kept for this lead."))
            self.wording.clear()
        else:
            self.summary.setText(self._summary(consent))
            self.wording.setPlainText(marked_wording(consent))
        for widget in (self.wording, self._wording_label):
            widget.setVisible(consent is not None)
        scan = record.raw_scan if record is not None else ""
        badge_id = record.badge_id if record is not None else ""
        if badge_id and scan and scan != badge_id:
            text = self.tr("Attendee {badge}, read from: {scan}").format(badge=badge_id, scan=scan)
        else:
            text = scan or badge_id
        self.badge.setPlainText(text)
        for widget in (self.badge, self._badge_label):
            widget.setVisible(bool(text))

    def _summary(self, consent: ConsentRecord) -> str:
        when = format_full_time(consent.at)
        who = (
            self.tr("Ticked by the visitor")
            if consent.entered_by is EnteredBy.VISITOR
            else self.tr("Entered by staff")
        )
        staff = consent.staff_member or self.tr("no staff name set")
        return self.tr("{who} on {when}, on {device} ({staff}). Text version {version}.").format(
            who=who,
            when=when,
            device=consent.device or self.tr("an unnamed computer"),
            staff=staff,
            version=consent.text.version,
        )


def marked_wording(consent: ConsentRecord) -> str:
    """The consent text as shown, each sentence marked ticked or not."""
    lines = [consent.text.intro.strip()] if consent.text.intro.strip() else []
    for statement, ticked in zip(consent.text.statements, consent.ticked, strict=False):
        lines.append(f"{TICKED if ticked else NOT_TICKED} {statement.text.strip()}")
    return "\n".join(lines)


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
