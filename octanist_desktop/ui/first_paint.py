"""Work that can wait until the window is on screen: run it right after the first paint.

What the first window doesn't need (the key from the keyring's helper
process, the validation warm-up, listening for other launches, the plan's
saved usage) would otherwise share the first event-loop turns with the
paint, and the user would look at a blank frame meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: A window that is never painted (started minimised, on another desktop)
#: must still get its key and its sender: the work runs by then at the latest.
LATEST_MS = 1000


class AfterFirstPaint(QObject):
    """Calls ``then`` once, on the event-loop turn after ``window``'s first paint.

    Watches only ``window``'s own events, and only until it has been painted
    (or ``latest_ms`` have passed, whichever comes first).
    """

    def __init__(
        self, window: QWidget, then: Callable[[], None], *, latest_ms: int = LATEST_MS
    ) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.timeout.connect(self._run)
        self._latest.start(latest_ms)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The first paint: the work goes on the queue behind it (never in it)."""
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            self._latest.start(0)  # owned by this object: it never fires after it is gone
        return False

    def _run(self) -> None:
        self._latest.stop()
        self._window.removeEventFilter(self)
        then, self._then = self._then, None
        if then is not None:
            then()
