"""The status refresh against the real sandbox over loopback HTTP, with a real SQLite file."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from octanist_desktop.core.deal import Stage
from octanist_desktop.core.outcomes import Delivered, Retryable
from octanist_desktop.core.remote import Availability
from octanist_desktop.net.client import OctanistClient
from octanist_desktop.refresh.status_refresh import WATERMARK, ListMode, StatusRefresh
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.store.database import open_database
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.store.remote_index import RemoteIndex


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """The window's connection to the data folder."""
    connection = open_database(data_dir)
    yield connection
    connection.close()


@pytest.fixture
def client(sandbox: SandboxServer, api_key: str) -> Iterator[OctanistClient]:
    """A client that plays this app's sender (and, for other devices, a colleague's)."""
    made = OctanistClient(sandbox.url, api_key)
    yield made
    made.close()


class Sent:
    """Leads this app sent: posted to the sandbox and recorded as delivered locally."""

    def __init__(self, conn: sqlite3.Connection, client: OctanistClient) -> None:
        self.outbox, self.client = Outbox(conn), client
        self.octanist_ids: dict[int, str] = {}

    def __call__(self, **payload: object) -> int:
        lead_id = self.outbox.enqueue(payload)
        self.outbox.mark_sending(lead_id)
        self.outbox.mark_request_started(lead_id)
        outcome = self.client.post_lead(payload)
        assert isinstance(outcome, Delivered)
        self.outbox.record(lead_id, outcome)
        self.octanist_ids[lead_id] = outcome.lead_id
        return lead_id


@pytest.fixture
def sent(conn: sqlite3.Connection, client: OctanistClient) -> Sent:
    """Send a lead as this app would."""
    return Sent(conn, client)


def refresher(
    data_dir: Path, sandbox: SandboxServer, api_key: str, **options: int
) -> StatusRefresh:
    """A refresh of the sandbox without the overlap that re-reads the last two seconds.

    The tests' leads all change within a second; with the overlap every run
    would read them all again (as it should in the field, where that is a handful).
    """
    return StatusRefresh(
        data_dir,
        lambda: OctanistClient(sandbox.url, api_key, connect_timeout=1.0, read_timeout=2.0),
        overlap=timedelta(0),
        **options,
    )


def test_a_refresh_reads_usage_and_every_sent_lead_in_a_few_requests(
    data_dir: Path, conn: sqlite3.Connection, sandbox: SandboxServer, api_key: str, sent: Sent
) -> None:
    sandbox.configure(leads_limit=500, extra_leads_used=146)
    ids = [sent(name=f"Lead {n}", email=f"l{n}@example.com") for n in range(5)]
    sandbox.change_lead(sent.octanist_ids[ids[0]], status="won", value=5000, campaign="Expo")

    report = refresher(data_dir, sandbox, api_key).run()

    assert report.failure is None
    assert report.availability is Availability.AVAILABLE
    assert report.mode is ListMode.FILTERED
    assert report.requests == 2  # one stats, one page: not one request per lead
    assert sorted(report.leads) == sorted(ids)
    assert report.usage is not None
    assert (report.usage.leads_used, report.usage.leads_limit) == (151, 500)
    states = RemoteIndex(conn).for_leads(ids)
    assert states[ids[0]].stage is Stage.WON
    assert states[ids[0]].value == Decimal(5000)
    assert states[ids[0]].campaign == "Expo"
    assert states[ids[0]].changed  # changed at Octanist, not by this app
    assert {states[i].stage for i in ids[1:]} == {Stage.OPEN}
    assert not any(states[i].changed for i in ids[1:])
    saved = RemoteIndex(conn).usage()
    assert saved is not None
    assert saved[0].leads_used == 151


def test_the_next_refresh_brings_only_what_changed_and_highlights_it(
    data_dir: Path, conn: sqlite3.Connection, sandbox: SandboxServer, api_key: str, sent: Sent
) -> None:
    ids = [sent(name=f"Lead {n}") for n in range(4)]
    refresh = refresher(data_dir, sandbox, api_key)
    refresh.run()
    time.sleep(0.002)  # Octanist's times are to the millisecond
    sandbox.change_lead(sent.octanist_ids[ids[2]], status="qualified")

    report = refresh.run()

    assert report.leads == (ids[2],)
    list_calls = [r for r in sandbox.seen_requests if r.method == "GET"]
    assert len(list_calls) == 2  # one page each time
    states = RemoteIndex(conn).for_leads(ids)
    assert [states[i].changed for i in ids] == [False, False, True, False]
    assert states[ids[2]].stage is Stage.QUALIFIED

    refresh.run()  # nothing new: the highlight is gone
    assert not any(s.changed for s in RemoteIndex(conn).for_leads(ids).values())


def test_paging_carries_the_mark_forward(
    data_dir: Path, conn: sqlite3.Connection, sandbox: SandboxServer, api_key: str, sent: Sent
) -> None:
    ids = [sent(name=f"Lead {n}") for n in range(7)]
    report = refresher(data_dir, sandbox, api_key, page_size=3).run()
    assert sorted(report.leads) == sorted(ids)
    assert report.requests == 1 + 3  # stats and three pages of three
    newest = max(sandbox.records, key=lambda r: str(r["updatedAt"]))
    assert RemoteIndex(conn).mark(WATERMARK) == newest["updatedAt"]


def test_a_colleagues_lead_is_indexed_for_the_duplicate_hint(
    data_dir: Path, conn: sqlite3.Connection, sandbox: SandboxServer, api_key: str, sent: Sent
) -> None:
    sent(name="Mine", email="mine@example.com")
    colleague = OctanistClient(sandbox.url, api_key)
    colleague.post_lead({"name": "Marieke", "email": "marieke@example.com", "note": "private"})
    colleague.close()

    refresher(data_dir, sandbox, api_key).run()

    index = RemoteIndex(conn)
    [match] = index.elsewhere("MARIEKE@example.com", None)
    assert match.created_at is not None
    assert index.elsewhere("mine@example.com", None) == []  # this app's own lead
    # Only what identifies a lead is kept: no name, no note.
    row = conn.execute("SELECT * FROM octanist_leads WHERE id = ?", (match.octanist_id,))
    assert "private" not in repr(row.fetchone())


def test_sent_leads_the_list_does_not_bring_back_are_read_a_few_at_a_time(
    data_dir: Path, conn: sqlite3.Connection, sandbox: SandboxServer, api_key: str, sent: Sent
) -> None:
    ids = [sent(name=f"Lead {n}") for n in range(6)]
    sandbox.reset()  # Octanist deleted them all (the list can't say so)
    sandbox.set_delay(0.05)

    report = refresher(data_dir, sandbox, api_key, concurrency=2).run()

    assert report.mode is ListMode.FILTERED
    reads = [r for r in sandbox.seen_requests if r.path.startswith("/api/leads/")]
    assert len(reads) == 6
    assert 1 < sandbox.most_concurrent_requests <= 2
    # The list and stats answered, so a 404 for one lead means that lead is gone.
    assert sorted(report.gone) == sorted(sent.octanist_ids.values())
    assert all(state.gone for state in RemoteIndex(conn).for_leads(ids).values())


def test_a_list_that_ignores_the_filter_falls_back_to_reading_each_sent_lead(
    data_dir: Path, conn: sqlite3.Connection, sandbox: SandboxServer, api_key: str, sent: Sent
) -> None:
    ids = [sent(name=f"Lead {n}") for n in range(3)]
    refresh = refresher(data_dir, sandbox, api_key)
    refresh.run()
    time.sleep(0.002)  # Octanist's times are to the millisecond
    sandbox.configure(list_filters=False)
    sandbox.change_lead(sent.octanist_ids[ids[1]], status="lost", lossReason="Budget")

    report = refresh.run()

    assert report.mode is ListMode.PER_LEAD
    reads = [r for r in sandbox.seen_requests if r.path.startswith("/api/leads/")]
    assert len(reads) == 3
    assert sorted(report.leads) == sorted(ids)
    state = RemoteIndex(conn).for_leads([ids[1]])[ids[1]]
    assert (state.stage, state.loss_reason, state.changed) == (Stage.LOST, "Budget", True)


def test_a_server_without_these_endpoints_is_told_quietly(
    data_dir: Path, conn: sqlite3.Connection, sandbox: SandboxServer, api_key: str, sent: Sent
) -> None:
    sent(name="Old server")
    sandbox.configure(outcomes_api=False)

    report = refresher(data_dir, sandbox, api_key).run()

    assert report.availability is Availability.UNSUPPORTED
    assert report.failure is None
    assert report.requests == 2  # stats and the list said so; no reads by id
    assert RemoteIndex(conn).availability() is Availability.UNSUPPORTED


def test_offline_ends_the_run_early_and_keeps_the_mark(
    data_dir: Path, conn: sqlite3.Connection, sandbox: SandboxServer, api_key: str, sent: Sent
) -> None:
    sent(name="Before")
    refresh = refresher(data_dir, sandbox, api_key)
    refresh.run()
    mark = RemoteIndex(conn).mark(WATERMARK)
    sandbox.go_offline()

    report = refresh.run()

    assert isinstance(report.failure, Retryable)
    assert report.failure.network_down
    assert report.requests == 1
    assert RemoteIndex(conn).mark(WATERMARK) == mark
    assert report.availability is Availability.AVAILABLE  # as last seen


def test_a_hanging_list_is_a_failure_not_a_hang(
    data_dir: Path, sandbox: SandboxServer, api_key: str, sent: Sent
) -> None:
    sent(name="Slow")
    sandbox.inject("hang", endpoint="list", seconds=5)
    refresh = StatusRefresh(
        data_dir, lambda: OctanistClient(sandbox.url, api_key, read_timeout=0.3)
    )
    report = refresh.run()
    assert isinstance(report.failure, Retryable)
    assert report.usage is not None  # what came before the hang is kept


def test_a_run_told_to_stop_starts_no_more_requests(
    data_dir: Path, sandbox: SandboxServer, api_key: str, sent: Sent
) -> None:
    for n in range(3):
        sent(name=f"Lead {n}")
    asked: list[int] = []

    def stop_after_usage() -> bool:
        asked.append(1)
        return True

    report = refresher(data_dir, sandbox, api_key).run(should_stop=stop_after_usage)

    assert report.requests == 1  # the stats request only
    assert asked
    assert report.failure is None
