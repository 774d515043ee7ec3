"""The import preview, offscreen: what every row sends, where its phone was read, why a row
is skipped; moving the header line, tagging with the event, remembered column choices."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from octanist_desktop.core.presets import EventPreset
from octanist_desktop.importing.column_mapping import IGNORE, ColumnTarget
from octanist_desktop.importing.csv_import import ImportEvent, RowStatus
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.importing.dialog import ImportDialog
from octanist_desktop.ui.importing.preview import PreviewModel
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.main_window import MainWindow

FILES = Path(__file__).parent / "import_files"
EXPO = EventPreset(name="Packaging Expo 2024", utm_source="expo", utm_campaign="pack-24")


def open_dialog(
    qtbot: QtBot,
    path: Path,
    data_dir: Path,
    *,
    region: str | None = "NL",
    event: ImportEvent | None = None,
) -> ImportDialog:
    dialog = ImportDialog(
        path, stores=ImportStores.in_folder(data_dir), default_region=region, event=event
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        pass
    return dialog


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    value = dialog.model.index(row, column).data()
    return value if isinstance(value, str) else ""


def stored_payloads(data_dir: Path) -> list[dict[str, object]]:
    conn = open_database(data_dir)
    try:
        return [json.loads(p) for (p,) in conn.execute("SELECT payload FROM leads ORDER BY id")]
    finally:
        conn.close()


def copy(name: str, tmp_path: Path) -> Path:
    return Path(shutil.copy(FILES / name, tmp_path / name))


def test_every_row_shows_what_is_sent_where_the_phone_was_read_and_why_not(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, copy("lead_retrieval_expo.csv", tmp_path), data_dir)
    # The report's title lines are above the header the dialog found, and it says so.
    assert dialog.header_row.isVisibleTo(dialog)
    assert dialog.header_spin.value() == 4
    assert "left out" in dialog.header_note.text()

    model = dialog.model
    assert model.rowCount() == 5
    assert [cell(dialog, r, PreviewModel.ROW) for r in range(5)] == ["5", "6", "7", "9", "10"]
    # Every lead row: who, how to reach them, where the phone was read, and the rest it sends.
    assert cell(dialog, 0, PreviewModel.NAME) == "Eva Visser"
    assert cell(dialog, 0, PreviewModel.PHONE) == "+31207654321"
    assert cell(dialog, 0, PreviewModel.REGION) == "Netherlands (from the row)"
    assert cell(dialog, 1, PreviewModel.REGION) == "Germany (from the row)"
    sent = cell(dialog, 0, PreviewModel.SENT)
    assert "company: Visser Verpakking" in sent
    assert "badge_id: 100234" in sent
    assert "Note: Wants samples" in sent
    tooltip = model.index(0, PreviewModel.SENT).data(0x0003)  # ToolTipRole
    assert "capture_method: import" in str(tooltip)
    # The footer lines: skipped, and why, and nothing sent.
    for row in (3, 4):
        assert cell(dialog, row, PreviewModel.STATUS) == "Skipped"
        assert "not a lead" in cell(dialog, row, PreviewModel.MESSAGE)
        assert cell(dialog, row, PreviewModel.SENT) == ""
    assert "Total leads: 3" in cell(dialog, 3, PreviewModel.MESSAGE)
    assert "skipped" in dialog.summary_label.text()
    assert dialog.import_button.text() == "Import 3 leads"

    dialog.show_filter.setCurrentIndex(dialog.show_filter.findData(RowStatus.SKIPPED.value))
    assert dialog.proxy.rowCount() == 2


def test_the_assumed_region_is_shown_and_a_wrong_number_is_an_error(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, copy("signup_sheet.csv", tmp_path), data_dir, region="BE")
    assert cell(dialog, 0, PreviewModel.REGION) == "Belgium (assumed)"
    assert cell(dialog, 0, PreviewModel.STATUS) == "✖ Error"
    assert "not a valid number in Belgium" in cell(dialog, 0, PreviewModel.MESSAGE)
    assert cell(dialog, 6, PreviewModel.REGION) == "its own country code"
    assert cell(dialog, 1, PreviewModel.REGION) == ""  # no phone at all


def test_the_header_line_can_be_moved_and_moved_back(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, copy("lead_retrieval_expo.csv", tmp_path), data_dir)
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        dialog.header_spin.setValue(2)
    table = dialog.table()
    assert table is not None
    assert table.header_number == 2
    assert table.headers[0] == "Event: Packaging Expo Amsterdam 2024"
    assert dialog.mapping_table.rowCount() == len(table.headers)
    # The real column names are now a row of the table, numbered as the file numbers it.
    assert dialog.model.rowCount() == 6
    assert cell(dialog, 0, PreviewModel.ROW) == "4"
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        dialog.header_spin.setValue(4)
    assert dialog.model.rowCount() == 5
    assert dialog.import_button.text() == "Import 3 leads"
    # A blank line can't hold column names: the header stays where it was.
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        dialog.header_spin.setValue(3)
    assert dialog.header_spin.value() == 4
    assert dialog.header_note.text() == "Line 3 holds no column names; line 4 is used."


def test_rows_are_tagged_with_the_event_unless_the_box_is_unticked(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    event = ImportEvent(name=EXPO.name, staff_member="Marieke", source=EXPO.source_values())
    dialog = open_dialog(qtbot, copy("hubspot_contacts.csv", tmp_path), data_dir, event=event)
    assert dialog.event_box.isVisibleTo(dialog)
    assert dialog.event_box.isChecked()
    assert "Packaging Expo 2024" in dialog.event_box.text()
    assert "UTM source: expo" in cell(dialog, 0, PreviewModel.SENT)
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        dialog.event_box.setChecked(False)
    assert "expo" not in cell(dialog, 0, PreviewModel.SENT)
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        dialog.event_box.setChecked(True)
    with qtbot.waitSignal(dialog.importFinished, timeout=30_000):
        assert dialog.import_rows()
    first = stored_payloads(data_dir)[0]
    assert first["utm_source"] == "expo"
    assert first["utm_campaign"] == "pack-24"
    assert first["custom"]["event"] == "Packaging Expo 2024"  # type: ignore[index]
    assert first["custom"]["staff_member"] == "Marieke"  # type: ignore[index]
    assert first["custom"]["capture_method"] == "import"  # type: ignore[index]


def test_without_an_event_there_is_no_box(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, copy("hubspot_contacts.csv", tmp_path), data_dir)
    assert not dialog.event_box.isVisibleTo(dialog)
    assert not dialog.tags_event()


def test_adjusted_column_choices_are_offered_for_the_next_file_with_those_columns(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = copy("hubspot_contacts.csv", tmp_path)
    first = open_dialog(qtbot, source, data_dir)
    assert not first.mapping_recalled()
    headers = list(first.table().headers)  # type: ignore[union-attr]
    lifecycle = headers.index("Lifecycle Stage")
    with qtbot.waitSignal(first.previewReady, timeout=30_000):
        first.set_target(lifecycle, IGNORE)
    with qtbot.waitSignal(first.importFinished, timeout=30_000):
        assert first.import_rows()
    first.close()

    again = open_dialog(qtbot, source, data_dir)
    assert again.mapping_recalled()
    assert again.targets()[lifecycle] == IGNORE
    assert again.targets()[headers.index("Email")] == ColumnTarget.field("email")
    assert "last file with these columns" in again.file_label.text()


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
    yield main
    main.import_actions.close_dialog()
    main.detach_from_store()
    conn.close()


def test_the_window_hands_the_active_preset_and_staff_to_the_import(
    window: MainWindow,
) -> None:
    assert window.import_actions.current_event() is None
    window.form.set_preset(EXPO)
    window.form.set_staff_member("Marieke")
    event = window.import_actions.current_event()
    assert event == ImportEvent(
        name="Packaging Expo 2024",
        staff_member="Marieke",
        source={"utm_source": "expo", "utm_campaign": "pack-24"},
    )


def test_the_users_pick_goes_before_the_header_ranking(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = copy("outlook_contacts_cp1252.csv", tmp_path)
    dialog = open_dialog(qtbot, source, data_dir)
    headers = list(dialog.table().headers)  # type: ignore[union-attr]
    business, mobile = headers.index("Business Phone"), headers.index("Mobile Phone")
    # By their names the mobile comes first, and the mapping says in which order.
    assert cell(dialog, 0, PreviewModel.PHONE) == "+4915123456789"
    assert dialog.mapping_table.item(mobile, 0).text() == "Mobile Phone (choice 1 of 4)"
    assert dialog.mapping_table.item(business, 0).text() == "Business Phone (choice 2 of 4)"
    # Choosing Phone again on the desk phone's column makes it the first choice.
    combo = dialog.mapping_table.cellWidget(business, 2)
    with qtbot.waitSignal(dialog.previewReady, timeout=30_000):
        combo.activated.emit(combo.currentIndex())  # type: ignore[attr-defined]
    assert dialog.mapping_table.item(business, 0).text() == "Business Phone (choice 1 of 4)"
    assert cell(dialog, 0, PreviewModel.PHONE) == "+49301234567"
    assert "mobile_phone: 0151 23456789" in cell(dialog, 0, PreviewModel.SENT)


def test_a_long_text_far_down_a_big_file_is_not_cut_off(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    # Columns are sized without reading every row (that froze the window for half a
    # second at 10,000 rows): the rows with the longest texts must still be measured.
    lines = ["Name;Email;Phone"]
    lines += [f"Ann {n};ann{n}@example.com;+31 6 1000 {n:04d}" for n in range(3000)]
    lines[2500] = (
        "Annemarie-Wilhelmina van Oldenbarnevelt tot Zuylen;"
        "annemarie.wilhelmina.oldenbarnevelt@verpakkingsmachines-nederland.example;"
        "+31 6 1000 2500"
    )
    source = tmp_path / "long.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = open_dialog(qtbot, source, data_dir)
    view = dialog.preview_view
    assert dialog.model.rowCount() == 3000
    far = dialog.proxy.mapFromSource(dialog.model.index(2499, PreviewModel.NAME)).row()
    # What the text needs, and the grid line's pixel (Qt's own sizing adds it too).
    grid = 1 if view.showGrid() else 0
    for column in (PreviewModel.ROW, PreviewModel.NAME, PreviewModel.EMAIL):
        needed = view.sizeHintForIndex(dialog.proxy.index(far, column)).width() + grid
        assert view.columnWidth(column) >= needed, column
    assert cell(dialog, 2499, PreviewModel.NAME).startswith("Annemarie-Wilhelmina")
