"""The real app in its own process, offscreen: start it, read what it logged, stop it.

For what only a whole process shows: two apps on one data folder, a start
on a folder or database the app can't use.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class AppProcess:
    """``python -m octanist_desktop`` with its output in files (a pipe nobody reads would
    block it)."""

    def __init__(self, data_dir: Path, api_url: str, logs: Path, **env: str) -> None:
        logs.mkdir(parents=True, exist_ok=True)
        n = len(list(logs.glob("*.out")))
        self.out_path = logs / f"app{n}.out"
        self.err_path = logs / f"app{n}.err"
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            # Never a real keyring (a locked one would prompt and hang).
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            **env,
        }
        for name in ("DISPLAY", "WAYLAND_DISPLAY"):
            environment.pop(name, None)
        command = [sys.executable, "-m", "octanist_desktop"]
        command += ["--data-dir", str(data_dir), "--api-url", api_url]
        with self.out_path.open("w") as out, self.err_path.open("w") as err:
            self.process = subprocess.Popen(
                command,
                stdout=out,
                stderr=err,
                env=environment,
                cwd=ROOT,
            )

    @property
    def stdout(self) -> str:
        """What it printed so far."""
        return self.out_path.read_text(errors="replace")

    @property
    def stderr(self) -> str:
        """What it logged so far."""
        return self.err_path.read_text(errors="replace")

    def wait(self, timeout: float = 60.0) -> int:
        """Its exit code, once it has exited by itself."""
        return self.process.wait(timeout=timeout)

    def running(self) -> bool:
        """Whether it is still running."""
        return self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL it and reap it (a zombie still counts as running to a lock check)."""
        if self.running():
            self.process.kill()
        self.process.wait(timeout=30)


def wait_for(condition: Callable[[], bool], timeout: float = 30.0, what: str = "") -> None:
    """Poll ``condition`` until true; AssertionError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        time.sleep(0.05)
