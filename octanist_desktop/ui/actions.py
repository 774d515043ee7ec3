"""Every action in the window, declared once: its words, its shortcut, whether booth mode locks it.

A screen makes its ``QAction`` from one of these with ``make_action``; an
action whose declaration says ``booth_locked`` joins the window's
``VisitorLock``, and booth mode turns them all off (and back on) at once.
Nothing else keeps a list of what a visitor may not use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from octanist_desktop.core.words import QT_TRANSLATE_NOOP

Shortcut = str | QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action as the user meets it.

    ``text`` has its ``&`` mnemonic; ``shortcuts`` are key sequences
    ("Ctrl+R") or standard keys; ``tip`` is the tooltip (the shortcut is added
    to it). ``booth_locked`` says whether a visitor at the booth is kept away
    from it. ``context`` is where the shortcut works.
    """

    name: str
    text: str
    shortcuts: tuple[Shortcut, ...] = ()
    tip: str = ""
    booth_locked: bool = True
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut


_WIDGET = Qt.ShortcutContext.WidgetWithChildrenShortcut

# -- File, Edit, View (the main window) ---------------------------------------------
SETTINGS = ActionSpec("settingsAction", QT_TRANSLATE_NOOP("Actions", "&Settings…"), ("Ctrl+,",))
SEND_NOW = ActionSpec(
    "sendNowAction",
    QT_TRANSLATE_NOOP("Actions", "Se&nd queued leads now"),
    ("F5",),
    booth_locked=False,
)
# Spelled out: some platforms (and the offscreen one tests use) bind no key to
# StandardKey.Quit. Qt reads "Ctrl" as Cmd on macOS, so this is Cmd+Q there.
QUIT = ActionSpec("quitAction", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",))
# A visitor at the booth must not browse the file system through Import.
IMPORT_CSV = ActionSpec("importCsvAction", QT_TRANSLATE_NOOP("Actions", "&Import CSV…"))
IMPORT_VCARD = ActionSpec("importVCardAction", QT_TRANSLATE_NOOP("Actions", "Import &vCard…"))
# Locked too: at the booth the staff form is out of sight, and the clipboard may
# hold someone else's card.
PASTE_VCARD = ActionSpec(
    "pasteVCardAction",
    QT_TRANSLATE_NOOP("Actions", "Paste &vCard"),
    ("Ctrl+Shift+V",),
    tip=QT_TRANSLATE_NOOP("Actions", "Fill the form from a contact card on the clipboard"),
)
SHOW_FORM = ActionSpec("showFormAction", QT_TRANSLATE_NOOP("Actions", "&New lead"), ("Ctrl+1",))
SHOW_HISTORY = ActionSpec(
    "showHistoryAction", QT_TRANSLATE_NOOP("Actions", "&History"), ("Ctrl+2",)
)

# -- the lead form ---------------------------------------------------------------------
# Any field of the form counts, including the note and the JSON editor.
SUBMIT = ActionSpec(
    "submitAction",
    QT_TRANSLATE_NOOP("Actions", "&Send lead"),
    ("Ctrl+Return", "Ctrl+Enter"),
    booth_locked=False,
    context=_WIDGET,
)

FORMAT_JSON = ActionSpec(
    "formatJsonAction",
    QT_TRANSLATE_NOOP("Actions", "&Format"),
    ("Ctrl+Shift+F",),
    QT_TRANSLATE_NOOP("Actions", "Pretty-print the JSON with 2-space indents"),
    booth_locked=False,
    context=_WIDGET,
)

# -- Event (the booth kit) -------------------------------------------------------------
PRESETS = ActionSpec("presetsAction", QT_TRANSLATE_NOOP("Actions", "&Presets…"))
ACTIVE_PRESET = ActionSpec("activePresetMenu", QT_TRANSLATE_NOOP("Actions", "&Active preset"))
# A booth team's whole kit in one file (ui/booth/preset_transfer.py).
EXPORT_PRESETS = ActionSpec(
    "exportPresetsAction",
    QT_TRANSLATE_NOOP("Actions", "E&xport presets…"),
    tip=QT_TRANSLATE_NOOP("Actions", "Save every event preset to one file, for the team"),
)
IMPORT_PRESETS = ActionSpec(
    "importPresetsAction",
    QT_TRANSLATE_NOOP("Actions", "I&mport presets…"),
    tip=QT_TRANSLATE_NOOP("Actions", "Add the event presets from a team's file"),
)
EVENT_SETTINGS = ActionSpec(
    "eventSettingsAction", QT_TRANSLATE_NOOP("Actions", "&Staff and booth settings…")
)
# For a badge scanner that doesn't press Enter (one that does is caught in any field).
SCAN_BADGE = ActionSpec(
    "scanBadgeAction",
    QT_TRANSLATE_NOOP("Actions", "Scan &badge…"),
    ("Ctrl+B",),
    QT_TRANSLATE_NOOP("Actions", "Wait for a badge scan, or type a badge's code"),
)
ANSWER_VISITORS = ActionSpec(
    "answerVisitorsAction",
    QT_TRANSLATE_NOOP("Actions", "A&nswer for booth visitors…"),
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Answer the staff-only questions for visitors whose details wait, and send them"
    ),
)
BOOTH_MODE = ActionSpec(
    "boothModeAction", QT_TRANSLATE_NOOP("Actions", "&Booth mode"), ("Ctrl+Shift+B",)
)

# -- History (while focus is in the tab; locked with it) -------------------------------
RETRY_NOW = ActionSpec(
    "retryAction",
    QT_TRANSLATE_NOOP("Actions", "&Retry now"),
    ("Ctrl+R",),
    QT_TRANSLATE_NOOP("Actions", "Send the selected leads again now"),
    context=_WIDGET,
)
COPY_REQUEST_ID = ActionSpec(
    "copyRequestIdAction",
    QT_TRANSLATE_NOOP("Actions", "&Copy request id"),
    ("Ctrl+Shift+C",),
    QT_TRANSLATE_NOOP("Actions", "Copy the selected leads' request ids, for Octanist support"),
    context=_WIDGET,
)
# Delete belongs to the table alone: in the search box the key edits text.
DELETE_LEADS = ActionSpec(
    "deleteAction",
    QT_TRANSLATE_NOOP("Actions", "&Delete…"),
    (QKeySequence.StandardKey.Delete,),
    QT_TRANSLATE_NOOP("Actions", "Remove the selected leads from this computer"),
    context=Qt.ShortcutContext.WidgetShortcut,
)
EXPORT_CSV = ActionSpec(
    "exportAction",
    QT_TRANSLATE_NOOP("Actions", "&Export CSV…"),
    ("Ctrl+Shift+E",),
    QT_TRANSLATE_NOOP(
        "Actions", "Export leads to a CSV file; asks whether all or only those shown or selected"
    ),
    context=_WIDGET,
)
FIND = ActionSpec(
    "findAction",
    QT_TRANSLATE_NOOP("Actions", "Find"),
    ("Ctrl+F",),
    QT_TRANSLATE_NOOP("Actions", "Search the history"),
    context=_WIDGET,
)
# After the call: one shortcut per outcome (see ui/history/outcome_actions.py).
MARK_QUALIFIED = ActionSpec(
    "markQualifiedAction",
    QT_TRANSLATE_NOOP("Actions", "&Qualified…"),
    ("Ctrl+Shift+Q",),
    QT_TRANSLATE_NOOP("Actions", "Record that the selected lead is qualified"),
    context=_WIDGET,
)
MARK_WON = ActionSpec(
    "markWonAction",
    QT_TRANSLATE_NOOP("Actions", "&Won…"),
    ("Ctrl+Shift+W",),
    QT_TRANSLATE_NOOP(
        "Actions", "Record that the selected lead became a customer, and for how much"
    ),
    context=_WIDGET,
)
MARK_LOST = ActionSpec(
    "markLostAction",
    QT_TRANSLATE_NOOP("Actions", "&Lost…"),
    ("Ctrl+Shift+L",),
    QT_TRANSLATE_NOOP("Actions", "Record that the selected lead was lost, and why"),
    context=_WIDGET,
)

# -- Help ---------------------------------------------------------------------------------
SHORTCUTS = ActionSpec(
    "shortcutsAction",
    QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
    ("F1", "Ctrl+/"),
    QT_TRANSLATE_NOOP("Actions", "Every key the app answers to, on one page"),
)

# -- keys that belong to a widget rather than an action (listed on the shortcut sheet) ----
# Pin: keep the focused source field's value for the next lead (and after a restart).
PIN_FIELD = ActionSpec(
    "pinFieldAction",
    QT_TRANSLATE_NOOP("Actions", "&Pin this field"),
    ("Ctrl+P",),
    QT_TRANSLATE_NOOP("Actions", "Keep this value for the next lead, and after a restart"),
    booth_locked=False,
    context=_WIDGET,
)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """``spec``'s shortcuts as key sequences (a standard key as its platform's main binding)."""
    sequences: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            sequences.append(QKeySequence(shortcut))
        else:
            sequences.append(QKeySequence(shortcut))
    return sequences


class VisitorLock(QActionGroup):
    """The actions booth mode locks; ``set_locked`` turns them all off or back on.

    A ``QActionGroup`` (not exclusive) remembers each action's own enabled
    state: unlocking does not enable an action its screen had disabled (say
    Import without a database, or Retry with nothing selected).
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("visitorLock")
        self.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)

    def set_locked(self, locked: bool) -> None:
        """Lock (disable) or unlock every booth-locked action."""
        self.setEnabled(not locked)

    def is_locked(self) -> bool:
        """Whether the booth-locked actions are off."""
        return not self.isEnabled()


def make_action(
    spec: ActionSpec,
    parent: QObject,
    slot: Callable[[], object] | None = None,
    *,
    lock: VisitorLock | None = None,
) -> QAction:
    """A ``QAction`` as ``spec`` declares it, calling ``slot``; booth-locked ones join ``lock``."""
    action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
    action.setObjectName(spec.name)
    sequences = key_sequences(spec)
    if sequences:
        action.setShortcuts(sequences)
        action.setShortcutContext(spec.context)
    if spec.tip:
        tip = QCoreApplication.translate("Actions", spec.tip)
        if sequences:
            native = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip} ({native})"
        action.setToolTip(tip)
    if slot is not None:
        action.triggered.connect(slot)
    if spec.booth_locked and lock is not None:
        lock.addAction(action)
    return action


def lock_with(action: QAction, spec: ActionSpec, lock: VisitorLock | None) -> QAction:
    """Put an action Qt made (a submenu's) under ``spec``'s booth rule."""
    action.setObjectName(spec.name)
    if spec.booth_locked and lock is not None:
        lock.addAction(action)
    return action
