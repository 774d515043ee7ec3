"""The colours of error, warning and muted text, readable on light, dark and
high-contrast palettes (each checked against the palette: ui/contrast.py)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from octanist_desktop.ui.contrast import readable

# (light palette, dark palette)
ERROR_COLOURS = ("#c62828", "#ef6b6b")
WARNING_COLOURS = ("#8a5300", "#ffc66d")
#: Good news ("Online", "delivered").
SUCCESS_COLOURS = ("#1b6e34", "#5fd07e")


def is_dark(palette: QPalette) -> bool:
    """Whether the palette's background is dark."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _pick(colours: tuple[str, str], palette: QPalette) -> str:
    chosen = QColor(colours[1 if is_dark(palette) else 0])
    return readable(chosen, palette).name()


def error_colour(palette: QPalette) -> str:
    """Red that reads well on this palette's background."""
    return _pick(ERROR_COLOURS, palette)


def warning_colour(palette: QPalette) -> str:
    """Amber that reads well on this palette's background."""
    return _pick(WARNING_COLOURS, palette)


def success_colour(palette: QPalette) -> str:
    """Green that reads well on this palette's background."""
    return _pick(SUCCESS_COLOURS, palette)


def muted_css_colour(palette: QPalette) -> str:
    """The palette's placeholder colour as CSS: quieter than text, still readable.

    Qt derives it from the text colour at half opacity, which on white is
    3.9:1, under WCAG's 4.5:1; it is darkened (or lightened) until it reads.
    ``QColor.name()`` of the placeholder itself would drop the alpha and turn
    "muted" into plain black, so the colour is the one seen over the window.
    """
    colour = readable(palette.color(QPalette.ColorRole.PlaceholderText), palette)
    return f"rgb({colour.red()}, {colour.green()}, {colour.blue()})"
