"""The import dialog and the window's import/paste items, offscreen, against real SQLite files."""

from __future__ import annotations

import codecs
import json
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from octanist_desktop.config import AppConfig
from octanist_desktop.importing.column_mapping import IGNORE, auto_map
from octanist_desktop.importing.csv_import import RowStatus, check_rows
from octanist_desktop.importing.csv_table import read_csv_bytes, read_csv_file
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.secrets.keystore import SERVICE, ApiKeyStore
from octanist_desktop.sender.backoff import Backoff
from octanist_desktop.session import DesktopSession
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.actions import PASTE_VCARD
from octanist_desktop.ui.importing.actions import (
    MAX_FILLED_CHARS,
    MAX_PASTE_CHARS,
    NO_VCARD_MESSAGE,
)
from octanist_desktop.ui.importing.dialog import ImportDialog
from octanist_desktop.ui.importing.preview import IMPORTED_TEXT, PreviewModel
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.importing.worker import stored_lookup
from octanist_desktop.ui.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.test_csv_import import badge_scanner_export

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\n"
    "ORG:Example Widgets\\, Inc.\r\nTITLE:CTO\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:jane@widgets.example\r\n"
    "TEL;type=CELL:06 11122233\r\nNOTE:Booth visitor\\, wants a demo\r\nEND:VCARD\r\n"
)


def stored_payloads(data_dir: Path) -> list[dict[str, object]]:
    """Every lead in the database, oldest first, read on a connection of the test's own."""
    conn = open_database(data_dir)
    try:
        return [json.loads(p) for (p,) in conn.execute("SELECT payload FROM leads ORDER BY id")]
    finally:
        conn.close()


def open_dialog(
    qtbot: QtBot, path: Path, data_dir: Path, region: str | None = "NL", timeout: int = 10_000
) -> ImportDialog:
    """A dialog on ``path`` that has read the file and checked every row."""
    dialog = ImportDialog(path, stores=ImportStores.in_folder(data_dir), default_region=region)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewReady, timeout=timeout):
        pass
    return dialog


def import_all(qtbot: QtBot, dialog: ImportDialog, timeout: int = 20_000) -> int:
    with qtbot.waitSignal(dialog.importFinished, timeout=timeout) as finished:
        assert dialog.import_rows()
    count = finished.args[0] if finished.args else -1
    assert isinstance(count, int)
    return count


def messy_cp1252_export(path: Path) -> Path:
    """A comma-separated Windows-1252 export: accents, quoted newlines, duplicates, junk."""
    rows = [
        "First name,Last name,Email address,Phone,Company,Notes,Badge",
        'Zoë,Ørsted,zoe@example.com,06 12345678,Zoë & Co,"Line one\r\nline two, with a comma",B1',
        "Ann,Smith,ann@example.com,,Smith Ltd,,B2",
        "Ann,Smith,ANN@example.com,,Smith Ltd,,B3",
        ",,,,,,B4",
        "Bob,Broken,bob@@example.com,,,,B5",
    ]
    path.write_bytes("\r\n".join(rows).encode("cp1252") + b"\r\n")
    return path


def test_messy_csv_is_mapped_checked_imported_and_rejects_saved(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = messy_cp1252_export(tmp_path / "expo.csv")
    dialog = open_dialog(qtbot, source, data_dir)
    assert "Windows-1252" in dialog.file_label.text()
    assert "comma-separated" in dialog.file_label.text()
    assert [t.label for t in dialog.targets()] == [
        "First name → Name",
        "Last name → Name",
        "Email",
        "Phone",
        "custom: company",
        "Note",
        "custom: badge",
    ]
    preview = dialog.preview()
    assert preview is not None
    assert [v.status for v in preview.verdicts] == [
        RowStatus.READY,
        RowStatus.READY,
        RowStatus.DUPLICATE,
        RowStatus.ERROR,
        RowStatus.ERROR,
    ]
    assert dialog.model.rowCount() == 5
    message = dialog.model.index(2, PreviewModel.MESSAGE).data()
    assert message == "Same email as row 3."
    assert dialog.import_button.text() == "Import 2 leads"
    assert dialog.save_errors_button.isEnabled()

    # The badge number is noise for this event: leave it out, and the rows are checked again.
    with qtbot.waitSignal(dialog.previewReady, timeout=5000):
        dialog.set_target(6, IGNORE)
        assert not dialog.import_button.isEnabled()  # nothing to import mid-check

    leads_signalled: list[int] = []
    dialog.leadsImported.connect(lambda count, _last: leads_signalled.append(count))
    assert import_all(qtbot, dialog) == 2
    assert sum(leads_signalled) == 2
    assert dialog.model.index(0, PreviewModel.STATUS).data() == IMPORTED_TEXT
    # Shown whole, not cut to "Import…" (issue 12).
    metrics = dialog.preview_view.fontMetrics()
    status_width = dialog.preview_view.columnWidth(PreviewModel.STATUS)
    assert status_width >= metrics.horizontalAdvance(IMPORTED_TEXT)
    assert not dialog.import_button.isEnabled()  # importing twice would duplicate

    zoe, ann = stored_payloads(data_dir)
    assert zoe["name"] == "Zoë Ørsted"
    assert zoe["phone"] == "+31612345678"
    assert zoe["note"] == "Line one\nline two, with a comma"
    assert zoe["custom"] == {"capture_method": "import", "company": "Zoë & Co"}
    assert ann["email"] == "ann@example.com"

    rejects = tmp_path / "expo-errors.csv"
    assert dialog.save_invalid_rows(rejects) == 2
    table = read_csv_file(rejects)
    assert table.encoding == "utf-8-sig"
    assert table.delimiter == ","
    assert table.headers[-1] == "error"
    assert [row[-2] for row in table.rows] == ["B4", "B5"]
    assert "name, email or phone" in table.rows[0][-1]
    assert table.rows[1][-1].startswith("Email: ")


def test_rows_already_in_the_history_are_duplicates(tmp_path: Path) -> None:
    # The badge scanner's export imported on day two: Zoë was typed in at the
    # booth yesterday (phone written differently), Jan arrived by email.
    conn = open_database(tmp_path)
    try:
        outbox = Outbox(conn, clock=lambda: time.time() - 86_400)
        zoe_id = outbox.enqueue({"name": "Zoë", "phone": "+31 6 1234 5678"})
        jan_id = outbox.enqueue({"name": "Jan", "email": "jan@example.nl"})
        table = read_csv_bytes(badge_scanner_export())
        preview = check_rows(
            table,
            auto_map(table.headers),
            default_region="NL",
            stored=stored_lookup(History(conn)),
        )
    finally:
        conn.close()
    assert preview is not None
    by_row = {v.row_number: v for v in preview.verdicts}
    assert by_row[2].status is RowStatus.DUPLICATE
    assert by_row[2].stored_before
    assert by_row[2].duplicate_reason.startswith(f"Already in history: lead {zoe_id}, entered ")
    assert by_row[3].duplicate_reason.startswith(f"Already in history: lead {jan_id}, entered ")
    # Duplicates within the file still name the row they repeat.
    assert by_row[4].duplicate_reason == "Same email as row 3."
    assert [v.row_number for v in preview.importable()] == [9]
    assert [v.row_number for v in preview.importable(include_duplicates=True)] == [2, 3, 4, 5, 6, 9]


@pytest.mark.parametrize("report_every", [1, 2, 3, 250])
def test_history_matches_are_the_same_however_the_rows_are_batched(
    tmp_path: Path, report_every: int
) -> None:
    # The history is asked once per batch of rows; where a batch ends must not
    # change which rows are found in it, nor which earlier row a copy names.
    conn = open_database(tmp_path)
    try:
        outbox = Outbox(conn, clock=lambda: time.time() - 86_400)
        outbox.enqueue({"name": "Zoë", "phone": "+31 6 1234 5678"})
        outbox.enqueue({"name": "Jan", "email": "jan@example.nl"})
        table = read_csv_bytes(badge_scanner_export())
        asked: list[int] = []
        lookup = stored_lookup(History(conn))

        def counted(
            contacts: Sequence[tuple[str | None, str | None]],
        ) -> Sequence[str | None]:
            asked.append(len(contacts))
            return lookup(contacts)

        batched = check_rows(
            table,
            auto_map(table.headers),
            default_region="NL",
            stored=counted,
            report_every=report_every,
        )
        one_go = check_rows(
            table,
            auto_map(table.headers),
            default_region="NL",
            stored=lookup,
            report_every=len(table.rows) + 1,
        )
    finally:
        conn.close()
    assert batched is not None
    assert one_go is not None
    assert batched.verdicts == one_go.verdicts
    assert [v.stored_before for v in batched.verdicts].count(True) == 2
    # No row is asked for twice, and no batch is bigger than the rows between reports.
    assert sum(asked) == sum(
        1
        for v in one_go.verdicts
        if v.result is not None and not v.errors and v.duplicate_of is None
    )
    assert max(asked) <= report_every


def test_importing_the_same_file_again_skips_every_lead_already_stored(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "expo.csv"
    source.write_text(
        "Name;Email;Phone\nAnn;ann@example.com;\nBob;;06 12345678\n", encoding="utf-8"
    )
    first = open_dialog(qtbot, source, data_dir)
    assert import_all(qtbot, first) == 2
    first.close()

    again = open_dialog(qtbot, source, data_dir)
    preview = again.preview()
    assert preview is not None
    assert [v.status for v in preview.verdicts] == [RowStatus.DUPLICATE, RowStatus.DUPLICATE]
    conn = open_database(data_dir)
    try:
        ann_id, bob_id = (row[0] for row in conn.execute("SELECT id FROM leads ORDER BY id"))
    finally:
        conn.close()
    messages = [again.model.index(row, PreviewModel.MESSAGE).data() for row in range(2)]
    assert messages[0].startswith(f"Already in history: lead {ann_id}, entered today ")
    assert messages[1].startswith(f"Already in history: lead {bob_id}, entered today ")
    assert not again.import_button.isEnabled()
    again.include_duplicates.setChecked(True)
    assert again.import_button.text() == "Import 2 leads"
    assert len(stored_payloads(data_dir)) == 2  # nothing was imported twice by itself


def test_duplicates_can_be_imported_on_request(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "dupes.csv"
    source.write_text("Name;Email\nAnn;ann@example.com\nAnn;ann@example.com\n", encoding="utf-8")
    dialog = open_dialog(qtbot, source, data_dir)
    assert dialog.import_button.text() == "Import 1 lead"
    dialog.include_duplicates.setChecked(True)
    assert dialog.import_button.text() == "Import 2 leads"
    assert import_all(qtbot, dialog) == 2
    assert len(stored_payloads(data_dir)) == 2


def test_a_vcard_file_imports_through_the_same_dialog(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "cards.vcf"
    second = (
        CARD.replace("Jane", "John").replace("jane@", "john@").replace("06 111", "06 444")
    )  # 06 9… is no Dutch mobile range
    source.write_text(CARD + second + "BEGIN:VCARD\r\nVERSION:3.0\r\nbad line\r\nEND:VCARD\r\n")
    dialog = open_dialog(qtbot, source, data_dir)
    assert "3 vCards" in dialog.file_label.text()
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Card"
    assert import_all(qtbot, dialog) == 2
    jane, john = stored_payloads(data_dir)
    assert jane["name"] == "Jane Doe"
    assert jane["phone"] == "+31611122233"
    assert jane["note"] == "Booth visitor, wants a demo"
    assert jane["custom"] == {
        "capture_method": "import",
        "company": "Example Widgets, Inc.",
        "title": "CTO",
    }
    assert john["name"] == "John Doe"


@pytest.mark.parametrize(
    ("content", "expected"),
    [(None, "can't be opened"), (b"", "empty"), (b"BEGIN:VCARD\r\nFN:x\r\n", None)],
)
def test_a_file_that_cannot_be_used_says_why(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, content: bytes | None, expected: str | None
) -> None:
    source = tmp_path / "export.csv"
    if content is not None:
        source.write_bytes(content)
    dialog = ImportDialog(source, stores=ImportStores.in_folder(data_dir))
    qtbot.addWidget(dialog)
    if expected is None:
        # A lone cut-off card: readable as a file, but its one row is an error.
        with qtbot.waitSignal(dialog.previewReady, timeout=5000):
            pass
        assert dialog.preview() is not None
        assert dialog.preview().count(RowStatus.ERROR) == 1  # type: ignore[union-attr]
        assert not dialog.import_button.isEnabled()
        return
    with qtbot.waitSignal(dialog.fileLoaded, timeout=5000):
        pass
    assert expected in dialog.error_text()
    assert dialog.file_label.text() == dialog.error_text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.is_busy()


def test_cancel_keeps_what_was_imported_and_a_second_import_adds_only_the_rest(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "many.csv"
    # Enough rows that the import is still going when Cancel lands (batches of 100).
    source.write_text("Email\n" + "".join(f"lead{i}@example.com\n" for i in range(2000)))
    dialog = open_dialog(qtbot, source, data_dir)
    with qtbot.waitSignal(dialog.importFinished, timeout=30_000) as finished:
        assert dialog.import_rows()
        # Cancel as soon as the first leads are reported.
        qtbot.waitSignal(dialog.leadsImported, timeout=10_000).wait()
        dialog.cancel()
    first = finished.args[0]
    assert 0 < first < 2000
    assert "Stopped after" in dialog.summary_label.text()
    assert dialog.imported_count() == first == len(stored_payloads(data_dir))
    assert import_all(qtbot, dialog, timeout=30_000) == 2000 - first
    emails = [p["email"] for p in stored_payloads(data_dir)]
    assert emails == [f"lead{i}@example.com" for i in range(2000)]


def test_closing_mid_import_joins_the_thread_and_keeps_whole_leads(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "many.csv"
    source.write_text("Email\n" + "".join(f"lead{i}@example.com\n" for i in range(2000)))
    dialog = open_dialog(qtbot, source, data_dir)
    assert dialog.import_rows()
    qtbot.waitSignal(dialog.leadsImported, timeout=10_000).wait()
    dialog.reject()  # returns only when the running import step has ended
    stored = stored_payloads(data_dir)
    assert 0 < len(stored) < 2000
    assert all(p["custom"] == {"capture_method": "import"} for p in stored)


@pytest.mark.slow
def test_ten_thousand_rows_import_while_the_window_keeps_turning(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    count = 10_000
    source = tmp_path / "big.csv"
    lines = ["Voornaam;Achternaam;E-mail;Mobiel;Bedrijf"]
    lines += [
        f"Bezoeker;{i};bezoeker{i}@example.nl;06 {10_000_000 + i};Firma {i}" for i in range(count)
    ]
    source.write_bytes(codecs.BOM_UTF8 + "\r\n".join(lines).encode())

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        started = time.monotonic()
        # Generous: how fast is for benchmarks/bench_import.py; this is about the event loop.
        dialog = open_dialog(qtbot, source, data_dir, timeout=120_000)
        checked = time.monotonic()
        assert dialog.import_button.text() == "Import 10,000 leads"
        imported = import_all(qtbot, dialog, timeout=300_000)
        finished = time.monotonic()
    finally:
        timer.stop()
    assert imported == count
    # The event loop kept turning all through reading and checking, and all
    # through the import: every quarter of each step saw the timer tick. (A
    # fixed bound on the longest pause would fail on a machine under load.)
    for begin, end in ((started, checked), (checked, finished)):
        quarter = (end - begin) / 4
        for n in range(4):
            low, high = begin + n * quarter, begin + (n + 1) * quarter
            assert any(low <= tick <= high for tick in ticks), (
                f"no tick between {low - started:.2f} s and {high - started:.2f} s"
            )
    assert len([t for t in ticks if t >= checked]) >= 10
    stored = stored_payloads(data_dir)
    assert len(stored) == count
    assert stored[0]["phone"] == "+31610000000"
    assert stored[-1]["email"] == f"bezoeker{count - 1}@example.nl"


# -- in the main window ---------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    conn = open_database(data_dir)
    main = MainWindow(
        outbox=Outbox(conn),
        history=History(conn),
        default_region="NL",
        imports=ImportStores.in_folder(data_dir),
    )
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.import_actions.close_dialog()
    main.detach_from_store()
    conn.close()


def menu_texts(window: MainWindow, title: str) -> list[str]:
    for action in window.menuBar().actions():
        menu = action.menu()
        if action.text() == title and isinstance(menu, QMenu):
            return [a.text() for a in menu.actions()]
    raise AssertionError(f"no {title} menu")


def test_menus_offer_import_and_paste(window: MainWindow) -> None:
    assert menu_texts(window, "&File")[:3] == ["&Import CSV…", "Import &vCard…", ""]
    assert "Paste &vCard" in menu_texts(window, "&Edit")
    paste = window.import_actions.paste_vcard_action
    assert paste.shortcut().toString() == PASTE_VCARD.shortcuts[0]


def test_ctrl_shift_v_fills_the_form_from_a_vcard_on_the_clipboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    form.set_values({"custom": '{"event": "Expo 2026"}'})
    QGuiApplication.clipboard().setText(CARD)
    name = form.input_widget("name")
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    with qtbot.waitSignal(window.import_actions.formFilled):  # read on the task pool
        qtbot.keyClick(
            name,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    values = form.values()
    assert values["name"] == "Jane Doe"
    assert values["email"] == "jane@widgets.example"
    assert values["phone"] == "06 11122233"
    assert values["note"] == "Booth visitor, wants a demo"
    # Company and job title land in their own fields (issue 12); the rest is merged
    # with what the Custom data field already held, and all of it is sent in custom.
    assert (values["company"], values["title"]) == ("Example Widgets, Inc.", "CTO")
    assert json.loads(str(values["custom"])) == {"event": "Expo 2026"}
    draft, _merge = form.draft_to_send()
    assert json.loads(str(draft["custom"])) == {
        "company": "Example Widgets, Inc.",
        "title": "CTO",
        "event": "Expo 2026",
    }
    assert "Jane Doe" in window.statusBar().currentMessage()


def test_paste_vcard_without_a_vcard_says_so_and_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.form.set_values({"name": "Typed"})
    QGuiApplication.clipboard().setText("just some text")
    window.import_actions.paste_vcard_action.trigger()
    assert window.form.values()["name"] == "Typed"
    assert window.statusBar().currentMessage() == NO_VCARD_MESSAGE

    QGuiApplication.clipboard().setText("BEGIN:VCARD\nVERSION:3.0\n:broken\nEND:VCARD\n")
    window.import_actions.paste_vcard_action.trigger()
    qtbot.waitUntil(lambda: not window.import_actions.is_reading_paste())
    assert "can't be used" in window.statusBar().currentMessage()
    assert window.form.values()["name"] == "Typed"


def test_a_vcard_pasted_into_the_name_field_spreads_over_the_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    name = window.form.input_widget("name")
    assert isinstance(name, QLineEdit)
    QGuiApplication.clipboard().setText(CARD + CARD.replace("Jane", "Joan"))
    name.setFocus()
    with qtbot.waitSignal(window.import_actions.formFilled):
        name.paste()  # what Ctrl+V or the context menu does
    values = window.form.values()
    assert values["name"] == "Jane Doe"
    assert values["email"] == "jane@widgets.example"
    assert "2 cards" in window.statusBar().currentMessage()


def test_a_pasted_card_is_read_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import octanist_desktop.importing.vcard as vcard

    read_on: list[int] = []
    real = vcard.read_one_vcard

    def recording(text: str) -> tuple[vcard.VCardContact, int]:
        read_on.append(threading.get_ident())
        return real(text)

    monkeypatch.setattr(vcard, "read_one_vcard", recording)
    # An address book on the clipboard: only its first card is read.
    book = CARD + "".join(CARD.replace("Jane", f"Person {n}") for n in range(2000))
    with qtbot.waitSignal(window.import_actions.formFilled, timeout=10_000):
        assert window.import_actions.paste_vcard(book)
    assert read_on
    assert threading.get_ident() not in read_on
    assert window.form.values()["name"] == "Jane Doe"
    assert "2001 cards" in window.statusBar().currentMessage()


def test_a_paste_beyond_the_limit_is_refused_with_what_to_do(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.form.set_values({"name": "Typed"})
    huge = CARD + "NOTE:" + "x" * MAX_PASTE_CHARS
    with qtbot.assertNotEmitted(window.import_actions.formFilled, wait=200):
        assert not window.import_actions.paste_vcard(huge)
    message = window.statusBar().currentMessage()
    assert "Import vCard" in message
    assert "10.0 MB" in message
    assert window.form.values()["name"] == "Typed"


def test_a_card_with_megabytes_of_text_is_not_put_into_the_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.form.set_values({"name": "Typed"})
    runaway = CARD.replace("NOTE:Booth visitor", "NOTE:" + "x" * MAX_FILLED_CHARS)
    with qtbot.assertNotEmitted(window.import_actions.formFilled, wait=200):
        assert window.import_actions.paste_vcard(runaway)
        qtbot.waitUntil(lambda: not window.import_actions.is_reading_paste())
    assert "Shorten its note" in window.statusBar().currentMessage()
    assert window.form.values()["name"] == "Typed"


def test_typing_begin_vcard_by_hand_is_left_alone(qtbot: QtBot, window: MainWindow) -> None:
    name = window.form.input_widget("name")
    qtbot.keyClicks(name, "BEGIN:VCARD")
    assert window.form.values()["name"] == "BEGIN:VCARD"


# Opening a second import raises the first; offscreen can't, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_an_import_from_the_window_wakes_the_sender(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "leads.csv"
    source.write_text("Name,Email\nAnn,ann@example.com\nBob,bob@example.com\n")
    queued: list[int] = []
    window.leadQueued.connect(queued.append)
    dialog = window.import_actions.open_import(source)
    assert dialog is not None
    assert window.import_actions.open_import(source) is dialog  # one at a time
    with qtbot.waitSignal(dialog.previewReady, timeout=5000):
        pass
    assert import_all(qtbot, dialog) == 2
    assert queued == [1, 2]  # the first lead at once, then the rest
    assert "2 to send" in window.queue_label.text()
    assert "Imported 2 leads" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.history_view.model.rowCount() == 2)


def test_without_a_data_dir_the_import_items_are_disabled(qtbot: QtBot, data_dir: Path) -> None:
    conn = open_database(data_dir)
    main = MainWindow(outbox=Outbox(conn), history=History(conn))
    qtbot.addWidget(main)
    try:
        assert not main.import_actions.import_csv_action.isEnabled()
        assert main.import_actions.open_import(data_dir / "x.csv") is None
        assert main.import_actions.paste_vcard_action.isEnabled()
    finally:
        main.detach_from_store()
        conn.close()


# -- the whole app: imported leads reach Octanist -----------------------------------------------


@pytest.fixture
def session(qtbot: QtBot, data_dir: Path, sandbox: SandboxServer) -> Iterator[DesktopSession]:
    made = DesktopSession(
        AppConfig(api_url=sandbox.url, data_dir=data_dir),
        ApiKeyStore(),
        backoff=Backoff(base=0.1, cap=0.3, jitter=0.0),
    )
    qtbot.addWidget(made.window)
    yield made
    assert made.shutdown()


def test_imported_leads_are_delivered_to_the_sandbox(
    qtbot: QtBot,
    session: DesktopSession,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    api_key: str,
    tmp_path: Path,
) -> None:
    memory_keyring.set_password(SERVICE, "default", api_key)
    session.start()
    qtbot.waitUntil(lambda: session.lead_sender is not None and session.lead_sender.is_running())
    source = tmp_path / "expo.csv"
    source.write_text(
        "Naam;E-mail;Utm_source\nAnn;ann@example.com;expo\nBob;bob@example.com;expo\n"
    )
    dialog = session.window.import_actions.open_import(source)
    assert dialog is not None
    with qtbot.waitSignal(dialog.previewReady, timeout=5000):
        pass
    assert import_all(qtbot, dialog) == 2
    qtbot.waitUntil(lambda: len(sandbox.leads) == 2, timeout=10_000)
    got = sorted((lead.payload["name"], lead.payload["utm_source"]) for lead in sandbox.leads)
    assert got == [("Ann", "expo"), ("Bob", "expo")]
    # The request body carries custom as the JSON object it was stored as.
    assert [lead.payload["custom"] for lead in sandbox.leads] == [{"capture_method": "import"}] * 2
    qtbot.waitUntil(lambda: "All leads delivered" in session.window.queue_label.text())
