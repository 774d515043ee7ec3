"""HistoryModel against a real SQLite store: paging, filters, live updates, erasing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from octanist_desktop.core.outcomes import Delivered, Invalid, Rejected, Retryable, Unauthorized
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.lifecycle import PENDING, LeadStatus
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.history.columns import (
    COLUMN_ATTEMPTS,
    COLUMN_EMAIL,
    COLUMN_LAST_ERROR,
    COLUMN_NAME,
    COLUMN_OCTANIST_ID,
    COLUMN_PHONE,
    COLUMN_REQUEST_ID,
    COLUMN_STATUS,
    COLUMN_TIME,
    HISTORY_COLUMNS,
)
from octanist_desktop.ui.history.model import HistoryModel
from octanist_desktop.ui.history.status_words import duplicate_explanation, format_time

DISPLAY = Qt.ItemDataRole.DisplayRole
# Wednesday 26 November 2025, 15:00 local time.
NOW = datetime(2025, 11, 26, 15, 0).timestamp()


class Clock:
    """A settable clock, so created_at and "Today" are known."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """The GUI thread's connection to a fresh database."""
    connection = open_database(data_dir)
    yield connection
    connection.close()


@pytest.fixture
def clock() -> Clock:
    """Time as the outbox and the model see it."""
    return Clock()


@pytest.fixture
def outbox(conn: sqlite3.Connection, clock: Clock) -> Outbox:
    """Writes leads the way the app does."""
    return Outbox(conn, clock=clock)


@pytest.fixture
def history(conn: sqlite3.Connection) -> History:
    """What the model reads."""
    return History(conn)


@pytest.fixture
def model(qtbot: QtBot, history: History, clock: Clock) -> HistoryModel:
    """A model with small pages so paging shows up with a few hundred leads."""
    del qtbot  # needs the QApplication
    return HistoryModel(history, page_size=20, cached_pages=3, clock=clock)


def enqueue(outbox: Outbox, n: int, **extra: object) -> int:
    """A lead named "Lead n" with a recognisable email and phone."""
    return outbox.enqueue(
        {"name": f"Lead {n}", "email": f"lead{n}@example.com", "phone": f"+3161234{n:04d}", **extra}
    )


def answer(outbox: Outbox, lead_id: int, outcome: object, **kwargs: float) -> None:
    """Put a lead through one attempt that ended in ``outcome``."""
    outbox.mark_sending(lead_id)
    outbox.record(lead_id, outcome, **kwargs)  # type: ignore[arg-type]


def text(model: HistoryModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column), DISPLAY))


def names(model: HistoryModel) -> list[str]:
    return [text(model, row, COLUMN_NAME) for row in range(model.rowCount())]


def test_headers_and_counts(model: HistoryModel, outbox: Outbox) -> None:
    for n in range(3):
        enqueue(outbox, n)
    model.refresh()
    assert model.rowCount() == 3
    # Issue 12: the salesperson's columns first (shown by default), technical ones after.
    # Issue 15: what became of the lead at Octanist, after Status.
    assert model.columnCount() == len(HISTORY_COLUMNS) == 19
    assert [
        model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(len(HISTORY_COLUMNS))
    ] == [
        "Time",
        "Name",
        "Company",
        "Email / Phone",
        "Event",
        "Staff",
        "Status",
        "At Octanist",
        "Value",
        "Campaign",
        "Email",
        "Phone",
        "Job title",
        "Note",
        "Attempts",
        "Lead no.",
        "Octanist lead id",
        "Request id",
        "Last error",
    ]
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children
    assert model.data(model.index(3, 0), DISPLAY) is None


def test_newest_lead_is_first_and_cells_show_the_lead(
    model: HistoryModel, outbox: Outbox, clock: Clock
) -> None:
    for n in range(3):
        enqueue(outbox, n)
        clock.now += 60
    assert names(model) == ["Lead 2", "Lead 1", "Lead 0"]
    assert text(model, 0, COLUMN_EMAIL) == "lead2@example.com"
    assert text(model, 0, COLUMN_PHONE) == "+31612340002"
    assert text(model, 0, COLUMN_STATUS) == "Queued"
    assert text(model, 0, COLUMN_ATTEMPTS) == "0"
    assert text(model, 0, COLUMN_TIME) == "Today 15:02"
    assert model.data(model.index(0, COLUMN_TIME), Qt.ItemDataRole.ToolTipRole) == (
        "26 Nov 2025 15:02:00"
    )


def test_time_column_reads_like_a_person_would_say_it() -> None:
    assert format_time(datetime(2025, 11, 26, 10, 42).timestamp(), NOW) == "Today 10:42"
    assert format_time(datetime(2025, 11, 24, 10, 42).timestamp(), NOW) == "Mon 24 Nov 10:42"
    assert format_time(datetime(2024, 11, 24, 10, 42).timestamp(), NOW) == "24 Nov 2024"


def test_status_column_says_what_happened_with_an_icon(
    model: HistoryModel, outbox: Outbox, clock: Clock
) -> None:
    ids = [enqueue(outbox, n) for n in range(6)]
    answer(outbox, ids[0], Delivered("oct-1", request_id="req-1"))
    answer(outbox, ids[1], Invalid("Email is not valid", request_id="req-2"))
    answer(outbox, ids[2], Unauthorized("Invalid API key"))
    answer(outbox, ids[3], Rejected("Blocked by a filter"))
    retry_at = datetime(2025, 11, 26, 15, 45).timestamp()
    answer(outbox, ids[4], Retryable("Timed out", maybe_delivered=True), next_attempt_at=retry_at)
    outbox.mark_sending(ids[5])
    model.refresh()

    by_name = {text(model, row, COLUMN_NAME): row for row in range(model.rowCount())}
    statuses = {name: text(model, row, COLUMN_STATUS) for name, row in by_name.items()}
    assert statuses == {
        "Lead 0": "Delivered",
        "Lead 1": "Invalid",
        "Lead 2": "Key refused",
        "Lead 3": "Rejected by filter",
        # Issue 12: short enough not to be cut off; the duplicate mark is on the name.
        "Lead 4": "Retry at 15:45",
        "Lead 5": "Sending…",
    }
    delivered = by_name["Lead 0"]
    assert text(model, delivered, COLUMN_OCTANIST_ID) == "oct-1"
    assert text(model, delivered, COLUMN_REQUEST_ID) == "req-1"
    assert text(model, delivered, COLUMN_ATTEMPTS) == "1"
    assert text(model, by_name["Lead 1"], COLUMN_LAST_ERROR) == "Email is not valid"

    icons = [
        model.data(model.index(row, COLUMN_STATUS), Qt.ItemDataRole.DecorationRole)
        for row in range(model.rowCount())
    ]
    assert all(isinstance(icon, QIcon) and not icon.isNull() for icon in icons)
    # Each status has its own picture, not one shared generic icon.
    assert len({icon.pixmap(16, 16).toImage().bits().tobytes() for icon in icons}) == 6
    assert model.data(model.index(0, COLUMN_NAME), Qt.ItemDataRole.DecorationRole) is None

    lead_4 = model.index(by_name["Lead 4"], COLUMN_NAME)
    assert model.data(lead_4, Qt.ItemDataRole.ToolTipRole) == duplicate_explanation(
        model.lead_at(by_name["Lead 4"]),
        None,  # type: ignore[arg-type]
    )
    assert isinstance(model.data(lead_4, Qt.ItemDataRole.DecorationRole), QIcon)
    plain = model.data(model.index(by_name["Lead 0"], COLUMN_STATUS), Qt.ItemDataRole.ToolTipRole)
    assert plain is None


def test_only_pages_near_the_visible_rows_are_read(
    qtbot: QtBot, history: History, conn: sqlite3.Connection
) -> None:
    with conn:  # one transaction: the store's own insert, 5000 times, in milliseconds
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO leads (payload, status, created_at, updated_at, name) VALUES (?,?,?,?,?)",
            [(f'{{"name": "Lead {n}"}}', "queued", NOW, NOW, f"Lead {n}") for n in range(5_000)],
        )
    model = HistoryModel(history, page_size=100, cached_pages=4)
    table = QTableView()
    qtbot.addWidget(table)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setModel(model)
    table.resize(800, 400)
    table.show()
    qtbot.waitExposed(table)
    table.grab()
    assert model.rowCount() == 5_000
    assert model.page_loads == 1  # the top screenful

    table.scrollTo(model.index(2_500, 0), QTableView.ScrollHint.PositionAtTop)
    table.grab()  # paints the viewport now, as the screen would
    assert model.page_loads == 2
    table.scrollToBottom()
    table.grab()
    assert table.rowAt(table.viewport().height() - 1) == 4_999
    # Top, middle, bottom: three of the fifty pages, one query each.
    assert model.page_loads == 3
    assert text(model, 4_999, COLUMN_NAME) == "Lead 0"
    assert text(model, 2_500, COLUMN_NAME) == "Lead 2499"

    loads = model.page_loads
    table.grab()
    assert model.page_loads == loads  # a repaint of the same rows is served from the cache


def test_search_and_status_filter(model: HistoryModel, outbox: Outbox) -> None:
    ids = [enqueue(outbox, n) for n in range(30)]
    outbox.enqueue({"name": "Ada Lovelace", "note": "met at the booth, wants a demo"})
    answer(outbox, ids[3], Delivered("oct-3"))
    answer(outbox, ids[4], Invalid("bad"))
    assert model.rowCount() == 31

    with_reset = []
    model.modelReset.connect(lambda: with_reset.append(True))
    model.set_query(HistoryQuery(search="lovelace"))
    assert names(model) == ["Ada Lovelace"]
    model.set_query(HistoryQuery(search="DEMO"))  # the note is searched, any case
    assert names(model) == ["Ada Lovelace"]
    model.set_query(HistoryQuery(search="lead2"))  # a two-letter-plus-digit email fragment
    assert names(model) == [f"Lead {n}" for n in range(29, 19, -1)] + ["Lead 2"]
    model.set_query(HistoryQuery(statuses=frozenset({LeadStatus.DELIVERED, LeadStatus.INVALID})))
    assert names(model) == ["Lead 4", "Lead 3"]
    model.set_query(HistoryQuery(search="Lead 3", statuses=frozenset({LeadStatus.QUEUED})))
    assert names(model) == []
    assert len(with_reset) == 5


def test_a_changed_lead_repaints_its_row_only(
    qtbot: QtBot, model: HistoryModel, outbox: Outbox
) -> None:
    ids = [enqueue(outbox, n) for n in range(50)]
    target = ids[45]  # newest first: row 4
    assert text(model, 4, COLUMN_STATUS) == "Queued"
    assert model.row_of(target) == 4

    answer(outbox, target, Delivered("oct-45", request_id="req-45"))
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changes.append((a.row(), b.row())))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.rowsRemoved):
        model.on_sender_leadChanged(target)
    assert changes == [(4, 4)]
    assert text(model, 4, COLUMN_STATUS) == "Delivered"
    assert text(model, 4, COLUMN_OCTANIST_ID) == "oct-45"

    # A lead on no cached page with no status filter: nothing on screen to repaint.
    changes.clear()
    with qtbot.assertNotEmitted(model.modelReset):
        model.on_sender_leadChanged(ids[0])
    assert changes == []


def test_a_lead_leaving_the_status_filter_leaves_the_table(
    qtbot: QtBot, model: HistoryModel, outbox: Outbox
) -> None:
    ids = [enqueue(outbox, n) for n in range(5)]
    for lead_id in ids:
        answer(outbox, lead_id, Invalid("bad"))
    model.set_query(HistoryQuery(statuses=frozenset({LeadStatus.INVALID})))
    assert names(model) == ["Lead 4", "Lead 3", "Lead 2", "Lead 1", "Lead 0"]

    outbox.retry_now(ids[2])
    with qtbot.waitSignal(model.rowsRemoved) as removed:
        model.on_sender_leadChanged(ids[2])
    assert removed.args[1:] == [2, 2]
    assert names(model) == ["Lead 4", "Lead 3", "Lead 1", "Lead 0"]

    # One entering the filter, on no cached page: a (coalesced) re-count finds it.
    model.set_query(HistoryQuery(statuses=frozenset({LeadStatus.WAITING})))
    assert model.rowCount() == 0
    outbox.mark_sending(ids[2])
    outbox.record(ids[2], Retryable("offline"), next_attempt_at=NOW + 60)
    with qtbot.waitSignal(model.countChanged) as counted:
        model.on_sender_leadChanged(ids[2])
    assert counted.args == [1]
    assert names(model) == ["Lead 2"]


def table_on(qtbot: QtBot, model: HistoryModel) -> QTableView:
    """A shown row-selecting table over ``model``, painted once."""
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.resize(600, 300)
    table.show()
    table.grab()
    return table


def select_row(table: QTableView, row: int) -> None:
    table.selectionModel().setCurrentIndex(
        table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def selected_rows(table: QTableView) -> list[int]:
    return [index.row() for index in table.selectionModel().selectedRows()]


def test_a_drain_under_a_status_filter_keeps_the_selection(
    qtbot: QtBot, model: HistoryModel, outbox: Outbox
) -> None:
    ids = [enqueue(outbox, n) for n in range(60)]
    model.set_query(HistoryQuery(statuses=PENDING))
    table = table_on(qtbot, model)
    select_row(table, 1)  # Lead 58

    # The sender delivers the five oldest: rows 55-59, far below the cached top page.
    for lead_id in ids[:5]:
        answer(outbox, lead_id, Delivered(f"oct-{lead_id}"))
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.countChanged):
        for lead_id in ids[:5]:
            model.on_sender_leadChanged(lead_id)
        assert removed == []  # gathered into one re-count, not one per lead
    assert removed == [(55, 59)]
    assert model.rowCount() == 55
    assert selected_rows(table) == [1]
    lead = model.lead_at(1)
    assert lead is not None
    assert lead.id == ids[58]
    assert names(model)[-1] == "Lead 5"


def test_new_leads_are_inserted_at_the_top_keeping_the_selection(
    qtbot: QtBot, model: HistoryModel, outbox: Outbox
) -> None:
    ids = [enqueue(outbox, n) for n in range(40)]
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.show()
    selected_id = ids[37]  # row 2
    table.selectionModel().select(
        model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )

    first = enqueue(outbox, 100)
    second = enqueue(outbox, 101)
    with (
        qtbot.assertNotEmitted(model.modelReset),
        qtbot.waitSignal(model.rowsInserted) as inserted,
    ):
        model.on_outbox_leadAdded(second)
    assert inserted.args[1:] == [0, 1]
    assert model.rowCount() == 42
    assert names(model)[:3] == ["Lead 101", "Lead 100", "Lead 39"]

    rows = [index.row() for index in table.selectionModel().selectedRows()]
    assert rows == [4]
    lead = model.lead_at(4)
    assert lead is not None
    assert lead.id == selected_id
    assert model.row_of(first) == 1

    # Nothing new: no insert, no reset.
    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.assertNotEmitted(model.modelReset):
        model.refresh()


def test_new_lead_outside_the_search_changes_nothing(
    qtbot: QtBot, model: HistoryModel, outbox: Outbox
) -> None:
    enqueue(outbox, 1)
    model.set_query(HistoryQuery(search="lead1@"))
    assert model.rowCount() == 1
    other = enqueue(outbox, 2)
    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.assertNotEmitted(model.modelReset):
        model.on_outbox_leadAdded(other)
    assert model.rowCount() == 1


def test_refresh_resets_when_rows_vanished_elsewhere(
    qtbot: QtBot, model: HistoryModel, history: History, outbox: Outbox
) -> None:
    ids = [enqueue(outbox, n) for n in range(5)]
    assert model.rowCount() == 5
    assert text(model, 0, COLUMN_NAME) == "Lead 4"
    history.erase(ids[1])  # behind the model's back, e.g. another window
    with qtbot.waitSignal(model.modelReset):
        model.refresh()
    assert names(model) == ["Lead 4", "Lead 3", "Lead 2", "Lead 0"]


def test_a_stale_count_heals_itself(
    qtbot: QtBot, model: HistoryModel, history: History, outbox: Outbox
) -> None:
    ids = [enqueue(outbox, n) for n in range(25)]
    assert model.rowCount() == 25  # and the top page (rows 0-19) is read
    history.erase(ids[0])  # behind the model's back
    with qtbot.waitSignal(model.countChanged) as counted:
        assert model.lead_at(24) is None  # its page is one short: a re-count follows
    assert counted.args == [24]
    assert names(model)[-2:] == ["Lead 2", "Lead 1"]


def test_erase_removes_cached_rows_in_place(
    qtbot: QtBot, model: HistoryModel, history: History, outbox: Outbox
) -> None:
    ids = [enqueue(outbox, n) for n in range(60)]
    assert text(model, 0, COLUMN_NAME) == "Lead 59"  # page 0 (rows 0-19)
    assert text(model, 25, COLUMN_NAME) == "Lead 34"  # page 1 (rows 20-39)
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.erase([ids[59], ids[34], ids[50]]) == 3
    # Bottom up, so each row number was right when it was removed.
    assert removed == [(25, 25), (9, 9), (0, 0)]
    assert model.rowCount() == 57
    assert history.get(ids[34]) is None
    shown = names(model)
    assert len(shown) == 57
    assert {"Lead 59", "Lead 50", "Lead 34"}.isdisjoint(shown)
    # Page 0 lost two rows and re-reads its tail (rows 18-19) instead of skipping leads.
    assert shown == [f"Lead {n}" for n in range(59, -1, -1) if n not in (59, 50, 34)]


def test_erase_of_a_lead_on_no_cached_page_shrinks_the_tail(
    qtbot: QtBot, model: HistoryModel, outbox: Outbox
) -> None:
    ids = [enqueue(outbox, n) for n in range(100)]
    table = table_on(qtbot, model)
    select_row(table, 3)
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    with qtbot.assertNotEmitted(model.modelReset):
        assert model.erase([ids[0], ids[1]]) == 2
    assert removed == [(98, 99)]
    assert model.rowCount() == 98
    assert selected_rows(table) == [3]
    assert names(model)[-2:] == ["Lead 3", "Lead 2"]


def test_a_selection_below_the_cached_pages_forces_a_reset(
    qtbot: QtBot, model: HistoryModel, outbox: Outbox
) -> None:
    ids = [enqueue(outbox, n) for n in range(100)]
    table = table_on(qtbot, model)
    select_row(table, 70)  # page 3 of 20-row pages
    for row in (0, 20, 40):
        model.lead_at(row)  # pages 0-2 push page 3 out of the 3-page cache
    assert model.row_of(ids[29]) is None
    # Row 70 can no longer be proven to show the same lead after a change
    # below the cache, so the model resets rather than let it point elsewhere.
    with qtbot.waitSignal(model.modelReset):
        model.erase([ids[0]])
    assert selected_rows(table) == []
    assert model.rowCount() == 99


def test_lead_at_and_row_of(model: HistoryModel, outbox: Outbox) -> None:
    ids = [enqueue(outbox, n) for n in range(3)]
    assert model.row_of(ids[0]) is None  # nothing read yet
    lead = model.lead_at(2)
    assert lead is not None
    assert lead.id == ids[0]
    assert model.row_of(ids[0]) == 2
    assert model.lead_at(3) is None
    assert model.lead_at(-1) is None
    assert model.index(0, 0).parent() == QModelIndex()
