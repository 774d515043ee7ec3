"""Telling the visitor what to fix, in their words: under the field, or above the form.

Never a field key, never a staff-side detail: a problem the visitor can't
fix (a pinned tag, say) sends them to someone at the stand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from octanist_desktop.core.validation import ValidationResult
from octanist_desktop.ui.message_colours import error_colour
from octanist_desktop.ui.screen_reader import announce

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QScrollArea


class VisitorProblems:
    """Mixed into ``VisitorScreen``: shows what stops a visitor's lead."""

    if TYPE_CHECKING:
        # What the screen provides.
        error_banner: QLabel
        form_scroll: QScrollArea
        _fields: dict[str, QLineEdit | QPlainTextEdit]
        _messages: dict[str, QLabel]

        def palette(self) -> QPalette: ...

    def _show_problems(self, result: ValidationResult, *, warn_phone: bool = False) -> None:
        for label in self._messages.values():
            label.clear()
            label.hide()
        self.error_banner.hide()
        first: str | None = None
        problems = dict(result.errors)
        if warn_phone:
            problems["phone"] = result.warnings["phone"]
        for key in problems:
            if key == "name" and result.missing_identifier:
                self._show_error(
                    QCoreApplication.translate(
                        "VisitorScreen", "Please fill in your name, email address or phone number."
                    )
                )
                first = first or next(iter(self._fields), None)
                continue
            if key not in self._fields:
                # A staff-side value (a pinned tag, say) is wrong: not the visitor's to fix.
                self._show_error(
                    QCoreApplication.translate(
                        "VisitorScreen",
                        "This can't be sent just now. Please ask someone at the stand.",
                    )
                )
                continue
            message = self._messages[key]
            message.setText(self._problem_for(key))
            message.setStyleSheet(f"color: {error_colour(self.palette())};")
            message.show()
            first = first or key
        if first is not None:
            widget = self._fields[first]
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.form_scroll.ensureWidgetVisible(widget)
            shown = self._messages.get(first)
            if shown is not None and not shown.isHidden():
                announce(shown, shown.text(), urgent=True)

    def _problem_for(self, key: str) -> str:
        if key == "email":
            return QCoreApplication.translate("VisitorScreen", "Please check your email address.")
        if key == "phone":
            return QCoreApplication.translate(
                "VisitorScreen", "Please check your phone number. If it is right, send again."
            )
        return QCoreApplication.translate("VisitorScreen", "Please make this a little shorter.")

    def _show_error(self, text: str) -> None:
        self.error_banner.setText(text)
        self.error_banner.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.error_banner.show()
        self.form_scroll.ensureWidgetVisible(self.error_banner)
        announce(self.error_banner, text, urgent=True)
