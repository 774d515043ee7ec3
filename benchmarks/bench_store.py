"""The SQLite store at 100,000 leads: enqueue latency, history pages, search, lookups.

    python -m benchmarks.bench_store [LEADS]

Builds a real database file in a temp dir (one executemany transaction,
through the store's own schema and triggers), then times what the app does
with it. Targets: enqueue returns in milliseconds (p99 < 20 ms, fsync
included); a history page or a search page < 20 ms, and a search's page plus
its row count (what one keystroke in the search box costs) < 20 ms; a row count
alone < 50 ms; duplicate hints and the sender's queries < 5 ms. A bare INSERT
with synchronous=FULL in the same folder shows what the disk's fsync costs on
its own, so the enqueue's overhead over it can be read off.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from benchmarks.report import machine, median, ms, percentile, table, verdict
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.lifecycle import NEEDS_ATTENTION, PENDING, LeadStatus
from octanist_desktop.store.outbox import Outbox

LEADS = 100_000
ENQUEUES = 500
REPEATS = 15
PAGE = 100

_SYLLABLES = ("an", "be", "ko", "mü", "la", "ri", "jo", "sé", "ta", "ne", "vi", "ol", "ström")
_WORDS = (
    *("call", "booth", "demo", "pricing", "follow", "up", "next", "week"),
    *("budget", "meeting", "expo", "stand", "brochure"),
)
_DOMAINS = ("example.com", "acme.nl", "firma.de", "mail.org")
_STATUSES = (
    (LeadStatus.DELIVERED, 95),
    (LeadStatus.INVALID, 2),
    (LeadStatus.WAITING, 1),
    (LeadStatus.QUEUED, 1),
    (LeadStatus.REJECTED, 1),
)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).title()


def build(conn_dir: Path, count: int) -> float:
    """Fill a fresh database with ``count`` plausible leads; returns the seconds it took."""
    rng = random.Random(20261126)
    statuses = [s for s, _ in _STATUSES]
    weights = [w for _, w in _STATUSES]
    now = time.time() - count
    rows = []
    for n in range(count):
        first, last = _word(rng), _word(rng)
        name = f"{first} {last}"
        email = f"{first.lower()}.{n}@{rng.choice(_DOMAINS)}"
        phone = "+316" + "".join(rng.choice("0123456789") for _ in range(8))
        note = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 30)))
        payload = {"name": name, "email": email, "phone": phone, "note": note, "utm_source": "expo"}
        status = rng.choices(statuses, weights)[0]
        next_at = now + n + 3600 if status is LeadStatus.WAITING else None
        rows.append(
            (json.dumps(payload), status.value, now + n, now + n, next_at, name, email, phone, note)
        )
    conn = open_database(conn_dir)
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO leads (payload, status, created_at, updated_at, next_attempt_at,"
        " name, email, phone, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.execute("COMMIT")
    # Merge the bulk insert's index segments, as months of single inserts would have been.
    conn.execute("INSERT INTO leads_search(leads_search) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def timed(action: Callable[[], object], repeats: int = REPEATS) -> list[float]:
    """Wall-clock seconds of ``repeats`` runs, after one warm-up run."""
    action()
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return samples


def bare_insert(directory: Path, runs: int) -> list[float]:
    """The same commit with none of the store around it: the disk's fsync cost."""
    conn = sqlite3.connect(directory / "baseline.sqlite3", isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE plain (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        body = json.dumps({"name": "Bench Mark", "email": "bench@example.com"})
        return timed(lambda: conn.execute("INSERT INTO plain (body) VALUES (?)", (body,)), runs)
    finally:
        conn.close()


def page_and_count(history: History, query: HistoryQuery) -> None:
    """What the history view asks for on each keystroke: the first page and the total."""
    history.page(query, 0, PAGE)
    history.count(query)


IMPORTED = 2000
IMPORT_BATCH = 100  # what ui.import_worker commits per transaction


def import_table(outbox: Outbox) -> str:
    """An import's commits: one fsynced transaction per lead against one per batch."""
    payloads = [{"name": f"Import {n}", "email": f"import{n}@example.com"} for n in range(IMPORTED)]
    started = time.perf_counter()
    for payload in payloads:
        outbox.enqueue(payload)
    one_by_one = time.perf_counter() - started
    started = time.perf_counter()
    for first in range(0, IMPORTED, IMPORT_BATCH):
        outbox.enqueue_many(payloads[first : first + IMPORT_BATCH])
    batched = time.perf_counter() - started
    return table(
        f"Importing {IMPORTED:,} leads (synchronous=FULL)",
        ["commits", "time", "leads/s", "speed-up"],
        [
            [
                "one per lead, like a typed lead (baseline)",
                ms(one_by_one),
                f"{IMPORTED / one_by_one:,.0f}",
                "1.0×",
            ],
            [
                f"one per {IMPORT_BATCH} leads (the import)",
                ms(batched),
                f"{IMPORTED / batched:,.0f}",
                f"{one_by_one / batched:.1f}×",
            ],
        ],
    )


def main() -> int:
    """Build the database, time each operation, print the tables."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else LEADS
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        built = build(data_dir, count)
        size = (data_dir / "leads.sqlite3").stat().st_size / 1e6
        print(f"\nbuilt {count:,} leads in {built:.1f} s; file {size:.0f} MB\n")
        conn = open_database(data_dir)
        outbox, history = Outbox(conn), History(conn)

        enqueue = timed(
            lambda: outbox.enqueue({"name": "Bench Mark", "email": "bench@example.com"}),
            ENQUEUES,
        )
        bare = bare_insert(Path(tmp), ENQUEUES)
        ratio = median(enqueue) / median(bare)
        print(
            table(
                f"Enqueue with {count:,} leads stored (synchronous=FULL, {ENQUEUES} runs)",
                ["operation", "median", "p99", "max", "target"],
                [
                    [
                        "Outbox.enqueue",
                        ms(median(enqueue)),
                        ms(percentile(enqueue, 99)),
                        ms(max(enqueue)),
                        f"{verdict(percentile(enqueue, 99) < 0.020)} (p99 < 20 ms)",
                    ],
                    [
                        "baseline: bare INSERT, same folder (WAL, FULL)",
                        ms(median(bare)),
                        ms(percentile(bare, 99)),
                        ms(max(bare)),
                        "— (the fsync alone)",
                    ],
                ],
            )
        )
        print(f"enqueue median = {ratio:.1f}x the bare INSERT's\n")
        print(import_table(outbox))

        rows: list[list[object]] = []

        def row(label: str, action: Callable[[], object], target: float | None) -> None:
            samples = timed(action)
            worst = max(samples)
            ok = "" if target is None else f"{verdict(worst < target)} (< {target * 1000:g} ms)"
            rows.append([label, ms(median(samples)), ms(worst), ok])

        queries = {
            "everything": HistoryQuery(),
            "status = invalid": HistoryQuery(statuses=frozenset({LeadStatus.INVALID})),
            "not yet delivered": HistoryQuery(statuses=PENDING),
            "needs attention": HistoryQuery(statuses=NEEDS_ATTENTION),
            "status = delivered": HistoryQuery(statuses=frozenset({LeadStatus.DELIVERED})),
            'search "example.com" (¼ of leads)': HistoryQuery(search="example.com"),
            'search "budget" (notes)': HistoryQuery(search="budget"),
            'search "STRÖM" (accent, case)': HistoryQuery(search="STRÖM"),
            'search "xyzzy" (no match)': HistoryQuery(search="xyzzy"),
            'search ".4242@"': HistoryQuery(search=".4242@"),
            'search "jo" (short, common)': HistoryQuery(search="jo"),
            'search "q" (short, no match)': HistoryQuery(search="q"),
            'search "example.com" + needs attention': HistoryQuery(
                search="example.com", statuses=NEEDS_ATTENTION
            ),
            'search "jo" + status = invalid': HistoryQuery(
                search="jo", statuses=frozenset({LeadStatus.INVALID})
            ),
            'search "budget" + status = delivered': HistoryQuery(
                search="budget", statuses=frozenset({LeadStatus.DELIVERED})
            ),
            'search "q" + status = delivered': HistoryQuery(
                search="q", statuses=frozenset({LeadStatus.DELIVERED})
            ),
        }
        for label, query in queries.items():
            row(f"page 1 — {label}", partial(history.page, query, 0, PAGE), 0.020)
            row(f"count — {label}", partial(history.count, query), 0.050)
        for text in ("example.com", "budget", "jo"):
            row(
                f'page 1 + count — search "{text}" ({len(text)} chars)',
                partial(page_and_count, history, HistoryQuery(search=text)),
                0.020,
            )
        row(
            "page at offset 50,000 (no filter)",
            lambda: history.page(HistoryQuery(), 50_000, PAGE),
            None,
        )
        row("counts() by status", history.counts, 0.020)
        row(
            "find_matches(email, phone)",
            lambda: history.find_matches("Jola.4242@ACME.nl", "+31 6 1234 5678"),
            0.005,
        )
        row("next_due()", outbox.next_due, 0.005)
        row("next_wake_time()", outbox.next_wake_time, 0.005)
        print(
            table(
                f"History and sender queries at {count:,} leads ({REPEATS} runs each)",
                ["operation", "median", "worst", "target"],
                rows,
            )
        )

        victims = history.ids(HistoryQuery(statuses=frozenset({LeadStatus.REJECTED})))[:3]
        started = time.perf_counter()
        history.erase(victims[0])
        one = time.perf_counter() - started
        started = time.perf_counter()
        history.erase_many(victims[1:])
        two = time.perf_counter() - started
        print(
            table(
                "Erase (privacy request): row, search index rewrite, WAL truncate",
                ["erase(1 lead)", "erase_many(2 leads)"],
                [[ms(one), ms(two)]],
            )
        )
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
