"""The one way to run work off the GUI thread and get its result back on it.

Two kinds of work, one shape (Picard's habit: work elsewhere, results
posted back to the main thread as data, never by touching a widget):

- ``run_task(work, on_done)``: a function on a small thread pool. It gets a
  ``TaskContext`` to check for cancellation and to report progress. What it
  returns (or raises) arrives on the GUI thread as the task's ``finished``
  (or ``failed``) signal.
- ``run_process(command, stdin)``: a helper program driven by ``QProcess``
  from the GUI thread's event loop, so no thread waits on it, and one that
  hangs (a keyring behind an unlock prompt) is killed, not waited for.

Nothing is ever abandoned. ``Task.cancel`` and ``ProcessTask.kill`` drop the
result; ``shutdown`` (at quit) cancels every task and joins the pool's
threads, and kills every helper still running. So work given to
``run_task`` must end by itself in bounded time (a request with timeouts, a
file of bounded size) or notice ``TaskContext.cancelled``: anything that
can block for good belongs in a helper process.

The long-lived sender is not a task: it owns its QThread (``sender/``).
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

#: Threads for tasks. Two cores on the machines the app runs on; more threads
#: would only make the GUI thread wait longer for the interpreter.
MAX_TASK_THREADS = 2
#: At quit, how long a killed helper process may take to be reaped.
KILL_WAIT_MS = 2000


class TaskContext:
    """What a task's work function gets: cancellation and a progress channel.

    Thread-safe: the work reads ``cancelled`` and calls ``report`` on its
    pool thread while the GUI thread may call ``Task.cancel``.
    """

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._ended = threading.Event()
        self._reporter: Callable[[object], None] | None = None

    @property
    def cancelled(self) -> bool:
        """True once the task was cancelled: stop soon, the result is dropped."""
        return self._cancelled.is_set()

    def is_cancelled(self) -> bool:
        """``cancelled`` as a callable, for code that takes a ``should_stop``."""
        return self._cancelled.is_set()

    def report(self, value: object) -> None:
        """Send ``value`` to the GUI thread as the task's ``progressed`` signal."""
        if self._reporter is not None and not self._cancelled.is_set():
            self._reporter(value)

    def _cancel(self) -> None:
        self._cancelled.set()


class _Courier(QObject):
    """Lives on the GUI thread; runs the callables posted to it there, in order."""

    _posted = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, deliver: Callable[[], None]) -> None:
        """Run ``deliver`` on this object's (the GUI) thread; callable from any thread."""
        try:
            self._posted.emit(deliver)
        except RuntimeError:
            # Deleted with the interpreter's end: nobody is left to deliver to.
            log.debug("a task finished after the app had gone")

    @Slot(object)
    def _run(self, deliver: Callable[[], None]) -> None:
        deliver()


class _Tasks:
    """The pool, the courier and everything still running: one per process."""

    def __init__(self) -> None:
        self.courier = _Courier()
        self.pool = QThreadPool()
        self.pool.setObjectName("octanist-tasks")
        self.pool.setMaxThreadCount(MAX_TASK_THREADS)
        self.running: set[TaskContext] = set()
        self.processes: set[ProcessTask] = set()
        self.lock = threading.Lock()
        # Started tasks by key, until their result is delivered (GUI thread only).
        self._kept: dict[int, Task] = {}
        self._next_key = 0

    def keep(self, task: Task) -> int:
        """Hold ``task`` until its result is delivered; the key to find it by."""
        self._next_key += 1
        self._kept[self._next_key] = task
        return self._next_key

    def kept(self, key: int) -> Task | None:
        """The task kept under ``key``, if its result hasn't been delivered."""
        return self._kept.get(key)

    def release(self, key: int) -> Task | None:
        """Stop holding the task under ``key``; it, or None if it was let go already."""
        return self._kept.pop(key, None)

    def release_all(self) -> None:
        """At shutdown: results still on their way are for nobody."""
        self._kept.clear()


_state: _Tasks | None = None


def _tasks() -> _Tasks:
    # Made on first use, which is on the GUI thread: the courier must live there.
    global _state
    if _state is None:
        _state = _Tasks()
        # A script that never calls shutdown (a test, a benchmark) still joins
        # its tasks before the interpreter tears down what they use.
        atexit.register(shutdown)
    return _state


class Task(QObject):
    """One function run on the task pool; see ``run_task``.

    Signals (all on the GUI thread, none after ``cancel``):
        finished(object): what the function returned.
        failed(object): the exception it raised (also logged).
        progressed(object): each value the function passed to ``TaskContext.report``.
    """

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(
        self,
        work: Callable[[TaskContext], object],
        *,
        name: str = "task",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._work = work
        self.context = TaskContext()
        self._running = False
        self._started = False

    def start(self) -> None:
        """Queue the work on the pool; the signals say how it went."""
        if self._started:
            raise RuntimeError(f"task {self.objectName()} was started already; make a new one")
        tasks = _tasks()
        context, name = self.context, self.objectName()
        self._running = self._started = True
        # The pool thread holds no reference to this task, nor lets go of the
        # work's last one: a Qt object whose last Python reference went on
        # another thread would be destroyed there, not on its own thread.
        key = tasks.keep(self)
        handed = [self._work]
        context._reporter = lambda value: tasks.courier.post(
            partial(_deliver, tasks, key, context, "progressed", value)
        )
        with tasks.lock:
            tasks.running.add(context)

        def run_on_pool() -> None:
            work = handed.pop()
            outcome = "finished"
            try:
                result: object = work(context)
            except Exception as exc:
                log.exception("task %s failed", name)
                result, outcome = exc, "failed"
            finally:
                with tasks.lock:
                    tasks.running.discard(context)
                context._ended.set()
            tasks.courier.post(partial(_deliver, tasks, key, context, outcome, result, work))

        tasks.pool.start(run_on_pool)

    def is_running(self) -> bool:
        """True from ``start`` until a result arrives or the task is cancelled."""
        return self._running

    def cancel(self) -> None:
        """Ask the work to stop; nothing it returns or reports is delivered any more."""
        self.context._cancel()
        self._running = False

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the work has returned; False if it hadn't after ``timeout_ms``.

        For a caller that must know nothing writes any more (a dialog that
        closes mid-import): cancel first, then wait for the work to notice.
        """
        if not self._started:
            return True
        return self.context._ended.wait(None if timeout_ms < 0 else timeout_ms / 1000)


def _deliver(
    tasks: _Tasks,
    key: int,
    context: TaskContext,
    outcome: str,
    value: object,
    work: object = None,
) -> None:
    """On the GUI thread: hand a task's progress or result to its signals.

    Nothing is sent after a cancel, nor to a task deleted with its parent
    (a closed dialog): nobody is listening. ``work`` only travels here so
    that its last reference goes on this thread.
    """
    del work
    final = outcome != "progressed"
    task = tasks.release(key) if final else tasks.kept(key)
    if task is None or context.cancelled or not shiboken6.isValid(task):
        return
    if final:
        task._running = False
    getattr(task, outcome).emit(value)


def run_task(
    work: Callable[[TaskContext], object],
    on_done: Callable[[Any], None] | None = None,
    *,
    name: str = "task",
    parent: QObject | None = None,
) -> Task:
    """Run ``work(context)`` on the task pool; ``on_done(result)`` runs on the GUI thread.

    Returns the started ``Task``: connect to its signals for failure or
    progress, keep it to ``cancel`` it. Call from the GUI thread.
    """
    task = Task(work, name=name, parent=parent)
    if on_done is not None:
        task.finished.connect(on_done)
    task.start()
    return task


class TaskQueue:
    """Work run one item at a time on the task pool, in the order it was given.

    For steps that must not overlap or overtake each other (read a file,
    then check its rows, then import them): each starts once the one
    before has returned. A plain object, so ``stop`` can be called while
    its owner is being destroyed.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._waiting: list[Callable[[TaskContext], object]] = []
        self._running: Task | None = None
        self._stopped = False

    def submit(self, work: Callable[[TaskContext], object]) -> None:
        """Run ``work(context)`` after everything submitted before it (never after ``stop``)."""
        if self._stopped:
            return
        self._waiting.append(work)
        self._start_next()

    def is_busy(self) -> bool:
        """True while an item runs or waits."""
        return self._running is not None or bool(self._waiting)

    def stop(self) -> None:
        """Drop what hasn't started; cancel the running item and wait until it has returned.

        The running item is asked to stop through its ``TaskContext``;
        work that checks its own flag (an import between batches) should
        have it set by the caller first.
        """
        self._stopped = True
        self._waiting.clear()
        running, self._running = self._running, None
        if running is not None:
            running.cancel()
            running.wait()

    def _start_next(self) -> None:
        if self._running is not None or not self._waiting:
            return
        task = Task(self._waiting.pop(0), name=self._name)
        task.finished.connect(self._on_task_ended)
        task.failed.connect(self._on_task_ended)
        self._running = task
        task.start()

    def _on_task_ended(self, _result: object) -> None:
        self._running = None
        self._start_next()


class ProcessTask(QObject):
    """One run of a helper program: bytes in on stdin, its stdout back as data.

    Driven by ``QProcess`` on the GUI thread's event loop: nothing blocks
    while it runs, and ``kill`` ends it at once.

    Signals (on the GUI thread, never after ``kill``):
        finished(int, bytes): the exit code (-1 if it could not start or
            crashed) and everything it wrote to stdout.
    """

    finished = Signal(int, bytes)

    def __init__(
        self,
        command: list[str],
        stdin: bytes,
        *,
        environment: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._command = command
        self._stdin = stdin
        self._process = QProcess(self)
        self._process.setProgram(command[0])
        self._process.setArguments(command[1:])
        env = QProcessEnvironment()
        for name, value in (os.environ if environment is None else environment).items():
            env.insert(name, value)
        self._process.setProcessEnvironment(env)
        # Its stderr is backend chatter: never shown, never logged. On Windows,
        # QProcess gives a console child no window of its own when the app has
        # no console (the frozen, windowed app).
        self._process.setStandardErrorFile(QProcess.nullDevice())
        self._process.finished.connect(self._on_process_finished)
        self._process.errorOccurred.connect(self._on_process_errorOccurred)
        self._done = False

    def start(self) -> None:
        """Start the program and hand it its input."""
        tasks = _tasks()
        with tasks.lock:
            tasks.processes.add(self)
        self._process.start()
        # Buffered until the program runs; closing after it makes its stdin end.
        self._process.write(self._stdin)
        self._process.closeWriteChannel()

    def is_running(self) -> bool:
        """True from ``start`` until ``finished`` or ``kill``."""
        return not self._done and self._process.state() != QProcess.ProcessState.NotRunning

    def kill(self) -> None:
        """End the program now; its answer, if any, is dropped."""
        self._finish()
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.kill()
            # SIGKILL ends it at once; reaping it here keeps QProcess from
            # warning that it was destroyed while running.
            self._process.waitForFinished(KILL_WAIT_MS)

    def _finish(self) -> bool:
        if self._done:
            return False
        self._done = True
        tasks = _tasks()
        with tasks.lock:
            tasks.processes.discard(self)
        return True

    @Slot(int, QProcess.ExitStatus)
    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if not self._finish():
            return
        out = bytes(self._process.readAllStandardOutput().data())
        crashed = status != QProcess.ExitStatus.NormalExit
        self.finished.emit(-1 if crashed else code, out)

    @Slot(QProcess.ProcessError)
    def _on_process_errorOccurred(self, error: QProcess.ProcessError) -> None:
        # A crash also ends in ``finished``; only a failed start never does.
        if error == QProcess.ProcessError.FailedToStart and self._finish():
            log.warning("could not start %s", self._command[0])
            self.finished.emit(-1, b"")


def run_process(
    command: list[str],
    stdin: bytes,
    on_done: Callable[[int, bytes], None] | None = None,
    *,
    environment: Mapping[str, str] | None = None,
    parent: QObject | None = None,
) -> ProcessTask:
    """Start ``command`` with ``stdin``; ``on_done(exit_code, stdout)`` runs on the GUI thread."""
    task = ProcessTask(command, stdin, environment=environment, parent=parent)
    if on_done is not None:
        task.finished.connect(on_done)
    task.start()
    return task


def shutdown(timeout_ms: int = -1) -> bool:
    """At quit: cancel every task, kill every helper, join the pool's threads.

    Returns False only if a task's work was still running after ``timeout_ms``
    (-1: wait for it). Work on the pool is bounded by design, so waiting is
    the right default; the caller hides its windows first.
    """
    if _state is None:
        return True
    with _state.lock:
        contexts = list(_state.running)
        processes = list(_state.processes)
    for context in contexts:
        context._cancel()
    for process in processes:
        process.kill()
    _state.pool.clear()  # queued, not started: never will be
    joined = _state.pool.waitForDone(timeout_ms)
    _state.release_all()
    return joined


def busy() -> bool:
    """True while any task's work or helper process is running."""
    if _state is None:
        return False
    with _state.lock:
        return bool(_state.running or _state.processes)
