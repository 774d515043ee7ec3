"""The "Custom data" editor: plain text or JSON, highlighted and checked as you type."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontInfo,
    QPalette,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.custom_json import IN_CUSTOM_DATA, CustomParse, parse_custom
from octanist_desktop.core.fields import FIELD_BY_KEY
from octanist_desktop.core.words import QT_TRANSLATE_NOOP, Words
from octanist_desktop.ui.actions import FORMAT_JSON, key_sequences
from octanist_desktop.ui.form.compact_text_edit import CompactPlainTextEdit
from octanist_desktop.ui.message_colours import error_colour, is_dark, muted_css_colour
from octanist_desktop.ui.words import translated

_FIELD = FIELD_BY_KEY["custom"]

PLAIN_TEXT_STATUS = QT_TRANSLATE_NOOP("JsonEditor", "Plain text — sent as a string")
_VALID_ARRAY = QT_TRANSLATE_NOOP("JsonEditor", "Valid JSON array")
_VALID_OBJECT = QT_TRANSLATE_NOOP("JsonEditor", "Valid JSON object")
_NOT_VALID = QT_TRANSLATE_NOOP("JsonEditor", "This is not valid JSON.")
FORMAT_SHORTCUT = str(FORMAT_JSON.shortcuts[0])

# (light palette, dark palette) per token: mid-tones that keep contrast on
# either background; which column is used follows the editor's base colour.
_TOKEN_COLOURS: dict[str, tuple[str, str]] = {
    "key": ("#1d5bb8", "#8ab4f8"),
    "string": ("#2e7d32", "#a5d6a7"),
    "number": ("#b4530a", "#ffb870"),
    "literal": ("#8e24aa", "#d7a4e6"),
    "punctuation": ("#666666", "#a0a0a0"),
}

# Order matters: a key is a string followed by a colon and must win over the
# plain string rule; later rules never paint over earlier matches.
_TOKEN_PATTERNS: tuple[tuple[str, str], ...] = (
    ("key", r'"(?:[^"\\]|\\.)*"(?=\s*:)'),
    ("string", r'"(?:[^"\\]|\\.)*"?'),
    ("number", r"-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b"),
    ("literal", r"\b(?:true|false|null)\b"),
    ("punctuation", r"[{}\[\]:,]"),
)


# Families that are fixed pitch wherever they exist, tried in this order when
# the system's fixed font is not: fontconfig's "monospace" can resolve to a
# font Qt doesn't report as fixed pitch (Noto Sans Mono, or Droid Sans
# Fallback, once ImageMagick's dependencies are installed on Debian).
KNOWN_FIXED_FAMILIES: tuple[str, ...] = (
    "DejaVu Sans Mono",  # fonts-dejavu-core: on every Debian/Ubuntu desktop
    "Liberation Mono",
    "Noto Mono",
    "Ubuntu Mono",
    "Cascadia Mono",  # Windows 11
    "Consolas",  # Windows
    "Menlo",  # macOS
    "Courier New",
)


def fixed_pitch_font() -> QFont:
    """A font that Qt confirms is fixed pitch, at the system's fixed-font size where it can.

    The system's fixed font first; if Qt doesn't resolve that to a fixed-pitch
    face, the first of ``KNOWN_FIXED_FAMILIES`` that is installed and is;
    failing both, the system font with a monospace style hint (the best left
    to ask for on a machine with no fixed-pitch font at all).
    """
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if QFontInfo(system).fixedPitch():
        return system
    for family in KNOWN_FIXED_FAMILIES:
        if not QFontDatabase.hasFamily(family):
            continue
        candidate = QFont(system)
        candidate.setFamilies([family])
        if QFontInfo(candidate).fixedPitch():
            return candidate
    hinted = QFont(system)
    hinted.setStyleHint(QFont.StyleHint.Monospace)
    hinted.setFixedPitch(True)
    return hinted


def looks_like_json(text: str) -> bool:
    """Whether the text will be read as JSON (it starts with ``{`` or ``[``)."""
    return text.lstrip().startswith(("{", "["))


class JsonHighlighter(QSyntaxHighlighter):
    """Colours JSON keys, strings, numbers, literals and punctuation, one line at a time.

    JSON strings cannot span lines, so no state is carried between blocks.
    Off while the text is plain prose, so "call back at 10" stays uncoloured.
    """

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._enabled = False
        self._rules = [(QRegularExpression(pattern), part) for part, pattern in _TOKEN_PATTERNS]
        self._formats: dict[str, QTextCharFormat] = {}
        self.set_palette(palette)

    def formats(self) -> dict[str, QTextCharFormat]:
        """The character format used for each token kind, by name."""
        return dict(self._formats)

    def set_palette(self, palette: QPalette) -> None:
        """Choose token colours that read well on this palette's background."""
        column = 1 if is_dark(palette) else 0
        self._formats = {}
        for part, colours in _TOKEN_COLOURS.items():
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colours[column]))
            if part == "key":
                fmt.setFontWeight(QFont.Weight.Bold)
            self._formats[part] = fmt
        self.rehighlight()

    def set_enabled(self, enabled: bool) -> None:
        """Highlight only when the text is JSON; re-colours the document on a change."""
        if enabled != self._enabled:
            self._enabled = enabled
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        """Qt calls this per changed line; paint each token once, first rule wins."""
        if not self._enabled:
            return
        painted = [False] * len(text)
        for regex, part in self._rules:
            matches = regex.globalMatch(text)
            while matches.hasNext():
                match = matches.next()
                start, length = match.capturedStart(), match.capturedLength()
                if length == 0 or any(painted[start : start + length]):
                    continue
                self.setFormat(start, length, self._formats[part])
                painted[start : start + length] = [True] * length


class CustomDataEditor(QWidget):
    """A monospace editor for the lead's custom data, with a live verdict and a Format button.

    The status line says how the text will be sent ("Valid JSON object",
    "Plain text — sent as a string") or where the JSON breaks ("Error at
    line 3, column 5: …"). Tab leaves the editor, so the keyboard flow
    through the form is never trapped.

    Signals:
        textChanged(): the text changed, by typing or by ``setText``.
    """

    textChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customDataEditor")

        self._editor = CompactPlainTextEdit(self, lines=5)
        self._editor.setObjectName(_FIELD.key)
        self._editor.setAccessibleName(translated(_FIELD.label))
        self._editor.setAccessibleDescription(translated(_FIELD.help))
        self._editor.setPlaceholderText(translated(_FIELD.help))
        self._editor.setToolTip(translated(_FIELD.help))
        self._editor.setTabChangesFocus(True)
        self._editor.setFont(fixed_pitch_font())
        self._editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFocusProxy(self._editor)

        self._highlighter = JsonHighlighter(self._editor.document(), self._editor.palette())

        self._status = QLabel(self)
        self._status.setObjectName("customDataStatus")
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setWordWrap(True)
        self._status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self._format_button = QPushButton(self.tr("Format"), self)
        self._format_button.setObjectName("customDataFormat")
        # Typing flows Custom → Website; the button would be a dead stop in the
        # tab chain, so it is reached by mouse or by its shortcut instead.
        self._format_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._format_button.setToolTip(
            self.tr("Pretty-print the JSON with 2-space indents ({shortcut})").format(
                shortcut=FORMAT_SHORTCUT
            )
        )
        self._format_button.setAccessibleName(self.tr("Format custom data as JSON"))
        self._format_button.clicked.connect(self.format_json)
        for sequence in key_sequences(FORMAT_JSON):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(FORMAT_JSON.context)
            shortcut.activated.connect(self.format_json)

        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self._status, 1)
        footer.addWidget(self._format_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._editor, 1)
        layout.addLayout(footer)

        self._parse = parse_custom("")
        self._editor.textChanged.connect(self.on_editor_textChanged)
        self._refresh()

    # -- public API ---------------------------------------------------------

    def text(self) -> str:
        """The text exactly as typed."""
        return self._editor.toPlainText()

    def setText(self, text: str) -> None:
        """Replace the whole text (not undoable: this is a new lead, not an edit)."""
        self._editor.setPlainText(text)

    def clear(self) -> None:
        """Empty the editor."""
        self._editor.clear()

    def editor(self) -> QPlainTextEdit:
        """The text edit itself: the widget that takes focus and keystrokes."""
        return self._editor

    def highlighter(self) -> JsonHighlighter:
        """The syntax highlighter attached to the editor's document."""
        return self._highlighter

    def format_button(self) -> QPushButton:
        """The "Format" button."""
        return self._format_button

    def status_text(self) -> str:
        """What the status line says right now ("" when the editor is empty)."""
        return self._status.text()

    def parse(self) -> CustomParse:
        """How the current text reads: empty, plain text, JSON, or an error with a position."""
        return self._parse

    def has_error(self) -> bool:
        """Whether the text looks like JSON but does not parse."""
        return self._parse.kind == "error"

    def format_json(self) -> bool:
        """Pretty-print valid JSON with 2-space indents; returns whether it did.

        Invalid JSON and plain text are left exactly as they are; for broken
        JSON the cursor moves to the error so the user can fix it there.
        The change goes through the undo stack, so Ctrl+Z brings the old text back.
        """
        parse = parse_custom(self.text())
        if parse.kind != "json":
            if parse.kind == "error":
                self.go_to_error()
            return False
        pretty = json.dumps(parse.value, indent=2, ensure_ascii=False)
        if pretty != self.text():
            cursor = QTextCursor(self._editor.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(pretty)
        return True

    def go_to_error(self) -> None:
        """Put the cursor where the JSON error is, if the error has a position."""
        parse = self._parse
        if parse.kind != "error" or parse.line is None or parse.column is None:
            return
        block = self._editor.document().findBlockByNumber(parse.line - 1)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        column = min(max(parse.column - 1, 0), block.length() - 1)
        cursor.movePosition(
            QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor, column
        )
        self._editor.setTextCursor(cursor)
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- slots and events ---------------------------------------------------

    def on_editor_textChanged(self) -> None:
        """Re-read the text, update the verdict and the highlighting, tell listeners."""
        self._refresh()
        self.textChanged.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a light/dark palette switch with matching token colours."""
        if event.type() == QEvent.Type.PaletteChange:
            # The text edit inherits this palette but hears of it after us.
            self._highlighter.set_palette(self.palette())
            self._apply_status_style()
        super().changeEvent(event)

    # -- internals ----------------------------------------------------------

    def _refresh(self) -> None:
        text = self.text()
        self._parse = parse_custom(text)
        self._highlighter.set_enabled(looks_like_json(text))
        self._status.setText(status_message(self._parse))
        self._format_button.setEnabled(self._parse.kind in ("json", "error"))
        self._apply_status_style()

    def _apply_status_style(self) -> None:
        if self._parse.kind == "error":
            colour = error_colour(self.palette())
        else:
            colour = muted_css_colour(self.palette())
        self._status.setStyleSheet(f"color: {colour};")


def status_message(parse: CustomParse) -> str:
    """The one-line verdict for the status label."""
    if parse.kind == "empty":
        return ""
    if parse.kind == "text":
        return translated(PLAIN_TEXT_STATUS)
    if parse.kind == "json":
        return translated(_VALID_ARRAY if isinstance(parse.value, list) else _VALID_OBJECT)
    detail = parse.error or _NOT_VALID
    # parse_custom's sentence starts with the field's name; the status line
    # sits right under the editor, so it says only what is wrong and where.
    prefix = f"{_FIELD.label}: "
    if isinstance(detail, Words) and detail.template == IN_CUSTOM_DATA.template:
        problem = detail.values.get("problem")
        detail = translated(problem if isinstance(problem, str) else str(detail))
    elif detail.startswith(prefix):
        detail = detail[len(prefix) :]
    else:
        detail = translated(detail)
    return f"{detail[:1].upper()}{detail[1:]}"
