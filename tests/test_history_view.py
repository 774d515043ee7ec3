"""HistoryView with real widgets offscreen and a real SQLite store in a temp dir."""

from __future__ import annotations

import csv
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from octanist_desktop.core.outcomes import Delivered, Invalid, Retryable
from octanist_desktop.store.database import open_database
from octanist_desktop.store.export import HEADER
from octanist_desktop.store.history import History
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import LeadStatus
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.history.columns import COLUMN_NAME, COLUMN_STATUS
from octanist_desktop.ui.history.dialogs import ExportScope, erase_warning, export_scope_label
from octanist_desktop.ui.history.model import HistoryModel
from octanist_desktop.ui.history.view import HistoryView

CSV_BOM = b"\xef\xbb\xbf"


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """The GUI thread's connection to a fresh database."""
    connection = open_database(data_dir)
    yield connection
    connection.close()


@pytest.fixture
def outbox(conn: sqlite3.Connection) -> Outbox:
    """The window's outbox (enqueue, retry now)."""
    return Outbox(conn)


@pytest.fixture
def history(conn: sqlite3.Connection) -> History:
    """The window's history reader."""
    return History(conn)


@pytest.fixture
def view(qtbot: QtBot, history: History, outbox: Outbox) -> HistoryView:
    """A shown History tab; modal dialogs are answered by failing the test until replaced."""
    widget = HistoryView(history, outbox)
    qtbot.addWidget(widget)

    def no_dialog(*_args: object) -> None:
        raise AssertionError("a modal dialog would have opened")

    widget.ask_save_path = no_dialog
    widget.ask_export_scope = no_dialog  # type: ignore[assignment]
    widget.confirm_delete = no_dialog  # type: ignore[assignment]
    widget.resize(1400, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def enqueue(outbox: Outbox, name: str, **extra: object) -> int:
    return outbox.enqueue({"name": name, **extra})


def deliver(outbox: Outbox, lead_id: int, octanist_id: str, request_id: str) -> None:
    answer = json.dumps({"success": True, "data": {"id": octanist_id}})
    outbox.mark_sending(lead_id)
    outbox.record(lead_id, Delivered(octanist_id, request_id=request_id, server_answer=answer))


def refuse(outbox: Outbox, lead_id: int, message: str = "Email is not valid") -> None:
    outbox.mark_sending(lead_id)
    outbox.record(lead_id, Invalid(message, request_id="req-bad", server_answer='{"error":"x"}'))


def shown_names(view: HistoryView) -> list[str]:
    model = view.model
    return [
        str(model.data(model.index(row, COLUMN_NAME), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]


def select_rows(view: HistoryView, *rows: int) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(view.model.index(row, 0), flags)
    selection.setCurrentIndex(
        view.model.index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def row_named(view: HistoryView, name: str) -> int:
    return shown_names(view).index(name)


def focus_table(qtbot: QtBot, view: HistoryView) -> None:
    """Shortcuts only fire in the active window, with focus inside the view."""
    view.activateWindow()
    qtbot.waitActive(view)
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)


def test_typing_in_search_filters_after_a_pause(
    qtbot: QtBot, view: HistoryView, outbox: Outbox
) -> None:
    enqueue(outbox, "Ada Lovelace", email="ada@example.com")
    enqueue(outbox, "Grace Hopper", note="asked about the COBOL workshop")
    enqueue(outbox, "Alan Turing", phone="+441234567890")
    view.model.refresh()
    assert view.count_label.text() == "3 leads"
    assert view.search.placeholderText() == "Search name, email, phone or note"
    assert view.search.isClearButtonEnabled()

    qtbot.keyClicks(view.search, "cobol")
    assert view.model.query.search == ""  # debounced: no query per keystroke
    qtbot.waitUntil(lambda: shown_names(view) == ["Grace Hopper"])
    assert view.count_label.text() == "1 lead"

    view.search.clear()
    qtbot.keyClicks(view.search, "+4412")
    qtbot.waitUntil(lambda: shown_names(view) == ["Alan Turing"])


def test_status_filter(view: HistoryView, outbox: Outbox) -> None:
    ids = {name: enqueue(outbox, name) for name in ("Queued", "Delivered", "Invalid", "Waiting")}
    deliver(outbox, ids["Delivered"], "oct-1", "req-1")
    refuse(outbox, ids["Invalid"])
    outbox.mark_sending(ids["Waiting"])
    outbox.record(ids["Waiting"], Retryable("offline"), next_attempt_at=time.time() + 60)
    view.model.refresh()

    def choose(label: str) -> list[str]:
        view.status_filter.setCurrentIndex(view.status_filter.findText(label))
        return shown_names(view)

    assert choose("Not yet delivered") == ["Waiting", "Queued"]
    assert choose("Delivered") == ["Delivered"]
    assert choose("Needs attention") == ["Invalid"]
    assert choose("Waiting to retry") == ["Waiting"]
    assert choose("Key refused") == []
    assert view.count_label.text() == "0 leads"
    assert choose("All") == ["Waiting", "Invalid", "Delivered", "Queued"]


def test_details_pane_shows_what_was_sent_and_the_answer(view: HistoryView, outbox: Outbox) -> None:
    lead_id = enqueue(outbox, "Ada Lovelace", email="ada@example.com", custom={"budget": 5})
    deliver(outbox, lead_id, "oct-42", "req-7f3a")
    enqueue(outbox, "Someone else")
    view.model.refresh()
    assert view.details.body.isHidden()

    select_rows(view, row_named(view, "Ada Lovelace"))
    details = view.details
    assert not details.body.isHidden()
    assert json.loads(details.payload.toPlainText()) == {
        "name": "Ada Lovelace",
        "email": "ada@example.com",
        "custom": {"budget": 5},
    }
    assert details.octanist_id.text() == "oct-42"
    assert details.request_id.text() == "req-7f3a"
    assert details.request_id.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "Octanist has this lead." in details.status_sentence.text()
    assert details.attempts.text() == "1"
    # The server's answer, re-indented for reading.
    assert details.server_answer.toPlainText().splitlines()[:2] == ["{", '  "success": true,']

    select_rows(view, 0, 1)
    assert not details.body.isHidden()  # the current row of the selection
    view.table.selectionModel().clearSelection()
    assert details.body.isHidden()


def test_details_and_buttons_follow_a_live_change(view: HistoryView, outbox: Outbox) -> None:
    lead_id = enqueue(outbox, "Ada")
    outbox.mark_sending(lead_id)
    outbox.record(lead_id, Retryable("offline"), next_attempt_at=time.time() + 60)
    view.model.refresh()
    select_rows(view, 0)
    assert view.details.octanist_id.text() == "None yet"
    assert view.retry_action.isEnabled()

    outbox.mark_sending(lead_id)  # the sender's next attempt gets through
    outbox.record(lead_id, Delivered("oct-9", request_id="req-9"))
    view.on_sender_leadChanged(lead_id)
    assert view.details.octanist_id.text() == "oct-9"
    assert not view.retry_action.isEnabled()
    assert view.copy_request_id_action.isEnabled()


def test_return_in_search_goes_to_the_first_result(
    qtbot: QtBot, view: HistoryView, outbox: Outbox
) -> None:
    enqueue(outbox, "Ada Lovelace")
    enqueue(outbox, "Grace Hopper")
    view.model.refresh()
    focus_table(qtbot, view)
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "lovelace")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # no waiting for the pause
    assert shown_names(view) == ["Ada Lovelace"]
    assert view.selected_rows() == [0]
    assert view.table.hasFocus()
    assert view.details.payload.toPlainText().count("Ada Lovelace") == 1


def test_retry_now_requeues_an_invalid_lead(
    qtbot: QtBot, view: HistoryView, outbox: Outbox, history: History
) -> None:
    bad = enqueue(outbox, "Refused")
    good = enqueue(outbox, "Delivered")
    refuse(outbox, bad)
    deliver(outbox, good, "oct-1", "req-1")
    view.model.refresh()

    select_rows(view, row_named(view, "Delivered"))
    assert not view.retry_action.isEnabled()
    assert not view.buttons["retry"].isEnabled()

    select_rows(view, row_named(view, "Refused"))
    assert view.retry_action.isEnabled()
    messages: list[str] = []
    view.message.connect(messages.append)
    with qtbot.waitSignal(view.retryRequested):
        view.buttons["retry"].click()
    lead = history.get(bad)
    assert lead is not None
    assert lead.status is LeadStatus.QUEUED
    assert view.model.data(view.model.index(row_named(view, "Refused"), COLUMN_STATUS)) == "Queued"
    assert not view.retry_action.isEnabled()  # queued now: nothing more to retry
    assert messages == ["1 lead queued to send now."]


def test_retry_skips_delivered_leads_in_a_mixed_selection(
    qtbot: QtBot, view: HistoryView, outbox: Outbox, history: History
) -> None:
    bad, good = enqueue(outbox, "Refused"), enqueue(outbox, "Delivered")
    refuse(outbox, bad)
    deliver(outbox, good, "oct-1", "req-1")
    view.model.refresh()
    select_rows(view, 0, 1)
    focus_table(qtbot, view)
    with qtbot.waitSignal(view.retryRequested):
        qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert [history.get(i).status for i in (bad, good)] == [  # type: ignore[union-attr]
        LeadStatus.QUEUED,
        LeadStatus.DELIVERED,
    ]


def test_delete_asks_first_and_removes_only_locally_confirmed_leads(
    qtbot: QtBot, view: HistoryView, outbox: Outbox, history: History
) -> None:
    ids = [enqueue(outbox, f"Lead {n}") for n in range(4)]
    view.model.refresh()
    asked: list[list[str]] = []
    answers = [False, True]

    def confirm(leads: list[Lead]) -> bool:
        asked.append([lead.name for lead in leads])
        return answers.pop(0)

    view.confirm_delete = confirm
    select_rows(view, row_named(view, "Lead 1"), row_named(view, "Lead 3"))
    focus_table(qtbot, view)

    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # refused
    assert asked == [["Lead 3", "Lead 1"]]
    assert len(shown_names(view)) == 4

    with qtbot.waitSignal(view.model.rowsRemoved):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(asked) == 2
    assert shown_names(view) == ["Lead 2", "Lead 0"]
    assert history.get(ids[1]) is None
    assert history.get(ids[3]) is None
    assert not view.delete_action.isEnabled()  # the deleted rows took the selection along


def test_erasing_runs_off_the_gui_thread_and_one_at_a_time(
    qtbot: QtBot,
    view: HistoryView,
    outbox: Outbox,
    history: History,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = [enqueue(outbox, f"Lead {n}") for n in range(3)]
    view.model.refresh()
    view.confirm_delete = lambda leads: True
    erased_on: list[int] = []
    release = threading.Event()
    real = History.erase_many

    def slow_erase(self: History, lead_ids: list[int]) -> list[int]:
        erased_on.append(threading.get_ident())
        release.wait(10)  # like a search index of 100k leads being rewritten
        return real(self, lead_ids)

    monkeypatch.setattr(History, "erase_many", slow_erase)
    select_rows(view, row_named(view, "Lead 1"))
    assert view.delete_selected() == 1
    qtbot.waitUntil(lambda: bool(erased_on))
    assert erased_on != [threading.get_ident()]
    assert view.is_erasing()
    select_rows(view, row_named(view, "Lead 0"))
    assert not view.delete_action.isEnabled()  # one deletion at a time
    assert len(shown_names(view)) == 3  # the rows go when the store has let them go

    with qtbot.waitSignal(view.message) as said:
        release.set()
    assert said.args == ["1 lead deleted from this computer."]
    assert shown_names(view) == ["Lead 2", "Lead 0"]
    assert history.get(ids[1]) is None
    assert view.delete_action.isEnabled()


def test_the_real_delete_dialog_says_it_is_permanent_and_local(
    qtbot: QtBot, history: History, outbox: Outbox
) -> None:
    enqueue(outbox, "Ada Lovelace")
    view = HistoryView(history, outbox)  # with its own, modal, confirmation
    qtbot.addWidget(view)
    view.show()
    select_rows(view, 0)
    seen: list[tuple[str, bool]] = []

    def answer_dialog() -> None:
        # Only look, then always answer: a failed check here must not leave
        # a modal dialog waiting forever.
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        cancel_is_default = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        seen.append((f"{box.text()} {box.informativeText()}", cancel_is_default))
        for button in box.buttons():
            if button.text() == "Delete":
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, answer_dialog)
    assert view.delete_selected() == 1
    text, cancel_is_default = seen[0]
    assert text.startswith("Delete “Ada Lovelace” from this computer?")
    assert "cannot be undone" in text
    assert "stay in Octanist" in text
    assert cancel_is_default
    qtbot.waitUntil(lambda: not view.is_erasing())  # erased on the task pool
    assert view.model.rowCount() == 0


def test_deleting_a_lead_being_sent_erases_it_and_says_it_may_still_arrive(
    qtbot: QtBot, view: HistoryView, outbox: Outbox, history: History
) -> None:
    # One rule (store.lifecycle): any lead may be erased; one being sent may still arrive.
    sending = enqueue(outbox, "On The Wire")
    enqueue(outbox, "Still Queued")
    outbox.mark_sending(sending)
    outbox.mark_request_started(sending)
    view.model.refresh()
    warnings: list[str] = []

    def confirm(leads: list[Lead]) -> bool:
        warnings.append(erase_warning(leads))
        return True

    view.confirm_delete = confirm
    select_rows(view, row_named(view, "On The Wire"), row_named(view, "Still Queued"))
    with qtbot.waitSignal(view.message) as said:
        assert view.delete_selected() == 2
    assert history.get(sending) is None
    assert "may still reach Octanist" in warnings[0]
    assert said.args == [
        "2 leads deleted from this computer. 1 lead was being sent and may still reach Octanist."
    ]


def test_delete_key_in_the_search_box_edits_text(
    qtbot: QtBot, view: HistoryView, outbox: Outbox
) -> None:
    enqueue(outbox, "Ada")
    view.model.refresh()
    select_rows(view, 0)
    view.search.setText("ab")
    view.search.setFocus()
    view.search.setCursorPosition(0)
    qtbot.keyClick(view.search, Qt.Key.Key_Delete)  # confirm_delete would fail the test
    assert view.search.text() == "b"


def read_csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(CSV_BOM)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_export_asks_all_or_only_the_shown_or_selected(
    view: HistoryView, outbox: Outbox, tmp_path: Path
) -> None:
    """Issue 12: a search or a selection never silently narrows the export; it asks."""
    for name in ("Ada", "Grace", "Alan"):
        enqueue(outbox, name, email=f"{name.lower()}@example.com")
    view.model.refresh()
    messages: list[str] = []
    view.message.connect(messages.append)
    asked: list[dict[ExportScope, int]] = []
    answer: list[ExportScope | None] = [None]

    def ask(choices: dict[ExportScope, int]) -> ExportScope | None:
        asked.append(choices)
        return answer[0]

    view.ask_export_scope = ask
    exported = tmp_path / "leads.csv"
    view.ask_save_path = lambda: exported

    def names_in_file() -> list[str]:
        header, *rows = read_csv(exported)
        assert tuple(header) == HEADER
        return [row[header.index("name")] for row in rows]

    # Nothing narrowed: everything, without a question.
    assert view.export_csv() == 3
    assert asked == []
    assert names_in_file() == ["Alan", "Grace", "Ada"]
    assert messages[-1] == f"Exported 3 leads to {exported}."

    # Two of three selected: all, or only those two.
    select_rows(view, row_named(view, "Grace"), row_named(view, "Ada"))
    answer[0] = ExportScope.SELECTED
    view.buttons["export"].click()
    assert asked[-1] == {ExportScope.ALL: 3, ExportScope.SELECTED: 2}
    assert names_in_file() == ["Grace", "Ada"]

    # A search shows one: all of them, or only that one.
    view.table.clearSelection()
    view.search.setText("grace")
    view.apply_filter_now()
    answer[0] = ExportScope.SHOWN
    assert view.export_csv() == 1
    assert asked[-1] == {ExportScope.ALL: 3, ExportScope.SHOWN: 1}
    assert names_in_file() == ["Grace"]
    answer[0] = ExportScope.ALL
    assert view.export_csv() == 3
    assert names_in_file() == ["Alan", "Grace", "Ada"]

    # Cancelled at either question: nothing written, nothing said.
    count = len(messages)
    exported.unlink()
    answer[0] = None
    assert view.export_csv() is None
    answer[0] = ExportScope.ALL
    view.ask_save_path = lambda: None
    assert view.export_csv() is None
    assert len(messages) == count
    assert not exported.exists()

    view.ask_save_path = lambda: tmp_path / "no such folder" / "x.csv"
    assert view.export_csv() is None
    assert messages[-1].startswith("Could not export to ")


def test_export_scope_buttons_say_how_many(qtbot: QtBot) -> None:
    assert export_scope_label(ExportScope.ALL, 1204) == "All leads (1,204)"
    assert export_scope_label(ExportScope.SHOWN, 12) == "Only the 12 shown"
    assert export_scope_label(ExportScope.SELECTED, 2) == "Only the 2 selected"


def test_copy_request_id(qtbot: QtBot, view: HistoryView, outbox: Outbox) -> None:
    delivered = enqueue(outbox, "Ada")
    enqueue(outbox, "Not sent yet")
    deliver(outbox, delivered, "oct-1", "req-abc-123")
    view.model.refresh()

    select_rows(view, row_named(view, "Not sent yet"))
    assert not view.copy_request_id_action.isEnabled()

    select_rows(view, row_named(view, "Ada"))
    QGuiApplication.clipboard().clear()
    focus_table(qtbot, view)
    qtbot.keyClick(
        view.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == "req-abc-123"


def test_a_new_lead_appears_without_losing_the_selection(view: HistoryView, outbox: Outbox) -> None:
    enqueue(outbox, "Ada")
    enqueue(outbox, "Grace")
    view.model.refresh()
    select_rows(view, row_named(view, "Ada"))
    new = enqueue(outbox, "Alan")
    view.on_outbox_leadAdded(new)
    assert shown_names(view) == ["Alan", "Grace", "Ada"]
    assert view.selected_rows() == [2]
    assert view.details.payload.toPlainText().count("Ada") == 1


def bulk_insert(conn: sqlite3.Connection, count: int) -> None:
    """``count`` delivered leads in one transaction, through the store's own schema."""
    now = time.time() - count
    rows = [
        (
            json.dumps({"name": f"Visitor {n}", "email": f"v{n}@example.com"}),
            "delivered",
            now + n,
            now + n,
            f"Visitor {n}",
            f"v{n}@example.com",
        )
        for n in range(count)
    ]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO leads (payload, status, created_at, updated_at, name, email)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")


@pytest.mark.slow
def test_a_hundred_thousand_leads_open_and_search(
    qtbot: QtBot, conn: sqlite3.Connection, history: History, outbox: Outbox
) -> None:
    bulk_insert(conn, 100_000)
    view = HistoryView(history, outbox)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert view.model.rowCount() == 100_000
    assert view.count_label.text() == "100,000 leads"
    assert view.model.page_loads == 1
    top = view.model.lead_at(0)
    assert top is not None
    assert top.name == "Visitor 99999"

    view.table.scrollToBottom()
    view.grab()
    assert view.model.page_loads == 2

    qtbot.keyClicks(view.search, "v4242@")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.grab()
    assert isinstance(view.model, HistoryModel)
    assert shown_names(view) == ["Visitor 4242"]


def test_details_pane_shows_the_proof_of_consent_and_the_badge_scan(
    view: HistoryView, outbox: Outbox
) -> None:
    from octanist_desktop.core.capture import CaptureRecord
    from octanist_desktop.core.consent import ConsentRecord, EnteredBy, default_consent

    text = default_consent("nl")
    consent = ConsentRecord(
        text, (True, False, False), time.time(), "stand-1", "Ann", EnteredBy.VISITOR
    )
    raw = "MECARD:N:Bakker,Bo;EMAIL:bo@example.nl;;"
    # As booth mode sends it: the proof's version and time in custom data too.
    proof = {"consent": {"version": text.version, "at": "2026-12-01T10:42:00Z"}, "fit": "good"}
    outbox.enqueue({"name": "Bo Bakker", "custom": proof}, CaptureRecord(consent, raw_scan=raw))
    enqueue(outbox, "Imported Ivo")
    view.model.refresh()

    select_rows(view, row_named(view, "Bo Bakker"))
    capture = view.details.capture
    summary = capture.summary.text()
    assert summary.startswith("Ticked by the visitor on ")
    assert "stand-1 (Ann)" in summary
    assert text.version in summary
    wording = capture.wording.toPlainText().splitlines()
    assert wording[0] == text.intro
    assert wording[1] == f"☑ {text.statements[0].text}"
    assert wording[2] == f"☐ {text.statements[1].text}"
    assert capture.badge.toPlainText() == raw
    assert capture.wording.isVisibleTo(view)
    # Said once, in words, above: no raw "consent / version / at" lines in the custom data.
    assert view.details.custom.facts() == [("fit", "good")]

    select_rows(view, row_named(view, "Imported Ivo"))
    assert capture.summary.text() == "No consent record was kept for this lead."
    assert not capture.wording.isVisibleTo(view)
    assert not capture.badge.isVisibleTo(view)
