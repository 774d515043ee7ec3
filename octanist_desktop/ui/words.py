"""The lower layers' English words (``core.words``), said in the user's language.

Every place the UI shows text that came from ``core``, ``store``, ``net``,
``secrets`` or ``importing`` passes it through ``translated``. Numbers,
dates and times inside a sentence follow the user's locale (``QLocale()``,
which start-up sets to the chosen language; see ``ui.language``).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from octanist_desktop.core.words import Words, english, recognise

__all__ = ["TranslationContext", "local_date", "local_number", "local_time", "translated"]

log = logging.getLogger(__name__)


class TranslationContext(QObject):
    """A class whose name is the translation context of words said outside any widget.

    ``lupdate`` counts plurals only in ``tr(text, None, n)`` calls, and takes
    the context from the name before ``.tr``: so module-level words are said as
    ``UsageWords.tr("%Ln lead(s) this period", None, count)`` with
    ``class UsageWords(TranslationContext)``. At run time PySide looks the text
    up under the class's name. Never instantiated.
    """

    if TYPE_CHECKING:
        # Called on the class, not an instance (the stubs only know the latter).
        @staticmethod
        def tr(source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
            """``source_text`` in the app's language, in this class's context."""
            ...


def translated(text: str | None) -> str:
    """``text`` in the user's language when it is marked words; as it is otherwise.

    Plain text that was made from marked words (read back from the
    database) is recognised first. Anything else — a server's own message,
    a name — is shown as it came.
    """
    if not text:
        return ""
    words = recognise(text)
    if words is None:
        return str(text)
    said = QCoreApplication.translate(words.context, words.template)
    if not words.values:
        return said
    try:
        return said.format_map({name: _said(value) for name, value in words.values.items()})
    except (KeyError, IndexError, ValueError):
        # A translation whose placeholders don't match its source: the English
        # sentence is better than none (the translations test catches it first).
        log.warning(
            "translation of %r in %s has broken placeholders", words.template, words.context
        )
        return str(words)


def _said(value: object) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return local_number(value)
    if isinstance(value, dt.datetime):
        return english(value)  # an unambiguous timestamp, the same in every language
    if isinstance(value, dt.date):
        return local_date(value)
    if isinstance(value, dt.time):
        return local_time(value)
    if isinstance(value, Words):
        return translated(value)
    if isinstance(value, str):
        # Read back from the database, a value may be a sentence of its own
        # ("the connection was refused"); a single word is taken for data (a
        # name, a company), never for a marked word that looks the same.
        words = recognise(value)
        return translated(words) if words is not None and " " in words.template else value
    return str(value)


def local_number(value: int) -> str:
    """``1.234`` in Dutch, ``1,234`` in English."""
    return QLocale().toString(value)


def local_date(value: dt.date) -> str:
    """``3 mrt 2026``, ``3. März 2026``, ``3 Mar 2026``: short and unambiguous.

    The pattern is Qt's (``d``, ``MMM``, ``yyyy``) and each language's
    translation may order or punctuate it as that language does.
    """
    pattern = QCoreApplication.translate("Dates", "d MMM yyyy")
    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def local_time(value: dt.time, *, seconds: bool = False) -> str:
    """``10:42`` (or ``10:42 AM`` where the locale says so); ``10:42:05`` with ``seconds``."""
    qtime = QTime(value.hour, value.minute, value.second)
    locale = QLocale()
    if not seconds:
        return locale.toString(qtime, QLocale.FormatType.ShortFormat)
    # The long format adds a time zone nobody asked for: the short one, with seconds.
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "s" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return locale.toString(qtime, pattern)
