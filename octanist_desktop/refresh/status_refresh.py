"""One refresh of what Octanist says: each sent lead's status, the account's recent leads, usage.

Blocking, and meant for a background thread (it opens its own database
connection and HTTP clients). One run:

1. ``POST /api/stats``: the plan's usage, kept for the status bar and Settings.
2. ``GET /api/leads`` with ``updated_after`` (the last run's high-water mark,
   in the server's own time) sorted by ``updated_at``, page after page: the
   account's leads that changed, this app's among them — a handful of
   requests however many leads there are. Kept in the local index that
   also answers "already at Octanist, entered by another device".
3. ``GET /api/leads/{id}`` for this app's sent leads the list didn't bring
   back, a few at a time (``concurrency``). A server whose list ignores
   ``updated_after`` (an older one) or refuses it gets only this, for the
   newest ``per_id_limit`` sent leads.

404/405 from all of them means the server has none of these endpoints:
the run says so (``Availability.UNSUPPORTED``) and nothing is retried.
A network failure or a refused key ends the run early; the next run
starts from the same mark, so nothing is missed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from octanist_desktop.core.outcomes import Invalid, ReadFailure, Rejected, Unsupported
from octanist_desktop.core.remote import Availability, LeadPage, RemoteLead, Usage, parse_time
from octanist_desktop.store.database import open_database
from octanist_desktop.store.remote_index import RemoteIndex

if TYPE_CHECKING:
    from octanist_desktop.net.client import OctanistClient

log = logging.getLogger(__name__)

#: The account's leads entered within this many days are kept for the duplicate hint.
WINDOW_DAYS = 30
PAGE_SIZE = 100
#: At most this many pages per run (10,000 leads); the next run carries on from the mark.
MAX_PAGES = 100
#: Without a usable list: this many of the newest sent leads are read one by one.
PER_ID_LIMIT = 200
#: Reads in flight at once in the per-lead pass: kind to the server, quick enough.
CONCURRENCY = 4
#: ``updated_after`` is sent this much before the mark: leads changed in the
#: same instant as the last one seen are read again rather than missed.
OVERLAP = timedelta(seconds=2)
#: The mark: ``updatedAt`` of the newest change seen, as the server wrote it.
WATERMARK = "leads_updated_after"

ClientFactory = Callable[[], "OctanistClient"]
T = TypeVar("T")


class ListMode(StrEnum):
    """How the run read the account's leads."""

    FILTERED = "filtered"  # the list with updated_after: only what changed
    PER_LEAD = "per_lead"  # the list can't filter (or is missing): one read per sent lead


@dataclass(frozen=True, slots=True)
class RefreshReport:
    """What one refresh found.

    ``leads`` are this app's lead ids whose Octanist side was (re)read;
    ``failure`` is why the run ended early (None when it ran to the end).
    """

    availability: Availability
    leads: tuple[int, ...] = ()
    usage: Usage | None = None
    mode: ListMode | None = None
    requests: int = 0
    failure: ReadFailure | None = None
    gone: tuple[str, ...] = field(default=())


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _Stop(Exception):
    """The run can't go on (offline, key refused); carries why."""

    def __init__(self, failure: ReadFailure) -> None:
        super().__init__(type(failure).__name__)
        self.failure = failure


class StatusRefresh:
    """One refresh run against one server with one key (see the module docstring).

    ``client_factory()`` makes a client; the per-lead pass makes one per
    worker thread (a ``requests.Session`` is not for sharing between threads).
    """

    def __init__(
        self,
        data_dir: Path,
        client_factory: ClientFactory,
        *,
        clock: Callable[[], float] = time.time,
        concurrency: int = CONCURRENCY,
        per_id_limit: int = PER_ID_LIMIT,
        window_days: int = WINDOW_DAYS,
        page_size: int = PAGE_SIZE,
        overlap: timedelta = OVERLAP,
    ) -> None:
        self._data_dir = data_dir
        self._client_factory = client_factory
        self._clock = clock
        self._concurrency = max(concurrency, 1)
        self._per_id_limit = per_id_limit
        self._window = timedelta(days=window_days)
        self._page_size = page_size
        self._overlap = overlap
        self._requests = 0
        self._answered = False
        self._unsupported = 0
        self._should_stop: Callable[[], bool] = lambda: False
        self._lock = threading.Lock()

    def run(self, should_stop: Callable[[], bool] = lambda: False) -> RefreshReport:
        """Refresh once; never raises for network or server trouble.

        ``should_stop`` is asked between requests (the app is quitting, say):
        once it says yes, no request is started and the run ends as it is,
        with the mark where the last completed page left it.
        """
        self._should_stop = should_stop
        conn = open_database(self._data_dir)
        client = self._client_factory()
        try:
            return self._run(RemoteIndex(conn, clock=self._clock), client)
        finally:
            client.close()
            conn.close()

    def _run(self, index: RemoteIndex, client: OctanistClient) -> RefreshReport:
        self._requests = 0
        self._answered = False  # one of the endpoints worked: the API is there
        self._unsupported = 0  # how many of them answered 404/405
        touched: list[int] = []
        gone: list[str] = []
        usage: Usage | None = None
        mode: ListMode | None = None
        failure: ReadFailure | None = None
        refresh = index.begin_refresh()
        try:
            usage = self._read_usage(index, client)
            mode = self._read_list(index, client, refresh, touched)
            # A server with neither stats nor a list has no reads by id either.
            if (self._answered or self._unsupported < 2) and not self._should_stop():
                targets = index.sent_leads(
                    self._per_id_limit, unchecked_only=mode is ListMode.FILTERED
                )
                read, gone = self._read_each([octanist_id for _, octanist_id in targets])
                touched += index.apply(read, refresh)
                for octanist_id in gone:
                    index.mark_gone(octanist_id)
            index.prune((datetime.fromtimestamp(self._clock(), UTC) - self._window).timestamp())
        except _Stop as stop:
            failure = stop.failure
        if self._answered:
            index.set_availability(Availability.AVAILABLE)
        elif self._unsupported >= 2:
            index.set_availability(Availability.UNSUPPORTED)
        return RefreshReport(
            index.availability(),
            tuple(dict.fromkeys(touched)),
            usage,
            mode,
            self._requests,
            failure,
            tuple(gone),
        )

    def _read_usage(self, index: RemoteIndex, client: OctanistClient) -> Usage | None:
        got = self._count(client.usage())
        if isinstance(got, Usage):
            self._answered = True
            index.save_usage(got)
            return got
        if isinstance(got, Unsupported):
            self._unsupported += 1
        elif not isinstance(got, Invalid | Rejected):
            raise _Stop(got)
        return None

    def _count(self, answer: T) -> T:
        with self._lock:
            self._requests += 1
        return answer

    # -- the list ------------------------------------------------------------------------

    def _read_list(
        self, index: RemoteIndex, client: OctanistClient, refresh: int, touched: list[int]
    ) -> ListMode:
        """Read what changed since the mark; how, when it could (else one lead at a time)."""
        now = datetime.fromtimestamp(self._clock(), UTC)
        mark = parse_time(index.mark(WATERMARK)) or (now - self._window)
        after = mark - self._overlap
        newest: tuple[datetime, str] | None = None
        for page_number in range(1, MAX_PAGES + 1):
            if self._should_stop():
                break
            page = self._count(
                client.list_leads(
                    page=page_number,
                    limit=self._page_size,
                    updated_after=_iso(after),
                    sort="updated_at:asc",
                )
            )
            if isinstance(page, Unsupported):
                self._unsupported += 1
                return ListMode.PER_LEAD
            if isinstance(page, Invalid | Rejected):
                return ListMode.PER_LEAD  # the server refuses the filter: read lead by lead
            if not isinstance(page, LeadPage):
                raise _Stop(page)
            self._answered = True
            if any(lead.updated_at is not None and lead.updated_at < after for lead in page.leads):
                # Leads older than asked for: this list ignores updated_after.
                log.info("the lead list ignores updated_after; reading sent leads one by one")
                return ListMode.PER_LEAD
            touched += index.apply(page.leads, refresh)
            for lead in page.leads:
                if lead.updated_at is None or lead.updated_at_text is None:
                    continue
                if newest is None or lead.updated_at > newest[0]:
                    newest = (lead.updated_at, lead.updated_at_text)
            if newest is not None:
                # Sorted oldest change first: what is behind the mark has all been read.
                index.set_mark(WATERMARK, newest[1])
            if not page.has_more:
                break
        if newest is None and index.mark(WATERMARK) is None:
            # Nothing changed in the window yet: start next time from now.
            index.set_mark(WATERMARK, _iso(after))
        return ListMode.FILTERED

    # -- one lead at a time ----------------------------------------------------------------

    def _read_each(self, octanist_ids: list[str]) -> tuple[list[RemoteLead], list[str]]:
        """Read leads by id, a few at a time; the leads read and the ids Octanist lacks.

        A 404 means "this lead is gone" only once another endpoint showed the
        API is there; otherwise (and for a 405) the endpoint itself is missing
        and the rest are not asked.
        """
        read: list[RemoteLead] = []
        missing: list[str] = []
        stop: list[ReadFailure] = []
        no_endpoint = threading.Event()
        local = threading.local()
        clients: list[OctanistClient] = []

        def read_one(octanist_id: str) -> None:
            if stop or no_endpoint.is_set() or self._should_stop():
                return  # an earlier read found the run can't go on
            client = getattr(local, "client", None)
            if client is None:
                client = local.client = self._client_factory()
                with self._lock:
                    clients.append(client)
            answer = self._count(client.get_lead(octanist_id))
            with self._lock:
                if isinstance(answer, RemoteLead):
                    read.append(answer)
                    self._answered = True
                elif isinstance(answer, Unsupported):
                    if self._answered and answer.status == 404:
                        missing.append(octanist_id)
                    else:
                        no_endpoint.set()
                elif not isinstance(answer, Invalid | Rejected):
                    stop.append(answer)

        try:
            with ThreadPoolExecutor(self._concurrency, "octanist-refresh") as pool:
                list(pool.map(read_one, octanist_ids))
        finally:
            for client in clients:
                client.close()
        if no_endpoint.is_set() and not read:
            self._unsupported += 1
        if stop:
            raise _Stop(stop[0])
        return read, missing
