"""Help ▸ Keyboard shortcuts (F1): every key the app answers to, on one page.

Built from ``ui.actions`` so a changed shortcut shows up here by itself;
the few keys that belong to a widget (Tab, F4 on the phone country, Alt+
letters) are added by hand. Built the first time it is asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.ui import actions
from octanist_desktop.ui.actions import ActionSpec, key_sequences
from octanist_desktop.ui.screen_reader import describe_dialog_buttons


def _keys(spec: ActionSpec) -> str:
    return ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in key_sequences(spec)
    )


def _what(spec: ActionSpec) -> str:
    return QCoreApplication.translate("Actions", spec.text).replace("&", "").rstrip("…")


def sheet_rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """The sheet's sections: (title, [(keys, what they do)])."""
    typing = [
        (
            QCoreApplication.translate("ShortcutSheet", "Tab / Shift+Tab"),
            QCoreApplication.translate("ShortcutSheet", "Next / previous field"),
        ),
        (
            _keys(actions.SUBMIT),
            QCoreApplication.translate("ShortcutSheet", "Save the lead and start the next one"),
        ),
        (_keys(actions.PIN_FIELD), _what(actions.PIN_FIELD)),
        (
            QCoreApplication.translate("ShortcutSheet", "F4 (on Phone)"),
            QCoreApplication.translate("ShortcutSheet", "Choose the phone number's country"),
        ),
        (
            _keys(actions.FORMAT_JSON),
            QCoreApplication.translate("ShortcutSheet", "Format custom data typed as JSON"),
        ),
        (_keys(actions.PASTE_VCARD), _what(actions.PASTE_VCARD)),
        (
            QCoreApplication.translate("ShortcutSheet", "Alt+underlined letter"),
            QCoreApplication.translate("ShortcutSheet", "Jump to that field or button"),
        ),
    ]
    window = [
        (_keys(spec), _what(spec))
        for spec in (
            actions.SHOW_FORM,
            actions.SHOW_HISTORY,
            actions.SEND_NOW,
            actions.SETTINGS,
            actions.SHORTCUTS,
            actions.QUIT,
        )
    ]
    history = [
        (_keys(spec), _what(spec))
        for spec in (
            actions.FIND,
            actions.RETRY_NOW,
            actions.COPY_REQUEST_ID,
            actions.DELETE_LEADS,
            actions.EXPORT_CSV,
        )
    ]
    # After the call (ui/history/outcome_actions.py): said in full, not as the buttons' one word.
    history += [
        (
            _keys(actions.MARK_QUALIFIED),
            QCoreApplication.translate("ShortcutSheet", "Record that the lead is qualified"),
        ),
        (
            _keys(actions.MARK_WON),
            QCoreApplication.translate(
                "ShortcutSheet", "Record that the lead was won, and its value"
            ),
        ),
        (
            _keys(actions.MARK_LOST),
            QCoreApplication.translate("ShortcutSheet", "Record that the lead was lost, and why"),
        ),
        (
            _keys(actions.SEND_NOW),
            QCoreApplication.translate(
                "ShortcutSheet", "Send what waits, and read each lead's status from Octanist"
            ),
        ),
    ]
    event = [(_keys(actions.BOOTH_MODE), _what(actions.BOOTH_MODE))]
    return [
        (QCoreApplication.translate("ShortcutSheet", "Typing a lead"), typing),
        (QCoreApplication.translate("ShortcutSheet", "Window"), window),
        (QCoreApplication.translate("ShortcutSheet", "History"), history),
        (QCoreApplication.translate("ShortcutSheet", "Event"), event),
    ]


class ShortcutSheet(QDialog):
    """A non-modal page listing the shortcuts; Esc or Close shuts it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(1, 1)
        row = 0
        for title, entries in sheet_rows():
            heading = QLabel(f"<b>{title}</b>", page)
            grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for keys, what in entries:
                key_label = QLabel(keys, page)
                key_label.setTextFormat(Qt.TextFormat.PlainText)
                key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                what_label = QLabel(what, page)
                what_label.setTextFormat(Qt.TextFormat.PlainText)
                what_label.setWordWrap(True)
                grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(what_label, row, 1)
                row += 1
            grid.setRowMinimumHeight(row, 8)
            row += 1
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setAccessibleName(self.tr("Keyboard shortcuts"))
        scroll.setAccessibleDescription(self.tr("Every key and what it does; scroll for more"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        describe_dialog_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(520, 560)
