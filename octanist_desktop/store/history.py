"""What the history view asks of the store: pages, search, counts, duplicate hints, erase.

Search is a case-insensitive substring match over name, email, phone and
note. From three characters on it uses the trigram index (a page in about a
millisecond at 100k leads, however common the text); one or two characters
are matched with LIKE against name, email and phone only — in a note they
would match nearly every lead. Letter case is folded for every script by the
index, but for ASCII letters only by LIKE (so "ë" finds "Zoë", "Ë" does not).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.store.capture import (
    erase_captures,
    leads_with_badge,
    load_capture,
    load_captures,
)
from octanist_desktop.store.database import (
    PHONE_KEY_SQL,
    count_by_status,
    empty_wal,
    phone_key,
    purge_erased_from_search,
    search_index_ready,
    write_transaction,
)
from octanist_desktop.store.lead import COLUMNS, Lead
from octanist_desktop.store.lifecycle import LeadStatus

#: The trigram index answers queries of at least this many characters.
TRIGRAM = 3
#: How many possible duplicates :meth:`History.find_matches` returns at most.
MATCH_LIMIT = 5
# Contacts per query of :meth:`History.newest_matches`: three parameters each,
# below the 999 that older SQLite builds allow.
_MATCH_BATCH = 300

_SHORT_SEARCH_COLUMNS = ("name", "email", "phone")
_ALL_SEARCH_COLUMNS = ("name", "email", "phone", "note")


@dataclass(frozen=True, slots=True)
class EarlierLead:
    """A lead entered before another one with the same email or phone: a possible duplicate.

    ``lead_id`` is the earlier lead (the newest such one); ``same_email`` and
    ``same_phone`` say what they share.
    """

    lead_id: int
    same_email: bool
    same_phone: bool


@dataclass(frozen=True, slots=True)
class StoredMatch:
    """A stored lead an imported row repeats: which, when it was entered, whether delivered."""

    lead_id: int
    created_at: float
    delivered: bool


@dataclass(frozen=True)
class HistoryQuery:
    """What the history shows: a search text and a status filter (empty = every status)."""

    search: str = ""
    statuses: frozenset[LeadStatus] = frozenset()


@dataclass(frozen=True, slots=True)
class _Plan:
    """A query as SQL: what to select from, the WHERE clause and its parameters.

    ``source`` yields one row per matching lead with its id as ``key``,
    which is also the newest-first order.
    """

    source: str
    key: str
    where: str
    params: tuple[object, ...]


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _phrase(text: str) -> str:
    """An FTS5 string literal: the text matched as one substring, whatever it contains."""
    return '"' + text.replace('"', '""') + '"'


def _match_keys(email: str | None, phone: str | None) -> tuple[str | None, str | None]:
    """What a possible duplicate is looked up by: the trimmed email, the phone's key."""
    email_value = email.strip() if email else None
    phone_value = phone_key(phone) if phone else None
    return email_value or None, phone_value or None


def _phone_key_of(table: str) -> str:
    """:data:`PHONE_KEY_SQL` for the phone column of ``table`` (an alias in a join)."""
    return PHONE_KEY_SQL.replace("phone", f"{table}.phone")


class History:
    """Read-mostly access for the UI thread, on the UI's own connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._indexed = search_index_ready(conn)

    @property
    def data_dir(self) -> Path | None:
        """The folder of the database file, for another thread's own connection.

        None for a connection ``open_database`` didn't make (it names no file).
        """
        path = getattr(self._conn, "file_path", None)
        return path.parent if isinstance(path, Path) else None

    def _plan(self, query: HistoryQuery) -> _Plan:
        clauses: list[str] = []
        params: list[object] = []
        source, key = "leads", "leads.id"
        status_column = "leads.status"
        text = query.search.strip()
        if len(text) >= TRIGRAM and self._indexed:
            clauses.append("leads_search MATCH ?")
            params.append(_phrase(text))
            # FTS5 walks its own rowids newest-first without sorting; CROSS JOIN
            # keeps it the outer loop (SQLite may otherwise run the whole search
            # once per lead of the status filter: seconds, not milliseconds).
            source, key = "leads_search", "leads_search.rowid"
            if query.statuses:
                source = "leads_search CROSS JOIN leads ON leads.id = leads_search.rowid"
        elif text:
            columns = _SHORT_SEARCH_COLUMNS if len(text) < TRIGRAM else _ALL_SEARCH_COLUMNS
            clauses.append(
                "(" + " OR ".join(f"leads.{c} LIKE ? ESCAPE '\\'" for c in columns) + ")"
            )
            params += [_like_pattern(text)] * len(columns)
            # "+" keeps the status index out: walking the narrow leads_contact
            # index newest-first is never slow, the status index can be (a
            # short search among 95k delivered leads read every full row).
            status_column = "+leads.status"
        if query.statuses:
            values = sorted(s.value for s in query.statuses)
            clauses.append(f"{status_column} IN ({', '.join('?' * len(values))})")
            params += values
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return _Plan(source, key, where, tuple(params))

    def count(self, query: HistoryQuery) -> int:
        """How many leads match the query."""
        plan = self._plan(query)
        (count,) = self._conn.execute(
            f"SELECT count(*) FROM {plan.source}{plan.where}", plan.params
        ).fetchone()
        return int(count)

    def page(self, query: HistoryQuery, offset: int, limit: int) -> list[Lead]:
        """Up to ``limit`` matching leads, newest first, skipping the first ``offset``."""
        plan = self._plan(query)
        # Pick the page's ids from narrow indexes first, then read just those
        # rows: skipping (offset) or filtering over full rows is what costs.
        rows = self._conn.execute(
            f"SELECT {COLUMNS} FROM leads WHERE leads.id IN ("
            f"SELECT {plan.key} FROM {plan.source}{plan.where}"
            f" ORDER BY {plan.key} DESC LIMIT ? OFFSET ?) ORDER BY leads.id DESC",
            (*plan.params, limit, offset),
        )
        return [Lead.from_row(row) for row in rows]

    def ids(self, query: HistoryQuery) -> list[int]:
        """The ids of every matching lead, newest first."""
        plan = self._plan(query)
        rows = self._conn.execute(
            f"SELECT {plan.key} FROM {plan.source}{plan.where} ORDER BY {plan.key} DESC",
            plan.params,
        )
        return [int(lead_id) for (lead_id,) in rows]

    def position(self, query: HistoryQuery, lead_id: int) -> int | None:
        """The row ``lead_id`` has among the leads matching ``query`` (0 = newest), or None.

        None when the lead doesn't match the query or isn't stored. The rows
        are newest first, so the row is how many matching leads are newer.
        """
        plan = self._plan(query)
        joiner = " AND " if plan.where else " WHERE "
        found = self._conn.execute(
            f"SELECT 1 FROM {plan.source}{plan.where}{joiner}{plan.key} = ?",
            (*plan.params, lead_id),
        ).fetchone()
        if found is None:
            return None
        (newer,) = self._conn.execute(
            f"SELECT count(*) FROM {plan.source}{plan.where}{joiner}{plan.key} > ?",
            (*plan.params, lead_id),
        ).fetchone()
        return int(newer)

    def earlier_leads(self, lead_ids: Iterable[int]) -> dict[int, EarlierLead]:
        """For each of ``lead_ids`` entered after a lead with the same email or phone, that lead.

        The same matching as :meth:`find_matches` (email in any letter case,
        phones ignoring spaces and punctuation), looking only at leads entered
        before; the newest such lead is named. Two index lookups per lead, so
        a page of 200 leads costs about a millisecond at 100k leads.
        """
        ids = list(lead_ids)
        found: dict[int, EarlierLead] = {}
        # Chunks stay well below SQLite's limit on bound parameters.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self._conn.execute(
                "SELECT later.id,"
                " (SELECT max(e.id) FROM leads AS e WHERE later.email != ''"
                "  AND e.email = later.email COLLATE NOCASE AND e.email != ''"
                "  AND e.id < later.id),"
                f" (SELECT max(p.id) FROM leads AS p WHERE later.phone != ''"
                f"  AND {_phone_key_of('p')} = {_phone_key_of('later')} AND p.phone != ''"
                "  AND p.id < later.id)"
                f" FROM leads AS later WHERE later.id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            for lead_id, by_email, by_phone in rows:
                if by_email is None and by_phone is None:
                    continue
                earlier = max(i for i in (by_email, by_phone) if i is not None)
                found[int(lead_id)] = EarlierLead(
                    int(earlier), same_email=by_email == earlier, same_phone=by_phone == earlier
                )
        return found

    def get(self, lead_id: int) -> Lead | None:
        """One lead, or None if it doesn't exist (any more)."""
        row = self._conn.execute(f"SELECT {COLUMNS} FROM leads WHERE id = ?", (lead_id,)).fetchone()
        return None if row is None else Lead.from_row(row)

    def counts(self) -> dict[LeadStatus, int]:
        """How many leads are in each status; every status is present, zero or not."""
        return count_by_status(self._conn)

    def find_matches(
        self, email: str | None, phone: str | None, exclude_id: int | None = None
    ) -> list[Lead]:
        """Stored leads with the same email (any letter case) or the same phone number.

        The possible-duplicate hint: newest first, at most five. Phones match
        when they differ only by spaces, dashes, dots or brackets. Each side is
        an index lookup, so this stays instant however many leads there are.
        """
        lookups: list[tuple[str, str]] = []
        email_value, phone_value = _match_keys(email, phone)
        if email_value:
            lookups.append(("leads.email = ? COLLATE NOCASE AND leads.email != ''", email_value))
        if phone_value:
            lookups.append((f"{PHONE_KEY_SQL} = ? AND leads.phone != ''", phone_value))
        skip = "" if exclude_id is None else " AND leads.id != ?"
        found: dict[int, Lead] = {}
        for condition, value in lookups:
            params: tuple[object, ...] = (value,) if exclude_id is None else (value, exclude_id)
            rows = self._conn.execute(
                f"SELECT {COLUMNS} FROM leads WHERE {condition}{skip}"
                f" ORDER BY leads.id DESC LIMIT {MATCH_LIMIT}",
                params,
            )
            for row in rows:
                lead = Lead.from_row(row)
                found[lead.id] = lead
        return [found[lead_id] for lead_id in sorted(found, reverse=True)[:MATCH_LIMIT]]

    def newest_matches(
        self, contacts: Sequence[tuple[str | None, str | None]]
    ) -> list[StoredMatch | None]:
        """For each ``(email, phone)``, the newest stored lead with that email or phone, or None.

        The first of :meth:`find_matches` for each pair, asked for a whole
        batch at once: an import checks thousands of rows, and a query per
        few hundred rows costs a fraction of two per row. Each pair is still
        two index lookups, inside SQLite.
        """
        asked = [
            (n, *keys)
            for n, keys in enumerate(_match_keys(email, phone) for email, phone in contacts)
            if keys != (None, None)
        ]
        found: list[StoredMatch | None] = [None] * len(contacts)
        for start in range(0, len(asked), _MATCH_BATCH):
            chunk = asked[start : start + _MATCH_BATCH]
            rows = self._conn.execute(
                "WITH wanted(n, email, phone) AS (VALUES "
                + ", ".join("(?, ?, ?)" for _ in chunk)
                + "), newest(n, id) AS (SELECT n, max("
                " coalesce((SELECT max(leads.id) FROM leads WHERE wanted.email IS NOT NULL"
                "  AND leads.email = wanted.email COLLATE NOCASE AND leads.email != ''), 0),"
                f" coalesce((SELECT max(leads.id) FROM leads WHERE wanted.phone IS NOT NULL"
                f"  AND {PHONE_KEY_SQL} = wanted.phone AND leads.phone != ''), 0))"
                " FROM wanted)"
                " SELECT newest.n, leads.id, leads.created_at, leads.delivered_at"
                " FROM newest JOIN leads ON leads.id = newest.id",
                [value for row in chunk for value in row],
            )
            for n, lead_id, created_at, delivered_at in rows:
                found[n] = StoredMatch(int(lead_id), float(created_at), delivered_at is not None)
        return found

    def capture(self, lead_id: int) -> CaptureRecord | None:
        """The lead's local record (proof of consent, badge scan), if it has one."""
        return load_capture(self._conn, lead_id)

    def captures(self, lead_ids: Iterable[int]) -> dict[int, CaptureRecord]:
        """The records of several leads, by id (for the CSV export)."""
        return load_captures(self._conn, lead_ids)

    def find_badge(self, badge_id: str) -> list[Lead]:
        """Stored leads taken from a badge with this attendee id, newest first (at most five)."""
        leads = (self.get(lead_id) for lead_id in leads_with_badge(self._conn, badge_id))
        return [lead for lead in leads if lead is not None]

    def _forget_at_octanist(self, email: str, phone: str) -> None:
        from octanist_desktop.store.remote_index import email_key

        if email_key(email):
            self._conn.execute(
                "DELETE FROM octanist_leads WHERE email_key = ?", (email_key(email),)
            )
        if phone_key(phone):
            self._conn.execute(
                "DELETE FROM octanist_leads WHERE phone_key = ?", (phone_key(phone),)
            )

    def erase(self, lead_id: int) -> bool:
        """Remove one lead for good (a privacy request); see :meth:`erase_many`."""
        return bool(self.erase_many([lead_id]))

    def erase_many(self, lead_ids: Iterable[int]) -> list[int]:
        """Remove leads for good and return the ids that were erased.

        The row goes, and with ``secure_delete`` its bytes are overwritten;
        the search index is rewritten without them and the WAL emptied (best
        effort), so the text is not left anywhere in the data file; the lead's
        outcomes and what Octanist said about that person go with it. Ids that
        aren't stored are skipped. A lead being sent at this moment is erased
        too: the sender's ``record`` then raises ``LeadNotFound``. Erase several
        at once when you can: rewriting the search index costs ~0.7 s at 100k leads.
        """
        erased: list[int] = []
        with write_transaction(self._conn):
            for lead_id in lead_ids:
                contact = self._conn.execute(
                    "SELECT email, phone FROM leads WHERE id = ?", (lead_id,)
                ).fetchone()
                cursor = self._conn.execute("DELETE FROM leads WHERE id = ?", (lead_id,))
                if cursor.rowcount:
                    erased.append(lead_id)
                    # The person's outcomes go by trigger; their copies in the index
                    # of the account's leads (sent by other devices) go too.
                    self._forget_at_octanist(*contact)
            # The raw badge scan is personal data too.
            erase_captures(self._conn, erased)
            if erased:
                purge_erased_from_search(self._conn)
        if erased:
            empty_wal(self._conn)
        return erased
