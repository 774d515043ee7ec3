"""The window keeps answering while heavy work runs: a 5 MB vCard paste, an erase at 100k leads.

    python -m benchmarks.bench_responsive [RUNS]

A timer asks the event loop for a turn every 5 ms, as input and paint events
do; its lateness is how long the window would take to react to a key or
repaint. Measured, in the same run: the idle window (the baseline), a
5 MB vCard paste read on the task pool (an address book of cards: its first
fills the form; and one card whose 2.1 quoted-printable note is 5 MB, read
and then refused as far too long for a lead), and deleting a lead from the
History tab at 100,000 leads (the store rewrites its search index). For
scale, the last column is how long the same work holds the GUI thread when
it runs there, as it did before. Target: the longest wait < 50 ms.
Each row is the worst of RUNS (default 5) runs.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.bench_store import build
from benchmarks.report import machine, ms, percentile, table, verdict
from octanist_desktop import tasks
from octanist_desktop.importing.vcard import read_one_vcard
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.main_window import MainWindow

LEADS = 100_000
PASTE_CHARS = 5_000_000
TICK_MS = 5
IDLE_S = 2.0
SHOWN_S = 0.2
TARGET_S = 0.050

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Jansen;Anna {n};;;\r\nFN:Anna {n} Jansen\r\n"
    "ORG:Example BV;Sales\r\nTITLE:Buyer\r\nEMAIL;TYPE=INTERNET,WORK:anna{n}@example.nl\r\n"
    "TEL;TYPE=CELL:+31 6 1234 {n:04d}\r\nNOTE:Met at the booth\\, wants a demo.\r\n"
    "URL:https://example.nl\r\nEND:VCARD\r\n"
)


def address_book(chars: int) -> str:
    """vCards, one after another, until the text is ``chars`` long."""
    cards: list[str] = []
    size = n = 0
    while size < chars:
        card = CARD.format(n=n % 10_000)
        cards.append(card)
        size += len(card)
        n += 1
    return "".join(cards)


def one_long_card(chars: int) -> str:
    """One Android-style 2.1 card whose note is ``chars`` of quoted-printable lines."""
    line = "Am=20Stand=20getroffen=2C=20will=20ein=20Angebot.=0D=0A"
    lines = [line] * (chars // (len(line) + 3))
    return (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Long Note\r\n"
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + "=\r\n".join(lines) + "\r\nEND:VCARD\r\n"
    )


class LoopWatch:
    """Records how late each 5 ms timer tick is while the loop runs."""

    def __init__(self) -> None:
        self.lateness: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._last = 0

    def start(self) -> None:
        self.lateness = []
        self._clock.start()
        self._last = 0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_tick(self) -> None:
        now = self._clock.nsecsElapsed()
        self.lateness.append(max(0.0, (now - self._last) / 1e9 - TICK_MS / 1000))
        self._last = now


def run_until(app: QApplication, done: Callable[[], bool], limit_s: float = 120.0) -> None:
    """Turn the event loop until ``done()``."""
    deadline = time.monotonic() + limit_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the work did not finish")
        app.processEvents()
        time.sleep(0.0005)


def watch(
    app: QApplication, watcher: LoopWatch, start: Callable[[], object], done: Callable[[], bool]
) -> list[float]:
    """Lateness of every tick from ``start()`` until ``done()``."""
    watcher.start()
    start()
    run_until(app, done)
    watcher.stop()
    return list(watcher.lateness)


def frozen_for(action: Callable[[], object]) -> float:
    """Seconds ``action`` holds the calling (GUI) thread."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def watch_idle(app: QApplication, watcher: LoopWatch) -> list[float]:
    """The idle window: the baseline."""
    started = time.monotonic()
    return watch(app, watcher, lambda: None, lambda: time.monotonic() - started > IDLE_S)


def watch_paste(
    app: QApplication, watcher: LoopWatch, window: MainWindow, text: str
) -> list[float]:
    """Edit ▸ Paste vCard with ``text`` on the clipboard, until it is read, used and shown.

    The watch goes on for ``SHOWN_S`` after the result arrives: the form it
    filled (or the message) is painted then, and that paint belongs to this
    paste. Stopping at the result left it to the next row, where it ran
    while the next 5 MB was being read and waited on the interpreter for
    each of its Python calls (~170 ms for the form's first paint).
    """
    actions = window.import_actions
    read_at: list[float] = []

    def shown() -> bool:
        if actions.is_reading_paste():
            return False
        if not read_at:
            read_at.append(time.monotonic())
        return time.monotonic() - read_at[0] >= SHOWN_S

    return watch(app, watcher, lambda: actions.paste_vcard(text), shown)


def watch_delete(app: QApplication, watcher: LoopWatch, window: MainWindow) -> list[float]:
    """History ▸ Delete on one lead, until it is erased."""
    view = window.history_view
    view.table.selectRow(5)
    return watch(app, watcher, view.delete_selected, lambda: not view.is_erasing())


def main() -> None:
    """Build 100k leads, open the window, watch the loop through each kind of work."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    pastes = {
        "paste: a 5 MB address book": address_book(PASTE_CHARS),
        # Read, then refused: its note is far longer than a lead can take.
        "paste: one 5 MB card (a 2.1 note, refused)": one_long_card(PASTE_CHARS),
    }
    delete = f"delete a lead at {LEADS:,} leads"
    waits: dict[str, list[float]] = {}
    on_gui: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        build(data_dir, LEADS)
        conn = open_database(data_dir)
        window = MainWindow(
            outbox=Outbox(conn), history=History(conn), imports=ImportStores.in_folder(data_dir)
        )
        window.resize(1280, 720)
        window.show()
        window.show_tab(1)
        window.history_view.confirm_delete = lambda leads: True
        watcher = LoopWatch()
        run_until(app, lambda: True)
        for _ in range(runs):
            waits.setdefault("idle window (baseline)", []).extend(watch_idle(app, watcher))
            for label, text in pastes.items():
                waits.setdefault(label, []).extend(watch_paste(app, watcher, window, text))
                spent = frozen_for(lambda text=text: read_one_vcard(text))
                on_gui[label] = max(on_gui.get(label, 0.0), spent)
            waits.setdefault(delete, []).extend(watch_delete(app, watcher, window))
            lead = window.history_view.model.lead_at(7)
            assert lead is not None
            spent = frozen_for(lambda lead_id=lead.id: History(conn).erase_many([lead_id]))
            on_gui[delete] = max(on_gui.get(delete, 0.0), spent)
            window.history_view.model.refresh()
        window.detach_from_store()
        window.close()
        tasks.shutdown()
        conn.close()

    rows = []
    for label, samples in waits.items():
        worst = max(samples)
        rows.append(
            [
                label,
                ms(percentile(samples, 99)),
                ms(worst),
                ms(on_gui[label]) if label in on_gui else "—",
                f"< {TARGET_S * 1000:.0f} ms — {verdict(worst < TARGET_S)}",
            ]
        )
    print(f"Machine: {machine()}\n")
    print(
        table(
            f"Event-loop waits while work runs, {runs} runs each (offscreen, {TICK_MS} ms timer)",
            ["while…", "p99 wait", "longest wait", "same work on the GUI thread", "target"],
            rows,
        )
    )


if __name__ == "__main__":
    main()
