"""The main window fits laptop screens and opens as it was left, per screen."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot

from octanist_desktop.prefs.store import LEGACY_FILES, SETTINGS_FILE
from octanist_desktop.prefs.window_layout import ScreenLayout, WindowLayouts
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.main_window import MainWindow
from octanist_desktop.ui.window_placement import first_start_geometry, screen_key

LAPTOPS = [QRect(0, 0, 1280, 720), QRect(0, 0, 1366, 768), QRect(0, 27, 1366, 741)]


@pytest.fixture
def make_window(qtbot: QtBot, data_dir: Path) -> Iterator[type[MainWindow]]:
    conn = open_database(data_dir)

    def make(**kwargs: object) -> MainWindow:
        window = MainWindow(outbox=Outbox(conn), history=History(conn), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        return window

    yield make  # type: ignore[misc]
    conn.close()


@pytest.mark.parametrize("available", LAPTOPS, ids=lambda r: f"{r.width()}x{r.height()}")
def test_first_start_never_exceeds_the_screen(available: QRect) -> None:
    rect = first_start_geometry(available)

    # Inner size plus a title bar and borders still fits.
    assert available.contains(rect.adjusted(-8, -32, 8, 8))


def test_first_start_on_a_big_screen_is_a_comfortable_size_not_the_whole_screen() -> None:
    rect = first_start_geometry(QRect(0, 0, 2560, 1440))
    assert (rect.width(), rect.height()) == (1100, 900)
    assert abs(rect.center().x() - 1280) <= 1
    assert abs(rect.center().y() - 720) <= 20  # the title bar sits above


@pytest.mark.parametrize("size", [(1280, 680), (1366, 728)])
def test_send_button_and_status_stay_visible_on_a_laptop(
    qtbot: QtBot, make_window: type[MainWindow], size: tuple[int, int]
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    QApplication.processEvents()

    assert window.minimumSizeHint().height() <= size[1]
    inside = window.rect()
    for widget in (window.submit_button, window.connection_label, window.queue_label):
        assert widget.isVisible()
        top_left = widget.mapTo(window, widget.rect().topLeft())
        assert inside.contains(QRect(top_left, widget.size())), widget.objectName()


def test_the_window_opens_as_it_was_left_on_the_same_screen(
    qtbot: QtBot, make_window: type[MainWindow], data_dir: Path
) -> None:
    first = make_window(layouts=WindowLayouts.in_folder(data_dir))
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(40, 50, 700, 500)
    first.show_tab(1)  # History: its splitter is remembered too
    splitter = first.findChild(QSplitter, "historySplitter")
    assert splitter is not None
    splitter.setSizes([300, 380])
    sizes = splitter.sizes()
    first.close()

    stored = json.loads((data_dir / SETTINGS_FILE).read_text())["window"]
    assert (data_dir / SETTINGS_FILE).stat().st_mode & 0o777 == 0o600
    assert set(stored["screens"]) == {stored["last_screen"]}

    second = make_window(layouts=WindowLayouts.in_folder(data_dir))
    assert (second.width(), second.height()) == (700, 500)
    second.show_tab(1)
    second_splitter = second.findChild(QSplitter, "historySplitter")
    assert second_splitter is not None
    assert second_splitter.sizes() == sizes


def test_a_layout_from_a_screen_that_is_gone_is_not_used(
    make_window: type[MainWindow], data_dir: Path
) -> None:
    layouts = WindowLayouts.in_folder(data_dir)
    layouts.remember("projector 3840x2160", ScreenLayout(geometry="AdnQywADAAA=", splitters={}))

    window = make_window(layouts=WindowLayouts.in_folder(data_dir))

    screen = QApplication.primaryScreen()
    assert screen is not None
    assert screen_key(screen) != "projector 3840x2160"
    assert window.geometry() == first_start_geometry(screen.availableGeometry())


def test_a_damaged_layout_file_means_first_start(
    make_window: type[MainWindow], data_dir: Path
) -> None:
    (data_dir / LEGACY_FILES["window"]).write_text("{not json")  # as an older version left it

    window = make_window(layouts=WindowLayouts.in_folder(data_dir))

    screen = QApplication.primaryScreen()
    assert screen is not None
    assert window.geometry() == first_start_geometry(screen.availableGeometry())


def test_only_the_most_recent_screens_are_kept(data_dir: Path) -> None:
    layouts = WindowLayouts.in_folder(data_dir)
    for number in range(12):
        layouts.remember(f"screen{number} 1280x720", ScreenLayout("", {}))

    again = WindowLayouts.in_folder(data_dir)
    assert again.last_screen == "screen11 1280x720"
    assert again.get("screen0 1280x720") is None
    assert again.get("screen11 1280x720") is not None
