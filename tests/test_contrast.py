"""The app's own colours read at WCAG contrast on high-contrast palettes (and the usual one).

Text must reach 4.5:1 against the background it is drawn on, graphics
(status icons, the focus ring) 3:1. Each colour is read from the real
widget after it was shown on the palette, not from a table of constants.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.core.states import ConnectionState
from octanist_desktop.store.lifecycle import LeadStatus
from octanist_desktop.ui import contrast
from octanist_desktop.ui.booth.visitor_inputs import AnswerButtons
from octanist_desktop.ui.booth.visitor_screen import VisitorScreen
from octanist_desktop.ui.contrast import (
    GRAPHIC_CONTRAST,
    TEXT_CONTRAST,
    contrast_ratio,
    high_contrast_palette,
    over,
    readable,
)
from octanist_desktop.ui.form.lead_receipt import LeadReceipt, ReceiptState
from octanist_desktop.ui.history.model import HIGHLIGHT
from octanist_desktop.ui.message_colours import (
    error_colour,
    muted_css_colour,
    success_colour,
    warning_colour,
)
from octanist_desktop.ui.status_bar import StatusBar
from octanist_desktop.ui.status_icons import status_colour
from tests.test_visitor_screen import CONTEXT

WINDOW, BASE, TEXT = QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Text


def palettes() -> dict[str, QPalette]:
    return {
        "high contrast, white on black": high_contrast_palette(dark=True),
        "high contrast, black on white": high_contrast_palette(dark=False),
        "Fusion's own": QApplication.style().standardPalette(),
    }


PALETTE_NAMES = ["high contrast, white on black", "high contrast, black on white", "Fusion's own"]


@pytest.fixture(params=PALETTE_NAMES)
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> QPalette:
    return palettes()[request.param]


def css_colour(widget: QWidget) -> QColor:
    """The text colour a widget's style sheet sets."""
    found = re.search(r"color:\s*([^;}]+)", widget.styleSheet())
    assert found, f"no colour on {widget.objectName()}: {widget.styleSheet()!r}"
    text = found.group(1).strip()
    numbers = re.fullmatch(r"rgba?\(([^)]*)\)", text)
    if numbers:
        return QColor(*(int(float(n)) for n in numbers.group(1).split(",")[:3]))
    return QColor(text)


def assert_reads(colour: QColor, palette: QPalette, *, where: str) -> None:
    for role in (WINDOW, BASE):
        background = palette.color(role)
        ratio = contrast_ratio(colour, background)
        assert ratio >= TEXT_CONTRAST, (
            f"{where}: {colour.name()} on {background.name()} is {ratio:.2f}:1"
        )


def test_the_contrast_sums_match_wcag_and_can_fail() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    grey = QColor("#999999")
    assert contrast_ratio(grey, QColor("white")) < TEXT_CONTRAST  # 2.85:1
    fixed = readable(grey, high_contrast_palette(dark=False))
    assert contrast_ratio(fixed, QColor("white")) >= TEXT_CONTRAST


def test_message_colours_read_on_the_palette(palette: QPalette) -> None:
    for name, pick in (
        ("error", error_colour),
        ("warning", warning_colour),
        ("success", success_colour),
    ):
        assert_reads(QColor(pick(palette)), palette, where=name)
    muted = QLabel()
    muted.setStyleSheet(f"color: {muted_css_colour(palette)};")
    assert_reads(css_colour(muted), palette, where="muted")


def test_the_status_bar_reads_in_every_state(qtbot: QtBot, palette: QPalette) -> None:
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.setPalette(palette)
    bar.show()
    for state in ConnectionState:
        bar.show_connection(state, "")
        assert_reads(css_colour(bar.connection_label), palette, where=state.value)


def test_the_receipt_reads_in_every_state(qtbot: QtBot, palette: QPalette) -> None:
    receipt = LeadReceipt()
    qtbot.addWidget(receipt)
    receipt.setPalette(palette)
    receipt.show_saved(1, "Ada")
    label = receipt.findChild(QLabel, "leadReceiptText")
    assert label is not None
    for state in ReceiptState:
        receipt.show_state(state, "Invalid email")
        assert_reads(css_colour(label), palette, where=state.name)


@pytest.fixture
def restored_palette(qapp: QApplication) -> Iterator[None]:
    palette, style, sheet = qapp.palette(), qapp.style().name(), qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.mark.usefixtures("restored_palette")
def test_the_visitor_screen_reads(qtbot: QtBot, qapp: QApplication, palette: QPalette) -> None:
    qapp.setPalette(palette)  # the system's, before the screen is built, as at a booth
    screen = VisitorScreen(CONTEXT)
    qtbot.addWidget(screen)
    screen.show()
    screen.submit()  # nothing filled in: the banner says what is missing
    banner = screen.findChild(QLabel, "visitorError")
    assert banner is not None
    assert banner.isVisible()
    assert_reads(css_colour(banner), palette, where="visitor error")
    # A chosen answer: the highlighted text on the answer's "checked" background.
    answers = screen.findChild(AnswerButtons)
    assert answers is not None
    checked = re.search(r":checked\s*{\s*background:\s*(#[0-9a-f]{6})", answers.styleSheet())
    assert checked is not None
    chosen = contrast_ratio(
        palette.color(QPalette.ColorRole.HighlightedText), QColor(checked.group(1))
    )
    assert chosen >= TEXT_CONTRAST


def test_a_highlighted_history_cell_keeps_its_text_readable(palette: QPalette) -> None:
    seen = over(HIGHLIGHT, palette.color(BASE))
    assert contrast_ratio(palette.color(TEXT), seen) >= TEXT_CONTRAST
    # ... and the highlight is there to see at all (not a colour lost on the base).
    assert seen != palette.color(BASE)


@pytest.mark.parametrize("status", list(LeadStatus))
def test_status_icons_show_their_mark_and_stand_out_on_white_and_black(
    status: LeadStatus,
) -> None:
    circle = status_colour(status)
    assert contrast_ratio(QColor("white"), circle) >= GRAPHIC_CONTRAST  # the white glyph
    for table in ("white", "black"):
        assert contrast_ratio(circle, QColor(table)) >= GRAPHIC_CONTRAST, table


def test_the_focus_ring_stands_out(palette: QPalette) -> None:
    from octanist_desktop.ui.focus_ring import FocusRingStyle  # noqa: F401  (draws with this)

    ring = readable(palette.color(QPalette.ColorRole.Highlight), palette, minimum=3.0)
    assert contrast_ratio(ring, palette.color(WINDOW)) >= GRAPHIC_CONTRAST


@pytest.mark.usefixtures("restored_palette")
def test_the_palette_can_be_chosen_at_start(qapp: QApplication) -> None:
    assert contrast.apply_palette_from_env(qapp, {}) == ""
    assert qapp.styleSheet() == ""  # Fusion's own palette is not high contrast: left alone
    chosen = contrast.apply_palette_from_env(qapp, {"OCTANIST_PALETTE": "high-contrast-dark"})
    assert chosen == "high-contrast-dark"
    assert qapp.palette().color(WINDOW) == QColor("black")
    assert qapp.palette().color(QPalette.ColorRole.WindowText) == QColor("white")
    label = QLabel("x")
    assert label.palette().color(WINDOW) == QColor("black")  # new widgets get it
    # Fusion's edges are the window colour darkened: drawn in the text colour instead.
    assert contrast.HIGH_CONTRAST_EDGES in qapp.styleSheet()


@pytest.mark.usefixtures("restored_palette")
def test_an_unticked_box_is_seen_on_black(qtbot: QtBot, qapp: QApplication) -> None:
    contrast.apply_palette_from_env(qapp, {"OCTANIST_PALETTE": "high-contrast-dark"})
    box = QCheckBox()
    qtbot.addWidget(box)
    box.resize(30, 30)
    image = box.grab().toImage()
    lit = {
        image.pixelColor(x, y).lightness() > 200
        for x in range(image.width())
        for y in range(image.height())
    }
    assert True in lit  # its edge, in white; in plain Fusion it is black on black
