"""Booth mode: the laptop on the stand, visitors filling in their own details, full screen.

Entering asks for a PIN the first time (stored only as a hash). While it
is on, the window shows the visitor's face of the app (``VisitorScreen``:
the event's questions in plain words, consent as sentences, big controls)
and nothing else: the staff form, History, the menus (settings, export,
presets), every booth-locked shortcut and closing the window are out of
reach until the PIN is typed (Esc, or the small "Staff" button). An idle
form is emptied without sending after a while, so the next visitor never
sees what the last one half typed. A sent lead is answered with a big
"Thank you" and then an empty form.
"""

from __future__ import annotations

import logging
import platform
import sqlite3
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from octanist_desktop.core.booth_pin import PinAttempts, PinHash
from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.core.consent import ConsentText, default_consent
from octanist_desktop.core.presets import EventPreset
from octanist_desktop.core.visitor_lead import BoothContext
from octanist_desktop.core.wedge_burst import WedgeRules
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.prefs.event_settings import DEFAULT_CONSENT_TEXT, EventSettings
from octanist_desktop.ui.booth.badge_reader import BadgeReader
from octanist_desktop.ui.booth.visitor_screen import VisitorScreen
from octanist_desktop.ui.language import spoken

if TYPE_CHECKING:
    from octanist_desktop.importing.badge_scan import BadgeReading
    from octanist_desktop.store.held_visitors import HeldVisitors

    # The PIN dialogs are imported when booth mode first asks for a PIN.
    from octanist_desktop.ui.booth.pin_dialogs import PinPrompt, PinSetupDialog
    from octanist_desktop.ui.form.lead_form import LeadForm
    from octanist_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

BOOTH_CAPTURE_METHOD = "booth"
UNSENT_LEAD = QT_TRANSLATE_NOOP(
    "BoothMode", "Send or clear the lead in the form first, then turn on booth mode."
)
CLOSE_REFUSED = QT_TRANSLATE_NOOP(
    "BoothMode", "Booth mode is on: press Esc and type the PIN to leave it first."
)

# What counts as a visitor doing something (and so restarts the idle countdown).
_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


def has_unsent_input(form: LeadForm) -> bool:
    """Whether the form holds anything typed besides pinned values."""
    pinned = set(form.pinned_keys())
    for key, value in form.values().items():
        if key in pinned:
            continue
        if value is True or (isinstance(value, str) and value.strip()):
            return True
    return bool(form.answers())


class BoothMode(QObject):
    """Switches the main window in and out of booth mode.

    ``save_settings`` is called after the PIN is first set (the hash is in
    ``settings.booth_pin`` by then). ``preset()`` is the active event preset
    (what visitors are asked, the consent wording). The window locks what a
    visitor may not use (``set_locked_for_visitors``: its ``VisitorLock``,
    see ui/actions.py). ``clock`` times the wait after wrong PINs (a plain
    attribute, so tests can swap it before entering).

    Signals:
        entered(): booth mode is on.
        left(): booth mode is off again (the right PIN was typed).
        leadSaved(int): a visitor's lead is on disk (its id).
    """

    entered = Signal()
    left = Signal()
    leadSaved = Signal(int)

    def __init__(
        self,
        window: MainWindow,
        settings: EventSettings,
        save_settings: Callable[[], None],
        *,
        preset: Callable[[], EventPreset | None] = lambda: None,
        rules: WedgeRules | None = None,
        held: HeldVisitors | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._save_settings = save_settings
        self._preset = preset
        self._held = held
        self.clock = clock
        self._active = False
        self._attempts: PinAttempts | None = None
        self._previous_state = Qt.WindowState.WindowNoState
        self.setup_dialog: PinSetupDialog | None = None
        self.prompt: PinPrompt | None = None

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.on_idle_timer_timeout)
        self.thank_you_timer = QTimer(self)
        self.thank_you_timer.setSingleShot(True)
        self.thank_you_timer.timeout.connect(self.on_thank_you_timer_timeout)

        # The window's (hidden) child until booth mode shows it: it goes with the window.
        self.screen = VisitorScreen(self.booth_context(), window)
        self.screen.hide()
        self.screen.submitted.connect(self.on_screen_submitted)
        self.screen.staffRequested.connect(self.request_leave)
        # A visitor may scan their own badge: it fills what they are asked.
        self.reader = BadgeReader(self.screen, rules)
        self.reader.badgeRead.connect(self.on_reader_badgeRead)
        self.reader.problem.connect(self.screen.show_note)

    @property
    def active(self) -> bool:
        """Whether booth mode is on."""
        return self._active

    def booth_context(self) -> BoothContext:
        """What visitors are asked now, and the staff's side of their leads."""
        preset = self._preset()
        form = self._window.form
        pinned = set(form.pinned_keys())
        return BoothContext(
            consent=self.consent_wording(preset),
            preset=preset,
            base_values={k: v for k, v in form.values().items() if k in pinned},
            staff_member=self._settings.staff_member,
            device=platform.node(),
            region=self._window.default_region(),
        )

    def consent_wording(self, preset: EventPreset | None) -> ConsentText:
        """The event's own wording, else the default in this computer's language.

        A consent introduction changed in the staff and booth settings replaces
        the default's (the setting from before events had wordings of their own).
        """
        if preset is not None and preset.consent is not None:
            return preset.consent
        wording = default_consent(spoken())  # the staff's language, as they set up the booth
        intro = self._settings.booth_consent_text.strip()
        if intro and intro != DEFAULT_CONSENT_TEXT:
            wording = replace(wording, intro=intro)
        return wording

    # -- entering ---------------------------------------------------------------

    @Slot()
    def request_enter(self) -> None:
        """Enter booth mode, asking for a new PIN first if none is set yet."""
        if self._active:
            return
        if not self._window.form_is_shown():
            self._window.show_message(
                self.tr("Booth mode needs the lead form: enter an API key first.")
            )
            return
        if has_unsent_input(self._window.form):
            # The staff's half-typed lead would wait unseen behind the visitors' screen.
            self._window.show_message(UNSENT_LEAD)
            return
        if self._settings.booth_pin is not None:
            self.enter()
            return
        if self.setup_dialog is None:
            from octanist_desktop.ui.booth.pin_dialogs import PinSetupDialog

            self.setup_dialog = PinSetupDialog(self._window)
            self.setup_dialog.finished.connect(self.on_setup_dialog_finished)
        self.setup_dialog.open()

    def on_setup_dialog_finished(self, result: int) -> None:
        """Hash and store the new PIN, then enter booth mode."""
        dialog, self.setup_dialog = self.setup_dialog, None
        if dialog is None:
            return
        pin = dialog.pin()
        dialog.first.clear()
        dialog.second.clear()
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        self._settings.booth_pin = PinHash.create(pin)
        try:
            self._save_settings()
        except OSError as exc:
            # A PIN that is not on disk would be lost on a crash and lock the
            # staff out on the next start; better not to enter booth mode.
            self._settings.booth_pin = None
            self._window.show_message(
                self.tr("The booth PIN could not be saved ({problem}).").format(problem=exc)
            )
            return
        self.enter()

    def enter(self) -> None:
        """Show visitors their screen, lock everything else and go full screen."""
        pin_hash = self._settings.booth_pin
        if self._active or pin_hash is None:
            return
        self._active = True
        self._attempts = PinAttempts(pin_hash, self.clock)
        self.screen.set_context(self.booth_context())
        self.screen.clear()
        self.screen.show_form()
        self._window.set_locked_for_visitors(True)
        self._window.show_booth_face(self.screen)
        self._previous_state = self._window.windowState()
        self._window.showFullScreen()
        self.idle_timer.setInterval(round(self._settings.booth_idle_seconds * 1000))
        self.idle_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._window.installEventFilter(self)
        self.screen.focus_first()
        log.info("booth mode on")
        self.entered.emit()

    # -- leaving ----------------------------------------------------------------

    @Slot()
    def request_leave(self) -> None:
        """Ask for the PIN; the right one ends booth mode."""
        if not self._active or self._attempts is None:
            return
        if self.prompt is None:
            from octanist_desktop.ui.booth.pin_dialogs import PinPrompt

            self.prompt = PinPrompt(self._attempts, self._window)
            self.prompt.finished.connect(self.on_prompt_finished)
        self.prompt.open()

    def on_prompt_finished(self, result: int) -> None:
        """The right PIN leaves booth mode; Cancel returns to the visitor's screen."""
        prompt, self.prompt = self.prompt, None
        if prompt is not None:
            prompt.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.leave()
        elif self._active:
            self.screen.focus_first()

    def leave(self) -> None:
        """Unlock the window and restore it (called once the PIN was right)."""
        if not self._active:
            return
        self._stop()
        self.screen.clear()
        self._window.show_booth_face(None)
        self._window.set_locked_for_visitors(False)
        self._window.setWindowState(self._previous_state)
        self._window.show_form()
        log.info("booth mode off")
        self.left.emit()

    def shutdown(self) -> None:
        """The app is closing: stop timers and stop watching input (no unlocking)."""
        self._stop()

    def _stop(self) -> None:
        self._active = False
        self.idle_timer.stop()
        self.thank_you_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._window.removeEventFilter(self)
        for dialog in (self.prompt, self.setup_dialog):
            if dialog is not None:
                dialog.reject()

    # -- while on ---------------------------------------------------------------

    @Slot(dict, object)
    def on_screen_submitted(self, payload: dict[str, object], capture: object) -> None:
        """Keep the visitor's lead on disk now, then thank them."""
        record = capture if isinstance(capture, CaptureRecord) else CaptureRecord()
        preset = self.screen.context().preset
        staff_questions = preset.staff_questions() if preset is not None else ()
        try:
            if staff_questions and self._held is not None:
                # Octanist can't take answers later: the lead waits for staff's, on disk.
                self._held.hold(payload, record, staff_questions)
                lead_id = 0
            else:
                lead_id = self._window.save_visitor_lead(payload, record)
        except (sqlite3.Error, OSError) as exc:
            log.error("could not save a visitor's lead: %s", type(exc).__name__)
            self.screen.refuse(
                self.tr(
                    "Your details could not be saved just now. Please ask someone at the stand."
                )
            )
            return
        self.screen.show_thank_you()
        self.thank_you_timer.start(round(self._settings.booth_thank_you_seconds * 1000))
        if lead_id:
            self.leadSaved.emit(lead_id)

    @Slot(object)
    def on_reader_badgeRead(self, reading: BadgeReading) -> None:
        """A badge scanned on the visitor's screen fills it (no history hints for visitors)."""
        if self._active and not self.screen.is_thanking():
            self.screen.fill_from_badge(reading.draft, reading.custom, reading.raw)

    def on_thank_you_timer_timeout(self) -> None:
        """Back to the (already empty) form for the next visitor."""
        if self._active:
            self.screen.show_form()
            self.idle_timer.start()

    def on_idle_timer_timeout(self) -> None:
        """Nobody touched the screen for a while: empty it, without sending anything."""
        if not self._active:
            return
        if self.prompt is not None:
            self.prompt.reject()
        if self.screen.is_thanking():
            return
        self.screen.clear()
        self.screen.focus_first()
        log.info("booth mode: idle form cleared")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the idle countdown on any input; Esc asks for the PIN; refuse closing."""
        if not self._active:
            return False
        kind = event.type()
        if kind in _ACTIVITY_EVENTS:
            self.idle_timer.start()
        if watched is self._window and kind == QEvent.Type.Close:
            # Alt+F4, the window manager, a quit request: a visitor must not
            # end the app. Shutting down unlocks first (``shutdown``).
            event.ignore()
            self._window.show_message(CLOSE_REFUSED)
            return True
        if (
            isinstance(event, QKeyEvent)
            and kind == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and self.prompt is None
            and self.setup_dialog is None
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self.request_leave()
            return True
        return False
