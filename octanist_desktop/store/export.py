"""CSV export that Excel opens correctly and can't be tricked into running formulas."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from octanist_desktop.core.fields import FIELDS
from octanist_desktop.store.lead import Lead

# A cell starting with one of these is a formula to Excel/LibreOffice (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

HEADER = (
    "created",
    "status",
    *(f.key for f in FIELDS),
    "attempts",
    "octanist_lead_id",
    "request_id",
    "last_error",
    "maybe_duplicate",
)


def neutralise(cell: str) -> str:
    """Prefix a quote so a spreadsheet shows the text instead of evaluating it."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _row(lead: Lead) -> list[str]:
    created = datetime.fromtimestamp(lead.created_at).strftime("%Y-%m-%d %H:%M:%S")
    values: list[object] = [
        created,
        lead.status.value,
        *(lead.payload.get(f.key) for f in FIELDS),
        lead.attempts,
        lead.octanist_id,
        lead.request_id,
        lead.last_error,
        lead.maybe_duplicate,
    ]
    return [neutralise(_cell(v)) for v in values]


def export_csv(leads: Iterable[Lead], path: Path) -> int:
    """Write the leads to ``path`` (UTF-8 with BOM, CRLF); returns how many rows."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, dialect="excel")
        writer.writerow(HEADER)
        for lead in leads:
            writer.writerow(_row(lead))
            count += 1
    return count
