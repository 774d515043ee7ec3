"""Printing benchmark tables and the machine they ran on."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    """One line naming the machine, for the README next to the numbers."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table, so it can be pasted into the README as it is."""
    cells = [[str(c) for c in header]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = [f"### {title}", ""]
    for n, row in enumerate(cells):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines) + "\n"


def ms(seconds: float) -> str:
    """Seconds as milliseconds with sensible precision."""
    value = seconds * 1000
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def percentile(samples: Sequence[float], p: float) -> float:
    """The p-th percentile (0–100) by nearest rank."""
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def median(samples: Sequence[float]) -> float:
    """The median of the samples."""
    return statistics.median(samples)


def verdict(ok: bool) -> str:
    """How a row reads against its target."""
    return "meets target" if ok else "MISSES target"


@contextmanager
def sandbox_process(port: int = 0) -> Iterator[str]:
    """A sandbox in its own process, so it doesn't share the GIL with what is measured.

    Yields the API base URL; the key is the sandbox's default.
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "octanist_desktop.sandbox", "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 30
        url = ""
        while time.monotonic() < deadline and not url:
            line = proc.stdout.readline()
            if not line:
                break
            for word in line.split():
                if word.startswith("http://") and word.rstrip("/").endswith("/api"):
                    url = word.rstrip("/")
        if not url:
            raise RuntimeError("the sandbox did not print its URL")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
