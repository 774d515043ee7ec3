"""CSV export that Excel opens with the right accents and can't be tricked into formulas.

UTF-8 with a BOM (Excel reads BOM-less CSV in the local ANSI code page),
CRLF rows, one column per catalogue field (by key, so a file can be read
back into the same names), and every cell that a spreadsheet would take for
a formula prefixed with a single quote, as OWASP recommends for CSV injection.
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
from octanist_desktop.store.lead import Lead

#: ``records(lead_ids)`` → each lead's local record by id (``History.captures``).
RecordLookup = Callable[[Sequence[int]], Mapping[int, CaptureRecord]]
_RECORD_CHUNK = 500

#: A cell starting with one of these is a formula (or becomes one) to Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

HEADER: tuple[str, ...] = (
    "created",
    "status",
    *(field.key for field in FIELDS),
    "attempts",
    "octanist_lead_id",
    "request_id",
    "last_error",
    "maybe_duplicate",
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


def neutralise(cell: str) -> str:
    """Prefix a single quote so a spreadsheet shows the text instead of evaluating it.

    Phone numbers in E.164 start with "+" and get the quote too: Excel
    would otherwise read "+31612345678" as a formula or a number.
    """
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


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


def export_row(lead: Lead, record: CaptureRecord | None = None) -> list[str]:
    """One lead (and its local record) as CSV cells, in :data:`HEADER` order, neutralised."""
    consent = record.consent if record is not None else None
    values: list[object] = [
        local_time(lead.created_at),
        lead.status.value,
        *(lead.payload.get(field.key) for field in FIELDS),
        lead.attempts,
        lead.octanist_id,
        lead.request_id,
        lead.last_error,
        lead.maybe_duplicate,
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
    leads: Iterable[Lead], records: RecordLookup | None
) -> Iterator[tuple[Lead, CaptureRecord | None]]:
    """Each lead with its record, looked up a few hundred leads at a time."""
    it = iter(leads)
    while chunk := list(islice(it, _RECORD_CHUNK)):
        found = records([lead.id for lead in chunk]) if records is not None else {}
        for lead in chunk:
            yield lead, found.get(lead.id)


def export_csv(leads: Iterable[Lead], path: Path, records: RecordLookup | None = None) -> int:
    """Write ``leads`` to ``path`` and return how many rows were written.

    ``records`` looks up the leads' proof of consent and badge scans.

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
            for lead, record in _with_records(leads, records):
                writer.writerow(export_row(lead, record))
                count += 1
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        raise
    return count
