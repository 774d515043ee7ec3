"""Badge scans, from the scanner's keystrokes to what the badge holds.

A ``BadgeReader`` watches one part of the window with a
``WedgeBurstFilter``, reads each scan (``importing.badge_scan``, loaded on
the first scan: it brings the vCard reader along) and says what it got:
a reading to fill in, or a sentence when the scan can't be used. The
same badge scanned again within a few seconds — scanners often read twice
— is ignored, with a note saying so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from octanist_desktop.core.wedge_burst import Burst, WedgeRules
from octanist_desktop.ui.booth.wedge_filter import WedgeBurstFilter

if TYPE_CHECKING:
    from octanist_desktop.importing.badge_scan import BadgeProblem, BadgeReading

#: A code read again within this many seconds is the same scan twice.
REPEAT_SECONDS = 5.0


class BadgeReader(QObject):
    """Turns scans inside ``scope`` into readings; see the module notes.

    ``clock`` gives seconds for the repeat window (tests may swap it).

    Signals:
        badgeRead(object): an ``importing.badge_scan.BadgeReading``.
        problem(str): why a scan was not used, in words for the person at the scanner.
    """

    badgeRead = Signal(object)
    problem = Signal(str)

    def __init__(
        self,
        scope: QWidget,
        rules: WedgeRules | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        repeat_seconds: float = REPEAT_SECONDS,
    ) -> None:
        super().__init__(scope)
        self._clock = clock
        self._repeat_seconds = repeat_seconds
        self._last: tuple[str, float] | None = None
        self.filter = WedgeBurstFilter(scope, rules)
        self.filter.scanned.connect(self.on_filter_scanned)

    @Slot(object)
    def on_filter_scanned(self, burst: Burst) -> None:
        """The scanner typed a code."""
        self.read(burst.text)

    def read(self, text: str) -> BadgeReading | None:
        """Read one scanned (or typed) code; returns the reading, or None when not used."""
        from octanist_desktop.importing.badge_scan import BadgeScanError, read_badge

        code = text.strip()
        now = self._clock()
        last = self._last
        if last is not None and last[0] == code and now - last[1] < self._repeat_seconds:
            self._last = (code, now)
            self.problem.emit(self.tr("Already scanned: this badge was read a moment ago."))
            return None
        self._last = (code, now)
        try:
            reading = read_badge(code)
        except BadgeScanError as exc:
            self._last = None  # a bad read may be tried again at once
            self.problem.emit(self._words_for(exc.problem))
            return None
        self.badgeRead.emit(reading)
        return reading

    def forget_last(self) -> None:
        """Let the last badge be read again at once (e.g. for the next lead)."""
        self._last = None

    def _words_for(self, problem: BadgeProblem) -> str:
        from octanist_desktop.importing.badge_scan import BadgeProblem

        if problem is BadgeProblem.CUT_OFF:
            return self.tr(
                "The badge was only partly read, so nothing was filled in. "
                "Scan it again, holding it steady."
            )
        return self.tr(
            "That scan isn't a badge code this app can read, so nothing was filled in. "
            "Scan again, or type the details."
        )
