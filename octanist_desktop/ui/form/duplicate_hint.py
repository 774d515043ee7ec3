"""The line under Phone that says an email or phone was already sent: staff only."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from octanist_desktop.ui.form.messages import WARNING_PREFIX, show_hint, style_label

log = logging.getLogger(__name__)

#: ``duplicate_lookup(email, phone)`` → a hint like "Sent today 10:42 — possible duplicate".
DuplicateLookup = Callable[[str | None, str | None], str | None]
#: The email and phone to look up, as they would be sent (None: not typed).
Identifiers = Callable[[], tuple[str | None, str | None]]

# The lookup reads the database; once per pause in typing is plenty.
DUPLICATE_DELAY_MS = 250


class DuplicateHint(QObject):
    """Looks the typed email and phone up in the history after a pause in typing.

    Never shown to a visitor (``set_visitor``): it tells about other people's
    leads. A lookup that fails shows nothing; a hint must not stop lead entry.
    """

    def __init__(
        self,
        label: QLabel,
        lookup: DuplicateLookup | None,
        identifiers: Identifiers,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._label = label
        self._lookup = lookup
        self._identifiers = identifiers
        self._visitor = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DUPLICATE_DELAY_MS)
        self._timer.timeout.connect(self.on_timer_timeout)

    def schedule(self) -> None:
        """Look up after the typing pause (nothing at all for a visitor)."""
        if self._lookup is not None and not self._visitor:
            self._timer.start()

    def clear(self) -> None:
        """Stop a pending lookup and hide the hint."""
        self._timer.stop()
        show_hint(self._label, None)

    def set_visitor(self, visitor: bool) -> None:
        """Booth mode: never look up, never show."""
        self._visitor = visitor
        if visitor:
            self.clear()

    def on_timer_timeout(self) -> None:
        """Ask whether a lead with this email or phone was sent before."""
        if self._visitor or self._lookup is None:
            self.clear()
            return
        try:
            email, phone = self._identifiers()
            hint = self._lookup(email, phone) if (email or phone) else None
        except Exception:
            log.exception("Duplicate lookup failed")
            hint = None
        show_hint(self._label, f"{WARNING_PREFIX}{hint}" if hint else None)
        style_label(self._label, "warning", self._label.palette())
