"""A badge scanner's bursts of keystrokes, told apart from typing — with real key timing.

The scanner here is simulated key by key (tests/wedge_scanner.py) with a
few milliseconds between keys, a typist with nearly two hundred: the
filter judges the real time between the key events it sees.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.core.wedge_burst import (
    Burst,
    Keystroke,
    WedgeRules,
    caps_lock_inverted,
    clean_gap_ms,
    read_burst,
)
from octanist_desktop.ui.booth.wedge_filter import WedgeBurstFilter
from tests.wedge_scanner import press_keys, scan, type_slowly

# Generous for a busy test machine: the scanner types every 3 ms, the typist every 300.
RULES = WedgeRules(gap_ms=120)


class Page(QWidget):
    """Three kinds of field a scan may land in, and a filter watching them."""

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit(self)
        self.note = QPlainTextEdit(self)
        self.rating = QComboBox(self)
        self.rating.addItems(["—", "Medium", "Mild", "High"])
        self.consent = QCheckBox("Yes", self)
        self.scan_box = QLineEdit(self)
        layout = QVBoxLayout(self)
        for widget in (self.name, self.note, self.rating, self.consent, self.scan_box):
            layout.addWidget(widget)
        self.filter = WedgeBurstFilter(self, RULES)
        self.filter.add_scan_target(self.scan_box)
        self.scans: list[Burst] = []
        self.filter.scanned.connect(self.scans.append)


@pytest.fixture
def page(qtbot: QtBot) -> Page:
    widget = Page()
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.name.setFocus()
    qtbot.waitUntil(widget.name.hasFocus)
    return widget


def settle(qtbot: QtBot) -> None:
    """Let the silence that ends a burst pass."""
    qtbot.wait(RULES.gap_ms * 3)


def test_a_scanned_id_is_taken_out_of_the_field_it_landed_in(qtbot: QtBot, page: Page) -> None:
    type_slowly("Ann")
    scan("A1B2C3D4")
    settle(qtbot)
    assert page.name.text() == "Ann"
    assert page.scans == [Burst("A1B2C3D4")]
    assert page.name.cursorPosition() == 3


def test_typing_quickly_is_still_typing(qtbot: QtBot, page: Page) -> None:
    type_slowly("Marieke")
    settle(qtbot)
    assert page.name.text() == "Marieke"
    assert page.scans == []


def test_a_fast_burst_without_enter_is_typing_and_arrives_whole(qtbot: QtBot, page: Page) -> None:
    # A held-back burst that turns out not to be a scan is delivered after all, in order.
    press_keys("abcdefgh", gap_ms=3)
    settle(qtbot)
    assert page.name.text() == "abcdefgh"
    assert page.scans == []


def test_a_short_burst_ending_in_enter_is_not_a_badge(qtbot: QtBot, page: Page) -> None:
    press_keys("ok\n", gap_ms=3)
    settle(qtbot)
    assert page.name.text() == "ok"
    assert page.scans == []


def test_a_multi_line_code_is_one_scan_and_never_reaches_the_note(qtbot: QtBot, page: Page) -> None:
    page.note.setFocus()
    page.note.setPlainText("Met at the stand")
    card = "BEGIN:VCARD\nVERSION:3.0\nFN:Jan Jansen\nEND:VCARD"
    scan(card)
    settle(qtbot)
    assert page.note.toPlainText() == "Met at the stand"
    assert page.scans == [Burst(card)]


def test_a_scan_on_a_checkbox_or_a_list_changes_neither(qtbot: QtBot, page: Page) -> None:
    page.consent.setFocus()
    scan("M E C A R D")  # spaces would tick the box
    settle(qtbot)
    assert not page.consent.isChecked()
    page.rating.setFocus()
    scan("MILD-0042")  # letters pick list items by their first letter
    settle(qtbot)
    assert page.rating.currentIndex() == 0
    assert [s.text for s in page.scans] == ["M E C A R D", "MILD-0042"]


def test_caps_lock_inverted_scans_come_out_as_printed(qtbot: QtBot, page: Page) -> None:
    scan("MECARD:N:Smith,Ann;EMAIL:ann@example.com;;", caps_lock=True)
    settle(qtbot)
    assert page.scans == [Burst("MECARD:N:Smith,Ann;EMAIL:ann@example.com;;", caps_inverted=True)]


def test_a_scan_field_needs_no_enter(qtbot: QtBot, page: Page) -> None:
    page.scan_box.setFocus()
    scan("XJ-88812", enter=False)
    settle(qtbot)
    assert page.scans == [Burst("XJ-88812")]
    assert page.scan_box.text() == ""


def test_prefix_and_suffix_are_removed_and_required(qtbot: QtBot, page: Page) -> None:
    page.filter.set_rules(WedgeRules(gap_ms=120, prefix="]Q1", suffix="#"))
    scan("]Q1ABC12345#", enter=False)
    settle(qtbot)
    assert page.scans == [Burst("ABC12345")]
    # Without the prefix the scanner is set to send, it was typing.
    press_keys("ZZZZ9999\n", gap_ms=3)
    settle(qtbot)
    assert page.scans == [Burst("ABC12345")]


def test_disabled_filter_lets_everything_through(qtbot: QtBot, page: Page) -> None:
    page.filter.set_enabled(False)
    scan("A1B2C3D4")
    settle(qtbot)
    assert page.name.text() == "A1B2C3D4"
    assert page.scans == []


def test_keys_outside_the_scope_are_not_watched(qtbot: QtBot, page: Page) -> None:
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    other.setFocus()
    scan("A1B2C3D4")
    settle(qtbot)
    assert other.text() == "A1B2C3D4"
    assert page.scans == []


def test_a_filter_made_while_a_field_has_the_focus_watches_it_at_once(
    qtbot: QtBot, page: Page
) -> None:
    # The page's own filter is already watching Name; a second one for the same
    # page (a prompt opened over a focused field) must not wait for the focus to move.
    late = WedgeBurstFilter(page, RULES)
    late_scans: list[Burst] = []
    late.scanned.connect(late_scans.append)
    scan("A1B2C3D4")
    settle(qtbot)
    assert late_scans == [Burst("A1B2C3D4")]
    assert page.name.text() == ""


def test_the_watch_follows_the_focus_from_field_to_field(qtbot: QtBot, page: Page) -> None:
    type_slowly("Ann")
    page.note.setFocus()
    qtbot.waitUntil(page.note.hasFocus)
    scan("A1B2C3D4")
    settle(qtbot)
    page.name.setFocus()
    qtbot.waitUntil(page.name.hasFocus)
    scan("E5F6G7H8")
    settle(qtbot)
    assert page.scans == [Burst("A1B2C3D4"), Burst("E5F6G7H8")]
    assert page.note.toPlainText() == ""
    assert page.name.text() == "Ann"


# -- the rules, without Qt -----------------------------------------------------------


def strokes(text: str, gap: float = 0.005, *, shift_for: str = "") -> list[Keystroke]:
    return [Keystroke(c, i * gap, shift=c.isupper() or c in shift_for) for i, c in enumerate(text)]


def test_read_burst_wants_enter_length_and_prefix() -> None:
    rules = WedgeRules()
    assert read_burst(strokes("ABCD\n"), rules) == Burst("ABCD")
    assert read_burst(strokes("ABC\n"), rules) is None
    assert read_burst(strokes("ABCDEF"), rules) is None
    assert read_burst(strokes("ABCDEF"), rules, need_end=False) == Burst("ABCDEF")
    assert read_burst(strokes("\nABCD\n\n"), rules) == Burst("ABCD")
    with_suffix = WedgeRules(suffix="\t")
    assert read_burst(strokes("ABCD\t"), with_suffix) == Burst("ABCD")


def test_caps_lock_is_judged_by_shift_against_case() -> None:
    typed_with_caps = [Keystroke(c.swapcase(), 0.0, shift=c.isupper()) for c in "Ann Smith"]
    assert caps_lock_inverted(typed_with_caps)
    assert not caps_lock_inverted(strokes("Ann Smith"))
    assert not caps_lock_inverted(strokes("12345678"))


def test_stored_gap_settings_are_kept_sensible() -> None:
    assert clean_gap_ms(45) == 45
    assert clean_gap_ms(1) == 10
    assert clean_gap_ms(10_000) == 500
    assert clean_gap_ms("75") == 60  # text: the default
    assert clean_gap_ms(float("nan")) == 60
    assert clean_gap_ms(True) == 60
