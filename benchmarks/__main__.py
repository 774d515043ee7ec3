"""``python -m benchmarks``: every benchmark, one table each."""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = (
    "bench_store",
    "bench_drain",
    "bench_submit",
    "bench_history_ui",
    "bench_responsive",
    "bench_startup",
    "bench_import",
)


def main() -> int:
    """Run each benchmark in its own interpreter so none warms another's caches."""
    failed = 0
    for name in BENCHMARKS:
        print(f"\n## {name}\n", flush=True)
        failed += (
            subprocess.run([sys.executable, "-m", f"benchmarks.{name}"], check=False).returncode
            != 0
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
