"""Small painted icons, one per lead status, for the history table and details pane.

Each status has its own colour *and* its own shape (tick, arrow, clock,
cross, key, stop bar, exclamation mark) so the column still reads for
colour-blind users and in grey-scale screenshots. Painted rather than shipped as files: no
resources to package, and they stay crisp at any device pixel ratio.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from octanist_desktop.store.lifecycle import LeadStatus

#: One colour per status; chosen to stay readable on light and dark table backgrounds.
#: Each is mid-tone (WCAG luminance 0.1–0.3): 3:1 against its white glyph and against
#: a white or a black table, high-contrast palettes included (tests/test_contrast.py).
STATUS_COLOURS: dict[LeadStatus, str] = {
    LeadStatus.QUEUED: "#5c6bc0",
    LeadStatus.SENDING: "#1e88e5",
    LeadStatus.DELIVERED: "#2e7d32",
    LeadStatus.WAITING: "#b26a00",  # a bright orange left the white clock at 2.4:1
    LeadStatus.INVALID: "#c62828",
    LeadStatus.UNAUTHORIZED: "#9632b4",
    LeadStatus.REJECTED: "#80584a",
    LeadStatus.FAILED: "#d84315",
}

_SIZES = (16, 32)


def status_colour(status: LeadStatus) -> QColor:
    """The colour that stands for ``status`` everywhere in the app."""
    return QColor(STATUS_COLOURS.get(status, "#757575"))


@cache
def status_icon(status: LeadStatus) -> QIcon:
    """A filled circle in the status colour with a white glyph; cached per status.

    Needs a ``QGuiApplication`` (pixmaps do), which is why it is built on
    first use rather than at import.
    """
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_paint(status, size))
    return icon


def _paint(status: LeadStatus, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 16.0, size / 16.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(status_colour(status)))
        painter.drawEllipse(QRectF(1.0, 1.0, 14.0, 14.0))
        pen = QPen(QColor("white"), 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_glyph(status))
    finally:
        painter.end()
    return pixmap


def _glyph(status: LeadStatus) -> QPainterPath:
    """The white mark inside the circle, in a 16×16 box."""
    path = QPainterPath()
    if status is LeadStatus.DELIVERED:  # tick
        path.moveTo(4.5, 8.2)
        path.lineTo(7.0, 10.7)
        path.lineTo(11.5, 5.5)
    elif status in (LeadStatus.QUEUED, LeadStatus.SENDING):  # upward arrow
        path.moveTo(8.0, 11.5)
        path.lineTo(8.0, 4.5)
        path.moveTo(5.2, 7.2)
        path.lineTo(8.0, 4.5)
        path.lineTo(10.8, 7.2)
        if status is LeadStatus.QUEUED:  # a baseline: parked, not moving yet
            path.moveTo(5.0, 12.0)
            path.lineTo(11.0, 12.0)
    elif status is LeadStatus.WAITING:  # clock hands
        path.moveTo(8.0, 4.0)
        path.lineTo(8.0, 8.0)
        path.lineTo(10.8, 9.6)
    elif status is LeadStatus.INVALID:  # cross
        path.moveTo(5.3, 5.3)
        path.lineTo(10.7, 10.7)
        path.moveTo(10.7, 5.3)
        path.lineTo(5.3, 10.7)
    elif status is LeadStatus.UNAUTHORIZED:  # key: ring and shaft
        path.addEllipse(QPointF(6.0, 8.0), 1.8, 1.8)
        path.moveTo(7.8, 8.0)
        path.lineTo(12.0, 8.0)
        path.lineTo(12.0, 10.0)
    elif status is LeadStatus.REJECTED:  # no-entry bar
        path.moveTo(4.5, 8.0)
        path.lineTo(11.5, 8.0)
    elif status is LeadStatus.FAILED:  # exclamation mark: something went wrong here
        path.moveTo(8.0, 4.2)
        path.lineTo(8.0, 9.0)
        path.addEllipse(QPointF(8.0, 11.6), 0.5, 0.5)
    else:  # an unknown future status: a dot, never a crash
        path.addEllipse(QPointF(8.0, 8.0), 1.2, 1.2)
    return path


#: The colour of the possible-duplicate mark: amber, like a warning under a field.
DUPLICATE_COLOUR = "#b26a00"


@cache
def duplicate_icon() -> QIcon:
    """Two overlapping cards in amber: this lead may exist twice (History's Name column)."""
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(size / 16.0, size / 16.0)
            pen = QPen(QColor(DUPLICATE_COLOUR), 1.4)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            # The back card outlined, the front one filled: reads as "a copy" at 16 px.
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(1.5, 1.5, 9.0, 10.0), 1.5, 1.5)
            painter.setBrush(QBrush(QColor(DUPLICATE_COLOUR)))
            painter.drawRoundedRect(QRectF(5.5, 4.5, 9.0, 10.0), 1.5, 1.5)
        finally:
            painter.end()
        icon.addPixmap(pixmap)
    return icon
