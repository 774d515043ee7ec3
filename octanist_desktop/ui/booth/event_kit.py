"""The trade-show booth kit in the main window: the Event menu and what hangs off it.

Event (Alt+T) → Presets… (edit presets), Export / Import presets… (one file for the
team), Active preset (pick one), Staff and booth settings…, Booth mode. Keeps the
form in step with the saved presets and this device's event settings, and owns
booth mode.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from octanist_desktop.core.presets import PresetLibrary
from octanist_desktop.core.wedge_burst import WedgeRules
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.presets_store import PresetStore
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.ui.actions import (
    ACTIVE_PRESET,
    ANSWER_VISITORS,
    BOOTH_MODE,
    EVENT_SETTINGS,
    EXPORT_PRESETS,
    IMPORT_PRESETS,
    PRESETS,
    ActionSpec,
    lock_with,
    make_action,
)
from octanist_desktop.ui.booth.staff_scans import StaffBadgeScans

# Type only: the dialogs and the presets' export/import are imported when
# first opened, and booth mode when first entered, not with the window.
if TYPE_CHECKING:
    from octanist_desktop.store.held_visitors import HeldVisitors
    from octanist_desktop.ui.booth.booth_mode import BoothMode
    from octanist_desktop.ui.booth.event_settings_dialog import EventSettingsDialog
    from octanist_desktop.ui.booth.preset_dialog import PresetDialog
    from octanist_desktop.ui.booth.preset_transfer import PresetTransfer
    from octanist_desktop.ui.booth.staff_answers import StaffAnswersDialog
    from octanist_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

NO_PRESET = QT_TRANSLATE_NOOP("EventKit", "No preset")
BOOTH_SHORTCUT = str(BOOTH_MODE.shortcuts[0])


class EventKit(QObject):
    """Adds the Event menu to ``window`` and applies presets and settings to its form.

    ``presets`` is where the presets live; ``prefs`` holds the event
    settings (``EventSettings``). ``clock`` is passed to booth mode.
    """

    def __init__(
        self,
        window: MainWindow,
        presets: PresetStore,
        prefs: SettingsStore,
        *,
        held: HeldVisitors | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._held = held
        self.answers_dialog: StaffAnswersDialog | None = None
        self._window = window
        self._store = presets
        self._prefs = prefs
        self.library = presets.load()
        self.settings = EventSettings.load(prefs)
        self.preset_dialog: PresetDialog | None = None
        self.settings_dialog: EventSettingsDialog | None = None

        form = window.form
        form.set_preset(self.library.active(), apply_source=False)
        form.set_staff_member(self.settings.staff_member)
        form.set_capture_method(self.settings.capture_method)
        form.captureMethodChanged.connect(self.on_form_captureMethodChanged)
        # Badge scanners, in the staff form (booth mode's visitor screen reads its own).
        self.scans = StaffBadgeScans(window, self.scanner_rules())

        # Alt+T: E belongs to Edit, V to View, N to the Name field; the form leaves T to menus.
        self.menu = QMenu(self.tr("Even&t"), window)
        self.menu.setObjectName("eventMenu")
        self.presets_action = self._action(PRESETS, self.open_presets)
        # The team's kit in one file: Export presets…, Import presets…; the code
        # behind them (file dialogs, the kit format) loads when one is first used.
        self._transfer: PresetTransfer | None = None
        self.export_presets_action = self._action(EXPORT_PRESETS, self.on_export_presets)
        self.import_presets_action = self._action(IMPORT_PRESETS, self.on_import_presets)
        self.active_menu = self.menu.addMenu(self.tr("&Active preset"))
        self.active_menu.setObjectName("activePresetMenu")
        lock_with(self.active_menu.menuAction(), ACTIVE_PRESET, window.visitor_lock)
        self.active_group = QActionGroup(self)
        self.active_group.setExclusive(True)
        self.settings_action = self._action(EVENT_SETTINGS, self.open_settings)
        self.answers_action = self._action(ANSWER_VISITORS, self.open_answers)
        self.answers_action.setEnabled(held is not None)
        waiting = held.count() if held is not None else 0
        if waiting:
            window.show_message(
                self.tr(
                    "{count} booth visitors' details wait for your answers: "
                    "Event ▸ Answer for booth visitors…"
                ).format(count=waiting)
            )
        self.menu.addSeparator()
        self.booth_action = self._action(BOOTH_MODE, None)
        window.add_menu(self.menu)  # before Help, which stays last
        self._rebuild_active_menu()

        self._clock = clock
        self._booth: BoothMode | None = None
        self.booth_action.triggered.connect(self.on_booth_action_triggered)
        if presets.problem:
            window.show_message(presets.problem)

    @property
    def transfer(self) -> PresetTransfer:
        """Export and import of presets, made the first time either is used."""
        if self._transfer is None:
            from octanist_desktop.ui.booth.preset_transfer import PresetTransfer

            self._transfer = PresetTransfer(self, self._window)
        return self._transfer

    @Slot()
    def on_export_presets(self) -> None:
        """Event ▸ Export presets…"""
        self.transfer.export_presets()

    @Slot()
    def on_import_presets(self) -> None:
        """Event ▸ Import presets…"""
        self.transfer.import_presets()

    @property
    def booth(self) -> BoothMode:
        """Booth mode, made the first time it is asked for (it is off until then)."""
        if self._booth is None:
            from octanist_desktop.ui.booth.booth_mode import BoothMode

            self._booth = BoothMode(
                self._window,
                self.settings,
                self.save_settings,
                preset=lambda: self.library.active(),
                rules=self.scanner_rules(),
                held=self._held,
                clock=self._clock,
            )
            self._booth.left.connect(self.on_booth_left)
        return self._booth

    @Slot()
    def on_booth_action_triggered(self) -> None:
        """Event → Booth mode (Ctrl+Shift+B)."""
        self.booth.request_enter()

    def _action(self, spec: ActionSpec, slot: Callable[[], None] | None) -> QAction:
        action = make_action(spec, self._window, slot, lock=self._window.visitor_lock)
        self.menu.addAction(action)
        return action

    # -- presets ------------------------------------------------------------------

    def _rebuild_active_menu(self) -> None:
        self.active_menu.clear()
        for action in self.active_group.actions():
            self.active_group.removeAction(action)
            action.deleteLater()
        for name in (None, *self.library.names()):
            action = QAction(self.tr(NO_PRESET) if name is None else name, self.active_menu)
            action.setCheckable(True)
            action.setChecked(name == self.library.active_name)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self.choose_preset(n))
            self.active_group.addAction(action)
            self.active_menu.addAction(action)

    def choose_preset(self, name: str | None) -> None:
        """Make preset ``name`` active (None: no event) and fill its Source defaults."""
        self._set_library(self.library.with_active(name))

    @Slot()
    def open_presets(self) -> None:
        """Open the presets dialog (one at a time); Save applies and stores the changes."""
        if self.preset_dialog is not None:
            self.preset_dialog.raise_()
            return
        from octanist_desktop.ui.booth.preset_dialog import PresetDialog

        dialog = PresetDialog(self.library, self._window)
        dialog.finished.connect(self.on_preset_dialog_finished)
        self.preset_dialog = dialog
        dialog.open()

    def on_preset_dialog_finished(self, result: int) -> None:
        """Take the edited presets (the active one's new Source values fill the form)."""
        dialog, self.preset_dialog = self.preset_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == dialog.DialogCode.Accepted:
            self._set_library(dialog.library())

    def set_library(self, library: PresetLibrary) -> None:
        """Use and store ``library`` (an imported kit, say); the form follows its active preset."""
        self._set_library(library)

    def _set_library(self, library: PresetLibrary) -> None:
        try:
            self._store.save(library)
        except OSError as exc:
            # The change still applies to this session; say it won't survive a restart.
            log.warning("could not save presets: %s", exc)
            self._window.show_message(
                self.tr("The event presets could not be saved ({problem}).").format(problem=exc)
            )
        old_active = self.library.active()
        self.library = library
        new_active = library.active()
        if new_active != old_active:
            self._window.form.set_preset(new_active)
        self._rebuild_active_menu()

    # -- staff and booth settings -------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        """Open the staff and booth settings (one at a time)."""
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        from octanist_desktop.ui.booth.event_settings_dialog import EventSettingsDialog

        dialog = EventSettingsDialog(self.settings, self._window)
        dialog.finished.connect(self.on_settings_dialog_finished)
        self.settings_dialog = dialog
        dialog.open()

    def on_settings_dialog_finished(self, result: int) -> None:
        """Apply and store the edited settings."""
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != dialog.DialogCode.Accepted:
            return
        edited = dialog.result_settings()
        # Booth mode holds this very object: update it in place.
        for name, value in vars(edited).items():
            setattr(self.settings, name, value)
        self._window.form.set_staff_member(self.settings.staff_member)
        self._window.form.set_capture_method(self.settings.capture_method)
        self.scans.set_rules(self.scanner_rules())
        if self._booth is not None:
            self._booth.reader.filter.set_rules(self.scanner_rules())
        self._save_or_say()

    @Slot(str)
    def on_form_captureMethodChanged(self, method: str) -> None:
        """Remember the capture method picked in the form for the next start."""
        self.settings.capture_method = method
        self._save_or_say()

    @Slot()
    def on_booth_left(self) -> None:
        """Staff are back: visitors waiting for their answers come first."""
        if self._held is not None and self._held.count():
            self.open_answers()

    @Slot()
    def open_answers(self) -> None:
        """Event ▸ Answer for booth visitors…: staff-only answers, then the leads go out."""
        if self._held is None:
            return
        if self.answers_dialog is not None:
            self.answers_dialog.raise_()
            return
        from octanist_desktop.ui.booth.staff_answers import StaffAnswersDialog

        dialog = StaffAnswersDialog(self._held, self._window)
        dialog.leadReleased.connect(self._window.announce_saved)
        dialog.message.connect(self._window.show_message)
        dialog.finished.connect(self._on_answers_dialog_finished)
        self.answers_dialog = dialog
        dialog.open()

    def _on_answers_dialog_finished(self, _result: int) -> None:
        dialog, self.answers_dialog = self.answers_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def scanner_rules(self) -> WedgeRules:
        """How this computer's badge scanner types (from the staff and booth settings)."""
        return WedgeRules(
            gap_ms=self.settings.scanner_gap_ms,
            prefix=self.settings.scanner_prefix,
            suffix=self.settings.scanner_suffix,
        )

    def save_settings(self) -> None:
        """Write the event settings (raises OSError)."""
        self.settings.save(self._prefs)

    def _save_or_say(self) -> None:
        try:
            self.save_settings()
        except OSError as exc:
            log.warning("could not save event settings: %s", exc)
            self._window.show_message(
                self.tr("The staff and booth settings could not be saved ({problem}).").format(
                    problem=exc
                )
            )

    def shutdown(self) -> None:
        """The app is closing: stop booth mode's timers and input watching."""
        if self._booth is not None:
            self._booth.shutdown()
