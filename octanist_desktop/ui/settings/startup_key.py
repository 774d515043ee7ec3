"""The key read at start-up: from the keyring's helper process, however long it takes.

The window never waits for it. When the keyring is slow to answer (an
unlock prompt nobody has seen, a dead Secret Service), the window says
what it is waiting for after ``KEY_WAIT_NOTICE_MS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from octanist_desktop.core.key_words import KEY_WAITING_LABEL, KEY_WAITING_MESSAGE
from octanist_desktop.secrets.keystore import ApiKeyStore
from octanist_desktop.ui.settings.key_check import KeyLoader

if TYPE_CHECKING:
    from octanist_desktop.ui.main_window import MainWindow

# How long the keyring may take before the window says what it is waiting for.
KEY_WAIT_NOTICE_MS = 4000


class StartupKeyRead(QObject):
    """Reads the key once, off the GUI thread, and tells the window while it waits.

    Signals:
        loaded(object, str, str): the key (or None), its ``KeySource`` value
            and why there is none ("" when there is one). Never emitted after
            ``stop``.
    """

    loaded = Signal(object, str, str)

    def __init__(self, keystore: ApiKeyStore, window: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self._keystore = keystore
        self._window = window
        self._loader: KeyLoader | None = None
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.setInterval(KEY_WAIT_NOTICE_MS)
        self._wait_timer.timeout.connect(self.on_wait_timer_timeout)

    def start(self) -> None:
        """Ask the keyring's helper process; its answer comes when it comes."""
        self._loader = KeyLoader(self._keystore, self)
        self._loader.loaded.connect(self.on_loader_loaded)
        self._loader.start()
        self._wait_timer.start()

    def stop(self) -> None:
        """Give up on the read: a keyring helper still waiting is killed."""
        self._wait_timer.stop()
        if self._loader is not None:
            self._loader.stop()

    @Slot()
    def on_wait_timer_timeout(self) -> None:
        """The keyring is slow to answer: say so, and what the user can do."""
        if self._loader is not None and self._loader.is_running():
            self._window.set_key_label(KEY_WAITING_LABEL)
            self._window.show_message(KEY_WAITING_MESSAGE)

    @Slot(object, str, str)
    def on_loader_loaded(self, key: object, source: str, error: str) -> None:
        """The keyring answered: no more waiting notice, the key goes on."""
        self._wait_timer.stop()
        self.loaded.emit(key, source, error)
