"""Finding Alt+letter clashes: two controls in one window answering the same Alt+letter.

With two owners Qt doesn't press either: it moves focus between them, and a
salesperson's Alt+S ends up typed into whatever list had focus (the preset
editor once changed a question's type that way). Tests run this over every
window and dialog; it is also handy when adding a control.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)


def mnemonic_of(text: str) -> str | None:
    """The letter after a single ``&`` ("Dup&licate" → "l"), or None; "&&" is a literal &."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        following = text[index + 1]
        if following == "&":
            index += 2
            continue
        return following.lower() if not following.isspace() else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter the visible controls of ``window`` answer, with who answers it."""
    owners: dict[str, list[str]] = defaultdict(list)

    def add(text: str, who: QWidget, what: str) -> None:
        letter = mnemonic_of(text)
        if letter is not None:
            owners[letter].append(f"{what} {text!r} ({who.objectName() or type(who).__name__})")

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), widget, "button")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), widget, "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), widget, "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and widget.isTabEnabled(index):
                    add(widget.tabText(index), widget, "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), widget, "menu")
    return dict(owners)


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """The Alt+letters more than one visible control of ``window`` answers."""
    return {letter: who for letter, who in mnemonics(window).items() if len(who) > 1}


def menu_clashes(bar: QMenuBar) -> dict[str, list[str]]:
    """Letters given to two items of one menu of ``bar`` (submenus included).

    Inside an open menu Qt doesn't trigger a letter with two owners; it only
    moves between them. Keys read "File: q"; values are the items' texts.
    """
    clashes: dict[str, list[str]] = {}
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            clashes.update(_clashes_in(menu, action.text()))
    return clashes


def _clashes_in(menu: QMenu, where: str) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    clashes: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic_of(action.text())
        if letter is not None:
            owners[letter].append(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            clashes.update(_clashes_in(submenu, f"{where} ▸ {action.text()}"))
    clashes.update(
        {f"{where}: {letter}": texts for letter, texts in owners.items() if len(texts) > 1}
    )
    return clashes
