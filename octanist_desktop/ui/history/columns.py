"""The History table's columns, declared once: title, cell text, tooltip, icon, width, default.

``HISTORY_COLUMNS`` is the table of every column the History can show. The
first seven are what a salesperson scans (Time, Name, Company, Email /
Phone, Event, Staff, Status) and are shown by default; the rest (attempts,
ids, the last error…) are a right-click on the header away. Adding a
column is one entry here; its ``key`` is what the user's choice is
remembered by, so keys never change once released.

A cell is computed from a ``LeadLine``: the lead, its custom data as an
object, and the facts the model looked up for the lead's page (whether it
repeats an earlier lead; other modules may add their own, see
``HistoryModel.add_fact_source``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from octanist_desktop.core.fields import CUSTOM_FIELD_BY_KEY
from octanist_desktop.core.presets import EVENT_KEY, STAFF_KEY
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.store.history import EarlierLead
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import LeadStatus
from octanist_desktop.ui.history import octanist_cells
from octanist_desktop.ui.history.status_words import (
    duplicate_explanation,
    format_full_time,
    format_time,
    status_label,
    status_text,
)
from octanist_desktop.ui.status_icons import duplicate_icon, status_icon
from octanist_desktop.ui.words import translated

#: The custom data keys the form's Company and Job title fields are sent under
#: (``fields.CUSTOM_FIELDS``).
COMPANY_KEY = CUSTOM_FIELD_BY_KEY["company"].key
JOB_TITLE_KEY = CUSTOM_FIELD_BY_KEY["title"].key
#: The fact ``HistoryModel`` looks up for every lead: the earlier lead it repeats, if any.
EARLIER_FACT = "earlier"


@dataclass(frozen=True, slots=True)
class LeadLine:
    """One row of the History: the lead, its custom data as an object, and looked-up facts.

    ``custom`` is empty when the lead's custom data is text or a list;
    ``facts`` holds what fact sources said about this lead, by source name.
    """

    lead: Lead
    custom: Mapping[str, object]
    facts: Mapping[str, object]

    @classmethod
    def of(cls, lead: Lead, facts: Mapping[str, object] | None = None) -> LeadLine:
        """The line for ``lead``, reading its custom object once."""
        custom = lead.payload.get("custom")
        return cls(lead, custom if isinstance(custom, dict) else {}, facts or {})

    def custom_text(self, key: str) -> str:
        """A custom data value as one line of text ("" when missing)."""
        value = self.custom.get(key)
        if value is None or isinstance(value, dict | list):
            return ""
        return " ".join(str(value).split())

    @property
    def earlier(self) -> EarlierLead | None:
        """The earlier lead with the same email or phone, if there is one."""
        fact = self.facts.get(EARLIER_FACT)
        return fact if isinstance(fact, EarlierLead) else None

    @property
    def looks_duplicated(self) -> bool:
        """Flagged by the sender (Octanist may have it twice) or repeating an earlier lead."""
        return self.lead.maybe_duplicate or self.earlier is not None


@dataclass(frozen=True, slots=True)
class HistoryColumn:
    """One column: its stable ``key``, English ``title`` (translated when shown), and cells.

    ``width`` is the column's share of the table when it is fitted to the
    window (in pixels at 1280 px wide); a column with a ``sample`` (the
    widest text it ever shows, like "Mon 30 Nov 10:42") gets the room that
    text needs instead, so it is never cut off. ``shown`` says whether it is
    in the default set. ``tooltip`` and ``icon`` may be None; ``highlight``
    says whether a cell stands out (what changed at Octanist since the last refresh).
    """

    key: str
    title: str
    text: Callable[[LeadLine, float], str]
    width: int
    shown: bool = False
    tooltip: Callable[[LeadLine], str | None] | None = None
    icon: Callable[[LeadLine], QIcon | None] | None = None
    align_right: bool = False
    sample: Callable[[], str] | None = None
    highlight: Callable[[LeadLine], bool] | None = None

    def translated_title(self) -> str:
        """The header text in the user's language."""
        return QCoreApplication.translate("HistoryColumns", self.title)


@lru_cache(maxsize=4096)
def _grouped(phone: str) -> str:
    phonenumbers = sys.modules["phonenumbers"]
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return phone
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def readable_phone(phone: str) -> str:
    """An international number grouped for reading ("+31 6 12345678"); other text as it is.

    Grouping needs phonenumbers, which the app loads off the GUI thread right
    after start-up (``validation.warm_up``); History never imports it itself
    (~100 ms on the GUI thread), so until then a number shows as sent.
    """
    if not phone.startswith("+") or "phonenumbers" not in sys.modules:
        return phone
    return _grouped(phone)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _contact(line: LeadLine, now: float) -> str:
    del now
    parts = (line.lead.email, readable_phone(line.lead.phone) if line.lead.phone else "")
    return " · ".join(part for part in parts if part)


def _contact_tooltip(line: LeadLine) -> str | None:
    lead = line.lead
    parts = [lead.email, readable_phone(lead.phone) if lead.phone else ""]
    return "\n".join(part for part in parts if part) or None


def _name_tooltip(line: LeadLine) -> str | None:
    if not line.looks_duplicated:
        return None
    return duplicate_explanation(line.lead, line.earlier)


def _name_icon(line: LeadLine) -> QIcon | None:
    return duplicate_icon() if line.looks_duplicated else None


def _widest_time() -> str:
    # A recent day with a two-digit date and time, in the user's language.
    moment = datetime(2025, 11, 26, 23, 58)
    return format_time(moment.timestamp(), (moment + timedelta(days=4)).timestamp())


def _widest_status() -> str:
    texts = [status_label(status) for status in LeadStatus]
    texts.append(
        QCoreApplication.translate("HistoryStatus", "Retry at {time}").format(time="00:00")
    )
    return max(texts, key=len)


def _status_tooltip(line: LeadLine) -> str | None:
    lead = line.lead
    # The column is short; the tooltip says the rest, the last error included.
    if not lead.last_error or lead.delivered_at:
        return None
    return _one_line(translated(lead.last_error))


HISTORY_COLUMNS: tuple[HistoryColumn, ...] = (
    HistoryColumn(
        "time",
        QT_TRANSLATE_NOOP("HistoryColumns", "Time"),
        lambda line, now: format_time(line.lead.created_at, now),
        110,
        shown=True,
        tooltip=lambda line: format_full_time(line.lead.created_at),
        sample=_widest_time,
    ),
    HistoryColumn(
        "name",
        QT_TRANSLATE_NOOP("HistoryColumns", "Name"),
        lambda line, now: line.lead.name,
        150,
        shown=True,
        tooltip=_name_tooltip,
        icon=_name_icon,
    ),
    HistoryColumn(
        "company",
        QT_TRANSLATE_NOOP("HistoryColumns", "Company"),
        lambda line, now: line.custom_text(COMPANY_KEY),
        130,
        shown=True,
    ),
    HistoryColumn(
        "contact",
        QT_TRANSLATE_NOOP("HistoryColumns", "Email / Phone"),
        _contact,
        200,
        shown=True,
        tooltip=_contact_tooltip,
    ),
    HistoryColumn(
        "event",
        QT_TRANSLATE_NOOP("HistoryColumns", "Event"),
        lambda line, now: line.custom_text(EVENT_KEY),
        120,
        shown=True,
    ),
    HistoryColumn(
        "staff",
        QT_TRANSLATE_NOOP("HistoryColumns", "Staff"),
        lambda line, now: line.custom_text(STAFF_KEY),
        90,
        shown=True,
    ),
    HistoryColumn(
        "status",
        QT_TRANSLATE_NOOP("HistoryColumns", "Status"),
        lambda line, now: status_text(line.lead),
        120,
        shown=True,
        tooltip=_status_tooltip,
        icon=lambda line: status_icon(line.lead.status),
        sample=_widest_status,
    ),
    # What became of the lead, as Octanist has it (ui/history/octanist_cells.py).
    HistoryColumn(
        "octanist_status",
        QT_TRANSLATE_NOOP("HistoryColumns", "At Octanist"),
        octanist_cells.status_cell,
        100,
        shown=True,
        tooltip=octanist_cells.status_tooltip,
        highlight=octanist_cells.changed,
    ),
    HistoryColumn(
        "octanist_value",
        QT_TRANSLATE_NOOP("HistoryColumns", "Value"),
        octanist_cells.value_cell,
        90,
        align_right=True,
        highlight=octanist_cells.changed,
    ),
    HistoryColumn(
        "campaign",
        QT_TRANSLATE_NOOP("HistoryColumns", "Campaign"),
        octanist_cells.campaign_cell,
        140,
        highlight=octanist_cells.changed,
    ),
    # -- a right-click on the header away --------------------------------------------
    HistoryColumn(
        "email",
        QT_TRANSLATE_NOOP("HistoryColumns", "Email"),
        lambda line, now: line.lead.email,
        180,
    ),
    HistoryColumn(
        "phone",
        QT_TRANSLATE_NOOP("HistoryColumns", "Phone"),
        lambda line, now: line.lead.phone,
        120,
    ),
    HistoryColumn(
        "job_title",
        QT_TRANSLATE_NOOP("HistoryColumns", "Job title"),
        lambda line, now: line.custom_text(JOB_TITLE_KEY),
        120,
    ),
    HistoryColumn(
        "note",
        QT_TRANSLATE_NOOP("HistoryColumns", "Note"),
        lambda line, now: _one_line(line.lead.note),
        160,
        tooltip=lambda line: line.lead.note or None,
    ),
    HistoryColumn(
        "attempts",
        QT_TRANSLATE_NOOP("HistoryColumns", "Attempts"),
        lambda line, now: str(line.lead.attempts),
        70,
        align_right=True,
        sample=lambda: QCoreApplication.translate("HistoryColumns", "Attempts"),
    ),
    HistoryColumn(
        "lead_number",
        QT_TRANSLATE_NOOP("HistoryColumns", "Lead no."),
        lambda line, now: str(line.lead.id),
        70,
        align_right=True,
        sample=lambda: QCoreApplication.translate("HistoryColumns", "Lead no."),
    ),
    HistoryColumn(
        "octanist_id",
        QT_TRANSLATE_NOOP("HistoryColumns", "Octanist lead id"),
        lambda line, now: line.lead.octanist_id or "",
        130,
    ),
    HistoryColumn(
        "request_id",
        QT_TRANSLATE_NOOP("HistoryColumns", "Request id"),
        lambda line, now: line.lead.request_id or "",
        130,
    ),
    HistoryColumn(
        "last_error",
        QT_TRANSLATE_NOOP("HistoryColumns", "Last error"),
        # One line in the table; the tooltip and the details card show all of it.
        lambda line, now: _one_line(translated(line.lead.last_error)),
        200,
        tooltip=lambda line: translated(line.lead.last_error) or None,
    ),
)

#: Where each column is, by key.
COLUMN_INDEX: Mapping[str, int] = {column.key: n for n, column in enumerate(HISTORY_COLUMNS)}
#: The columns shown until the user chooses otherwise.
DEFAULT_SHOWN: tuple[str, ...] = tuple(c.key for c in HISTORY_COLUMNS if c.shown)

COLUMN_TIME = COLUMN_INDEX["time"]
COLUMN_NAME = COLUMN_INDEX["name"]
COLUMN_COMPANY = COLUMN_INDEX["company"]
COLUMN_CONTACT = COLUMN_INDEX["contact"]
COLUMN_EVENT = COLUMN_INDEX["event"]
COLUMN_STAFF = COLUMN_INDEX["staff"]
COLUMN_STATUS = COLUMN_INDEX["status"]
COLUMN_EMAIL = COLUMN_INDEX["email"]
COLUMN_PHONE = COLUMN_INDEX["phone"]
COLUMN_ATTEMPTS = COLUMN_INDEX["attempts"]
COLUMN_OCTANIST_ID = COLUMN_INDEX["octanist_id"]
COLUMN_REQUEST_ID = COLUMN_INDEX["request_id"]
COLUMN_LAST_ERROR = COLUMN_INDEX["last_error"]
