"""The first-run panel: what the app is for, and the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from octanist_desktop.core.words import QT_TRANSLATE_NOOP

HEADING = QT_TRANSLATE_NOOP("WelcomePanel", "Welcome to Octanist Desktop")
INTRO = QT_TRANSLATE_NOOP(
    "WelcomePanel",
    "Type in leads from calls, visits and trade shows and they are delivered to "
    "Octanist, even if you are offline for a while. Start with your Octanist API key, "
    "or try everything first against a built-in practice server.",
)


class WelcomePanel(QWidget):
    """Shown on first run while there is no API key.

    Keyboard focus starts on "Enter API key"; both buttons have mnemonics.

    Signals:
        enterKeyRequested(): the user wants to paste their API key.
        sandboxRequested(): the user wants to try the built-in sandbox.
    """

    enterKeyRequested = Signal()
    sandboxRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr(HEADING))
        font = QFont(heading.font())
        if font.pointSizeF() > 0:  # pixel-sized fonts report -1
            font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A fixed width: a centred, word-wrapped label in a box layout gets
        # its one-line height and cuts the second line off.
        intro.setFixedWidth(480)
        intro.setMinimumHeight(intro.heightForWidth(480))

        self.enter_key_button = self._big_button(self.tr("&Enter API key"))
        self.enter_key_button.setAccessibleDescription(
            self.tr("Opens Settings, where you paste the API key from your Octanist account")
        )
        self.enter_key_button.clicked.connect(self.enterKeyRequested)
        self.sandbox_button = self._big_button(self.tr("Try the built-in &sandbox"))
        self.sandbox_button.setAccessibleDescription(
            self.tr("Practise with a pretend Octanist on this computer; no lead leaves it")
        )
        self.sandbox_button.clicked.connect(self.sandboxRequested)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(intro, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.enter_key_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.sandbox_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

        # Whoever focuses the panel (a stacked widget switching to it) lands
        # on the first button.
        self.setFocusProxy(self.enter_key_button)

    def showEvent(self, event: QShowEvent) -> None:
        """Put keyboard focus on "Enter API key" each time the panel appears."""
        super().showEvent(event)
        self.enter_key_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _big_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumSize(280, 48)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # Outside a dialog, Enter presses a focused QPushButton only when it is auto-default.
        button.setAutoDefault(True)
        return button
