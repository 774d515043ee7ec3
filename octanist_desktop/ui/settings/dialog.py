"""The Settings dialog: API key (test, save, session-only), API URL, phone region, language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.key_words import ENVIRONMENT_NOTE, SANDBOX_NOTE, SESSION_NOTE
from octanist_desktop.core.phone_countries import phone_countries
from octanist_desktop.core.states import KeySource
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.secrets.keystore import (
    EMPTY_KEY_MESSAGE,
    ApiKeyStore,
    KeyStoreError,
)
from octanist_desktop.ui import language
from octanist_desktop.ui.message_colours import error_colour, muted_css_colour, success_colour
from octanist_desktop.ui.screen_reader import describe_dialog_buttons
from octanist_desktop.ui.settings.key_check import KeyCheck, KeySaver
from octanist_desktop.ui.text_fit import fit_to_text, wrap_label
from octanist_desktop.ui.words import translated

if TYPE_CHECKING:
    from octanist_desktop.net.client import OctanistClient

CHECKING_MESSAGE = QT_TRANSLATE_NOOP("SettingsDialog", "Checking…")
PASTE_FIRST_MESSAGE = QT_TRANSLATE_NOOP("SettingsDialog", "Paste your API key first.")
# The status bar's "Online" green.
# A save that answers quickly just closes the dialog; only a slow one says why it waits.
SAVING_NOTICE_DELAY_MS = 1000
SAVING_MESSAGE = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "Saving the key in the system keyring… If your desktop asks you to unlock the "
    "keyring, do so. If nothing happens, use the key for this session only.",
)


_SOURCE_NOTES = {
    KeySource.ENVIRONMENT: ENVIRONMENT_NOTE,
    KeySource.SESSION: SESSION_NOTE,
    KeySource.SANDBOX: SANDBOX_NOTE,
}


#: Room a line edit keeps around its hint (frame, text margins, the cursor).
_HINT_MARGIN = 24
#: The key field never makes Settings wider than a 1280 px screen comfortably holds.
_WIDEST_KEY_EDIT = 560


class SettingsDialog(QDialog):
    """Edits the API key and the default phone region.

    Enter saves, Esc cancels. Saving stores a changed key in the system
    keyring through its helper process, without waiting on it: a keyring
    behind an unlock prompt (or never answering) can't freeze the window. While it waits, and when
    it fails, the dialog offers to use the key for this session only. The
    dialog never reads the keyring itself: the caller passes the key it
    already loaded (without waiting on the keyring).

    Signals:
        keyChanged(str): the key to use from now on (saved or session-only).
        regionChanged(str): the new default phone region code, e.g. "NL".
        languageChanged(str): the language to speak from the next start ("nl";
            "" follows the system).
        leaveSandboxRequested(): sandbox only: the user wants to use a real key
            (the dialog closes; a changed region is announced first).
    """

    keyChanged = Signal(str)
    regionChanged = Signal(str)
    languageChanged = Signal(str)
    leaveSandboxRequested = Signal()

    def __init__(
        self,
        store: ApiKeyStore,
        client_factory: Callable[[str], OctanistClient],
        *,
        api_url: str,
        region: str,
        current_key: str | None = None,
        key_source: str | KeySource = KeySource.NONE,
        language_choice: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._store = store
        self._current_key = current_key or ""
        self._key_source = KeySource(key_source)
        self._region = region
        self._language = language_choice or ""
        self._key_check = KeyCheck(client_factory, self)
        self._key_check.finished.connect(self.on_key_check_finished)
        self._saver = KeySaver(store, self)
        self._saver.finished.connect(self.on_saver_finished)
        self._saving_notice = QTimer(self)
        self._saving_notice.setSingleShot(True)
        self._saving_notice.setInterval(SAVING_NOTICE_DELAY_MS)
        self._saving_notice.timeout.connect(self.on_saving_notice_timeout)

        self.key_edit = QLineEdit(self._current_key)
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("Paste the key from Octanist → Settings → API"))
        # Wide enough for its hint (where the key is found) in any language, within
        # reason: German cut it to "… → API einfüg…" at 320 px.
        hint = self.key_edit.fontMetrics().horizontalAdvance(self.key_edit.placeholderText())
        self.key_edit.setMinimumWidth(min(max(320, hint + _HINT_MARGIN), _WIDEST_KEY_EDIT))
        self.key_edit.setAccessibleDescription(
            self.tr("The key from Octanist, Settings, API; kept in this computer's keyring")
        )
        self.show_key = QCheckBox(self.tr("Sho&w"))
        self.show_key.setAccessibleName(self.tr("Show the API key"))
        self.show_key.setAccessibleDescription(
            self.tr(
                "Shows the key in plain text so you can check it; "
                "hide it again before sharing your screen"
            )
        )
        self.show_key.toggled.connect(self.on_show_key_toggled)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)

        # A width to wrap in: without one the form row is sized for a narrow
        # column and leaves blank lines above and below the note.
        self.source_note = wrap_label(QLabel())
        self.source_note.setText(translated(_SOURCE_NOTES.get(self._key_source, "")))
        self.source_note.setVisible(bool(self.source_note.text()))
        self.leave_sandbox_button = QPushButton(self.tr("&Leave the sandbox and enter my API key…"))
        self.leave_sandbox_button.setAutoDefault(False)
        self.leave_sandbox_button.setAccessibleDescription(
            self.tr(
                "Stops the practice session and lets you enter the key of your Octanist account"
            )
        )
        self.leave_sandbox_button.clicked.connect(self.on_leave_sandbox_button_clicked)
        in_sandbox = self._key_source == KeySource.SANDBOX
        self.leave_sandbox_button.setVisible(in_sandbox)

        self.test_button = QPushButton(self.tr("&Test key"))
        # Enter belongs to Save even while this button has focus.
        self.test_button.setAutoDefault(False)
        self.test_button.setAccessibleDescription(
            self.tr("Asks Octanist whether this key works, without saving it or sending a lead")
        )
        self.test_button.clicked.connect(self.on_test_button_clicked)
        self.check_result = wrap_label(QLabel(), 300)
        self.check_result.setObjectName("keyCheckResult")
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.check_result, 1)

        self.api_url = QLineEdit(api_url)
        self.api_url.setReadOnly(True)  # selectable for support mails, not editable
        self.api_url.setAccessibleName(self.tr("API URL"))
        self.api_url.setAccessibleDescription(
            self.tr("Where leads are sent; read only, for support")
        )

        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionCombo")
        # By name in the app's language, so typing "Neth" finds the Netherlands
        # (sorted by code, "Ne" found Niger first).
        for country in phone_countries(language.spoken()):
            self.region_combo.addItem(country.label, country.code)
        self.region_combo.setPlaceholderText(self.tr("Not set: choose your leads' country"))
        self.region_combo.setCurrentIndex(self.region_combo.findData(region))
        self.region_combo.setAccessibleDescription(
            self.tr("Phone numbers typed without + are read as numbers from this country")
        )

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        spoken = language.LANGUAGES.get(language.resolve(None), "English")
        self.language_combo.addItem(self.tr("System language ({name})").format(name=spoken), "")
        for code, name in language.LANGUAGES.items():
            self.language_combo.addItem(name, code)  # each named in itself
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self._language)))
        self.language_combo.setAccessibleDescription(
            self.tr("The language of the app, used from its next start")
        )
        self.language_note = wrap_label(
            QLabel(self.tr("A new language is used from the next start of Octanist Desktop."))
        )
        self.language_note.setStyleSheet(f"color: {muted_css_colour(self.palette())};")

        form = QFormLayout()
        key_label = QLabel(self.tr("&API key:"))
        key_label.setBuddy(self.key_edit)
        form.addRow(key_label, key_row)
        form.addRow("", self.source_note)
        form.addRow("", self.leave_sandbox_button)
        form.addRow("", test_row)
        form.addRow(self.tr("API URL:"), self.api_url)
        region_label_widget = QLabel(self.tr("Default phone &region:"))
        region_label_widget.setBuddy(self.region_combo)
        form.addRow(region_label_widget, self.region_combo)
        language_label = QLabel(self.tr("Lan&guage:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        form.addRow("", self.language_note)

        self.save_error = wrap_label(QLabel())
        self.save_error.setObjectName("keySaveError")
        self.save_error.setVisible(False)
        self.session_button = QPushButton(self.tr("Use for this &session only (not saved)"))
        self.session_button.setAutoDefault(False)
        self.session_button.setAccessibleDescription(
            self.tr("Uses the key until you quit, without storing it; you enter it again next time")
        )
        self.session_button.setVisible(False)
        self.session_button.clicked.connect(self.on_session_button_clicked)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        describe_dialog_buttons(self.buttons)

        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_error)
        layout.addWidget(self.session_button)
        layout.addWidget(self.buttons)
        if in_sandbox:
            # The sandbox's key is good for the sandbox only: a real key saved
            # here would be refused by it, and the sandbox key must never reach
            # the keyring. Only the region (and leaving) can change.
            self.key_edit.clear()
            self.key_edit.setPlaceholderText(self.tr("The sandbox's own key"))
            self.key_edit.setReadOnly(True)
            self.key_edit.setEnabled(False)
            self.show_key.setEnabled(False)
            self.test_button.setEnabled(False)
            self.region_combo.setFocus()
        else:
            self.key_edit.setFocus()

    def add_section(self, section: QWidget) -> None:
        """Another part of Settings (the Octanist plan), above the Save and Cancel buttons."""
        self._layout.insertWidget(self._layout.indexOf(self.save_error), section)

    def entered_key(self) -> str:
        """The key as typed, without the whitespace a paste brings along."""
        return self.key_edit.text().strip()

    def selected_region(self) -> str:
        """The region code chosen in the combo box."""
        return str(self.region_combo.currentData() or self._region)

    def selected_language(self) -> str:
        """The language chosen ("nl", "de", "en"), or "" to follow the system."""
        return str(self.language_combo.currentData() or "")

    def is_saving(self) -> bool:
        """True while the keyring has not yet answered a save."""
        return self._saver.is_running()

    def done(self, result: int) -> None:
        """Close the dialog; a key test or save still running is dropped (its helper killed)."""
        self._key_check.stop()
        self._stop_saving()
        super().done(result)

    def _stop_saving(self) -> None:
        if self._saver.is_running():
            self._saver.stop()  # a keyring helper still waiting is killed
            self._set_saving(False)

    @Slot()
    def on_leave_sandbox_button_clicked(self) -> None:
        """Keep a changed region, close, and ask for a real session."""
        self._finish(None)
        self.leaveSandboxRequested.emit()

    @Slot(bool)
    def on_show_key_toggled(self, shown: bool) -> None:
        """Reveal or hide the key's characters."""
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key_edit.setEchoMode(mode)

    @Slot()
    def on_test_button_clicked(self) -> None:
        """Ask Octanist, in the background, whether the typed key is good."""
        key = self.entered_key()
        if not key:
            self.check_result.setText(translated(PASTE_FIRST_MESSAGE))
            return
        if self._key_check.start(key):
            self.test_button.setEnabled(False)
            self.check_result.setStyleSheet("")
            self.check_result.setText(translated(CHECKING_MESSAGE))

    @Slot(bool, str)
    def on_key_check_finished(self, ok: bool, message: str) -> None:
        """Show what Octanist said about the key."""
        # Green for a good key, the error colour for anything else: the ✔/✖ alone is easy to miss.
        colour = success_colour(self.palette()) if ok else error_colour(self.palette())
        self.check_result.setStyleSheet(f"color: {colour};")
        self.check_result.setText(message)
        self.test_button.setEnabled(True)
        fit_to_text(self)

    @Slot()
    def on_buttons_accepted(self) -> None:
        """Save: store a changed key in the keyring, then close."""
        key = self.entered_key()
        if self._key_source == KeySource.SANDBOX:
            self._finish(None)  # the sandbox's key is not the user's to store
            return
        if not key and not self._current_key:
            self._finish(None)  # no key yet, and none given: only the region changes
            return
        if not key:
            self._show_save_error(EMPTY_KEY_MESSAGE, offer_session=False)
            return
        unchanged = key == self._current_key
        # An environment key is never persisted, and a kept keyring key needs no write.
        if unchanged and self._key_source in (KeySource.ENVIRONMENT, KeySource.KEYRING):
            self._finish(None)
            return
        if self._saver.start(key):
            self._set_saving(True)
            self._saving_notice.start()

    @Slot()
    def on_saving_notice_timeout(self) -> None:
        """The keyring is taking its time: say what it may want, and offer the way out."""
        if self._saver.is_running():
            self._show_save_error(SAVING_MESSAGE, offer_session=True)

    @Slot(str)
    def on_saver_finished(self, error: str) -> None:
        """The keyring answered: close, or say why the key wasn't stored."""
        self._set_saving(False)
        if error:
            self._show_save_error(error, offer_session=True)
            return
        self._finish(self.entered_key())

    def _set_saving(self, saving: bool) -> None:
        if not saving:
            self._saving_notice.stop()
        # The key being saved can't change under the save; Cancel and
        # "this session only" stay, so a keyring that never answers is no trap.
        self.key_edit.setReadOnly(saving)
        self.save_button.setEnabled(not saving)

    @Slot()
    def on_session_button_clicked(self) -> None:
        """Keep the key in memory for this run only, then close."""
        key = self.entered_key()
        # Stop waiting for the keyring; its answer, if it ever comes, is dropped.
        self._stop_saving()
        try:
            self._store.use_for_session(key)
        except KeyStoreError as exc:
            self._show_save_error(exc.message, offer_session=False)
            return
        self._finish(key)

    def _show_save_error(self, message: str, *, offer_session: bool) -> None:
        self.save_error.setText(translated(message))
        self.save_error.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.save_error.setVisible(True)
        self.session_button.setVisible(offer_session)
        fit_to_text(self)

    def _finish(self, key: str | None) -> None:
        """Announce what changed and close."""
        if key is not None and key != self._current_key:
            self.keyChanged.emit(key)
        region = self.selected_region()
        if region != self._region:
            self.regionChanged.emit(region)
        if self.selected_language() != self._language:
            self.languageChanged.emit(self.selected_language())
        self.accept()
