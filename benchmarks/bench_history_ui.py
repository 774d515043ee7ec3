"""The History tab with 100,000 leads: opening it, typing a search, jumping far down.

    python -m benchmarks.bench_history_ui [RUNS]

Each row is the median of RUNS (default 9) offscreen, measured from the
change until the table's visible rows are painted: one return to the event
loop, as after a real keystroke, checked to include a paint.
Targets: open < 300 ms, a search keystroke < 50 ms, a jump to a far row < 50 ms.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication

from benchmarks.report import machine, median, ms, table, verdict
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.history.view import HistoryView

LEADS = 100_000
OPEN_TARGET_S = 0.300
KEYSTROKE_TARGET_S = 0.050
JUMP_TARGET_S = 0.050

# Two dozen first names and surnames: a three-letter search then matches a few
# percent of the leads, as it would in a real history.
_FIRST = (
    "Anna", "Bram", "Chloe", "Daan", "Emma", "Finn", "Greta", "Hugo", "Iris", "Jan",
    "Kees", "Lotte", "Milan", "Noor", "Otto", "Pien", "Quinten", "Rosa", "Sem", "Tess",
    "Umar", "Vera", "Wout", "Xander", "Yara", "Zoë",
)  # fmt: skip
_LAST = (
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
)  # fmt: skip
_NOTES = (
    "",
    "",
    "Met at the booth, wants a demo next week.",
    "Asked about pricing for 20 seats.",
    "Call back after the trade fair.",
)
_STATUSES = ("delivered",) * 17 + ("queued", "waiting", "invalid")


def fill(conn: sqlite3.Connection, count: int) -> None:
    """``count`` realistic leads in one transaction, through the store's own schema."""
    pick = random.Random(42)
    start = time.time() - count * 60
    rows = []
    for n in range(count):
        first, last = pick.choice(_FIRST), pick.choice(_LAST)
        name = f"{first} {last}"
        email = f"{first.lower()}.{last.replace(' ', '').lower()}{n}@example.com"
        phone = f"+316{pick.randrange(10_000_000, 99_999_999)}"
        note = pick.choice(_NOTES)
        payload = {"name": name, "email": email, "phone": phone, "note": note}
        created = start + n * 60
        rows.append(
            (
                json.dumps(payload),
                pick.choice(_STATUSES),
                created,
                created,
                name,
                email,
                phone,
                note,
            )
        )
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO leads (payload, status, created_at, updated_at, name, email, phone, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")


class PaintCounter(QObject):
    """Counts the table's paints, so every measurement provably includes one."""

    def __init__(self, view: HistoryView) -> None:
        super().__init__(view)
        self.paints = 0
        view.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count paint events; never consume anything."""
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def settle(counter: PaintCounter, *, must_paint: bool = True) -> None:
    """Return to the event loop once, as after a real keystroke: layout, then paint."""
    before = counter.paints
    QCoreApplication.processEvents()
    if must_paint and counter.paints == before:
        raise RuntimeError("the table was not painted; the measurement would be meaningless")


def time_open(conn: sqlite3.Connection) -> float:
    """Seconds to build and show the History tab until its first rows are painted."""
    start = time.perf_counter()
    view = HistoryView(History(conn), Outbox(conn))
    counter = PaintCounter(view)
    view.resize(1280, 800)
    view.show()
    settle(counter)
    elapsed = time.perf_counter() - start
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return elapsed


def time_keystroke(view: HistoryView, counter: PaintCounter, before: str, text: str) -> float:
    """Seconds from the search text changing to the new first page painted."""
    view.search.setText(before)
    view.apply_filter_now()
    settle(counter, must_paint=False)
    start = time.perf_counter()
    view.search.setText(text)
    view.apply_filter_now()  # what the debounce timer calls once typing pauses
    settle(counter)
    return time.perf_counter() - start


def time_jump(view: HistoryView, counter: PaintCounter, row: int) -> float:
    """Seconds to scroll to ``row`` and paint it (one page read at a deep offset)."""
    view.table.scrollToTop()
    settle(counter, must_paint=False)
    start = time.perf_counter()
    view.table.scrollTo(view.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    settle(counter)
    return time.perf_counter() - start


def runs_of(runs: int, measure: Callable[[], float]) -> tuple[float, float]:
    """The first (cold) measurement, and the median of ``runs`` more after it."""
    first = measure()
    return first, median([measure() for _ in range(runs)])


def main() -> None:
    """Build the database once, then measure each interaction RUNS times."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_database(Path(tmp))
        filled = time.perf_counter()
        fill(conn, LEADS)
        filled = time.perf_counter() - filled

        cold_open_s, open_s = runs_of(runs, partial(time_open, conn))

        view = HistoryView(History(conn), Outbox(conn))
        counter = PaintCounter(view)
        view.resize(1280, 800)
        view.show()
        settle(counter)
        (known_email,) = conn.execute("SELECT email FROM leads WHERE id = 4242").fetchone()
        searches = (
            ("narrow: a full email", "", known_email),
            ("next letter of a name", "Ann", "Anna"),
            ("three letters, ~4% match", "", "Jan"),
            ("one letter (no trigram)", "", "q"),
            ("matches every lead", "", "example.com"),
            ("matches nothing", "", "zzqx"),
            ("back to everything", "Anna", ""),
        )
        rows: list[list[object]] = [
            [
                "open the tab, first time in the process (cold)",
                ms(cold_open_s),
                f"< {OPEN_TARGET_S * 1000:.0f} ms",
                verdict(cold_open_s < OPEN_TARGET_S),
            ],
            [
                "open the tab (construct + show + first paint)",
                ms(open_s),
                f"< {OPEN_TARGET_S * 1000:.0f} ms",
                verdict(open_s < OPEN_TARGET_S),
            ],
        ]
        for label, before, text in searches:
            _, spent = runs_of(runs, partial(time_keystroke, view, counter, before, text))
            matches = view.model.rowCount()
            rows.append(
                [
                    f"search keystroke: {label} ({matches:,} shown)",
                    ms(spent),
                    f"< {KEYSTROKE_TARGET_S * 1000:.0f} ms",
                    verdict(spent < KEYSTROKE_TARGET_S),
                ]
            )
        view.search.setText("")
        view.apply_filter_now()
        _, jump = runs_of(runs, partial(time_jump, view, counter, 90_000))
        rows.append(
            [
                "jump to row 90,000 (one deep page read)",
                ms(jump),
                f"< {JUMP_TARGET_S * 1000:.0f} ms",
                verdict(jump < JUMP_TARGET_S),
            ]
        )
        view.close()
        conn.close()

    print(f"Machine: {machine()}\n")
    print(f"{LEADS:,} leads inserted in {filled:.1f} s (one transaction, search index included).\n")
    print(
        table(
            f"History tab with {LEADS:,} leads, median of {runs} runs (offscreen;"
            " the cold row is the single first run)",
            ["interaction", "time", "target", "verdict"],
            rows,
        )
    )
    del app


if __name__ == "__main__":
    main()
