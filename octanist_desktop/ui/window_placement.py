"""Sizing the main window to the screen it opens on, and remembering it per screen.

Sales laptops have 1280×720 and 1366×768 screens: a window taller than the
screen hides the Send button and the connection state. On first start the
window takes a comfortable size that never exceeds the screen's available
area; after that it opens where and as it was left, but only on a screen
that is still there (a remembered projector layout is not forced onto a
laptop).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from octanist_desktop.prefs.window_layout import ScreenLayout, WindowLayouts

#: What the form likes when the screen has room; never more than the screen.
PREFERRED_SIZE = QSize(1100, 900)
# The title bar and borders a window manager adds around the window, guessed
# before the first show (the real frame is known only after it) and corrected
# by ``fit_to_screen`` once shown.
_FRAME_ALLOWANCE = QSize(16, 40)


def screen_key(screen: QScreen) -> str:
    """A name for a screen that survives restarts: its connector and size."""
    size = screen.geometry().size()
    return f"{screen.name()} {size.width()}x{size.height()}"


def first_start_geometry(available: QRect) -> QRect:
    """The window's inner geometry on first start: preferred size, within ``available``, centred."""
    width = max(1, min(PREFERRED_SIZE.width(), available.width() - _FRAME_ALLOWANCE.width()))
    height = max(1, min(PREFERRED_SIZE.height(), available.height() - _FRAME_ALLOWANCE.height()))
    # Centre the window with its frame: the title bar above, a border elsewhere.
    border = _FRAME_ALLOWANCE.width() // 2
    outer = QRect(0, 0, width + _FRAME_ALLOWANCE.width(), height + _FRAME_ALLOWANCE.height())
    outer.moveCenter(available.center())
    return QRect(
        outer.left() + border, outer.top() + _FRAME_ALLOWANCE.height() - border, width, height
    )


class WindowPlacement:
    """Places a main window on open and remembers its layout on close.

    ``restore()`` before the first show, ``fit_to_screen()`` right after it,
    ``save()`` when the window closes; ``restore_splitter()`` for a splitter
    built later (a tab built the first time it is opened).
    """

    def __init__(self, window: QMainWindow, layouts: WindowLayouts | None) -> None:
        self._window = window
        self._layouts = layouts
        self._layout: ScreenLayout | None = None

    def restore(self) -> None:
        """Open on the last screen if it is still connected, as it was left there."""
        screen = self._screen_to_open_on()
        key = screen_key(screen)
        layout = self._layouts.get(key) if self._layouts is not None else None
        self._layout = layout
        if layout is not None and layout.geometry:
            blob = QByteArray.fromBase64(layout.geometry.encode("ascii"))
            if self._window.restoreGeometry(blob):
                self.fit_to_screen(screen)
                return
        self._window.setGeometry(first_start_geometry(screen.availableGeometry()))

    def fit_to_screen(self, screen: QScreen | None = None) -> None:
        """Shrink and move the window, frame included, into its screen's available area."""
        screen = screen or self._window.screen()
        if screen is None or self._window.isMaximized() or self._window.isFullScreen():
            return
        available = screen.availableGeometry()
        frame = self._window.frameGeometry()
        inner = self._window.geometry()
        extra_w = frame.width() - inner.width()
        extra_h = frame.height() - inner.height()
        width = min(frame.width(), available.width())
        height = min(frame.height(), available.height())
        if (width, height) != (frame.width(), frame.height()):
            self._window.resize(max(1, width - extra_w), max(1, height - extra_h))
        left = min(max(frame.left(), available.left()), available.right() - width + 1)
        top = min(max(frame.top(), available.top()), available.bottom() - height + 1)
        if (left, top) != (frame.left(), frame.top()):
            self._window.move(left, top)

    def restore_splitter(self, splitter: QSplitter) -> None:
        """Give a named splitter the position remembered for this screen, if any."""
        name = splitter.objectName()
        if self._layout is None or not name or name not in self._layout.splitters:
            return
        state = self._layout.splitters[name]
        splitter.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def save(self) -> None:
        """Remember the window's geometry and named splitters for the screen it is on."""
        window = self._window
        screen = window.screen()
        if self._layouts is None or screen is None or window.isFullScreen():
            return  # booth mode's full screen is not the window's own size
        splitters = {
            splitter.objectName(): _base64(splitter.saveState())
            for splitter in window.findChildren(QSplitter)
            if splitter.objectName()
        }
        # Splitters not built in this run (History never opened) keep their old state.
        previous = self._layouts.get(screen_key(screen))
        if previous is not None:
            splitters = {**previous.splitters, **splitters}
        self._layouts.remember(
            screen_key(screen), ScreenLayout(_base64(window.saveGeometry()), splitters)
        )

    def _screen_to_open_on(self) -> QScreen:
        screens = QGuiApplication.screens()
        last = self._layouts.last_screen if self._layouts is not None else None
        for screen in screens:
            if screen_key(screen) == last:
                return screen
        primary = QGuiApplication.primaryScreen()
        assert primary is not None  # a QApplication always has one, even offscreen
        return primary


def _base64(blob: QByteArray) -> str:
    return bytes(blob.toBase64().data()).decode("ascii")


def is_within_screen(widget: QWidget) -> bool:
    """Whether ``widget`` (on screen) lies wholly inside its screen's available area."""
    screen = widget.screen()
    if screen is None:
        return False
    rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
    return screen.availableGeometry().contains(rect)
