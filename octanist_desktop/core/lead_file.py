"""The CSV file History exports, named once for the writer and for the importer.

The writer is ``store.export``. Its lead columns are named by field key
("name", "email", "utm_source"…), with company, job title, event and staff
member taken out of the custom data into columns of their own, as a CRM's
import expects them; this app's importer maps each back to where it came
from. Its record-keeping columns (status, attempts, ids, the proof of
consent) describe what happened to a lead here; in a file that is this
app's export (``is_own_export``) the importer ignores them, so importing
the file again brings back the leads, not their delivery history as custom
data.

Which cells are protected against formula injection is decided here too
(``needs_formula_guard``): spreadsheets run a cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return. A cell that is only a
``+`` and 7 to 15 digits — an international phone number as the app sends
it — is left alone: with no letters, brackets or operators there is
nothing a spreadsheet could run, and a CRM imports the number intact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from octanist_desktop.core.fields import CUSTOM_FIELD_BY_KEY
from octanist_desktop.core.presets import EVENT_KEY, STAFF_KEY

#: Custom data keys that get a column of their own: (custom key, header).
#: Company and job title are the form's own custom fields (``fields.CUSTOM_FIELDS``).
CUSTOM_COLUMNS: tuple[tuple[str, str], ...] = (
    (CUSTOM_FIELD_BY_KEY["company"].key, "company"),
    (CUSTOM_FIELD_BY_KEY["title"].key, "job_title"),
    (EVENT_KEY, "event"),
    (STAFF_KEY, "staff_member"),
)

#: The first record-keeping columns, before the lead's own.
LEADING_RECORD_HEADERS: tuple[str, ...] = ("created", "status")
#: The rest, after the lead's own columns.
TRAILING_RECORD_HEADERS: tuple[str, ...] = (
    "attempts",
    "octanist_lead_id",
    "request_id",
    "last_error",
    "maybe_duplicate",
    "lead_number",
    "repeats_lead_number",
    # The proof of consent and the badge scan kept with the lead (store.capture).
    "consent_version",
    "consent_text",
    "consent_ticked",
    "consent_at",
    "consent_entered_by",
    "consent_device",
    "consent_staff_member",
    "badge_id",
    "badge_scan",
)
#: What happened to the lead on this computer: kept for the record, never imported.
RECORD_HEADERS: tuple[str, ...] = LEADING_RECORD_HEADERS + TRAILING_RECORD_HEADERS

#: Headers that, all present, mark a file as this app's export.
_SIGNATURE = ("octanist_lead_id", "request_id", "maybe_duplicate", "lead_number")

#: A cell that starts with one of these is a formula (or becomes one) to Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: An international phone number as the app sends it (E.164): safe to leave unguarded.
_PHONE_NUMBER = re.compile(r"\+[1-9][0-9]{6,14}")


def fold_header(header: str) -> str:
    """A header compared without case, accents, spaces or punctuation."""
    decomposed = unicodedata.normalize("NFKD", header.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", letters)


_RECORD_FOLDED = frozenset(fold_header(h) for h in RECORD_HEADERS)


def is_own_export(headers: Iterable[str]) -> bool:
    """True for the header row of a file this app's History exported."""
    folded = {fold_header(h) for h in headers}
    return all(fold_header(h) in folded for h in _SIGNATURE)


def is_record_header(header: str) -> bool:
    """True for a record-keeping column of the export (to be ignored when importing it)."""
    return fold_header(header) in _RECORD_FOLDED


def needs_formula_guard(cell: str) -> bool:
    """Whether a spreadsheet would read ``cell`` as a formula (a valid phone number never is)."""
    return cell.startswith(FORMULA_STARTS) and not _PHONE_NUMBER.fullmatch(cell)
