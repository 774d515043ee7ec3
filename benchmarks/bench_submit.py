"""Submit → form ready for the next lead, with the sandbox answering at once and 2 s late.

    python -m benchmarks.bench_submit [N]

The keystroke (Ctrl+Return in a real LeadForm, offscreen) is timed until it
returns: by then the lead is committed to disk, the confirmation under the
form says "✓ <name> — saved, sending…", the form is cleared and the cursor
is back in Name. The network never enters into it, so the slow-server
row should match the fast one. Target: median < 30 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from benchmarks.report import machine, median, ms, percentile, table, verdict
from octanist_desktop.config import AppConfig
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.session import DesktopSession


def measure(app: QApplication, delay: float, n: int) -> list[float]:
    """Seconds per submit keystroke, n leads, the sandbox answering ``delay`` s late."""
    with tempfile.TemporaryDirectory() as tmp, SandboxServer() as sandbox:
        sandbox.set_delay(delay)
        os.environ["OCTANIST_API_KEY"] = sandbox.api_key
        session = DesktopSession(AppConfig(api_url=sandbox.url, data_dir=Path(tmp)))
        session.start()
        deadline = time.monotonic() + 10
        while (session.lead_sender is None or not session.lead_sender.is_running()) and (
            time.monotonic() < deadline
        ):
            app.processEvents()
        name = session.window.form.input_widget("name")
        assert isinstance(name, QLineEdit)
        samples = []
        for i in range(n):
            name.setFocus()
            QTest.keyClicks(name, f"Visitor {i}")
            app.processEvents()
            start = time.perf_counter()
            QTest.keyClick(name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            samples.append(time.perf_counter() - start)
            assert name.text() == "", "the form was not cleared"
            receipt = session.window.receipt
            assert receipt.isVisible(), "no confirmation under the form"
            assert receipt.text().startswith(f"✓ Visitor {i} — "), receipt.text()
            app.processEvents()
        session.shutdown()
        session.window.close()
        os.environ.pop("OCTANIST_API_KEY", None)
    return samples


def main() -> None:
    """Print the table."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    app = QApplication(sys.argv[:1])
    measure(app, 0.0, 5)  # warm-up: imports, phonenumbers metadata, first paint
    fast = measure(app, 0.0, n)
    slow = measure(app, 2.0, n)
    rows = []
    for label, samples in (
        ("sandbox answers at once (baseline)", fast),
        ("sandbox answers 2 s late", slow),
    ):
        med = median(samples)
        rows.append(
            [
                label,
                ms(med),
                ms(percentile(samples, 99)),
                f"{med / median(fast):.2f}",
                f"< 30 ms — {verdict(med < 0.030)}",
            ]
        )
    print(f"Machine: {machine()}\n")
    print(
        table(
            f"Ctrl+Return → form ready for the next lead, {n} leads",
            ["server", "median", "p99", "ratio", "target"],
            rows,
        )
    )


if __name__ == "__main__":
    main()
