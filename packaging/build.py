"""``make package``: the frozen app (PyInstaller, one folder) and, on Debian/Ubuntu, a .deb.

    python packaging/build.py [--no-deb]

Writes ``dist/octanist-desktop/`` (the frozen app) and
``dist/octanist-desktop_<version>_<arch>.deb``. Everything intermediate,
PyInstaller's cache included, stays under ``build/``. Prints how long each
step took and what came out.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import debpackage
import smoke_test

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
SPEC = PACKAGING / "octanist-desktop.spec"
SVG = ROOT / "resources" / "octanist-desktop.svg"
ICONS = BUILD / "icons"
APP_DIR = DIST / "octanist-desktop"
MIB = 1024 * 1024


def app_version() -> str:
    """``__version__`` from the package source (what setuptools reads too)."""
    text = (ROOT / "octanist_desktop" / "__init__.py").read_text()
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit("octanist_desktop/__init__.py has no __version__")
    return match.group(1)


def tree_size(path: Path) -> int:
    """Bytes in the regular files under ``path`` (symlinks not followed, counted once)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def pyinstaller_env() -> dict[str, str]:
    """The environment for PyInstaller: its cache inside build/, never in ~/.cache."""
    return {**os.environ, "PYINSTALLER_CONFIG_DIR": str(BUILD / "pyinstaller-cache")}


def freeze(spec: Path, dist: Path, work: Path) -> None:
    """Run PyInstaller on ``spec``, quietly unless it fails."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level=WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(spec)]
    subprocess.run(command, check=True, env=pyinstaller_env(), cwd=ROOT)


def require_tools() -> None:
    """PyInstaller and, on Linux, ``strip``; say how to get them."""
    try:
        import PyInstaller  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        raise SystemExit(
            "PyInstaller is missing: .venv/bin/pip install -e '.[dev,package]'"
        ) from None
    if sys.platform.startswith("linux") and shutil.which("strip") is None:
        if os.geteuid() == 0 and shutil.which("apt-get"):
            print("strip is missing; installing binutils", flush=True)
            env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
            subprocess.run(["apt-get", "install", "-y", "-qq", "binutils"], check=True, env=env)
        else:
            raise SystemExit("strip is missing: sudo apt-get install binutils")


class Steps:
    """Times each step and prints a summary at the end."""

    def __init__(self) -> None:
        self.times: list[tuple[str, float]] = []

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        """Time one step, announcing it first."""
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        yield
        self.times.append((name, time.perf_counter() - started))

    def summary(self) -> str:
        """One line per step, and the total."""
        lines = [f"  {name:<28} {seconds:6.1f} s" for name, seconds in self.times]
        lines.append(f"  {'total':<28} {sum(s for _, s in self.times):6.1f} s")
        return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Build the frozen app and the Debian package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-deb", action="store_true", help="only the frozen app")
    args = parser.parse_args(argv)
    require_tools()
    version = app_version()
    steps = Steps()

    with steps.step("compile translations (lrelease)"):
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "translations.py"), "compile"], check=True
        )
    with steps.step("render icons"):
        subprocess.run([sys.executable, str(PACKAGING / "icons.py"), str(ICONS)], check=True)
    with steps.step("freeze (PyInstaller)"):
        freeze(SPEC, DIST, BUILD / "pyinstaller")
    with steps.step("smoke test: --version, --help, --self-test, the window"):
        # The same check the Windows and macOS release jobs run on their builds.
        problems = smoke_test.smoke_test(APP_DIR / "octanist-desktop")
        if problems:
            raise SystemExit("the frozen app failed its smoke test: " + "; ".join(problems))

    deb = None
    if not args.no_deb and sys.platform.startswith("linux"):
        with steps.step("Debian package (dpkg-deb)"):
            try:
                deb = debpackage.build_deb(APP_DIR, ICONS, SVG, version, BUILD / "deb", DIST)
            except debpackage.PackagingError as exc:
                raise SystemExit(f"packaging failed: {exc}") from None

    print("\n== done")
    print(steps.summary())
    print(f"  frozen app: {APP_DIR.relative_to(ROOT)}  {tree_size(APP_DIR) / MIB:.1f} MiB")
    if deb is not None:
        print(f"  package:    {deb.relative_to(ROOT)}  {deb.stat().st_size / MIB:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
