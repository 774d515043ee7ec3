"""The custom-data editor: highlighting, live verdict, Format, and keyboard flow."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.ui.form.json_editor import PLAIN_TEXT_STATUS, CustomDataEditor
from tests.fresh_python import run_script


@pytest.fixture
def editor(qtbot: QtBot) -> CustomDataEditor:
    widget = CustomDataEditor()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def window(qtbot: QtBot) -> tuple[QWidget, CustomDataEditor, QLineEdit]:
    """An editor followed by a line edit in an active window, for focus tests."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    custom = CustomDataEditor(host)
    after = QLineEdit(host)
    after.setObjectName("after")
    layout.addWidget(custom)
    layout.addWidget(after)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    custom.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is custom.editor())
    return host, custom, after


def formats_by_text(editor: CustomDataEditor, block_number: int = 0) -> dict[str, QTextCharFormat]:
    """The highlighter's formats on one line, keyed by the text they cover."""
    block = editor.editor().document().findBlockByNumber(block_number)
    text = block.text()
    ranges = block.layout().formats()
    # Copies: the ranges' formats die with the list Qt handed out.
    return {text[r.start : r.start + r.length]: QTextCharFormat(r.format) for r in ranges}


def colour_of(fmt: QTextCharFormat) -> QColor:
    return fmt.foreground().color()


def test_editor_is_named_monospace_and_tab_leaves(editor: CustomDataEditor) -> None:
    text_edit = editor.editor()
    assert text_edit.objectName() == "custom"
    assert text_edit.accessibleName() == "Custom data"
    assert text_edit.tabChangesFocus()
    assert editor.focusProxy() is text_edit
    assert QFontInfo(text_edit.font()).fixedPitch()
    # What the user sees: JSON's columns line up.
    metrics = QFontMetrics(text_edit.font())
    assert metrics.horizontalAdvance("iiiiiiiiii") == metrics.horizontalAdvance("WWWWWWWWWW")
    # The button would be a dead stop between Custom and Website.
    assert editor.format_button().focusPolicy() == Qt.FocusPolicy.ClickFocus


# The fonts CI installs (scripts/install-system-deps: fonts-dejavu-core). The
# tests below give a fresh interpreter a fontconfig that sees only these, so
# they assert the same thing on any Linux machine, whatever else is installed.
DEJAVU_FILES = ("DejaVuSans.ttf", "DejaVuSansMono.ttf")

EDITOR_FONT_SCRIPT = """
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication
app = QApplication([])
from octanist_desktop.ui.form.json_editor import CustomDataEditor
editor = CustomDataEditor()
font = editor.editor().font()
info = QFontInfo(font)
print(info.family(), info.fixedPitch(), font.fixedPitch(), info.pointSize() > 0, sep="|")
"""


def find_dejavu(name: str) -> Path | None:
    for folder in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts")):
        found = next(folder.rglob(name), None) if folder.is_dir() else None
        if found is not None:
            return found
    return None


def editor_font_under(tmp_path: Path, fonts: tuple[str, ...], monospace: str) -> list[str]:
    """The editor's font in a fresh Qt that has only ``fonts`` and maps "monospace" as told."""
    if not sys.platform.startswith("linux"):
        pytest.skip("fontconfig decides the fixed font only on Linux")
    folder = tmp_path / "fonts"
    folder.mkdir()
    for name in fonts:
        source = find_dejavu(name)
        if source is None:
            pytest.skip(f"{name} is not installed (scripts/install-system-deps installs it)")
        shutil.copy(source, folder / name)
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><dir>{folder}</dir><cachedir>{tmp_path / 'cache'}</cachedir>"
        '<alias binding="strong"><family>monospace</family>'
        f"<prefer><family>{monospace}</family></prefer></alias></fontconfig>\n",
        encoding="utf-8",
    )
    result = run_script(EDITOR_FONT_SCRIPT, FONTCONFIG_FILE=str(config))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1].split("|")


def test_editor_is_fixed_pitch_when_monospace_means_a_proportional_font(tmp_path: Path) -> None:
    # The machine of issue 16: fontconfig's "monospace" resolves to a face
    # Qt doesn't call fixed pitch. The editor must still get one that is.
    family, fixed, _requested, sized = editor_font_under(
        tmp_path, DEJAVU_FILES, monospace="DejaVu Sans"
    )
    assert (family, fixed, sized) == ("DejaVu Sans Mono", "True", "True")


def test_editor_uses_the_system_fixed_font_when_it_is_fixed_pitch(tmp_path: Path) -> None:
    family, fixed, _requested, _sized = editor_font_under(
        tmp_path, DEJAVU_FILES, monospace="DejaVu Sans Mono"
    )
    assert (family, fixed) == ("DejaVu Sans Mono", "True")


def test_editor_asks_for_fixed_pitch_on_a_machine_without_one(tmp_path: Path) -> None:
    # No fixed-pitch font at all: the editor still comes up, asking for one.
    family, fixed, requested, _sized = editor_font_under(
        tmp_path, ("DejaVuSans.ttf",), monospace="DejaVu Sans"
    )
    assert (family, fixed, requested) == ("DejaVu Sans", "False", "True")


def test_highlighter_colours_each_kind_of_token(editor: CustomDataEditor) -> None:
    editor.setText('{"name": "Jo", "age": 42, "vip": true, "tags": null}')
    formats = formats_by_text(editor)
    colours = {
        part: fmt.foreground().color() for part, fmt in editor.highlighter().formats().items()
    }

    assert colour_of(formats['"name"']) == colours["key"]
    assert formats['"name"'].fontWeight() > 400
    assert colour_of(formats['"Jo"']) == colours["string"]
    assert colour_of(formats["42"]) == colours["number"]
    assert colour_of(formats["true"]) == colours["literal"]
    assert colour_of(formats["null"]) == colours["literal"]
    assert colour_of(formats["{"]) == colours["punctuation"]
    assert colour_of(formats[":"]) == colours["punctuation"]
    # Five token kinds, five distinguishable colours.
    assert len({c.name() for c in colours.values()}) == 5


def test_highlighting_follows_every_line_and_skips_plain_text(editor: CustomDataEditor) -> None:
    editor.setText('[\n  {"n": -1.5e3}\n]')
    assert "-1.5e3" in formats_by_text(editor, 1)

    editor.setText("Call back at 10, asked about pricing")
    assert formats_by_text(editor) == {}


def test_a_key_with_escaped_quote_is_one_token(editor: CustomDataEditor) -> None:
    editor.setText(r'{"say \"hi\"": "ok"}')
    colours = {
        part: fmt.foreground().color() for part, fmt in editor.highlighter().formats().items()
    }
    assert colour_of(formats_by_text(editor)[r'"say \"hi\""']) == colours["key"]


def test_token_colours_follow_a_dark_palette(editor: CustomDataEditor) -> None:
    light = editor.highlighter().formats()["string"].foreground().color()
    dark = QPalette(editor.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    editor.setPalette(dark)
    darker_bg = editor.highlighter().formats()["string"].foreground().color()
    assert darker_bg != light
    assert darker_bg.lightness() > light.lightness()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("", ""),
        ("   \n ", ""),
        ('{"a": 1}', "Valid JSON object"),
        ("[1, 2]", "Valid JSON array"),
        ("met at the booth", PLAIN_TEXT_STATUS),
        ('{\n  "a": 1\n  "b": 2\n}', "Missing comma at line 3, column 3, between two items."),
        ('{"a": NaN}', "NaN is not a JSON value; write it as text in quotes."),
    ],
)
def test_status_says_how_the_text_will_be_sent(
    editor: CustomDataEditor, text: str, status: str
) -> None:
    editor.setText(text)
    assert editor.status_text() == status
    assert editor.has_error() == status.endswith(".")


def test_status_updates_while_typing(qtbot: QtBot, editor: CustomDataEditor) -> None:
    with qtbot.waitSignal(editor.textChanged):
        qtbot.keyClicks(editor.editor(), '{"a": ')
    assert editor.status_text() == "A value is missing at line 1, column 6."
    qtbot.keyClicks(editor.editor(), "1}")
    assert editor.status_text() == "Valid JSON object"
    assert editor.text() == '{"a": 1}'


def test_format_pretty_prints_with_two_spaces_and_can_be_undone(
    qtbot: QtBot, editor: CustomDataEditor
) -> None:
    original = '{"b":[1,2],"a":{"ü":true}}'
    editor.setText(original)
    qtbot.mouseClick(editor.format_button(), Qt.MouseButton.LeftButton)
    expected = json.dumps({"b": [1, 2], "a": {"ü": True}}, indent=2, ensure_ascii=False)
    assert editor.text() == expected
    assert editor.text().splitlines()[1] == '  "b": ['
    assert editor.status_text() == "Valid JSON object"

    editor.editor().undo()
    assert editor.text() == original


def test_format_leaves_broken_json_alone_and_points_at_the_error(
    editor: CustomDataEditor,
) -> None:
    broken = '{\n  "a": 1\n  "b": 2\n}'
    editor.setText(broken)
    assert editor.format_json() is False
    assert editor.text() == broken
    assert "at line 3, column 3" in editor.status_text()
    cursor = editor.editor().textCursor()
    assert (cursor.blockNumber(), cursor.positionInBlock()) == (2, 2)


def test_format_leaves_plain_text_alone(editor: CustomDataEditor) -> None:
    editor.setText("  just words  ")
    assert not editor.format_button().isEnabled()
    assert editor.format_json() is False
    assert editor.text() == "  just words  "


def test_format_shortcut_works_from_the_keyboard(
    qtbot: QtBot, window: tuple[QWidget, CustomDataEditor, QLineEdit]
) -> None:
    _, custom, _ = window
    custom.setText("[1,2]")
    qtbot.keyClick(
        custom.editor(),
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert custom.text() == "[\n  1,\n  2\n]"


def test_tab_moves_focus_out_of_the_editor(
    qtbot: QtBot, window: tuple[QWidget, CustomDataEditor, QLineEdit]
) -> None:
    _, custom, after = window
    qtbot.keyClicks(custom.editor(), '{"a": 1}')
    qtbot.keyClick(custom.editor(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    assert custom.text() == '{"a": 1}'


def test_set_text_and_clear_emit_text_changed(qtbot: QtBot, editor: CustomDataEditor) -> None:
    with qtbot.waitSignal(editor.textChanged):
        editor.setText("x")
    with qtbot.waitSignal(editor.textChanged):
        editor.clear()
    assert editor.text() == ""
    assert editor.status_text() == ""
