"""Command line: ``octanist-desktop`` / ``python -m octanist_desktop``.

Parsing happens before Qt is imported so ``--version`` and ``--help`` answer
at once, even on a machine whose Qt libraries are missing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from octanist_desktop import __version__
from octanist_desktop.prefs.paths import default_data_dir

DEFAULT_API_URL = "https://octanist.com/api"


def build_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(
        prog="octanist-desktop",
        description="Enter sales leads by hand and deliver them to Octanist, offline-safe.",
    )
    parser.add_argument("--version", action="version", version=f"octanist-desktop {__version__}")
    parser.add_argument(
        "--api-url",
        default=DEFAULT_API_URL,
        help=f"Octanist API base URL (default {DEFAULT_API_URL})",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"where leads and settings are kept (default {default_data_dir()})",
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="start the built-in sandbox server and send leads to it instead of Octanist",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (Qt plugins, SQLite, keyring, TLS, "
        "a lead round trip through the sandbox), print the results and exit; runs headless",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, then start the app."""
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["--keyring-process"]:
        # The app started as its own keyring helper (see keyring_process): the
        # frozen app has no ``python -m``. Not an option for people.
        from octanist_desktop.secrets.keyring_process import main as keyring_process

        return keyring_process()
    args = build_parser().parse_args(arguments)
    if args.self_test:
        from octanist_desktop.self_test import run_self_test

        return run_self_test()
    from octanist_desktop.app import AppConfig, run  # Qt is imported only from here on

    config = AppConfig(
        api_url=args.api_url,
        data_dir=args.data_dir or default_data_dir(),
        sandbox=args.sandbox,
    )
    return run(config)


if __name__ == "__main__":
    sys.exit(main())
