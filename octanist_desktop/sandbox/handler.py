"""The sandbox's HTTP side: the listening socket and the request handler.

The handler answers ``/api/leads`` (create, update, list, read one),
``/api/stats`` and ``/api/check`` per Octanist's contract, applies queued
faults, and serves the ``/_sandbox/...`` control API.
"""

from __future__ import annotations

import contextlib
import json
import selectors
import socket
import struct
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import BaseServer, TCPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from octanist_desktop.sandbox import contract
from octanist_desktop.sandbox.contract import ApiError
from octanist_desktop.sandbox.faults import (
    AFTER_WORK,
    CAPTIVE_PORTAL_PAGE,
    CAPTIVE_PORTAL_URL,
    NOT_JSON_TEXT,
    PROXY_ERROR_PAGE,
    Fault,
)
from octanist_desktop.sandbox.records import SETTABLE_STATUSES, list_page, stats
from octanist_desktop.sandbox.state import SandboxControls, SandboxState, SeenRequest

LEADS_PATH = "/api/leads"
CHECK_PATH = "/api/check"
STATS_PATH = "/api/stats"
CONTROL_PREFIX = "/_sandbox/"
MAX_BODY_BYTES = 1024 * 1024
_MAX_DRAINED_BYTES = 16 * MAX_BODY_BYTES
_KEY_HEADER = "X-API-KEY"

#: An answer worked out before it is sent: HTTP status and JSON body.
_Answer = tuple[int, dict[str, object]]


class Listener(ThreadingHTTPServer):
    """One listening socket's life; a new one replaces it after ``go_online``."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], state: SandboxState) -> None:
        self.state = state
        # Set when the listener goes away: wakes handlers sleeping in a delay or hang.
        self.interrupt = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        # Written to by stop_serving(): wakes the accept loop at once, where
        # serve_forever()'s polling would make every stop wait for its poll interval.
        self._wake_reader, self._wake_writer = socket.socketpair()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, LeadsApiHandler)

    def server_bind(self) -> None:
        """Bind without the reverse DNS lookup ``HTTPServer`` does."""
        # HTTPServer.server_bind does a reverse DNS lookup (getfqdn), which can
        # take seconds on a machine with a slow resolver; loopback needs none.
        TCPServer.server_bind(self)
        self.server_name = "localhost"
        self.server_port = self.server_address[1]

    def serve_until_stopped(self) -> None:
        """Accept connections until ``stop_serving()``; each is handled on its own thread."""
        with selectors.DefaultSelector() as selector:
            selector.register(self.socket, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while True:
                for key, _ in selector.select():
                    if key.fileobj is self._wake_reader:
                        return
                    self._accept_one()

    def _accept_one(self) -> None:
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)

    def stop_serving(self) -> None:
        """Make ``serve_until_stopped()`` return (callable from any thread)."""
        with contextlib.suppress(OSError):
            self._wake_writer.send(b"x")

    def server_close(self) -> None:
        """Close the listening socket and the wake-up pair."""
        super().server_close()
        self._wake_reader.close()
        self._wake_writer.close()

    def track(self, connection: socket.socket) -> None:
        """Remember an open connection so ``drop_connections`` can cut it."""
        with self._connections_lock:
            self._connections.add(connection)

    def untrack(self, connection: socket.socket) -> None:
        """Forget a connection that has ended."""
        with self._connections_lock:
            self._connections.discard(connection)

    def drop_connections(self) -> None:
        """Cut every open connection, as a pulled cable would (keep-alive ones too)."""
        with self._connections_lock:
            connections = list(self._connections)
            self._connections.clear()
        for connection in connections:
            # shutdown, not close: another thread may be blocked reading it.
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Report a handler crash only in verbose mode."""
        # Clients that vanish mid-answer are normal here; stay quiet unless asked.
        if self.state.verbose:
            super().handle_error(request, client_address)


def _json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


class LeadsApiHandler(BaseHTTPRequestHandler):
    """Answers one connection's requests (HTTP/1.1 keep-alive)."""

    protocol_version = "HTTP/1.1"
    # Without this a keep-alive client waits ~40 ms for every answer (Nagle + delayed ACK).
    disable_nagle_algorithm = True
    # An idle keep-alive connection is dropped after this, so its thread ends.
    timeout = 60
    server_version = "OctanistSandbox"
    server: Listener

    def __init__(self, request: Any, client_address: Any, server: BaseServer) -> None:
        self._aborted = False
        super().__init__(request, client_address, server)

    def setup(self) -> None:
        """Register the connection with the listener."""
        super().setup()
        self.server.track(self.connection)

    def finish(self) -> None:
        """Close the connection quietly and unregister it."""
        try:
            with contextlib.suppress(OSError):
                super().finish()
        finally:
            self.server.untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Log a request line only in verbose mode."""
        if self.server.state.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        """Route a GET."""
        self._route()

    def do_POST(self) -> None:
        """Route a POST."""
        self._route()

    def do_PATCH(self) -> None:
        """Route a PATCH."""
        self._route()

    def do_PUT(self) -> None:
        """Route a PUT (always 405 or 404)."""
        self._route()

    def do_DELETE(self) -> None:
        """Route a DELETE (always 405 or 404)."""
        self._route()

    # --- plumbing -----------------------------------------------------------------

    def _read_body(self) -> bytes | None:
        """The request body; None after answering when it can't be read."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            self._answer_error(ApiError(411, "LENGTH_REQUIRED", "Content-Length required"))
            return None
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            self._answer_error(ApiError(400, "VALIDATION_ERROR", "Bad Content-Length"))
            return None
        if length > MAX_BODY_BYTES:
            too_large = ApiError(413, "PAYLOAD_TOO_LARGE", "Request body too large")
            if length <= _MAX_DRAINED_BYTES:
                # Read it anyway: answering before the client finished sending would
                # reset the connection and hide the 413 from it.
                self._drain(length)
            else:
                self.close_connection = True
            self._answer_error(too_large)
            return None
        return self.rfile.read(length) if length else b""

    def _drain(self, length: int) -> None:
        while length > 0:
            chunk = self.rfile.read(min(length, 64 * 1024))
            if not chunk:
                break
            length -= len(chunk)

    def _answer(
        self,
        status: int,
        body: bytes,
        content_type: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        if self._aborted:
            return
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            self.close_connection = True

    def _answer_json(
        self, status: int, value: object, headers: dict[str, str] | None = None
    ) -> None:
        self._answer(status, _json_bytes(value), "application/json; charset=utf-8", headers)

    def _answer_error(
        self,
        error: ApiError,
        request_id: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        body = contract.error_body(error, request_id or contract.new_request_id())
        self._answer_json(error.status, body, headers)

    def _wait(self, seconds: float) -> bool:
        """Sleep; False (and the request abandoned) if the listener went away meanwhile."""
        if seconds <= 0:
            return True
        if self.server.interrupt.wait(seconds):
            self._aborted = True
            self.close_connection = True
            return False
        return True

    def _reset_connection(self) -> None:
        """Tear the connection down with an RST, as a crashing middlebox would."""
        self._aborted = True
        self.close_connection = True
        self.server.untrack(self.connection)
        # Windows' struct linger is two u_shorts; everyone else's two ints.
        linger = struct.pack("hh" if sys.platform == "win32" else "ii", 1, 0)
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
            # rfile holds a reference to the socket; close it so close() really closes.
            self.rfile.close()
            self.connection.close()

    # --- routing ------------------------------------------------------------------

    def _route(self) -> None:
        body = self._read_body()
        if body is None:
            return
        path = urlsplit(self.path).path
        if path.startswith(CONTROL_PREFIX):
            self._control(path, body)
            return
        state = self.server.state
        headers = {k: v for k, v in self.headers.items() if k.upper() != _KEY_HEADER}
        peer = f"{self.client_address[0]}:{self.client_address[1]}"
        state.note(SeenRequest(self.command, path, headers, _KEY_HEADER in self.headers, peer))
        with state.lock:
            state.in_flight += 1
            state.max_in_flight = max(state.max_in_flight, state.in_flight)
        try:
            self._answer_api(path, body)
        finally:
            with state.lock:
                state.in_flight -= 1

    def _answer_api(self, path: str, body: bytes) -> None:
        state = self.server.state
        with state.lock:
            delay = state.delay
        if not self._wait(delay):
            return
        with state.lock:
            api = state.outcomes_api
        one_lead = path.startswith(LEADS_PATH + "/") and len(path) > len(LEADS_PATH) + 1
        if path == LEADS_PATH and self.command == "POST":
            self._create_lead(body)
        elif path == CHECK_PATH and self.command == "POST":
            if state.key_matches(self.headers.get(_KEY_HEADER)):
                request_id = contract.new_request_id()
                self._answer_json(200, {"success": True, "meta": contract.meta(request_id)})
            else:
                self._answer_error(contract.UNAUTHORIZED)
        elif api and path == LEADS_PATH and self.command == "PATCH":
            self._serve("update", lambda request_id: self._update_leads(body, request_id))
        elif api and path == LEADS_PATH and self.command == "GET":
            self._serve("list", self._list_leads)
        elif api and one_lead and self.command == "GET":
            lead_id = unquote(path[len(LEADS_PATH) + 1 :])
            self._serve("read", lambda request_id: self._read_lead(lead_id, request_id))
        elif api and path == STATS_PATH and self.command == "POST":
            self._serve("stats", lambda request_id: self._stats(body, request_id))
        elif path in (LEADS_PATH, CHECK_PATH) or (api and path == STATS_PATH):
            allowed = "GET, POST, PATCH" if api and path == LEADS_PATH else "POST"
            error = ApiError(405, "METHOD_NOT_ALLOWED", f"Use {allowed} for {path}")
            self._answer_error(error, headers={"Allow": allowed})
        else:
            self._answer_error(ApiError(404, "NOT_FOUND", f"No such endpoint: {path}"))

    def _judge(self, body: bytes) -> dict[str, object] | ApiError:
        """The accepted lead, or the error Octanist would answer it with."""
        state = self.server.state
        if not state.key_matches(self.headers.get(_KEY_HEADER)):
            return contract.UNAUTHORIZED
        lead = contract.parse_lead(body)
        if isinstance(lead, ApiError):
            return lead
        if state.rejecting_field(lead) is not None:
            return contract.FORBIDDEN
        return lead

    def _create_lead(self, body: bytes) -> None:
        state = self.server.state
        request_id = contract.new_request_id()
        fault = state.next_fault()
        if fault is not None and fault.name not in ("hang", "reset", *AFTER_WORK):
            self._answer_fault(fault, request_id)
            return
        verdict = self._judge(body)
        lead_id: str | None = None
        keeps = fault is None or fault.records_lead or fault.name in AFTER_WORK
        if not isinstance(verdict, ApiError) and keeps:
            lead_id = state.store(verdict, request_id, self.headers.get("User-Agent"))
        if fault is not None and fault.name in AFTER_WORK and lead_id is not None:
            self._answer_after_work(fault, lead_id, request_id)
            return
        if fault is not None and fault.name == "reset":
            self._reset_connection()
            return
        if fault is not None and fault.name == "hang":
            if not self._wait(fault.hang_seconds):
                return
            if lead_id is None:
                # What a gateway says once it gives up waiting for a server that hangs.
                self._answer_error(ApiError(504, "GATEWAY_TIMEOUT", "Upstream timed out"))
                return
        if isinstance(verdict, ApiError):
            self._answer_error(verdict, request_id)
        elif lead_id is not None:
            self._answer_json(200, contract.success_body(lead_id, request_id))

    # --- after the lead is in: update, read, list, stats ---------------------------------

    def _serve(self, endpoint: str, work: Callable[[str], _Answer]) -> None:
        """Answer a request to ``endpoint``: its key checked, its faults applied, ``work`` done.

        ``work(request_id)`` does what the request asks and returns the answer's
        status and body. A ``hang`` or ``reset`` fault with ``record`` does the work before
        striking (the update is applied, the answer lost); without it, nothing is done.
        """
        state = self.server.state
        request_id = contract.new_request_id()
        fault = state.next_fault(endpoint)
        if fault is not None and fault.name not in ("hang", "reset"):
            self._answer_fault(fault, request_id)
            return
        answer: _Answer | None = None
        if not state.key_matches(self.headers.get(_KEY_HEADER)):
            answer = (401, contract.error_body(contract.UNAUTHORIZED, request_id))
        elif fault is None or fault.records_lead:
            answer = work(request_id)
        if fault is not None and fault.name == "reset":
            self._reset_connection()
            return
        if fault is not None and fault.name == "hang":
            if not self._wait(fault.hang_seconds):
                return
            if answer is None or not fault.records_lead:
                self._answer_error(ApiError(504, "GATEWAY_TIMEOUT", "Upstream timed out"))
                return
        assert answer is not None
        self._answer_json(*answer)

    def _update_leads(self, body: bytes, request_id: str) -> _Answer:
        update = contract.parse_update(body, SETTABLE_STATUSES)
        if isinstance(update, ApiError):
            return update.status, contract.error_body(update, request_id)
        raw = json.loads(body.decode("utf-8"))
        changed = self.server.state.apply_update(update, request_id, raw)
        if isinstance(changed, ApiError):
            return changed.status, contract.error_body(changed, request_id)
        return 200, contract.updated_body(changed[0], len(changed), request_id)

    def _read_lead(self, lead_id: str, request_id: str) -> _Answer:
        record = self.server.state.record_snapshot(lead_id)
        if record is None:
            return 404, contract.error_body(contract.NOT_FOUND_LEAD, request_id)
        return 200, contract.data_body(record, request_id)

    def _list_leads(self, request_id: str) -> _Answer:
        state = self.server.state
        with state.lock:
            filters = state.list_filters
            records = list(state.records.values())
        query = contract.parse_list_query(urlsplit(self.path).query, filters)
        if isinstance(query, ApiError):
            return query.status, contract.error_body(query, request_id)
        with state.lock:
            items, pagination = list_page(records, query)
        return 200, contract.data_body(items, request_id, pagination=pagination)

    def _stats(self, body: bytes, request_id: str) -> _Answer:
        state = self.server.state
        period = contract.parse_stats(body, datetime.now(UTC))
        if isinstance(period, ApiError):
            return period.status, contract.error_body(period, request_id)
        with state.lock:
            data = stats(
                list(state.records.values()),
                *period,
                leads_limit=state.leads_limit,
                extra_used=state.extra_leads_used,
            )
        return 200, contract.data_body(data, request_id)

    def _answer_after_work(self, fault: Fault, lead_id: str, request_id: str) -> None:
        """Answer a lead that was kept, the way ``fault`` says (see ``AFTER_WORK``)."""
        success = contract.success_body(lead_id, request_id)
        if fault.name == "numeric_lead_id":
            # The same lead id's digits, as a JSON number: {"id": 4012}.
            number = int("".join(ch for ch in lead_id if ch.isdigit())[:15] or "0")
            data = {"id": number, "message": "Lead added"}
            self._answer_json(200, {**success, "data": data})
        elif fault.name == "deep_json":
            # Built as text: a Python value this deep couldn't even be serialised.
            depth = fault.depth
            deep = '{"success": true, "data": ' + "[" * depth + "]" * depth + "}"
            self._answer(200, deep.encode(), "application/json; charset=utf-8")
        elif fault.name == "drip":
            self._drip(_json_bytes(success), fault)

    def _drip(self, body: bytes, fault: Fault) -> None:
        """Send a 200 answer one byte at a time: a server, or a proxy, at its slowest."""
        self.close_connection = True
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        ).encode("ascii")
        if fault.drips_headers:
            slow = head + body
        else:
            slow = body
            with contextlib.suppress(OSError):
                self.wfile.write(head)
        for index in range(len(slow)):
            if not self._wait(fault.drip_interval):
                return
            try:
                self.wfile.write(slow[index : index + 1])
            except OSError:
                return  # the client gave up on us

    def _answer_fault(self, fault: Fault, request_id: str) -> None:
        html = "text/html; charset=utf-8"
        if fault.name == "500":
            self._answer_error(ApiError(500, "INTERNAL_ERROR", "Internal server error"), request_id)
        elif fault.name == "502_html":
            self._answer(502, PROXY_ERROR_PAGE, html)
        elif fault.name == "429":
            self._answer_error(
                ApiError(429, "RATE_LIMITED", "Too many requests"),
                request_id,
                headers={"Retry-After": fault.retry_after_header},
            )
        elif fault.name == "captive_portal":
            self._answer(200, CAPTIVE_PORTAL_PAGE, html)
        elif fault.name == "not_json":
            self._answer(200, NOT_JSON_TEXT, "text/plain")
        elif fault.name == "success_false":
            self._answer_json(200, {"success": False})
        elif fault.name == "redirect":
            self._answer(302, CAPTIVE_PORTAL_PAGE, html, {"Location": CAPTIVE_PORTAL_URL})
        elif fault.name == "no_lead_id":
            self._answer_json(200, {"success": True, "meta": contract.meta(request_id)})

    # --- control API ----------------------------------------------------------------

    def _control(self, path: str, body: bytes) -> None:
        sandbox = SandboxControls(self.server.state)
        action = path[len(CONTROL_PREFIX) :]
        try:
            params = json.loads(body.decode("utf-8")) if body.strip() else {}
            if not isinstance(params, dict):
                raise ValueError("The body must be a JSON object")
            if action == "leads" and self.command == "GET":
                self._answer_json(200, [lead.to_json() for lead in sandbox.leads()])
            elif action == "records" and self.command == "GET":
                self._answer_json(200, sandbox.records())
            elif action.startswith("records/") and self.command == "POST":
                sandbox.change_lead(unquote(action[len("records/") :]), params)
                self._answer_json(200, {"success": True})
            elif action == "faults" and self.command == "POST":
                name = params.pop("fault", None)
                times = params.pop("times", 1)
                endpoint = params.pop("endpoint", "create")
                if (
                    not isinstance(name, str)
                    or not isinstance(times, int)
                    or not isinstance(endpoint, str)
                ):
                    raise ValueError(
                        'Send {"fault": "<name>", "times": <int>, "endpoint": "<name>", ...params}'
                    )
                sandbox.inject(name, times, params, endpoint)
                self._answer_json(200, {"success": True})
            elif action == "reset" and self.command == "POST":
                sandbox.reset()
                self._answer_json(200, {"success": True})
            elif action == "config" and self.command == "POST":
                sandbox.configure(params)
                self._answer_json(200, {"success": True})
            else:
                self._answer_error(ApiError(404, "NOT_FOUND", f"No such control: {path}"))
        except ValueError as error:
            self._answer_error(ApiError(400, "VALIDATION_ERROR", str(error)))
