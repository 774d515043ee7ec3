"""Start-up time and idle memory: the app against a bare PySide6 QMainWindow, same run.

    python -m benchmarks.bench_startup [RUNS]

All three are started the same way (a fresh interpreter, offscreen) and
report the wall-clock time from process launch to the event-loop turn
after their window's first paint (what a zero timer queued after show()
would see comes before the paint, and so would leave the paint out), then
their resident memory after a second idle.
Targets, against the floor: ≤ 1.25× the time and ≤ 1.15× the memory.

The middle one is the floor: the same kinds and numbers of Qt
widgets as the app's first window (counted from it: 67 labels, 19 line
edits, 9 tool buttons, 7 group boxes, 4 check boxes, 2 plain-text editors,
5 menus with 20 shortcuts...), built in plain PySide6 with no app code, plus
an SQLite file in WAL mode. What the app costs above it is the app's own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from benchmarks.report import ROOT, machine, median, table, verdict

#: Against the floor: what the app may cost above the same widgets in plain PySide6.
TIME_TARGET = 1.25
RSS_TARGET = 1.15

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(980, 760)
window.show()
"""

FLOOR = """
import sqlite3, sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QMainWindow, QPlainTextEdit, QPushButton, QScrollArea, QStackedWidget, QTabWidget,
    QToolButton, QVBoxLayout, QWidget,
)
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("floor")
window.resize(980, 760)
content = QWidget()
column = QVBoxLayout(content)
first = None
for group in range(6):
    box = QGroupBox(f"Group {group}")
    form = QFormLayout(box)
    for n in range(19 // 6 + (group < 19 % 6)):
        row = QWidget()
        lines = QVBoxLayout(row)
        line = QHBoxLayout()
        edit = QLineEdit()
        edit.setAccessibleName(f"Field {group}.{n}")
        first = first or edit
        line.addWidget(edit)
        if group < 2:
            pin = QToolButton()
            pin.setCheckable(True)
            line.addWidget(pin)
        lines.addLayout(line)
        for _ in range(2):
            hint = QLabel()
            hint.setWordWrap(True)
            hint.hide()
            lines.addWidget(hint)
        form.addRow(QLabel(f"Field {group}.{n}"), row)
    column.addWidget(box)
consent = QGroupBox("Consent")
lines = QVBoxLayout(consent)
for n in range(4):
    line = QHBoxLayout()
    line.addWidget(QCheckBox(f"Consent {n}"))
    line.addWidget(QLabel("What this consent allows."), 1)
    lines.addLayout(line)
    lines.addWidget(QLabel())
column.addWidget(consent)
note = QPlainTextEdit()
custom = QPlainTextEdit()
custom.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
column.addWidget(note)
column.addWidget(custom)
capture = QComboBox()
capture.addItems(["", "Phone call", "Walk-in", "Booth"])
column.addWidget(capture)
scroll = QScrollArea()
scroll.setWidgetResizable(True)
scroll.setWidget(content)
page = QWidget()
outer = QVBoxLayout(page)
outer.addWidget(scroll, 1)
outer.addWidget(QPushButton("Send"), 0, Qt.AlignmentFlag.AlignRight)
welcome = QWidget()
welcome_layout = QVBoxLayout(welcome)
for text in ("Welcome", "Enter an API key", "or try the sandbox"):
    welcome_layout.addWidget(QLabel(text))
for text in ("Enter API key", "Try the sandbox"):
    welcome_layout.addWidget(QPushButton(text))
stack = QStackedWidget()
stack.addWidget(page)
stack.addWidget(welcome)
tabs = QTabWidget()
tabs.addTab(stack, "&New lead")
tabs.addTab(QWidget(), "&History")
window.setCentralWidget(tabs)
for text in ("key", "queue", "connection"):
    window.statusBar().addPermanentWidget(QLabel(text))
for menu_name in ("&File", "&Edit", "&View", "Even&t", "&Active preset"):
    menu = window.menuBar().addMenu(menu_name)
    for n in range(4):
        action = QAction(f"Action {n}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{n}"))
        menu.addAction(action)
conn = sqlite3.connect(sys.argv[1] + "/floor.sqlite3")
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("CREATE TABLE IF NOT EXISTS leads (id INTEGER PRIMARY KEY, payload TEXT)")
conn.execute("SELECT count(*) FROM leads").fetchone()
window.show()
first.setFocus()
"""

APP = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from octanist_desktop.config import AppConfig
from octanist_desktop.session import DesktopSession
app = QApplication(sys.argv[:1])
session = DesktopSession(AppConfig(api_url="https://octanist.com/api", data_dir=Path(sys.argv[1])))
session.start()
window = session.window
CLEANUP = "session.shutdown()"
"""

REPORT = """
from PySide6.QtCore import QEvent, QObject
shown = []
class FirstPaint(QObject):
    # The window's own events only (all three alike); the frame is complete
    # on the turn after its first paint event (the children paint after it).
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not shown:
            window.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False
def painted():
    shown.append(time.time())
    QTimer.singleShot(1000, finish)
def rss_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
def finish():
    print(json.dumps({"shown": shown[0], "rss_kb": rss_kb()}), flush=True)
    app.quit()
first_paint = FirstPaint()
window.installEventFilter(first_paint)
import json
app.exec()
exec(globals().get("CLEANUP", ""))
"""


def launch(script: str, data_dir: str, pycache: str) -> tuple[float, int]:
    """Seconds from launch to the turn after the window's first paint, and idle RSS in KiB."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        # Compiled bytecode, as an installed app has it (site-packages ships
        # its .pyc; an editable checkout run with DONTWRITEBYTECODE would
        # recompile the app on every launch and measure the compiler).
        "PYTHONPYCACHEPREFIX": pycache,
        "QT_QPA_PLATFORM": "offscreen",
        # No Secret Service prompt can ever stall a benchmark.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script + REPORT, data_dir],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return result["shown"] - started, int(result["rss_kb"])


def main() -> None:
    """Alternate the two, several runs each, and print medians."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    scripts = {"bare": BARE, "floor": FLOOR, "app": APP}
    times: dict[str, list[float]] = {name: [] for name in scripts}
    rss: dict[str, list[int]] = {name: [] for name in scripts}
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as pycache:
        for script in scripts.values():  # creates the files, compiles, warms the disk cache
            launch(script, tmp, pycache)
        for _ in range(runs):  # interleaved, so a busy moment hits all three alike
            for name, script in scripts.items():
                t, m = launch(script, tmp, pycache)
                times[name].append(t)
                rss[name].append(m)
    bt, ft, at = (median(times[name]) for name in scripts)
    bm, fm, am = (median(rss[name]) for name in scripts)
    print(f"Machine: {machine()}\n")
    print(
        table(
            f"Start-up and idle memory, median of {runs} runs (offscreen)",
            [
                "",
                "bare QMainWindow (baseline)",
                "same widgets, plain PySide6 (floor)",
                "Octanist Desktop",
                "app ÷ baseline",
                "app ÷ floor",
                "target (app ÷ floor)",
            ],
            [
                [
                    "launch → window shown",
                    f"{bt * 1000:.0f} ms",
                    f"{ft * 1000:.0f} ms ({ft / bt:.2f}×)",
                    f"{at * 1000:.0f} ms",
                    f"{at / bt:.2f}×",
                    f"{at / ft:.2f}×",
                    f"≤ {TIME_TARGET:.2f}× — {verdict(at / ft <= TIME_TARGET)}",
                ],
                [
                    "idle RSS",
                    f"{bm / 1024:.1f} MiB",
                    f"{fm / 1024:.1f} MiB ({fm / bm:.2f}×)",
                    f"{am / 1024:.1f} MiB",
                    f"{am / bm:.2f}×",
                    f"{am / fm:.2f}×",
                    f"≤ {RSS_TARGET:.2f}× — {verdict(am / fm <= RSS_TARGET)}",
                ],
            ],
        )
    )


if __name__ == "__main__":
    main()
