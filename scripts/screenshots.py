"""Render the main window and the history tab into docs/screenshots/ (run under Xvfb).

make screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Screenshots never touch a real keyring (an unlock prompt would hang Xvfb).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from octanist_desktop.app import AppConfig, DesktopSession

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

DEMO_LEADS = [
    {
        "name": "Anna de Vries",
        "email": "anna@example.nl",
        "phone": "+31201234567",
        "utm_source": "expo",
        "utm_medium": "booth",
        "utm_campaign": "expo-ams-2026",
    },
    {"name": "Ben Okafor", "email": "ben.okafor@example.com", "note": "Wants a demo in March"},
    {"name": "Chloé Martin", "phone": "+33612345678", "custom": {"interest": "enterprise"}},
    {"email": "noreply@", "name": "Bad address"},  # refused by the sandbox: shows an error row
]


def wait(app: QApplication, ms: int) -> None:
    """Let the event loop run for a while (sender, repaint).

    A nested QEventLoop, not app.exec()/quit(): Qt 6's quit() closes every window.
    """
    del app
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    """Fill a sandbox session with demo leads and grab both tabs."""
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        session = DesktopSession(
            AppConfig(api_url="https://octanist.com/api", data_dir=Path(tmp), sandbox=True)
        )
        assert session.sandbox is not None
        session.sandbox.set_reject_rule("name", "^Bad")
        session.start()
        window = session.window
        for lead in DEMO_LEADS:
            # The path Ctrl+Enter takes once the form has validated a lead.
            window.on_form_submitted(
                {
                    **lead,
                    "ad_storage": True,
                    "ad_user_data": True,
                    "ad_personalization": False,
                    "analytics_storage": True,
                }
            )
        window.resize(1100, 820)
        wait(app, 1500)
        window.form.set_values(
            {
                "name": "Dana Kim",
                "email": "dana@",
                "phone": "020 123 4567",
                "note": "Met at the booth; follow up next week.",
                "custom": '{"company": "Kim & Co", "seats": 40}',
            }
        )
        window.form.refresh_messages()
        wait(app, 600)
        window.grab().save(str(OUT / "main-window.png"))
        window.show_tab(1)
        window.history_view.table.selectRow(1)
        wait(app, 600)
        window.grab().save(str(OUT / "history.png"))
        session.shutdown()
    print(f"wrote {OUT / 'main-window.png'} and {OUT / 'history.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
