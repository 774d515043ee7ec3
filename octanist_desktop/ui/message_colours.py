"""The colours of error, warning and muted text, readable on light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QPalette

# (light palette, dark palette)
ERROR_COLOURS = ("#c62828", "#ef6b6b")
WARNING_COLOURS = ("#8a5300", "#ffc66d")


def is_dark(palette: QPalette) -> bool:
    """Whether the palette's background is dark."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def error_colour(palette: QPalette) -> str:
    """Red that reads well on this palette's background."""
    return ERROR_COLOURS[1 if is_dark(palette) else 0]


def warning_colour(palette: QPalette) -> str:
    """Amber that reads well on this palette's background."""
    return WARNING_COLOURS[1 if is_dark(palette) else 0]


def muted_css_colour(palette: QPalette) -> str:
    """The palette's placeholder colour as CSS, keeping its transparency.

    Qt derives it from the text colour at half opacity; ``QColor.name()``
    would drop the alpha and turn "muted" into plain black.
    """
    colour = palette.color(QPalette.ColorRole.PlaceholderText)
    return f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {colour.alpha()})"
