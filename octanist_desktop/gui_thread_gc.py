"""Python's cyclic garbage collector runs on the GUI thread only.

Python collects reference cycles on whichever thread happens to allocate
when a generation's threshold is crossed: the sender's thread, an import
or a status refresh. A Qt object caught in such a cycle (a ``QProcess``
for the keyring helper, a ``QTimer``, a file watcher) is then destroyed
on that thread, and Qt objects must die on the thread they live in: Qt
warns "Socket notifiers cannot be enabled or disabled from another
thread", and a process's pipe closed that way leaves a notifier on a dead
descriptor that warns on every turn of the event loop, without end.

So automatic collection is switched off and :class:`GuiThreadCollector`
does the same generational work from a timer on the GUI thread. Objects
freed by reference counting (nearly all of them) are unaffected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

#: How often the GUI thread looks at the collector's counts. Collection
#: itself happens only when a generation is over its threshold, as Python's
#: own collector would do it.
CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Does the cyclic garbage collector's work on the thread it lives in (the GUI thread).

    ``start()`` turns Python's automatic collection off; ``stop()`` turns it
    back on. Both must be called on the GUI thread.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        """From now on, cycles are collected here and nowhere else."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Hand collection back to Python (at quit, once the other threads have ended)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    @Slot()
    def collect_due(self) -> int:
        """Collect what Python's own collector would collect now; the number of objects freed."""
        return collect_due(self._thresholds)


def collect_due(thresholds: tuple[int, ...] | None = None) -> int:
    """Collect the oldest generation over its threshold, on the calling thread.

    The same rule Python's automatic collection follows (``gc.get_threshold``):
    generation 0 when enough objects were allocated, generation 1 when
    generation 0 was collected often enough, and so on. Returns the number of
    objects freed (0 when nothing was due).
    """
    limits = thresholds or gc.get_threshold()
    generation = -1
    for index, (count, threshold) in enumerate(zip(gc.get_count(), limits, strict=False)):
        if threshold and count > threshold:
            generation = index
        else:
            break
    return gc.collect(generation) if generation >= 0 else 0
