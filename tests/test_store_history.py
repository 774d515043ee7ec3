"""History queries on a real SQLite file: pages, search, status filters, duplicate hints, erase."""

from __future__ import annotations

import json
import random
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from octanist_desktop.core.outcomes import Delivered, Invalid, Retryable
from octanist_desktop.store.database import DB_FILE, open_database
from octanist_desktop.store.history import EarlierLead, History, HistoryQuery, StoredMatch
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import NEEDS_ATTENTION, PENDING, LeadNotFound, LeadStatus
from octanist_desktop.store.outbox import Outbox

_S = LeadStatus
T0 = 1_800_000_000.0


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """The UI thread's connection to a fresh database file."""
    connection = open_database(data_dir)
    yield connection
    connection.close()


@pytest.fixture
def outbox(conn: sqlite3.Connection) -> Outbox:
    """Writes leads the way the app does."""
    return Outbox(conn, clock=lambda: T0)


@pytest.fixture
def history(conn: sqlite3.Connection) -> History:
    """The queries under test."""
    return History(conn)


PEOPLE: list[dict[str, object]] = [
    {"name": "Ada Lovelace", "email": "ada@example.com", "phone": "+441234567890"},
    {"name": "Zoë Ångström", "email": "ZOE@Firma.DE", "phone": "+31 6 1234 5678"},
    {"name": "José Müller", "email": "jose@acme.nl", "note": "Wants a demo of the budget plan"},
    {"name": "Grace Hopper", "email": "grace@example.com", "note": "Met at booth 12, 50% discount"},
    {"name": "李小龙", "phone": "+8613800138000", "note": "Prefers WhatsApp"},
    {"name": "O'Brien_Test", "email": "obrien@mail.org", "note": 'Said "call me" at 9'},
]


def enqueue_people(outbox: Outbox) -> list[int]:
    """The people above, oldest first; returns their ids."""
    return [outbox.enqueue(person) for person in PEOPLE]


def names(leads: list[Lead]) -> list[str]:
    """The name of each lead, in order."""
    return [lead.name for lead in leads]


def search_names(history: History, text: str, *statuses: LeadStatus) -> list[str]:
    """Names found for a search, newest first (from ``page``, checked against ``ids``)."""
    query = HistoryQuery(search=text, statuses=frozenset(statuses))
    page = history.page(query, 0, 100)
    assert [lead.id for lead in page] == history.ids(query)
    assert len(page) == history.count(query)
    return names(page)


# -- pages ---------------------------------------------------------------------------


def test_pages_are_newest_first_and_count_everything(outbox: Outbox, history: History) -> None:
    ids = [outbox.enqueue({"name": f"Lead {n}"}) for n in range(25)]
    everything = HistoryQuery()
    assert history.count(everything) == 25
    assert [lead.id for lead in history.page(everything, 0, 10)] == ids[::-1][:10]
    assert [lead.id for lead in history.page(everything, 10, 10)] == ids[::-1][10:20]
    assert [lead.id for lead in history.page(everything, 20, 10)] == ids[::-1][20:]
    assert history.page(everything, 25, 10) == []
    assert history.ids(everything) == ids[::-1]


def test_a_page_holds_whole_leads(outbox: Outbox, history: History) -> None:
    payload: dict[str, object] = {
        "name": "Zoë",
        "custom": {"plan": "pro", "seats": 3},
        "ad_storage": True,
    }
    lead_id = outbox.enqueue(payload)
    (lead,) = history.page(HistoryQuery(), 0, 1)
    assert lead == history.get(lead_id)
    assert lead.payload == payload
    assert lead.status is _S.QUEUED
    assert lead.created_at == T0
    assert history.get(lead_id + 1) is None


def test_status_filter(outbox: Outbox, history: History) -> None:
    queued, delivered, invalid, waiting = (outbox.enqueue({"name": n}) for n in "QDIW")
    for lead_id, outcome in (
        (delivered, Delivered("oct-1")),
        (invalid, Invalid("bad email")),
        (waiting, Retryable("no network")),
    ):
        outbox.mark_sending(lead_id)
        outbox.record(lead_id, outcome, next_attempt_at=T0 + 60)

    def shown(*statuses: LeadStatus) -> list[int]:
        query = HistoryQuery(statuses=frozenset(statuses))
        assert history.count(query) == len(history.ids(query))
        return [lead.id for lead in history.page(query, 0, 100)]

    assert shown() == [waiting, invalid, delivered, queued]
    assert shown(_S.DELIVERED) == [delivered]
    assert shown(*PENDING) == [waiting, queued]
    assert shown(*NEEDS_ATTENTION) == [invalid]
    assert shown(_S.REJECTED) == []
    assert history.counts() == {
        **dict.fromkeys(LeadStatus, 0),
        _S.QUEUED: 1,
        _S.DELIVERED: 1,
        _S.INVALID: 1,
        _S.WAITING: 1,
    }


# -- search ----------------------------------------------------------------------------


def test_search_finds_substrings_in_name_email_phone_and_note(
    outbox: Outbox, history: History
) -> None:
    enqueue_people(outbox)
    assert search_names(history, "love") == ["Ada Lovelace"]
    assert search_names(history, "example.com") == ["Grace Hopper", "Ada Lovelace"]
    assert search_names(history, "1380013") == ["李小龙"]
    assert search_names(history, "budget plan") == ["José Müller"]
    assert search_names(history, "whatsapp") == ["李小龙"]
    assert search_names(history, "nobody at all") == []


def test_search_ignores_case_in_any_script(outbox: Outbox, history: History) -> None:
    enqueue_people(outbox)
    assert search_names(history, "LOVELACE") == ["Ada Lovelace"]
    assert search_names(history, "zoe@firma.de") == ["Zoë Ångström"]
    assert search_names(history, "ÅNGSTRÖM") == ["Zoë Ångström"]
    assert search_names(history, "mÜLLER") == ["José Müller"]
    assert search_names(history, "小龙") == ["李小龙"]  # two characters, still found
    assert search_names(history, "Ångström") == ["Zoë Ångström"]


def test_search_trims_spaces_and_matches_across_words(outbox: Outbox, history: History) -> None:
    enqueue_people(outbox)
    assert search_names(history, "  ada lov  ") == ["Ada Lovelace"]
    assert search_names(history, "   ") == names(history.page(HistoryQuery(), 0, 100))


def test_short_searches_match_contact_fields_only(outbox: Outbox, history: History) -> None:
    enqueue_people(outbox)
    assert search_names(history, "Ad") == ["Ada Lovelace"]
    assert search_names(history, "zo") == ["Zoë Ångström"]
    assert search_names(history, "+8") == ["李小龙"]
    # "12" is in Grace's note ("booth 12") but one or two characters search
    # name, email and phone only — in notes they would match nearly everything.
    assert search_names(history, "12") == ["Zoë Ångström", "Ada Lovelace"]
    assert search_names(history, "boo") == ["Grace Hopper"]


def test_search_text_is_literal_not_a_pattern(outbox: Outbox, history: History) -> None:
    enqueue_people(outbox)
    # LIKE and FTS5 syntax characters are matched as themselves.
    assert search_names(history, "50%") == ["Grace Hopper"]
    assert search_names(history, "%") == []
    assert search_names(history, "_") == ["O'Brien_Test"]
    assert search_names(history, "n_T") == ["O'Brien_Test"]
    assert search_names(history, '"call me"') == ["O'Brien_Test"]
    assert search_names(history, "O'B") == ["O'Brien_Test"]
    assert search_names(history, "ada OR grace") == []
    assert search_names(history, "ad*") == []
    assert search_names(history, "\\") == []


def test_search_with_a_status_filter(outbox: Outbox, history: History) -> None:
    ada, _, _, grace, *_ = enqueue_people(outbox)
    outbox.mark_sending(grace)
    outbox.record(grace, Delivered("oct-g"))
    assert search_names(history, "example.com", _S.DELIVERED) == ["Grace Hopper"]
    assert search_names(history, "example.com", _S.QUEUED) == ["Ada Lovelace"]
    assert search_names(history, "ex", _S.DELIVERED) == ["Grace Hopper"]
    assert search_names(history, "example.com", *NEEDS_ATTENTION) == []
    assert history.count(HistoryQuery("example.com", frozenset({_S.QUEUED}))) == 1
    assert ada in history.ids(HistoryQuery("ada", frozenset(PENDING)))


def test_search_agrees_with_a_plain_python_reference(outbox: Outbox, history: History) -> None:
    rng = random.Random(7)
    # A small alphabet, so random queries often hit; LIKE and FTS5 syntax included.
    alphabet = "abcdeéxyz@.+1 %_\"'\\"
    leads: dict[int, dict[str, str]] = {}
    status_of: dict[int, LeadStatus] = {}
    for n in range(300):
        payload = {
            key: "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            for key in ("name", "email", "phone", "note")
        }
        lead_id = outbox.enqueue(payload)
        leads[lead_id] = payload
        status_of[lead_id] = _S.QUEUED
        if n % 3 == 0:  # a third delivered, so the status filter has something to split
            outbox.mark_sending(lead_id)
            outbox.record(lead_id, Delivered(f"oct-{lead_id}"))
            status_of[lead_id] = _S.DELIVERED

    def expected(text: str, statuses: frozenset[LeadStatus]) -> list[int]:
        text = text.strip().casefold()
        fields = ("name", "email", "phone") if len(text) < 3 else ("name", "email", "phone", "note")
        return sorted(
            (
                i
                for i, p in leads.items()
                if any(text in p[f].casefold() for f in fields)
                and (not statuses or status_of[i] in statuses)
            ),
            reverse=True,
        )

    queries = ["a", "é", "x@", "b.", "+1", "abc", "e é", "1 a", "zzz", "cde@", "É", "AB"]
    queries += ["%", "_", '"', "'", "\\", "%_", 'a"b', "%%%", "_'_", " 1% "]
    queries += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(60)]
    filters = [frozenset(), frozenset({_S.DELIVERED}), frozenset({_S.QUEUED, _S.INVALID})]
    for text in queries:
        if len(text.strip()) < 3 and not text.isascii():
            continue  # LIKE folds ASCII letters only: see test_short_non_ascii_matches_exact_case
        for statuses in filters:
            query = HistoryQuery(search=text, statuses=statuses)
            want = expected(text, statuses)
            assert history.ids(query) == want, (text, statuses)
            assert history.count(query) == len(want), (text, statuses)
            assert [lead.id for lead in history.page(query, 3, 7)] == want[3:10], (text, statuses)


def test_short_non_ascii_matches_exact_case(outbox: Outbox, history: History) -> None:
    # A known limit of the short (LIKE) path: SQLite folds ASCII letters only.
    enqueue_people(outbox)
    assert search_names(history, "ë") == ["Zoë Ångström"]
    assert search_names(history, "Ë") == []
    assert search_names(history, "ËA") == []
    assert search_names(history, "ËÅ") == []
    assert search_names(history, "Ë Å") == ["Zoë Ångström"], "three characters: the index folds"


# -- duplicate hints ---------------------------------------------------------------------


def test_find_matches_by_email_any_case_or_phone_any_spacing(
    outbox: Outbox, history: History
) -> None:
    ada, zoe, *_ = enqueue_people(outbox)
    assert [m.id for m in history.find_matches("ADA@Example.com", None)] == [ada]
    assert [m.id for m in history.find_matches(" zoe@firma.de ", None)] == [zoe]
    assert [m.id for m in history.find_matches(None, "+31612345678")] == [zoe]
    assert [m.id for m in history.find_matches(None, "+31 (6) 1234-5678")] == [zoe]
    assert [m.id for m in history.find_matches("ada@example.com", "+31612345678")] == [zoe, ada]
    assert history.find_matches("someone@else.org", "+31000000000") == []
    assert history.find_matches(None, None) == []
    assert history.find_matches("", "  ") == []
    assert history.find_matches("ada@example.com", None, exclude_id=ada) == []


def test_find_matches_newest_first_at_most_five(outbox: Outbox, history: History) -> None:
    same_email = [
        outbox.enqueue({"name": f"Ann {n}", "email": "ann@example.com"}) for n in range(4)
    ]
    same_phone = [outbox.enqueue({"name": f"Bob {n}", "phone": "+3120123456"}) for n in range(3)]
    both = outbox.enqueue({"name": "Both", "email": "ann@example.com", "phone": "+3120123456"})
    matches = history.find_matches("ann@example.com", "+3120123456")
    assert [m.id for m in matches] == [both, *same_phone[::-1], same_email[-1]]
    # Leads with no email or phone never match an empty one.
    outbox.enqueue({"name": "No contact"})
    assert history.find_matches("", "") == []


def test_find_matches_and_sender_queries_use_indexes(conn: sqlite3.Connection) -> None:
    history, outbox = History(conn), Outbox(conn)
    outbox.enqueue({"name": "Ada", "email": "ada@example.com", "phone": "+44123"})
    plans: list[str] = []
    trace = plans.append
    conn.set_trace_callback(trace)
    try:
        history.find_matches("ada@example.com", "+44 123")
        outbox.next_due()
        outbox.next_wake_time()
    finally:
        conn.set_trace_callback(None)
    for sql in plans:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        detail = " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "SCAN leads" not in detail.replace("SCAN leads_", ""), (sql, detail)


# Contacts stored and asked for: letter case, spacing and blanks vary, as in real files.
_EMAILS = st.sampled_from(
    ["ada@example.com", "ADA@Example.COM", " ada@example.com ", "zoë@firma.de", "ZOË@firma.de", ""]
)
_PHONES = st.sampled_from(
    ["+31612345678", "+31 6 1234-5678", "(+31) 6.12345678", "+44 20", " ", ""]
)
_CONTACTS = st.tuples(st.one_of(st.none(), _EMAILS), st.one_of(st.none(), _PHONES))


@settings(max_examples=60, deadline=None)
@given(
    stored=st.lists(st.tuples(_CONTACTS, st.booleans()), max_size=8),
    asked=st.lists(_CONTACTS, max_size=12),
)
def test_newest_matches_names_the_first_lead_find_matches_finds(
    stored: list[tuple[tuple[str | None, str | None], bool]],
    asked: list[tuple[str | None, str | None]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        conn = open_database(Path(folder))
        try:
            outbox, history = Outbox(conn, clock=lambda: T0), History(conn)
            for (email, phone), delivered in stored:
                payload = {"name": "Stored", "email": email or "", "phone": phone or ""}
                lead_id = outbox.enqueue(payload)
                if delivered:
                    outbox.mark_sending(lead_id)
                    outbox.record(lead_id, Delivered(f"oct-{lead_id}"))
            expected = []
            for email, phone in asked:
                matches = history.find_matches(email, phone)
                expected.append(
                    StoredMatch(matches[0].id, T0, matches[0].delivered_at is not None)
                    if matches
                    else None
                )
            assert history.newest_matches(asked) == expected
        finally:
            conn.close()


def test_newest_matches_asks_in_batches_and_uses_the_indexes(
    conn: sqlite3.Connection, outbox: Outbox, history: History
) -> None:
    ada = outbox.enqueue({"name": "Ada", "email": "ada@example.com", "phone": "+44123"})
    asked = [(f"visitor{i}@example.com", f"+31 6 {i:08d}") for i in range(700)]
    asked[450] = ("ADA@example.com", None)
    plans: list[str] = []
    conn.set_trace_callback(plans.append)
    try:
        found = history.newest_matches(asked)
    finally:
        conn.set_trace_callback(None)
    assert found == [None] * 450 + [StoredMatch(ada, T0, False)] + [None] * 249
    # 700 rows, three queries: far below SQLite's limit on parameters each.
    assert len(plans) == 3
    for sql in plans:
        detail = " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "SCAN leads" not in detail.replace("SCAN leads_", ""), detail
        assert "leads_by_email" in detail, detail
        assert "leads_by_phone" in detail, detail


def test_earlier_leads_names_the_newest_earlier_lead_with_the_same_email_or_phone(
    outbox: Outbox, history: History
) -> None:
    ada = outbox.enqueue({"name": "Ada", "email": "ada@example.com", "phone": "+44 1234 567890"})
    grace = outbox.enqueue({"name": "Grace", "email": "grace@example.com"})
    again = outbox.enqueue({"name": "Ada L.", "email": "ADA@Example.com"})
    by_phone = outbox.enqueue({"name": "A. Lovelace", "phone": "+44-1234-567890"})
    both = outbox.enqueue({"name": "Ada", "email": "ada@example.com", "phone": "+441234567890"})
    blank = outbox.enqueue({"name": "No contact"})
    found = history.earlier_leads([ada, grace, again, by_phone, both, blank, 9999])
    assert found == {
        again: EarlierLead(ada, same_email=True, same_phone=False),
        by_phone: EarlierLead(ada, same_email=False, same_phone=True),
        # The newest earlier one is named; here it shares the phone only.
        both: EarlierLead(by_phone, same_email=False, same_phone=True),
    }
    assert history.earlier_leads([]) == {}


def test_earlier_leads_uses_the_indexes(conn: sqlite3.Connection, history: History) -> None:
    Outbox(conn).enqueue({"name": "Ada", "email": "ada@example.com", "phone": "+44123"})
    plans: list[str] = []
    conn.set_trace_callback(plans.append)
    try:
        history.earlier_leads([1])
    finally:
        conn.set_trace_callback(None)
    (sql,) = [s for s in plans if s.lstrip().upper().startswith("SELECT")]
    detail = " | ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert "leads_by_email" in detail, detail
    assert "leads_by_phone" in detail, detail
    assert "SCAN" not in detail, detail


def test_position_is_the_row_of_a_lead_among_the_matches(outbox: Outbox, history: History) -> None:
    ids = enqueue_people(outbox)
    everything = HistoryQuery()
    assert [history.position(everything, lead_id) for lead_id in ids] == [5, 4, 3, 2, 1, 0]
    example = HistoryQuery(search="example.com")  # Ada and Grace, through the trigram index
    assert history.position(example, ids[0]) == 1
    assert history.position(example, ids[3]) == 0
    assert history.position(example, ids[1]) is None
    short = HistoryQuery(search="ad")  # LIKE: Ada only (name, email, phone)
    assert history.position(short, ids[0]) == 0
    queued = HistoryQuery(statuses=frozenset({_S.QUEUED}))
    assert history.position(queued, ids[2]) == 3
    assert history.position(HistoryQuery(statuses=frozenset({_S.DELIVERED})), ids[2]) is None
    assert history.position(everything, 9999) is None


# -- erase ---------------------------------------------------------------------------------


def file_bytes(data_dir: Path) -> bytes:
    """Everything SQLite keeps on disk for the store: the file and its WAL."""
    return b"".join(p.read_bytes() for p in sorted(data_dir.glob(f"{DB_FILE}*")))


def test_erase_removes_the_lead_everywhere(
    outbox: Outbox, history: History, data_dir: Path
) -> None:
    ada, zoe, *_ = enqueue_people(outbox)
    assert history.erase(zoe) is True
    assert history.get(zoe) is None
    assert zoe not in history.ids(HistoryQuery())
    assert search_names(history, "Ångström") == []
    assert search_names(history, "zo") == []
    assert history.find_matches("zoe@firma.de", "+31612345678") == []
    assert history.count(HistoryQuery()) == len(PEOPLE) - 1
    assert history.erase(zoe) is False, "already gone"
    assert history.erase(10_000) is False
    assert history.get(ada) is not None
    # Ids are never reused: a new lead can't take an erased one's place (and history).
    newest = max(history.ids(HistoryQuery()))
    assert history.erase(newest)
    assert outbox.enqueue({"name": "Next"}) == newest + 1


def test_erased_text_is_gone_from_the_file_bytes(
    outbox: Outbox, history: History, data_dir: Path, conn: sqlite3.Connection
) -> None:
    secret = "Qwertzuiop Xylophonist"
    email = "qwertzuiop.xylo@example.org"
    lead_id = outbox.enqueue({"name": secret, "email": email, "note": "Zanzibarquux"})
    outbox.enqueue({"name": "Someone else", "email": "else@example.org"})
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert secret.encode() in file_bytes(data_dir), "the test must see the text first"
    assert email.encode() in file_bytes(data_dir)

    assert history.erase(lead_id)
    raw = file_bytes(data_dir)
    for text in (secret, email, "Zanzibarquux", "Xylophonist"):
        assert text.encode() not in raw, text
    # The trigram index was rewritten as one segment, so no old posting
    # for the erased lead survives behind a deletion marker.
    (segments,) = conn.execute("SELECT count(DISTINCT segid) FROM leads_search_idx").fetchone()
    assert segments == 1
    assert search_names(history, "else") == ["Someone else"]


def test_erase_many_and_a_lead_being_sent(outbox: Outbox, history: History) -> None:
    ids = enqueue_people(outbox)
    outbox.mark_sending(ids[0])
    outbox.mark_request_started(ids[0])
    assert history.erase_many([ids[0], ids[2], 99_999, ids[4]]) == [ids[0], ids[2], ids[4]]
    assert history.count(HistoryQuery()) == len(PEOPLE) - 3
    with pytest.raises(LeadNotFound, match="not stored any more"):
        outbox.record(ids[0], Delivered("oct-late"))
    assert history.erase_many([]) == []


# -- scale ------------------------------------------------------------------------------------


def bulk_insert(conn: sqlite3.Connection, count: int) -> None:
    """``count`` leads in one executemany transaction, through the schema and its triggers."""
    now = time.time() - count
    statuses = ("delivered",) * 18 + ("invalid", "queued")
    rows = [
        (
            json.dumps({"name": f"Visitor {n}", "email": f"v{n}@ex.com"}),
            statuses[n % len(statuses)],
            now + n,
            now + n,
            f"Visitor {n}",
            f"v{n}@ex.com",
            f"+{n}",
        )
        for n in range(count)
    ]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO leads (payload, status, created_at, updated_at, name, email, phone)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")


@pytest.mark.slow
def test_a_hundred_thousand_leads(conn: sqlite3.Connection, history: History) -> None:
    bulk_insert(conn, 100_000)
    outbox = Outbox(conn)
    newest = outbox.enqueue({"name": "Newest", "email": "V4242@ex.com"})

    assert history.count(HistoryQuery()) == 100_001
    page = history.page(HistoryQuery(), 0, 100)
    assert [lead.id for lead in page] == list(range(newest, newest - 100, -1))
    deep = history.page(HistoryQuery(), 50_000, 100)
    assert [lead.id for lead in deep] == list(range(newest - 50_000, newest - 50_100, -1))

    assert search_names(history, "v4242@") == ["Newest", "Visitor 4242"]
    assert history.count(HistoryQuery(search="visitor 9999")) == 11  # 9999, 99990–99999
    assert history.count(HistoryQuery(search="v9")) == 11_111
    invalid = HistoryQuery(statuses=frozenset({_S.INVALID}))
    assert history.count(invalid) == 5_000
    assert all(lead.status is _S.INVALID for lead in history.page(invalid, 0, 100))
    assert history.count(HistoryQuery(search="ex.com", statuses=invalid.statuses)) == 5_000
    assert [m.name for m in history.find_matches("v4242@EX.com", None)] == [
        "Newest",
        "Visitor 4242",
    ]
    assert [m.name for m in history.find_matches(None, "+4 242")] == ["Visitor 4242"]
    due = outbox.next_due()
    assert due is not None
    assert due.name == "Visitor 19"
    assert history.counts()[_S.DELIVERED] == 90_000
