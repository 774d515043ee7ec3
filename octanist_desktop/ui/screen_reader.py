"""What the app tells screen readers beyond what its widgets show.

Qt names most controls from their text or buddy label; what it can't know is
what a button *does* (its description), and that a status which changed in a
corner of the window is worth saying aloud. Both go through here, so every
screen says them the same way.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QDialogButtonBox, QWidget

_Politeness = QAccessible.AnnouncementPoliteness


def spoken(text: str) -> str:
    """``text`` without the marks that are for the eye (✓, ✖, ●): read aloud,
    "check mark" and "black circle" are noise before the news."""
    return text.lstrip("✓✖●⚠ ").strip()


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``text``, as said by ``widget``.

    A label's new text alone is only read when someone moves to it; an
    announcement is spoken where the user is. ``urgent`` interrupts what the
    screen reader is saying (a refused lead, a form that can't be sent);
    otherwise it waits its turn (saved, delivered, back online).
    """
    if not text or not QAccessible.isActive():
        return  # nobody listening; building the event would be wasted work
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(_Politeness.Assertive if urgent else _Politeness.Polite)
    QAccessible.updateAccessibility(event)
    if urgent:
        # Readers that don't know announcements (older AT-SPI) still hear an alert.
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


def describe_dialog_buttons(buttons: QDialogButtonBox, *, accept: str | None = None) -> None:
    """Say what each of a dialog's standard buttons does.

    ``accept`` describes the accepting button (Save, OK) when "saves and
    closes" is not what it does.
    """
    role = QDialogButtonBox.ButtonRole
    for button in buttons.buttons():
        if button.accessibleDescription():
            continue  # the dialog said it better
        kind = buttons.buttonRole(button)
        if kind in (role.AcceptRole, role.YesRole, role.ApplyRole):
            text = accept or QCoreApplication.translate(
                "ScreenReader", "Saves what you entered and closes this window"
            )
        elif buttons.standardButton(button) == QDialogButtonBox.StandardButton.Close:
            text = QCoreApplication.translate("ScreenReader", "Closes this window")
        elif kind in (role.RejectRole, role.NoRole, role.DestructiveRole):
            text = QCoreApplication.translate("ScreenReader", "Closes this window without saving")
        else:
            continue  # a dialog's own button: it describes it where it adds it
        button.setAccessibleDescription(text)


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order: the order they are read in, top to bottom
    and column by column, not the order they happened to be built in."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)
