"""Each lead's local record: proof of consent and the raw badge scan (``core.capture``).

Kept beside the lead in ``lead_capture`` (one row per lead, erased with it).
Consent wordings live once each in ``consent_texts``, under their version
id: a row there is never changed, so an old lead always shows the exact
words it was shown, however often the preset's text has changed since.
Functions here run inside the caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.core.consent import ConsentFormatError, ConsentRecord, ConsentText, EnteredBy

_SELECT = (
    "SELECT c.lead_id, c.entered_by, c.device, c.staff_member, c.consent_ticked, c.consent_at,"
    " c.badge_id, c.raw_scan, t.body FROM lead_capture AS c"
    " LEFT JOIN consent_texts AS t ON t.version = c.consent_version"
)


def save_capture(conn: sqlite3.Connection, lead_id: int, record: CaptureRecord) -> None:
    """Store ``record`` for lead ``lead_id`` (and its consent wording, if new)."""
    consent = record.consent
    version = ticked = at = None
    entered_by = device = staff = ""
    if consent is not None:
        version = consent.text.version
        body = json.dumps(consent.text.to_json(), ensure_ascii=False, sort_keys=True)
        conn.execute(
            "INSERT OR IGNORE INTO consent_texts (version, body, first_shown_at) VALUES (?, ?, ?)",
            (version, body, consent.at),
        )
        ticked = json.dumps(list(consent.ticked))
        at = consent.at
        entered_by, device, staff = consent.entered_by.value, consent.device, consent.staff_member
    conn.execute(
        "INSERT INTO lead_capture (lead_id, entered_by, device, staff_member, consent_version,"
        " consent_ticked, consent_at, badge_id, raw_scan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (lead_id, entered_by, device, staff, version, ticked, at, record.badge_id, record.raw_scan),
    )


def load_capture(conn: sqlite3.Connection, lead_id: int) -> CaptureRecord | None:
    """Lead ``lead_id``'s record, or None when it has none."""
    row = conn.execute(f"{_SELECT} WHERE c.lead_id = ?", (lead_id,)).fetchone()
    return None if row is None else _record(row)


def load_captures(conn: sqlite3.Connection, lead_ids: Iterable[int]) -> dict[int, CaptureRecord]:
    """The records of several leads at once, by lead id (leads without one are left out)."""
    ids = list(lead_ids)
    found: dict[int, CaptureRecord] = {}
    # SQLite's default limit on "?" parameters is 999 (32766 since 3.32): stay well under.
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in conn.execute(f"{_SELECT} WHERE c.lead_id IN ({marks})", chunk):
            found[int(row[0])] = _record(row)
    return found


def leads_with_badge(conn: sqlite3.Connection, badge_id: str, limit: int = 5) -> list[int]:
    """The newest leads (ids, newest first) taken from a badge with this attendee id."""
    rows = conn.execute(
        "SELECT lead_id FROM lead_capture WHERE badge_id = ? AND badge_id != ''"
        " ORDER BY lead_id DESC LIMIT ?",
        (badge_id, limit),
    )
    return [int(lead_id) for (lead_id,) in rows]


def erase_captures(conn: sqlite3.Connection, lead_ids: Iterable[int]) -> None:
    """Remove the records of erased leads (the consent wordings stay: they are nobody's data)."""
    conn.executemany("DELETE FROM lead_capture WHERE lead_id = ?", [(i,) for i in lead_ids])


def _record(row: tuple[object, ...]) -> CaptureRecord:
    _lead, entered_by, device, staff, ticked, at, badge_id, raw_scan, body = row
    consent = None
    if body is not None and isinstance(at, int | float):
        try:
            text = ConsentText.from_json(json.loads(str(body)))
            marks = json.loads(str(ticked)) if ticked is not None else []
            consent = ConsentRecord(
                text,
                tuple(bool(mark) for mark in marks) if isinstance(marks, list) else (),
                float(at),
                str(device or ""),
                str(staff or ""),
                EnteredBy(str(entered_by)),
            )
        except (ConsentFormatError, ValueError):
            consent = None  # a damaged record must not hide the lead itself
    return CaptureRecord(consent, str(badge_id or ""), str(raw_scan or ""))
