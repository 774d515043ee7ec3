"""The window's import menu items and the vCard paste, in one place.

File ▸ Import CSV… and Import vCard… open an ``ImportDialog``; Edit ▸ Paste
vCard (Ctrl+Shift+V) fills the lead form from a vCard on the clipboard. A
vCard pasted straight into the Name field (phones and CRMs copy contacts
that way) is noticed too and spread over the form instead of landing in
Name as one long line. A pasted card is read on the task pool: a clipboard
holding a whole address book never freezes the window, and one beyond
``MAX_PASTE_CHARS`` is refused with a word on what to do instead.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from octanist_desktop import tasks
from octanist_desktop.core.custom_merge import merge_custom
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.ui.actions import (
    IMPORT_CSV,
    IMPORT_VCARD,
    PASTE_VCARD,
    VisitorLock,
    make_action,
)
from octanist_desktop.ui.form.lead_form import LeadForm
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.words import translated

# The import dialog and the CSV/vCard readers (with vobject) load when an
# import or a paste is first used: the window doesn't need them to open.
if TYPE_CHECKING:
    from octanist_desktop.importing.row_reading import ImportEvent
    from octanist_desktop.importing.vcard import VCardContact
    from octanist_desktop.ui.importing.dialog import ImportDialog

log = logging.getLogger(__name__)

NO_VCARD_MESSAGE = QT_TRANSLATE_NOOP(
    "ImportActions", "The clipboard holds no vCard (it should start with BEGIN:VCARD)."
)
_VCARD_START = "BEGIN:VCARD"
_VCARD_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE | re.MULTILINE)
#: A pasted vCard is read only up to this size (a card with a photo is well
#: under 1 MB); more than this is an address book, for File ▸ Import vCard….
MAX_PASTE_CHARS = 10_000_000
#: A card whose text runs longer than this is not put into the form: a lead
#: holds far less (a note at most 10,000 characters), and a widget given
#: megabytes of text freezes the window while it lays them out.
MAX_FILLED_CHARS = 100_000


def _read_pasted(text: str, region: str | None) -> tuple[VCardContact, int] | str:
    """The first card and the card count, or why the card can't be used; on a pool thread.

    A card that can be used fills the form, and the form checks it at once:
    the checks' first use imports phonenumbers and email-validator (~100 ms).
    They are loaded here, on the pool, so the GUI thread never does that
    (a paste can come before the start-up warm-up has run, as in a test).
    """
    from octanist_desktop.core.validation import warm_up
    from octanist_desktop.importing.vcard import VCardError, read_one_vcard

    try:
        reading = read_one_vcard(text)
    except VCardError as exc:
        return str(exc)
    warm_up(region)
    return reading


class ImportActions(QObject):
    """Import CSV…, Import vCard… and Paste vCard for one window.

    ``region()`` gives the current default phone region (settings may change
    it while the app runs). ``stores`` are the database and mappings an
    import uses; without them the import items are disabled: there is no
    database to import into.

    Signals:
        leadsImported(int, int): an import committed this many leads; the newest id.
        formFilled(): the form was filled from a vCard (the window shows the form).
        message(str): a sentence for the status bar.
    """

    leadsImported = Signal(int, int)
    formFilled = Signal()
    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        form: LeadForm,
        *,
        stores: ImportStores | None,
        region: Callable[[], str | None],
        lock: VisitorLock | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._form = form
        self._stores = stores
        self._region = region
        self.dialog: ImportDialog | None = None
        self._paste: tasks.Task | None = None

        self.import_csv_action = make_action(
            IMPORT_CSV, window, self.on_import_csv_triggered, lock=lock
        )
        self.import_vcard_action = make_action(
            IMPORT_VCARD, window, self.on_import_vcard_triggered, lock=lock
        )
        for action in (self.import_csv_action, self.import_vcard_action):
            action.setEnabled(stores is not None)
        self.paste_vcard_action = make_action(
            PASTE_VCARD, window, self.on_paste_vcard_triggered, lock=lock
        )

        name = form.input_widget("name")
        if isinstance(name, QLineEdit):
            name.textEdited.connect(self.on_name_textEdited)
        app = QCoreApplication.instance()
        if app is not None:
            # A running import's thread must be joined before the window (its
            # owner) is destroyed, or Qt aborts the process.
            app.aboutToQuit.connect(self.close_dialog)

    def add_to_menus(self, file_menu: QMenu, edit_menu: QMenu, before: QAction) -> None:
        """Put the import items into ``file_menu`` above ``before``, and Paste vCard into Edit."""
        file_menu.insertAction(before, self.import_csv_action)
        file_menu.insertAction(before, self.import_vcard_action)
        file_menu.insertSeparator(before)
        edit_menu.addAction(self.paste_vcard_action)

    # -- importing files ---------------------------------------------------------------

    @Slot()
    def on_import_csv_triggered(self) -> None:
        """Choose a CSV export and open the import dialog on it."""
        from octanist_desktop.importing.sources import CSV_PATTERNS

        self._choose_and_open(
            self.tr("Import leads from a CSV file"),
            self.tr("CSV files ({patterns})").format(patterns=CSV_PATTERNS),
        )

    @Slot()
    def on_import_vcard_triggered(self) -> None:
        """Choose a .vcf file and open the import dialog on it."""
        from octanist_desktop.importing.sources import VCARD_PATTERNS

        self._choose_and_open(
            self.tr("Import leads from vCards"),
            self.tr("vCard files ({patterns})").format(patterns=VCARD_PATTERNS),
        )

    def _choose_and_open(self, title: str, pattern: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(
            self._window, title, "", pattern + ";;" + self.tr("All files (*)")
        )
        if chosen:
            self.open_import(Path(chosen))

    def open_import(self, path: Path) -> ImportDialog | None:
        """Open the import dialog on ``path`` (one at a time); None without a database."""
        if self._stores is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from octanist_desktop.ui.importing.dialog import ImportDialog

        dialog = ImportDialog(
            path,
            stores=self._stores,
            default_region=self._region(),
            event=self.current_event(),
            parent=self._window,
        )
        dialog.leadsImported.connect(self.leadsImported)
        dialog.importFinished.connect(self._on_dialog_importFinished)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def current_event(self) -> ImportEvent | None:
        """The active event preset's tags for imported rows; None without a preset."""
        preset = self._form.preset()
        if preset is None:
            return None
        from octanist_desktop.importing.row_reading import ImportEvent

        return ImportEvent(
            name=preset.name,
            staff_member=self._form.lead_context().staff_member,
            source=preset.source_values(),
        )

    @Slot()
    def close_dialog(self) -> None:
        """Close the import dialog, if open, stopping its work (imported leads stay)."""
        if self.dialog is not None:
            self.dialog.done(0)

    def _on_dialog_importFinished(self, count: int) -> None:
        self.message.emit(self.tr("Imported %Ln lead(s) from a file.", None, count))

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    # -- pasting a vCard into the form -----------------------------------------------------

    @Slot()
    def on_paste_vcard_triggered(self) -> None:
        """Edit ▸ Paste vCard: fill the form from the clipboard."""
        self.paste_vcard(QGuiApplication.clipboard().text())

    def paste_vcard(self, text: str, *, quiet: bool = False) -> bool:
        """Fill the form from the first vCard in ``text``; False (with a message) if there is none.

        True means the card is being read on the task pool: ``formFilled``
        follows, or a message says why the card can't be used (nothing, with
        ``quiet``: a card still being typed). A newer paste replaces one not
        read yet.
        """
        from octanist_desktop.importing.vcard import looks_like_vcard

        if len(text) > MAX_PASTE_CHARS:
            self.message.emit(
                self.tr(
                    "The clipboard holds {size} of text, more than a pasted vCard may be "
                    "({limit}). Save the cards as a .vcf file and use File ▸ Import vCard… "
                    "instead."
                ).format(size=_megabytes(len(text)), limit=_megabytes(MAX_PASTE_CHARS))
            )
            return False
        if not looks_like_vcard(text):
            self.message.emit(translated(NO_VCARD_MESSAGE))
            return False
        if self._paste is not None:
            self._paste.cancel()
        region = self._region()
        self._paste = tasks.run_task(
            lambda _context: _read_pasted(text, region),
            lambda result: self._on_paste_read(result, quiet=quiet),
            name="octanist-vcard-paste",
            parent=self,
        )
        return True

    def is_reading_paste(self) -> bool:
        """True while a pasted card is being read."""
        return self._paste is not None and self._paste.is_running()

    def _on_paste_read(self, result: tuple[VCardContact, int] | str, *, quiet: bool) -> None:
        self._paste = None
        if isinstance(result, str):
            if not quiet:
                self.message.emit(
                    self.tr("This vCard can't be used: {reason}").format(reason=translated(result))
                )
            return
        card, count = result
        size = sum(len(value) for value in card.cells())
        if size > MAX_FILLED_CHARS:
            self.message.emit(
                self.tr(
                    "This vCard holds {size} characters of text, far more than a lead can "
                    "take. Shorten its note in your contacts and copy it again."
                ).format(size=QLocale().toString(size))
            )
            return
        draft = card.draft()
        typed_custom = self._form.values().get("custom")
        merge = merge_custom(typed_custom if isinstance(typed_custom, str) else "", card.custom())
        if merge.merged:
            draft["custom"] = merge.text
        self._form.set_values(draft)
        who = card.name or card.email
        if who:
            text = self.tr("Filled the form from the vCard of {name}.").format(name=who)
        else:
            text = self.tr("Filled the form from the vCard.")
        if count > 1:
            text += " " + self.tr(
                "The clipboard holds %n cards; use File ▸ Import vCard… for all of them.",
                None,
                count,
            )
        self.message.emit(text)
        self.formFilled.emit()

    @Slot(str)
    def on_name_textEdited(self, text: str) -> None:
        """A whole vCard pasted into Name is spread over the form instead."""
        start = text.upper().find(_VCARD_START)
        if start < 0:
            return
        pasted = text[start:]
        if not _VCARD_END.search(pasted):
            return  # still being typed or pasted in pieces: leave it alone
        # A card that can't be read is left alone too, as typed.
        self.paste_vcard(pasted, quiet=True)


def _megabytes(chars: int) -> str:
    """A size in characters as a person reads it: "5.2 MB" (one character, about a byte)."""
    return QCoreApplication.translate("ImportActions", "{size} MB").format(
        size=QLocale().toString(chars / 1_000_000, "f", 1)
    )
