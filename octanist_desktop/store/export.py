"""CSV export that Excel opens with the right accents, CRMs and this app import back, and no
spreadsheet can be tricked into running.

UTF-8 with a BOM (Excel reads BOM-less CSV in the local ANSI code page),
CRLF rows, and the columns of ``core.lead_file``: the catalogue fields by
key (so a file reads back into the same names), with company, job title,
event and staff member lifted out of the custom data into their own
columns, then what happened to the lead here. A cell a spreadsheet would
take for a formula gets a single quote in front, as OWASP recommends for
CSV injection — but not an international phone number ("+31612345678"),
which can't run anything and which a CRM must receive intact
(``lead_file.needs_formula_guard``).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from itertools import islice
from pathlib import Path

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.core.fields import FIELDS
from octanist_desktop.core.lead_file import (
    CUSTOM_COLUMNS,
    LEADING_RECORD_HEADERS,
    TRAILING_RECORD_HEADERS,
    needs_formula_guard,
)
from octanist_desktop.store.lead import Lead

#: ``records(lead_ids)`` → each lead's local record by id (``History.captures``).
RecordLookup = Callable[[Sequence[int]], Mapping[int, CaptureRecord]]
#: ``earlier(lead_ids)`` → the earlier lead each repeats, by id (``History.earlier_leads``).
EarlierLookup = Callable[[Sequence[int]], Mapping[int, object]]
_RECORD_CHUNK = 500

_CUSTOM_KEYS = frozenset(key for key, _ in CUSTOM_COLUMNS)
_AFTER_PHONE = FIELDS.index(next(f for f in FIELDS if f.key == "phone")) + 1

HEADER: tuple[str, ...] = (
    *LEADING_RECORD_HEADERS,
    *(field.key for field in FIELDS[:_AFTER_PHONE]),
    *(header for _, header in CUSTOM_COLUMNS),
    *(field.key for field in FIELDS[_AFTER_PHONE:]),
    *TRAILING_RECORD_HEADERS,
)


def neutralise(cell: str) -> str:
    """Prefix a single quote so a spreadsheet shows the text instead of evaluating it.

    Only cells a spreadsheet would read as a formula are touched; a phone
    number in international form ("+31612345678") is left as it is.
    """
    return "'" + cell if needs_formula_guard(cell) else cell


def local_time(timestamp: float) -> str:
    """A Unix time as local wall-clock time, e.g. "2026-03-10 13:00:00"."""
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M:%S")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _custom_parts(custom: object) -> tuple[list[object], object]:
    """The values of the custom columns, and the custom data left for the "custom" column."""
    if not isinstance(custom, dict):
        return [None] * len(CUSTOM_COLUMNS), custom
    rest = {key: value for key, value in custom.items() if key not in _CUSTOM_KEYS}
    return [custom.get(key) for key, _ in CUSTOM_COLUMNS], rest or None


def export_row(
    lead: Lead, record: CaptureRecord | None = None, repeats: int | None = None
) -> list[str]:
    """One lead as CSV cells, in :data:`HEADER` order, neutralised.

    ``record`` is its proof of consent and badge scan; ``repeats`` the
    number of the earlier lead with the same email or phone, if any.
    """
    consent = record.consent if record is not None else None
    lifted, rest = _custom_parts(lead.payload.get("custom"))
    fields = [rest if field.key == "custom" else lead.payload.get(field.key) for field in FIELDS]
    values: list[object] = [
        local_time(lead.created_at),
        lead.status.value,
        *fields[:_AFTER_PHONE],
        *lifted,
        *fields[_AFTER_PHONE:],
        lead.attempts,
        lead.octanist_id,
        lead.request_id,
        lead.last_error,
        lead.maybe_duplicate,
        lead.id,
        repeats,
    ]
    if consent is not None:
        values += [
            consent.text.version,
            consent.text.as_plain_text(),
            "\n".join(consent.ticked_statements()),
            local_time(consent.at),
            consent.entered_by.value,
            consent.device,
            consent.staff_member,
        ]
    else:
        values += [None] * 7
    values += [record.badge_id, record.raw_scan] if record is not None else [None, None]
    return [neutralise(_text(value)) for value in values]


def _with_records(
    leads: Iterable[Lead], records: RecordLookup | None, earlier: EarlierLookup | None
) -> Iterator[tuple[Lead, CaptureRecord | None, int | None]]:
    """Each lead with its record and the lead it repeats, looked up a few hundred at a time."""
    it = iter(leads)
    while chunk := list(islice(it, _RECORD_CHUNK)):
        ids = [lead.id for lead in chunk]
        found = records(ids) if records is not None else {}
        repeats = earlier(ids) if earlier is not None else {}
        for lead in chunk:
            repeated = repeats.get(lead.id)
            yield lead, found.get(lead.id), getattr(repeated, "lead_id", None)


def export_csv(
    leads: Iterable[Lead],
    path: Path,
    records: RecordLookup | None = None,
    earlier: EarlierLookup | None = None,
) -> int:
    """Write ``leads`` to ``path`` and return how many rows were written.

    ``records`` looks up the leads' proof of consent and badge scans;
    ``earlier`` the earlier lead each may repeat.

    The file appears complete or not at all (written beside it, then
    renamed), and readable by this user only: it holds personal data.
    Raises ``OSError`` when the folder is missing or not writable.
    """
    path = Path(path)
    fd, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, dialect="excel")  # CRLF, quotes where needed
            writer.writerow(HEADER)
            for lead, record, repeats in _with_records(leads, records, earlier):
                writer.writerow(export_row(lead, record, repeats))
                count += 1
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        raise
    return count
