"""Custom data without JSON: rows of "what" and "value", with the JSON text one toggle away.

A salesperson wants to write down "budget: 10k" and "decision: Q3", not type
braces and quotes. The rows are the default view of the Custom data field;
"Edit as text" shows the same data as JSON (or plain text), for those who
want it or for data rows can't show (a list, nested objects, plain text).
Both views edit one value: ``text()`` is always what ``validate()`` reads.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.custom_json import CustomParse, parse_custom

if TYPE_CHECKING:
    from octanist_desktop.ui.form.json_editor import CustomDataEditor

ROWS_PAGE, TEXT_PAGE = 0, 1


def rows_for(text: str) -> list[tuple[str, str]] | None:
    """The rows that show ``text``, or None when rows can't (a list, nesting, plain text, an error).

    Numbers, true/false and null are shown as typed in JSON (``40``, ``true``).
    """
    parsed = parse_custom(text)
    if parsed.kind == "empty":
        return []
    if parsed.kind != "json" or not isinstance(parsed.value, dict):
        return None
    rows: list[tuple[str, str]] = []
    for key, value in parsed.value.items():
        if isinstance(value, dict | list):
            return None
        rows.append((str(key), value if isinstance(value, str) else json.dumps(value)))
    return rows


def text_for(rows: list[tuple[str, str]], previous: dict[str, object] | None = None) -> str:
    """The JSON object the rows mean ("" for none); a value left as it was keeps its JSON type.

    A row with a value but no name is kept under "note", "note 2"…, so nothing typed is lost.
    """
    previous = previous or {}
    data: dict[str, object] = {}
    unnamed = 0
    for key, value in rows:
        name = key.strip()
        if not name and not value.strip():
            continue
        if not name:
            unnamed += 1
            name = "note" if unnamed == 1 else f"note {unnamed}"
        old = previous.get(name)
        if old is not None and not isinstance(old, str) and json.dumps(old) == value.strip():
            data[name] = old
        else:
            data[name] = value.strip()
    return json.dumps(data, ensure_ascii=False, indent=2) if data else ""


class CustomRows(QWidget):
    """Pairs of line edits, name and value, with an empty pair always last.

    Signals:
        rowsChanged(): a name or value changed, or a row was added.
        jsonStarted(str): "{" or "[" was typed into the empty rows: the user writes JSON.
    """

    rowsChanged = Signal()
    jsonStarted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customRows")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(1, 3)
        self._pairs: list[tuple[QLineEdit, QLineEdit]] = []
        self._loading = False
        self._add_pair()
        self._pairs[0][0].installEventFilter(self)

    def rows(self) -> list[tuple[str, str]]:
        """Every (name, value) pair, empty ones included, top to bottom."""
        return [(key.text(), value.text()) for key, value in self._pairs]

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        """Show ``rows`` (plus one empty pair to type the next into)."""
        self._loading = True
        try:
            while len(self._pairs) < len(rows) + 1:
                self._add_pair()
            while len(self._pairs) > max(len(rows) + 1, 1):
                self._remove_last_pair()
            for (key_edit, value_edit), (key, value) in zip(
                self._pairs, [*rows, ("", "")], strict=False
            ):
                key_edit.setText(key)
                value_edit.setText(value)
        finally:
            self._loading = False

    def first_input(self) -> QLineEdit:
        """Where the cursor goes when the field is entered."""
        return self._pairs[0][0]

    def inputs(self) -> list[QLineEdit]:
        """Every line edit, in Tab order (name, value, next name…)."""
        return [edit for pair in self._pairs for edit in pair]

    def last_input(self) -> QLineEdit:
        """The last line edit in Tab order."""
        return self._pairs[-1][1]

    def _add_pair(self) -> None:
        row = len(self._pairs)
        key = QLineEdit(self)
        key.setObjectName(f"customKey{row}")
        key.setPlaceholderText(self.tr("What, e.g. budget") if row == 0 else self.tr("What"))
        key.setAccessibleName(self.tr("Custom data name {row}").format(row=row + 1))
        value = QLineEdit(self)
        value.setObjectName(f"customValue{row}")
        value.setPlaceholderText(
            self.tr("Value, e.g. 10,000 EUR") if row == 0 else self.tr("Value")
        )
        value.setAccessibleName(self.tr("Custom data value {row}").format(row=row + 1))
        for edit in (key, value):
            edit.textChanged.connect(self.on_pair_textChanged)
        self._grid.addWidget(key, row, 0)
        self._grid.addWidget(value, row, 1)
        if self.isVisible():
            # A layout shows new children only on the next event-loop turn; the Tab
            # that follows the keystroke which added them must already find them.
            key.show()
            value.show()
        if self._pairs:
            QWidget.setTabOrder(self._pairs[-1][1], key)
        QWidget.setTabOrder(key, value)
        self._pairs.append((key, value))

    def _remove_last_pair(self) -> None:
        key, value = self._pairs.pop()
        for edit in (key, value):
            self._grid.removeWidget(edit)
            edit.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A "{" or "[" typed first into empty rows starts the JSON text instead."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text() in ("{", "[")
            and not any(key or value for key, value in self.rows())
        ):
            self.jsonStarted.emit(event.text())
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def on_pair_textChanged(self) -> None:
        """Typing into the last pair adds a fresh empty one below it."""
        if self._loading:
            return
        last_key, last_value = self._pairs[-1]
        if last_key.text() or last_value.text():
            self._add_pair()
        self.rowsChanged.emit()


class CustomDataField(QWidget):
    """The Custom data field: rows by default, the JSON/plain-text editor one toggle away.

    Offers the text editor's interface (``text``, ``setText``, ``parse``,
    ``has_error``, ``go_to_error``, ``editor``) so the form needs no other.
    The text view (``text_editor``) is made the first time it is needed:
    most leads never leave the rows, and the first window doesn't load it.

    Signals:
        textChanged(): the value changed, in either view.
        viewChanged(): rows ↔ text, or a row was added: the Tab chain changed.
    """

    textChanged = Signal()
    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customDataField")
        self.rows = CustomRows(self)
        self.rows.rowsChanged.connect(self.on_rows_rowsChanged)
        self.rows.jsonStarted.connect(self.on_rows_jsonStarted)
        self._text_editor: CustomDataEditor | None = None
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.rows)

        self.toggle = QPushButton(self.tr("Edit as text"), self)
        self.toggle.setObjectName("customDataToggle")
        self.toggle.setAutoDefault(False)
        self.toggle.setToolTip(self.tr("Switch between rows and the same data as JSON text"))
        self.toggle.clicked.connect(self.on_toggle_clicked)
        self.why = QLabel(self)
        self.why.setObjectName("customDataWhy")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.why.hide()

        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.why, 1)
        footer.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._stack, 1)
        layout.addLayout(footer)
        self._text = ""
        # What ``parse()`` said for which text, while there is no text view to ask.
        self._parsed: tuple[str, CustomParse] | None = None
        self._syncing = False
        self._row_inputs = len(self.rows.inputs())
        self._show_page(ROWS_PAGE)

    @property
    def text_editor(self) -> CustomDataEditor:
        """The JSON/plain-text view, made (holding the current value) on first use."""
        if self._text_editor is None:
            from octanist_desktop.ui.form.json_editor import CustomDataEditor

            editor = CustomDataEditor(self)
            # The field carries the key's name ("custom"); its JSON text view is "customText".
            editor.editor().setObjectName("customText")
            editor.setText(self._text)
            editor.textChanged.connect(self.on_text_editor_textChanged)
            # Hidden behind the rows until shown: only the shown page sets the height.
            editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            self._stack.addWidget(editor)
            self._text_editor = editor
        return self._text_editor

    # -- the text editor's interface ----------------------------------------------

    def text(self) -> str:
        """The value as ``validate()`` reads it (JSON text for rows)."""
        return self._text

    def setText(self, text: str) -> None:
        """Show ``text``: as rows when rows can show it, else in the text view."""
        rows = rows_for(text)
        self._syncing = True
        try:
            self._text = text
            if self._text_editor is not None:
                self._text_editor.setText(text)
            if rows is not None:
                self.rows.set_rows(rows)
        finally:
            self._syncing = False
        if rows is None and self.is_rows_view():
            self._show_page(TEXT_PAGE)
        self._note_row_count()
        self.textChanged.emit()

    def clear(self) -> None:
        """Empty the field and go back to rows."""
        self.setText("")
        self._show_page(ROWS_PAGE)

    def parse(self) -> CustomParse:
        """How the value reads (see ``CustomDataEditor.parse``)."""
        if self._text_editor is not None:
            return self._text_editor.parse()
        if self._parsed is None or self._parsed[0] != self._text:
            self._parsed = (self._text, parse_custom(self._text))
        return self._parsed[1]

    def has_error(self) -> bool:
        """Whether the text view holds JSON that doesn't parse."""
        return self.parse().kind == "error"

    def go_to_error(self) -> None:
        """Show the text view with the cursor at the JSON error."""
        self._show_page(TEXT_PAGE)
        self.text_editor.go_to_error()

    def editor(self) -> QWidget:
        """The widget that takes focus when the field is entered."""
        if self.is_rows_view():
            return self.rows.first_input()
        return self.text_editor.editor()

    def text_edit(self) -> QPlainTextEdit:
        """The JSON text editor's text edit."""
        return self.text_editor.editor()

    def tab_chain(self) -> list[QWidget]:
        """The field's controls in Tab order: rows (or the text), then the view toggle."""
        inputs: list[QWidget] = (
            list(self.rows.inputs()) if self.is_rows_view() else [self.text_editor.editor()]
        )
        return [*inputs, self.toggle]

    def is_rows_view(self) -> bool:
        """Whether the rows are shown (not the text)."""
        return self._stack.currentIndex() == ROWS_PAGE

    # -- slots --------------------------------------------------------------------

    @Slot()
    def on_toggle_clicked(self) -> None:
        """Switch views; rows only when they can show the data, else say why not."""
        if self.is_rows_view():
            self._show_page(TEXT_PAGE)
            self.text_editor.editor().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        rows = rows_for(self._text)
        if rows is None:
            self.why.setText(
                self.tr(
                    "Rows can show names with single values only; this is plain text, a list, "
                    "nested data or has a mistake, so it stays as text."
                )
            )
            self.why.show()
            return
        self._syncing = True
        try:
            self.rows.set_rows(rows)
        finally:
            self._syncing = False
        self._note_row_count()
        self._show_page(ROWS_PAGE)
        self.rows.first_input().setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def on_rows_jsonStarted(self, opener: str) -> None:
        """Typing JSON into the rows: go to the text view and carry on there."""
        self._show_page(TEXT_PAGE)
        edit = self.text_editor.editor()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(opener)
        edit.setTextCursor(cursor)

    @Slot()
    def on_rows_rowsChanged(self) -> None:
        """A row changed: the value is the rows' JSON object."""
        if self._syncing:
            return
        previous = self.parse()
        old = previous.value if isinstance(previous.value, dict) else None
        text = text_for(self.rows.rows(), old)
        self._note_row_count()
        if text != self._text:
            self._text = text
            if self._text_editor is not None:
                self._syncing = True
                try:
                    self._text_editor.setText(text)
                finally:
                    self._syncing = False
            self.textChanged.emit()

    @Slot()
    def on_text_editor_textChanged(self) -> None:
        """The text view changed: that is the value."""
        if self._syncing:
            return
        self._text = self.text_editor.text()
        self.textChanged.emit()

    def _note_row_count(self) -> None:
        if len(self.rows.inputs()) != self._row_inputs:
            self._row_inputs = len(self.rows.inputs())
            self.viewChanged.emit()

    def _show_page(self, page: int) -> None:
        if page == TEXT_PAGE:
            self.text_editor  # noqa: B018 - made the first time it is shown
        changed = page != self._stack.currentIndex()
        self._stack.setCurrentIndex(page)
        # A stack is as tall as its tallest page; the rows should take only their own height.
        for index, widget in enumerate((self.rows, self._text_editor)):
            if widget is None:
                continue
            tall = QSizePolicy.Policy.Preferred if index == page else QSizePolicy.Policy.Ignored
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, tall)
        self._stack.updateGeometry()
        # Whoever focuses the field (its label's Alt+letter, an error) lands in the view shown.
        self.setFocusProxy(self.editor())
        self.why.hide()
        if changed:
            self.viewChanged.emit()
        self.toggle.setText(
            self.tr("Edit as text") if page == ROWS_PAGE else self.tr("Edit as rows")
        )
