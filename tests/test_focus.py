"""Tab walks every screen in reading order, and the focused control is plain to see."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui import focus_ring
from octanist_desktop.ui.booth.visitor_screen import VisitorScreen
from octanist_desktop.ui.main_window import MainWindow
from tests.accessibility import spoken_name
from tests.test_accessible_names import DIALOGS
from tests.test_visitor_screen import CONTEXT


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def name_of(widget: QWidget) -> str:
    return spoken_name(widget).split(" | ")[0]


def tab_round(qtbot: QtBot, limit: int = 60) -> list[str]:
    """Press Tab from the focused control until focus comes back to it: the names visited."""
    start = QApplication.focusWidget()
    assert start is not None
    visited = [name_of(start)]
    for _ in range(limit):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            return visited
        visited.append(name_of(QApplication.focusWidget()))
    raise AssertionError(f"Tab never came back round: {visited}")


# -- order -----------------------------------------------------------------------------

ORDERS = {
    "pin setup": ["New PIN:", "Repeat PIN:", "OK", "Cancel"],
    "event settings": [
        "Staff member:",
        "Captured via:",
        "Empty an idle form after:",
        "Show “Thank you” for:",
        "Consent introduction:",
        "New PIN:",
        "Repeat PIN:",
        "Scanner keys at most:",
        "Scanner prefix:",
        "Scanner suffix:",
        "Save",
        "Cancel",
    ],
    "staff answers": [
        "Waiting visitors",
        "How warm is this lead?",
        "Delete…",
        "Send with these answers",
        "Send all as they are",
        "Close",
    ],
}


@pytest.mark.parametrize("name", list(ORDERS))
def test_tab_reads_a_dialog_top_to_bottom(qtbot: QtBot, data_dir: Path, name: str) -> None:
    dialog = DIALOGS[name](data_dir)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    QApplication.focusWidget().focusNextPrevChild(False)  # type: ignore[union-attr]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # from the last, round to the first
    assert tab_round(qtbot) == ORDERS[name]


def test_the_preset_editor_reads_its_left_column_before_the_right(
    qtbot: QtBot, data_dir: Path
) -> None:
    dialog = DIALOGS["presets and the consent editor"](data_dir)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.preset_list.setFocus()  # type: ignore[attr-defined]
    order = tab_round(qtbot)
    assert order[:5] == ["Events", "New", "Duplicate", "Delete", "Event"]
    assert order.index("Move question down") < order.index("Question text:")
    assert order[-2:] == ["Save", "Cancel"]


def test_the_visitor_goes_from_name_to_send_and_round(qtbot: QtBot) -> None:
    screen = VisitorScreen(CONTEXT)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    show_active(qtbot, screen)
    screen.focus_first()
    order = tab_round(qtbot)
    assert order[:4] == [
        "Your name",
        "Your email address",
        "Your phone number",
        "Anything you would like us to know?",
    ]
    assert order[-1] == "Send my details"
    assert order.index("What interests you? Software") < order.index(
        "Yes, you may use my visit to measure and improve your advertising."
    )


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    conn = open_database(data_dir)
    outbox = Outbox(conn)
    outbox.enqueue({"name": "Ada", "email": "ada@example.com"})
    main = MainWindow(outbox=outbox, history=History(conn))
    qtbot.addWidget(main)
    main.resize(1280, 720)
    show_active(qtbot, main)
    yield main
    conn.close()


def test_tab_goes_round_history_and_leaves_the_table(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab(1)
    qtbot.waitUntil(window.history_view.isVisible)
    window.history_view.search.setFocus()
    order = tab_round(qtbot)
    # Arrows move within the table; Tab goes on to the card and the buttons.
    assert order[:3] == ["Search leads", "Show leads", "Leads"]
    assert order.index("Lead card") == 3
    assert order[-1] == "New lead"  # the tabs, then round to Search


# -- visibility --------------------------------------------------------------------------


@pytest.fixture
def ringed(qapp: QApplication) -> Iterator[focus_ring.FocusRing]:
    """The app's focus ring, as ``app.run`` installs it; the plain style again after."""
    before = qapp.style().name()
    ring = focus_ring.install(qapp)
    yield ring
    qapp.focusChanged.disconnect(ring.on_app_focusChanged)
    qapp.setStyle(before)


def _pixels(image: QImage) -> bytes:
    return bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits())


def changed_pixels(window: QWidget, area: QRect, before: QImage) -> int:
    after = _pixels(window.grab(area).toImage())
    old = _pixels(before)
    return sum(
        1 for i in range(0, min(len(old), len(after)), 4) if old[i : i + 4] != after[i : i + 4]
    )


def assert_focus_is_visible_all_round(qtbot: QtBot, window: QWidget, stops: int) -> list[str]:
    """Tab ``stops`` times; each control must look different while it has the focus.

    The area around the control (where a ring is drawn) is grabbed from the
    window while focused and again once Tab has moved on; at least half a ring's
    worth of pixels must change. A caret alone (a line edit's) is far fewer.
    """
    flash = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(0)  # a steady caret: no blink counted
    try:
        return _walk_and_compare(qtbot, window, stops)
    finally:
        QApplication.setCursorFlashTime(flash)


def _walk_and_compare(qtbot: QtBot, window: QWidget, stops: int) -> list[str]:
    unseen = []
    for _ in range(stops):
        widget = QApplication.focusWidget()
        assert widget is not None
        QApplication.processEvents()
        top_left = widget.mapTo(window, widget.rect().topLeft())
        margin = focus_ring.MARGIN_PX
        area = QRect(top_left, widget.size()).adjusted(-margin, -margin, margin, margin)
        area = area.intersected(window.rect())
        assert not area.isEmpty(), f"{name_of(widget)} has the focus but is not on screen"
        focused = window.grab(area).toImage()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is widget:
            break
        changed = changed_pixels(window, area, focused)
        if changed < widget.width() + widget.height():
            unseen.append(f"{name_of(widget)} ({changed} px)")
    return unseen


def test_the_focused_control_is_ringed_on_the_form_and_the_receipt(
    qtbot: QtBot, ringed: focus_ring.FocusRing, window: MainWindow
) -> None:
    window.receipt.show_saved(1, "Ada")
    window.form.input_widget("name").setFocus()
    assert ringed.ringed() is window.form.input_widget("name")
    assert assert_focus_is_visible_all_round(qtbot, window, 40) == []


def test_the_visitor_sees_where_the_keys_go(qtbot: QtBot, ringed: focus_ring.FocusRing) -> None:
    screen = VisitorScreen(CONTEXT)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    show_active(qtbot, screen)
    screen.focus_first()
    assert assert_focus_is_visible_all_round(qtbot, screen, 12) == []


@pytest.mark.parametrize(
    "name",
    [
        "settings",
        "outcome",
        "presets and the consent editor",
        "event settings",
        "staff answers",
        "pin prompt",
        "start-up problem",
    ],
)
def test_a_dialog_shows_its_focus(
    qtbot: QtBot, data_dir: Path, ringed: focus_ring.FocusRing, name: str
) -> None:
    dialog = DIALOGS[name](data_dir)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert assert_focus_is_visible_all_round(qtbot, dialog, 25) == []


def test_history_shows_its_focus(
    qtbot: QtBot, ringed: focus_ring.FocusRing, window: MainWindow
) -> None:
    window.show_tab(1)
    qtbot.waitUntil(window.history_view.isVisible)
    window.history_view.search.setFocus()
    assert assert_focus_is_visible_all_round(qtbot, window, 10) == []


def test_without_the_ring_fusion_hides_a_focused_button(qtbot: QtBot, window: MainWindow) -> None:
    # Why the ring exists, and proof the check can fail: plain Fusion draws no mark.
    if QApplication.style().name().lower() != "fusion":
        pytest.skip("a native style (Windows, macOS) may mark focus itself")
    window.receipt.show_saved(1, "Ada")
    window.receipt.edit_button.setFocus(Qt.FocusReason.TabFocusReason)
    unseen = assert_focus_is_visible_all_round(qtbot, window, 2)
    assert [name for name in unseen if name.startswith("Edit (")]
