"""A ring around whatever has keyboard focus, on every screen.

Fusion (the style on a Linux desktop without a theme, and offscreen) marks a
focused text box, but not a focused button, check box, combo box, tab or
text area, and a style sheet (the receipt's link, the visitor screen's big
controls) can hide even that. Someone working from the keyboard then can't
see where the next key goes. One ``QFocusFrame`` follows the focus around
the app and is drawn by ``FocusRingStyle`` as a thick ring in the palette's
highlight colour, outside the control, so no widget's own drawing or style
sheet can hide it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt, Slot
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from octanist_desktop.ui.contrast import GRAPHIC_CONTRAST, readable

#: The ring's width, and how far it reaches outside the control, in pixels. Mostly
#: inside: a control flush with its parent's edge (a dialog's buttons) would have a
#: ring drawn outside it cut away, since the frame is a child of that parent.
RING_PX = 3
MARGIN_PX = 1


class FocusRingStyle(QProxyStyle):
    """The app's style with a focus ring drawn around the focused control."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw the focus frame as the ring; everything else as the base style does."""
        if element != QStyle.ControlElement.CE_FocusFrame:
            super().drawControl(element, option, painter, widget)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The highlight colour, made to stand out 3:1 from the window (WCAG for graphics).
        colour = readable(
            option.palette.color(QPalette.ColorRole.Highlight),
            option.palette,
            minimum=GRAPHIC_CONTRAST,
        )
        pen = QPen(colour, RING_PX)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_PX / 2
        painter.drawRoundedRect(QRectF(option.rect).adjusted(half, half, -half, -half), 3, 3)
        painter.restore()

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        """The ring is drawn over the control's edge, not stacked under the control
        (where only the part outside it would show, and a tight layout cuts that off)."""
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, returnData)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Room for the ring outside the control."""
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return MARGIN_PX
        return super().pixelMetric(metric, option, widget)


class FocusRing(QObject):
    """Moves one focus frame to each widget that takes keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        app.focusChanged.connect(self.on_app_focusChanged)

    @Slot(QWidget, QWidget)
    def on_app_focusChanged(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Ring the widget that has the focus now (a window itself gets none)."""
        frame = self._frame if self._frame is not None and shiboken6.isValid(self._frame) else None
        if new is None or new.isWindow():
            if frame is not None:
                frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr: hide it
            return
        if frame is None:
            # Made with a parent: a parentless one would be a hidden top-level window.
            frame = self._frame = QFocusFrame(new.parentWidget())
            frame.setObjectName("focusRing")
        frame.setWidget(new)

    def ringed(self) -> QWidget | None:
        """The widget the ring is around now (None when it shows nowhere)."""
        if self._frame is None or not shiboken6.isValid(self._frame):
            return None
        return self._frame.widget() if self._frame.isVisible() else None


def install(app: QApplication) -> FocusRing:
    """Draw the ring around the focused control for the rest of ``app``'s life."""
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle(app.style().name()))
    return FocusRing(app)
