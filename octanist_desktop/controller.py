"""The running session, swapped for a sandbox one (and back) on the user's request."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, Slot

from octanist_desktop.config import session_folder
from octanist_desktop.session import DesktopSession
from octanist_desktop.single_instance import FolderInUse, ask_running_app_to_show

log = logging.getLogger(__name__)


class AppController(QObject):
    """Holds the running session and swaps it for a sandbox one on request."""

    def __init__(self, session: DesktopSession) -> None:
        super().__init__()
        self.session = session
        self._connect(session)

    def _connect(self, session: DesktopSession) -> None:
        session.window.sandboxRequested.connect(self.on_window_sandboxRequested)
        session.leaveSandboxRequested.connect(self.on_session_leaveSandboxRequested)

    def start(self) -> None:
        """Show the first session's window."""
        self.session.start()

    @Slot()
    def on_window_sandboxRequested(self) -> None:
        """ "Try the built-in sandbox": a new session in sandbox mode replaces this one.

        The sandbox has its own data folder, so nothing typed there can ever
        be mistaken for a real lead, and a real backlog is never sent to it.
        """
        self._swap(sandbox=True)

    @Slot()
    def on_session_leaveSandboxRequested(self) -> None:
        """Settings' "Leave the sandbox": a real session replaces it, with Settings open.

        The real session reads its key from the keyring as at start-up; Settings
        opens at once so a first key can be pasted without a restart.
        """
        new = self._swap(sandbox=False)
        if new is not None:
            new.on_window_settingsRequested()

    def _swap(self, *, sandbox: bool) -> DesktopSession | None:
        old = self.session
        config = replace(old.config, sandbox=sandbox)
        try:
            new = DesktopSession(config, old.keystore)
        except FolderInUse as busy:
            # Another app has that folder (two apps in the sandbox): show that one.
            ask_running_app_to_show(busy.data_dir, knock_for_s=1.0)
            old.window.show_message(
                self.tr(
                    "That folder is open in another Octanist Desktop window; it is in front now."
                )
            )
            return None
        except Exception as error:  # the sandbox's folder or database: say it, stay here
            from octanist_desktop.ui.startup_problem import ask, diagnose

            log.error("could not open %s: %s", session_folder(config), type(error).__name__)
            ask(diagnose(error, session_folder(config)))
            return None
        self._connect(new)
        self.session = new
        new.start()  # shown before the old one closes, so the app doesn't quit
        old.shutdown()
        old.window.close()
        return new

    def shutdown(self) -> bool:
        """Stop the current session; False if its sender would not stop in time."""
        return self.session.shutdown()
