"""What the history tab asks of the store: pages, search, counts, erase."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from octanist_desktop.store.lead import COLUMNS, Lead
from octanist_desktop.store.lifecycle import LeadStatus

# Trigram search needs three characters; shorter queries scan with LIKE.
TRIGRAM = 3


@dataclass(frozen=True)
class HistoryQuery:
    """A search text (name, email, phone, note) and a status filter (empty = all)."""

    search: str = ""
    statuses: frozenset[LeadStatus] = field(default_factory=frozenset)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(query: HistoryQuery) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    text = query.search.strip()
    if len(text) >= TRIGRAM:
        phrase = '"' + text.replace('"', '""') + '"'
        clauses.append("id IN (SELECT rowid FROM leads_search WHERE leads_search MATCH ?)")
        params.append(phrase)
    elif text:
        pattern = f"%{_like_escape(text)}%"
        clauses.append(
            "(name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\'"
            " OR phone LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\')"
        )
        params += [pattern] * 4
    if query.statuses:
        values = sorted(s.value for s in query.statuses)
        clauses.append(f"status IN ({','.join('?' * len(values))})")
        params += values
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class History:
    """Read-mostly access for the UI thread, on the UI's own connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def count(self, query: HistoryQuery) -> int:
        """How many leads match."""
        where, params = _where(query)
        return int(self._conn.execute(f"SELECT count(*) FROM leads{where}", params).fetchone()[0])

    def page(self, query: HistoryQuery, offset: int, limit: int) -> list[Lead]:
        """Matching leads, newest first."""
        where, params = _where(query)
        rows = self._conn.execute(
            f"SELECT {COLUMNS} FROM leads{where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [Lead.from_row(r) for r in rows]

    def ids(self, query: HistoryQuery) -> list[int]:
        """Ids of every matching lead, newest first."""
        where, params = _where(query)
        return [
            int(r[0])
            for r in self._conn.execute(f"SELECT id FROM leads{where} ORDER BY id DESC", params)
        ]

    def get(self, lead_id: int) -> Lead | None:
        """One lead, or None."""
        row = self._conn.execute(f"SELECT {COLUMNS} FROM leads WHERE id = ?", (lead_id,)).fetchone()
        return None if row is None else Lead.from_row(row)

    def counts(self) -> dict[LeadStatus, int]:
        """How many leads in each status (all statuses present)."""
        counts = dict.fromkeys(LeadStatus, 0)
        for status, n in self._conn.execute("SELECT status, count(*) FROM leads GROUP BY status"):
            counts[LeadStatus(status)] = int(n)
        return counts

    def find_matches(
        self, email: str | None, phone: str | None, exclude_id: int | None = None
    ) -> list[Lead]:
        """Earlier leads with the same email (any case) or phone: the possible-duplicate hint."""
        clauses, params = [], []
        if email:
            clauses.append("email = ? COLLATE NOCASE AND email != ''")
            params.append(email.strip())
        if phone:
            clauses.append("phone = ? AND phone != ''")
            params.append(phone.strip())
        if not clauses:
            return []
        sql = f"SELECT {COLUMNS} FROM leads WHERE ({' OR '.join(clauses)})"
        if exclude_id is not None:
            sql += " AND id != ?"
            params.append(str(exclude_id))
        rows = self._conn.execute(sql + " ORDER BY id DESC LIMIT 5", params)
        return [Lead.from_row(r) for r in rows]

    def erase(self, lead_id: int) -> bool:
        """Remove a lead for good (a privacy request); its bytes are overwritten on disk."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            cursor = self._conn.execute("DELETE FROM leads WHERE id = ?", (lead_id,))
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")
        return cursor.rowcount > 0
