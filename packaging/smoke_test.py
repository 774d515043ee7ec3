"""Launch a built Octanist Desktop and check it before it is shipped: any OS, any build.

    python packaging/smoke_test.py PATH/TO/octanist-desktop[.exe] [--data-dir-under DIR]

Runs the executable four times, through pipes as a script or an installer
would (never a console): ``--version`` must name this source's version,
``--help`` must name the data folder the app will use (``prefs.paths``
decides it; ``--data-dir-under`` also checks where that is),
``--self-test`` must pass — Qt plugins, SQLite, the keyring backend and the
app started again as its own keyring helper through pipes (the Windows
windowed build's weak spot), TLS, phone metadata and a lead round trip
through the built-in sandbox — and the real window (offscreen, against the
built-in sandbox, in a throwaway data folder) must stay up for a few seconds
without a traceback. Every output is printed; the exit code is 0 only if
all four passed.

The Windows app is a GUI-subsystem program: PowerShell and cmd don't wait
for one, so CI runs it through this script, which does. ``make package``
runs it on the Linux build too. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW_SECONDS = 8.0
SELF_TEST_TIMEOUT_S = 300  # the first start of a frozen app unpacks nothing, but a cold
# runner disk and a virus scanner on Windows can make it slow


def source_version() -> str:
    """``__version__`` in the source tree this script belongs to."""
    text = (ROOT / "octanist_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit("octanist_desktop/__init__.py has no __version__")
    return match.group(1)


def run(app: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the app with pipes for all three streams, the way a helper or installer runs it."""
    env = {**os.environ, "COLUMNS": "1000"}  # --help on one line per option
    env.pop("OCTANIST_API_KEY", None)
    print(f"$ {app.name} {' '.join(args)}", flush=True)
    result = subprocess.run(
        [str(app), *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=timeout,
        check=False,
    )
    for stream in (result.stdout, result.stderr):
        if stream.strip():
            print(stream.rstrip(), flush=True)
    print(f"(exit {result.returncode})", flush=True)
    return result


def help_data_dir(help_text: str) -> str | None:
    """The folder ``--help`` names as the default data folder."""
    match = re.search(r"--data-dir DATA_DIR\s+.*?\(default (.+?)\)\s*$", help_text, re.M | re.S)
    return match.group(1).strip() if match else None


def window_problem(app: Path, seconds: float = WINDOW_SECONDS) -> str | None:
    """Start the real window and keep it up for ``seconds``; what went wrong, or None.

    Offscreen (no window appears on the runner), against the built-in sandbox
    (no key, no network), in a throwaway data folder (the user's is never touched).
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("OCTANIST_API_KEY", None)
    with tempfile.TemporaryDirectory(prefix="octanist-smoke-", ignore_cleanup_errors=True) as data:
        print(f"$ {app.name} --sandbox --data-dir {data}   (offscreen, {seconds:g} s)", flush=True)
        process = subprocess.Popen(
            [str(app), "--sandbox", "--data-dir", data],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
        )
        try:
            out, _ = process.communicate(timeout=seconds)
            stayed_up = False
        except subprocess.TimeoutExpired:
            process.kill()
            out, _ = process.communicate()
            stayed_up = True
    if out.strip():
        print(out.rstrip(), flush=True)
    if not stayed_up:
        return f"the window closed within {seconds:g} s (exit {process.returncode})"
    if "Traceback" in out:
        return "the window printed a traceback"
    print(f"(still up after {seconds:g} s)", flush=True)
    return None


def smoke_test(
    app: Path, data_dir_under: Path | None = None, window_seconds: float = WINDOW_SECONDS
) -> list[str]:
    """Run the four checks; the problems found (empty when the app is fine)."""
    problems = []
    expected = f"octanist-desktop {source_version()}"
    version = run(app, "--version")
    if version.returncode != 0 or version.stdout.strip() != expected:
        problems.append(f"--version answered {version.stdout.strip()!r}, not {expected!r}")

    shown = run(app, "--help")
    data_dir = help_data_dir(shown.stdout)
    if shown.returncode != 0 or data_dir is None:
        problems.append("--help did not name the default data folder")
    elif data_dir_under is not None and not _is_under(Path(data_dir), data_dir_under):
        problems.append(f"the data folder {data_dir} is not under {data_dir_under}")

    self_test = run(app, "--self-test", timeout=SELF_TEST_TIMEOUT_S)
    if self_test.returncode != 0:
        problems.append(f"--self-test failed (exit {self_test.returncode})")
    elif "self-test passed" not in self_test.stdout:
        # A windowed build that lost its stdout would pass silently: it must talk to the pipe.
        problems.append("--self-test exited 0 but printed no result to its stdout pipe")

    window = window_problem(app, window_seconds)
    if window is not None:
        problems.append(window)
    return problems


def _is_under(path: Path, folder: Path) -> bool:
    return os.path.normcase(str(path)).startswith(os.path.normcase(str(folder)))


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path, help="the frozen executable")
    parser.add_argument("--data-dir-under", type=Path, help="where the data folder must be")
    parser.add_argument(
        "--window-seconds",
        type=float,
        default=WINDOW_SECONDS,
        help="how long the window must stay up",
    )
    args = parser.parse_args(argv)
    if not args.app.is_file():
        print(f"no app at {args.app}", file=sys.stderr)
        return 1
    problems = smoke_test(args.app, args.data_dir_under, args.window_seconds)
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    if not problems:
        print(f"smoke test passed: {args.app}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
