"""How big the frozen app is next to a bare PySide6 hello world frozen the same way.

    python packaging/size_report.py [--app dist/octanist-desktop]

Freezes ``hello_world.py`` twice with the PyInstaller and PySide6 of this run:
once with ``hello-world.spec`` (one folder, windowed, the app's own
freeze_rules) and once with PyInstaller's defaults for context. Prints a
Markdown table with the app's size as a multiple of the first, the target
(≤ 1.15×), and what the app adds over the baseline, biggest first.
Builds go to build/size/; ``make package`` runs this after build.py.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import Counter
from pathlib import Path

from build import APP_DIR, BUILD, MIB, PACKAGING, ROOT, freeze, pyinstaller_env

TARGET_RATIO = 1.15
SIZE_DIR = BUILD / "size"
INTERNAL = "_internal"


def file_sizes(app_dir: Path) -> dict[str, int]:
    """Relative path → bytes for every regular file; the executable is called ``<executable>``."""
    sizes = {}
    for path in app_dir.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(app_dir).as_posix()
            sizes["<executable>" if "/" not in rel and rel == app_dir.name else rel] = (
                path.stat().st_size
            )
    return sizes


def group(rel: str) -> str:
    """What a file belongs to, for the "what the app adds" list."""
    if rel == "<executable>":
        return "executable (bootloader + compressed Python code)"
    parts = rel.split("/")
    if parts[0] == INTERNAL and len(parts) > 1:
        parts = parts[1:]
    depth = 2 if parts[0] in {"python3.11", "PySide6"} or parts[0].startswith("python3") else 1
    return "/".join(parts[:depth])


def additions(app: dict[str, int], baseline: dict[str, int]) -> list[tuple[str, int]]:
    """Bytes the app has beyond the baseline, per group, biggest first."""
    extra: Counter[str] = Counter()
    for rel, size in app.items():
        grown = size - baseline.get(rel, 0)
        if grown:
            extra[group(rel)] += grown
    for rel, size in baseline.items():
        if rel not in app:
            extra[group(rel)] -= size
    return [(name, size) for name, size in extra.most_common() if size > 0]


def mib(size: int) -> str:
    """Bytes as MiB with one decimal."""
    return f"{size / MIB:.1f}"


def report(app_dir: Path, trimmed: Path, default: Path | None) -> str:
    """The Markdown table and the list of what the app adds."""
    app, base = file_sizes(app_dir), file_sizes(trimmed)
    app_total, base_total = sum(app.values()), sum(base.values())
    ratio = app_total / base_total
    rows = []
    if default is not None:
        sizes = file_sizes(default)
        total = sum(sizes.values())
        rows.append(("PySide6 hello world, PyInstaller defaults", len(sizes), total))
    rows.append(("PySide6 hello world, frozen like the app", len(base), base_total))
    rows.append(("Octanist Desktop", len(app), app_total))
    lines = [
        "| frozen one-folder build | files | MiB | × hello world (same rules) |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {name} | {n} | {mib(size)} | {size / base_total:.2f} |" for name, n, size in rows]
    verdict = "within" if ratio <= TARGET_RATIO else "over"
    lines += [
        "",
        f"Ratio {ratio:.3f}: {verdict} the ≤ {TARGET_RATIO:.2f}× target "
        f"(the target allows {mib(int(base_total * TARGET_RATIO))} MiB).",
        "",
        "What the app adds over the baseline:",
        "",
        "| what | MiB |",
        "|---|---:|",
    ]
    lines += [f"| {name} | {mib(size)} |" for name, size in additions(app, base)[:10]]
    return "\n".join(lines)


def freeze_default_hello_world(dist: Path, work: Path) -> Path:
    """The hello world with PyInstaller's defaults (one folder, windowed), for context."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN"]
    command += ["--onedir", "--windowed", "--name", "hello-world-defaults"]
    command += ["--distpath", str(dist), "--workpath", str(work), "--specpath", str(work)]
    command.append(str(PACKAGING / "hello_world.py"))
    subprocess.run(command, check=True, env=pyinstaller_env(), cwd=ROOT)
    return dist / "hello-world-defaults"


def main(argv: list[str] | None = None) -> int:
    """Freeze the baselines and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=APP_DIR, help="the frozen app folder")
    parser.add_argument(
        "--no-defaults", action="store_true", help="skip the PyInstaller-defaults hello world"
    )
    args = parser.parse_args(argv)
    if not (args.app / INTERNAL).is_dir():
        raise SystemExit(f"{args.app} is not a frozen app: run packaging/build.py first")
    dist, work = SIZE_DIR / "dist", SIZE_DIR / "work"
    print("== freezing the PySide6 hello world (same rules as the app)", flush=True)
    freeze(PACKAGING / "hello-world.spec", dist, work)
    default = None
    if not args.no_defaults:
        print("== freezing the PySide6 hello world (PyInstaller defaults)", flush=True)
        default = freeze_default_hello_world(dist, work)
    print()
    print(report(args.app, dist / "hello-world", default))
    return 0


if __name__ == "__main__":
    sys.exit(main())
