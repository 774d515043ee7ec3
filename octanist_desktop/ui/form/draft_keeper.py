"""Keeping the lead being typed as a draft: saved a moment after each change, back next start.

A quit, a crash or a flat battery mid-lead used to lose what was typed. The
draft is written a second after the last keystroke (never on every one),
deleted once the lead is saved or the form is empty, restored when the
window opens, and quitting with something typed asks what to do with it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from octanist_desktop.core.match_hint import when_entered
from octanist_desktop.prefs.draft import DraftStore
from octanist_desktop.ui.form.lead_form import LeadForm
from octanist_desktop.ui.words import translated

#: A second's pause in typing is enough; a crash loses at most that second.
DRAFT_DELAY_MS = 1000
# The draft keeps the phone's country beside the fields, under a key no field has.
_PHONE_COUNTRY = "_phone_country"


class DraftKeeper(QObject):
    """Saves ``form``'s content to ``store`` after each pause in typing, and restores it."""

    def __init__(self, form: LeadForm, store: DraftStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._store = store
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        form.draftChanged.connect(self.on_form_draftChanged)
        form.submitted.connect(self.on_form_submitted)

    def restore(self) -> str | None:
        """Put a saved draft back into the form; what to tell the user, or None if none."""
        draft = self._store.load()
        if draft is None:
            return None
        values = dict(draft.values)
        country = values.pop(_PHONE_COUNTRY, None)
        self._form.set_values(values)
        if isinstance(country, str) and country:
            self._form.set_phone_region(country)
        return self.tr("↺ The lead you were typing is back (kept {when}).").format(
            when=translated(when_entered(draft.saved_at))
        )

    def is_pending(self) -> bool:
        """Whether a change is waiting for the typing pause to be saved."""
        return self._timer.isActive()

    @Slot()
    def on_form_draftChanged(self) -> None:
        """Something changed: save once typing pauses."""
        if not self._stopped:
            self._timer.start()

    @Slot(dict)
    def on_form_submitted(self, _payload: dict[str, object]) -> None:
        """The lead is saved for real: its draft goes."""
        self._timer.stop()
        self._store.clear()

    @Slot()
    def save_now(self) -> None:
        """Keep what is typed (or delete the draft when nothing is)."""
        self._timer.stop()
        if self._stopped:
            return
        if not self._form.has_unsaved_input():
            self._store.clear()
            return
        values = self._form.values()
        values[_PHONE_COUNTRY] = self._form.phone_region()
        self._store.save(values)

    def discard(self) -> None:
        """Forget the draft (the user said so)."""
        self._timer.stop()
        self._store.clear()
        self._stopped = True

    def stop(self) -> None:
        """Save what is pending and keep still from now on (the window is closing)."""
        if self._timer.isActive():
            self.save_now()
        self._stopped = True

    def ask_before_quitting(self, parent: QWidget) -> bool:
        """With a lead half typed, ask Save draft / Discard / Cancel; False means stay open."""
        if self._stopped or not self._form.has_unsaved_input():
            return True
        box = QMessageBox(parent)
        box.setObjectName("unsentLeadQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("The lead isn't sent"))
        box.setText(self.tr("The lead you are typing hasn't been saved or sent."))
        box.setInformativeText(
            self.tr("Keep it as a draft to finish it next time, or throw it away.")
        )
        keep = box.addButton(self.tr("&Save draft"), QMessageBox.ButtonRole.AcceptRole)
        throw = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            self.save_now()
            self._stopped = True
            return True
        if clicked is throw:
            self.discard()
            return True
        return False
