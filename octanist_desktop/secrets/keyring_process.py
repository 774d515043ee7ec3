"""The OS keyring through a short-lived helper process, as git's credential helpers do.

Why not in the app's own process:

- **A keyring that never answers can be stopped.** gnome-keyring behind an
  unlock prompt nobody sees blocks its caller forever. A thread stuck like
  that can't be interrupted; a helper process is killed, and the app quits
  or carries on at once.
- **Memory.** ``keyring`` and its Secret Service backend bring urllib,
  http.client, TLS, jeepney, secretstorage and cryptography: 10–17 MiB the
  app would hold all day to read one key once at start-up.

The parent (``KeyringProcess``) starts ``octanist-desktop --keyring-process``
(in the frozen app) or ``python -m octanist_desktop.secrets.keyring_process``, writes
one JSON request to its stdin and reads one JSON answer from its stdout.
The key travels only through those pipes: never in argv or the environment.
The helper (``serve``) runs the request through ``InProcessKeyring`` and
turns every failure into the same words the app shows for one.

Two ways to drive it. The app's window never waits for it: its key jobs
(``ui/settings/key_check.py``) start the helper with ``tasks.run_process``
and read the answer when it comes, using ``encode_request`` and
``read_answer`` from here. ``KeyringProcess`` is the blocking way, for the
command line (``--self-test``) and tests: each call waits for the helper,
and ``cancel()`` from another thread kills it, so a blocked call returns at
once with ``KeyStoreError(STOPPED_MESSAGE)``.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from typing import IO, TYPE_CHECKING

from octanist_desktop.secrets.keystore import (
    ENV_VAR,
    InProcessKeyring,
    KeyStoreError,
    as_key_store_error,
)

# subprocess is imported by the first blocking call: the app itself never
# makes one (it drives the helper with QProcess).
if TYPE_CHECKING:
    import subprocess

PROCESS_FLAG = "--keyring-process"
STOPPED_MESSAGE = "Stopped waiting for the system keyring."
FAILED_MESSAGE = (
    "The system keyring could not be reached (its helper stopped with code {code}). "
    "Check that your desktop's password store is running and unlocked, then try again, "
    "or use the key for this session only."
)


def process_command() -> list[str]:
    """How to start the helper: the frozen app runs itself, a checkout runs the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, PROCESS_FLAG]
    return [sys.executable, "-m", "octanist_desktop.secrets.keyring_process"]


def helper_environment() -> dict[str, str]:
    """The environment a helper runs with: the desktop session's, without any API key.

    It needs the session's D-Bus address and ``PYTHON_KEYRING_BACKEND``, but
    not an ``OCTANIST_API_KEY`` it has no use for.
    """
    return {name: value for name, value in os.environ.items() if name != ENV_VAR}


def encode_request(op: str, account: str, key: str | None = None) -> bytes:
    """One request for the helper's stdin: ``get``, ``set`` (with ``key``), ``delete``, ``name``."""
    request = {"op": op, "account": account}
    if key is not None:
        request["key"] = key
    return json.dumps(request).encode()


def read_answer(out: bytes, exit_code: int) -> dict[str, object]:
    """The helper's answer from its stdout; ``KeyStoreError`` when it is an error or none."""
    answer = _last_json_line(out)
    if answer is None:
        raise KeyStoreError(FAILED_MESSAGE.format(code=exit_code))
    error = answer.get("error")
    if isinstance(error, str):
        raise KeyStoreError(error)
    return answer


def stored_key(answer: dict[str, object]) -> str | None:
    """The key in a ``get`` answer, or None when nothing is stored."""
    key = answer.get("key")
    return key if isinstance(key, str) else None


class KeyringProcess:
    """``KeyringAccess`` through a helper process per call, blocking; see the module docstring."""

    def __init__(self, command: list[str] | None = None) -> None:
        self.command = command or process_command()
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen[bytes]] = set()
        self._cancelled: set[subprocess.Popen[bytes]] = set()

    def get(self, account: str) -> str | None:
        """The stored key, or None; raises ``KeyStoreError``."""
        return stored_key(self._call(encode_request("get", account)))

    def set(self, account: str, key: str) -> None:
        """Store ``key``; raises ``KeyStoreError``."""
        self._call(encode_request("set", account, key))

    def delete(self, account: str) -> None:
        """Remove the key; already gone is fine. Raises ``KeyStoreError``."""
        self._call(encode_request("delete", account))

    def name(self) -> str:
        """The helper's keyring backend, or why there is none."""
        try:
            name = self.backend()
        except KeyStoreError as exc:
            return f"none ({exc.message})"
        return f"{name} (in its own process)"

    def backend(self) -> str:
        """The keyring backend the helper found; ``KeyStoreError`` if no helper answered."""
        return str(self._call(encode_request("name", "")).get("name"))

    def cancel(self) -> None:
        """Kill every helper still running; their callers get ``STOPPED_MESSAGE``."""
        with self._lock:
            for process in self._running:
                self._cancelled.add(process)
                process.kill()

    def busy(self) -> bool:
        """True while a helper is running."""
        with self._lock:
            return bool(self._running)

    def _call(self, request: bytes) -> dict[str, object]:
        import subprocess

        process = subprocess.Popen(  # noqa: S603 - this app itself, fixed arguments
            self.command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # backend chatter; never shown, never logged
            env=helper_environment(),
            # Windows: no console window flashing up for a console Python.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        with self._lock:
            self._running.add(process)
        try:
            out, _ = process.communicate(request)
        finally:
            with self._lock:
                self._running.discard(process)
                cancelled = process in self._cancelled
                self._cancelled.discard(process)
        if cancelled:
            raise KeyStoreError(STOPPED_MESSAGE)
        return read_answer(out, process.returncode)


def _last_json_line(out: bytes) -> dict[str, object] | None:
    for line in reversed(out.decode("utf-8", "replace").splitlines()):
        try:
            answer = json.loads(line)
        except ValueError:
            continue
        return answer if isinstance(answer, dict) else None
    return None


def serve(stdin: IO[str], stdout: IO[str]) -> int:
    """The helper's side: one request in, one answer out. Exit code 0 unless misused."""
    try:
        request = json.loads(stdin.read())
        op, account = request.get("op"), str(request.get("account", ""))
    except (ValueError, AttributeError):
        print(json.dumps({"error": "The keyring helper got a request it can't read."}), file=stdout)
        return 2
    keyring = InProcessKeyring()
    answer: dict[str, object]
    try:
        if op == "get":
            answer = {"key": keyring.get(account)}
        elif op == "set":
            keyring.set(account, str(request.get("key", "")))
            answer = {"ok": True}
        elif op == "delete":
            keyring.delete(account)
            answer = {"ok": True}
        elif op == "name":
            answer = {"name": keyring.name()}
        else:
            answer = {"error": f"The keyring helper doesn't know {op!r}."}
    except KeyStoreError as exc:
        answer = {"error": exc.message}
    except Exception as exc:  # a backend bug still comes back as words, without the key
        answer = {"error": as_key_store_error(exc, secret=request.get("key")).message}
    print(json.dumps(answer), file=stdout, flush=True)
    return 0


def main() -> int:
    """Entry point: ``python -m octanist_desktop.secrets.keyring_process``, or
    ``octanist-desktop --keyring-process``."""
    # A windowed frozen app may start without sys.stdin/stdout; the pipes are
    # still there as file descriptors 0 and 1. (Not closed: the process ends.)
    stdin = sys.stdin or open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
    stdout = sys.stdout or open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    return serve(stdin, stdout)


if __name__ == "__main__":
    sys.exit(main())
