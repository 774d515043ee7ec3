"""After the call, end to end: the whole app, the real sandbox, a real data folder, the keyboard.

Enter a lead, mark it won with a value, pull the network, enter another
and mark it lost, restart the app, and when the network returns see both
outcomes delivered in order and each lead's status read back from the server.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from octanist_desktop.core.deal import Stage
from octanist_desktop.refresh.status_refresh import RefreshReport
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.session import DesktopSession
from octanist_desktop.store.lifecycle import LeadStatus, OutcomeStatus
from octanist_desktop.ui.history.outcome_dialog import OutcomeDialog
from octanist_desktop.ui.main_window import HISTORY_TAB, MainWindow
from tests.event_session import CTRL, SessionFactory, focused, open_session, press, type_keys

__all__ = ["open_session"]  # the fixture, imported for pytest to find

SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def type_lead(qtbot: QtBot, name: str, email: str) -> None:
    """Name, Tab, Email, Ctrl+Return — the keyboard only."""
    type_keys(qtbot, name)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, email)
    press(qtbot, Qt.Key.Key_Return, CTRL)


def answer_dialog(qtbot: QtBot, fill: Callable[[OutcomeDialog], None]) -> list[str]:
    """Fill the outcome dialog with the keyboard as soon as it opens (it is modal).

    Gives up (cancels it) after ten seconds, so a failure can't hang the suite.
    """
    done: list[str] = []
    started = time.monotonic()

    def fill_when_open() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OutcomeDialog) or not dialog.isActiveWindow():
            if time.monotonic() - started < 10:
                QTimer.singleShot(20, fill_when_open)
            return
        # The shortcut's own key releases went to the table the dialog covers;
        # without these, Qt would think Ctrl and Shift are still held down.
        for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control):
            qtbot.keyRelease(focused(), key)
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()  # the fill failed: don't leave the test waiting
        done.append(dialog.stage().value)

    QTimer.singleShot(0, fill_when_open)
    return done


def back_in(qtbot: QtBot, window: MainWindow) -> None:
    """After the dialog: the window is active again, the keyboard in its History table."""
    window.activateWindow()  # a window manager does this; offscreen there is none
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def select_lead(qtbot: QtBot, window: MainWindow, name: str) -> int:
    """In History, put the cursor on the lead called ``name``; returns its id."""
    view = window.history_view
    qtbot.waitUntil(view.table.isVisible)  # a tab's new page is shown on the next event loop turn
    view.model.refresh()
    for row in range(view.model.rowCount()):
        lead = view.model.lead_at(row)
        if lead is not None and lead.name == name:
            flags = QItemSelectionModel.SelectionFlag
            view.table.selectionModel().setCurrentIndex(
                view.model.index(row, 0), flags.ClearAndSelect | flags.Rows
            )
            view.table.setFocus()
            shown = lead.id
            qtbot.waitUntil(lambda shown=shown: view.details.lead_id == shown)
            return shown
    raise AssertionError(f"{name} is not in History")


def outcome_status(session: DesktopSession, lead_id: int) -> OutcomeStatus | None:
    queue, _ = session.after_call_store()
    outcomes = queue.for_lead(lead_id)
    return outcomes[-1].status if outcomes else None


def refreshed(qtbot: QtBot, session: DesktopSession) -> RefreshReport:
    """Press F5 in History and wait for the status to be read back."""
    assert session.refresher is not None
    with qtbot.waitSignal(session.refresher.refreshed, timeout=10_000) as blocker:
        press(qtbot, Qt.Key.Key_F5)
    report = blocker.args[0]
    assert isinstance(report, RefreshReport)
    return report


def test_won_online_lost_offline_restart_and_both_arrive_in_order(
    qtbot: QtBot, open_session: SessionFactory, sandbox: SandboxServer
) -> None:
    # 1. A lead, entered and delivered.
    session = open_session()
    window = session.window
    type_lead(qtbot, "Marieke de Vries", "marieke@example.com")
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=10_000)

    # 2. Marked won with a value, from History, with the keyboard.
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.tabs.currentIndex() == HISTORY_TAB
    marieke = select_lead(qtbot, window, "Marieke de Vries")

    def won(dialog: OutcomeDialog) -> None:
        assert dialog.stage() is Stage.WON
        assert isinstance(focused(), QLineEdit)  # the cursor is in Value
        type_keys(qtbot, "5000")
        press(qtbot, Qt.Key.Key_Return, CTRL)

    filled = answer_dialog(qtbot, won)
    press(qtbot, Qt.Key.Key_W, CTRL | SHIFT)
    assert filled == ["won"]
    back_in(qtbot, window)
    qtbot.waitUntil(lambda: len(sandbox.updates) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: outcome_status(session, marieke) is OutcomeStatus.DELIVERED)

    # 3. The network goes; another lead is entered and marked lost.
    sandbox.go_offline()
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: focused() is window.form.input_widget("name"))
    type_lead(qtbot, "Jan Jansen", "jan@example.com")
    press(qtbot, Qt.Key.Key_2, CTRL)
    jan = select_lead(qtbot, window, "Jan Jansen")

    def lost(dialog: OutcomeDialog) -> None:
        assert dialog.stage() is Stage.LOST
        combo = dialog.loss_reason
        assert isinstance(combo, QComboBox)
        type_keys(qtbot, "Went with a competitor")
        press(qtbot, Qt.Key.Key_Return, CTRL)

    filled = answer_dialog(qtbot, lost)
    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    assert filled == ["lost"]
    back_in(qtbot, window)
    assert outcome_status(session, jan) is OutcomeStatus.QUEUED  # waits for its lead
    card = window.outcome_actions
    assert card is not None
    assert "goes once the lead is at Octanist" in card.timeline.entries.text()

    # 4. The app is closed and started again on the same data folder, still offline.
    assert session.shutdown()
    session = open_session()
    window = session.window
    assert outcome_status(session, jan) is OutcomeStatus.QUEUED
    assert len(sandbox.leads) == 1

    # 5. The network returns: F5 in History sends what waits and reads the status back.
    sandbox.go_online()
    press(qtbot, Qt.Key.Key_2, CTRL)
    select_lead(qtbot, window, "Jan Jansen")
    qtbot.waitUntil(lambda: outcome_status(session, jan) is OutcomeStatus.DELIVERED, timeout=15_000)

    # Both outcomes arrived, in order, each after its own lead, matched by its id.
    marieke_id, jan_id = (lead.lead_id for lead in sandbox.leads)
    assert [(u.body["id"], u.body["status"]) for u in sandbox.updates] == [
        (marieke_id, "won"),
        (jan_id, "lost"),
    ]
    assert sandbox.updates[0].body["value"] == 5000
    assert sandbox.updates[1].body["lossReason"] == "Went with a competitor"
    assert sandbox.updates[1].received_at >= sandbox.leads[1].received_at

    # 6. Statuses refreshed from the server, shown in the card.
    report = refreshed(qtbot, session)
    assert report.failure is None
    _, index = session.after_call_store()
    states = index.for_leads([marieke, jan])
    assert (states[marieke].stage, states[marieke].value) == (Stage.WON, Decimal(5000))
    assert states[jan].stage is Stage.LOST
    assert "Lost" in window.outcome_actions.timeline.at_octanist.text()  # type: ignore[union-attr]
    # ...and in History's At Octanist column.
    view = window.history_view
    column = view.model.column("octanist_status")
    statuses = {
        view.model.lead_at(row).name: view.model.index(row, column).data()  # type: ignore[union-attr]
        for row in range(view.model.rowCount())
    }
    assert statuses == {"Marieke de Vries": "Won", "Jan Jansen": "Lost"}
    assert report.usage is not None
    assert window.status_bar.usage_label.text() == "2 of 500 leads this period"
    history = session.history
    assert {history.get(i).status for i in (marieke, jan)} == {LeadStatus.DELIVERED}  # type: ignore[union-attr]


def test_a_change_made_at_octanist_shows_after_f5_and_a_colleagues_visitor_is_hinted(
    qtbot: QtBot, open_session: SessionFactory, sandbox: SandboxServer, api_key: str
) -> None:
    session = open_session()
    window = session.window
    type_lead(qtbot, "Piet Pieters", "piet@example.com")
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=10_000)
    # At Octanist, someone qualifies Piet; a colleague's laptop sends Anna.
    sandbox.change_lead(sandbox.leads[0].lead_id, status="qualified", campaign="Expo 2026")
    from octanist_desktop.net.client import OctanistClient

    colleague = OctanistClient(sandbox.url, api_key)
    colleague.post_lead({"name": "Anna Bakker", "email": "anna@example.com"})
    colleague.close()

    press(qtbot, Qt.Key.Key_2, CTRL)
    piet = select_lead(qtbot, window, "Piet Pieters")
    refreshed(qtbot, session)

    _, index = session.after_call_store()
    assert index.for_leads([piet])[piet].changed
    side = window.outcome_actions.timeline.at_octanist.text()  # type: ignore[union-attr]
    assert "Qualified" in side
    assert "Expo 2026" in side
    assert "Changed at Octanist since the last refresh" in side

    # Typing the colleague's visitor in the form: the hint says where Anna already is.
    press(qtbot, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: focused() is window.form.input_widget("name"))
    type_keys(qtbot, "Anna")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "anna@example.com")
    qtbot.waitUntil(lambda: "Already at Octanist" in window.form.duplicate_hint(), timeout=5000)
    assert "by another device" in window.form.duplicate_hint()
