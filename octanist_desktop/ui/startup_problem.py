"""When the app can't start: a dialog that says what happened and what to do, never a traceback.

``diagnose`` reads what went wrong while the first session was built (the
data folder, the lead database); ``ask`` shows it and returns the choice;
``open_first`` tries to build the first session until it stands or the
person gives up.
A damaged database is never overwritten: the way on is to set it aside,
renamed, and start with a fresh one, or to quit.

For tests, ``OCTANIST_DESKTOP_ANSWER_DIALOG`` (``quit`` or ``fresh``) makes
the dialog print its text and answer itself, once it is up. Nothing else
reads it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from octanist_desktop import __version__
from octanist_desktop.net.api_url import InvalidApiUrl
from octanist_desktop.single_instance import FolderInUse, ask_running_app_to_show
from octanist_desktop.store.database import DB_FILE, DatabaseTooNew, set_aside_damaged
from octanist_desktop.ui.words import translated

log = logging.getLogger(__name__)

Session = TypeVar("Session")

#: The test hook (see the module notes).
ANSWER_ENV = "OCTANIST_DESKTOP_ANSWER_DIALOG"
TITLE = "Octanist Desktop"

# SQLite result codes: the file isn't a database (any more), or the folder won't have it.
_DAMAGED = ("SQLITE_NOTADB", "SQLITE_CORRUPT")
_FOLDER = ("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_AUTH")


class ProblemKind(Enum):
    """What kept the app from starting."""

    FOLDER = auto()  # the data folder can't be read or written
    DAMAGED = auto()  # the lead database is not a readable SQLite file
    TOO_NEW = auto()  # the lead database is from a newer app version
    IN_USE = auto()  # another copy of the app holds the folder and doesn't answer
    OTHER = auto()  # anything else (a bug): said, and logged in full


class Choice(Enum):
    """What the person chose."""

    QUIT = auto()
    START_FRESH = auto()


@dataclass(frozen=True, slots=True)
class StartupProblem:
    """One reason the app can't start, with the facts the dialog needs."""

    kind: ProblemKind
    folder: Path
    detail: str = ""
    needs_app: str | None = None


def diagnose(error: BaseException, folder: Path) -> StartupProblem:
    """Which problem ``error`` (raised while opening ``folder``) is."""
    if isinstance(error, DatabaseTooNew):
        return StartupProblem(ProblemKind.TOO_NEW, folder, str(error), error.needs_app)
    if isinstance(error, sqlite3.DatabaseError):
        code = str(getattr(error, "sqlite_errorname", "") or "")
        text = str(error)
        if code.startswith(_DAMAGED) or "not a database" in text or "malformed" in text:
            return StartupProblem(ProblemKind.DAMAGED, folder, text)
        if code.startswith(_FOLDER) or "unable to open" in text or "readonly" in text:
            return StartupProblem(ProblemKind.FOLDER, folder, text)
    if isinstance(error, OSError):
        return StartupProblem(ProblemKind.FOLDER, folder, error.strerror or str(error))
    return StartupProblem(ProblemKind.OTHER, folder, f"{type(error).__name__}: {error}")


def _words(problem: StartupProblem) -> tuple[str, str]:
    """The dialog's main sentence and its explanation."""
    folder = str(problem.folder)
    if problem.kind is ProblemKind.FOLDER:
        return (
            QCoreApplication.translate(
                "StartupProblem", "Octanist Desktop can't use its data folder."
            ),
            QCoreApplication.translate(
                "StartupProblem",
                "The folder {folder} can't be read or written ({detail}). Your leads are "
                "kept there, so the app doesn't start without it.\n\nCheck that the folder "
                "exists and that you may change it (or that its drive is connected), then "
                "start Octanist Desktop again.",
            ).format(folder=folder, detail=problem.detail),
        )
    if problem.kind is ProblemKind.DAMAGED:
        return (
            QCoreApplication.translate(
                "StartupProblem", "The lead database is damaged and can't be opened."
            ),
            QCoreApplication.translate(
                "StartupProblem",
                "{file} in {folder} is not a database Octanist Desktop can read ({detail}).\n\n"
                "Start with a new, empty database: the damaged file stays in the folder, "
                "renamed, for support to recover. Leads in it are not sent from there.\n\n"
                "Or quit, and ask support to look at the file first.",
            ).format(file=DB_FILE, folder=folder, detail=problem.detail),
        )
    if problem.kind is ProblemKind.TOO_NEW:
        needed = (
            QCoreApplication.translate(
                "StartupProblem", "Octanist Desktop {version} or later"
            ).format(version=problem.needs_app)
            if problem.needs_app
            else QCoreApplication.translate("StartupProblem", "a newer Octanist Desktop")
        )
        return (
            QCoreApplication.translate(
                "StartupProblem", "These leads were saved by a newer Octanist Desktop."
            ),
            QCoreApplication.translate(
                "StartupProblem",
                "The lead database in {folder} needs {needed}; this is version {version}. "
                "Install {needed} to open it. Nothing in the file was changed.",
            ).format(folder=folder, needed=needed, version=__version__),
        )
    if problem.kind is ProblemKind.IN_USE:
        return (
            QCoreApplication.translate(
                "StartupProblem", "Octanist Desktop is already open for this data folder."
            ),
            QCoreApplication.translate(
                "StartupProblem",
                "Another Octanist Desktop is using {folder} but didn't come to the front. "
                "Switch to it; if it is stuck, close it, then start Octanist Desktop again.",
            ).format(folder=folder),
        )
    return (
        QCoreApplication.translate("StartupProblem", "Octanist Desktop could not start."),
        QCoreApplication.translate(
            "StartupProblem",
            "Something unexpected went wrong ({detail}). Your saved leads are not affected. "
            "Start the app again; if it happens again, tell support what this says.",
        ).format(detail=problem.detail),
    )


def problem_box(problem: StartupProblem) -> tuple[QMessageBox, QPushButton | None]:
    """The dialog that shows ``problem``, and its Start fresh button (damaged database only)."""
    title, explanation = _words(problem)
    box = QMessageBox(QMessageBox.Icon.Critical, TITLE, title)
    box.setInformativeText(explanation)
    fresh = None
    if problem.kind is ProblemKind.DAMAGED:
        fresh = box.addButton(
            QCoreApplication.translate("StartupProblem", "Set it aside and start fresh"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        fresh.setAccessibleDescription(
            QCoreApplication.translate(
                "StartupProblem",
                "Renames the damaged database, keeping it for support, and starts with an "
                "empty one",
            )
        )
    quit_button = box.addButton(
        QCoreApplication.translate("StartupProblem", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setAccessibleDescription(
        QCoreApplication.translate("StartupProblem", "Closes Octanist Desktop; nothing is changed")
    )
    box.setDefaultButton(quit_button)
    box.setEscapeButton(quit_button)
    return box, fresh


def ask(problem: StartupProblem) -> Choice:
    """Show ``problem`` in a dialog; Quit or, for a damaged database, Start fresh."""
    box, fresh = problem_box(problem)
    answer = os.environ.get(ANSWER_ENV)
    if answer:
        QTimer.singleShot(0, lambda: _answer_for_test(box, fresh if answer == "fresh" else None))
    box.exec()
    return Choice.START_FRESH if fresh is not None and box.clickedButton() is fresh else Choice.QUIT


def _answer_for_test(box: QMessageBox, button: object) -> None:
    """The test hook: say what the dialog shows, then press ``button`` (or Quit)."""
    print(f"dialog: {box.text()}\n{box.informativeText()}", flush=True, file=sys.stdout)
    if button is not None and hasattr(button, "click"):
        button.click()
    else:
        box.escapeButton().click()


def open_first(folder: Path, open_session: Callable[[], Session]) -> Session | int:
    """The first session ``open_session()`` builds on ``folder``, or the exit code when
    there will be none.

    Every way start-up can fail ends in a dialog that says what to do, not a
    traceback: 0 when another app already had the folder and came to the
    front, 2 when the person quit at a problem, 3 when the other app didn't
    answer. A damaged database may be set aside (renamed, never overwritten)
    and start-up tried again with a fresh one.
    """
    while True:
        try:
            return open_session()
        except InvalidApiUrl as exc:
            QMessageBox.critical(None, TITLE, translated(str(exc)))
            return 2
        except FolderInUse as busy:
            if ask_running_app_to_show(busy.data_dir):
                log.info("Octanist Desktop is already running for %s; it came to the front", folder)
                return 0
            ask(StartupProblem(ProblemKind.IN_USE, folder))
            return 3
        except Exception as error:
            problem = diagnose(error, folder)
            if problem.kind is ProblemKind.OTHER:
                log.error("start-up failed", exc_info=error)  # in full, for support
            else:
                log.warning("start-up: %s", problem.detail)
            if ask(problem) is not Choice.START_FRESH:
                return 2
        try:
            set_aside_damaged(folder)
        except OSError as error:
            ask(diagnose(error, folder))
            return 2
