"""Start-up time and idle memory: the app against a bare PySide6 QMainWindow, same run.

    python -m benchmarks.bench_startup [RUNS]

Both are started the same way (a fresh interpreter, offscreen) and report
the wall-clock time from process launch to their window's first paint, then
their resident memory after a second idle. Targets: ≤ 1.25× and ≤ 1.3×.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

from benchmarks.report import ROOT, machine, median, table, verdict

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

APP = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from octanist_desktop.app import AppConfig, DesktopSession
app = QApplication(sys.argv[:1])
session = DesktopSession(AppConfig(api_url="https://octanist.com/api", data_dir=Path(sys.argv[1])))
session.start()
window = session.window
CLEANUP = "session.shutdown()"
"""

REPORT = """
shown = []
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
QTimer.singleShot(0, painted)
import json
app.exec()
exec(globals().get("CLEANUP", ""))
"""


def launch(script: str, data_dir: str, pycache: str) -> tuple[float, int]:
    """Seconds from launch to first event-loop turn after show(), and idle RSS in KiB."""
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
    bare_t, bare_m, app_t, app_m = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as pycache:
        launch(APP, tmp, pycache)  # creates the database, compiles, warms the disk cache
        launch(BARE, tmp, pycache)
        for _ in range(runs):
            t, m = launch(BARE, tmp, pycache)
            bare_t.append(t)
            bare_m.append(m)
            t, m = launch(APP, tmp, pycache)
            app_t.append(t)
            app_m.append(m)
    bt, at = median(bare_t), median(app_t)
    bm, am = median(bare_m), median(app_m)
    print(f"Machine: {machine()}\n")
    print(
        table(
            f"Start-up and idle memory, median of {runs} runs (offscreen)",
            ["", "bare QMainWindow (baseline)", "Octanist Desktop", "ratio", "target"],
            [
                [
                    "launch → window shown",
                    f"{bt * 1000:.0f} ms",
                    f"{at * 1000:.0f} ms",
                    f"{at / bt:.2f}×",
                    f"≤ 1.25× — {verdict(at / bt <= 1.25)}",
                ],
                [
                    "idle RSS",
                    f"{bm / 1024:.1f} MiB",
                    f"{am / 1024:.1f} MiB",
                    f"{am / bm:.2f}×",
                    f"≤ 1.30× — {verdict(am / bm <= 1.3)}",
                ],
            ],
        )
    )


if __name__ == "__main__":
    main()
