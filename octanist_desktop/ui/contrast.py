"""Colours that stay readable on whatever palette the system gives: WCAG contrast,
and the high-contrast palettes the app can be started with.

The app's own colours (errors in red, warnings in amber, "delivered" in green)
are picked for ordinary light and dark palettes. A high-contrast palette (white
on black, black on white, yellow on black) can put them on a background they
don't read on, so each is checked against the real background and, when it
falls short of WCAG's 4.5:1 for text, moved towards the palette's own text
colour until it doesn't.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

#: WCAG 2 AA for body text; 3:1 is the floor for large text and graphics.
TEXT_CONTRAST = 4.5
GRAPHIC_CONTRAST = 3.0

#: ``OCTANIST_PALETTE=high-contrast-dark`` (or ``-light``) starts the app with that palette:
#: for checking the app as someone who needs it sees it, on any desktop.
PALETTE_ENV = "OCTANIST_PALETTE"


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of ``colour`` (alpha ignored)."""
    return (
        0.2126 * _channel(colour.red())
        + 0.7152 * _channel(colour.green())
        + 0.0722 * _channel(colour.blue())
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio between two opaque colours, from 1 to 21."""
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` painted over an opaque ``background``, as the eye sees it."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def readable(colour: QColor, palette: QPalette, *, minimum: float = TEXT_CONTRAST) -> QColor:
    """``colour``, or the nearest step from it towards the palette's text colour, that
    reads at ``minimum`` on both the window and the input background."""
    backgrounds = [
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
    ]
    text = palette.color(QPalette.ColorRole.Text)
    start = over(colour, backgrounds[0])
    for step in range(11):
        share = step / 10
        candidate = QColor.fromRgbF(
            start.redF() + (text.redF() - start.redF()) * share,
            start.greenF() + (text.greenF() - start.greenF()) * share,
            start.blueF() + (text.blueF() - start.blueF()) * share,
        )
        if all(contrast_ratio(candidate, bg) >= minimum for bg in backgrounds):
            return candidate
    return text  # the palette's own text: as readable as this palette allows


def background_for(text: QColor, background: QColor, *, minimum: float = TEXT_CONTRAST) -> QColor:
    """``background``, deepened (or lightened, under dark text) until ``text`` reads on it."""
    away = QColor("black") if luminance(text) > 0.5 else QColor("white")
    for step in range(11):
        share = step / 10
        candidate = QColor.fromRgbF(
            background.redF() + (away.redF() - background.redF()) * share,
            background.greenF() + (away.greenF() - background.greenF()) * share,
            background.blueF() + (away.blueF() - background.blueF()) * share,
        )
        if contrast_ratio(text, candidate) >= minimum:
            return candidate
    return away


def high_contrast_palette(*, dark: bool) -> QPalette:
    """A high-contrast palette: white on black (``dark``) or black on white.

    The highlight is yellow on black or dark blue on white, as the common
    system high-contrast themes have it.
    """
    ink, paper = (QColor("#ffffff"), QColor("#000000")) if dark else ("#000000", "#ffffff")
    ink, paper = QColor(ink), QColor(paper)
    highlight = QColor("#ffff00") if dark else QColor("#1c0099")
    highlighted_text = QColor("#000000") if dark else QColor("#ffffff")
    link = QColor("#8ab4ff") if dark else QColor("#0000c0")
    palette = QPalette()
    roles = QPalette.ColorRole
    for role in (roles.Window, roles.Base, roles.AlternateBase, roles.Button, roles.ToolTipBase):
        palette.setColor(role, paper)
    for role in (
        roles.WindowText,
        roles.Text,
        roles.ButtonText,
        roles.ToolTipText,
        roles.BrightText,
    ):
        palette.setColor(role, ink)
    palette.setColor(roles.Highlight, highlight)
    palette.setColor(roles.HighlightedText, highlighted_text)
    palette.setColor(roles.Link, link)
    palette.setColor(roles.LinkVisited, link)
    # Placeholders and the bevels of buttons must still be seen.
    placeholder = QColor(ink)
    placeholder.setAlpha(200)
    palette.setColor(roles.PlaceholderText, placeholder)
    for role in (roles.Light, roles.Midlight, roles.Mid, roles.Dark, roles.Shadow):
        palette.setColor(role, ink)
    disabled = QColor("#a0a0a0") if dark else QColor("#595959")
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


#: Fusion draws the edges of inputs, buttons, check boxes and tabs in the window colour
#: darkened by 40 %: on a black window, black, so on a white-on-black palette every
#: box and button lost its edge and an unticked check box was not there at all.
#: On a high-contrast palette they are drawn in the text colour instead.
HIGH_CONTRAST_EDGES = """
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox {
    border: 1px solid palette(window-text); border-radius: 2px; padding: 2px;
}
QPushButton, QToolButton {
    border: 1px solid palette(window-text); border-radius: 3px; padding: 3px 10px;
}
QPushButton:default { border-width: 2px; }
QPushButton:pressed, QPushButton:checked, QToolButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
}
QCheckBox::indicator, QRadioButton::indicator {
    width: 13px; height: 13px; border: 2px solid palette(window-text); background: palette(base);
}
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: palette(highlight); }
QTabBar::tab { border: 1px solid palette(window-text); padding: 4px 12px; }
QTabBar::tab:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


def is_high_contrast(palette: QPalette) -> bool:
    """Whether ``palette`` is a high-contrast one: text on the window at 19.5:1 or more
    (white on black and black on white are 21:1, yellow on black 19.6:1; Fusion's
    own black on light grey is 18.1:1 and is not one)."""
    roles = QPalette.ColorRole
    return contrast_ratio(palette.color(roles.WindowText), palette.color(roles.Window)) >= 19.5


def apply_palette_from_env(app: QApplication, environ: dict[str, str] | None = None) -> str:
    """Start with the high-contrast palette ``OCTANIST_PALETTE`` names; which one ("" none).

    Fusion draws with the palette it is given; a desktop's native style may not.
    With a high-contrast palette, from here or from the system, controls get
    edges in the text colour (``HIGH_CONTRAST_EDGES``).
    """
    wanted = (environ if environ is not None else os.environ).get(PALETTE_ENV, "")
    if wanted in ("high-contrast-dark", "high-contrast-light"):
        app.setStyle("Fusion")
        app.setPalette(high_contrast_palette(dark=wanted.endswith("dark")))
    else:
        wanted = ""
    if is_high_contrast(app.palette()) and app.style().name().lower() == "fusion":
        app.setStyleSheet(app.styleSheet() + HIGH_CONTRAST_EDGES)
    return wanted
