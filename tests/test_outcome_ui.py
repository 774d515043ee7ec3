"""Recording outcomes in History, the "After the call" card and the plan's usage, offscreen.

Real widgets, a real SQLite file; the outcome dialog is driven with the keyboard.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from octanist_desktop.core.deal import OutcomeDraft, Stage
from octanist_desktop.core.outcomes import Applied, Conflict, Delivered
from octanist_desktop.core.remote import Availability, RemoteLead, Usage
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.lifecycle import OutcomeStatus
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.store.outcome_queue import OutcomeQueue
from octanist_desktop.store.remote_index import RemoteIndex
from octanist_desktop.ui.history.outcome_actions import OutcomeActions
from octanist_desktop.ui.history.outcome_dialog import OutcomeDialog
from octanist_desktop.ui.history.view import HistoryView
from octanist_desktop.ui.money import format_money, parse_money
from octanist_desktop.ui.settings.plan_section import PlanSection
from octanist_desktop.ui.status_bar import StatusBar
from octanist_desktop.ui.usage_words import usage_line, usage_warning

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """The GUI thread's connection to a fresh database."""
    connection = open_database(data_dir)
    yield connection
    connection.close()


@pytest.fixture
def outbox(conn: sqlite3.Connection) -> Outbox:
    """Where leads are saved."""
    return Outbox(conn)


@pytest.fixture
def queue(conn: sqlite3.Connection) -> OutcomeQueue:
    """Where outcomes are saved."""
    return OutcomeQueue(conn)


@pytest.fixture
def view(qtbot: QtBot, conn: sqlite3.Connection, outbox: Outbox) -> HistoryView:
    """A shown History tab."""
    widget = HistoryView(History(conn), outbox)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    widget.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def outcomes(view: HistoryView, queue: OutcomeQueue, conn: sqlite3.Connection) -> OutcomeActions:
    """Qualified / Won / Lost plugged into the History tab, values in euros."""
    return OutcomeActions(view, queue, RemoteIndex(conn), currency=lambda: "€")


def show_active(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(dialog.isActiveWindow)


def deliver(outbox: Outbox, lead_id: int, octanist_id: str) -> None:
    outbox.mark_sending(lead_id)
    outbox.record(lead_id, Delivered(octanist_id))


def select(view: HistoryView, qtbot: QtBot, lead_id: int) -> None:
    view.model.refresh()
    row = view.model.row_of(lead_id)
    assert row is not None
    # Not selectRow: it reads the keyboard modifiers, and a shortcut pressed in an
    # earlier test can leave Qt believing Ctrl+Shift are still held.
    flags = QItemSelectionModel.SelectionFlag
    view.table.selectionModel().setCurrentIndex(
        view.model.index(row, 0), flags.ClearAndSelect | flags.Rows
    )
    view.table.setFocus()
    qtbot.waitUntil(lambda: view.details.lead_id == lead_id)


# --- money in the user's locale -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("5.000,50", DUTCH, Decimal("5000.50")),
        ("€ 5.000", DUTCH, Decimal(5000)),
        ("5000.50", DUTCH, Decimal("5000.50")),  # plain digits are understood everywhere
        ("5,000.50", ENGLISH, Decimal("5000.50")),
        ("$1,200", ENGLISH, Decimal(1200)),
        ("lots", ENGLISH, None),
        ("", ENGLISH, None),
    ],
)
def test_values_are_read_in_the_users_locale(
    text: str, locale: QLocale, expected: Decimal | None
) -> None:
    symbol = "$" if locale == ENGLISH else "€"
    assert parse_money(text, symbol, locale) == expected


def test_values_are_shown_in_the_users_locale() -> None:
    assert format_money(Decimal(5000), "€", DUTCH) == "€\u00a05.000"  # a no-break space
    assert format_money(Decimal("1200.5"), "$", ENGLISH) == "$1,200.50"


# --- the dialog -------------------------------------------------------------------------------


def test_won_asks_for_the_value_and_ctrl_enter_saves(qtbot: QtBot) -> None:
    dialog = OutcomeDialog("“Ada”", Stage.WON, currency="€", locale=ENGLISH)
    show_active(qtbot, dialog)
    assert dialog.focusWidget() is dialog.value
    assert not dialog.loss_reason.isVisible()

    qtbot.keyClick(dialog.value, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == 0
    assert "needs its value" in dialog.error.text()

    qtbot.keyClicks(dialog.value, "5,000")
    qtbot.keyClicks(dialog.note, "Signed at the booth")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.draft() == OutcomeDraft(Stage.WON, Decimal(5000), "Signed at the booth", "", "€")


def test_lost_asks_why_and_alt_l_switches_to_it(qtbot: QtBot) -> None:
    dialog = OutcomeDialog("“Bo”", Stage.QUALIFIED, currency="€", locale=ENGLISH)
    show_active(qtbot, dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.stage() is Stage.LOST)  # a mnemonic's click is animated
    assert dialog.loss_reason.isVisible()
    dialog.loss_reason.setCurrentText("Went with a competitor")
    qtbot.keyClick(dialog.loss_reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    draft = dialog.draft()
    assert draft is not None
    assert (draft.stage, draft.loss_reason, draft.value) == (
        Stage.LOST,
        "Went with a competitor",
        None,
    )


def test_a_value_that_is_not_a_number_is_explained(qtbot: QtBot) -> None:
    dialog = OutcomeDialog("“Cy”", Stage.QUALIFIED, currency="€", locale=ENGLISH)
    qtbot.addWidget(dialog)
    dialog.value.setText("about five grand")
    dialog.on_save()
    assert dialog.draft() is None
    assert "not an amount" in dialog.error.text()


# --- History: recording, the timeline ----------------------------------------------------------


def test_ctrl_shift_w_records_won_for_the_selected_lead(
    qtbot: QtBot, view: HistoryView, outcomes: OutcomeActions, outbox: Outbox, queue: OutcomeQueue
) -> None:
    lead_id = outbox.enqueue({"name": "Ada Lovelace", "email": "ada@example.com"})
    select(view, qtbot, lead_id)
    asked: list[tuple[str, Stage]] = []

    def answer(who: str, stage: Stage, previous: OutcomeDraft | None) -> OutcomeDraft:
        asked.append((who, stage))
        return OutcomeDraft(stage, Decimal(5000), "Signed", currency="€")

    outcomes.ask = answer
    queued: list[int] = []
    outcomes.outcomeQueued.connect(queued.append)
    messages: list[str] = []
    view.message.connect(messages.append)

    qtbot.keyClick(
        view.table,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    assert asked == [("“Ada Lovelace”", Stage.WON)]
    assert queued == [lead_id]
    [saved] = queue.for_lead(lead_id)
    assert (saved.stage, saved.value, saved.status) == (
        Stage.WON,
        Decimal(5000),
        OutcomeStatus.QUEUED,
    )
    assert messages[-1] == "Saved as won: 1 lead. It is sent to Octanist next."
    text = outcomes.timeline.entries.text()
    assert f"Won, {format_money(Decimal(5000), '€')}" in text  # in the user's locale
    assert "goes once the lead is at Octanist" in text
    assert outcomes.timeline.isVisibleTo(view)


def test_one_shortcut_per_outcome_and_the_buttons_are_there(
    view: HistoryView, outcomes: OutcomeActions
) -> None:
    shortcuts = {name: action.shortcut().toString() for name, action in outcomes.actions.items()}
    assert shortcuts == {"qualified": "Ctrl+Shift+Q", "won": "Ctrl+Shift+W", "lost": "Ctrl+Shift+L"}
    assert {"qualified", "won", "lost"} <= set(view.buttons)
    assert all(action in view.table.actions() for action in outcomes.actions.values())


def test_nothing_selected_says_what_to_do(view: HistoryView, outcomes: OutcomeActions) -> None:
    messages: list[str] = []
    view.message.connect(messages.append)
    outcomes.ask = lambda *_: pytest.fail("no dialog without a selection")  # type: ignore[assignment]
    assert outcomes.mark(Stage.LOST) == 0
    assert messages == ["Select a lead first, then record its outcome."]


def test_the_timeline_shows_octanists_side_and_each_outcome(
    qtbot: QtBot,
    view: HistoryView,
    outcomes: OutcomeActions,
    outbox: Outbox,
    queue: OutcomeQueue,
    conn: sqlite3.Connection,
) -> None:
    lead_id = outbox.enqueue({"name": "Bo", "email": "bo@example.com", "gclid": "x"})
    deliver(outbox, lead_id, "lead_bo")
    queue.add(lead_id, OutcomeDraft(Stage.QUALIFIED, Decimal(1200), currency="€"))
    lost = queue.add(lead_id, OutcomeDraft(Stage.LOST, loss_reason="Price", currency="€"))
    for _ in range(2):
        due = queue.claim_next_due()
        assert due is not None
        assert due.match is not None
        queue.mark_request_started(due.outcome.id, due.match)
        queue.record(
            due.outcome.id, Applied() if due.outcome.id != lost else Conflict("Multiple leads")
        )
    index = RemoteIndex(conn)
    index.apply(
        [RemoteLead("lead_bo", Stage.QUALIFIED, Decimal(1200), campaign="Expo", ad_group="Hall 1")],
        index.begin_refresh(),
    )

    select(view, qtbot, lead_id)

    side = outcomes.timeline.at_octanist.text()
    assert "Qualified" in side
    assert "campaign Expo › Hall 1" in side
    entries = outcomes.timeline.entries.text()
    assert entries.index("Qualified") < entries.index("Lost (Price)")
    assert "Recorded at Octanist" in entries
    assert "several leads match" in entries


# --- usage ------------------------------------------------------------------------------------


PERIOD = (datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 30, 23, 59, 59, tzinfo=UTC))


def test_usage_words_warn_at_ninety_percent_and_when_locked() -> None:
    assert usage_line(Usage(148, 500), ENGLISH) == "148 of 500 leads this period"
    assert usage_warning(Usage(148, 500)) == ""
    assert "nearly full: 50 leads left" in usage_warning(Usage(450, 500))
    assert "3 leads are locked" in usage_warning(Usage(503, 500, 3))
    assert usage_line(Usage(12, None), ENGLISH) == "12 leads this period"


def test_the_status_bar_shows_usage_in_amber_when_nearly_full(qtbot: QtBot) -> None:
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.show_usage("148 of 500 leads this period", "", "")
    assert bar.usage_label.isVisible()
    assert bar.usage_label.property("warning") is False
    bar.show_usage("450 of 500 leads this period", "The plan is nearly full", "")
    assert bar.usage_label.property("warning") is True
    assert "nearly full" in bar.usage_label.toolTip()


def test_settings_shows_usage_the_missing_endpoints_and_keeps_a_new_currency(
    qtbot: QtBot,
) -> None:
    usage = Usage(450, 500, 0, *PERIOD)
    section = PlanSection((usage, 1_800_000_000.0), Availability.AVAILABLE, "€")
    qtbot.addWidget(section)
    section.show()
    assert "450 of 500 leads this period" in section.usage.text()
    assert section.warning.isVisible()
    assert not section.unsupported.isVisible()

    dialog = QDialog()
    qtbot.addWidget(dialog)
    section.attach(dialog)
    changed: list[str] = []
    section.currencyChanged.connect(changed.append)
    section.currency.setText("$")
    dialog.accept()
    assert changed == ["$"]

    older = PlanSection(None, Availability.UNSUPPORTED, "€")
    qtbot.addWidget(older)
    older.show()
    assert older.unsupported.isVisible()
    assert "takes no outcomes" in older.unsupported.text()
    assert older.usage.text() == "Not available from this server."


def test_labels_are_plain_words(qtbot: QtBot) -> None:
    # No field keys or JSON in the salesperson's face.
    dialog = OutcomeDialog("“Ada”", Stage.WON, currency="€")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for jargon in ("lossReason", "changedTo", "PATCH", "{", "status"):
        assert jargon not in texts


# --- History's Octanist columns ------------------------------------------------------------


def test_the_octanist_columns_show_status_value_campaign_and_highlight_changes(
    qtbot: QtBot,
    view: HistoryView,
    outcomes: OutcomeActions,
    outbox: Outbox,
    queue: OutcomeQueue,
    conn: sqlite3.Connection,
) -> None:
    from PySide6.QtGui import QBrush

    ada = outbox.enqueue({"name": "Ada"})
    bo = outbox.enqueue({"name": "Bo"})
    deliver(outbox, bo, "lead_bo")
    queue.add(ada, OutcomeDraft(Stage.WON, Decimal(5000), currency="€"))
    index = RemoteIndex(conn)
    index.apply([RemoteLead("lead_bo", Stage.OPEN)], index.begin_refresh())
    index.apply(
        [RemoteLead("lead_bo", Stage.QUALIFIED, Decimal(900), campaign="Expo")],
        index.begin_refresh(),
    )
    view.model.refresh()

    def cell(lead_id: int, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        row = view.model.row_of(lead_id)
        assert row is not None
        return view.model.index(row, view.model.column(key)).data(role)

    assert cell(ada, "octanist_status") == "Won · not sent yet"
    assert cell(ada, "octanist_value") == format_money(Decimal(5000), "€")
    assert cell(ada, "octanist_status", Qt.ItemDataRole.BackgroundRole) is None
    assert cell(bo, "octanist_status") == "Qualified"
    assert cell(bo, "octanist_value") == format_money(Decimal(900), "€")
    assert cell(bo, "campaign") == "Expo"
    assert isinstance(cell(bo, "octanist_status", Qt.ItemDataRole.BackgroundRole), QBrush)
    tip = cell(bo, "octanist_status", Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str)
    assert "Changed at Octanist since the last refresh." in tip
    assert "octanist_status" in view.table.shown_columns()


def test_the_shortcut_sheet_lists_the_outcomes(qtbot: QtBot) -> None:
    from octanist_desktop.ui.shortcut_sheet import ShortcutSheet

    sheet = ShortcutSheet()
    qtbot.addWidget(sheet)
    texts = [label.text() for label in sheet.findChildren(QLabel)]
    for keys in ("Ctrl+Shift+Q", "Ctrl+Shift+W", "Ctrl+Shift+L"):
        assert keys in texts
    assert "Record that the lead was won, and its value" in texts
