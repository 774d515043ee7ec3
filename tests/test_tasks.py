"""tasks: work on the pool and helper processes, results back on the GUI thread as data."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from octanist_desktop import tasks
from octanist_desktop.tasks import TaskContext, run_process, run_task


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    ran_on: list[int] = []
    got_on: list[int] = []

    def work(_context: TaskContext) -> str:
        ran_on.append(threading.get_ident())
        return "done"

    def on_done(result: str) -> None:
        got_on.append(threading.get_ident())

    task = run_task(work, on_done)
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        pass
    assert finished.args == ["done"]
    assert ran_on != [threading.get_ident()]
    qtbot.waitUntil(lambda: got_on == [threading.get_ident()])
    assert not task.is_running()


def test_an_exception_arrives_as_failed(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    def work(_context: TaskContext) -> None:
        raise ValueError("broken on purpose")

    task = tasks.Task(work, name="breaks")
    with qtbot.assertNotEmitted(task.finished), qtbot.waitSignal(task.failed) as failed:
        task.start()
    assert isinstance(failed.args[0], ValueError)
    assert "task breaks failed" in caplog.text


def test_progress_arrives_in_order_before_the_result(qtbot: QtBot) -> None:
    seen: list[object] = []

    def work(context: TaskContext) -> str:
        for n in range(5):
            context.report(n)
        return "end"

    task = tasks.Task(work)
    task.progressed.connect(seen.append)
    task.finished.connect(seen.append)
    with qtbot.waitSignal(task.finished):
        task.start()
    assert seen == [0, 1, 2, 3, 4, "end"]


def test_a_cancelled_task_stops_and_delivers_nothing(qtbot: QtBot) -> None:
    started = threading.Event()
    noticed = threading.Event()

    def work(context: TaskContext) -> str:
        started.set()
        while not context.cancelled:
            time.sleep(0.005)
        noticed.set()
        return "too late"

    task = run_task(work)
    assert started.wait(5)
    with qtbot.assertNotEmitted(task.finished, wait=200):
        task.cancel()
        assert noticed.wait(5)
    assert not task.is_running()


def test_a_task_deleted_with_its_owner_is_harmless(qtbot: QtBot) -> None:
    owner = QObject()
    release = threading.Event()
    done = threading.Event()

    def work(_context: TaskContext) -> str:
        release.wait(5)
        done.set()
        return "nobody listens"

    run_task(work, parent=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    assert done.wait(5)
    qtbot.wait(100)  # the delivery is dropped, not sent to a deleted object


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_shutdown_cancels_and_joins_every_task(qtbot: QtBot) -> None:
    running = threading.Event()
    ended = threading.Event()

    def work(context: TaskContext) -> None:
        running.set()
        while not context.cancelled:
            time.sleep(0.005)
        ended.set()

    task = run_task(work)
    assert running.wait(5)
    assert tasks.busy()
    with qtbot.assertNotEmitted(task.finished, wait=100):
        assert tasks.shutdown(5000)
    assert ended.is_set()
    assert not tasks.busy()
    # The pool still takes work afterwards (a sandbox session replaces a session).
    with qtbot.waitSignal(run_task(lambda _c: 1).finished) as again:
        pass
    assert again.args == [1]


ECHO = "import sys; data = sys.stdin.read(); print(data.upper()); sys.exit(len(data))"


def test_a_process_gets_its_input_and_hands_back_its_output(qtbot: QtBot) -> None:
    process = run_process([sys.executable, "-c", ECHO], b"hello")
    with qtbot.waitSignal(process.finished, timeout=10_000) as finished:
        pass
    code, out = finished.args
    assert code == 5
    assert out.strip() == b"HELLO"
    assert not process.is_running()


def test_a_hanging_process_is_killed_at_once(qtbot: QtBot) -> None:
    process = run_process([sys.executable, "-c", "import time; time.sleep(60)"], b"")
    qtbot.waitUntil(process.is_running)
    started = time.monotonic()
    with qtbot.assertNotEmitted(process.finished, wait=200):
        process.kill()
    assert time.monotonic() - started < 2
    assert not process.is_running()
    assert not tasks.busy()


def test_shutdown_kills_helpers_still_running(qtbot: QtBot) -> None:
    process = run_process([sys.executable, "-c", "import time; time.sleep(60)"], b"")
    qtbot.waitUntil(process.is_running)
    assert tasks.shutdown(5000)
    assert not process.is_running()


def test_a_program_that_cannot_start_finishes_with_minus_one(qtbot: QtBot) -> None:
    process = run_process(["/nonexistent/octanist-helper"], b"")
    with qtbot.waitSignal(process.finished, timeout=5000) as finished:
        pass
    assert finished.args == [-1, b""]


def test_a_queue_runs_its_items_one_at_a_time_in_order(qtbot: QtBot) -> None:
    queue = tasks.TaskQueue("in-order")
    ran: list[int] = []
    active: list[int] = []
    overlaps: list[int] = []

    def item(number: int) -> None:
        if active:
            overlaps.append(number)
        active.append(number)
        time.sleep(0.01)
        ran.append(number)
        active.remove(number)

    for number in range(6):
        queue.submit(lambda _context, n=number: item(n))
    qtbot.waitUntil(lambda: not queue.is_busy(), timeout=5000)
    assert ran == list(range(6))
    assert overlaps == []


def test_stopping_a_queue_drops_what_waits_and_waits_for_what_runs(qtbot: QtBot) -> None:
    queue = tasks.TaskQueue("stopped")
    started = threading.Event()
    ended = threading.Event()
    ran: list[str] = []

    def first(context: TaskContext) -> None:
        started.set()
        while not context.cancelled:
            time.sleep(0.005)
        ended.set()

    queue.submit(first)
    queue.submit(lambda _context: ran.append("second"))
    assert started.wait(5)
    queue.stop()
    assert ended.is_set()  # stop returned only once the running item had
    queue.submit(lambda _context: ran.append("after stop"))
    qtbot.wait(100)
    assert ran == []
    assert not queue.is_busy()


def test_qt_objects_a_task_holds_are_let_go_on_the_gui_thread(qtbot: QtBot) -> None:
    # A Qt object whose last Python reference is dropped on a pool thread is
    # destroyed there, away from its own thread: nothing a task holds may be.
    destroyed_on: list[int] = []
    held = QObject()
    held.destroyed.connect(lambda: destroyed_on.append(threading.get_ident()))
    done = threading.Event()

    def work(_context: TaskContext, held: QObject = held) -> None:
        done.set()

    task = run_task(work)  # nobody keeps the task either
    task.destroyed.connect(lambda: destroyed_on.append(threading.get_ident()))
    del task, work, held
    assert done.wait(5)
    qtbot.waitUntil(lambda: len(destroyed_on) == 2, timeout=5000)
    assert destroyed_on == [threading.get_ident()] * 2
