"""The lead form's Alt+letters: the fields typed most get one, the window's own are left alone.

Worked out in the app's language, so a translated label gets a letter of
its own word and never one the menus or Send already answer to.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from octanist_desktop.core.fields import Group
from octanist_desktop.ui.mnemonics import mnemonic_of

# Alt+letter mnemonics are given to the fields typed most; the letters the
# window owns are left alone: its menus (File, Edit, View, Event, Help) and
# Send lead, in whatever language they are shown ("fevths" in English).
_WINDOW_MNEMONICS = (
    ("MainWindow", "&File"),
    ("MainWindow", "&Edit"),
    ("MainWindow", "&View"),
    ("EventKit", "Even&t"),
    ("MainWindow", "&Help"),
    ("MainWindow", "&Send lead  (Ctrl+Enter)"),
)


def window_letters() -> frozenset[str]:
    """The Alt+letters the window's menus and Send button take, in the app's language."""
    letters = (
        mnemonic_of(QCoreApplication.translate(context, text))
        for context, text in _WINDOW_MNEMONICS
    )
    return frozenset(letter.lower() for letter in letters if letter)


#: The groups whose fields get an Alt+letter (the rest are typed rarely).
MNEMONIC_GROUPS = (Group.CONTACT, Group.NOTE, Group.CUSTOM, Group.SOURCE)


def with_mnemonic(label: str, used: set[str]) -> str:
    """``label`` with ``&`` before its first letter no other label in the form uses yet."""
    taken = window_letters()
    for index, char in enumerate(label):
        lowered = char.lower()
        if char.isalpha() and lowered not in used and lowered not in taken:
            used.add(lowered)
            return f"{label[:index]}&{label[index:]}"
    return label
