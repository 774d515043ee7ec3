"""Editing what booth visitors agree to: plain sentences, each ticking Consent Mode flags.

Part of the presets dialog. Staff write (or start from the English, Dutch
or German default) an introduction and up to six sentences, and tick for each
which of Google's four Consent Mode flags it grants. Visitors only ever see
the sentences; the flags are the staff's business.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.consent import (
    DEFAULT_CONSENT,
    MAX_STATEMENTS,
    ConsentStatement,
    ConsentText,
)
from octanist_desktop.core.fields import CONSENT_KEYS, FIELD_BY_KEY
from octanist_desktop.ui.form.compact_text_edit import CompactPlainTextEdit
from octanist_desktop.ui.words import translated


class ConsentEditor(QWidget):
    """The introduction, and one row per sentence: its words and the flags it grants.

    Signals:
        changed(): the wording or a flag was edited (``consent()`` has it).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentEditor")
        self._language = ""
        self._loading = False
        self.intro_edit = CompactPlainTextEdit(self, lines=2)
        self.intro_edit.setObjectName("consentIntroEdit")
        self.intro_edit.setTabChangesFocus(True)
        self.intro_edit.setPlaceholderText(self.tr("What visitors read before the boxes"))
        self.intro_edit.setAccessibleName(self.tr("Consent introduction"))
        self.intro_edit.setAccessibleDescription(self.tr("What visitors read before the boxes"))
        self.intro_edit.textChanged.connect(self._on_edited)
        self.sentence_edits: list[QLineEdit] = []
        self.flag_boxes: list[dict[str, QCheckBox]] = []
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Sentence a visitor can tick"), self), 0, 0)
        for column, key in enumerate(CONSENT_KEYS, start=1):
            header = QLabel(translated(FIELD_BY_KEY[key].label), self)
            header.setToolTip(translated(FIELD_BY_KEY[key].help))
            grid.addWidget(header, 0, column)
        for row in range(1, MAX_STATEMENTS + 1):
            edit = QLineEdit(self)
            edit.setObjectName(f"consentSentence_{row}")
            edit.setPlaceholderText(self.tr("(not used)"))
            edit.setAccessibleName(self.tr("Consent sentence {row}").format(row=row))
            edit.setAccessibleDescription(
                self.tr("A sentence a visitor can tick; leave it empty to not use it")
            )
            edit.textEdited.connect(self._on_edited)
            edit.textEdited.connect(edit.setToolTip)
            grid.addWidget(edit, row, 0)
            boxes: dict[str, QCheckBox] = {}
            for column, key in enumerate(CONSENT_KEYS, start=1):
                box = QCheckBox(self)
                box.setObjectName(f"consentFlag_{row}_{key}")
                box.setAccessibleName(
                    self.tr("Sentence {row} grants {flag}").format(
                        row=row, flag=translated(FIELD_BY_KEY[key].label)
                    )
                )
                box.setAccessibleDescription(translated(FIELD_BY_KEY[key].help))
                box.toggled.connect(self._on_edited)
                grid.addWidget(box, row, column)
                boxes[key] = box
            self.sentence_edits.append(edit)
            self.flag_boxes.append(boxes)
        grid.setColumnStretch(0, 1)

        self.english_button = QPushButton(self.tr("Start from the English default"), self)
        self.dutch_button = QPushButton(self.tr("Start from the Dutch default"), self)
        self.german_button = QPushButton(self.tr("Start from the German default"), self)
        for button, language in (
            (self.english_button, "en"),
            (self.dutch_button, "nl"),
            (self.german_button, "de"),
        ):
            button.setAutoDefault(False)
            button.setAccessibleDescription(
                self.tr("Replaces the wording above with the app's reviewed default text")
            )
            button.clicked.connect(lambda _=False, code=language: self.use_default(code))
        defaults = QHBoxLayout()
        defaults.addWidget(self.english_button)
        defaults.addWidget(self.dutch_button)
        defaults.addWidget(self.german_button)
        defaults.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Introduction:"), self))
        layout.addWidget(self.intro_edit)
        layout.addLayout(grid)
        layout.addLayout(defaults)

    def tab_stops(self) -> list[QWidget]:
        """Its controls in reading order: the introduction, each sentence and its boxes,
        the default wordings."""
        rows = [
            widget
            for edit, boxes in zip(self.sentence_edits, self.flag_boxes, strict=True)
            for widget in (edit, *boxes.values())
        ]
        return [
            self.intro_edit,
            *rows,
            self.english_button,
            self.dutch_button,
            self.german_button,
        ]

    def set_consent(self, consent: ConsentText) -> None:
        """Show ``consent`` for editing (without ``changed``)."""
        self._loading = True
        try:
            self._language = consent.language
            self.intro_edit.setPlainText(consent.intro)
            statements = list(consent.statements)[:MAX_STATEMENTS]
            for row, (edit, boxes) in enumerate(
                zip(self.sentence_edits, self.flag_boxes, strict=True)
            ):
                statement = statements[row] if row < len(statements) else None
                edit.setText(statement.text if statement is not None else "")
                # A sentence wider than its box shows its start, not its end; the
                # tooltip has all of it.
                edit.setCursorPosition(0)
                edit.setToolTip(edit.text())
                for key, box in boxes.items():
                    box.setChecked(statement is not None and key in statement.flags)
        finally:
            self._loading = False

    def consent(self) -> ConsentText:
        """The wording as edited: rows with neither words nor flags are left out."""
        statements = []
        for edit, boxes in zip(self.sentence_edits, self.flag_boxes, strict=True):
            flags = tuple(key for key, box in boxes.items() if box.isChecked())
            if edit.text().strip() or flags:
                statements.append(ConsentStatement(edit.text().strip(), flags))
        return ConsentText(self.intro_edit.toPlainText().strip(), tuple(statements), self._language)

    def use_default(self, language: str) -> None:
        """Replace the wording with the default in ``language`` ("en", "nl" or "de")."""
        self.set_consent(DEFAULT_CONSENT[language])
        self.changed.emit()

    def _on_edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()
