"""``python -m octanist_desktop.sandbox``: run the local Octanist API until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from octanist_desktop.sandbox.faults import ENDPOINTS, FAULTS
from octanist_desktop.sandbox.server import DEFAULT_API_KEY, SandboxServer
from octanist_desktop.sandbox.state import SWITCHES

DEFAULT_PORT = 8765


def _reject_rule(text: str) -> tuple[str, str]:
    field, sep, pattern = text.partition("=")
    if not sep or not field:
        raise argparse.ArgumentTypeError("use FIELD=REGEX, e.g. email=@competitor\\.com$")
    return field, pattern


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m octanist_desktop.sandbox",
        description="A local Octanist-compatible Leads API on 127.0.0.1, for demos and tests.",
        epilog="Faults can be injected over HTTP: POST /_sandbox/faults "
        '{"fault": NAME, "times": N, "endpoint": E}. Faults: '
        + ", ".join(FAULTS)
        + ". Endpoints: "
        + ", ".join(ENDPOINTS)
        + " (default create). POST /_sandbox/config switches "
        + ", ".join(SWITCHES)
        + "; POST /_sandbox/records/ID changes a lead as someone at Octanist would.",
    )
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"TCP port (default {DEFAULT_PORT}; 0 = any)"
    )
    parser.add_argument(
        "--api-key", default=DEFAULT_API_KEY, help=f"the key to accept (default {DEFAULT_API_KEY})"
    )
    parser.add_argument(
        "--reject",
        type=_reject_rule,
        action="append",
        default=[],
        metavar="FIELD=REGEX",
        help="answer 403 to leads whose FIELD matches REGEX (repeatable)",
    )
    parser.add_argument(
        "--delay", type=float, default=0.0, metavar="SECONDS", help="answer every request late"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the sandbox in the foreground; returns the exit status."""
    args = _parser().parse_args(argv)
    server = SandboxServer(port=args.port, api_key=args.api_key, verbose=args.verbose)
    try:
        for field, pattern in args.reject:
            server.set_reject_rule(field, pattern)
        server.set_delay(args.delay)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        server.start()
    except OSError as error:
        print(f"error: cannot listen on port {args.port}: {error}", file=sys.stderr)
        return 1

    stopping = threading.Event()

    def on_terminate(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, on_terminate)
    print(f"Octanist sandbox listening on {server.url}", flush=True)
    print(f"API key: {server.api_key}", flush=True)
    print("Press Ctrl+C to stop.", flush=True)
    try:
        # A timed wait: on Windows an untimed wait can't be interrupted by Ctrl+C.
        while not stopping.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Sandbox stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
