"""Running a script in a fresh interpreter, offscreen, from the project root.

For tests about what happens at import or at exit, which the test process
itself has long since passed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_script(script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -c script args…``; ``env`` is added to this environment, minus any API key."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    environment.pop("OCTANIST_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
