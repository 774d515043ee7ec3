"""Badge scanning in the staff form: scan anywhere, the form fills, the raw scan is kept.

With the cursor in any field of the staff form, a wedge scanner's code is
taken out of the field it landed in and fills the form: a contact's name,
email and phone (company and title go into the custom data), and an
attendee id into ``custom.badge_id`` so an id-only badge can be matched
with the organiser's list after the show. The window keeps the raw scan
with the lead (``MainWindow.note_badge``). A badge already in the history
says so in the status bar (staff only: visitors never see it).

Edit ▸ Scan badge… (Ctrl+B) opens a small prompt for scanners that don't
press Enter, or for typing a badge's code by hand.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from octanist_desktop.core.custom_json import parse_custom
from octanist_desktop.core.custom_merge import merge_custom
from octanist_desktop.core.match_hint import when_entered
from octanist_desktop.core.wedge_burst import Burst, WedgeRules
from octanist_desktop.ui.actions import SCAN_BADGE, make_action
from octanist_desktop.ui.booth.badge_reader import BadgeReader
from octanist_desktop.ui.booth.wedge_filter import WedgeBurstFilter
from octanist_desktop.ui.words import translated

if TYPE_CHECKING:
    from octanist_desktop.importing.badge_scan import BadgeReading
    from octanist_desktop.ui.main_window import MainWindow


class ScanPrompt(QDialog):
    """ "Scan the badge now": a field where any burst counts, Enter or not, or a typed code."""

    def __init__(self, reader: BadgeReader, rules: WedgeRules, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("scanPrompt")
        self.setWindowTitle(self.tr("Scan badge"))
        self._reader = reader
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("scanCode")
        self.code_edit.setAccessibleName(self.tr("Badge code"))
        self.code_edit.setAccessibleDescription(
            self.tr("Scan the badge now, or type its code and press Enter.")
        )
        self.code_edit.returnPressed.connect(self.on_code_edit_returnPressed)
        self.filter = WedgeBurstFilter(self, rules)
        self.filter.add_scan_target(self.code_edit)
        self.filter.scanned.connect(self.on_filter_scanned)
        hint = QLabel(self.tr("Scan the badge now, or type its code and press Enter."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.code_edit)
        self.setMinimumWidth(420)

    @Slot(object)
    def on_filter_scanned(self, burst: Burst) -> None:
        """The scanner typed a code into the field."""
        self._take(burst.text)

    @Slot()
    def on_code_edit_returnPressed(self) -> None:
        """A code typed (or scanned, ending with Enter) by hand."""
        self._take(self.code_edit.text())

    def _take(self, text: str) -> None:
        self.code_edit.clear()
        if text.strip() and self._reader.read(text) is not None:
            self.accept()


class StaffBadgeScans(QObject):
    """Scanning badges into ``window``'s staff form; see the module notes."""

    def __init__(self, window: MainWindow, rules: WedgeRules | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._rules = rules or WedgeRules()
        # The tabs, not the window: in booth mode the visitor's screen reads its own scans.
        self.reader = BadgeReader(window.tabs, self._rules)
        self.reader.badgeRead.connect(self.on_reader_badgeRead)
        self.reader.problem.connect(window.show_message)
        self.prompt: ScanPrompt | None = None
        self.scan_action = make_action(
            SCAN_BADGE, window, self.open_prompt, lock=window.visitor_lock
        )
        window.edit_menu.addAction(self.scan_action)

    def set_rules(self, rules: WedgeRules) -> None:
        """The scanner's settings changed."""
        self._rules = rules
        self.reader.filter.set_rules(rules)

    @Slot()
    def open_prompt(self) -> None:
        """Edit ▸ Scan badge…: wait for a scan (or a typed code) in a small prompt."""
        if self.prompt is None:
            self.prompt = ScanPrompt(self.reader, self._rules, self._window)
            self.prompt.finished.connect(self._on_prompt_finished)
        self.prompt.open()
        self.prompt.activateWindow()
        self.prompt.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_prompt_finished(self, _result: int) -> None:
        if self.prompt is not None:
            self.prompt.deleteLater()
        self.prompt = None
        self._window.activateWindow()
        self._window.focus_name()

    @Slot(object)
    def on_reader_badgeRead(self, reading: BadgeReading) -> None:
        """Fill the staff form from the badge and say what happened."""
        window = self._window
        form = window.form
        draft: dict[str, object] = dict(reading.draft)
        if reading.custom:
            typed = form.values().get("custom")
            draft["custom"] = _with_badge(typed if isinstance(typed, str) else "", reading.custom)
        form.set_values(draft)
        window.note_badge(reading)
        if window.tabs.currentWidget() is not window.entry_stack:
            window.show_form()  # scanned while in History: the form shows what it got
        if reading.who:
            text = self.tr("Filled the form from the badge of {who}.").format(who=reading.who)
        else:
            text = self.tr(
                "Badge {badge} read: the lead carries its attendee id, to match with the "
                "organiser's list."
            ).format(badge=reading.badge_id)
        earlier = self._earlier_lead(reading.badge_id)
        if earlier:
            text = f"{text} {earlier}"
        window.show_message(text)

    def _earlier_lead(self, badge_id: str) -> str:
        """'This badge is already in the history: lead 12, sent today 10:42.' or ""."""
        if not badge_id:
            return ""
        try:
            matches = self._window.history.find_badge(badge_id)
        except sqlite3.Error:
            return ""
        if not matches:
            return ""
        lead = matches[0]
        when = translated(when_entered(lead.created_at))
        if lead.delivered_at is not None:
            text = self.tr(
                "This badge is already in the history: lead {lead}, sent {when}. "
                "Possible duplicate."
            )
        else:
            text = self.tr(
                "This badge is already in the history: lead {lead}, entered {when}. "
                "Possible duplicate."
            )
        return text.format(lead=lead.id, when=when)


def _with_badge(typed: str, badge: dict[str, object]) -> str:
    """The Custom data text with the badge's keys set (a new scan replaces an earlier one's)."""
    parsed = parse_custom(typed)
    if parsed.kind == "empty":
        return json.dumps(badge, ensure_ascii=False)
    if isinstance(parsed.value, dict):
        return json.dumps({**parsed.value, **badge}, ensure_ascii=False)
    return merge_custom(typed, badge).text
