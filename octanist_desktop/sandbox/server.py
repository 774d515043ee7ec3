"""A local, Octanist-compatible Leads API for demos and tests, on loopback only.

``SandboxServer`` answers ``POST /api/leads`` and ``POST /api/check`` the way
Octanist documents them, and the endpoints a sales desk needs once a lead
is in — ``PATCH /api/leads`` (qualified/won/lost), ``GET /api/leads[/{id}]``
and ``POST /api/stats``. It keeps every lead it accepts with its status at
"Octanist", so reads and updates agree with what was created, and can be told to
misbehave (see ``faults.FAULTS``) or to vanish from the network and come back
on the same port. A sandbox in another process is driven over HTTP through
``/_sandbox/...`` (no API key; it only ever listens on loopback).
"""

from __future__ import annotations

import ipaddress
import threading

from octanist_desktop.sandbox.faults import DEFAULT_ENDPOINT
from octanist_desktop.sandbox.handler import LEADS_PATH, Listener
from octanist_desktop.sandbox.state import (
    ReceivedLead,
    ReceivedUpdate,
    SandboxControls,
    SandboxState,
    SeenRequest,
)

__all__ = ["DEFAULT_API_KEY", "ReceivedLead", "ReceivedUpdate", "SandboxServer", "SeenRequest"]

DEFAULT_API_KEY = "sandbox-key"


def _loopback_host(host: str) -> str:
    if host.lower() == "localhost":
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise ValueError(f"The sandbox listens on loopback only, not on {host!r}") from None
    if not address.is_loopback:
        raise ValueError(f"The sandbox listens on loopback only, not on {host!r}")
    return str(address)


class SandboxServer:
    """A local Octanist Leads API on a background thread, for demos and tests.

    Listens on loopback only. ``port=0`` picks a free port when started; the
    port is then kept, so ``go_offline()``/``go_online()`` reopen the same one.
    """

    def __init__(
        self,
        port: int = 0,
        api_key: str = DEFAULT_API_KEY,
        *,
        host: str = "127.0.0.1",
        verbose: bool = False,
    ) -> None:
        self._host = _loopback_host(host)
        self._port = port
        self._state = SandboxState(api_key, verbose)
        self._control = SandboxControls(self._state)
        self._lifecycle = threading.Lock()
        self._listener: Listener | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"<SandboxServer {self.url} {'online' if self.is_online else 'offline'}>"

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- lifecycle ------------------------------------------------------------------

    def start(self) -> None:
        """Listen and serve on a background thread; returns once the port accepts."""
        self._listen()

    def stop(self) -> None:
        """Stop listening, cut open connections and join the serving thread. Idempotent."""
        self._close()

    def go_offline(self) -> None:
        """Vanish from the network: close the listener and every open connection."""
        self._close()

    def go_online(self) -> None:
        """Listen again on the same port after ``go_offline()``."""
        self._listen()

    @property
    def is_online(self) -> bool:
        """Whether the sandbox is listening."""
        return self._listener is not None

    def _listen(self) -> None:
        with self._lifecycle:
            if self._listener is not None:
                return
            listener = Listener((self._host, self._port), self._state)
            self._port = listener.server_address[1]
            thread = threading.Thread(
                target=listener.serve_until_stopped,
                name=f"octanist-sandbox-{self._port}",
                daemon=True,
            )
            thread.start()
            self._listener, self._thread = listener, thread

    def _close(self) -> None:
        with self._lifecycle:
            listener, thread = self._listener, self._thread
            self._listener = self._thread = None
            if listener is None or thread is None:
                return
            listener.interrupt.set()
            listener.stop_serving()
            thread.join()
            listener.server_close()
            listener.drop_connections()

    # --- where to reach it ------------------------------------------------------------

    @property
    def port(self) -> int:
        """The TCP port (0 until first started with ``port=0``)."""
        return self._port

    @property
    def root_url(self) -> str:
        """``http://127.0.0.1:PORT``: where ``/_sandbox/...`` lives."""
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self._port}"

    @property
    def url(self) -> str:
        """The API base URL the app is configured with: ``http://127.0.0.1:PORT/api``."""
        return self.root_url + "/api"

    @property
    def api_key(self) -> str:
        """The key the sandbox accepts (a demo key, not a real Octanist key)."""
        with self._state.lock:
            return self._state.api_key

    # --- what happened ----------------------------------------------------------------

    @property
    def leads(self) -> list[ReceivedLead]:
        """Every lead accepted so far, in order (a snapshot)."""
        return self._control.leads()

    @property
    def records(self) -> list[dict[str, object]]:
        """Every lead as ``GET /api/leads/{id}`` returns it (status, value...), oldest first."""
        return self._control.records()

    def record(self, lead_id: str) -> dict[str, object]:
        """One lead as ``GET /api/leads/{id}`` returns it; ``KeyError`` if unknown."""
        found = self._state.record_snapshot(lead_id)
        if found is None:
            raise KeyError(lead_id)
        return found

    @property
    def updates(self) -> list[ReceivedUpdate]:
        """Every ``PATCH /api/leads`` applied so far, in order (a snapshot)."""
        return self._control.updates()

    @property
    def requests_seen(self) -> int:
        """How many ``POST /api/leads`` arrived, accepted or not."""
        with self._state.lock:
            return self._state.counts[f"POST {LEADS_PATH}"]

    @property
    def requests_per_path(self) -> dict[str, int]:
        """Requests to ``/api/...`` so far, keyed ``"METHOD /path"``."""
        with self._state.lock:
            return dict(self._state.counts)

    @property
    def seen_requests(self) -> list[SeenRequest]:
        """Every request to ``/api/...`` so far, headers without the API key."""
        with self._state.lock:
            return list(self._state.seen)

    @property
    def most_concurrent_requests(self) -> int:
        """The most ``/api/...`` requests ever answered at the same time."""
        with self._state.lock:
            return self._state.max_in_flight

    @property
    def pending_faults(self) -> int:
        """Faults queued and not yet used."""
        with self._state.lock:
            return self._state.pending_faults()

    # --- steering ---------------------------------------------------------------------

    def inject(
        self, fault: str, times: int = 1, *, endpoint: str = DEFAULT_ENDPOINT, **params: object
    ) -> None:
        """Queue ``fault`` for the next ``times`` requests to ``endpoint`` (see
        ``faults.FAULTS`` and ``faults.ENDPOINTS``; lead POSTs unless told otherwise)."""
        self._control.inject(fault, times, params, endpoint)

    def clear_faults(self) -> None:
        """Forget every queued fault."""
        self._control.clear_faults()

    def configure(self, **settings: object) -> None:
        """Switch server behaviour: ``bulk_updates``, ``outcomes_api``, ``list_filters``,
        ``leads_limit``, ``extra_leads_used`` (see ``state.SWITCHES``)."""
        self._control.configure(dict(settings))

    def change_lead(self, lead_id: str, **changes: object) -> None:
        """Change a lead as someone working at Octanist would (``status``, ``value``,
        ``note``, ``lossReason``, ``campaign``)."""
        self._control.change_lead(lead_id, changes)

    def reset(self) -> None:
        """Forget leads, updates, faults and request counts (settings such as the key stay)."""
        self._control.reset()

    def set_delay(self, seconds: float) -> None:
        """Answer every ``/api/...`` request this many seconds late."""
        self._control.set_delay(seconds)

    def set_reject_rule(self, field: str, pattern: str | None) -> None:
        """Answer 403 to leads whose ``field`` matches regex ``pattern``; None removes it."""
        self._control.set_reject_rule(field, pattern)

    def set_api_key(self, key: str) -> None:
        """Accept ``key`` (and only it) from now on."""
        with self._state.lock:
            self._state.api_key = key
