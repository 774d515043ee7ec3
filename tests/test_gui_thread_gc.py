"""Qt objects caught in reference cycles are destroyed on the GUI thread, never on a worker's."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from pytestqt.qtbot import QtBot

from octanist_desktop.gui_thread_gc import CHECK_INTERVAL_MS, GuiThreadCollector


class Cyclic(QObject):
    """A Qt object only the cyclic collector can free; says which thread destroyed it."""

    def __init__(self, died_on: list[str]) -> None:
        super().__init__()
        self.me = self
        # Direct: recorded on the destroying thread itself.
        self.destroyed.connect(
            lambda: died_on.append(threading.current_thread().name),
            Qt.ConnectionType.DirectConnection,
        )


def make_cycles(count: int) -> None:
    """Allocate like a busy worker thread: plenty of cyclic garbage."""
    for _ in range(count):
        node: dict[str, object] = {}
        node["self"] = node


def on_worker(work: object, *args: object) -> None:
    thread = threading.Thread(target=work, args=args, name="worker")  # type: ignore[arg-type]
    thread.start()
    thread.join()


@pytest.fixture
def python_collects_anywhere() -> Iterator[None]:
    """Python's own automatic collection, as outside the app (the suite turns it off)."""
    gc.enable()
    yield
    gc.disable()


@pytest.mark.usefixtures("python_collects_anywhere")
def test_without_it_a_worker_thread_destroys_the_qt_object() -> None:
    died_on: list[str] = []
    Cyclic(died_on)  # dropped at once: only a cycle keeps it
    on_worker(make_cycles, 50_000)  # crosses the thresholds: Python collects here
    assert died_on == ["worker"]


def test_with_it_the_gui_thread_destroys_the_qt_object(qtbot: QtBot) -> None:
    collector = GuiThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        died_on: list[str] = []
        Cyclic(died_on)
        on_worker(make_cycles, 50_000)
        assert died_on == []  # the worker allocated past every threshold: nothing collected there
        qtbot.waitUntil(lambda: died_on != [], timeout=20 * CHECK_INTERVAL_MS)
        assert died_on == [threading.main_thread().name]
    finally:
        collector.stop()


def test_a_timer_in_a_cycle_dies_without_qt_warnings(qtbot: QtBot) -> None:
    # The suite fails on any Qt warning: "Timers cannot be stopped from
    # another thread" is what a worker's collection would print here.
    collector = GuiThreadCollector()
    collector.start()
    try:
        died_on: list[str] = []
        holder = Cyclic(died_on)
        timer = QTimer(holder)
        timer.start(60_000)
        del holder, timer
        on_worker(make_cycles, 50_000)
        qtbot.waitUntil(lambda: died_on != [], timeout=20 * CHECK_INTERVAL_MS)
        assert died_on == [threading.main_thread().name]
    finally:
        collector.stop()


def test_stop_gives_collection_back_to_python() -> None:
    gc.enable()
    collector = GuiThreadCollector()
    collector.start()
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
    gc.disable()  # the suite's own setting
