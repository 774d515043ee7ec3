"""The composition root: the Qt application, the first session, the event loop, the end.

What a session is made of is built in ``session`` (the store, the window,
the booth kit, sending, Settings); swapping it for a sandbox one is
``controller``'s job.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from octanist_desktop import __version__, tasks
from octanist_desktop.config import AppConfig, session_folder
from octanist_desktop.controller import AppController
from octanist_desktop.gui_thread_gc import GuiThreadCollector
from octanist_desktop.prefs.language import load_language
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.session import DesktopSession
from octanist_desktop.ui import contrast, focus_ring, language

__all__ = ["RESOURCES", "AppConfig", "first_session", "run"]

# resources/ sits beside the package in a checkout and in the frozen app.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def run(config: AppConfig) -> int:
    """Start the GUI and return its exit code."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Octanist Desktop")
    app.setOrganizationName("Octanist")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("octanist-desktop")
    icon = RESOURCES / "octanist-desktop.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # Before the first widget (start-up problems included): every tr() from
    # here on speaks the chosen language.
    language.install(load_language(SettingsStore(config.data_dir)), app)
    # A high-contrast palette on request (OCTANIST_PALETTE), then the focus ring on
    # the style it chose: where the next key goes is always in sight (issue 16).
    contrast.apply_palette_from_env(app)
    focus_ring.install(app)
    session = first_session(config)
    if isinstance(session, int):
        return session
    # Qt objects caught in reference cycles die on this thread, not on the
    # sender's or a refresh's (see gui_thread_gc).
    collector = GuiThreadCollector(app)
    collector.start()
    controller = AppController(session)
    controller.start()
    code = app.exec()
    controller.shutdown()
    # Key tests, imports, erases and keyring helpers still running: cancelled,
    # killed or waited for. Every thread has ended before Qt is torn down.
    tasks.shutdown()
    collector.stop()
    return code


def first_session(config: AppConfig) -> DesktopSession | int:
    """The first session, or the exit code when there will be none (a dialog said why:
    see ``ui.startup_problem.open_first``)."""
    from octanist_desktop.ui.startup_problem import open_first

    return open_first(session_folder(config), lambda: DesktopSession(config))
